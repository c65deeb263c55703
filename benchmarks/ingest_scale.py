#!/usr/bin/env python3
"""Ingest scale benchmark: synthetic ACLED files of N rows into a fresh embedded store.

For each size it measures, in separate processes of the same run:

- **parse**: the time pyarrow needs merely to read the CSV (``pyarrow.csv.read_csv``, best of 3
  and first run), the yardstick of the bar "ingest within 100x the parse time";
- **ingest**: ``KG.ingest([file], kind=...)`` on a store that already holds the region pack
  (the pack load is timed apart): statements stored *and* the graph projection built, split
  into load+store and rebuild; peak memory of that process (``ru_maxrss``, plus GNU time's
  "Maximum resident set size" when ``/usr/bin/time`` exists);
- **store size**: ``statements.sqlite`` (+ WAL) and ``graph.lbug``;
- **queries**: every named query of ``conflictkg.queries.QUERIES``, each example of its
  ``examples``, on the result, in a fresh process (engine opened read-only): first run and
  best of 3 warm runs. Names that the synthetic data does not hold (the seed's events) are
  replaced by an entity of the same label from the graph, and the table says so.

    python3 benchmarks/ingest_scale.py --rows 100000                    # one size
    python3 benchmarks/ingest_scale.py --rows 100000 1000000 --out benchmarks/results/ingest_scale.md

Files and stores go to ``--workdir`` (default ``/tmp/conflictkg-bench``); generated CSVs are
reused when present (same rows, seed and layout). Machine, commit and load average are recorded
with the results, because the numbers mean little without them.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine as common_machine  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BAR_FACTOR = 100
BAR_MEMORY_MB = 2048
BAR_QUERY_MS = 500


# -- child processes --------------------------------------------------------------------------

def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_parse(path: str) -> dict:
    import pyarrow.csv as pc

    times, cpu = [], []
    rows = 0
    for _ in range(3):
        t, c = time.perf_counter(), time.process_time()
        table = pc.read_csv(path)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        rows = table.num_rows
        del table
    return {"first_s": times[0], "best_s": min(times), "best_cpu_s": min(cpu), "rows": rows,
            "maxrss_mb": _maxrss_mb()}


def child_ingest(path: str, db: str, kind: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from conflictkg import loaders
    from conflictkg.kg import KG

    if kind == "acled-standin":
        loaders.register("acled-standin", "benchmarks.acled_standin")
    t = time.perf_counter()
    kg = KG(db, pack="sahel")
    kg.ensure()
    pack_s = time.perf_counter() - t
    pack_rss = _maxrss_mb()
    timings = {}
    real_rebuild = KG.refresh_graph  # the graph step of an ingest (a full rebuild for a first load)

    def timed_rebuild(self):
        timings["load_store_maxrss_mb"] = _maxrss_mb()  # the peak so far: loader and store
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return real_rebuild(self)
        finally:
            timings["rebuild_s"] = time.perf_counter() - t0
            timings["rebuild_cpu_s"] = time.process_time() - c0

    KG.refresh_graph = timed_rebuild
    t, c = time.perf_counter(), time.process_time()
    summary = kg.ingest([path], kind=kind)
    total, cpu = time.perf_counter() - t, time.process_time() - c
    f = summary.files[-1]
    return {
        "pack_s": pack_s, "pack_maxrss_mb": pack_rss, "ingest_s": total, "ingest_cpu_s": cpu,
        "rebuild_cpu_s": timings.get("rebuild_cpu_s"), "load_store_cpu_s": cpu - timings.get("rebuild_cpu_s", 0.0),
        "rebuild_s": timings.get("rebuild_s"), "load_store_s": total - timings.get("rebuild_s", 0.0),
        "load_store_maxrss_mb": timings.get("load_store_maxrss_mb"),
        "read": f.read, "new": f.new, "issues": len(f.issues), "first_issues": [str(i) for i in f.issues[:3]],
        "counters": f.counters, "statements_total": summary.statements_total,
        "graph_counts": summary.graph_counts, "dropped": len(summary.dropped), "maxrss_mb": _maxrss_mb(),
    }


def _query_args(q, example: str) -> dict:
    """The arguments of one documented example (``conflictkg query NAME ARGS...``)."""
    toks = shlex.split(example)
    toks = toks[toks.index(q.name) + 1:]
    positional = [p for p in q.params if p.argument]
    by_option = {p.option: p for p in q.params}
    args, i = {}, 0
    while i < len(toks):
        tok = toks[i]
        if tok.startswith("--"):
            if tok == "--format":
                i += 2
                continue
            p = by_option.get(tok)
            if p is None:
                raise ValueError(f"{q.name}: example option {tok} is not a parameter")
            if p.kind == "flag":
                args[p.name] = True
                i += 1
            else:
                args[p.name] = toks[i + 1]
                i += 2
        else:
            if not positional:
                raise ValueError(f"{q.name}: too many positional arguments in {example!r}")
            args[positional.pop(0).name] = tok
            i += 1
    return args


def _substitute(eng, label: str, query: str) -> str | None:
    """An entity of ``label`` that the synthetic graph holds, for an example naming the seed's.
    The smallest id, so that two stores of the same rows time the same entity (the engine's own
    order differs between a rebuilt graph and an incrementally updated one)."""
    if label == "Event" and query == "manoeuvre":
        cy = "MATCH (e:Event) WHERE e.class = 'MilitaryOperation' RETURN e.id ORDER BY e.id LIMIT 1"
    elif label == "Event":
        cy = "MATCH (e:Event)-[:ATTRIBUTED_TO]->(:Actor {id: 'actor:jnim'}) RETURN e.id ORDER BY e.id LIMIT 1"
    else:
        cy = f"MATCH (n:{label}) RETURN n.id ORDER BY n.id LIMIT 1"
    rows = eng.run(cy).rows
    return rows[0][0] if rows else None


def _in_graph(eng, resolver, name: str, label: str) -> bool:
    from conflictkg.errors import ResolutionError

    try:
        i = resolver.resolve_or_raise(name, label=label)
    except ResolutionError:
        return False
    return bool(eng.run(f"MATCH (n:{label} {{id: $id}}) RETURN n.id", {"id": i}).rows)


def child_queries(db: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from conflictkg.errors import ResolutionError
    from conflictkg.graph.engine import Engine
    from conflictkg.graph.resolver import Resolver
    from conflictkg.graph.store import Store
    from conflictkg.queries import QUERIES, run

    store = Store(Path(db))
    t = time.perf_counter()
    eng = Engine(store.graph_path)
    open_s = time.perf_counter() - t
    t = time.perf_counter()
    resolver = Resolver.from_store(store)
    resolver_s = time.perf_counter() - t
    out = []
    for name, q in QUERIES.items():
        for example in q.examples:
            rec = {"query": name, "example": example}
            try:
                args = _query_args(q, example)
                times = []
                try:
                    t = time.perf_counter()
                    res = run(name, eng, resolver, **args)
                    times.append(time.perf_counter() - t)
                except ResolutionError:
                    # the example names an entity of the seed data: use one the graph holds
                    for p in q.params:
                        if p.name in args and p.entity in ("Actor", "Event", "Place") \
                                and not _in_graph(eng, resolver, str(args[p.name]), p.entity):
                            sub = _substitute(eng, p.entity, name)
                            rec["substituted"] = f"{args[p.name]} -> {sub}"
                            args[p.name] = sub
                while len(times) < 4:
                    t = time.perf_counter()
                    res = run(name, eng, resolver, **args)
                    times.append(time.perf_counter() - t)
                rec.update(first_ms=times[0] * 1000, warm_ms=min(times[1:]) * 1000, rows=len(res.rows))
            except Exception as e:  # reported in the table, not hidden
                rec["error"] = f"{type(e).__name__}: {e}"[:200]
            out.append(rec)
    eng.close()
    return {"open_s": open_s, "resolver_s": resolver_s, "queries": out, "maxrss_mb": _maxrss_mb()}


# -- driver -----------------------------------------------------------------------------------

def _run_child(args: list[str]) -> tuple[dict, float | None]:
    cmd = [sys.executable, str(Path(__file__).resolve())] + args
    gnu = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if gnu:
        cmd = [gnu, "-v"] + cmd
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    if p.returncode != 0:
        raise SystemExit(f"child {' '.join(args)} failed:\n{p.stderr[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    result = json.loads(p.stdout.strip().splitlines()[-1])
    return result, (int(m.group(1)) / 1024 if m else None)


def _size_mb(p: Path) -> float:
    if p.is_dir():
        return sum(x.stat().st_size for x in p.rglob("*") if x.is_file()) / 2**20
    return p.stat().st_size / 2**20 if p.exists() else 0.0


def machine() -> dict:
    import pyarrow

    try:
        import ladybug
        lb = getattr(ladybug, "__version__", "?")
    except ImportError:
        lb = "missing"
    m = common_machine()
    return dict(m, pyarrow=pyarrow.__version__, ladybug=lb, load_avg=" ".join(f"{x:.1f}" for x in m["load_avg"]))


def bench(rows: int, workdir: Path, kind: str, layout: str, seed: int, queries: bool) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    csv = workdir / f"acled-{layout}-{rows}-s{seed}.csv"
    if not csv.exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, str(HERE / "gen_acled.py"), "--rows", str(rows), "--layout", layout,
                        "--seed", str(seed), "-o", str(csv) + ".part"], check=True)
        os.replace(str(csv) + ".part", csv)
        print(f"generated {csv} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    db = workdir / f"db-{layout}-{rows}-{kind}"
    shutil.rmtree(db, ignore_errors=True)
    load_before = os.getloadavg()[0]
    parse, parse_rss = _run_child(["--child-parse", str(csv)])
    print(f"{rows}: parse {parse['best_s']:.2f} s", file=sys.stderr)
    ingest, ingest_rss = _run_child(["--child-ingest", str(csv), str(db), kind])
    print(f"{rows}: ingest {ingest['ingest_s']:.1f} s, peak {ingest_rss or ingest['maxrss_mb']:.0f} MB", file=sys.stderr)
    res = {"rows": rows, "layout": layout, "kind": kind, "csv_mb": csv.stat().st_size / 2**20,
           "parse": parse, "parse_peak_mb": parse_rss, "ingest": ingest, "ingest_peak_mb": ingest_rss,
           "load_avg_start": load_before, "load_avg_end": os.getloadavg()[0],
           "store_mb": {"statements.sqlite": _size_mb(db / "statements.sqlite") + _size_mb(db / "statements.sqlite-wal"),
                        "graph.lbug": _size_mb(db / "graph.lbug") + _size_mb(Path(str(db / "graph.lbug") + ".wal")),
                        "total": _size_mb(db)}}
    if queries:
        q, q_rss = _run_child(["--child-queries", str(db)])
        q["peak_mb"] = q_rss
        res["queries"] = q
    return res


def markdown(results: list[dict], info: dict) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"## Run of {now}", "",
           f"Machine: {info['nproc']} cores ({info['cpu']}), {info['ram']} RAM; Python {info['python']}, "
           f"pyarrow {info['pyarrow']}, ladybug {info['ladybug']}; commit {info['commit']}; "
           f"load average at start {info['load_avg']}.", "",
           "| rows | loader | CSV MB | parse s (pyarrow, best/first; CPU) | ingest s (CPU s) | load+store s (CPU) | "
           "rebuild s (CPU) | rows/s | × parse | peak MB | statements | graph nodes / rels | store MB (sqlite + graph) | bars |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        ig, pa_ = r["ingest"], r["parse"]
        peak = r["ingest_peak_mb"] or ig["maxrss_mb"]
        ratio = ig["ingest_s"] / pa_["best_s"]
        gc = ig["graph_counts"]
        from_labels = {"Actor", "Event", "Place", "Source", "Claim"}
        n_nodes = sum(v for k, v in gc.items() if k in from_labels)
        n_rels = sum(v for k, v in gc.items() if k not in from_labels)
        qs = r.get("queries", {}).get("queries", [])
        slow = [q for q in qs if q.get("error") or q.get("warm_ms", 0) > BAR_QUERY_MS or q.get("first_ms", 0) > BAR_QUERY_MS]
        bars = []
        if r["rows"] >= 1_000_000:
            bars.append(f"time {'OK' if ratio <= BAR_FACTOR else 'MISSED'}")
            bars.append(f"memory {'OK' if peak < BAR_MEMORY_MB else 'MISSED'}")
            if qs:
                bars.append(f"queries {'OK' if not slow else 'MISSED'}")
        sm = r["store_mb"]
        out.append(
            f"| {r['rows']:,} | {r['kind']} ({r['layout']}) | {r['csv_mb']:.0f} | {pa_['best_s']:.2f} / {pa_['first_s']:.2f}; "
            f"{pa_.get('best_cpu_s', 0):.2f} | {ig['ingest_s']:.1f} ({ig.get('ingest_cpu_s', 0):.1f}) | "
            f"{ig['load_store_s']:.1f} ({ig.get('load_store_cpu_s', 0):.1f}) | {ig['rebuild_s']:.1f} ({ig.get('rebuild_cpu_s', 0):.1f}) | "
            f"{r['rows'] / ig['ingest_s']:,.0f} | "
            f"{ratio:.0f}× | {peak:,.0f} | {ig['statements_total']:,} | {n_nodes:,} / {n_rels:,} | "
            f"{sm['statements.sqlite']:,.0f} + {sm['graph.lbug']:,.0f} | {', '.join(bars) or '—'} |")
    out.append("")
    out.append("Peak MB is the ingest process's maximum resident set (GNU time, else ru_maxrss); the pack "
               "is loaded first in the same process. CPU s is the process's user+system time (all its threads), "
               "which a busy machine inflates less than wall time. × parse is wall ingest / wall parse (best). "
               "Load average (1 min) before/after each size: "
               + "; ".join(f"{r['rows']:,}: {r['load_avg_start']:.1f}/{r['load_avg_end']:.1f}" for r in results) + ".")
    for r in results:
        q = r.get("queries")
        if not q:
            continue
        out += ["", f"Named queries at {r['rows']:,} rows (engine open {q['open_s'] * 1000:.0f} ms; "
                f"resolver built from the store in {q['resolver_s']:.1f} s, not counted below; "
                f"query process peak {q.get('peak_mb') or q['maxrss_mb']:,.0f} MB):", "",
                "| query | example | first ms | warm ms (best of 3) | rows | note |", "|---|---|---|---|---|---|"]
        for x in q["queries"]:
            ex = x["example"].replace("conflictkg query ", "").replace("|", "\\|")
            if x.get("error"):
                out.append(f"| {x['query']} | `{ex}` | — | — | — | error: {x['error'].replace('|', '/')} |")
            else:
                note = f"{x['substituted']}" if x.get("substituted") else ""
                flag = " **>500 ms**" if max(x["first_ms"], x["warm_ms"]) > BAR_QUERY_MS else ""
                out.append(f"| {x['query']} | `{ex}` | {x['first_ms']:.0f} | {x['warm_ms']:.0f}{flag} | {x['rows']} | {note} |")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0].startswith("--child-"):
        mode, rest = argv[0], argv[1:]
        fn = {"--child-parse": child_parse, "--child-ingest": child_ingest, "--child-queries": child_queries}[mode]
        print(json.dumps(fn(*rest)))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[100_000])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/conflictkg-bench"))
    ap.add_argument("--kind", default="acled", help="loader: acled (the product loader) or acled-standin")
    ap.add_argument("--layout", choices=("dyadic", "monadic"), default="dyadic")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-queries", action="store_true")
    ap.add_argument("--out", type=Path, help="append the Markdown results to this file")
    ap.add_argument("--json", type=Path, help="write the raw results as JSON here")
    a = ap.parse_args(argv)
    info = machine()
    results = [bench(n, a.workdir, a.kind, a.layout, a.seed, not a.no_queries) for n in a.rows]
    md = markdown(results, info)
    print(md)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        with open(a.out, "a", encoding="utf-8") as f:
            f.write("\n" + md)
    if a.json:
        a.json.write_text(json.dumps({"machine": info, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
