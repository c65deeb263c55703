#!/usr/bin/env python3
"""Turtle export: CPU seconds of ``conflictkg export ttl --focus JNIM`` on the seed thread plus
ACLED Mali 2017-2020, rdflib's serializer against the project's own writer.

The store is built once (``--db`` reuses one); the subgraph is what the command selects
(``cli_export.build_subgraph``). Then, alternately (A, B, A, B... so that a change of load on the
shared machine hits both), ``--runs`` times each:

- A, rdflib: ``generate_rdf(sub).serialize(format="turtle")``, the export before the writer;
- B, ours: ``generate_turtle(sub)`` (``conflictkg/exports/turtle.py``).

CPU time is this process's user + system time (``resource.getrusage``), which another process on
the machine does not add to; wall time and the load average are recorded beside it. Both outputs
are parsed back with rdflib and must be isomorphic graphs, or the script fails.

Run:  python benchmarks/ttl_export.py                 (writes benchmarks/results/ttl_export.{md,json})
      python benchmarks/ttl_export.py --db /tmp/kg.db --runs 1 --out /tmp/bench
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "data" / "seed" / "jnim-thread-2020-04-06.txt"
ACLED = SHARED / "data" / "real" / "acled-mali-2017-2020" / "2017-01-01-2020-12-31-Mali.csv"


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def build(db: Path) -> None:
    from conflictkg.kg import KG

    kg = KG(db)
    kg.ingest([SEED], options={"published": "2020-04-06"})
    kg.ingest([ACLED])


def measure(fn) -> dict:
    c0, w0, load = cpu(), time.perf_counter(), os.getloadavg()[0]
    text = fn()
    return {"cpu_s": round(cpu() - c0, 2), "wall_s": round(time.perf_counter() - w0, 2), "load_1min": round(load, 1),
            "bytes": len(text.encode("utf-8"))}, text


def main() -> None:
    def writers(sub):
        from conflictkg.exports.rdf import generate_rdf, generate_turtle

        return {"rdflib": lambda: generate_rdf(sub).serialize(format="turtle"), "ours": lambda: generate_turtle(sub)}

    compare("ttl", "Turtle", "turtle", writers)


def compare(kind: str, title: str, rdf_format: str, writers) -> None:
    """The benchmark of ``conflictkg export KIND --focus``: ``writers(subgraph)`` gives the two
    writers ({"rdflib": fn, "ours": fn}, each returning the document); their outputs, parsed back
    as ``rdf_format``, must be isomorphic. Shared with ``jsonld_export.py``."""
    ap = argparse.ArgumentParser(description=sys.modules["__main__"].__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="a store with the seed and ACLED Mali (built in a temporary dir if absent)")
    ap.add_argument("--focus", default="JNIM")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()

    from rdflib import Graph
    from rdflib.compare import isomorphic

    from conflictkg.cli_export import build_subgraph

    tmp = None
    db = args.db
    if db is None or not db.exists():
        if db is None:
            tmp = tempfile.TemporaryDirectory(prefix=f"{kind}-bench-")
            db = Path(tmp.name) / "kg.db"
        c0 = cpu()
        build(db)
        print(f"store built in {cpu() - c0:.1f} CPU s", file=sys.stderr)
    c0 = cpu()
    sub = build_subgraph(db, args.focus, 2, None, None, None, None, ())
    select_cpu = round(cpu() - c0, 2)
    paths = writers(sub)
    runs: dict[str, list] = {k: [] for k in paths}
    texts = {}
    for _ in range(args.runs):
        for name, fn in paths.items():
            m, texts[name] = measure(fn)
            runs[name].append(m)
            print(name, m, file=sys.stderr)
    c0 = cpu()
    parsed = {k: Graph().parse(data=t, format=rdf_format) for k, t in texts.items()}
    same = isomorphic(parsed["rdflib"], parsed["ours"])
    check_cpu = round(cpu() - c0, 1)
    if not same:
        sys.exit(f"the two {title} outputs are not the same graph")
    result = {"machine": machine(), "focus": args.focus, "nodes": len(sub.nodes), "relationships": len(sub.edges),
              "triples": len(parsed["ours"]), "select_cpu_s": select_cpu, "runs": runs, "isomorphic": same,
              "isomorphism_check_cpu_s": check_cpu}
    if tmp is not None:
        tmp.cleanup()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{kind}_export.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (args.out / f"{kind}_export.md").write_text(report(result, kind, title), encoding="utf-8")
    print(report(result, kind, title))


def report(r: dict, kind: str, title: str) -> str:
    m = r["machine"]
    best = {k: min(x["cpu_s"] for x in v) for k, v in r["runs"].items()}
    lines = [
        f"# {title} export benchmark", "",
        f"Machine: {m['nproc']} CPU(s) available, {m['cpu']}, {m['ram']} RAM; {m['os']}; Python {m['python']}; "
        f"{m['date']}; commit {m['commit']}. Load average (1, 5, 15 min) at start {m['load_avg']}: the machine is "
        "shared, so wall times vary; CPU seconds are this process's own.", "",
        f"`conflictkg export {kind} --focus {r['focus']}` on the seed thread + ACLED Mali 2017-2020: {r['nodes']:,} nodes, "
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
              f"Raw figures: `{kind}_export.json`. Run: `python benchmarks/{kind}_export.py [--db STORE] [--runs N]`.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
