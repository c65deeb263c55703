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
    "On 3 May 2021, militants attacked the hamlet of Tinkar. They burned houses and seized and killed livestock. There were no human casualties.",
    "On 3 May 2021, gunmen attacked and burned the village of Tinkar, no casualties reported.",
    "On 3 May 2021, militiamen attacked the village of Tinkar; the residents had already fled, but the assailants set huts and granaries ablaze.",
    "On 3 May 2021, unknown gunmen burned the house of a village chief in Tinkar.",
    "Le 3 mai 2021, des hommes armés ont attaqué le village de Tinkar et incendié des greniers, sans faire de victimes.",
])
def test_burning_or_looting_with_no_one_harmed_is_an_attack(events, text):
    assert events(text)[0][0] == "Attack"


@pytest.mark.parametrize("text", [
    # people harmed beside the burning: violence against them
    "On 3 May 2021, militiamen attacked the village of Tinkar, killed two herders and burned houses.",
    "On 3 May 2021, militiamen attacked the village of Tinkar and burned five villagers alive.",
    "Le 3 mai 2021, des miliciens ont attaqué le village de Tinkar, tué deux bergers et incendié des cases.",
])
def test_burning_with_people_harmed_stays_violence_against_civilians(events, text):
    assert events(text)[0][0] == "ViolenceAgainstCivilians"


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
