"""Neo4j push throughput beside LOAD CSV of the same graph on the same server.

    make neo4j-up
    python benchmarks/neo4j_push.py                      # 100,000 events (about 5 minutes)
    python benchmarks/neo4j_push.py --events 20000 --out /tmp/neo4j-push

A synthetic projection shaped like an ACLED import (made by the real ``project()`` from
synthetic statements, so it has the Claim nodes and STATED_IN/ABOUT provenance of real data):
events with a day, a death toll, a place, an attributed perpetrator and, for half of them, a
target; 300 actors, 3,000 places in a country/region/cercle/settlement hierarchy, 200 sources.

Measured, on an emptied database of the server of NEO4J_URI (the script refuses a database
holding anything it did not write):

1. ``push`` from nothing (schema, diff, nodes, relationships), the figure of interest:
   relationships per second over the whole push;
2. a second ``push`` of the same graph (the sync check alone: nothing to write);
3. a ``push`` after 1% more events (the incremental case);
4. the same graph written as CSV files into NEO4J_IMPORT_DIR and loaded with ``LOAD CSV`` +
   ``CREATE`` in ``CALL { } IN TRANSACTIONS`` (same constraints and indexes, same properties and
   labels), on an emptied database: the bulk-load baseline. The time to write the CSV files is
   reported apart.

Results go to ``--out`` (default ``benchmarks/results/neo4j_push``) as .md and .json.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflictkg.graph import neo4j_store  # noqa: E402
from conflictkg.graph.projection import project  # noqa: E402
from conflictkg.graph.statements import Statement  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine as common_machine  # noqa: E402

EVENT_CLASSES = ["Attack", "Clash", "Explosion", "ViolenceAgainstCivilians", "Kidnapping"]
ACTOR_CLASSES = ["ArmedGroup", "StateForce", "Militia", "CivilianGroup"]
LIST_SEP = "\u241f"  # a list cell in the CSV files ("␟", not in the data)


# -- the synthetic graph ----------------------------------------------------------------------------

SOURCES = [f"source:synthetic/{i}" for i in range(200)]
ACTORS = [f"actor:synthetic-{i}" for i in range(300)]
PLACES = [f"place:xx/r{r}/c{c}/v{v}" for r in range(10) for c in range(30) for v in range(9)]


def base_statements() -> list[Statement]:
    """Sources, actors (with a PART_OF hierarchy) and places (with LOCATED_IN), always the same."""
    rnd = random.Random(1)
    out = []
    for i, s in enumerate(SOURCES):
        out += [Statement(s, "class", s, value="Dataset" if i % 10 == 0 else "Report", loader="facts"),
                Statement(s, "name", s, value=f"Synthetic source {i}", loader="facts"),
                Statement(s, "published", s, value=f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}", loader="facts")]
    for i, a in enumerate(ACTORS):
        out += [Statement(a, "class", SOURCES[0], value=ACTOR_CLASSES[i % len(ACTOR_CLASSES)], loader="pack"),
                Statement(a, "name", SOURCES[0], value=f"Synthetic actor {i}", loader="pack"),
                Statement(a, "alias", SOURCES[0], value=f"SA{i}", loader="pack")]
        if i % 7 and i > 10:
            out.append(Statement(a, "PART_OF", SOURCES[i % 200], object=ACTORS[i % 10], confidence="attributed",
                                 valid_from=f"{2010 + i % 10}", loader="facts"))
    for r in range(10):
        reg = f"place:xx/r{r}"
        out += [Statement(reg, "class", SOURCES[0], value="AdminArea", loader="pack"),
                Statement(reg, "name", SOURCES[0], value=f"Region {r}", loader="pack")]
        for c in range(30):
            cer = f"{reg}/c{c}"
            out += [Statement(cer, "class", SOURCES[0], value="AdminArea", loader="pack"),
                    Statement(cer, "name", SOURCES[0], value=f"Cercle {r}.{c}", loader="pack"),
                    Statement(cer, "LOCATED_IN", SOURCES[0], object=reg, loader="pack")]
            for v in range(9):
                pl = f"{cer}/v{v}"
                out += [Statement(pl, "class", SOURCES[0], value="Settlement", loader="pack"),
                        Statement(pl, "name", SOURCES[0], value=f"Village {r}.{c}.{v}", loader="pack"),
                        Statement(pl, "lat", SOURCES[0], value=f"{10 + rnd.random() * 10:.4f}", loader="pack"),
                        Statement(pl, "lon", SOURCES[0], value=f"{-5 + rnd.random() * 10:.4f}", loader="pack"),
                        Statement(pl, "LOCATED_IN", SOURCES[0], object=cer, loader="pack")]
    return out


def event_statements(n_events: int, seed: int = 7, start: int = 0) -> list[Statement]:
    """Events shaped like dataset rows: a day, a toll, a place, a perpetrator (Zipf-skewed: a few
    groups carry most events, as in ACLED), a target for half of them."""
    rnd = random.Random(seed)
    out = []
    day0 = dt.date(2015, 1, 1)
    for i in range(start, start + n_events):
        e = f"event:synthetic-{i}"
        s = SOURCES[rnd.randrange(len(SOURCES))]
        day = (day0 + dt.timedelta(days=rnd.randrange(3650))).isoformat()
        rec = str(i)
        out += [Statement(e, "class", s, value=EVENT_CLASSES[i % len(EVENT_CLASSES)], loader="acled", record=rec),
                Statement(e, "name", s, value=f"Synthetic event {i}", loader="acled", record=rec),
                Statement(e, "date", s, value=day, loader="acled", record=rec),
                Statement(e, "date_precision", s, value="day", loader="acled", record=rec),
                Statement(e, "fatalities_min", s, value=str(rnd.randrange(20)), loader="acled", record=rec),
                Statement(e, "OCCURRED_AT", s, object=PLACES[rnd.randrange(len(PLACES))], evidence=f"row {i}",
                          loader="acled", record=rec),
                Statement(e, "ATTRIBUTED_TO", s, object=ACTORS[int(rnd.paretovariate(1.2)) % len(ACTORS)],
                          confidence=rnd.choice(["attributed", "claimed", "probable"]), evidence=f"row {i}",
                          loader="acled", record=rec)]
        if i % 2:
            out.append(Statement(e, "TARGETED", s, object=ACTORS[rnd.randrange(len(ACTORS))], evidence=f"row {i}",
                                 loader="acled", record=rec))
    return out


def sizes(proj) -> tuple[int, int]:
    return sum(map(len, proj.nodes.values())), sum(map(len, proj.rels.values()))


# -- LOAD CSV of the same rows ------------------------------------------------------------------

def _conv(col: str, sample) -> str:
    v = f"row.`{col}`"
    if isinstance(sample, bool):
        return f"toBoolean({v})"
    if isinstance(sample, int):
        return f"toInteger({v})"
    if isinstance(sample, float):
        return f"toFloat({v})"
    if isinstance(sample, dt.date):
        return f"date({v})"
    if isinstance(sample, list):
        return f"CASE WHEN {v} IS NULL THEN [] ELSE split({v}, '{LIST_SEP}') END"
    return v


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return LIST_SEP.join(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def write_csvs(proj, import_dir: Path) -> list[tuple[str, str, int]]:
    """One CSV per (label, class) and per (type, from label, to label); returns the LOAD CSV
    statements (with the row counts) that read them."""
    import_dir.mkdir(parents=True, exist_ok=True)
    groups = defaultdict(list)
    for r in neo4j_store.node_rows(proj):
        groups[(r.label, r.cls)].append(r.props)
    loads = []
    for (label, cls), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        cols, sample = [], {}
        for p in rows:
            for k, v in p.items():
                if k not in sample:
                    cols.append(k)
                    sample[k] = v
        name = f"ckg-bench-node-{label}-{cls or 'none'}.csv"
        with open(import_dir / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for p in rows:
                w.writerow([_cell(p.get(c)) for c in cols])
        props = ", ".join(f"`{c}`: {_conv(c, sample[c])}" for c in cols)
        labels = f"`{label}`" + (f":`{cls}`" if cls else "")
        loads.append((f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row "
                      f"CALL (row) {{ CREATE (:{labels} {{{props}}}) }} IN TRANSACTIONS OF 10000 ROWS", name, len(rows)))
    rgroups = defaultdict(list)
    for r in neo4j_store.rel_rows(proj):
        rgroups[(r.type, r.from_label, r.to_label)].append(r)
    for (t, fl, tl), rows in sorted(rgroups.items()):
        cols, sample = [], {}
        for r in rows:
            for k, v in r.props.items():
                if k not in sample:
                    cols.append(k)
                    sample[k] = v
        name = f"ckg-bench-rel-{t}-{fl}-{tl}.csv"
        with open(import_dir / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["_from", "_to"] + cols)
            for r in rows:
                w.writerow([r.start, r.end] + [_cell(r.props.get(c)) for c in cols])
        props = ", ".join(f"`{c}`: {_conv(c, sample[c])}" for c in cols)
        loads.append((f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row CALL (row) {{ "
                      f"MATCH (a:`{fl}` {{id: row._from}}) MATCH (b:`{tl}` {{id: row._to}}) "
                      f"CREATE (a)-[:`{t}` {{{props}}}]->(b) }} IN TRANSACTIONS OF 10000 ROWS", name, len(rows)))
    return loads


# -- running ---------------------------------------------------------------------------------------

def _run(driver, target, q, **params):
    with driver.session(database=target.database) as s:
        return s.run(q, params).consume()


def empty(driver, target):
    with driver.session(database=target.database) as s:
        foreign = s.run("MATCH (n) WHERE n._ckg IS NULL RETURN count(n) AS c").single()["c"]
        if foreign:
            sys.exit(f"{target.uri} holds {foreign} node(s) this benchmark did not write; use a throwaway server "
                     "(make neo4j-up)")
        # relationships first: DETACH DELETE of a source node with thousands of claims in the
        # same transaction as 20,000 other nodes exceeds the server's transaction memory
        while s.run("MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS c").single()["c"]:
            pass
        while s.run("MATCH (n) WITH n LIMIT 50000 DELETE n RETURN count(*) AS c").single()["c"]:
            pass


def store_mb(target) -> int | None:
    """Size of the database files of the local test server (None for another server). Neo4j
    does not shrink its files, so this is measured right after the first push into them."""
    d = ROOT / "tools" / "neo4j" / "run" / "home" / "data" / "databases" / target.database
    if not d.is_dir():
        return None
    return round(sum(p.stat().st_size for p in d.rglob("*") if p.is_file()) / 1e6)


def machine(driver, target) -> dict:
    with driver.session(database=target.database) as s:
        version = s.run("CALL dbms.components() YIELD versions RETURN versions[0] AS v").single()["v"]
    import neo4j as drv

    m = common_machine()
    return dict(m, driver=drv.__version__, neo4j=version, heap=os.environ.get("CONFLICTKG_NEO4J_HEAP", "1g"),
                pagecache=os.environ.get("CONFLICTKG_NEO4J_PAGECACHE", "256m"), load_before=m["load_avg"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=neo4j_store.DEFAULT_BATCH)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "neo4j_push")
    ap.add_argument("--import-dir", type=Path,
                    default=Path(os.environ.get("NEO4J_IMPORT_DIR", ROOT / "tools" / "neo4j" / "run" / "import")))
    ap.add_argument("--skip-csv", action="store_true", help="Only the push measurements.")
    ap.add_argument("--repeat", type=int, default=2, help="Fresh push / LOAD CSV pairs (the best of each counts).")
    args = ap.parse_args(argv)

    target = neo4j_store.Target.from_settings()
    driver = neo4j_store.connect(target)
    m = machine(driver, target)
    res = {"machine": m, "events": args.events, "batch_size": args.batch_size}

    t = time.perf_counter()
    proj = project(base_statements() + event_statements(args.events))
    res["project_s"] = time.perf_counter() - t
    n_nodes, n_rels = sizes(proj)
    res["nodes"], res["relationships"] = n_nodes, n_rels
    print(f"projection: {n_nodes:,} nodes, {n_rels:,} relationships ({res['project_s']:.1f}s)", flush=True)

    empty(driver, target)
    for name in [r[0] for r in driver.session(database=target.database).run("SHOW CONSTRAINTS YIELD name")]:
        if name.startswith("ckg_"):
            _run(driver, target, f"DROP CONSTRAINT {name} IF EXISTS")
    for name in [r[0] for r in driver.session(database=target.database).run("SHOW INDEXES YIELD name")]:
        if name.startswith("ckg_"):
            _run(driver, target, f"DROP INDEX {name} IF EXISTS")

    def timed_push(label, p, **kw):
        t0, c0 = time.perf_counter(), time.process_time()
        s = neo4j_store.push(p, target, batch_size=args.batch_size, **kw)
        secs = time.perf_counter() - t0
        row = {"seconds": secs, "client_cpu_s": time.process_time() - c0, "phases": s.seconds,
               "counters": s.counters, "transactions": s.transactions, "load": os.getloadavg(),
               "plan": {"node_new": s.plan.node_new, "node_changed": s.plan.node_changed,
                        "rel_new": s.plan.rel_new, "rel_changed": s.plan.rel_changed,
                        "node_deletes": len(s.plan.node_deletes), "rel_deletes": len(s.plan.rel_deletes)}}
        row["rels_per_s"] = n_rels / secs
        print(f"{label}: {secs:.1f}s (client CPU {row['client_cpu_s']:.1f}s) {s.line()}", flush=True)
        return row

    def load_csv(loads):
        t0 = time.perf_counter()
        node_s = rel_s = 0.0
        for q, name, n in loads:
            t1 = time.perf_counter()
            _run(driver, target, q)
            if "-node-" in name:
                node_s += time.perf_counter() - t1
            else:
                rel_s += time.perf_counter() - t1
        secs = time.perf_counter() - t0
        with driver.session(database=target.database) as s:
            counts = {"nodes": s.run("MATCH (n) RETURN count(n) AS c").single()["c"],
                      "relationships": s.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]}
        assert counts == {"nodes": n_nodes, "relationships": n_rels}, counts
        print(f"LOAD CSV: {secs:.1f}s ({node_s:.1f}s nodes, {rel_s:.1f}s relationships)", flush=True)
        return {"seconds": secs, "nodes_s": node_s, "relationships_s": rel_s, "counts": counts,
                "rels_per_s": n_rels / secs, "load": os.getloadavg()}

    # Fresh pushes and LOAD CSV runs alternate, so that other work on a shared machine weighs on
    # both alike; the best run of each is compared.
    loads = None
    if not args.skip_csv:
        t0 = time.perf_counter()
        loads = write_csvs(proj, args.import_dir)
        res["csv_write_s"] = time.perf_counter() - t0
        res["csv_mb"] = sum((args.import_dir / name).stat().st_size for _, name, _ in loads) / 1e6
        print(f"CSV files: {res['csv_mb']:.0f} MB in {res['csv_write_s']:.1f}s", flush=True)
    res["push_runs"], res["load_csv_runs"] = [], []
    for rep in range(args.repeat):
        empty(driver, target)  # constraints and indexes stay after the first push: same schema for both
        res["push_runs"].append(timed_push(f"push from nothing #{rep + 1}", proj))
        if rep == 0:
            res["store_mb"] = store_mb(target)
            res["push_again"] = timed_push("second push (no change)", proj)
            more = project(base_statements() + event_statements(args.events)
                           + event_statements(args.events // 100, seed=11, start=args.events))
            res["push_plus_1pct"] = timed_push("push after 1% more events", more)
            del more
        if loads:
            empty(driver, target)
            res["load_csv_runs"].append(load_csv(loads))
    res["push_fresh"] = min(res["push_runs"], key=lambda r: r["seconds"])
    if loads:
        res["load_csv"] = min(res["load_csv_runs"], key=lambda r: r["seconds"])
        res["ratio_push_to_load_csv"] = res["push_fresh"]["rels_per_s"] / res["load_csv"]["rels_per_s"]
        for _, name, _ in loads:
            (args.import_dir / name).unlink()
    empty(driver, target)
    res["machine"]["load_after"] = os.getloadavg()
    driver.close()
    write(res, args.out)


def write(res: dict, out: Path):
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
    m = res["machine"]
    pf, pa, pi = res["push_fresh"], res["push_again"], res["push_plus_1pct"]
    fmt_load = lambda xs: ", ".join(f"{x:.1f}" for x in xs)  # noqa: E731
    lines = [
        "# Neo4j push throughput beside LOAD CSV",
        "",
        f"`python benchmarks/neo4j_push.py --events {res['events']}` (batch size {res['batch_size']}; "
        f"{len(res['push_runs'])} fresh push(es) and {len(res.get('load_csv_runs', []))} LOAD CSV run(s), "
        "alternating; the best of each is compared).",
        "",
        f"- machine: {m['nproc']} CPU(s) available, {m['cpu']}, {m['mem_mb']} MB RAM; Python {m['python']}, "
        f"driver {m['driver']}; Neo4j {m['neo4j']} Community (tools/neo4j, heap {m['heap']}, page cache "
        f"{m['pagecache']}; the graph takes {res.get('store_mb') or '?'} MB on disk); {m['date']}; commit {m['commit']}",
        f"- load average before / after: {fmt_load(m['load_before'])} / {fmt_load(m.get('load_after', ()))} "
        "(a shared 2-core machine: other work ran beside it, and Neo4j and the client share the cores)",
        f"- graph: {res['events']:,} events → {res['nodes']:,} nodes and {res['relationships']:,} relationships "
        f"(Claim nodes with STATED_IN/ABOUT included); projection built in {res['project_s']:.1f}s",
        "",
        "| run | seconds | relationships/s | notes |",
        "|---|---:|---:|---|",
    ]
    for i, r in enumerate(res["push_runs"]):
        lines.append(f"| push from nothing #{i + 1} | {r['seconds']:.1f} | {r['rels_per_s']:,.0f} | "
                     f"{r['counters']['nodes_created']:,} nodes, {r['counters']['relationships_created']:,} "
                     f"relationships in {r['transactions']} transactions; client CPU {r['client_cpu_s']:.0f}s; "
                     f"load {r['load'][0]:.1f} |")
    for i, r in enumerate(res.get("load_csv_runs", [])):
        lines.append(f"| LOAD CSV + CREATE #{i + 1} | {r['seconds']:.1f} | {r['rels_per_s']:,.0f} | "
                     f"nodes {r['nodes_s']:.0f}s, relationships {r['relationships_s']:.0f}s; load {r['load'][0]:.1f} |")
    lines += [
        f"| second push, no change | {pa['seconds']:.1f} | – | {pa['transactions']} write transactions, "
        f"{pa['counters']['properties_set']} properties set |",
        f"| push after 1% more events | {pi['seconds']:.1f} | – | {pi['plan']['node_new']:,} new and "
        f"{pi['plan']['node_changed']:,} changed nodes, {pi['plan']['rel_new']:,} new relationships |",
    ]
    if "load_csv" in res:
        lines += ["", f"**Push: {pf['rels_per_s']:,.0f} relationships/s; LOAD CSV: {res['load_csv']['rels_per_s']:,.0f}"
                      f" relationships/s; ratio push / LOAD CSV: {res['ratio_push_to_load_csv']:.2f}** (best runs)",
                  f"(CSV files: {res['csv_mb']:.0f} MB, written in {res['csv_write_s']:.1f}s, not counted)"]
    lines += ["", "Phases of the best push (seconds): " + ", ".join(f"{k} {v:.1f}" for k, v in pf["phases"].items()),
              ""]
    out.with_suffix(".md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
