"""GEXF and GraphML round-trip through networkx; Turtle and JSON-LD parse and pass the SHACL
shapes; GeoJSON validates; CSV tables read back with Neo4j's and Kumu's conventions."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

from conflictkg.exports import select
from conflictkg.exports.csvs import generate_csv, write_csv
from conflictkg.exports.geojson import generate_geojson, write_geojson
from conflictkg.exports.gexf import generate_gexf, write_gexf
from conflictkg.exports.graphml import generate_graphml
from conflictkg.exports.rdf import generate_jsonld, generate_rdf, generate_turtle, iri
from conflictkg.exports.tabular import LIST_SEP
from conflictkg.ontology.generate import namespace

from .conftest import XSS_NAME, XSS_QUOTE

HERE = Path(__file__).resolve().parent
SHAPES = HERE.parent.parent / "conflictkg" / "ontology" / "shapes.ttl"
BAMBA = "event:2020-04-06-attack-bamba"


def _triples(sub):
    return sorted((e["from"], e["to"], e["type"]) for e in sub.edges)


def _read_edges(g):
    return sorted((u, v, d["type"]) for u, v, d in g.edges(data=True))


# -- GEXF --------------------------------------------------------------------------------------

def test_gexf_round_trip(sub):
    g = nx.read_gexf(io.BytesIO(generate_gexf(sub)), version="1.3")
    assert set(g.nodes) == set(sub.nodes)
    assert _read_edges(g) == _triples(sub)
    assert g.graph["mode"] == "dynamic"
    jnim = g.nodes["actor:jnim"]
    assert (jnim["type"], jnim["class"], jnim["label"]) == ("Actor", "ArmedGroup", "JNIM")
    assert jnim["start"] == "2017-03-02"                       # founded
    bamba = g.nodes[BAMBA]
    assert (bamba["start"], bamba["end"], bamba["fatalities_min"]) == ("2020-04-06", "2020-04-06", 20)
    assert set(bamba["sources"].split(LIST_SEP)) == {"source:thread", "source:news"}
    assert "start" not in g.nodes["place:ml"]                  # places are always there
    assert g.nodes["actor:xss-test"]["label"] == XSS_NAME
    by_pair = {(u, v, d["type"]): d for u, v, d in g.edges(data=True)}
    att = by_pair[(BAMBA, "actor:jnim", "ATTRIBUTED_TO")]
    assert (att["confidence"], att["n_sources"], att["weight"]) == ("claimed", 2, 2.0)
    assert (att["start"], att["end"]) == ("2020-04-06", "2020-04-06")  # the event's dates
    assert XSS_QUOTE in att["claims"] and "[attributed]" in att["claims"]
    hostage = by_pair[("actor:soumaila-cisse", "actor:jnim", "HELD_HOSTAGE_BY")]
    assert (hostage["start"], hostage["end"]) == ("2020-03-25", "2020-10-08")
    assert by_pair[("event:2020-01-26-attack-sokolo", "actor:isgs", "ATTRIBUTED_TO")]["denied_by"] == "source:news"


def test_gexf_structure(sub):
    import xml.etree.ElementTree as ET

    from conflictkg.exports.gexf import NS, NS_VIZ

    root = ET.fromstring(generate_gexf(sub))
    assert root.tag == f"{{{NS}}}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{{{NS}}}graph")
    assert graph.get("timeformat") == "date" and graph.get("defaultedgetype") == "directed"
    node = graph.find(f"{{{NS}}}nodes/{{{NS}}}node[@id='actor:jnim']")
    assert node.find(f"{{{NS_VIZ}}}color").get("r") == "214"          # ArmedGroup red
    assert node.find(f"{{{NS_VIZ}}}position") is not None
    ids = [e.get("id") for e in graph.iter(f"{{{NS}}}edge")]
    assert len(ids) == len(set(ids)) == len(sub.edges)


def test_gexf_with_provenance_round_trips(export_proj, tmp_path):
    s = select(export_proj, provenance=True)
    size = write_gexf(tmp_path / "p.gexf", s)
    g = nx.read_gexf(tmp_path / "p.gexf", version="1.3")
    assert size == (tmp_path / "p.gexf").stat().st_size
    assert set(g.nodes) == set(s.nodes)
    assert _read_edges(g) == _triples(s)
    claim = next(n for n, d in g.nodes(data=True) if d["type"] == "Claim" and d.get("quote") == XSS_QUOTE)
    assert g.has_edge(claim, "source:thread")


# -- GraphML -----------------------------------------------------------------------------------

def test_graphml_round_trip(sub):
    g = nx.read_graphml(io.BytesIO(generate_graphml(sub)), force_multigraph=True)
    assert set(g.nodes) == set(sub.nodes)
    assert _read_edges(g) == _triples(sub)
    assert {k for _, _, k in g.edges(keys=True)} == {e["id"] for e in sub.edges}
    jnim = g.nodes["actor:jnim"]
    assert (jnim["type"], jnim["class"], jnim["name"], jnim["verified"]) == ("Actor", "ArmedGroup", "JNIM", True)
    assert g.nodes["actor:xss-test"]["name"] == XSS_NAME
    assert g.nodes["place:ml"]["lat"] == pytest.approx(17.57)
    att = next(d for u, v, d in g.edges(data=True) if (u, v, d["type"]) == (BAMBA, "actor:jnim", "ATTRIBUTED_TO"))
    assert (att["confidence"], att["n_sources"]) == ("claimed", 2)
    assert set(att["sources"].split(LIST_SEP)) == {"source:thread", "source:news"}


# -- RDF ---------------------------------------------------------------------------------------

def _shacl(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=Graph().parse(SHAPES), inference="none")
    return conforms, text


def test_turtle_parses_and_conforms_to_the_shapes(sub):
    ttl = generate_turtle(sub)
    g = Graph().parse(data=ttl, format="turtle")
    conforms, text = _shacl(g)
    assert conforms, text
    ckg = namespace()
    jnim, bamba = iri("actor:jnim"), iri(BAMBA)
    assert (jnim, RDF.type, ckg.Actor) in g and (jnim, RDF.type, ckg.ArmedGroup) in g
    assert (jnim, RDF.type, PROV.Agent) in g and (bamba, RDF.type, PROV.Activity) in g
    assert (bamba, ckg.ATTRIBUTED_TO, jnim) in g
    assert (iri("actor:xss-test"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(XSS_NAME)) in g
    # every relationship leads to each source's claim: quote, confidence, PROV links
    claims = list(g.subjects(RDF.predicate, ckg.ATTRIBUTED_TO))
    about_jnim = [c for c in claims if (c, RDF.subject, bamba) in g and (c, RDF.object, jnim) in g]
    assert len(about_jnim) == 2
    by_source = {g.value(c, PROV.wasDerivedFrom): c for c in about_jnim}
    thread = by_source[iri("source:thread")]
    assert g.value(thread, ckg.quote) == Literal(XSS_QUOTE)
    assert g.value(thread, ckg.confidence) == Literal("claimed")
    assert (thread, PROV.wasAttributedTo, iri("source:thread")) in g
    assert (thread, ckg.STATED_IN, iri("source:thread")) in g
    assert (thread, RDF.type, PROV.Entity) in g and (thread, RDF.type, ckg.Claim) in g
    assert (iri("source:thread"), RDF.type, ckg.Source) in g
    # the death tolls as per-source claims with typed values
    tolls = {g.value(c, RDF.object) for c in g.subjects(RDF.predicate, ckg.fatalities_min) if (c, RDF.subject, bamba) in g}
    assert {t.toPython() for t in tolls} == {20, 25}
    assert (None, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")) in g  # the ontology comes along


def test_shapes_catch_a_broken_export(sub):
    """The SHACL check is not vacuous: a relationship to the wrong class or a bad vocabulary term fails."""
    ckg = namespace()
    g = generate_rdf(sub, with_ontology=False)
    assert _shacl(g)[0]
    bad = generate_rdf(sub, with_ontology=False)
    bad.add((iri("actor:jnim"), ckg.PART_OF, iri("place:ml")))
    assert not _shacl(bad)[0]
    bad = generate_rdf(sub, with_ontology=False)
    claim = next(bad.subjects(ckg.confidence, Literal("claimed")))
    bad.set((claim, ckg.confidence, Literal("certain")))
    conforms, text = _shacl(bad)
    assert not conforms and "certain" in text


def test_jsonld_is_the_same_graph(sub):
    ttl = Graph().parse(data=generate_turtle(sub, with_ontology=False), format="turtle")
    jl = Graph().parse(data=generate_jsonld(sub, with_ontology=False), format="json-ld")
    assert isomorphic(ttl, jl)
    doc = json.loads(generate_jsonld(sub, with_ontology=False))
    assert doc["@context"]["ckg"] == str(namespace())


# -- GeoJSON -----------------------------------------------------------------------------------

def test_geojson_validates_and_places_events(sub, tmp_path):
    import jsonschema

    schema = json.loads((HERE / "fixtures" / "geojson-points.schema.json").read_text())
    write_geojson(tmp_path / "g.geojson", sub)
    doc = json.loads((tmp_path / "g.geojson").read_text())
    jsonschema.validate(doc, schema)
    feats = {f["id"]: f for f in doc["features"]}
    bamba = feats[BAMBA]
    # no coordinates of its own: placed at Bamba (Bourem), and it says so
    assert bamba["properties"]["coordinates_from"] == "place:ml/gao/bourem/bamba"
    assert bamba["geometry"]["coordinates"] == [-1.4, 17.033]
    assert bamba["properties"]["geo_precision"] == "exact"
    assert {s["id"] for s in bamba["properties"]["sources"]} == {"source:thread", "source:news"}
    assert any(a["id"] == "actor:jnim" and a["confidence"] == "claimed" for a in bamba["properties"]["actors"])
    assert feats["place:ml"]["properties"]["geo_precision"] == "region"
    # events without any place are counted, not dropped silently
    assert doc["conflictkg"]["without_coordinates"]["Event"] == 2
    assert "event:2020-01-26-attack-sokolo" not in feats
    # the schema does reject a swapped or out-of-range point
    broken = json.loads(json.dumps(doc))
    broken["features"][0]["geometry"]["coordinates"] = [17.0, 200.0]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_geojson_honours_filters(export_proj):
    doc = generate_geojson(select(export_proj, types=["Event", "Place"], since="2021"))
    assert not any(f["properties"]["label"] == "Event" for f in doc["features"])


# -- CSV ---------------------------------------------------------------------------------------

def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_neo4j_headers_and_values(sub, tmp_path):
    sizes = write_csv(tmp_path / "out", sub)
    assert set(sizes) == {"nodes.csv", "relationships.csv"}
    nodes = _rows((tmp_path / "out" / "nodes.csv").read_text())
    rels = _rows((tmp_path / "out" / "relationships.csv").read_text())
    assert list(nodes[0])[:4] == ["id:ID", ":LABEL", "name", "class"]
    assert list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "fatalities_min:long" in nodes[0] and "lat:double" in nodes[0] and "sources:string[]" in nodes[0]
    assert len(nodes) == len(sub.nodes) and len(rels) == len(sub.edges)
    by_id = {r["id:ID"]: r for r in nodes}
    assert by_id["actor:jnim"][":LABEL"].split("|") == ["Actor", "ArmedGroup"]
    assert by_id["actor:xss-test"]["name"] == XSS_NAME
    assert by_id[BAMBA]["fatalities_min:long"] == "20"
    ids = set(by_id)
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    att = next(r for r in rels if (r[":START_ID"], r[":END_ID"], r[":TYPE"]) == (BAMBA, "actor:jnim", "ATTRIBUTED_TO"))
    assert set(att["sources:string[]"].split("|")) == {"source:thread", "source:news"}
    assert XSS_QUOTE in att["evidence:string[]"].split("|")


def test_csv_kumu_columns_and_formula_guard(export_proj):
    from conflictkg.exports.select import Subgraph

    s = select(export_proj, types=["Actor"])
    s.nodes["actor:jnim"] = dict(s.nodes["actor:jnim"], description="=HYPERLINK(\"http://x\")")
    out = generate_csv(Subgraph(s.nodes, s.edges, s.claims, s.sources), flavour="kumu")
    nodes, rels = _rows(out["nodes.csv"]), _rows(out["relationships.csv"])
    assert list(nodes[0])[:5] == ["ID", "Label", "Type", "Description", "Tags"]
    assert list(rels[0])[:4] == ["From", "To", "Type", "Direction"]
    jnim = next(r for r in nodes if r["ID"] == "actor:jnim")
    assert jnim["Label"] == "JNIM" and jnim["Description"].startswith("'=")
    rival = next(r for r in rels if r["Type"] == "RIVAL_OF")
    assert rival["Direction"] == "undirected"
    neo = _rows(generate_csv(Subgraph(s.nodes, s.edges, s.claims, s.sources))["nodes.csv"])
    assert next(r for r in neo if r["id:ID"] == "actor:jnim")["description"].startswith("=")


def test_csv_list_elements_keep_their_separator_out(export_proj):
    from conflictkg.exports.tabular import join_list

    assert join_list(["a|b", "c"]).split(LIST_SEP) == ["a¦b", "c"]


def test_geojson_has_flat_columns_for_map_tools(sub):
    """QGIS, kepler.gl or uMap show a nested list as raw JSON in an attribute table or a popup and
    cannot style by it: who, where and which sources are also plain text columns."""
    feats = {f["id"]: f for f in generate_geojson(sub)["features"]}
    p = feats[BAMBA]["properties"]
    # strongest first; the denial-free possible attribution kept, with its level
    assert p["attributed_to"] == "JNIM (claimed); ISGS (possible)"
    assert p["place_names"] == "Bamba"
    assert p["source_titles"] == "Mali: soldiers killed near Bourem <b>live</b>; Thread on the Bamba attack"
    assert p["n_sources"] == 2
    assert feats["place:ml"]["properties"]["source_titles"]
