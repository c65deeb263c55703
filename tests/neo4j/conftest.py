"""Fixtures for the tests against the real Neo4j server (``make test`` starts it; see
tools/neo4j/README.md). Unreachable server: skip with the reason locally, fail in CI.

The tests empty the database between tests, so they refuse to run against a database that
holds anything they did not write (a developer's NEO4J_URI pointing at real work)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """As in tests/conftest.py: skip locally when the server is missing, fail in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD_FACTS = ROOT / "tests" / "fixtures" / "facts" / "good.yaml"
EVENTS = FIXTURES / "events.yaml"
TRICKY = FIXTURES / "tricky-names.yaml"
# Nodes the tests create themselves to stand for other people's data in the same database.
FOREIGN = "TestForeign"


# Kills and restarts the server: run it last, so the tests before it keep a warm server (query
# plans compiled, page cache filled) and none after it pays for a cold one.
LAST = "test_server_killed_half_way_then_restarted_converges"


def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(here):
            item.add_marker(pytest.mark.neo4j)
    items.sort(key=lambda item: item.name == LAST)  # stable: only moves that one to the end


@pytest.fixture(scope="session")
def neo4j_target():
    """The server of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, checked once per session."""
    from conflictkg.errors import ConflictKGError
    from conflictkg.graph import neo4j_store

    target = neo4j_store.Target.from_settings()
    try:
        driver = neo4j_store.connect(target)
    except ConflictKGError as e:
        need(False, f"Neo4j test server not reachable ({e}); `make test` or `make neo4j-up` starts it")
    with driver.session(database=target.database) as s:
        foreign = s.run(f"MATCH (n) WHERE n._ckg IS NULL AND NOT n:{FOREIGN} RETURN count(n) AS c").single()["c"]
    driver.close()
    if foreign:
        pytest.fail(f"{target.uri} database {target.database!r} holds {foreign} node(s) the tests did not write; "
                    "the Neo4j tests empty their database, so point NEO4J_URI at the throwaway server of "
                    "`make neo4j-up`")
    return target


@pytest.fixture(scope="session")
def driver(neo4j_target):
    from conflictkg.graph import neo4j_store

    d = neo4j_store.connect(neo4j_target)
    yield d
    d.close()


def _empty(driver, target):
    """Delete everything, in managed transactions (retried if a test restarted the server)."""
    with driver.session(database=target.database) as s:
        while s.execute_write(lambda tx: tx.run(
                "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c").single()["c"]):
            pass


@pytest.fixture(scope="session")
def empty_db(neo4j_target, driver):
    """Call it to delete everything in the test database."""
    return lambda: _empty(driver, neo4j_target)


@pytest.fixture
def neo(neo4j_target, driver):
    """An empty database, and a small helper to query it."""
    _empty(driver, neo4j_target)
    yield Neo(driver, neo4j_target)


class Neo:
    def __init__(self, driver, target):
        self.driver, self.target = driver, target

    def rows(self, query: str, **params) -> list[list]:
        with self.driver.session(database=self.target.database) as s:
            # a managed transaction: retried if a test has just restarted the server
            return s.execute_write(lambda tx: [list(r.values()) for r in tx.run(query, params)])

    def value(self, query: str, **params):
        rows = self.rows(query, **params)
        return rows[0][0] if rows else None

    def snapshot(self) -> dict:
        """Every node and relationship with its element id, labels and properties."""
        nodes = {r[0]: (sorted(r[1]), r[2]) for r in self.rows(
            "MATCH (n) RETURN elementId(n), labels(n), properties(n)")}
        rels = {r[0]: (r[1], r[2], r[3], r[4]) for r in self.rows(
            "MATCH (a)-[r]->(b) RETURN elementId(r), type(r), elementId(a), elementId(b), properties(r)")}
        return {"nodes": nodes, "rels": rels}

    def content(self) -> tuple:
        """The graph without element ids: what two different runs must agree on."""
        nodes = sorted((tuple(sorted(r[0])), _freeze(r[1])) for r in self.rows(
            "MATCH (n) RETURN labels(n), properties(n)"))
        rels = sorted((r[0], r[1], r[2], _freeze(r[3])) for r in self.rows(
            "MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r)"))
        return nodes, rels


def _freeze(props: dict):
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else str(v)) for k, v in props.items()))


def make_kg(path: Path, *facts: Path, monkeypatch=None):
    """A store on the mini pack with the given facts files ingested."""
    from conflictkg.kg import KG

    os.environ["CONFLICTKG_PACK"] = str(MINIPACK)
    kg = KG(path)
    kg.ingest(list(facts))
    return kg


@pytest.fixture(scope="session")
def _events_template(tmp_path_factory):
    d = tmp_path_factory.mktemp("neo4j-events") / "kg.db"
    old = os.environ.get("CONFLICTKG_PACK")
    try:
        make_kg(d, GOOD_FACTS, EVENTS, TRICKY)
    finally:
        if old is None:
            os.environ.pop("CONFLICTKG_PACK", None)
        else:
            os.environ["CONFLICTKG_PACK"] = old
    return d


@pytest.fixture
def events_kg(_events_template, tmp_path, monkeypatch):
    """Mini pack + good.yaml + the events and tricky-names fixtures (a fresh copy)."""
    from conflictkg.kg import KG

    monkeypatch.setenv("CONFLICTKG_PACK", str(MINIPACK))
    d = tmp_path / "kg.db"
    shutil.copytree(_events_template, d)
    return KG(d)

