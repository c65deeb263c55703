"""RDF (Turtle, JSON-LD): the ontology plus the statements, with provenance in PROV-O.

Entities are typed with their label and class in the ontology namespace
(``conflictkg.ontology.generate.namespace()``) and with their PROV-O counterpart (actors are
``prov:Agent``, events ``prov:Activity``, places ``prov:Location``, sources ``prov:Entity``).
Relationships are plain triples (``actor:katiba-macina ckg:PART_OF actor:jnim``). Each source's
own assertion is a ``ckg:Claim`` (a ``prov:Entity`` and an ``rdf:Statement`` reifying the triple)
with its quote, confidence and validity, ``prov:wasDerivedFrom`` and ``prov:wasAttributedTo`` its
source (``ckg:STATED_IN`` is declared a sub-property of the latter), so a SPARQL user can go from
any triple to the sentence that supports it.

The output conforms to the SHACL shapes generated from the ontology (``shapes.ttl``); the tests
check it with pyshacl. Entity IRIs live beside the ontology: ``https://conflictkg.org/id/actor/jnim``,
written ``actor:jnim`` in Turtle (one prefix per kind of id). The triples are made once
(:func:`statement_triples`); rdflib holds them for the tests (:func:`generate_rdf`); Turtle
and JSON-LD are written by our own writers (``turtle.py``, ``jsonld.py``), several times faster than rdflib's
serializers on a large export.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain
from pathlib import Path
from urllib.parse import quote, urljoin

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from . import jsonld, turtle
from .output import write_text
from ..graph.statements import PREFIX_LABEL
from ..ontology.generate import namespace, to_owl
from ..ontology.model import ONTOLOGY
from .select import Subgraph

SKIP = {"id", "name", "class"}
# looked up once: a Namespace attribute is a method call, and an export makes ~300,000 triples
TYPE, LABEL, IDENTIFIER = RDF.type, RDFS.label, DCTERMS.identifier
STATEMENT, SUBJECT, PREDICATE, OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object
DERIVED_FROM, ATTRIBUTED_TO = PROV.wasDerivedFrom, PROV.wasAttributedTo


def id_namespace() -> Namespace:
    """Where entity IRIs live: ``id/`` beside the ontology namespace."""
    return Namespace(urljoin(str(namespace()), "id/"))


@lru_cache(maxsize=1 << 16)
def iri(entity_id: str) -> URIRef:
    """``actor:jnim`` → ``<https://conflictkg.org/id/actor/jnim>`` (path-safe, reversible)."""
    prefix, _, rest = entity_id.partition(":")
    return URIRef(str(id_namespace()) + quote(prefix, safe="") + "/" + quote(rest, safe="/-._~"))


def prefixes() -> dict[str, str]:
    """The prefixes of the Turtle export: the vocabularies, and one per kind of id (``actor:jnim``
    is ``actor:jnim`` in Turtle too)."""
    out = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "prov": str(PROV),
           "dcterms": str(DCTERMS), ONTOLOGY.prefix: str(namespace()), "id": str(id_namespace())}
    for kind in sorted({p for p in PREFIX_LABEL if p not in out}):
        out[kind] = str(id_namespace()) + quote(kind, safe="") + "/"
    return out


def _literal(value, typ: str) -> Literal | None:
    base = typ.rstrip("[]")
    try:
        if base == "INT64":
            return Literal(int(value), datatype=XSD.integer)
        if base == "DOUBLE":
            return Literal(float(value), datatype=XSD.double)
        if base == "BOOLEAN":
            v = value if isinstance(value, bool) else str(value).lower() == "true"
            return Literal(v, datatype=XSD.boolean)
    except (TypeError, ValueError):
        return None
    # Plain literals are xsd:string in RDF 1.1; rdflib (and pyshacl's sh:in) tell "B" from
    # "B"^^xsd:string, and the shapes list vocabulary terms as plain literals.
    return Literal(str(value))


class _Vocab:
    """The ontology's IRIs, made once per export rather than once per triple."""

    def __init__(self):
        ckg = namespace()
        self.ckg = ckg
        self.label = {lb: ckg[lb] for lb in ONTOLOGY.labels}
        # the labels exported (the Month date buckets are not, and are no PROV term)
        self.prov = {lb: PROV[d["prov"]] for lb, d in ONTOLOGY.labels.items() if d.get("prov")}
        self.cls = {c: (ckg[c], d.label) for c, d in ONTOLOGY.classes.items()}
        self.props = {lb: [(p.name, p.type, ckg[p.name]) for p in ONTOLOGY.props_for(lb) if p.name not in SKIP]
                      for lb in ONTOLOGY.labels}
        self.rel = {r: ckg[r] for r in ONTOLOGY.relationships}


def _node(v: _Vocab, node_id: str, row: dict, label: str):
    s = iri(node_id)
    yield s, TYPE, v.label[label]
    yield s, TYPE, v.prov[label]
    cls = v.cls.get(row.get("class"))
    if cls and cls[1] == label:
        yield s, TYPE, cls[0]
    yield s, LABEL, Literal(str(row.get("name") or node_id))
    yield s, IDENTIFIER, Literal(node_id)
    for name, typ, pred in v.props[label]:
        val = row.get(name)
        if val is None or val == [] or val == "":
            continue
        for item in (val if isinstance(val, list) else [val]):
            lit = _literal(item, typ)
            if lit is not None:
                yield s, pred, lit


def statement_triples(sub: Subgraph):
    """The triples of ``sub``'s entities, relationships and claims (rdflib terms), without the
    ontology; one triple may come more than once (a graph keeps it once)."""
    v = _Vocab()
    for i, n in sub.nodes.items():
        if n["label"] == "Claim":
            continue  # claims are written below, with their provenance links
        yield from _node(v, i, n, n["label"])
    for sid, s in sub.sources.items():
        if sid not in sub.nodes:
            yield from _node(v, sid, s, "Source")
    for e in sub.edges:
        if ONTOLOGY.rel(e["type"]).internal:
            continue
        yield iri(e["from"]), v.rel[e["type"]], iri(e["to"])
    for cs in sub.claims.values():
        for c in cs:
            yield from _claim(v, c, sub)


def generate_rdf(sub: Subgraph, *, with_ontology: bool = True) -> Graph:
    """The statements of ``sub`` (and the ontology) as an rdflib Graph."""
    g = to_owl() if with_ontology else Graph()
    for p, ns in (("prov", PROV), ("dcterms", DCTERMS), (ONTOLOGY.prefix, namespace()), ("id", id_namespace())):
        g.bind(p, ns)
    for t in statement_triples(sub):
        g.add(t)
    return g


def _claim(v: _Vocab, c: dict, sub: Subgraph):
    s = iri(c["id"])
    yield from _node(v, c["id"], c, "Claim")
    src = iri(c["source"])
    if c["source"] not in sub.sources and c["source"] not in sub.nodes:
        yield from _node(v, c["source"], {"name": c["source"]}, "Source")
    yield s, TYPE, STATEMENT
    yield s, v.rel["STATED_IN"], src
    yield s, DERIVED_FROM, src
    yield s, ATTRIBUTED_TO, src
    yield s, v.rel["ABOUT"], iri(c["subject"])
    yield s, SUBJECT, iri(c["subject"])
    pred = c["predicate"]
    yield s, PREDICATE, v.ckg[pred]
    if c.get("object"):
        yield s, OBJECT, iri(c["object"])
    elif c.get("value") is not None:
        pdef = ONTOLOGY.properties.get(pred)
        lit = _literal(c["value"], pdef.type) if pdef else Literal(str(c["value"]))
        if lit is not None:
            yield s, OBJECT, lit


def generate_turtle(sub: Subgraph, *, with_ontology: bool = True) -> str:
    """The same graph as :func:`generate_rdf`, in Turtle, written by our streaming writer
    (``turtle.serialize``; rdflib's serializer took most of an export's time)."""
    ontology = to_owl() if with_ontology else ()
    return turtle.serialize(chain(ontology, statement_triples(sub)), prefixes())


def generate_jsonld(sub: Subgraph, *, with_ontology: bool = True) -> str:
    """The same graph as :func:`generate_rdf`, in JSON-LD, written by our streaming writer
    (``jsonld.serialize``; rdflib's serializer took three times as long as the Turtle export)."""
    ontology = to_owl() if with_ontology else ()
    return jsonld.serialize(chain(ontology, statement_triples(sub)), prefixes())


def write_turtle(path: str | Path, sub: Subgraph, **kw) -> int:
    return write_text(path, generate_turtle(sub, **kw))


def write_jsonld(path: str | Path, sub: Subgraph, **kw) -> int:
    return write_text(path, generate_jsonld(sub, **kw))
