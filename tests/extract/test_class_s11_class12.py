"""Which event a sentence tells first, and what it is, by the ontology's own definitions (session 11,
helper class12). Invented sentences, EN and FR, read with the Sahel pack.

1. A deed told with what it answered ("soldiers killed two herders in reaction to an IED attack",
   "en représailles à l'explosion d'une mine"): the deed is the sentence's event and comes first;
   the occasion is another event, whose author is not the deed's.
2. Forces that entered a village or led an operation and killed civilians there ("the army entered
   the village of X and killed nine civilians"): the killing is violence against civilians and
   leads, PART_OF the operation (as the fighting of an operation already does).
3. The sentence after an operation: a list of participles sharing one auxiliary ("eight militants
   were killed, two arrested and motorbikes destroyed") tells goods destroyed with no author (not
   the killed fighters'), so the fighting of the operation leads; a fight told as such ("exchanges
   of gunfire were reported") is the operation's fighting and leads too.
4. Protests: a march people held ("students held a peaceful march through the town"), a blockade
   workers or civil society set up ("hundreds of truck drivers organised a blockade of the road"); and
   a crowd that was attacked ("residents of X were attacked by gunmen") did not riot.
5. An explosive device that names people or a skill ("detained two IED makers", "poseurs de mines",
   "known for his expertise in making IEDs") or that forces seized tells no blast.
6. What a phrase names, not an event of its own: "a convoy of reinforcements" hit by a mine is the
   convoy, not an operation; an incursion that took people away ("carried out an incursion into X,
   abducting six herders", "une incursion ... et enlevé") is the abduction.
7. A gang is not a crowd: youths armed with rifles who ambush miners, or three people who break into
   a house, commit an attack, not a riot (a crowd with sticks and stones still riots).
"""
import pytest

from .conftest import event_classes


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ", "Les ")) else "en"


@pytest.fixture
def events(sahel_read):
    """[(class, {(role, actor id)}, fatalities_min)] of a snippet's events, in the order emitted."""
    def _run(text):
        sts = sahel_read(text, _lang(text), "2021-05-09")
        out = []
        for eid, c in event_classes(sts).items():
            roles = {(s.predicate, s.object) for s in sts if s.subject == eid and s.object and
                     s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT")}
            dead = next((s.value for s in sts if s.subject == eid and s.predicate == "fatalities_min"), None)
            out.append((c, roles, dead))
        return out
    return _run


# -- 1. a deed and its occasion ------------------------------------------------------------------

@pytest.mark.parametrize("text, occasion", [
    ("On 3 May 2021, soldiers killed two herders near Tinkar in reaction to an IED attack on their convoy.", "Explosion"),
    ("On 3 May 2021, FAMa soldiers shot dead a trader in Tinkar, reportedly in retaliation for a landmine explosion nearby.",
     "Explosion"),
    ("On 3 May 2021, soldiers killed three young herders near Tinkar after having been subjected to an IED attack near Boni.",
     "Explosion"),
    ("Le 3 mai 2021, des soldats ont tué deux bergers près de Tinkar en représailles à l'explosion d'une mine.", "Explosion"),
    ("Le 3 mai 2021, des militaires ont exécuté trois commerçants à Tinkar après une attaque contre leur patrouille.", "Attack"),
])
def test_the_deed_leads_and_its_occasion_is_another_event(events, text, occasion):
    evs = events(text)
    assert [c for c, _, _ in evs] == ["ViolenceAgainstCivilians", occasion]
    deed, occ = evs
    assert ("ATTRIBUTED_TO", "actor:fama") in deed[1]
    assert deed[2] is not None
    # the soldiers answered the blast: they did not set it off, and its dead are not theirs
    assert ("ATTRIBUTED_TO", "actor:fama") not in occ[1] and occ[2] is None


@pytest.mark.parametrize("text", [
    # the dead of the blast itself: one event, the explosion
    "On 3 May 2021, two soldiers were killed near Tinkar after an IED attack on their convoy.",
    "Le 3 mai 2021, deux soldats ont été tués près de Tinkar après l'explosion d'une mine au passage de leur véhicule.",
    # a clause, not a noun phrase: the same deed told by two verbs
    "On 3 May 2021, JNIM militants killed two soldiers after attacking their post in Tinkar.",
    # no author for the harm: the toll of what came before it
    "On 3 May 2021, a policeman wounded after armed men seized his vehicle near Tinkar.",
])
def test_no_occasion_without_a_deed_of_its_own(events, text):
    assert len(events(text)) == 1


# -- 2. civilians killed by the forces of an operation -------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, the Malian army entered the village of Tinkar and killed 15 civilians from the Fulani community.",
    "On 3 May 2021, Malian troops backed by Dozo militiamen entered Tinkar, and killed 15 civilians and burned granaries.",
    "On 3 May 2021, soldiers conducted an operation in Tinkar and executed three herders.",
    "Le 3 mai 2021, l'armée malienne est entrée dans le village de Tinkar et a tué neuf civils peuls.",
    "Le 3 mai 2021, des soldats maliens sont entrés dans le village de Tinkar et ont exécuté cinq villageois.",
])
def test_civilians_killed_in_an_operation_lead_it(sahel_read, text):
    sts = sahel_read(text, _lang(text), "2021-05-09")
    cls = event_classes(sts)
    assert list(cls.values()) == ["ViolenceAgainstCivilians", "MilitaryOperation"]
    vac, op = cls
    assert any(s.subject == vac and s.predicate == "PART_OF" and s.object == op for s in sts)
    assert ("ATTRIBUTED_TO", "actor:fama") in {(s.predicate, s.object) for s in sts if s.subject == vac}


@pytest.mark.parametrize("text, first", [
    # fighters killed: the operation's fighting, as before
    ("On 3 May 2021, French forces conducted an operation near Tinkar and killed five JNIM militants.", "Clash"),
    # what the forces answered is not part of their operation
    ("On 3 May 2021, the army entered Tinkar after JNIM militants killed three civilians there.", "MilitaryOperation"),
    # civilians killed with no author told: the operation's toll
    ("On 3 May 2021, the army conducted an operation near Tinkar; two civilians were killed by stray bullets.",
     "MilitaryOperation"),
])
def test_operation_without_civilians_killed_by_its_forces(events, text, first):
    assert events(text)[0][0] == first


# -- 3. the sentence after an operation ----------------------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("On 3 May 2021, French forces conducted an operation near Tinkar. Eight JNIM militants were killed, two arrested "
     "and motorbikes destroyed.", "actor:jnim"),
    ("On 3 May 2021, French forces carried out an air-landed operation near Tinkar. One ISGS militant was killed, "
     "three others captured, and a pick-up destroyed and weapons seized.", "actor:isgs"),
    ("Le 3 mai 2021, les forces françaises ont mené une opération près de Tinkar. Huit terroristes de l'EIGS ont été "
     "tués, deux capturés et des motos détruites.", None),
])
def test_goods_destroyed_in_a_list_of_participles_have_no_author(events, text, group):
    evs = events(text)
    assert [c for c, _, _ in evs] == ["Clash", "MilitaryOperation"]
    assert ("PARTICIPANT", "actor:barkhane") in evs[0][1]
    if group:
        assert ("PARTICIPANT", group) in evs[0][1]
    # the killed fighters destroyed nothing
    assert not any(p == "ATTRIBUTED_TO" for c, roles, _ in evs for p, _ in roles)


@pytest.mark.parametrize("text", [
    "On 3 May 2021, Malian forces led an operation against ISGS militants near Tinkar. An exchange of fire took place.",
    "Le 3 mai 2021, l'armée malienne a mené une opération contre des terroristes de l'EIGS près de Tinkar. "
    "Des échanges de tirs ont été signalés.",
])
def test_fight_told_after_an_operation_is_its_fighting(sahel_read, text):
    sts = sahel_read(text, _lang(text), "2021-05-09")
    cls = event_classes(sts)
    assert list(cls.values()) == ["Clash", "MilitaryOperation"]
    fight, op = cls
    assert any(s.subject == fight and s.predicate == "PART_OF" and s.object == op for s in sts)
    assert {("PARTICIPANT", "actor:fama"), ("PARTICIPANT", "actor:isgs")} <= \
        {(s.predicate, s.object) for s in sts if s.subject == fight}


@pytest.mark.parametrize("text, first", [
    # a verb with its own subject and object is active: the burning is the militants'
    ("On 3 May 2021, two soldiers were killed near Tinkar, and JNIM militants burned their vehicle.", "Attack"),
    # a fight between other parties, on another day: not the operation's
    ("On 3 May 2021, Malian forces conducted an operation near Tinkar. Two days later, clashes between Dozo militiamen "
     "and JNIM militants were reported in Boni.", "MilitaryOperation"),
])
def test_not_the_operations_list_or_fight(events, text, first):
    evs = events(text)
    assert evs[0][0] == first
    if first == "Attack":
        assert ("ATTRIBUTED_TO", "actor:jnim") in evs[0][1]


# -- 4. protests ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, some two hundred students held a peaceful march through Tinkar to call for the reopening of "
    "their school. A student was beaten by unknown men.",
    "On 3 May 2021, women from Tinkar organised a march to the town hall to demand the release of their husbands.",
    "On 3 May 2021, hundreds of truck drivers organised a two-day blockade of the main road into Tinkar.",
    "Le 3 mai 2021, des transporteurs et des membres de la société civile ont imposé un blocus de deux jours à la ville "
    "de Tinkar pour dénoncer l'insécurité.",
])
def test_marches_and_blockades_by_civilians_are_protests(events, text):
    assert events(text)[0][0] == "Protest"


@pytest.mark.parametrize("text", [
    "On 3 May 2021, JNIM militants imposed a blockade on the town of Tinkar.",
    # the crowd was hit (an attack on civilians, not a riot)
    "On 3 May 2021, residents of Tinkar were attacked by unknown gunmen.",
    "On 3 March 2021, JNIM militants attacked Tinkar.",
])
def test_not_a_protest(events, text):
    evs = events(text)
    assert evs and evs[0][0] != "Protest"


# -- 5. explosive devices that tell no blast ---------------------------------------------------------

@pytest.mark.parametrize("text, first", [
    ("On 3 May 2021, Malian soldiers killed six JNIM militants near Tinkar and detained two IED makers.", "Clash"),
    ("Le 3 mai 2021, l'armée malienne a tué quatre terroristes près de Tinkar et arrêté deux poseurs d'engins explosifs "
     "improvisés.", "Clash"),
    ("On 3 May 2021, unknown gunmen shot dead a JNIM member near Tinkar who was known for his expertise in making IEDs.",
     "Attack"),
    ("On 3 May 2021, soldiers seized two explosive devices near Tinkar.", "MilitaryOperation"),
])
def test_devices_naming_people_or_seized_are_no_explosion(events, text, first):
    evs = events(text)
    assert evs[0][0] == first
    assert "Explosion" not in [c for c, _, _ in evs]


@pytest.mark.parametrize("text", [
    "On 3 May 2021, an IED struck an army truck near Tinkar, wounding three soldiers.",
    "On 3 May 2021, militants planted an IED near Tinkar that exploded as a bus passed, killing four passengers.",
    "Le 3 mai 2021, un engin explosif a frappé un camion de l'armée près de Tinkar.",
])
def test_devices_that_went_off_stay_explosions(events, text):
    assert events(text)[0][0] == "Explosion"


# -- 6. a convoy of reinforcements, an incursion that abducted ----------------------------------------

@pytest.mark.parametrize("text, classes", [
    ("On 3 May 2021, a truck of a convoy of reinforcements heading to Boni hit an IED near Tinkar; one soldier was killed.",
     ["Explosion"]),
    ("On 3 May 2021, gunmen carried out an incursion into the hamlet of Tinkar, abducting six herders.", ["Kidnapping"]),
    ("Le 3 mai 2021, des hommes armés ont mené une incursion dans le village de Tinkar et enlevé trois commerçants.",
     ["Kidnapping"]),
    # guards: reinforcements sent are an operation; an incursion that killed is the killing
    ("On 3 May 2021, the army sent reinforcements to Tinkar.", ["MilitaryOperation"]),
    ("On 3 May 2021, gunmen made an incursion into Tinkar and killed four villagers and abducted two others.",
     ["ViolenceAgainstCivilians", "Kidnapping"]),
])
def test_what_a_phrase_names(events, text, classes):
    assert [c for c, _, _ in events(text)] == classes


# -- 7. a gang is not a crowd ------------------------------------------------------------------------

@pytest.mark.parametrize("text, first", [
    ("On 3 May 2021, youths armed with rifles from Tinkar ambushed gold miners at work and took their motorbikes; "
     "two miners were wounded.", "ViolenceAgainstCivilians"),
    ("Three people broke into a house in Tinkar on 3 May 2021: the owner died of his wounds.", "Attack"),
    # guards: crowds
    ("On 3 May 2021, hundreds of people stormed the town hall in Tinkar and burned vehicles.", "Protest"),
    ("On 3 May 2021, youths armed with sticks and stones ransacked the police station in Tinkar.", "Protest"),
    ("Le 3 mai 2021, des centaines de jeunes ont saccagé la mairie de Tinkar.", "Protest"),
])
def test_a_gang_is_not_a_crowd(events, text, first):
    assert events(text)[0][0] == first
