"""Who are an operation's own forces in ``manoeuvre``: the actors a source says took part in it, not
every party of a dataset row merged into it (a battle row names both sides: merging ACLED's MLI3625
into Operation Monclar made ISGS, the enemy, look like one of the operation's forces, and its events
vanished from the answer)."""
from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from conflictkg.kg import KG
from conflictkg.queries import run

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", ROOT.parent / "shared"))


def forces(res) -> str:
    return next((n for n in res.notes if n.startswith("Left out as the operation's own forces")), "")


def actors(res) -> set[str]:
    return {r["actor"] for r in res.records()}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    kg = KG(tmp_path_factory.mktemp("forces") / "kg.db", pack=str(HERE.parent / "fixtures" / "minipack"))
    kg.ingest([FIXTURES / "sahel-queries.yaml", FIXTURES / "fused-rows.yaml"])
    return kg


def answer(kg, **args):
    eng = kg.engine()
    try:
        return run("manoeuvre", eng, kg.resolver(), **args)
    finally:
        eng.close()


def test_a_merged_dataset_row_does_not_make_its_parties_the_operations_forces(kg):
    before = answer(kg, operation="Operation Monclar", after=60)
    assert "ISGS" in actors(before) and "Malian Armed Forces" in actors(before)
    kg.judge("merge", "event:2020-03-monclar", "event:rows/row-13", "the dataset's record of it")
    after = answer(kg, operation="Operation Monclar", after=60)
    assert "event:rows/row-13" not in {e for r in after.rows for e in r[6]}
    assert forces(after) == forces(before) == \
        "Left out as the operation's own forces: G5 Sahel Joint Force, Operation Barkhane."
    # the enemy and the other party of the row keep their events, and the answer says why
    assert "ISGS" in actors(after) and "Malian Armed Forces" in actors(after)
    assert any(n.startswith("Not taken as the operation's forces: ISGS, Malian Armed Forces, parties of the dataset rows")
               for n in after.notes)
    assert [r for r in after.rows if r[2] == "ISGS"] == [r for r in before.rows if r[2] == "ISGS"]


def test_an_operation_known_only_from_a_dataset_row_has_that_rows_forces(kg):
    res = answer(kg, operation="event:rows/row-40")
    assert forces(res) == "Left out as the operation's own forces: Malian Armed Forces."
    assert not any(n.startswith("Not taken") for n in res.notes)


def test_monclar_merged_with_acled_mli3625_keeps_its_forces(tmp_path, request):
    """The README tour's data: the seed thread, ACLED's Mali rows of March-April 2020 (read from
    ../shared at test time into a temporary file, never into the repository) and the merge."""
    seed = SHARED / "data" / "seed" / "jnim-thread-2020-04-06.txt"
    mali = SHARED / "data" / "real" / "acled-mali-2017-2020" / "2017-01-01-2020-12-31-Mali.csv"
    if not (seed.exists() and mali.exists()):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"required in CI but missing: {seed} or {mali}")
        pytest.skip(f"shared data not found: {seed} or {mali}")
    rows = tmp_path / "acled-mali-2020-03-04.csv"
    with open(mali, newline="", encoding="utf-8") as f, open(rows, "w", newline="", encoding="utf-8") as out:
        reader = csv.DictReader(f)
        writer = csv.DictWriter(out, reader.fieldnames)
        writer.writeheader()
        for row in reader:
            if row["event_date"].endswith(("March 2020", "April 2020")):
                writer.writerow(row)
    db = tmp_path / "kg.db"
    shutil.copytree(request.getfixturevalue("_sahel_template"), db)
    kg = KG(db, pack="sahel")
    kg.ingest([seed, rows])
    kg.judge("merge", "Operation Monclar", "event:acled/MLI3625", "ACLED's record of it")
    res = answer(kg, operation="Operation Monclar")
    assert forces(res) == ("Left out as the operation's own forces: G5 Sahel Joint Force, Operation Barkhane, "
                           "Takuba Task Force.")
    inside = {r["actor"] for r in res.records() if r["zone"] == "inside"}
    assert {"ISGS", "Malian Armed Forces"} <= inside
