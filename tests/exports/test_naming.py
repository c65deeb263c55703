"""One name per event in every export, and the one the queries print: an event without a name of
its own (a fused event whose dataset name contradicted its class, or one only ever stated about)
is "Attack in Bamba" (``graph.statements.event_name``), whatever the format or the filters."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from conflictkg.exports import from_networkx, select
from conflictkg.exports.csvs import generate_csv
from conflictkg.exports.geojson import generate_geojson
from conflictkg.exports.gexf import generate_gexf
from conflictkg.exports.graphml import generate_graphml
from conflictkg.exports.html import generate_html
from conflictkg.exports.rdf import generate_turtle, iri
from conflictkg.graph.nxgraph import to_networkx
from conflictkg.queries import run

from .conftest import MINIPACK

ATTACK = "event:2020-05-01-attack-bamba"
TALKS = "event:2020-05-03-negotiation-jnim"
FACTS = """
sources:
  - {id: note, url: "https://example.org/notes/unnamed", title: "A note", published: 2020-05-04}
statements:
  - {subject: event:2020-05-01-attack-bamba, predicate: class, value: Attack, source: note, quote: "an attack"}
  - {subject: event:2020-05-01-attack-bamba, predicate: date, value: 2020-05-01, source: note, quote: "on 1 May"}
  - {subject: event:2020-05-01-attack-bamba, predicate: OCCURRED_AT, object: place:ml/gao/bourem/bamba, source: note, quote: "at Bamba"}
  - {subject: event:2020-05-01-attack-bamba, predicate: ATTRIBUTED_TO, object: JNIM, source: note, confidence: attributed, quote: "by JNIM"}
  - {subject: event:2020-05-03-negotiation-jnim, predicate: class, value: Negotiation, source: note, quote: "talks"}
  - {subject: event:2020-05-03-negotiation-jnim, predicate: date, value: 2020-05-03, source: note, quote: "on 3 May"}
  - {subject: event:2020-05-03-negotiation-jnim, predicate: PARTICIPANT, object: JNIM, source: note, quote: "JNIM took part"}
  - {subject: event:2020-05-02-kidnapping-gao, predicate: class, value: Kidnapping, source: note, quote: "was kidnapped"}
  - {subject: event:2020-05-02-kidnapping-gao, predicate: date, value: 2020-05-02, source: note, quote: "on 2 May"}
  - {subject: event:2020-05-02-kidnapping-gao, predicate: VICTIM, object: actor:soumaila-cisse, source: note, quote: "Cissé was kidnapped"}
  - {subject: event:2020-05-02-kidnapping-gao, predicate: ATTRIBUTED_TO, object: JNIM, source: note, confidence: attributed, quote: "by JNIM"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: class, value: Negotiation, source: note, quote: "talks"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: date, value: 2020-05-04, source: note, quote: "on 4 May"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: OCCURRED_AT, object: place:ml/gao/gao/gao, source: note, quote: "in Gao"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: PARTICIPANT, object: JNIM, source: note, quote: "JNIM"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: PARTICIPANT, object: actor:government-of-mali, source: note, quote: "the government"}
  - {subject: event:2020-05-04-negotiation-gao, predicate: CONCERNS, object: event:2020-05-02-kidnapping-gao, source: note, quote: "about his release"}
"""
TALKS_GAO = "event:2020-05-04-negotiation-gao"


@pytest.fixture(scope="module")
def unnamed(tmp_path_factory):
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("naming")
    (d / "facts.yaml").write_text(FACTS, encoding="utf-8")
    kg = KG(d / "kg.db", pack=str(MINIPACK))
    kg.ingest([d / "facts.yaml"])
    with kg.engine() as eng:
        rows = run("timeline", eng, kg.resolver(), entity="JNIM").rows
    return kg, kg.projection(), {r[-1]: r[2] for r in rows}


def _names(sub) -> dict[str, dict[str, str]]:
    """What each format calls each node."""
    out: dict[str, dict[str, str]] = {}
    page = generate_html(sub)
    data = json.loads(re.search(r'<script type="application/json" id="ckg-data">(.*?)</script>', page, re.S).group(1))
    out["html details"] = {i: d["name"] for i, d in data["nodes"].items()}
    ns = {"g": "http://gexf.net/1.3"}
    out["gexf label"] = {n.get("id"): n.get("label") for n in ET.fromstring(generate_gexf(sub)).iterfind(".//g:node", ns)}
    g = nx.read_graphml(io.BytesIO(generate_graphml(sub)))
    out["graphml name"] = {i: a["name"] for i, a in g.nodes(data=True)}
    tables = generate_csv(sub, flavour="kumu")
    out["kumu Label"] = {r["ID"]: r["Label"] for r in csv.DictReader(io.StringIO(tables["nodes.csv"]))}
    tables = generate_csv(sub, flavour="neo4j")
    out["neo4j name"] = {r["id:ID"]: r["name"] for r in csv.DictReader(io.StringIO(tables["nodes.csv"]))}
    out["geojson name"] = {f["properties"]["id"]: f["properties"]["name"] for f in generate_geojson(sub)["features"]}
    rdf = Graph().parse(data=generate_turtle(sub, with_ontology=False), format="turtle")
    out["rdfs:label"] = {i: str(rdf.value(iri(i), RDFS.label)) for i in sub.nodes}
    return out


def test_every_export_names_an_unnamed_event_as_the_queries_do(unnamed):
    _kg, proj, query_names = unnamed
    assert {ATTACK: "Attack in Bamba", TALKS: "Negotiation", TALKS_GAO: "Negotiation in Gao"}.items() <= query_names.items()
    for types in (None, ["Event", "Actor"]):  # without its place in the picture, the name stays
        sub = select(proj, types=types)
        for fmt, names in _names(sub).items():
            for eid, want in query_names.items():
                if eid in names:
                    assert names[eid] == want, (fmt, types, names[eid])
                elif fmt != "geojson name":  # geojson holds only what has a position
                    pytest.fail(f"{fmt}: {eid} missing")


def test_the_vis_label_is_that_name_and_named_things_keep_theirs(unnamed):
    _kg, proj, _ = unnamed
    sub = select(proj)
    page = generate_html(sub)
    assert '"label":"Attack in Bamba"' in page
    assert sub.nodes["actor:jnim"]["name"] == "JNIM"
    assert sub.nodes["place:ml/gao/bourem/bamba"]["name"] == "Bamba"


def test_a_subgraph_from_networkx_names_it_the_same(unnamed):
    _kg, proj, query_names = unnamed
    sub = from_networkx(to_networkx(proj))
    assert sub.nodes[ATTACK]["name"] == query_names[ATTACK]
    assert json.dumps(query_names[ATTACK]) in generate_html(sub)


def test_the_rdf_label_of_a_named_event_is_untouched(unnamed):
    _kg, proj, _ = unnamed
    rdf = Graph().parse(data=generate_turtle(select(proj), with_ontology=False), format="turtle")
    assert (iri("actor:jnim"), RDFS.label, Literal("JNIM")) in rdf


def test_the_queries_that_name_events_by_lookup_say_what_timeline_says(unnamed):
    """neighbourhood (and every query naming an event it reached by id) used to print
    "Attack (event:...)" for the event timeline calls "Attack in Bamba"."""
    kg, _, timeline_names = unnamed
    with kg.engine() as eng:
        rows = run("neighbourhood", eng, kg.resolver(), entity="JNIM").rows
    cells = {str(c) for r in rows for c in r}
    assert timeline_names[ATTACK] in cells, sorted(cells)
    assert not any(f"({ATTACK})" in c for c in cells), sorted(cells)


def test_channels_and_hostages_name_talks_as_timeline_does(unnamed):
    """Their own lookups of the talks they list read no places: channels and hostages called the
    talks held in Gao "Negotiation (event:...)" where timeline and every export say "Negotiation in
    Gao"; and the stand-in of an unplaced event repeated its id, which the answer gives anyway."""
    kg, _, timeline_names = unnamed
    with kg.engine() as eng:
        res = run("channels", eng, kg.resolver(), a="Government of Mali", b="JNIM")
        hostages = run("hostages", eng, kg.resolver())
    vias = {r["via"] for r in res.records()}
    assert timeline_names[TALKS_GAO] in vias, vias
    talks = [t for r in hostages.records() for t in r["talks"]]
    assert talks and all(t.startswith(timeline_names[TALKS_GAO] + " (2020-05-04") for t in talks), talks
    cells = {str(c) for r in res.rows + hostages.rows for c in r}
    assert not any("(event:" in c for c in cells), sorted(cells)
