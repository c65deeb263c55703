#!/usr/bin/env python3
"""Date-window queries, A/B: the same store's statements, two code versions and their graphs.

Runs in a child process per (code, graph) pair, alternately, so that both see the same machine
load: ``manoeuvre`` on the first N MilitaryOperation events (default window) and the timeline,
channels, brokers and attributions examples whose windows the Month buckets serve. Reports CPU
milliseconds (process user+system, ``getrusage``: a busy machine inflates it less than wall time)
of the first run and the warm runs of each query, and a hash of each answer (rows and notes), which
must be the same for both versions.

    python benchmarks/window_queries.py --a /work/main:/path/old/store --b .:/path/new/store --ops 13

``CODE:STORE``: a checkout whose ``conflictkg`` is imported, and a store directory (statements.sqlite
and graph.lbug built by that code). ``--profile`` prints the engine's PROFILE of manoeuvre's window
query for the first operation (the operators and their tuple counts).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

OTHER = [
    ("timeline", {"entity": "JNIM", "since": "2020-01", "until": "2020-06"}),
    ("timeline", {"entity": "Bourem", "since": "2021-03", "until": "2021-04"}),
    ("channels", {"a": "Government of Mali", "b": "JNIM"}),
    ("channels", {"a": "JNIM", "b": "MINUSMA", "max_hops": 4, "since": "2022-06"}),
    ("brokers", {"since": "2022-06"}),
    ("attributions", {"actor": "JNIM", "with_components": True, "since": "2020-01"}),
    ("attributions", {"actor": "JNIM", "since": "2021-02", "until": "2021-03"}),
    ("timeline", {"entity": "JNIM", "since": "2021-05", "until": "2021-08"}),
    ("timeline", {"entity": "Malian Armed Forces", "since": "2022-03"}),
    ("timeline", {"entity": "Gao", "since": "2019-10", "until": "2019-12"}),
    ("timeline", {"entity": "Mopti", "since": "2022"}),
    ("attributions", {"actor": "ISGS", "since": "2022-09"}),
    ("attributions", {"actor": "Malian Armed Forces", "until": "2018-04"}),
]


ONLY = [x for x in os.environ.get("WINDOW_QUERIES_ONLY", "").split(",") if x]  # e.g. timeline,attributions


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000


def child(code: str, db: str, ops: int, runs: int, profile: bool) -> dict:
    sys.path.insert(0, code)
    from conflictkg.graph.engine import Engine
    from conflictkg.graph.resolver import Resolver
    from conflictkg.graph.store import Store
    from conflictkg.queries import QUERIES, run

    store = Store(Path(db))
    eng = Engine(store.graph_path)
    resolver = Resolver.from_store(store)
    ids = [r[0] for r in eng.run("MATCH (o:Event) WHERE o.class = 'MilitaryOperation' AND o.start_date IS NOT NULL "
                                 "RETURN o.id ORDER BY o.id LIMIT $n", {"n": ops}).rows]
    cases = [("manoeuvre", {"operation": i}) for i in ids] + [c for c in OTHER if not ONLY or c[0] in ONLY]
    out = []
    for name, args in cases:
        cpu, wall = [], []
        res = None
        for _ in range(runs):
            c, w = _cpu(), time.perf_counter()
            res = run(name, eng, resolver, **args)
            cpu.append(_cpu() - c)
            wall.append((time.perf_counter() - w) * 1000)
        digest = hashlib.sha1(json.dumps([res.columns, res.rows, res.notes], default=str,
                                         ensure_ascii=False).encode()).hexdigest()[:12]
        out.append({"query": name, "args": args, "cpu": cpu, "wall": wall, "rows": len(res.rows), "hash": digest})
    prof = None
    if profile and ids:
        from conflictkg.queries.base import Ctx, render

        q = QUERIES["manoeuvre"]
        op = eng.run("MATCH (o:Event {id: $id}) RETURN o.start_date, o.end_date", {"id": ids[0]}).rows[0]
        import datetime as dt
        end = (dt.date.fromisoformat(op[1]) + dt.timedelta(days=30)).isoformat()
        params = {"window_start": op[0], "window_end": end,
                  "classes": ["Attack", "Clash", "Explosion", "ViolenceAgainstCivilians", "Kidnapping", "MilitaryOperation"]}
        text = render(q.cypher["window"])
        if "$months" in text:
            from conflictkg.queries.base import window_months
            params["months"] = window_months(op[0], end)
        prof = eng._con.execute("PROFILE " + text, params).get_next()[0]
    eng.close()
    return {"cases": out, "profile": prof}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", help="CODE:STORE of the baseline")
    ap.add_argument("--b", help="CODE:STORE of the change")
    ap.add_argument("--ops", type=int, default=13)
    ap.add_argument("--runs", type=int, default=4, help="runs per query (the first is reported apart)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds A, B, A, B...")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child[0], a.child[1], a.ops, a.runs, a.profile)))
        return
    if not (a.a and a.b):
        ap.error("--a and --b are required")
    results: dict = {"A": [], "B": []}
    loads = []
    for _ in range(a.rounds):
        for tag, spec in (("A", a.a), ("B", a.b)):
            code, db = spec.split(":", 1)
            loads.append(os.getloadavg()[0])
            env = dict(os.environ, PYTHONPATH=str(Path(code).resolve()))
            p = subprocess.run([sys.executable, __file__, "--child", str(Path(code).resolve()), db, "--ops", str(a.ops),
                                "--runs", str(a.runs)] + (["--profile"] if a.profile else []),
                               capture_output=True, text=True, env=env)
            if p.returncode:
                raise SystemExit(p.stderr[-3000:])
            results[tag].append(json.loads(p.stdout.strip().splitlines()[-1]))
    loads.append(os.getloadavg()[0])
    print(f"load average (1 min) at each child start and at the end: {', '.join(f'{x:.1f}' for x in loads)}")
    print("| query | args | rows | same answer | A first CPU ms | A warm CPU min/med/max | B first | B warm min/med/max |")
    print("|---|---|---|---|---|---|---|---|")
    tot = {"A": 0.0, "B": 0.0}
    for i, case in enumerate(results["A"][0]["cases"]):
        cells = []
        same = all(r["cases"][i]["hash"] == case["hash"] for t in "AB" for r in results[t])
        for t in "AB":
            firsts = [r["cases"][i]["cpu"][0] for r in results[t]]
            warm = sorted(x for r in results[t] for x in r["cases"][i]["cpu"][1:])
            tot[t] += sum(warm)
            cells += [f"{min(firsts):.0f}", f"{warm[0]:.0f} / {warm[len(warm) // 2]:.0f} / {warm[-1]:.0f}"]
        args = ", ".join(f"{k}={v}" for k, v in case["args"].items())
        print(f"| {case['query']} | {args} | {case['rows']} | {'yes' if same else '**NO**'} | " + " | ".join(cells) + " |")
    print(f"sum of warm CPU ms: A {tot['A']:.0f}, B {tot['B']:.0f} ({100 * (tot['B'] - tot['A']) / max(tot['A'], 1):+.0f} %)")
    if a.profile:
        for t in "AB":
            print(f"--- PROFILE {t}\n{results[t][0]['profile']}")
    if a.json:
        a.json.write_text(json.dumps({"loads": loads, **results}, indent=1))


if __name__ == "__main__":
    main()
