"""A JSON-LD writer for a stream of rdflib triples, the analogue of ``turtle.py``.

rdflib's JSON-LD serializer needs the whole graph in an rdflib store first and then compacts every
term against the context; on the JNIM subgraph of the seed thread and ACLED Mali that took three
times as long as our Turtle writer (benchmarks/results/jsonld_export.md). This writer takes the
triples as they come and writes one flattened JSON-LD 1.1 document (W3C Recommendation, 2020):

- ``@context`` maps each prefix to its namespace; IRIs under a namespace are written as compact
  IRIs (``ckg:PART_OF``, ``actor:jnim``), others in full. Every namespace ends in ``/`` or ``#``, so
  each prefix is one a JSON-LD 1.1 processor expands (its prefix flag is set);
- ``@graph`` holds one node object per subject, in the order first seen: ``@id``, ``@type`` (the
  rdf:type objects that are IRIs), then each predicate with the list of its objects, duplicates
  dropped as a graph would;
- objects are ``{"@id": ...}`` (blank nodes as ``_:bN``) or value objects with the literal's
  lexical form as ``@value`` and its ``@language`` or ``@type``: the same literal, whatever its
  datatype, as rdflib reads it back.

An IRI holding a space is refused (ValueError): JSON-LD cannot carry it, where Turtle escapes it.

The graph is the same: parsed back with rdflib the output is isomorphic to the rdflib graph of the
same triples (tests/exports/test_jsonld.py).
"""
from __future__ import annotations

import json
from typing import Iterable, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF

from .turtle import by_subject

_TYPE = RDF.type
_dumps = json.JSONEncoder(ensure_ascii=False).encode


class _Terms:
    """Formats terms as JSON, once each."""

    def __init__(self, prefixes: Mapping[str, str]):
        # longest namespace first: ".../id/actor/" before ".../id/"
        self.prefixes = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.used: dict[str, str] = {}
        self.cache: dict = {}
        self.bnodes: dict[BNode, str] = {}
        self.schemes = {p for p in prefixes}

    def iri(self, value: str) -> str:
        if " " in value:
            # JSON-LD has no escape for IRIs, and processors drop a triple whose IRI holds a space
            # (Turtle writes \u0020); the exports' IRIs are percent-encoded (rdf.iri), so a bug
            raise ValueError(f"IRI {value!r} holds a space: JSON-LD cannot carry it")
        for ns, p in self.prefixes:
            if value.startswith(ns):
                local = value[len(ns):]
                if not local.startswith("//"):  # "p://x" would be read as an absolute IRI
                    self.used[p] = ns
                    return f"{p}:{local}"
        if value.split(":", 1)[0] in self.schemes:  # a scheme that is also a prefix: keep it apart
            raise ValueError(f"IRI {value!r} would read as a compact IRI of prefix {value.split(':', 1)[0]!r}")
        return value

    def node(self, term) -> str:
        """``term`` as the JSON string of an ``@id`` (an IRI or a blank node label)."""
        if isinstance(term, BNode):
            return _dumps(self.bnodes.setdefault(term, f"_:b{len(self.bnodes)}"))
        return _dumps(self.iri(str(term)))

    def __call__(self, term) -> str:
        out = self.cache.get(term)
        if out is not None:
            return out
        if isinstance(term, (URIRef, BNode)):
            out = '{"@id": ' + self.node(term) + "}"
        elif isinstance(term, Literal):
            out = '{"@value": ' + _dumps(str(term))
            if term.language:
                out += ', "@language": ' + _dumps(term.language)
            elif term.datatype is not None:
                out += ', "@type": ' + _dumps(self.iri(str(term.datatype)))
            out += "}"
        else:
            raise TypeError(f"not an RDF term: {term!r}")
        self.cache[term] = out
        return out


def serialize(triples: Iterable[tuple], prefixes: Mapping[str, str]) -> str:
    """The JSON-LD document of ``triples`` (rdflib terms), subjects in the order first seen."""
    subjects = by_subject(triples)
    fmt = _Terms(prefixes)
    keys: dict = {}
    body: list[str] = []
    for s, preds in subjects.items():
        parts = ['"@id": ' + fmt.node(s)]
        for p, objs in preds.items():
            if p == _TYPE:
                classes = [o for o in objs if isinstance(o, URIRef)]
                if classes:
                    parts.insert(1, '"@type": [' + ", ".join(fmt.node(o) for o in classes) + "]")
                objs = [o for o in objs if not isinstance(o, URIRef)]  # a literal type stays a plain property
                if not objs:
                    continue
            key = keys.get(p)
            if key is None:
                key = keys[p] = _dumps(fmt.iri(str(p)))
            parts.append(key + ": [" + ", ".join(fmt(o) for o in objs) + "]")
        body.append("  {" + ", ".join(parts) + "}")
    context = ",\n  ".join(f"{_dumps(p)}: {_dumps(ns)}" for p, ns in sorted(fmt.used.items()))
    return '{\n "@context": {\n  ' + context + '\n },\n "@graph": [\n' + ",\n".join(body) + "\n ]\n}\n"
