"""A graph file made with other tables than this version's (a store from before the Month date
buckets) is rebuilt whole when the store is next opened, not read or updated as it is."""
from __future__ import annotations

from pathlib import Path

from conflictkg.graph import incremental
from conflictkg.kg import KG

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FACTS = Path(__file__).resolve().parents[1] / "queries" / "fixtures" / "sahel-queries.yaml"


def _forget_schema(kg: KG) -> None:
    con = kg.store._connect()
    try:
        con.execute("DELETE FROM meta WHERE key = 'graph_schema'")
    finally:
        con.close()


def test_a_graph_of_other_tables_is_rebuilt_on_open(tmp_path):
    kg = KG(tmp_path / "kg.db", pack=str(FIXTURES / "minipack"))
    kg.ingest([FACTS])
    assert incremental.graph_is_current_schema(kg.store)
    with kg.engine() as eng:
        months = eng.run("MATCH (m:Month) RETURN count(m)").rows[0][0]
    assert months > 0
    _forget_schema(kg)  # as a store written by a version without the mark
    again = KG(tmp_path / "kg.db", pack=str(FIXTURES / "minipack"))
    again.ensure()
    assert again.last_refresh == "full"
    assert incremental.graph_is_current_schema(again.store)
    again.ensure()  # marked: nothing more to do
    assert again.last_refresh == "full"
    third = KG(tmp_path / "kg.db", pack=str(FIXTURES / "minipack"))
    third.ensure()
    assert third.last_refresh is None


def test_a_write_to_a_store_whose_graph_has_other_tables_rebuilds_it(tmp_path):
    kg = KG(tmp_path / "kg.db", pack=str(FIXTURES / "minipack"))
    kg.ingest([FACTS])
    _forget_schema(kg)
    kg.ingest([FACTS.parent / "date-windows.yaml"])  # small: updated in place, were the tables the same
    assert kg.last_refresh == "full"
    assert incremental.graph_is_current_schema(kg.store)
