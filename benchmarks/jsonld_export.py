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

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine  # noqa: E402
from ttl_export import ROOT, build, cpu, measure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="a store with the seed and ACLED Mali (built in a temporary dir if absent)")
    ap.add_argument("--focus", default="JNIM")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()

    from rdflib import Graph
    from rdflib.compare import isomorphic
    from rdflib.namespace import DCTERMS, PROV, RDFS, XSD

    from conflictkg.cli_export import build_subgraph
    from conflictkg.exports.rdf import generate_jsonld, generate_rdf, id_namespace
    from conflictkg.ontology.generate import namespace

    tmp = None
    db = args.db
    if db is None or not db.exists():
        if db is None:
            tmp = tempfile.TemporaryDirectory(prefix="jsonld-bench-")
            db = Path(tmp.name) / "kg.db"
        c0 = cpu()
        build(db)
        print(f"store built in {cpu() - c0:.1f} CPU s", file=sys.stderr)
    c0 = cpu()
    sub = build_subgraph(db, args.focus, 2, None, None, None, None, ())
    select_cpu = round(cpu() - c0, 2)
    context = {"ckg": str(namespace()), "prov": str(PROV), "rdfs": str(RDFS), "xsd": str(XSD),
               "dcterms": str(DCTERMS), "id": str(id_namespace())}
    paths = {"rdflib": lambda: generate_rdf(sub).serialize(format="json-ld", context=context, indent=1),
             "ours": lambda: generate_jsonld(sub)}
    runs: dict[str, list] = {k: [] for k in paths}
    texts = {}
    for _ in range(args.runs):
        for name, fn in paths.items():
            m, texts[name] = measure(fn)
            runs[name].append(m)
            print(name, m, file=sys.stderr)
    c0 = cpu()
    parsed = {k: Graph().parse(data=t, format="json-ld") for k, t in texts.items()}
    same = isomorphic(parsed["rdflib"], parsed["ours"])
    check_cpu = round(cpu() - c0, 1)
    if not same:
        sys.exit("the two JSON-LD outputs are not the same graph")
    result = {"machine": machine(), "focus": args.focus, "nodes": len(sub.nodes), "relationships": len(sub.edges),
              "triples": len(parsed["ours"]), "select_cpu_s": select_cpu, "runs": runs, "isomorphic": same,
              "isomorphism_check_cpu_s": check_cpu}
    if tmp is not None:
        tmp.cleanup()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "jsonld_export.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (args.out / "jsonld_export.md").write_text(report(result), encoding="utf-8")
    print(report(result))


def report(r: dict) -> str:
    m = r["machine"]
    best = {k: min(x["cpu_s"] for x in v) for k, v in r["runs"].items()}
    lines = [
        "# JSON-LD export benchmark", "",
        f"Machine: {m['nproc']} CPU(s) available, {m['cpu']}, {m['ram']} RAM; {m['os']}; Python {m['python']}; "
        f"{m['date']}; commit {m['commit']}. Load average (1, 5, 15 min) at start {m['load_avg']}: the machine is "
        "shared, so wall times vary; CPU seconds are this process's own.", "",
        f"`conflictkg export jsonld --focus {r['focus']}` on the seed thread + ACLED Mali 2017-2020: {r['nodes']:,} nodes, "
        f"{r['relationships']:,} relationships, {r['triples']:,} triples with the ontology. Selecting the subgraph "
        f"(`build_subgraph`, same for both) took {r['select_cpu_s']} CPU s.", "",
        "| writer | run | CPU s | wall s | load (1 min) | size |", "|---|---:|---:|---:|---:|---:|",
    ]
    for k, v in r["runs"].items():
        for i, x in enumerate(v, 1):
            lines.append(f"| {k} | {i} | {x['cpu_s']} | {x['wall_s']} | {x['load_1min']} | {x['bytes'] / 1e6:.2f} MB |")
    lines += ["", f"Best CPU: rdflib {best['rdflib']} s, ours {best['ours']} s "
              f"({best['rdflib'] / max(best['ours'], 0.01):.1f}x less). Both outputs parsed back with rdflib are "
              f"isomorphic graphs: {r['isomorphic']} (check: {r['isomorphism_check_cpu_s']} CPU s).", "",
              "Raw figures: `jsonld_export.json`. Run: `python benchmarks/jsonld_export.py [--db STORE] [--runs N]`.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
