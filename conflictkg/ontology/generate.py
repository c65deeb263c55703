"""Every other form of the ontology, generated from ``ontology.yaml``.

``to_owl`` (OWL/RDFS Turtle, aligned with PROV-O), ``to_shacl`` (SHACL shapes for the RDF
export), ``to_python`` (the ``terms`` constants module) and ``store_schema`` (DDL of the
embedded store). The committed ``conflict.ttl``, ``shapes.ttl`` and ``terms.py`` are checked
against these functions by the test suite.
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

from .model import Ontology, load

XSD_OF = {"STRING": XSD.string, "INT64": XSD.integer, "DOUBLE": XSD.double, "BOOLEAN": XSD.boolean}


def namespace(onto: Ontology | None = None) -> Namespace:
    return Namespace((onto or load()).namespace)


def to_owl(onto: Ontology | None = None) -> Graph:
    """The ontology as an OWL/RDFS graph; labels and classes map onto PROV-O."""
    onto = onto or load()
    ckg = namespace(onto)
    g = Graph()
    g.bind(onto.prefix, ckg)
    g.bind("prov", PROV)
    g.bind("owl", OWL)
    onto_iri = URIRef(onto.namespace.rstrip("#"))
    g.add((onto_iri, RDF.type, OWL.Ontology))
    g.add((onto_iri, OWL.versionInfo, Literal(onto.version)))
    g.add((onto_iri, OWL.imports, URIRef("http://www.w3.org/ns/prov-o")))
    for label, d in onto.labels.items():
        g.add((ckg[label], RDF.type, OWL.Class))
        g.add((ckg[label], RDFS.label, Literal(label)))
        g.add((ckg[label], RDFS.comment, Literal(d["description"])))
        if d.get("prov"):  # a derived bucket (Month) is no PROV term
            g.add((ckg[label], RDFS.subClassOf, PROV[d["prov"]]))
    for c in onto.classes.values():
        g.add((ckg[c.name], RDF.type, OWL.Class))
        g.add((ckg[c.name], RDFS.subClassOf, ckg[c.label]))
        g.add((ckg[c.name], RDFS.label, Literal(c.name)))
        if c.description:
            g.add((ckg[c.name], RDFS.comment, Literal(c.description)))
        for code in c.cameo:
            g.add((ckg[c.name], ckg.cameoCode, Literal(code)))
        for et, st in c.acled:
            g.add((ckg[c.name], ckg.acledType, Literal(f"{et} / {st}")))
    for p in ("cameoCode", "acledType"):
        g.add((ckg[p], RDF.type, OWL.AnnotationProperty))
    for r in onto.relationships.values():
        g.add((ckg[r.name], RDF.type, OWL.ObjectProperty))
        g.add((ckg[r.name], RDFS.label, Literal(r.name)))
        g.add((ckg[r.name], RDFS.comment, Literal(r.description)))
        if r.symmetric:
            g.add((ckg[r.name], RDF.type, OWL.SymmetricProperty))
        if r.prov:
            g.add((ckg[r.name], RDFS.subPropertyOf, PROV[r.prov]))
        domains = sorted({s for s, _ in r.pairs})
        ranges = sorted({o for _, o in r.pairs})
        g.add((ckg[r.name], RDFS.domain, _union(g, ckg, domains)))
        g.add((ckg[r.name], RDFS.range, _union(g, ckg, ranges)))
    for p in onto.properties.values():
        if p.name == "id":
            continue
        g.add((ckg[p.name], RDF.type, OWL.DatatypeProperty))
        g.add((ckg[p.name], RDFS.range, XSD_OF[p.type.rstrip("[]")]))
        if p.description:
            g.add((ckg[p.name], RDFS.comment, Literal(p.description)))
    for name, v in onto.vocabularies.items():
        scheme = ckg[f"vocab/{name}"]
        g.add((scheme, RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#ConceptScheme")))
        for i, term in enumerate(onto.vocabulary(name)):
            g.add((ckg[f"{name}/{term}"], URIRef("http://www.w3.org/2004/02/skos/core#inScheme"), scheme))
            g.add((ckg[f"{name}/{term}"], RDFS.label, Literal(term)))
            g.add((ckg[f"{name}/{term}"], ckg.rank, Literal(i)))
    return g


def _union(g: Graph, ckg: Namespace, names: list[str]):
    if len(names) == 1:
        return ckg[names[0]]
    node = BNode("_".join(["union"] + names))
    if (node, OWL.unionOf, None) in g:  # shared by several relationships: build the list once
        return node
    lst = BNode("_".join(["list"] + names))
    Collection(g, lst, [ckg[n] for n in names])
    g.add((node, RDF.type, OWL.Class))
    g.add((node, OWL.unionOf, lst))
    return node


def to_shacl(onto: Ontology | None = None) -> Graph:
    """SHACL shapes for the RDF export: required id and name, class membership, controlled
    vocabularies, and the subject/object classes of every relationship."""
    onto = onto or load()
    ckg = namespace(onto)
    g = Graph()
    g.bind(onto.prefix, ckg)
    g.bind("sh", SH)
    for label in onto.labels:
        shape = ckg[f"{label}Shape"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, ckg[label]))
        _prop(g, shape, RDFS.label, min_count=1, datatype=XSD.string)
        for p in onto.props_for(label):
            if p.name in ("id", "name", "class"):
                continue
            kw = {}
            if p.vocabulary:
                kw["values"] = onto.vocabulary(p.vocabulary)
            elif not p.type.endswith("[]"):
                kw["datatype"] = XSD_OF[p.type]
            if not p.type.endswith("[]"):
                kw["max_count"] = 1
            _prop(g, shape, ckg[p.name], **kw)
        for r in onto.relationships.values():
            ranges = [o for s, o in r.pairs if onto.label_of(s) == label]
            if not ranges:
                continue
            ranges = sorted(set(ranges))
            node = BNode(f"{label}_{r.name}")
            g.add((shape, SH.property, node))
            g.add((node, SH.path, ckg[r.name]))
            if len(ranges) == 1:
                g.add((node, SH["class"], ckg[ranges[0]]))
            else:
                alts = []
                for o in ranges:
                    alt = BNode(f"{label}_{r.name}_{o}")
                    g.add((alt, SH["class"], ckg[o]))
                    alts.append(alt)
                lst = BNode(f"{label}_{r.name}_or")
                Collection(g, lst, alts)
                g.add((node, SH["or"], lst))
    return g


def _prop(g, shape, path, min_count=None, max_count=None, datatype=None, values=None):
    node = BNode(f"{shape.split('#')[-1]}_{str(path).split('#')[-1].split('/')[-1]}")
    g.add((shape, SH.property, node))
    g.add((node, SH.path, path))
    if min_count is not None:
        g.add((node, SH.minCount, Literal(min_count)))
    if max_count is not None:
        g.add((node, SH.maxCount, Literal(max_count)))
    if datatype is not None:
        g.add((node, SH.datatype, datatype))
    if values is not None:
        lst = BNode(f"{node}_in")
        Collection(g, lst, [Literal(v) for v in values])
        g.add((node, SH["in"], lst))


def to_python(onto: Ontology | None = None) -> str:
    """Source of ``terms.py``: every label, class, relationship type and vocabulary term as a
    constant, so code never spells an ontology name as a loose string."""
    onto = onto or load()
    out = [
        '"""Ontology names as constants. GENERATED from ontology.yaml by',
        "`conflictkg ontology --format py`; do not edit (a test fails when it drifts).\"\"\"",
        "",
    ]
    out.append("# Node labels")
    out += [f'{n} = "{n}"' for n in onto.labels]
    by_label: dict[str, list[str]] = {}
    for c in onto.classes.values():
        by_label.setdefault(c.label, []).append(c.name)
    for label, names in by_label.items():
        out += ["", f"# {label} classes"]
        out += [f'{n} = "{n}"' for n in names]
    out += ["", "# Relationship types"]
    for r in onto.relationships.values():
        const = r.name if r.name not in onto.labels and r.name not in onto.classes else f"REL_{r.name}"
        out.append(f'{const} = "{r.name}"')
    out += ["", "LABELS = (" + ", ".join(f'"{n}"' for n in onto.labels) + ",)"]
    for label, names in by_label.items():
        out.append(f"{label.upper()}_CLASSES = (" + ", ".join(f'"{n}"' for n in names) + ",)")
    out.append("RELATIONSHIP_TYPES = (" + ", ".join(f'"{r}"' for r in onto.relationships) + ",)")
    for name in onto.vocabularies:
        out.append(f"{name.upper()} = (" + ", ".join(f'"{t}"' for t in onto.vocabulary(name)) + ",)")
    return "\n".join(out) + "\n"


LBUG_TYPE = {"STRING": "STRING", "INT64": "INT64", "DOUBLE": "DOUBLE", "BOOLEAN": "BOOLEAN", "STRING[]": "STRING[]"}
#: Columns the embedded engine stores as DATE although the ontology (and Neo4j) keep ISO text:
#: the full days that range filters compare. LadybugDB compares a DATE column with an ISO string
#: parameter directly, ~30x cheaper than a string comparison (a date-range scan of 1M events:
#: 423 ms as text, 13 ms as DATE); COPY reads them from the projection's ISO text, and the
#: engine gives them back as ISO text (engine.plain), so both engines answer alike.
LBUG_DATE_COLUMNS = {"Event": ("start_date", "end_date")}


def store_schema(onto: Ontology | None = None) -> list[str]:
    """DDL for the embedded engine: one node table per label, one rel table per type."""
    onto = onto or load()
    ddl = []
    for label in onto.labels:
        cols = []
        for p in onto.props_for(label):
            if p.name == "id":
                cols.insert(0, "id STRING PRIMARY KEY")
            elif p.name in LBUG_DATE_COLUMNS.get(label, ()):
                cols.append(f"{p.name} DATE")
            else:
                cols.append(f"{p.name} {LBUG_TYPE[p.type]}")
        ddl.append(f"CREATE NODE TABLE {label}({', '.join(cols)})")
    rcols = ", ".join(f"{p.name} {LBUG_TYPE[p.type]}" for p in onto.relationship_properties.values())
    for r in onto.relationships.values():
        pairs = ", ".join(f"FROM {s} TO {o}" for s, o in onto.label_pairs(r.name))
        extra = f", {rcols}" if not r.internal else ""
        ddl.append(f"CREATE REL TABLE {r.name}({pairs}{extra})")
    return ddl


def turtle(g: Graph) -> str:
    return g.serialize(format="turtle")
