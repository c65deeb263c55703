"""`conflictkg eval` end to end: each gold file's report ingested alone into a fresh store, scored,
printed as a table or JSON; exit 0 on low scores, exit 2 on a malformed gold file.

These tests must not depend on the quality of the real extractor, so they register a stub
"report" loader (tests only) that turns a toy line format (``subject predicate object [confidence]``)
into statements. One test at the end runs the real report loader on the shared gold file when
that loader is installed.
"""
from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg import loaders
from conflictkg.cli import main
from conflictkg.graph.statements import Statement, slug
from conflictkg.ontology.model import ONTOLOGY

ROOT = Path(__file__).resolve().parent.parent
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"  # as in conftest.py (not importable under importlib mode)

STUB = "conflictkg_test_stub_report_loader"
SEEN_OPTIONS: list[dict] = []


def _stub_loader() -> types.ModuleType:
    mod = types.ModuleType(STUB)
    mod.kind, mod.upsert = "report", False

    def sniff(path, head):
        return Path(path).suffix == ".txt"

    def load(path, ctx):
        SEEN_OPTIONS.append({k: v for k, v in ctx.options.items() if k != "progress"})
        src = f"source:stub/{slug(Path(path).stem)}"
        yield Statement(src, "class", src, value="Report", loader="report")
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 3 or parts[0].startswith("#"):
                continue
            s, p, rest = parts[0], parts[1], parts[2:]
            if p in ONTOLOGY.relationships:
                yield Statement(s, p, src, object=rest[0], confidence=rest[1] if len(rest) > 1 else None, loader="report")
            else:
                yield Statement(s, p, src, value=" ".join(rest), loader="report")

    mod.sniff, mod.load = sniff, load
    return mod


@pytest.fixture
def stub(monkeypatch):
    monkeypatch.setenv("CONFLICTKG_PACK", str(MINIPACK))
    monkeypatch.delenv("CONFLICTKG_DB", raising=False)
    monkeypatch.setitem(sys.modules, STUB, _stub_loader())
    monkeypatch.setitem(loaders.KINDS, "report", STUB)
    SEEN_OPTIONS.clear()


GOOD = """\
event:bamba class Attack
event:bamba date 2020-04-06
event:bamba OCCURRED_AT place:ml/gao/bourem/bamba
event:bamba fatalities_min 20
event:bamba ATTRIBUTED_TO actor:jnim attributed
event:bamba ATTRIBUTED_TO actor:katiba-macina probable
event:bamba TARGETED actor:fama
place:ml/gao/bourem/bamba LOCATED_IN place:ml/gao/bourem
actor:jnim name JNIM
"""

GOLD = """\
report: {report}
published: 2020-04-06
language: en
entities:
  - {{name: JNIM, type: ArmedGroup}}
  - {{name: Katiba Macina, type: ArmedGroup}}
  - {{name: Malian Armed Forces, type: StateForce, aliases: [FAMa]}}
  - {{name: Bamba, type: Settlement}}
  - {{name: Bourem, type: Place}}
also_ok: [Mali]
events:
  - key: bamba-attack
    type: Attack
    date: 2020-04-06
    place: Bamba
    fatalities: {{min: 20}}
    targets: [Malian Armed Forces]
    perpetrators:
      - {{actor: JNIM, confidence: attributed}}
      - {{actor: Katiba Macina, confidence: probable}}
relations:
  - {{subject: Bamba, predicate: LOCATED_IN, object: Bourem}}
"""


def write_case(d: Path, name: str, report: str, gold: str | None = None) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{name}.txt").write_text(report, encoding="utf-8")
    g = d / f"{name}.yaml"
    g.write_text((gold or GOLD).format(report=f"{name}.txt"), encoding="utf-8")
    return g


def run(*args):
    return CliRunner().invoke(main, ["eval", *map(str, args)], catch_exceptions=False)


def test_perfect_report_json(stub, tmp_path):
    g = write_case(tmp_path, "good", GOOD)
    res = run(g, "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out) == {"reports", "entities", "events", "slots", "attributions", "attributions_confidence",
                        "relations", "overall", "type_accuracy", "misses", "false_positives"}
    assert out["reports"] == 1
    assert out["overall"]["f1"] == 1.0, out
    assert out["attributions_confidence"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert out["type_accuracy"] == 1.0
    assert out["misses"] == [] and out["false_positives"] == []
    # the gold's published date and language reach the loader as --published and --lang
    assert SEEN_OPTIONS == [{"published": "2020-04-06", "lang": "en"}]


def test_low_scores_exit_zero_with_misses_listed(stub, tmp_path):
    g = write_case(tmp_path, "poor", "event:x class Attack\nevent:x date 2019-01-01\nactor:isgs name ISGS\n")
    res = run(g)
    assert res.exit_code == 0, res.output
    assert "overall (micro)" in res.output and "attributions with confidence" in res.output
    assert "event: bamba-attack (Attack, 2020-04-06, Bamba)" in res.output
    assert "entity: ISGS (ArmedGroup, actor:isgs)" in res.output  # a false positive
    out = json.loads(run(g, "--json").output)
    assert out["events"]["fp"] == 1 and out["events"]["fn"] == 1 and out["overall"]["f1"] < 0.2
    kinds = {m["kind"] for m in out["misses"]}
    assert {"entity", "event", "relation"} <= kinds


def test_reports_are_scored_alone_and_micro_averaged(stub, tmp_path):
    a = write_case(tmp_path, "a", GOOD)
    # b's report says nothing: what a's report put in its own store must not help b
    b = write_case(tmp_path, "b", "# nothing\n")
    out = json.loads(run(a, b, "--json").output)
    assert out["reports"] == 2
    assert out["events"] == {"precision": 1.0, "recall": 0.5, "f1": round(2 / 3, 4), "tp": 1, "fp": 0, "fn": 1}
    assert {Path(m["report"]).name for m in out["misses"]} == {"b.txt"}


def test_keep_leaves_the_stores_for_inspection(stub, tmp_path):
    g = write_case(tmp_path, "good", GOOD)
    keep = tmp_path / "kept"
    assert run(g, "--json", "--keep", keep).exit_code == 0
    dbs = list(keep.iterdir())
    assert len(dbs) == 1 and (dbs[0] / "statements.sqlite").exists()


@pytest.mark.parametrize("gold,message", [
    ("report: r.txt\nentities: []\nevents:\n  - {key: a, type: Raid, date: 2020, place: null}\n", ":4: malformed gold file: event a: unknown event type 'Raid'"),
    ("report: r.txt\nentities: []\n", "malformed gold file: missing 'events'"),
    ("report: nowhere.txt\nentities: []\nevents: []\n", "report not found"),
    ("report: r.txt\nentities: [\n", "invalid YAML"),
])
def test_malformed_gold_exits_2_with_a_clear_message(stub, tmp_path, gold, message):
    (tmp_path / "r.txt").write_text(GOOD, encoding="utf-8")
    g = tmp_path / "bad.yaml"
    g.write_text(gold, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(g)])
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    assert message in res.output


def test_a_bad_gold_file_is_found_before_any_report_is_ingested(stub, tmp_path):
    good = write_case(tmp_path, "good", GOOD)
    bad = tmp_path / "bad.yaml"
    bad.write_text("report: good.txt\nentities: {}\nevents: []\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(good), str(bad)])
    assert res.exit_code == 2 and "'entities' must be a list" in res.output
    assert SEEN_OPTIONS == []


def test_missing_gold_file(stub, tmp_path):
    res = CliRunner().invoke(main, ["eval", str(tmp_path / "none.yaml")])
    assert res.exit_code == 2 and "no such gold file" in res.output


def test_real_report_loader_on_the_shared_gold(shared):
    """The real extractor on the seed thread: the command runs and prints the documented JSON.
    (The score itself is the extractor's business; benchmarks/README.md records it.)"""
    if "report" not in loaders.KINDS:
        pytest.skip("the report loader (conflictkg/loaders/report.py) is not registered yet")
    gold = shared("gold/jnim-thread-2020-04-06.yaml")
    res = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["reports"] == 1 and 0.0 <= out["overall"]["f1"] <= 1.0
