"""A Turtle writer for a stream of rdflib triples, for exports of a few hundred thousand triples.

rdflib's Turtle serializer spends most of an export computing prefixed names (``compute_qname``
splits every IRI, for every occurrence) and sorting subjects, and needs the whole graph in an
rdflib store first; on a store with ACLED Mali that was 70% of ``export ttl``
(benchmarks/results/ttl_export.md). This writer takes the triples as they come, formats each
distinct term once, and writes what the Turtle 1.1 grammar (W3C Recommendation, 2014) asks:

- IRIs as ``prefix:local`` only when the local part is plainly a PN_LOCAL (letters, digits,
  ``_``, ``-``, inner ``.``), otherwise ``<...>`` with the characters IRIREF forbids (controls,
  space, ``<>"{}|^`\\``) written as ``\\uXXXX`` escapes;
- literals in ``"..."`` with ``\\``, ``"``, line feed, carriage return and tab escaped as ECHAR and
  every other control character as UCHAR, then ``@lang`` or ``^^datatype`` (an explicit
  ``^^xsd:string`` stays: RDF 1.1 makes it the same literal as a plain one, rdflib does not);
- blank nodes as ``_:bN`` labels, one per distinct node;
- one block per subject (``a`` first), each predicate once with its objects, duplicates dropped
  as a graph would.

The graph is the same: parsed back with rdflib the output is isomorphic to the rdflib graph of the
same triples (tests/exports/test_turtle.py). Which prefixes are declared is the caller's choice;
only those used are written.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF

_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TYPE = str(RDF.type)


def _uchar(m: re.Match) -> str:
    return "\\u%04X" % ord(m.group())


def _echar(m: re.Match) -> str:
    c = m.group()
    return _ECHAR.get(c) or "\\u%04X" % ord(c)


def string(text: str) -> str:
    """``text`` as a Turtle STRING_LITERAL_QUOTE."""
    return '"' + _STRING_ESCAPE.sub(_echar, text) + '"'


class _Terms:
    """Formats terms, once each, and remembers which prefixes it used."""

    def __init__(self, prefixes: Mapping[str, str]):
        # longest namespace first: "https://conflictkg.org/id/actor/" before ".../id/"
        self.prefixes = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.used: dict[str, str] = {}
        self.cache: dict = {}
        self.bnodes: dict[BNode, str] = {}

    def iri(self, value: str) -> str:
        for ns, p in self.prefixes:
            if value.startswith(ns):
                local = value[len(ns):]
                if _LOCAL.match(local):
                    self.used[p] = ns
                    return f"{p}:{local}"
        return "<" + _IRI_FORBIDDEN.sub(_uchar, value) + ">"

    def __call__(self, term) -> str:
        out = self.cache.get(term)
        if out is not None:
            return out
        if isinstance(term, URIRef):
            out = self.iri(str(term))
        elif isinstance(term, Literal):
            out = string(str(term))
            if term.language:
                out += "@" + term.language
            elif term.datatype is not None:
                out += "^^" + self.iri(str(term.datatype))
        elif isinstance(term, BNode):
            out = self.bnodes.setdefault(term, f"_:b{len(self.bnodes)}")
        else:
            raise TypeError(f"not an RDF term: {term!r}")
        self.cache[term] = out
        return out


def by_subject(triples: Iterable[tuple]) -> dict:
    """{subject: {predicate: {object: None}}}: subjects and predicates in the order first seen,
    each triple once (the writers' grouping, shared with the JSON-LD writer)."""
    subjects: dict = {}
    for s, p, o in triples:
        preds = subjects.get(s)
        if preds is None:
            preds = subjects[s] = {}
        objs = preds.get(p)
        if objs is None:
            objs = preds[p] = {}
        objs[o] = None
    return subjects


def serialize(triples: Iterable[tuple], prefixes: Mapping[str, str]) -> str:
    """The Turtle document of ``triples`` (rdflib terms), subjects in the order first seen."""
    subjects = by_subject(triples)
    fmt = _Terms(prefixes)
    body: list[str] = []
    for s, preds in subjects.items():
        parts = []
        for p in sorted(preds, key=lambda p: str(p) != _TYPE):  # rdf:type first, the rest as they came
            verb = "a" if str(p) == _TYPE else fmt(p)
            parts.append(verb + " " + ",\n        ".join(fmt(o) for o in preds[p]))
        body.append(fmt(s) + " " + " ;\n    ".join(parts) + " .\n")
    head = [f"@prefix {p}: <{_IRI_FORBIDDEN.sub(_uchar, ns)}> .\n" for p, ns in sorted(fmt.used.items())]
    return "".join(head) + "\n" + "\n".join(body)
