"""Short incident notes, the way event datasets summarise one incident in a sentence or two (session 12,
helper notes12): who acted, where, and how many died. Invented sentences, EN and FR, read with the Sahel
pack.

1. One person killed, told without a number: "assassinated a councillor", "killed a Bozo", "killed the
   son of the village chief", "the mayor was assassinated", "the officer died", "he later succumbed to
   his wounds", "ont tué un commerçant", "a assassiné le chef du village", "l'un d'eux a succombé",
   "qui est décédé": a toll of one (not "the chief and his two sons", nor "the assailants"); the
   number after "killed by" counts the killers, not the dead.
"""
import pytest

from .conftest import event_classes


def _lang(text):
    return "fr" if text.startswith(("Le ", "La ", "Des ", "Les ", "L'")) else "en"


@pytest.fixture
def events(sahel_read):
    """[(class, {(role, actor id)}, fatalities_min, fatalities_max)] of a snippet's events, in the order emitted."""
    def _run(text):
        sts = sahel_read(text, _lang(text), "2021-05-09")
        out = []
        for eid, c in event_classes(sts).items():
            roles = {(s.predicate, s.object) for s in sts if s.subject == eid and s.object and
                     s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT")}
            lo = next((int(s.value) for s in sts if s.subject == eid and s.predicate == "fatalities_min"), None)
            hi = next((int(s.value) for s in sts if s.subject == eid and s.predicate == "fatalities_max"), None)
            out.append((c, roles, lo, hi))
        return out
    return _run


# -- 1. one person killed, no number -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2021, gunmen assassinated a municipal councillor at his home in Tinkar.",
    "On 3 May 2021, militiamen killed a Bozo on the road to Tinkar.",
    "On 3 May 2021, armed men murdered a Fulani herder near Tinkar and took his goats.",
    "On 3 May 2021, militants killed the eldest son of the village chief in Tinkar.",
    "On 3 May 2021, suspected jihadists executed the imam of Tinkar in front of the mosque.",
    "On 3 May 2021, the deputy mayor of Tinkar was assassinated by two men on a motorbike.",
    "On 3 May 2021, a trader was reportedly murdered on the outskirts of Tinkar.",
    "On 3 May 2021, gunmen ambushed a customs officer near Tinkar. The officer died on the way to hospital.",
    "On 3 May 2021, gunmen shot a shopkeeper near Tinkar; he later succumbed to his wounds.",
    "On 3 May 2021, gunmen attacked two guards near Tinkar, with one later dying from his injuries.",
    "On 3 May 2021, gunmen shot two traders in Tinkar. One of them succumbed to his wounds.",
    "Le 3 mai 2021, des hommes armés ont tué un commerçant à Tinkar.",
    "Le 3 mai 2021, des hommes armés ont assassiné le chef du village de Tinkar.",
    "Le 3 mai 2021, le maire de Tinkar a été assassiné par des hommes armés.",
    "Le 3 mai 2021, un berger a été égorgé près de Tinkar.",
    "Le 3 mai 2021, des hommes armés ont blessé deux commerçants à Tinkar. L'un d'eux a succombé à ses blessures.",
    "Le 3 mai 2021, des hommes armés ont attaqué le chef du village de Tinkar, qui est décédé le lendemain.",
])
def test_one_person_killed_is_a_toll_of_one(events, text):
    evs = events(text)
    assert evs and (evs[0][2], evs[0][3]) == (1, 1)


@pytest.mark.parametrize("text, toll", [
    # several people, or a body of them: no toll of one
    ("On 3 May 2021, militants killed the chief and his two sons in Tinkar.", None),
    ("Le 3 mai 2021, des hommes armés ont tué un commerçant et son fils à Tinkar.", None),
    ("On 3 May 2021, militiamen killed a Fulani and a Bozo near Tinkar.", None),
    # the number after "by" counts the killers
    ("On 3 May 2021, the mayor of Tinkar was killed by two men on a motorbike.", 1),
    ("Le 3 mai 2021, le maire de Tinkar a été tué par deux hommes armés.", 1),
    # a number before a verb of murder is the toll
    ("On 3 May 2021, two traders were assassinated near Tinkar.", 2),
    ("Le 3 mai 2021, trois bergers ont été égorgés près de Tinkar.", 3),
])
def test_one_person_rule_keeps_its_limits(events, text, toll):
    evs = events(text)
    assert evs and evs[0][2] == toll
