"""Issue 4, "What it must show": the seed report with the full Sahel pack, through the library.

Needs ../shared (the seed report) and the report loader; skipped locally without them, required
in CI (tests/conftest.py)."""
import os
from pathlib import Path

import pytest

from conflictkg.queries import run

ROOT = Path(__file__).resolve().parents[2]
SEED = Path(os.environ.get("CONFLICTKG_SHARED", ROOT.parent / "shared")) / "data" / "seed" / "jnim-thread-2020-04-06.txt"


@pytest.fixture(scope="module")
def seed_kg(tmp_path_factory, request):
    import shutil

    from conflictkg import loaders
    from conflictkg.kg import KG

    if not SEED.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"required in CI but missing: {SEED}")
        pytest.skip(f"shared data not found: {SEED}")
    report = SEED
    if "report" not in loaders.KINDS:
        pytest.fail("no report loader registered")
    template = request.getfixturevalue("_sahel_template")
    db = tmp_path_factory.mktemp("seed") / "kg.db"
    shutil.copytree(template, db)
    kg = KG(db, pack="sahel")
    kg.ingest([report])
    return kg


@pytest.fixture(scope="module")
def seed(seed_kg):
    kg = seed_kg
    eng = kg.engine()
    resolver = kg.resolver()
    yield lambda name, **args: run(name, eng, resolver, **args)
    eng.close()


def recs(res, **match):
    return [r for r in res.records() if all(r[k] == v for k, v in match.items())]


def test_affiliations_of_katiba_macina_reach_al_qaeda_with_sources(seed):
    res = seed("affiliations", actor="Katiba Macina")
    up = recs(res, direction="up")
    assert any(r["from"] == "Katiba Macina" and r["to"] == "JNIM" and r["sources"] for r in up)
    assert any(r["from"] == "JNIM" and r["to"] == "al-Qaeda" and r["sources"] for r in up)
    assert "Katiba Macina" in [r["from"] for r in recs(seed("affiliations", actor="JNIM", depth=1), direction="down")]


def test_attributions_of_jnim(seed):
    res = seed("attributions", actor="JNIM")
    by_place = {tuple(r["place"]): r for r in res.records()}
    bamba = [r for p, r in by_place.items() if "Bamba" in p]
    tarkint = [r for p, r in by_place.items() if "Tarkint" in p]
    assert bamba and bamba[0]["date"] == "2020-04-06" and bamba[0]["confidence"] == "attributed"
    assert tarkint and tarkint[0]["confidence"] == "probable"
    assert any(r["class"] == "Kidnapping" for r in res.records())
    comps = seed("attributions", actor="JNIM", with_components=True)
    assert any(r["attributed_to"] == "Katiba Macina" and r["via"].startswith("component") for r in comps.records())


def test_channel_government_of_mali_jnim_and_hostages(seed):
    res = seed("channels", a="Government of Mali", b="JNIM")
    talks = [r for r in res.records() if r["event_id"] and r["date"] and r["date"].startswith("2020-02")]
    assert talks and talks[0]["status"] and talks[0]["sources"]
    held = {(r["held_by"], r["confidence"]) for r in recs(seed("hostages"), hostage="Soumaila Cissé")}
    assert {("JNIM", "attributed"), ("Katiba Macina", "probable")} <= held


def test_manoeuvre_places_bamba_and_tarkint_outside_monclar(seed):
    res = seed("manoeuvre", operation="Operation Monclar")
    outside = " ".join(e for r in recs(res, zone="outside") for e in r["event_list"])
    inside = " ".join(e for r in recs(res, zone="inside") for e in r["event_list"])
    assert "Bamba" in outside and "Tarkint" in outside
    assert "Bamba" not in inside and "Tarkint" not in inside


def test_every_query_help_example_and_the_readme_tour_work_on_the_seed(seed_kg):
    """A new user copies the examples of `conflictkg query NAME --help` (and the README's tour)
    onto a store holding the seed report: each must answer, not fail on a name."""
    import shlex

    from click.testing import CliRunner

    from conflictkg.cli import main
    from conflictkg.queries import QUERIES

    examples = [e for q in QUERIES.values() for e in q.examples]
    examples.append('conflictkg query attributions --event "Attack in Bamba"')
    for example in examples:
        args = shlex.split(example)[1:]
        res = CliRunner().invoke(main, args, env={"CONFLICTKG_DB": str(seed_kg.store.path)})
        assert res.exit_code == 0, f"{example}: {res.output}"
