"""Session 11: what the five devset reports of session 11 (a communiqué listing incidents, an analysis
with hedged attributions, an investigation with competing tolls, a hostage release with mediators and
ransom denials, fighting between two jihadist groups) showed, as general rules. Invented EN/FR
sentences, read with the Sahel pack."""
from __future__ import annotations

import pytest


@pytest.fixture
def read(sahel_roles):
    """(statements, {event id: class}, {event class: {(role, actor)}}) of a snippet."""
    def _run(text, lang="en", published="2021-05-03"):
        return sahel_roles(text, lang, published)
    return _run


def _events(sts):
    """[(class, date, place ids, fatalities (min, max))] of the events, in order."""
    out = {}
    for s in sts:
        if s.subject.startswith("event:"):
            e = out.setdefault(s.subject, {"places": set()})
            if s.predicate == "class":
                e["class"] = s.value
            elif s.predicate in ("date", "start_date"):
                e.setdefault("date", s.value)
            elif s.predicate in ("fatalities_min", "fatalities_max"):
                e[s.predicate] = s.value
            elif s.predicate == "OCCURRED_AT":
                e["places"].add(s.object)
    return [(e.get("class"), e.get("date"), e["places"], (e.get("fatalities_min"), e.get("fatalities_max")))
            for e in out.values()]


# -- a day inside a period of months is another event ----------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Abuses in the north\nAt least 90 men were killed between March 2020 and August 2020 around Boni. "
     "It is not the first warning. In May, a rights group had accused soldiers of executing 12 men arrested on "
     "4 May in the same town.", "en"),
    ("Exactions dans le nord\nAu moins 90 hommes ont été tués entre mars 2020 et août 2020 autour de Boni. "
     "Ce n'est pas la première alerte. En mai, une ONG avait accusé des soldats d'avoir exécuté douze hommes "
     "arrêtés le 4 mai dans la même ville.", "fr"),
])
def test_a_day_inside_a_period_of_killings_is_another_event(read, text, lang):
    sts, _, _ = read(text, lang, "2020-09-10")
    evs = [e for e in _events(sts) if e[0] == "ViolenceAgainstCivilians"]
    boni = "place:ml/mopti/douentza/boni"
    assert any(e[2] == {boni} and e[3][0] == "90" for e in evs)
    assert any(e[1] == "2020-05-04" and e[2] == {boni} and e[3] == ("12", "12") for e in evs)


def _vac(sts):
    return [e for e in _events(sts) if e[0] == "ViolenceAgainstCivilians"]


# -- competing and revised tolls ---------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Killings in Boni\nGunmen killed villagers in Boni on Sunday. A local official said 45 civilians were killed, "
     "while a militia leader gave a toll of at least 30.", "en"),
    ("Tuerie à Boni\nDes hommes armés ont tué des villageois à Boni dimanche. Un élu local parle de 45 civils tués, "
     "tandis qu'un responsable de la milice avance un bilan d'au moins 30 morts.", "fr"),
    ("Killings in Boni\nGunmen killed villagers in Boni on Sunday. The government put the toll at 30. On 7 May, a "
     "collective formed in the wake of the killings said its own count had found 45 dead.", "en"),
    ("Tuerie à Boni\nDes hommes armés ont tué des villageois à Boni dimanche. Le gouvernement a fait état de 30 morts. "
     "Le 7 mai, un collectif créé au lendemain des tueries a affirmé avoir recensé 45 morts.", "fr"),
])
def test_two_sources_two_tolls_make_a_range(read, text, lang):
    sts, _, _ = read(text, lang, "2021-05-10")
    evs = _vac(sts)
    assert len(evs) == 1    # the collective's count is no killing of its own, on the day it speaks
    assert evs[0][3] == ("30", "45")


@pytest.mark.parametrize("text,lang", [
    ("Killings in Boni\nGunmen killed villagers in Boni on Sunday. The government first gave a toll of 13, raised it "
     "to 46 on Monday and later to 49.", "en"),
    ("Killings in Boni\nThe death toll from an attack on Boni has risen to 49, the government said on Monday. An "
     "earlier statement had put the toll at 13.", "en"),
    ("Tuerie à Boni\nDes hommes armés ont tué des villageois à Boni dimanche. Le gouvernement a d'abord fait état de "
     "13 morts, puis a porté le bilan à 49.", "fr"),
])
def test_a_revised_toll_replaces_the_one_it_revises(read, text, lang):
    sts, _, _ = read(text, lang, "2021-05-10")
    assert [e[3] for e in _events(sts) if e[0] in ("ViolenceAgainstCivilians", "Attack")] == [("49", "49")]


@pytest.mark.parametrize("text", [
    # the soldiers' dead and the assailants' are no two counts of the same dead
    "Attack on Boni\nGunmen attacked the army post in Boni on Sunday. The army said 12 soldiers were killed. A "
    "local official said 30 assailants were killed.",
    # "hundreds of men" is no figure against the one given
    "Killings in Boni\nSoldiers executed about 40 men in Boni on Sunday, a rights group said. Witnesses said the "
    "soldiers rounded up hundreds of men.",
])
def test_no_range_from_other_dead_or_vague_counts(read, text):
    sts, _, _ = read(text, "en", "2021-05-10")
    assert not any(e[3][0] != e[3][1] for e in _events(sts) if e[3] != (None, None))


@pytest.mark.parametrize("text,lang", [
    ("Killings in Ogossagou\nGunmen killed 31 villagers in Ogossagou on Friday. The authorities suspect Dozo hunters, "
     "already accused of the massacre of 160 people in the same village in March 2019. Dan Na Ambassagou denied any "
     "involvement.", "en"),
    ("Tuerie à Ogossagou\nDes hommes armés ont tué 31 villageois à Ogossagou vendredi. Les autorités soupçonnent des "
     "chasseurs dozos, déjà accusés du massacre de 160 personnes dans le même village en mars 2019. Le mouvement Dan "
     "Na Ambassagou a rejeté toute responsabilité.", "fr"),
])
def test_an_event_recalled_from_long_before_keeps_its_toll_and_not_the_story(read, text, lang):
    sts, cls, roles = read(text, lang, "2020-02-16")
    evs = _vac(sts)
    assert ("2019-03", ("160", "160")) in [(e[1], e[3]) for e in evs]
    denied = {s.subject for s in sts if s.predicate == "ATTRIBUTED_TO" and s.confidence == "denied"}
    assert denied and all(s.value == "2020-02-14" for s in sts if s.subject in denied and s.predicate in ("date", "start_date"))
