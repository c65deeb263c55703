"""Engine.run_rows (columns through Arrow) gives the rows Engine.run gives, in any order."""
import pytest


@pytest.mark.parametrize("cypher", [
    "MATCH (e:Event) RETURN e.id, e.name, e.start_date, e.end_date, e.fatalities_min, e.sources, e.lat, e.verified",
    "MATCH (e:Event)-[r:ATTRIBUTED_TO]->(a:Actor) RETURN e.id, coalesce(e.end_date, e.start_date) AS day, "
    "label(r) AS type, a.id, r.confidence, r.sources",
    "MATCH (e:Event) WHERE e.fatalities_min = -1 RETURN e.id, e.start_date",             # no rows
    "UNWIND [1, 2] AS x RETURN x, CASE WHEN x = 1 THEN date('2020-03-20') ELSE NULL END AS d",  # a null date
    "MATCH (a:Actor) RETURN a LIMIT 3",                                                  # nodes: read as run reads them
])
def test_run_rows_equals_run(q, cypher):
    eng = q.engine
    a, b = eng.run(cypher), eng.run_rows(cypher)
    assert a.columns == b.columns
    assert sorted(map(repr, a.rows)) == sorted(map(repr, b.rows))
    if "UNWIND" in cypher:
        assert sorted(map(repr, b.rows)) == sorted(map(repr, [[1, "2020-03-20"], [2, None]]))


def test_run_rows_reads_a_real_answer(q):
    rows = q.engine.run_rows("MATCH (e:Event) WHERE e.start_date IS NOT NULL RETURN e.id, e.start_date").rows
    assert rows and all(isinstance(d, str) and len(d) == 10 for _, d in rows)
