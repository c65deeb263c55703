"""Smoke check of the local Neo4j started by up.sh, through the Python `neo4j` driver.

Run: tools/neo4j/up.sh && python3 tools/neo4j/smoke.py
Exercises what conflictkg needs from the server: managed read/write transactions,
constraints and indexes created IF NOT EXISTS, UNWIND $rows writes, LOAD CSV from the
import dir, date() values, and that a wrong password is refused. Writes only nodes
labelled SmokeCheck, and removes them again.
"""

import csv
import datetime
import os
import sys
import time
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError

HERE = Path(__file__).resolve().parent
URI = os.environ.get("NEO4J_URI", f"bolt://127.0.0.1:{os.environ.get('CONFLICTKG_NEO4J_PORT', '7687')}")
PASSWORD = os.environ.get("NEO4J_PASSWORD", os.environ.get("CONFLICTKG_NEO4J_PASSWORD", "conflictkg"))
IMPORT_DIR = Path(os.environ.get("NEO4J_IMPORT_DIR", os.environ.get("CONFLICTKG_NEO4J_IMPORT_DIR", HERE / "run" / "import")))


def check(label, cond):
    print(f"{'ok  ' if cond else 'FAIL'} {label}")
    if not cond:
        sys.exit(1)


def main():
    with neo4j.GraphDatabase.driver(URI, auth=("neo4j", PASSWORD)) as driver:
        driver.verify_connectivity()
        with driver.session(database="neo4j") as s:
            s.run("MATCH (n:SmokeCheck) DETACH DELETE n").consume()
            for _ in range(2):  # twice: IF NOT EXISTS must make the second round a no-op
                s.run("CREATE CONSTRAINT smoke_id IF NOT EXISTS FOR (n:SmokeCheck) REQUIRE n.id IS UNIQUE").consume()
                s.run("CREATE INDEX smoke_day IF NOT EXISTS FOR (n:SmokeCheck) ON (n.day)").consume()
            names = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name")}
            check("constraint created", "smoke_id" in names)

            rows = [{"id": i, "day": f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(10_000)]
            t0 = time.perf_counter()

            def write(tx):
                return tx.run(
                    "UNWIND $rows AS row CREATE (n:SmokeCheck {id: row.id, day: date(row.day)}) RETURN count(n) AS c",
                    rows=rows,
                ).single()["c"]

            created = s.execute_write(write)
            check(f"UNWIND wrote 10k rows in {time.perf_counter() - t0:.2f}s", created == 10_000)

            def duplicate(tx):
                tx.run("CREATE (:SmokeCheck {id: 0})").consume()

            try:
                s.execute_write(duplicate)
                check("unique constraint enforced", False)
            except neo4j.exceptions.ConstraintError:
                check("unique constraint enforced", True)

            day = s.execute_read(lambda tx: tx.run("MATCH (n:SmokeCheck {id: 13}) RETURN n.day AS d").single()["d"])
            check(f"date() comes back as a date ({day!r})", day.to_native() == datetime.date(2019, 2, 14))

            IMPORT_DIR.mkdir(parents=True, exist_ok=True)
            path = IMPORT_DIR / "smoke.csv"
            with path.open("w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["id", "name"])
                w.writerows([[100_000 + i, f"place {i}"] for i in range(50)])
            loaded = s.execute_write(
                lambda tx: tx.run(
                    "LOAD CSV WITH HEADERS FROM 'file:///smoke.csv' AS row "
                    "CREATE (n:SmokeCheck {id: toInteger(row.id), name: row.name}) RETURN count(n) AS c"
                ).single()["c"]
            )
            check(f"LOAD CSV read 50 rows from {path}", loaded == 50)
            path.unlink()

            s.run("MATCH (n:SmokeCheck) DETACH DELETE n").consume()
            s.run("DROP CONSTRAINT smoke_id IF EXISTS").consume()
            s.run("DROP INDEX smoke_day IF EXISTS").consume()

    try:
        with neo4j.GraphDatabase.driver(URI, auth=("neo4j", PASSWORD + "-wrong")) as bad:
            bad.verify_connectivity()
        check("wrong password refused", False)
    except AuthError:
        check("wrong password refused with AuthError", True)
    print("smoke check passed against", URI)


if __name__ == "__main__":
    main()
