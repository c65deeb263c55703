"""The JSON-LD writer: the same graph as the triples it was given (and as rdflib's serializer
wrote), read back by rdflib's JSON-LD parser, on hostile terms and on the exports; compared as
graphs, never as bytes."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from conflictkg.exports.jsonld import serialize
from conflictkg.exports.rdf import generate_jsonld, generate_rdf, iri, prefixes
from conflictkg.ontology.generate import namespace

from .test_turtle import EX, HOSTILE, _graph, _same, hostile_triples

PREFIXES = {"ex": EX, "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "unused": "http://u/"}


def _parse(text: str) -> Graph:
    return Graph().parse(data=text, format="json-ld")


def _no_space(triples):
    return [t for t in triples if not any(isinstance(x, URIRef) and " " in x for x in t)]


def test_hostile_terms_round_trip_as_the_same_graph():
    triples = _no_space(hostile_triples())
    text = serialize(triples, PREFIXES)
    doc = json.loads(text)  # plain JSON first of all
    assert _same(_parse(text), triples)
    assert "unused" not in doc["@context"]  # only the prefixes used are declared
    s = next(n for n in doc["@graph"] if n["@id"] == "ex:s")
    assert s["@type"] == ["ex:Thing", "ex:Other"]


def test_an_iri_with_a_space_is_refused_not_lost():
    """A JSON-LD processor drops the triple (Turtle escapes the space; our exports percent-encode it)."""
    import pytest

    spaced = [t for t in hostile_triples() if t not in _no_space(hostile_triples())]
    assert spaced
    with pytest.raises(ValueError, match="holds a space"):
        serialize(spaced, PREFIXES)


def test_a_local_part_that_looks_like_an_authority_is_not_compacted():
    """"ex://x" would be read as an absolute IRI with scheme ex."""
    t = [(URIRef(EX + "//host/x"), RDFS.label, Literal("x")), (URIRef(EX + "s"), RDFS.seeAlso, URIRef(EX + "//y"))]
    assert _same(_parse(serialize(t, PREFIXES)), t)


def test_types_that_are_not_iris_stay_triples():
    b = BNode()
    t = [(URIRef(EX + "s"), RDF.type, b), (b, RDFS.label, Literal("a class without a name")),
         (URIRef(EX + "s"), RDF.type, Literal("not a class")), (URIRef(EX + "s"), RDF.type, URIRef(EX + "C"))]
    assert isomorphic(_parse(serialize(t, PREFIXES)), _graph(t))


def test_blank_nodes_stay_one_node_each():
    b1, b2 = BNode(), BNode()
    triples = [(b1, RDFS.seeAlso, b2), (b2, RDFS.label, Literal("inside")), (URIRef(EX + "s"), RDFS.seeAlso, b1),
               (b1, RDFS.label, Literal("outer"))]
    assert isomorphic(_parse(serialize(triples, {"ex": EX})), _graph(triples))


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=" "), max_size=30))
def test_any_text_survives(text, local):
    s = URIRef(EX + local)
    triples = [(s, RDFS.label, Literal(text)), (s, RDFS.comment, Literal(text, lang="en"))]
    assert _same(_parse(serialize(triples, {"ex": EX, "rdfs": str(RDFS)})), triples)


def test_export_of_the_fixture_store_is_the_rdflib_graph(sub):
    for with_ontology in (False, True):
        text = generate_jsonld(sub, with_ontology=with_ontology)
        g = generate_rdf(sub, with_ontology=with_ontology)
        assert isomorphic(_parse(text), g)
        assert isomorphic(_parse(text), _parse(g.serialize(format="json-ld")))
    doc = json.loads(text)
    assert doc["@context"]["ckg"] == str(namespace()) and doc["@context"]["actor"] == prefixes()["actor"]
    jnim = next(n for n in doc["@graph"] if n["@id"] == "actor:jnim")
    assert "ckg:Actor" in jnim["@type"] and {"@value": "JNIM"} in jnim["rdfs:label"]
    assert str(iri("actor:jnim")) == prefixes()["actor"] + "jnim"


def test_the_export_does_not_go_through_rdflibs_jsonld_serializer(sub, monkeypatch):
    from rdflib.plugins.serializers.jsonld import JsonLDSerializer

    def refuse(*a, **k):
        raise AssertionError("rdflib's JSON-LD serializer was used")

    monkeypatch.setattr(JsonLDSerializer, "serialize", refuse)
    assert isomorphic(_parse(generate_jsonld(sub)), generate_rdf(sub))


def test_a_synthetic_graph_with_hostile_strings_exports_the_same_graph():
    from conflictkg.exports.select import Subgraph

    nodes = {f"actor:h{i}": {"id": f"actor:h{i}", "label": "Actor", "class": "ArmedGroup", "name": text,
                             "aliases": [text, text + "2"], "sources": ["source:s 1>2"], "verified": i % 2 == 0}
             for i, text in enumerate(HOSTILE)}
    nodes["actor:a>b c\"d"] = {"id": "actor:a>b c\"d", "label": "Actor", "class": "Person", "name": "odd id"}
    nodes["event:e1"] = {"id": "event:e1", "label": "Event", "class": "Attack", "name": "x",
                         "fatalities_min": 3, "fatalities_max": "not a number", "lat": 17.033, "date": "2020-04"}
    edges = [{"id": "rel:1", "type": "ATTRIBUTED_TO", "from": "event:e1", "to": "actor:h0", "confidence": "claimed"}]
    claims = {"rel:1": [{"id": "claim:c1", "subject": "event:e1", "predicate": "ATTRIBUTED_TO", "object": "actor:h0",
                         "source": "source:s 1>2", "quote": HOSTILE[5] + HOSTILE[9], "confidence": "claimed"}]}
    sources = {"source:s 1>2": {"id": "source:s 1>2", "name": "A \"source\"\n", "url": "javascript:alert(1)>"}}
    sub = Subgraph(nodes, edges, claims, sources)
    g = generate_rdf(sub, with_ontology=False)
    assert _same(_parse(generate_jsonld(sub, with_ontology=False)), g)
