"""manoeuvre's whole answers (rows, notes, errors) on operations that exercise its edge cases, compared
with answers recorded from the implementation before its speed work (fixtures/manoeuvre-answers.json).

The speed work changes how the window is read, grouped and ordered, never what it means: every
row, its order, the events listed and the notes must stay the same. To record the answers again after
an intended change: ``python tests/queries/test_manoeuvre_answers.py`` (and review the diff).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # recorded.py, beside (pytest's importlib mode)
from recorded import HERE, answer_all, build, record  # noqa: E402

ANSWERS = HERE / "fixtures" / "manoeuvre-answers.json"
CASES = [
    {"operation": "Operation Monclar"},                                   # start and end days
    {"operation": "Operation Monclar", "after": 0},
    {"operation": "Operation Monclar", "before": 2000, "after": 400},
    {"operation": "Operation Monclar", "before": 2000, "after": 400, "limit": 3},
    {"operation": "Operation Sirocco"},                                   # a month
    {"operation": "Operation Sirocco", "before": 10, "after": 0},
    {"operation": "Operation Harmattan"},                                 # two places, own forces in events
    {"operation": "Operation Harmattan", "before": 45, "after": 1},
    {"operation": "Operation Dune", "before": 30, "after": 30},          # a day, area a region
    {"operation": "Operation Dune", "after": 0},
    {"operation": "Operation Mirage"},                                    # no date
    {"operation": "Operation Tessit"},                                    # no place
]


def answers(kg) -> list[dict]:
    return answer_all(kg, [({"args": args}, "manoeuvre", args) for args in CASES])


@pytest.fixture(scope="module")
def got(tmp_path_factory):
    return answers(build(tmp_path_factory.mktemp("manoeuvre") / "kg.db", "manoeuvre-cases.yaml"))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_manoeuvre_answer_is_unchanged(got, i):
    want = json.loads(ANSWERS.read_text(encoding="utf-8"))
    assert [w["args"] for w in want] == CASES, "the recorded answers are for other cases: record them again"
    assert got[i] == want[i]


def test_the_cases_reach_the_edges(got):
    """The recorded cases hold what they are meant to test (so the comparison is not vacuous)."""
    by = {json.dumps(g["args"]): g for g in got}
    monclar = by[json.dumps({"operation": "Operation Monclar", "before": 2000, "after": 400})]
    assert {r[0] for g in got for r in g.get("rows", [])} == {"inside", "outside", "undetermined", "no place"}
    assert any(e.startswith("… and ") for r in monclar["rows"] for e in r[6]), "a row with more events than listed"
    assert any("no date" in g.get("error", "") for g in got) and any("no place" in g.get("error", "") for g in got)
    assert by[json.dumps({"operation": "Operation Sirocco"})]["rows"], "the month-long operation finds events"
    ganda = [r[2] for r in by[json.dumps({"operation": "Operation Monclar"})]["rows"] if r[2].lower() == "ganda izo"]
    assert ganda == ["Ganda Izo", "GANDA IZO"], "rows that tie on the table order: their first events' order"


if __name__ == "__main__":
    record(ANSWERS, "manoeuvre-cases.yaml", answers)
