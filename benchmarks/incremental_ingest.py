#!/usr/bin/env python3
"""Adding one report to a large store: incremental graph update against the full rebuild.

Builds (once, reused from ``--workdir``) a store of N synthetic ACLED rows (``gen_acled.py``),
then, each time on a fresh copy of it, ingests one report in a separate process, first with the
incremental update (the default), then with ``CONFLICTKG_INCREMENTAL=0`` (every ingest rebuilds
the whole graph, as before it). Records wall and CPU time of the ingest and of its graph step,
peak memory, and whether the two graphs are the same (node and relationship counts; the property
tests in ``tests/graph/test_incremental.py`` compare them in full).

    python3 benchmarks/incremental_ingest.py --rows 100000 --out /tmp/incr-bench.json
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from _machine import machine  # noqa: E402

REPORT = ROOT / "tests" / "devset" / "reports" / "05-ogossagou-massacre-2019.txt"


def child(db: str, path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from conflictkg.kg import KG

    kg = KG(db, pack="sahel")
    timing = {}
    real = KG.refresh_graph

    def timed(self):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return real(self)
        finally:
            timing["graph_s"] = time.perf_counter() - t0
            timing["graph_cpu_s"] = time.process_time() - c0

    KG.refresh_graph = timed
    t, c = time.perf_counter(), time.process_time()
    summary = kg.ingest([path])
    f = summary.files[-1]
    return {"ingest_s": time.perf_counter() - t, "ingest_cpu_s": time.process_time() - c, **timing,
            "how": kg.last_refresh, "read": f.read, "new": f.new, "counters": f.counters,
            "graph_counts": summary.graph_counts,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(db: Path, path: Path, env: dict) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(path)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--csv", help="an existing ACLED CSV instead of a generated one")
    ap.add_argument("--report", default=str(REPORT))
    ap.add_argument("--workdir", default="/tmp/conflictkg-incr-bench")
    ap.add_argument("--modes", default="incremental,full", help="which ingests to run on copies of the store")
    ap.add_argument("--out")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(*a.child)))
        return
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    csv = Path(a.csv) if a.csv else work / f"acled-{a.rows}.csv"
    if not csv.exists():
        subprocess.run([sys.executable, str(HERE / "gen_acled.py"), "--rows", str(a.rows), "-o", str(csv)], check=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = work / f"store-{csv.stem}"
    result = {"machine": machine(), "csv": str(csv), "report": a.report}
    if not (base / "graph.lbug").exists():
        shutil.rmtree(base, ignore_errors=True)
        t = time.perf_counter()
        result["base"] = run_child(base, csv, env)
        result["base"]["wall_s"] = time.perf_counter() - t
    modes = {"incremental": {}, "full": {"CONFLICTKG_INCREMENTAL": "0"}}
    for name in a.modes.split(","):
        extra = modes[name]
        copy = work / f"copy-{name}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(base, copy)
        result[name] = run_child(copy, Path(a.report), dict(env, **extra))
        shutil.rmtree(copy, ignore_errors=True)
    if "incremental" in result and "full" in result:
        result["same_counts"] = result["incremental"]["graph_counts"] == result["full"]["graph_counts"]
    text = json.dumps(result, indent=1, default=str)
    print(text)
    if a.out:
        Path(a.out).write_text(text)


if __name__ == "__main__":
    main()
