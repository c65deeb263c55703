"""Attack or clash, told by the losses: an ambush or a raid in which the assailants' own side is
killed or wounded met armed resistance, so it was fighting between both parties (the ontology's
Clash); an assault whose dead and wounded are all on the side attacked stays an Attack, and so does
the storming of a held position (a camp, a post), as the seed's gold calls Bamba and Tarkint.
Invented sentences, EN and FR, read with the Sahel pack."""
import pytest


@pytest.fixture
def first_class(sahel_read):
    """The class of the first event the extractor emits for a snippet."""
    def _run(text):
        lang = "fr" if text.startswith("Le ") else "en"
        for s in sahel_read(text, lang, "2021-05-04"):
            if s.subject.startswith("event:") and s.predicate == "class":
                return s.value
        return None
    return _run


@pytest.mark.parametrize("text", [
    # the assailants' dead told in the next sentence, beside the soldiers'
    "On 3 May 2021, militants attacked an army patrol near Tinkar. Three soldiers were killed and two militants were also killed.",
    # ... in the same sentence, after a semicolon
    "On 3 May 2021, JNIM militants ambushed a gendarmerie patrol near Tinkar, killing four gendarmes; five militants were killed.",
    # a list of the dead of both sides, the assailants named
    "On 3 May 2021, ISGS militants attacked JNIM fighters near Tinkar. At least 12 JNIM fighters and 4 ISGS fighters were killed.",
    # wounded on both sides
    "On 3 May 2021, militants ambushed a Malian army convoy near Tinkar. Two soldiers and eleven jihadists were wounded.",
    # a raid that cost the raiders men
    "On 3 May 2021, GATIA militiamen raided a militant hideout near Tinkar, killing six militants, with two wounded in their own ranks.",
    "Le 3 mai 2021, des jihadistes ont attaqué une patrouille de l'armée près de Tinkar. Deux soldats et cinq terroristes ont été tués.",
    "Le 3 mai 2021, des hommes armés ont attaqué un convoi militaire près de Tinkar ; trois militaires ont été tués et sept jihadistes ont été blessés.",
])
def test_losses_on_the_assailants_side_make_a_clash(first_class, text):
    assert first_class(text) == "Clash"


@pytest.mark.parametrize("text", [
    # the dead are all on the side attacked
    "On 3 May 2021, militants ambushed an army convoy near Tinkar. Four soldiers were killed and six wounded.",
    # a named group ambushed by another loses men: they are the victims, not the assailants
    "On 3 May 2021, ISGS militants ambushed JNIM fighters near Tinkar. At least 9 JNIM fighters were killed.",
    # the assailants' losses denied
    "On 3 May 2021, militants attacked an army patrol near Tinkar. Three soldiers were killed; no militant was killed.",
    # a later, separate event in the next sentence is not the attack's
    "On 3 May 2021, militants attacked an army patrol near Tinkar and killed two soldiers. On 5 May 2021, an airstrike killed seven militants near Boni.",
    "Le 3 mai 2021, des jihadistes ont attaqué une patrouille de l'armée près de Tinkar. Quatre soldats ont été tués.",
    # the storming of a held position stays an attack, whatever it cost the assailants
    "On 3 May 2021, militants stormed the army camp at Tinkar. Twenty soldiers were killed, and the army said eight militants were killed.",
    "Le 3 mai 2021, des jihadistes ont attaqué le camp militaire de Tinkar ; vingt soldats et huit assaillants ont été tués.",
])
def test_losses_on_the_attacked_side_only_stay_an_attack(first_class, text):
    assert first_class(text) == "Attack"


@pytest.mark.parametrize("text", [
    # the army read as the author of an attack on it: both sides' dead still tell a fight
    "A Malian army patrol ambushed near Tinkar this morning. Six soldiers and three jihadists dead.",
])
def test_a_list_of_both_sides_dead_is_a_clash(first_class, text):
    assert first_class(text) == "Clash"


@pytest.mark.parametrize("text", [
    # an author misread as the army ("army checkpoint attacked") does not make the soldiers' dead its own
    "Army checkpoint attacked overnight near Tinkar, one soldier killed and two wounded.",
])
def test_soldiers_dead_of_an_attack_on_the_army_stay_an_attack(first_class, text):
    assert first_class(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen attacked the village of Tinkar and killed a hunter during a clash with local militiamen.",
    "On 3 May 2021, militants ambushed an army patrol near Tinkar. After a gunfight, two assailants were arrested.",
    "On 3 May 2021, militants ambushed an army patrol near Tinkar, killing one soldier. The army said it killed four militants in a counter-attack.",
    "On 3 May 2021, militants attacked a MINUSMA convoy near Tinkar while militants and peacekeepers exchanged heavy gunfire.",
    "On 3 May 2021, gunmen attacked the mayor of Tinkar near his home. His guards retaliated.",
    "On 3 May 2021, gunmen opened fire on an army patrol near Tinkar; the patrol responded and killed one of the gunmen.",
    "Le 3 mai 2021, des hommes armés ont attaqué une patrouille près de Tinkar ; l'armée a lancé une contre-attaque.",
    # the dead of the fighting, whoever they were
    "On 3 May 2021, militiamen attacked a herders' camp near Tinkar, and nine people were reportedly killed in the clashes.",
])
def test_fighting_told_beside_the_attack_makes_a_clash(first_class, text):
    assert first_class(text) == "Clash"


@pytest.mark.parametrize("text, cls", [
    # a motive, not a fight back
    ("On 3 May 2021, gunmen attacked an army patrol near Tinkar in retaliation for the arrest of their leader.", "Attack"),
])
def test_retaliation_as_a_motive_is_no_fight(first_class, text, cls):
    assert first_class(text) == cls


@pytest.mark.parametrize("text", [
    "On 3 May 2021, soldiers arrested and tortured three traders in Tinkar.",
    "On 3 May 2021, gendarmes detained six herders near Tinkar. All six were severely beaten.",
    "Le 3 mai 2021, des militaires ont arrêté quatre éleveurs à Tinkar ; ils ont été torturés.",
])
def test_torture_and_beatings_of_people_held_are_violence_against_civilians(first_class, text):
    assert first_class(text) == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # armed people beaten: not civilians
    "On 3 May 2021, gunmen beat up two soldiers at the market of Tinkar.",
])
def test_armed_people_beaten_are_not_civilians(first_class, text):
    assert first_class(text) == "Attack"


@pytest.mark.parametrize("text", [
    # the dead of the operation told beside a seizure by no one named
    "On 3 May 2021, French forces conducted an air-ground operation near Tinkar. Around 20 militants were killed, and weapons and motorbikes were seized or destroyed.",
    # two outcomes between the verb and the fighters
    "On 3 May 2021, French forces conducted an operation near Tinkar and killed or captured an unspecified number of suspected militants.",
    "On 3 May 2021, French forces conducted an operation near Tinkar, resulting in the killing or capture of many suspected militants.",
])
def test_an_operation_that_killed_fighters_holds_a_clash_however_told(sahel_read, text):
    classes = [s.value for s in sahel_read(text, "en", "2021-05-04") if s.predicate == "class" and s.subject.startswith("event:")]
    assert classes[0] == "Clash" and "MilitaryOperation" in classes


@pytest.mark.parametrize("text, cls", [
    # the pronoun is the civilian the attack was aimed at
    ("On 3 May 2021, gunmen broke into the house of a trader in Tinkar, robbing and killing him.", "ViolenceAgainstCivilians"),
    # ... or a soldier
    ("On 3 May 2021, gunmen attacked a soldier at the market of Tinkar, killing him.", "Attack"),
])
def test_a_pronoun_victim_is_whom_the_attack_was_aimed_at(first_class, text, cls):
    assert first_class(text) == cls


@pytest.mark.parametrize("text, cls", [
    # aid workers' and traders' vehicles, and the people in a motorcade, are civilians
    ("On 3 May 2021, gunmen opened fire against an ICRC convoy near Tinkar. The aid workers escaped unharmed.", "ViolenceAgainstCivilians"),
    ("On 3 May 2021, gunmen opened fire against transport trucks near Tinkar.", "ViolenceAgainstCivilians"),
    ("On 3 May 2021, gunmen shot at the convoy of a member of parliament near Tinkar.", "ViolenceAgainstCivilians"),
    # an army convoy is not
    ("On 3 May 2021, gunmen opened fire against an army convoy near Tinkar.", "Attack"),
])
def test_fire_opened_on_civilians_vehicles_is_violence_against_civilians(first_class, text, cls):
    assert first_class(text) == cls


@pytest.mark.parametrize("text, cls", [
    # the assailants' dead told later, of the ambush named again
    ("On 3 May 2021, militants ambushed an army convoy near Tinkar, killing two soldiers. Four trucks were burned and "
     "weapons were taken. The army said that eleven militants were killed in the ambush.", "Clash"),
    # whoever tells the toll is not among the dead
    ("On 3 May 2021, militants ambushed an army patrol near Tinkar. The army said 5 were wounded.", "Attack"),
])
def test_the_dead_of_an_attack_named_again(first_class, text, cls):
    assert first_class(text) == cls


@pytest.mark.parametrize("text, cls", [
    # a fight the text denies
    ("On 3 May 2021, gunmen attacked the village of Tinkar and killed a farmer. The village self-defence answered "
     "the attack, but the assailants fled without any clash.", "ViolenceAgainstCivilians"),
    # an air raid is a strike from the air
    ("On 3 May 2021, the air force carried out an air raid on militant positions near Tinkar.", "Explosion"),
])
def test_denied_fights_and_air_raids(first_class, text, cls):
    assert first_class(text) == cls
