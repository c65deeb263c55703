"""Which part of the graph an export shows: focus, types, dates, confidence; and nothing mutated."""
from __future__ import annotations

import copy

import pytest

from conflictkg.exports import ExportError, local_neighbourhood, select
from conflictkg.exports.select import confidence_levels, date_window, display_name

BAMBA = "event:2020-04-06-attack-bamba"
SOKOLO = "event:2020-01-26-attack-sokolo"
RELEASE = "event:2020-10-08-release-cisse"


def _edges(sub):
    return {(e["from"], e["type"], e["to"]) for e in sub.edges}


def test_default_shows_actors_events_places_with_provenance(sub):
    assert set(sub.counts()) == {"Actor", "Event", "Place"}
    assert sub.counts() == {"Actor": 8, "Event": 3, "Place": 13}
    assert (BAMBA, "ATTRIBUTED_TO", "actor:jnim") in _edges(sub)
    # every relationship keeps each source's own claim
    e = next(e for e in sub.edges if (e["from"], e["type"], e["to"]) == (BAMBA, "ATTRIBUTED_TO", "actor:jnim"))
    claims = sub.claims[e["id"]]
    assert {(c["source"], c["confidence"]) for c in claims} == {("source:thread", "claimed"), ("source:news", "attributed")}
    assert {"source:thread", "source:news"} <= set(sub.sources)
    # property claims of an event (two death tolls) are kept too
    tolls = {(c["source"], c["value"]) for c in sub.node_claims(BAMBA) if c["predicate"] == "fatalities_min"}
    assert tolls == {("source:thread", "20"), ("source:news", "25")}


def test_select_copies_rows(export_proj):
    before = copy.deepcopy(export_proj)
    s = select(export_proj)
    for n in s.nodes.values():
        n["name"] = "changed"
        (n.get("sources") or []).append("x")
    for e in s.edges:
        e["sources"].append("x")
    assert export_proj == before


def test_types_labels_and_classes(export_proj):
    actors = select(export_proj, types=["Actor"])
    assert set(actors.counts()) == {"Actor"}
    assert all(e["type"] in {"PART_OF", "RIVAL_OF", "HELD_HOSTAGE_BY"} for e in actors.edges)
    mixed = select(export_proj, types=["Attack,ArmedGroup"])
    assert {n.get("class") for n in mixed.nodes.values()} == {"Attack", "ArmedGroup"}
    sources = select(export_proj, types=["Source"])
    assert set(sources.counts()) == {"Source"}
    with pytest.raises(ExportError, match="Brigade"):
        select(export_proj, types=["Brigade"])
    with pytest.raises(ExportError, match="provenance"):
        select(export_proj, types=["Claim"])


def test_date_window(export_proj):
    s = select(export_proj, since="2020-04", until="2020-06")
    events = {i for i, n in s.nodes.items() if n["label"] == "Event"}
    assert events == {BAMBA}
    # the hostage relationship (25 March - 8 October 2020) overlaps April; JNIM-al-Qaeda (2017-) too
    assert ("actor:soumaila-cisse", "HELD_HOSTAGE_BY", "actor:jnim") in _edges(s)
    assert any("outside the date window" in n for n in s.notes)
    later = select(export_proj, since="2020-11")
    assert not any(n["label"] == "Event" for n in later.nodes.values())
    assert ("actor:soumaila-cisse", "HELD_HOSTAGE_BY", "actor:jnim") not in _edges(later)
    # the month-precision release (2020-10) overlaps a window ending on 1 October
    assert RELEASE in select(export_proj, since="2020-09-15", until="2020-10-01").nodes
    with pytest.raises(ExportError, match="after"):
        select(export_proj, since="2021", until="2020")
    with pytest.raises(ExportError, match="--since"):
        select(export_proj, since="April 2020")


def test_min_confidence(export_proj):
    probable = select(export_proj, min_confidence="probable")
    e = _edges(probable)
    assert (SOKOLO, "ATTRIBUTED_TO", "actor:katiba-macina") in e          # probable
    assert (BAMBA, "ATTRIBUTED_TO", "actor:isgs") not in e                # possible
    assert (SOKOLO, "ATTRIBUTED_TO", "actor:isgs") not in e               # denied
    assert ("actor:xss-test", "PART_OF", "actor:jnim") not in e           # possible
    # an actor whose only relationship was dropped goes too; ungraded structure stays
    assert "actor:xss-test" not in probable.nodes
    claimed = select(export_proj, min_confidence="claimed")
    assert {t for _, t, _ in _edges(claimed) if t == "ATTRIBUTED_TO"} == {"ATTRIBUTED_TO"}
    assert [x for x in _edges(claimed) if x[1] == "ATTRIBUTED_TO"] == [(BAMBA, "ATTRIBUTED_TO", "actor:jnim")]
    assert confidence_levels("attributed") == {"claimed", "attributed"}
    with pytest.raises(ExportError, match="strongest first"):
        confidence_levels("denied")


def test_focus_neighbourhood_and_ids(export_proj):
    ids = local_neighbourhood(export_proj, "actor:katiba-macina", 1)
    assert ids == {"actor:katiba-macina", "actor:jnim", SOKOLO}
    two = local_neighbourhood(export_proj, "actor:katiba-macina", 2)
    assert {BAMBA, "actor:al-qaeda", "actor:isgs", "actor:soumaila-cisse"} <= two
    actors_only = local_neighbourhood(export_proj, "actor:katiba-macina", 2, types=["Actor"])
    assert all(i.startswith("actor:") for i in actors_only)
    s = select(export_proj, ids=ids, focus="actor:katiba-macina")
    assert set(s.nodes) == ids and s.focus == "actor:katiba-macina"
    assert _edges(s) == {("actor:katiba-macina", "PART_OF", "actor:jnim"),
                         (SOKOLO, "ATTRIBUTED_TO", "actor:katiba-macina")}
    # the focus stays even when a filter would drop it
    lone = select(export_proj, ids={"actor:xss-test"}, focus="actor:xss-test", min_confidence="claimed")
    assert set(lone.nodes) == {"actor:xss-test"}


def test_provenance_nodes(export_proj):
    s = select(export_proj, provenance=True, types=["Actor", "Event"])
    labels = s.counts()
    assert labels["Claim"] > 0 and labels["Source"] > 0
    stated = [e for e in s.edges if e["type"] == "STATED_IN"]
    about = [e for e in s.edges if e["type"] == "ABOUT"]
    assert len(stated) == len(about) == labels["Claim"]
    assert all(e["to"] in s.nodes for e in s.edges) and all(e["from"] in s.nodes for e in s.edges)


def test_date_window_parsing():
    assert date_window("2020", "2020-03") == ("2020-01-01", "2020-03-31")
    assert date_window(None, None) == (None, None)


def test_display_name():
    assert display_name("actor:jnim", {"name": "JNIM"}) == "JNIM"
    # an event named by its id: the stand-in the queries print (select() adds its places)
    assert display_name("event:x", {"name": "event:x", "label": "Event", "class": "Attack", "date": "2020-04"}) == "Attack"
    assert display_name("event:x", {"name": "Attack in Bamba", "label": "Event", "class": "Attack"}) == "Attack in Bamba"


def test_from_networkx_reads_without_touching(export_proj):
    from conflictkg.exports import from_networkx
    from conflictkg.exports.html import generate_html
    from conflictkg.graph.nxgraph import to_networkx

    g = to_networkx(export_proj, include_claims=True)
    before = copy.deepcopy(g)
    sub = from_networkx(g)
    direct = select(export_proj)
    assert set(sub.nodes) == set(direct.nodes)
    assert _edges(sub) == _edges(direct)
    e = next(e for e in sub.edges if (e["from"], e["type"], e["to"]) == (BAMBA, "ATTRIBUTED_TO", "actor:jnim"))
    assert {c["source"] for c in sub.claims[e["id"]]} == {"source:thread", "source:news"}
    assert "source:thread" in sub.sources
    generate_html(sub)
    for n in sub.nodes.values():
        n["name"] = "changed"
    assert dict(g.nodes(data=True)) == dict(before.nodes(data=True))
    assert list(g.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))
