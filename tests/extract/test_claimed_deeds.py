"""A claim of a killing tells the killing: "X claimed to have killed two soldiers in Y" reports the
violent event itself (placed, dated, its class from who was killed), with the claimant its author
by its own word (`claimed`), and the claim as a Statement that CONCERNS it, told after it. A claim
naming another author, or one about the event the text told just before, makes no new event.
Invented sentences (English and French) against the Sahel pack."""
from __future__ import annotations

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext


@pytest.fixture
def load(sahel, tmp_path):
    """Events of a snippet in the order they are emitted: [{"id", "class", "date", "places", "slots", "concerns"}]."""
    def _run(text, lang="en", published="2019-11-04"):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        sts = list(report.load(p, LoadContext(sahel, {"lang": lang, "published": published})))
        out: dict = {}
        for s in sts:
            if not s.subject.startswith("event:"):
                continue
            e = out.setdefault(s.subject, {"id": s.subject, "class": None, "date": None, "places": set(),
                                           "slots": set(), "concerns": set()})
            if s.predicate == "class":
                e["class"] = s.value
            elif s.predicate == "date":
                e["date"] = s.value
            elif s.predicate == "OCCURRED_AT":
                e["places"].add(s.object)
            elif s.predicate == "CONCERNS":
                e["concerns"].add(s.object)
            elif s.object and s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT"):
                e["slots"].add((s.predicate, s.object, s.confidence))
        return list(out.values())
    return _run


BONI = "place:ml/mopti/douentza/boni"
BOULKESSI = "place:ml/mopti/douentza/boulkessi"
TESSIT = "place:ml/gao/ansongo/tessit"


@pytest.mark.parametrize("text,lang,cls,place,date,author,other", [
    # fighters of another group: fighting between two armed groups
    ("On 12 March 2019, ISGS claimed to have killed four JNIM fighters near Boni.", "en",
     "Clash", BONI, "2019-03-12", "actor:isgs", ("PARTICIPANT", "actor:jnim")),
    ("Le 12 mars 2019, l'EIGS a revendiqué avoir tué quatre combattants du JNIM près de Boni.", "fr",
     "Clash", BONI, "2019-03-12", "actor:isgs", ("PARTICIPANT", "actor:jnim")),
    # soldiers: an assault on a force
    ("On 2 June 2019, JNIM claimed responsibility for killing three soldiers in Boulkessi.", "en",
     "Attack", BOULKESSI, "2019-06-02", "actor:jnim", ("TARGETED", "actor:fama")),
    ("JNIM claimed that its fighters had killed three soldiers in Boulkessi on 2 June 2019.", "en",
     "Attack", BOULKESSI, "2019-06-02", "actor:jnim", ("TARGETED", "actor:fama")),
    ("Le 2 juin 2019, le JNIM revendique avoir abattu trois soldats à Boulkessi.", "fr",
     "Attack", BOULKESSI, "2019-06-02", "actor:jnim", ("TARGETED", "actor:fama")),
    ("Le 2 juin 2019, le JNIM a affirmé avoir tué trois soldats à Boulkessi.", "fr",
     "Attack", BOULKESSI, "2019-06-02", "actor:jnim", ("TARGETED", "actor:fama")),
    ("On 2 June 2019, JNIM said it had killed three soldiers in Boulkessi.", "en",
     "Attack", BOULKESSI, "2019-06-02", "actor:jnim", ("TARGETED", "actor:fama")),
    # civilians
    ("On 5 May 2019, ISGS claimed to have executed two herders near Tessit.", "en",
     "ViolenceAgainstCivilians", TESSIT, "2019-05-05", "actor:isgs", None),
    ("Le 5 mai 2019, l'EIGS a revendiqué avoir exécuté deux bergers près de Tessit.", "fr",
     "ViolenceAgainstCivilians", TESSIT, "2019-05-05", "actor:isgs", None),
])
def test_claimed_killing_is_the_first_event(load, text, lang, cls, place, date, author, other):
    evs = load(text, lang)
    first = evs[0]
    assert first["class"] == cls
    assert place in first["places"]
    assert first["date"] == date
    assert ("ATTRIBUTED_TO", author, "claimed") in first["slots"] or ("PARTICIPANT", author, None) in first["slots"]
    if cls != "Clash":
        assert ("ATTRIBUTED_TO", author, "claimed") in first["slots"]
    if other is not None:
        assert (other[0], other[1], None) in first["slots"]
    # the author is not its own target
    assert not any(a == author and r in ("TARGETED", "VICTIM") for r, a, _ in first["slots"])
    statements = [e for e in evs if e["class"] == "Statement"]
    for e in statements:
        assert first["id"] in e["concerns"]


@pytest.mark.parametrize("text,lang", [
    ("On 12 March 2019, ISGS claimed to have killed four JNIM fighters near Boni.", "en"),
    ("On 2 June 2019, JNIM claimed responsibility for killing three soldiers in Boulkessi.", "en"),
    ("Le 2 juin 2019, le JNIM a revendiqué avoir tué trois soldats à Boulkessi.", "fr"),
])
def test_the_claim_stays_a_statement_of_the_claimant(load, text, lang):
    evs = load(text, lang)
    statements = [e for e in evs if e["class"] == "Statement"]
    assert len(statements) == 1
    assert any(r == "PARTICIPANT" for r, _, _ in statements[0]["slots"])
    assert evs.index(statements[0]) > 0


@pytest.mark.parametrize("text,lang", [
    ("JNIM claimed that the army had killed ten civilians in Boni on 4 May 2019.", "en"),
    ("Le JNIM a affirmé que l'armée avait tué dix civils à Boni le 4 mai 2019.", "fr"),
])
def test_a_claim_naming_another_author_does_not_make_the_claimant_the_author(load, text, lang):
    for e in load(text, lang):
        assert ("ATTRIBUTED_TO", "actor:jnim", "claimed") not in e["slots"]


@pytest.mark.parametrize("text,lang", [
    ("On 3 May 2019, gunmen attacked an army post in Boni, killing three soldiers. "
     "On 4 May, JNIM claimed to have killed three soldiers in Boni.", "en"),
    ("Le 3 mai 2019, des hommes armés ont attaqué un poste de l'armée à Boni, tuant trois soldats. "
     "Le 4 mai, le JNIM a revendiqué avoir tué trois soldats à Boni.", "fr"),
])
def test_a_claim_of_the_event_just_told_makes_no_second_event(load, text, lang):
    evs = load(text, lang)
    violent = [e for e in evs if e["class"] != "Statement"]
    assert len(violent) == 1
    assert ("ATTRIBUTED_TO", "actor:jnim", "claimed") in violent[0]["slots"]
    assert violent[0]["date"] == "2019-05-03"
