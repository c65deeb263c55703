#!/usr/bin/env python3
"""JSON-LD export: CPU seconds of ``conflictkg export jsonld --focus JNIM`` on the seed thread plus
ACLED Mali 2017-2020, rdflib's serializer against the project's own writer.

The analogue of ``ttl_export.py`` (same store, same subgraph, same measures): alternately, ``--runs``
times each,

- A, rdflib: ``generate_rdf(sub).serialize(format="json-ld", context=..., indent=1)``, the export
  before the writer (the context it was given);
- B, ours: ``generate_jsonld(sub)`` (``conflictkg/exports/jsonld.py``).

CPU time is this process's user + system time. Both outputs are parsed back with rdflib and must
be isomorphic graphs, or the script fails.

Run:  python benchmarks/jsonld_export.py                 (writes benchmarks/results/jsonld_export.{md,json})
      python benchmarks/jsonld_export.py --db /tmp/kg.db --runs 1 --out /tmp/bench
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ttl_export import compare  # noqa: E402


def main() -> None:
    def writers(sub):
        from rdflib.namespace import DCTERMS, PROV, RDFS, XSD

        from conflictkg.exports.rdf import generate_jsonld, generate_rdf, id_namespace
        from conflictkg.ontology.generate import namespace

        context = {"ckg": str(namespace()), "prov": str(PROV), "rdfs": str(RDFS), "xsd": str(XSD),
                   "dcterms": str(DCTERMS), "id": str(id_namespace())}
        return {"rdflib": lambda: generate_rdf(sub).serialize(format="json-ld", context=context, indent=1),
                "ours": lambda: generate_jsonld(sub)}

    compare("jsonld", "JSON-LD", "json-ld", writers)


if __name__ == "__main__":
    main()
