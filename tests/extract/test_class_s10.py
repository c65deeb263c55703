"""Event classes by the ontology's own definitions: a raid that only burned or looted goods and
harmed no one is an Attack (ACLED's looting/property destruction), not violence against people;
the owner of a position told as attacked ("FAMa checkpoint attacked") is its target, not the
attacker; a strike from the air named by its owner's nationality ("French airstrikes", "des
frappes aériennes françaises") is an Explosion, whatever the date window. Invented sentences, EN
and FR, read with the Sahel pack."""
import pytest

from .conftest import event_classes, role_slots


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ", "Entre ", "Ce ")) else "en"


@pytest.fixture
def events(sahel_read):
    """[(class, {(role, actor id)})] of a snippet's events, in the order emitted."""
    def _run(text):
        sts = sahel_read(text, _lang(text), "2021-05-09")
        cls = event_classes(sts)
        out = []
        for eid, c in cls.items():
            roles = {(s.predicate, s.object) for s in sts if s.subject == eid and s.object and
                     s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT")}
            out.append((c, roles))
        return out
    return _run


# -- 1. property destroyed, nobody harmed: an Attack ------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, Dozo militiamen attacked the Fulani village of Tinkar. Four houses were set ablaze, no casualties reported.",
    "On 3 May 2021, militants attacked the hamlet of Tinkar. They burned huts and seized and killed cattle. There were no human casualties.",
    "On 3 May 2021, gunmen attacked and burned the village of Tinkar, no casualties reported.",
    "On 3 May 2021, militiamen attacked the village of Tinkar; the residents had already fled, but the assailants set huts and granaries ablaze.",
    "On 3 May 2021, unknown gunmen burned the house of a village chief in Tinkar.",
    "Le 3 mai 2021, des hommes armés ont attaqué le village de Tinkar et incendié des greniers, sans faire de victimes.",
    # people stripped of their goods, like people robbed: goods taken, no one harmed
    "On 3 May 2021, unknown gunmen attacked a transport truck near Tinkar and stripped the passengers of their belongings.",
])
def test_burning_or_looting_with_no_one_harmed_is_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


@pytest.mark.parametrize("text", [
    # people harmed beside the burning: violence against them
    "On 3 May 2021, militiamen attacked the village of Tinkar, killed two herders and burned houses.",
    "On 3 May 2021, militiamen attacked the village of Tinkar and burned five villagers alive.",
    "Le 3 mai 2021, des miliciens ont attaqué le village de Tinkar, tué deux bergers et incendié des cases.",
    "On 3 May 2021, gunmen stopped a bus near Tinkar, stripped the passengers of their belongings and killed the driver.",
])
def test_burning_with_people_harmed_stays_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


# -- 3. strikes from the air named by the force's nationality ---------------------------------

@pytest.mark.parametrize("text", [
    "Between 3 and 5 May 2021, French airstrikes hit militant positions near Boni.",
    "Over the weekend, French airstrikes hit militant positions near Boni.",
    "On 3 May 2021, a French drone strike hit a militant camp near Boni.",
    "Le 3 mai 2021, des frappes aériennes françaises ont visé des jihadistes près de Boni.",
    "Entre le 3 et le 5 mai 2021, des frappes aériennes françaises ont tué dix jihadistes près de Boni.",
])
def test_a_strike_named_by_its_owner_is_an_explosion(events, text):
    evs = events(text)
    assert evs and evs[0][0] == "Explosion"


@pytest.mark.parametrize("text, author", [
    # the strikes killed the militants: a strike, not a clash (the ontology's Explosion: air strikes)
    ("On 3 May 2021, French airstrikes killed ten militants near Boni.", "actor:barkhane"),
    ("On 3 May 2021, Malian airstrikes killed ten militants near Boni.", "actor:fama"),
])
def test_airstrikes_that_killed_fighters_are_an_explosion_by_their_owner(events, text, author):
    cls, roles = events(text)[0]
    assert cls == "Explosion"
    assert ("ATTRIBUTED_TO", author) in roles


@pytest.mark.parametrize("text", [
    # the nationality names a force that fought on the ground: no strike word, no explosion
    "On 3 May 2021, French troops killed ten militants near Boni.",
    "On 3 May 2021, French helicopters fired on militants near Boni.",
])
def test_a_force_without_a_strike_word_is_no_explosion(events, text):
    assert events(text)[0][0] != "Explosion"


@pytest.mark.parametrize("text", [
    # the raid's dead told as events of their own in the next sentence, its burning after them
    "Presumed militants attacked the village of Tinkar. Three people were killed and two kidnapped. The imam's house was burnt down.",
])
def test_a_raid_whose_dead_are_told_next_harmed_people(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    # a killing told on another day is another event: it does not make the earlier burning harm anyone
    "On 3 May 2021, militiamen attacked the village of Tinkar and burned houses. On 6 May 2021, gunmen killed two herders near Boni.",
])
def test_a_later_killing_on_another_day_is_not_the_raids_harm(events, text):
    assert events(text)[0][0] == "Attack"


# -- 2. the owner of a position told as attacked is its target --------------------------------

@pytest.mark.parametrize("text, owner", [
    ("FAMa checkpoint attacked near Boni on 3 May 2021, two soldiers killed.", "actor:fama"),
    ("Army checkpoint attacked overnight near Boni, one soldier killed and two wounded.", "actor:fama"),
    ("Barkhane convoy ambushed near Boni on 3 May 2021.", "actor:barkhane"),
    ("On 3 May 2021, a MINUSMA convoy attacked near Boni.", "actor:minusma"),
])
def test_the_owner_of_a_position_attacked_is_the_target(events, text, owner):
    cls, roles = events(text)[0]
    assert ("TARGETED", owner) in roles
    assert ("ATTRIBUTED_TO", owner) not in roles


@pytest.mark.parametrize("text, author, target", [
    ("FAMa checkpoint attacked by JNIM militants near Boni on 3 May 2021.", "actor:jnim", "actor:fama"),
    ("On 3 May 2021, a FAMa post was attacked near Boni by JNIM militants.", "actor:jnim", "actor:fama"),
    ("Le 3 mai 2021, un poste des FAMa a été attaqué par des combattants du JNIM près de Boni.", "actor:jnim", "actor:fama"),
    # the force's unit with an object of its own is the author
    ("On 3 May 2021, a FAMa patrol ambushed JNIM militants near Boni.", "actor:fama", "actor:jnim"),
])
def test_author_and_target_of_a_position_attack(events, text, author, target):
    cls, roles = events(text)[0]
    assert ("ATTRIBUTED_TO", author) in roles
    assert ("TARGETED", target) in roles
    assert ("ATTRIBUTED_TO", target) not in roles
