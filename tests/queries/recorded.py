"""Recorded whole answers of queries (rows, notes, errors): the store the cases run on, one answer per
case, and writing the answers again after an intended change. Used by test_manoeuvre_answers and
test_window_answers."""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # the files are also run as scripts to record again

from conflictkg.errors import ConflictKGError  # noqa: E402
from conflictkg.kg import KG  # noqa: E402
from conflictkg.queries import run  # noqa: E402


def build(path: Path, cases_fixture: str) -> KG:
    """The query test graph plus the events a file of cases needs."""
    kg = KG(path, pack=str(HERE.parent / "fixtures" / "minipack"))
    kg.ingest([HERE / "fixtures" / "sahel-queries.yaml", HERE / "fixtures" / cases_fixture])
    return kg


def answer_all(kg: KG, calls) -> list[dict]:
    """``calls``: (what the answer is recorded under, query name, its arguments) per case."""
    eng, resolver = kg.engine(), kg.resolver()
    out = []
    try:
        for key, name, args in calls:
            try:
                res = run(name, eng, resolver, **args)
                out.append({**key, "columns": res.columns, "rows": res.rows, "notes": res.notes})
            except ConflictKGError as e:
                out.append({**key, "error": f"{type(e).__name__}: {e}"})
    finally:
        eng.close()
    return json.loads(json.dumps(out, ensure_ascii=False))  # tuples as lists, as recorded


def record(answers_file: Path, cases_fixture: str, answers) -> None:
    with tempfile.TemporaryDirectory() as d:
        got = answers(build(Path(d) / "kg.db", cases_fixture))
    answers_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {answers_file}")
