"""The ACLED-notes benchmark harness (benchmarks/acled_notes.py) with a stub extractor.

The harness must judge the extractor honestly whatever the extractor is, so it is tested here on
a few events written for the test (not ACLED's notes, which must not enter the repository) and a
stub that returns canned statements per note. The real run is `python benchmarks/acled_notes.py`.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from conflictkg.graph.resolver import Resolver
from conflictkg.graph.statements import Statement
from conflictkg.loaders import pack
from conflictkg.loaders.base import LoadContext

ROOT = Path(__file__).resolve().parent.parent
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"


def _load_harness():
    spec = importlib.util.spec_from_file_location("acled_notes_bench", ROOT / "benchmarks" / "acled_notes.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


A = _load_harness()

HEADER = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "interaction", "region", "country", "admin1", "admin2",
          "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
          "fatalities", "timestamp", "iso3"]

# Written for this test: short notes in the style of event summaries, about invented incidents.
NOTE_1 = "On 6 April 2020, militants of JNIM stormed the army post at Bamba (Bourem, Gao), killing 20 soldiers."
NOTE_2 = "On 9 March, gunmen took a trader away near Wabaria (Gao, Gao)."
NOTE_3 = "Soldiers and militants exchanged fire in the area of Bourem (Bourem, Gao) on 2 May 2019."

ROWS = [
    ("TST1", "06 April 2020", 1, "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims",
     "Katiba Macina", "Gao", "Bourem", "Bamba", NOTE_1, 20),
    ("TST1", "06 April 2020", 1, "Battles", "Armed clash", "Military Forces of Mali (2013-2020)", "", "Gao",
     "Bourem", "Bamba", NOTE_1, 20),
    ("TST2", "09 March 2018", 1, "Violence against civilians", "Abduction/forced disappearance",
     "Unidentified Armed Group (Mali)", "", "Gao", "Gao", "Wabaria", NOTE_2, 0),
    ("TST3", "02 May 2019", 2, "Battles", "Armed clash",
     "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)", "", "Gao", "Bourem",
     "Bourem", NOTE_3, 3),
]

ACLED_ACTORS = """\
acled_actors:
  - {label: 'JNIM: Group for Support of Islam and Muslims', actor: 'actor:jnim'}
  - {label: Katiba Macina, actor: 'actor:katiba-macina'}
  - {label: Military Forces of Mali (2013-2020), actor: 'actor:fama'}
  - {label: Unidentified Armed Group (Mali), actor: 'actor:unidentified-armed-group-mali'}
  - {label: 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', candidates: ['actor:jnim', 'actor:isgs']}
"""


@pytest.fixture(scope="module")
def resolver():
    ctx = LoadContext(Resolver())
    return Resolver.from_statements(list(pack.load(MINIPACK, ctx)))


@pytest.fixture
def data(tmp_path):
    p = tmp_path / "acled.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, HEADER)
        w.writeheader()
        for n, (eid, day, tp, et, st, a1, assoc, adm1, adm2, loc, notes, fat) in enumerate(ROWS):
            w.writerow({"data_id": n, "event_id_cnty": eid, "event_date": day, "time_precision": tp, "event_type": et,
                        "sub_event_type": st, "actor1": a1, "assoc_actor_1": assoc, "admin1": adm1, "admin2": adm2,
                        "location": loc, "notes": notes, "fatalities": fat, "country": "Mali"})
    (tmp_path / "acled_actors.yaml").write_text(ACLED_ACTORS, encoding="utf-8")
    return tmp_path


def S(subject, predicate, obj=None, value=None, confidence=None, at=0):
    return Statement(subject, predicate, "source:stub", object=obj, value=None if value is None else str(value),
                     confidence=confidence, span=(at, at + 5), loader="report")


BAMBA, BOUREM_CERCLE, GAO = "place:ml/gao/bourem/bamba", "place:ml/gao/bourem", "place:ml/gao"

CANNED = {
    NOTE_1: [  # right on every field; a later event must not be taken for the coded one
        S("event:later", "class", value="Statement", at=80), S("event:later", "date", value="2020-04-07", at=80),
        S("event:a", "class", value="Clash", at=10), S("event:a", "date", value="2020-04-06", at=3),
        S("event:a", "OCCURRED_AT", BAMBA, at=40), S("event:a", "fatalities_min", value=20, at=60),
        S("event:a", "fatalities_max", value=20, at=60),
        S("event:a", "ATTRIBUTED_TO", "actor:jnim", confidence="attributed", at=20),
        S("event:a", "TARGETED", "actor:fama", at=45),
    ],
    NOTE_2: [  # a new village placed by the notes' own parenthesis; the wrong class
        S("event:b", "class", value="Attack", at=0), S("event:b", "date", value="2018-03-09", at=0),
        S("place:new/wabaria", "name", value="Wabaria", at=40), S("event:b", "OCCURRED_AT", "place:new/wabaria", at=40),
        S("place:new/wabaria", "LOCATED_IN", GAO, at=48),
    ],
    NOTE_3: [],  # nothing found
}


def stub(calls):
    def extract(text, options):
        calls.append((text, dict(options)))
        return CANNED[text]
    return extract


def test_monadic_rows_are_joined_per_event(data):
    events = A.read_events([data / "acled.csv"])
    assert [e.id for e in events] == ["TST1", "TST2", "TST3"]
    e = events[0]
    assert e.labels == ["JNIM: Group for Support of Islam and Muslims", "Katiba Macina", "Military Forces of Mali (2013-2020)"]
    assert (e.date, e.fatalities, e.admin2, e.location) == ("2020-04-06", 20, "Bourem", "Bamba")


def test_published_date_only_for_notes_without_a_dated_year(data, resolver):
    calls = []
    events = A.read_events([data / "acled.csv"])
    A.run(events, stub(calls), A.Gazetteer(resolver), A.acled_actor_table(data))
    assert [c[1] for c in calls] == [{"lang": "en"}, {"lang": "en", "published": "2018-03-09"}, {"lang": "en"}]
    assert A.notes_have_date("On April 6, 2020, x") and not A.notes_have_date("On Oct 13, x")


def test_field_agreement_on_a_small_run(data, resolver):
    events = A.read_events([data / "acled.csv"])
    r = A.run(events, stub([]), A.Gazetteer(resolver), A.acled_actor_table(data))
    t = r.tallies
    assert (t["date"].ok, t["date"].n) == (2, 3)
    assert t["date"].errors == {"no event extracted": 1}
    # TST2: the notes place the new village in Gao cercle, as ACLED does
    assert (t["place"].ok, t["place"].n) == (2, 3)
    assert (t["class"].ok, t["class"].n) == (1, 3)
    assert t["class"].errors["Kidnapping extracted as Attack"] == 1
    # named armed actors: JNIM, Katiba Macina, FAMa (TST1) and "JNIM and/or ISGS" (TST3); not the placeholder
    assert t["actors"].n == 4 and t["actors"].ok == 2
    assert r.actor_labels["Katiba Macina"] == [0, 1]
    assert (t["fatalities"].ok, t["fatalities"].n) == (2, 3)
    assert r.without_event == 1 and r.with_published == 1


def test_results_cite_ids_and_never_the_notes(data, resolver):
    events = A.read_events([data / "acled.csv"])
    r = A.run(events, stub([]), A.Gazetteer(resolver), A.acled_actor_table(data))
    doc = A.as_json(r, {"nproc": 1, "cpu": "x", "python": "3", "date": "d", "commit": "c"})
    text = json.dumps(doc) + A.as_markdown(doc)
    for note in (NOTE_1, NOTE_2, NOTE_3):
        for chunk in (note[:30], note[-30:]):
            assert chunk not in text
    assert "TST3" in text and "| date | 2 | 3 |" in text


@pytest.mark.parametrize("start,end,tp,ok,reason", [
    ("2020-04-06", "2020-04-06", 1, True, ""),
    ("2020-04-07", "2020-04-07", 1, False, "off by one day"),
    ("2019-04-06", "2019-04-06", 1, False, "wrong year"),
    ("2020-04-01", "2020-04-30", 1, False, "window holds the day but is not a day"),
    ("2020-04-01", "2020-04-30", 3, True, ""),
    ("2020-01-01", "2020-12-31", 3, False, "window wider than a month"),
    ("2020-04-08", "2020-04-10", 2, False, "window misses the day"),
])
def test_date_rules(start, end, tp, ok, reason):
    ev = A.AcledEvent("X", "2020-04-06", tp, "Battles", "Armed clash", [], "Bamba", "Gao", "Bourem", 0, "")
    x = A.XEvent("event:x", "Clash", start, end, "day", [], None, None, set(), 0)
    v = A.judge_date(ev, x)
    assert (v.ok, v.reason) == (ok, reason)


def test_place_rules(resolver):
    gaz = A.Gazetteer(resolver)
    ev = A.AcledEvent("X", "2020-04-06", 1, "Battles", "Armed clash", [], "Bamba", "Gao", "Bourem", 0, "")
    empty = A.Extraction([], {}, {})

    def judge(places, xt=empty):
        return A.judge_place(ev, A.XEvent("event:x", "Clash", None, None, None, places, None, None, set(), 0), xt, gaz)

    assert judge([BAMBA]).ok                                  # the same place
    assert judge(["place:ml/gao/bourem/bourem"]).ok           # another place of the same cercle
    assert judge([BOUREM_CERCLE]).ok                          # the cercle itself
    assert judge([GAO]).reason == "coarser than ACLED's cercle (region or country)"
    assert judge(["place:ml/mopti/koro/bamba"]).reason == "a place outside ACLED's cercle"  # the other Bamba
    assert judge([]).reason == "event without a place"
    # a place the pack does not know, named as ACLED names the location: taken as the same place
    assert judge(["place:new/bamba"], A.Extraction([], {}, {"place:new/bamba": {"bamba"}})).ok


@pytest.mark.parametrize("n,lo,hi,ok", [
    (20, 20, 20, True), (20, 20, None, True), (20, 15, 25, True), (20, 25, None, False),
    (0, None, None, True), (3, None, None, False), (0, 2, 2, False), (0, 0, 0, True),
])
def test_fatalities_rules(n, lo, hi, ok):
    ev = A.AcledEvent("X", "2020-04-06", 1, "Battles", "Armed clash", [], "", "", "", n, "")
    assert A.judge_fatalities(ev, A.XEvent("e", "Clash", None, None, None, [], lo, hi, set(), 0)).ok is ok


def test_class_outside_the_mapping_is_not_counted():
    ev = A.AcledEvent("X", "2020-04-06", 1, "Unknown type", "Whatever", [], "", "", "", 0, "")
    assert A.judge_class(ev, None).ok is None


def test_report_speed_corpus_is_our_own_reports_without_front_matter(tmp_path):
    spec = importlib.util.spec_from_file_location("report_speed_bench", ROOT / "benchmarks" / "report_speed.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    d = tmp_path / "reports"
    d.mkdir()
    (d / "a.txt").write_text("---\npublished: 2020-01-01\n---\nFirst report.\n", encoding="utf-8")
    (d / "b.md").write_text("Second report.\n", encoding="utf-8")
    text = mod.corpus(0.001, sources=(d,))
    assert len(text.encode()) >= 1024
    assert "published:" not in text and "First report." in text and "Second report." in text


def test_only_the_first_event_counts_and_any_event_is_a_diagnostic(data, resolver):
    events = A.read_events([data / "acled.csv"])[:1]
    swapped = [  # the coded attack comes second in the text: a selection error, not a reading error
        S("event:first", "class", value="Statement", at=1), S("event:first", "date", value="2020-04-01", at=1),
        S("event:a", "class", value="Clash", at=50), S("event:a", "date", value="2020-04-06", at=50),
    ]
    r = A.run(events, lambda text, options: swapped, A.Gazetteer(resolver), A.acled_actor_table(data))
    t = r.tallies
    assert (t["date"].ok, t["date"].ok_any) == (0, 1)
    assert (t["class"].ok, t["class"].ok_any) == (0, 1)
    assert A.as_json(r, {})["fields"]["class"]["rate_any_event"] == 1.0


def test_actor_misses_say_whether_the_actor_was_found_at_all(data, resolver):
    events = A.read_events([data / "acled.csv"])[:1]
    out = [S("event:a", "class", value="Clash", at=10), S("event:a", "ATTRIBUTED_TO", "actor:jnim", confidence="attributed"),
           S("actor:fama", "alias", value="soldiers", at=70)]   # named, but not tied to the event
    r = A.run(events, lambda text, options: out, A.Gazetteer(resolver), A.acled_actor_table(data))
    assert r.tallies["actors"].errors == {
        "found in the notes but linked to no event": 1,
        "not found in the notes (not recognised, or resolved to another actor)": 1}
    assert r.date_by_notes == {"dated": [0, 1], "given event_date": [0, 0]}


def _x(cls, targets=(), first=0, order=0):
    return A.XEvent("e", cls, None, None, None, [], None, None, set(targets), first, set(targets), order)


def test_class_at_event_type_is_a_second_figure_beside_the_strict_one(resolver):
    """An Attack on armed actors only is Battles at ACLED's event-type level, never in the strict
    figure; an Attack on civilians or with no target is not Battles; other classes follow the table."""
    battle = A.AcledEvent("X", "2020-04-06", 1, "Battles", "Armed clash", [], "", "", "", 0, "")
    looting = A.AcledEvent("Y", "2020-04-06", 1, "Strategic developments", "Looting/property destruction", [], "", "", "", 0, "")
    vac = A.AcledEvent("Z", "2020-04-06", 1, "Violence against civilians", "Attack", [], "", "", "", 0, "")
    xt = A.Extraction([], {}, {}, classes={"actor:new/village-guard": "Militia", "actor:new/traders": "CivilianGroup"})
    judge = lambda ev, x: A.judge_class_event_type(ev, x, xt, resolver).ok
    on_army = _x("Attack", ["actor:fama"])
    assert A.judge_class(battle, on_army).ok is False and judge(battle, on_army) is True
    assert judge(battle, _x("Attack", ["actor:fama", "actor:new/village-guard"])) is True
    assert judge(battle, _x("Attack", ["actor:fama", "actor:new/traders"])) is False
    assert judge(battle, _x("Attack")) is False and judge(looting, _x("Attack")) is True
    assert judge(looting, on_army) is False
    assert judge(battle, _x("Clash")) is True and judge(battle, _x("ViolenceAgainstCivilians")) is False
    assert judge(vac, _x("Kidnapping")) is True and judge(vac, _x("Attack", ["actor:new/traders"])) is False
    assert A.judge_class_event_type(battle, None, xt, resolver).reason == "no event extracted"


def test_events_of_one_sentence_are_ordered_as_the_extractor_emitted_them(data, resolver):
    events = A.read_events([data / "acled.csv"])[:1]
    out = [S("event:z-first", "class", value="Clash", at=0), S("event:a-second", "class", value="Statement", at=0)]
    r = A.run(events, lambda text, options: out, A.Gazetteer(resolver), A.acled_actor_table(data))
    assert r.tallies["class"].ok == 1   # not "event:a-second" because its id sorts first


def test_the_command_runs_end_to_end_with_the_real_extractor(data, tmp_path):
    # the whole command on the test's own rows, with the product's pack resolver and extractor (the
    # pack resolver's temporary store is gone by the time the extractor resolves names)
    out = tmp_path / "out"
    assert A.main(["--data", str(data), "--out", str(out)]) == 0
    doc = json.loads((out / "acled_notes.json").read_text(encoding="utf-8"))
    assert doc["events"] == 3
    assert doc["extractor_failures"] == []
    assert doc["fields"]["date"]["agree"] >= 2
