"""The scoring of `conflictkg eval` (shared/gold/README.md) on tiny hand-made graphs and gold files.

Graphs are built from statements through the real projection, as the scorer sees them after an
ingest: a few "pack" statements (the region pack) and a few "report" statements (the extractor's
output), then scored against a gold dict. Each test changes one thing and checks the figure that
must move.
"""
from __future__ import annotations

import json

import pytest

from conflictkg.errors import InputError
from conflictkg.evaluate import (CATEGORIES, Counts, combine, date_gap, fatalities_agree, parse_gold,
                                 render_table, score_report, view_from_projection)
from conflictkg.graph.projection import project
from conflictkg.graph.statements import Statement

PACK = "source:pack-test"
REPORT = "source:example.org/report"
CITED = "source:rfi.fr/abc"

JNIM, KM, FAMA, CISSE = "actor:jnim", "actor:katiba-macina", "actor:fama", "actor:soumaila-cisse"
MALI, GAO, BOUREM = "place:ml", "place:ml/gao", "place:ml/gao/bourem"
BAMBA, TARKINT = "place:ml/gao/bourem/bamba", "place:ml/gao/bourem/tarkint"
KORO, BAMBA_KORO = "place:ml/mopti/koro", "place:ml/mopti/koro/bamba"


def pack_statements() -> list[Statement]:
    out = []

    def ent(i, cls, name, *aliases, parent=None):
        out.append(Statement(i, "class", PACK, value=cls, loader="pack"))
        out.append(Statement(i, "name", PACK, value=name, loader="pack"))
        out.append(Statement(i, "verified", PACK, value="true", loader="pack"))
        out.extend(Statement(i, "alias", PACK, value=a, loader="pack") for a in aliases)
        if parent:
            out.append(Statement(i, "LOCATED_IN", PACK, object=parent, loader="pack", confidence="attributed"))

    ent(JNIM, "ArmedGroup", "JNIM", "GSIM")
    ent(KM, "ArmedGroup", "Katiba Macina", "Macina Liberation Front")
    ent(FAMA, "StateForce", "Malian Armed Forces", "FAMa", "Malian soldiers")
    ent(CISSE, "Person", "Soumaila Cissé", "Soumaïla Cissé")
    ent(MALI, "Country", "Mali")
    ent(GAO, "AdminArea", "Gao", parent=MALI)
    ent(BOUREM, "AdminArea", "Bourem", parent=GAO)
    ent(BAMBA, "Settlement", "Bamba", parent=BOUREM)
    ent(TARKINT, "Settlement", "Tarkint", parent=BOUREM)
    ent(KORO, "AdminArea", "Koro", parent=MALI)
    ent(BAMBA_KORO, "Settlement", "Bamba", parent=KORO)
    out.append(Statement(KM, "PART_OF", PACK, object=JNIM, loader="pack", confidence="attributed"))
    return out


def R(subject, predicate, obj=None, value=None, confidence=None, source=REPORT) -> Statement:
    """A statement the extractor made from the report."""
    return Statement(subject, predicate, source, object=obj, value=None if value is None else str(value),
                     confidence=confidence, loader="report", evidence="(quote)")


def event(i, cls, when, place, **props) -> list[Statement]:
    out = [R(i, "class", value=cls), R(i, "date", value=when), R(i, "OCCURRED_AT", place)]
    out += [R(i, k, value=v) for k, v in props.items()]
    return out


def good_report() -> list[Statement]:
    """What a perfect extractor yields for GOLD below."""
    return [
        R(REPORT, "class", value="Report"), R(REPORT, "name", value="a thread"),
        R(REPORT, "CITES", CITED),
        R(JNIM, "name", value="JNIM"), R(FAMA, "name", value="Malian soldiers"), R(BAMBA, "name", value="Bamba"),
        R(BOUREM, "name", value="Bourem"), R(CISSE, "name", value="Soumaila Cissé"),
        *event("event:bamba", "Attack", "2020-04-06", BAMBA, fatalities_min=20),
        R("event:bamba", "ATTRIBUTED_TO", JNIM, confidence="attributed"),
        R("event:bamba", "TARGETED", FAMA),
        *event("event:talks", "Negotiation", "2020-02", MALI, status="announced"),
        R("event:talks", "PARTICIPANT", JNIM),
        R(CISSE, "HELD_HOSTAGE_BY", JNIM, confidence="attributed"),
        R(BAMBA, "LOCATED_IN", BOUREM),
    ]


GOLD = {
    "report": "report.txt",
    "published": None,
    "language": "en",
    "entities": [
        {"name": "JNIM", "type": "ArmedGroup"},
        {"name": "Malian Armed Forces", "type": "StateForce", "aliases": ["FAMa", "Malian soldiers"]},
        {"name": "Soumaila Cisse", "type": "Person"},
        {"name": "Bamba", "type": "Settlement"},
        {"name": "Bourem", "type": "Place"},
    ],
    "also_ok": ["Mali"],
    "events": [
        {"key": "bamba-attack", "type": "Attack", "date": "2020-04-06", "place": "Bamba",
         "fatalities": {"min": 20}, "targets": ["Malian Armed Forces"],
         "perpetrators": [{"actor": "JNIM", "confidence": "attributed"}]},
        {"key": "talks", "type": "Negotiation", "date": "2020-02", "place": None, "status": "announced",
         "participants": ["JNIM"]},
    ],
    "relations": [
        {"subject": "Soumaila Cisse", "predicate": "HELD_HOSTAGE_BY", "object": "JNIM", "confidence": "attributed"},
        {"subject": "Bamba", "predicate": "LOCATED_IN", "object": "Bourem"},
    ],
}


@pytest.fixture
def gold_of(tmp_path):
    (tmp_path / "report.txt").write_text("some report text\n", encoding="utf-8")

    def make(changes=None, events=None):
        data = json.loads(json.dumps(GOLD))
        data.update(changes or {})
        if events is not None:
            data["events"] = events
        return parse_gold(data, tmp_path / "gold.yaml")
    return make


def score(gold, report_statements, sources=(REPORT,)):
    view = view_from_projection(project(pack_statements() + list(report_statements)), sources)
    return score_report(gold, view, "report.txt")


def replace(statements, old: Statement, new: Statement | None) -> list[Statement]:
    assert old in statements, old
    return [new if s == old else s for s in statements if s != old or new is not None]


def f1(s, cat="overall"):
    return (s.overall if cat == "overall" else s.counts[cat]).f1


# -- the figures --------------------------------------------------------------------------------

def test_perfect_extraction_scores_one_everywhere(gold_of):
    s = score(gold_of(), good_report())
    for cat in CATEGORIES:
        assert s.counts[cat].f1 == 1.0, (cat, s.counts[cat], s.misses, s.false_positives)
    assert s.overall.f1 == 1.0
    assert s.type_correct == s.type_found == 5
    assert not s.misses and not s.false_positives
    assert s.matches == {"bamba-attack": "event:bamba", "talks": "event:talks"}


def test_counts_precision_recall_f1():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75 and c.recall == 0.6 and round(c.f1, 4) == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert Counts().f1 == 1.0  # nothing expected, nothing produced
    assert Counts(fn=2).f1 == 0.0 and Counts(fp=2).f1 == 0.0


# -- attributions -------------------------------------------------------------------------------

def test_wrong_confidence_lowers_only_the_with_confidence_figure(gold_of):
    stmts = good_report()
    old = R("event:bamba", "ATTRIBUTED_TO", JNIM, confidence="attributed")
    s = score(gold_of(), replace(stmts, old, R("event:bamba", "ATTRIBUTED_TO", JNIM, confidence="possible")))
    assert s.counts["attributions"].f1 == 1.0
    assert s.counts["slots"].f1 == 1.0
    conf = s.counts["attributions_confidence"]
    assert (conf.tp, conf.fp, conf.fn) == (1, 1, 1)  # the HELD_HOSTAGE_BY one is still right
    assert any("perpetrator JNIM [attributed] (graph: possible)" in m["item"] for m in s.misses)


def test_relation_confidence_is_scored_with_the_attributions(gold_of):
    stmts = good_report()
    old = R(CISSE, "HELD_HOSTAGE_BY", JNIM, confidence="attributed")
    s = score(gold_of(), replace(stmts, old, R(CISSE, "HELD_HOSTAGE_BY", JNIM, confidence="probable")))
    assert s.counts["relations"].f1 == 1.0
    assert s.counts["attributions"].f1 == 1.0
    assert s.counts["attributions_confidence"].tp == 1 and s.counts["attributions_confidence"].fn == 1


def test_missing_and_extra_perpetrators(gold_of):
    stmts = good_report() + [R("event:bamba", "ATTRIBUTED_TO", KM, confidence="possible")]
    stmts = replace(stmts, R("event:bamba", "ATTRIBUTED_TO", JNIM, confidence="attributed"), None)
    s = score(gold_of(), stmts)
    a = s.counts["attributions"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 1)  # hostage relation found; JNIM missed; Katiba Macina extra
    assert {"report": "report.txt", "kind": "attribution", "item": "bamba-attack = event:bamba: perpetrator Katiba Macina"} in s.false_positives


def test_two_levels_for_two_actors(gold_of):
    """"JNIM (most probably the Katiba Macina)": both attributions, each with its own level."""
    events = [dict(GOLD["events"][0], perpetrators=[{"actor": "JNIM", "confidence": "attributed"},
                                                   {"actor": "Katiba Macina", "confidence": "probable"}])]
    g = gold_of(events=events, changes={"entities": GOLD["entities"] + [{"name": "Katiba Macina", "type": "ArmedGroup"}]})
    stmts = good_report() + [R("event:bamba", "ATTRIBUTED_TO", KM, confidence="probable")]
    assert score(g, stmts).counts["attributions_confidence"].f1 == 1.0
    swapped = replace(stmts, R("event:bamba", "ATTRIBUTED_TO", KM, confidence="probable"),
                      R("event:bamba", "ATTRIBUTED_TO", KM, confidence="attributed"))
    c = score(g, swapped).counts["attributions_confidence"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)


# -- event matching -----------------------------------------------------------------------------

@pytest.mark.parametrize("graph_date,matches", [
    ("2020-04-06", True), ("2020-04-05", True), ("2020-04-07", True),
    ("2020-04-04", False), ("2020-04-08", False), ("2020-04", True), ("2020-04-07/2020-04-09", True),
    ("2020-04-08/2020-04-09", False), ("2020", True),
])
def test_a_gold_day_matches_within_one_day(gold_of, graph_date, matches):
    stmts = replace(good_report(), R("event:bamba", "date", value="2020-04-06"), R("event:bamba", "date", value=graph_date))
    s = score(gold_of(), stmts)
    assert ("bamba-attack" in s.matches) is matches
    assert s.counts["events"].fp == (0 if matches else 1)


@pytest.mark.parametrize("gold_date,graph_date,matches", [
    ("2020-02", "2020-02-28", True), ("2020-02", "2020-03-01", False), ("2020-02", "2020-01-31", False),
    ("2020-03-19/2020-03-20", "2020-03-20", True), ("2020-03-19/2020-03-20", "2020-03-21", False),
    ("2020-03-03/2020-03-23", "2020-03", True), (None, "2019-01-01", True),
])
def test_months_and_ranges_match_on_any_overlap(gold_date, graph_date, matches):
    from conflictkg.dates import parse_partial

    s, e, _ = parse_partial(graph_date)
    assert (date_gap(gold_date, s, e) is not None) is matches


def test_a_place_outside_the_gold_place_is_a_miss(gold_of):
    stmts = replace(good_report(), R("event:bamba", "OCCURRED_AT", BAMBA), R("event:bamba", "OCCURRED_AT", BAMBA_KORO))
    s = score(gold_of(), stmts)
    assert "bamba-attack" not in s.matches  # the other Bamba, in Koro: same name, wrong place
    ev = s.counts["events"]
    assert (ev.tp, ev.fp, ev.fn) == (1, 1, 1)
    # slots are scored over matched events only: the missed event's slots are neither tp nor fn
    assert (s.counts["slots"].tp, s.counts["slots"].fn) == (2, 0)
    # without the gold's "Bamba LOCATED_IN Bourem", either Bamba is the gold place
    assert "bamba-attack" in score(gold_of(changes={"relations": GOLD["relations"][:1]}), stmts).matches


def test_a_place_inside_the_gold_place_matches(gold_of):
    events = [dict(GOLD["events"][0], place="Bourem"), GOLD["events"][1]]
    s = score(gold_of(events=events), good_report())
    assert s.matches["bamba-attack"] == "event:bamba"  # Bamba LOCATED_IN Bourem (the pack's gazetteer)
    events = [dict(GOLD["events"][0], place="Tarkint"), GOLD["events"][1]]
    assert "bamba-attack" not in score(gold_of(events=events), good_report()).matches


def test_an_event_without_a_place_misses_a_gold_place(gold_of):
    stmts = replace(good_report(), R("event:bamba", "OCCURRED_AT", BAMBA), None)
    assert "bamba-attack" not in score(gold_of(), stmts).matches


def test_a_null_gold_date_matches_on_type_and_place(gold_of):
    events = [dict(GOLD["events"][0], date=None), GOLD["events"][1]]
    stmts = replace(good_report(), R("event:bamba", "date", value="2020-04-06"), R("event:bamba", "date", value="2017-01-01"))
    assert score(gold_of(events=events), stmts).matches["bamba-attack"] == "event:bamba"


def test_class_must_be_the_gold_type(gold_of):
    stmts = replace(good_report(), R("event:bamba", "class", value="Attack"), R("event:bamba", "class", value="Clash"))
    assert "bamba-attack" not in score(gold_of(), stmts).matches
    events = [dict(GOLD["events"][0], type="Event"), GOLD["events"][1]]  # the label: any event class
    assert "bamba-attack" in score(gold_of(events=events), stmts).matches


def test_matching_is_one_to_one_and_prefers_the_better_pair(gold_of):
    twin = dict(GOLD["events"][0], key="bamba-second", fatalities={"exact": 5}, perpetrators=[], targets=[])
    g = gold_of(events=[twin, GOLD["events"][0], GOLD["events"][1]])
    s = score(g, good_report())
    # one graph event for two gold events: it goes to the gold event whose slots it fills
    assert s.matches == {"bamba-attack": "event:bamba", "talks": "event:talks"}
    assert s.counts["events"].fn == 1


# -- slots ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("gold,fmin,fmax,ok", [
    ({"exact": 29}, 29, 29, True), ({"exact": 29}, 29, None, False), ({"exact": 29}, 25, 33, False),
    ({"min": 20}, 20, None, True), ({"min": 20}, 20, 25, True), ({"min": 20}, 25, None, False),
    ({"min": 20, "max": 25}, 20, 25, True), ({"max": 10}, None, 10, True), ({"max": 10}, None, None, False),
])
def test_fatalities_agreement(gold, fmin, fmax, ok):
    assert fatalities_agree(gold, fmin, fmax) is ok


def test_wrong_or_extra_slot_values(gold_of):
    stmts = replace(good_report(), R("event:bamba", "fatalities_min", value=20), R("event:bamba", "fatalities_min", value=25))
    stmts = replace(stmts, R("event:talks", "status", value="announced"), R("event:talks", "status", value="ongoing"))
    stmts += [R("event:bamba", "troops", value=300), R("event:bamba", "VICTIM", CISSE)]
    c = score(gold_of(), stmts).counts["slots"]
    # gold: perpetrator, target, fatalities (wrong), status (wrong), participant
    assert (c.tp, c.fn, c.fp) == (3, 2, 4)


def test_concerns_and_name(gold_of):
    events = [dict(GOLD["events"][0], name="the Bamba attack"), dict(GOLD["events"][1], concerns="bamba-attack")]
    g = gold_of(events=events)
    c = score(g, good_report()).counts["slots"]
    assert c.fn == 2 and c.fp == 0
    stmts = good_report() + [R("event:talks", "CONCERNS", "event:bamba"), R("event:bamba", "alias", value="The Bamba attack")]
    c = score(g, stmts).counts["slots"]
    assert c.fn == 0 and c.fp == 0


# -- entities -----------------------------------------------------------------------------------

def test_entity_names_compare_without_case_accents_or_punctuation(gold_of):
    stmts = replace(good_report(), R(CISSE, "name", value="Soumaila Cissé"), R(CISSE, "name", value="SOUMAÏLA CISSÉ."))
    s = score(gold_of(), stmts)
    assert s.counts["entities"].f1 == 1.0


def test_entities_need_provenance_from_the_report(gold_of):
    stmts = replace(good_report(), R(BOUREM, "name", value="Bourem"), None)
    stmts = replace(stmts, R(BAMBA, "LOCATED_IN", BOUREM), None)
    s = score(gold_of(), stmts)
    assert {"report": "report.txt", "kind": "entity", "item": "Bourem (Place)"} in s.misses  # the pack alone knows it
    # an entity the report only points at (a target, a place) has provenance from it
    stmts = [st for st in good_report() if not (st.subject == FAMA and st.predicate == "name")]
    assert score(gold_of(), stmts).counts["entities"].fn == 0


def test_cited_sources_count_as_the_report(gold_of):
    stmts = replace(good_report(), R(BOUREM, "name", value="Bourem"), R(BOUREM, "name", value="Bourem", source=CITED))
    assert score(gold_of(), stmts).counts["entities"].fn == 0


def test_entity_false_positives_and_also_ok(gold_of):
    stmts = good_report() + [R("actor:new-group", "class", value="ArmedGroup"), R("actor:new-group", "name", value="Some Brigade"),
                             R(MALI, "name", value="Mali"), R(KORO, "name", value="Koro")]
    s = score(gold_of(), stmts)
    e = s.counts["entities"]
    assert (e.tp, e.fp, e.fn) == (5, 2, 0)  # Mali is also_ok; Koro and the new group are not
    items = {f["item"] for f in s.false_positives if f["kind"] == "entity"}
    assert items == {"Some Brigade (ArmedGroup, actor:new-group)", "Koro (AdminArea, place:ml/mopti/koro)"}


def test_type_accuracy_is_exact_class_or_subclass(gold_of):
    stmts = good_report() + [R("actor:x", "class", value="Government"), R("actor:x", "name", value="JNIM")]
    s = score(gold_of(), stmts)
    assert (s.type_found, s.type_correct) == (5, 5)  # one of the two "JNIM" entities has the right class
    entities = [dict(e) for e in GOLD["entities"]]
    entities[3]["type"] = "Place"        # Bamba is a Settlement: a kind of Place
    entities[4]["type"] = "Settlement"   # Bourem here is the cercle (AdminArea): wrong
    s = score(gold_of(changes={"entities": entities}), good_report())
    assert (s.type_found, s.type_correct) == (5, 4)
    assert {"report": "report.txt", "kind": "type", "item": "Bourem: gold Settlement, graph AdminArea"} in s.misses


# -- relations ----------------------------------------------------------------------------------

def test_relations_from_the_pack_alone_are_not_credited(gold_of):
    g = gold_of(changes={"relations": GOLD["relations"] + [{"subject": "Katiba Macina", "predicate": "PART_OF", "object": "JNIM"}]})
    s = score(g, good_report())
    assert s.counts["relations"].fn == 1
    s = score(g, good_report() + [R(KM, "PART_OF", JNIM)])
    assert s.counts["relations"].f1 == 1.0


def test_relation_false_positives_and_symmetric_relations(gold_of):
    g = gold_of(changes={"relations": GOLD["relations"] + [{"subject": "talks", "predicate": "LINKED_TO", "object": "bamba-attack"}]})
    stmts = good_report() + [R("event:bamba", "LINKED_TO", "event:talks"), R(JNIM, "OPERATES_IN", GAO)]
    s = score(g, stmts)
    r = s.counts["relations"]
    assert (r.tp, r.fp, r.fn) == (3, 1, 0)
    assert any(f["item"].startswith("JNIM OPERATES_IN Gao") for f in s.false_positives)


def test_a_gold_name_may_match_several_graph_entities(gold_of):
    g = gold_of(changes={"relations": [{"subject": "Bamba", "predicate": "LOCATED_IN", "object": "Koro"}],
                         "also_ok": ["Mali", "Koro"]})
    assert score(g, good_report() + [R(BAMBA_KORO, "LOCATED_IN", KORO)]).counts["relations"].tp == 1


# -- several reports, output ----------------------------------------------------------------------

def test_combine_has_exactly_the_documented_keys(gold_of):
    a = score(gold_of(), good_report())
    b = score(gold_of(), [st for st in good_report() if st.predicate != "TARGETED"])
    out = combine([a, b])
    assert set(out) == {"reports", *CATEGORIES, "overall", "type_accuracy", "misses", "false_positives"}
    assert out["reports"] == 2
    for c in (*CATEGORIES, "overall"):
        assert set(out[c]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert out["slots"]["tp"] == a.counts["slots"].tp + b.counts["slots"].tp
    assert out["overall"]["fn"] == 1
    assert out["misses"] == [{"report": "report.txt", "kind": "slot", "item": "bamba-attack: target Malian Armed Forces"}]
    text = render_table(out, [a, b])
    assert "attributions with confidence" in text and "target Malian Armed Forces" in text
    json.dumps(out)


# -- malformed gold -------------------------------------------------------------------------------

@pytest.mark.parametrize("change,message", [
    ({"events": [{"key": "a", "type": "Raid", "date": "2020", "place": None}]}, "unknown event type 'Raid'"),
    ({"events": [{"key": "a", "type": "Attack", "date": "2020-13", "place": None}]}, "no month 13"),
    ({"events": [{"key": "a", "type": "Attack", "date": "6 April", "place": None}]}, "not an ISO date"),
    ({"events": [{"key": "a", "type": "Attack", "date": None, "place": None,
                  "perpetrators": [{"actor": "JNIM", "confidence": "sure"}]}]}, "confidence must be one of"),
    ({"events": [{"key": "a", "type": "Attack", "date": None, "place": None, "fatalities": {"about": 3}}]}, "fatalities"),
    ({"events": [{"key": "a", "type": "Attack", "date": None, "place": None, "concerns": "b"}]}, "concerns"),
    ({"relations": [{"subject": "JNIM", "predicate": "FRIENDS_WITH", "object": "ISGS"}]}, "unknown predicate"),
    ({"entities": [{"name": "JNIM"}]}, "needs a name and a type"),
    ({"entities": [{"name": "JNIM", "type": "Attack"}]}, "not an actor or place class"),
    ({"report": "missing.txt"}, "report not found"),
])
def test_malformed_gold_is_refused_with_a_reason(gold_of, change, message):
    with pytest.raises(InputError, match=message):
        gold_of(changes=change)


def test_malformed_gold_file_names_file_and_line(tmp_path):
    from conflictkg.evaluate import load_gold

    (tmp_path / "r.txt").write_text("x", encoding="utf-8")
    p = tmp_path / "g.yaml"
    p.write_text("report: r.txt\nentities: []\nevents:\n  - key: a\n    type: Raid\n    date: 2020\n    place: null\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_gold(p)
    assert str(e.value).startswith(f"{p}:4: malformed gold file")
    p.write_text("report: [r.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid YAML"):
        load_gold(p)
    p.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="top level must be a mapping"):
        load_gold(p)
