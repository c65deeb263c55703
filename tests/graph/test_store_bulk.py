"""Transaction.add checks each statement shape once; a bad value in a known shape is still refused."""
from __future__ import annotations

import pytest

from conflictkg.graph.statements import Statement
from conflictkg.graph.store import Store
from conflictkg.ontology.model import OntologyError


@pytest.mark.parametrize("bad", [
    Statement("event:e2", "class", "source:s", value="NoSuchClass"),
    Statement("event:e2", "geo_precision", "source:s", value="somewhere"),
    Statement("event:e2", "ATTRIBUTED_TO", "source:s", object="actor:a", confidence="sure"),
    Statement("event:e2", "date", "", value="2020"),
    Statement("event:e2", "date", "source:s"),
])
def test_invalid_statement_after_valid_ones_of_the_same_kind(tmp_path, bad):
    s = Store(tmp_path / "db")
    good = [
        Statement("event:e1", "class", "source:s", value="Attack"),
        Statement("event:e1", "geo_precision", "source:s", value="exact"),
        Statement("event:e1", "ATTRIBUTED_TO", "source:s", object="actor:a", confidence="attributed"),
        Statement("event:e1", "date", "source:s", value="2020-01-01"),
    ]
    with pytest.raises(OntologyError):
        with s.transaction() as tx:
            tx.add(good + [bad])
    assert not s.exists or s.count() == 0


def test_many_statements_in_batches(tmp_path):
    s = Store(tmp_path / "db")
    sts = [Statement(f"event:e{i}", "fatalities_min", "source:s", value=str(i), evidence="row") for i in range(2500)]
    with s.transaction() as tx:
        res = tx.add(sts + sts[:100], batch=300)
    assert (res.read, res.new) == (2600, 2500)
    assert s.count() == 2500
    assert [st.id for st in s.statements()] == [st.id for st in sts]


def test_lookups_by_source_use_an_index(tmp_path):
    s = Store(tmp_path / "db")
    s.create()
    con = s.reader()
    try:
        for q in ("SELECT DISTINCT source FROM statements WHERE source >= 'source:a' AND source < 'source:b'",
                  "SELECT subject FROM statements WHERE source IN ('source:a') AND predicate = 'class'",
                  "DELETE FROM statements WHERE source = 'source:a' AND record = 'r1'"):
            plan = " ".join(str(r[-1]) for r in con.execute("EXPLAIN QUERY PLAN " + q))
            assert "USING" in plan and "INDEX" in plan, (q, plan)
    finally:
        con.close()


def _indexes(store) -> list:
    with store.reader() as con:
        return con.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").fetchall()


def test_bulk_builds_the_secondary_indexes_at_the_end(tmp_path):
    s = Store(tmp_path / "db")
    s.create()
    before = _indexes(s)
    sts = [Statement(f"event:e{i}", "name", "source:s", value=f"E{i}", record=f"r{i}") for i in range(500)]
    with s.transaction() as tx:
        with tx.bulk(10) as dropped:  # more than the empty store holds
            assert dropped
            names = {r[0] for r in tx.con.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
            assert not {"statements_subject", "statements_record", "statements_id"} & names
            tx.add(sts + sts[:10])
        assert tx.bulk_duplicates == 10  # stored twice in the block, removed at its end
    assert _indexes(s) == before
    assert [st.id for st in s.statements()] == [st.id for st in sts]
    with s.transaction() as tx:
        with tx.bulk(10) as dropped:  # a store larger than the load keeps its indexes
            assert not dropped


def test_a_failed_bulk_load_leaves_store_and_indexes_as_they_were(tmp_path):
    s = Store(tmp_path / "db")
    with s.transaction() as tx:
        tx.add([Statement("actor:a", "name", "source:s", value="A")])
    before = _indexes(s)
    with pytest.raises(RuntimeError):
        with s.transaction() as tx:
            with tx.bulk(10**9):
                tx.add([Statement(f"actor:x{i}", "name", "source:s", value="X") for i in range(100)])
                raise RuntimeError("loader failed half-way")
    assert _indexes(s) == before and s.count() == 1



def test_bulk_index_builds_sort_on_disk(tmp_path):
    """The sorts that build the indexes again after a bulk load spill their sorted runs to
    temporary files on disk, not to memory (at 12.3M statements: 539 MB peak instead of 1.4 GB): a
    write transaction's temp_store is FILE, set before the transaction begins."""
    s = Store(tmp_path / "db")
    s.create()
    sts = [Statement(f"event:e{i}", "name", "source:s", value=f"E{i}", record=f"r{i}") for i in range(200)]
    with s.transaction() as tx:
        with tx.bulk(10) as dropped:
            assert dropped
            tx.add(sts)
            assert tx.con.execute("PRAGMA temp_store").fetchone()[0] == 1  # FILE
    assert len(_indexes(s)) >= 2 and s.count() == 200


def test_a_bulk_load_keeps_the_first_of_statements_stored_twice(tmp_path):
    """Without the unique id index during a bulk load, a statement already in the store or stored
    twice by the load is removed at its end, the first kept (as INSERT OR IGNORE keeps it)."""
    s = Store(tmp_path / "db")
    old = Statement("actor:a", "name", "source:s", value="A", evidence="first")
    with s.transaction() as tx:
        tx.add([old])
    again = Statement("actor:a", "name", "source:s", value="A", evidence="later")  # same content id
    sts = [Statement(f"event:e{i}", "name", "source:s", value=f"E{i}", evidence=f"row {i}") for i in range(300)]
    twice = Statement("event:e7", "name", "source:s", value="E7", evidence="row 7 again")
    with s.transaction() as tx:
        with tx.bulk(10) as dropped:
            assert dropped
            tx.add(sts[:100] + [again] + sts[100:] + [twice])
        assert tx.bulk_duplicates == 2
    rows = s.reader().execute("SELECT id, evidence FROM statements ORDER BY seq").fetchall()
    assert rows == [(old.id, "first")] + [(st.id, st.evidence) for st in sts]
    with s.transaction() as tx:  # the unique index is back: a duplicate is ignored again
        assert tx.add([twice]).new == 0


def test_a_store_made_with_a_unique_id_column_keeps_it_through_a_bulk_load(tmp_path):
    """Stores made before the id index was one of its own have a UNIQUE column: it is not
    dropped (it cannot be), duplicates are ignored as they come, and no second id index appears."""
    import sqlite3

    from conflictkg.graph import store as store_mod

    s = Store(tmp_path / "db")
    s.path.mkdir(parents=True)
    con = sqlite3.connect(s.statements_path)
    con.executescript(store_mod.SCHEMA.replace("    id TEXT NOT NULL,", "    id TEXT NOT NULL UNIQUE,"))
    con.close()
    before = _indexes(s)
    sts = [Statement(f"event:e{i}", "name", "source:s", value=f"E{i}") for i in range(50)]
    with s.transaction() as tx:
        with tx.bulk(10) as dropped:
            assert dropped
            assert tx.add(sts + sts[:5]).new == 50
        assert tx.bulk_duplicates == 0
    assert _indexes(s) == before and "statements_id" not in {n for n, _ in before}
    assert s.count() == 50
