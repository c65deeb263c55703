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
check it with pyshacl. Entity IRIs live beside the ontology: ``https://conflictkg.org/id/actor/jnim``.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urljoin

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from .output import write_text
from ..ontology.generate import namespace, to_owl
from ..ontology.model import ONTOLOGY
from .select import Subgraph

SKIP = {"id", "name", "class"}


def id_namespace() -> Namespace:
    """Where entity IRIs live: ``id/`` beside the ontology namespace."""
    return Namespace(urljoin(str(namespace()), "id/"))


def iri(entity_id: str) -> URIRef:
    """``actor:jnim`` → ``<https://conflictkg.org/id/actor/jnim>`` (path-safe, reversible)."""
    prefix, _, rest = entity_id.partition(":")
    return URIRef(str(id_namespace()) + quote(prefix, safe="") + "/" + quote(rest, safe="/-._~"))


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


def _props(g: Graph, ckg: Namespace, subject: URIRef, row: dict, label: str) -> None:
    for p in ONTOLOGY.props_for(label):
        if p.name in SKIP:
            continue
        v = row.get(p.name)
        if v is None or v == [] or v == "":
            continue
        for item in (v if isinstance(v, list) else [v]):
            lit = _literal(item, p.type)
            if lit is not None:
                g.add((subject, ckg[p.name], lit))


def _node(g: Graph, ckg: Namespace, node_id: str, row: dict, label: str) -> URIRef:
    s = iri(node_id)
    g.add((s, RDF.type, ckg[label]))
    g.add((s, RDF.type, PROV[ONTOLOGY.labels[label]["prov"]]))
    cls = row.get("class")
    if cls in ONTOLOGY.classes and ONTOLOGY.classes[cls].label == label:
        g.add((s, RDF.type, ckg[cls]))
    g.add((s, RDFS.label, Literal(str(row.get("name") or node_id))))
    g.add((s, DCTERMS.identifier, Literal(node_id)))
    _props(g, ckg, s, row, label)
    return s


def generate_rdf(sub: Subgraph, *, with_ontology: bool = True) -> Graph:
    """The statements of ``sub`` (and the ontology) as an rdflib Graph."""
    ckg = namespace()
    g = to_owl() if with_ontology else Graph()
    g.bind(ONTOLOGY.prefix, ckg)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("id", id_namespace())
    for i, n in sub.nodes.items():
        if n["label"] == "Claim":
            continue  # claims are written below, with their provenance links
        _node(g, ckg, i, n, n["label"])
    for sid, s in sub.sources.items():
        if sid not in sub.nodes:
            _node(g, ckg, sid, s, "Source")
    for e in sub.edges:
        if ONTOLOGY.rel(e["type"]).internal:
            continue
        g.add((iri(e["from"]), ckg[e["type"]], iri(e["to"])))
    for cs in sub.claims.values():
        for c in cs:
            _claim(g, ckg, c, sub)
    return g


def _claim(g: Graph, ckg: Namespace, c: dict, sub: Subgraph) -> None:
    s = _node(g, ckg, c["id"], c, "Claim")
    src = iri(c["source"])
    if c["source"] not in sub.sources and c["source"] not in sub.nodes:
        _node(g, ckg, c["source"], {"name": c["source"]}, "Source")
    g.add((s, RDF.type, RDF.Statement))
    g.add((s, ckg.STATED_IN, src))
    g.add((s, PROV.wasDerivedFrom, src))
    g.add((s, PROV.wasAttributedTo, src))
    g.add((s, ckg.ABOUT, iri(c["subject"])))
    g.add((s, RDF.subject, iri(c["subject"])))
    pred = c["predicate"]
    g.add((s, RDF.predicate, ckg[pred]))
    if c.get("object"):
        g.add((s, RDF.object, iri(c["object"])))
    elif c.get("value") is not None:
        pdef = ONTOLOGY.properties.get(pred)
        lit = _literal(c["value"], pdef.type) if pdef else Literal(str(c["value"]))
        if lit is not None:
            g.add((s, RDF.object, lit))


def generate_turtle(sub: Subgraph, **kw) -> str:
    return generate_rdf(sub, **kw).serialize(format="turtle")


def generate_jsonld(sub: Subgraph, **kw) -> str:
    g = generate_rdf(sub, **kw)
    context = {"ckg": str(namespace()), "prov": str(PROV), "rdfs": str(RDFS), "xsd": str(XSD),
               "dcterms": str(DCTERMS), "id": str(id_namespace())}
    return g.serialize(format="json-ld", context=context, indent=1)


def write_turtle(path: str | Path, sub: Subgraph, **kw) -> int:
    return write_text(path, generate_turtle(sub, **kw))


def write_jsonld(path: str | Path, sub: Subgraph, **kw) -> int:
    return write_text(path, generate_jsonld(sub, **kw))
