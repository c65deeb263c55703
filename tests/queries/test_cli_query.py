"""`conflictkg query`: help with examples, tables with notes, JSON/CSV for scripts, clear errors."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.queries import QUERIES


@pytest.fixture(scope="module")
def env(qkg):
    return {"CONFLICTKG_DB": str(qkg.store.path)}


def test_query_help_lists_every_query_with_an_example():
    res = CliRunner().invoke(main, ["query", "--help"])
    assert res.exit_code == 0
    for name, q in QUERIES.items():
        assert name in res.output
        assert q.examples[0] in res.output.replace("\n    ", " ")
    for name in QUERIES:
        sub = CliRunner().invoke(main, ["query", name, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output and "--format" in sub.output


def test_table_names_sources_and_prints_notes(env):
    res = CliRunner().invoke(main, ["query", "affiliations", "Katiba Macina"], env=env)
    assert res.exit_code == 0, res.output
    assert "JNIM" in res.output and "al-Qaeda" in res.output
    assert "example.org" in res.output or "Analyst thread" in res.output
    assert "actor:katiba-macina" in res.output  # in the note naming what the name resolved to


def test_json_is_clean_and_complete(env):
    res = CliRunner().invoke(main, ["query", "attributions", "JNIM", "--with-components", "--format", "json"], env=env)
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)  # notes go to stderr, not into the JSON
    assert {"event_id", "actor_id", "sources", "competing"} <= set(data[0])
    assert "component" in res.stderr
    assert any(r["event_id"] == "event:2020-04-06-attack-bamba" for r in data)


def test_csv(env):
    res = CliRunner().invoke(main, ["query", "hostages", "--held-by", "Katiba Macina", "--format", "csv"], env=env)
    assert res.exit_code == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["hostage"], r["held_by"]) for r in rows] == [("Soumaila Cissé", "Katiba Macina")]
    assert json.loads(rows[0]["sources"])  # lists are JSON in CSV cells


def test_options_reach_the_query(env):
    res = CliRunner().invoke(main, ["query", "neighbourhood", "Katiba Macina", "--depth", "2", "--types", "PART_OF",
                                    "--format", "json"], env=env)
    assert res.exit_code == 0, res.stderr
    assert {r["to"] for r in json.loads(res.stdout)} == {"JNIM", "Ansar Dine", "al-Qaeda"}
    res = CliRunner().invoke(main, ["query", "channels", "Government of Mali", "JNIM", "--max-hops", "1",
                                    "--format", "json"], env=env)
    assert {r["via"] for r in json.loads(res.stdout)} == {"Government talks with JNIM leaders"}


@pytest.mark.parametrize("args, message", [
    (["affiliations", "Boko Haram"], "no entity named 'Boko Haram'"),
    (["timeline", "Bamba"], "'Bamba' is ambiguous: place:ml/gao/bourem/bamba"),
    (["manoeuvre", "Operation Barkhane"], "names no Event"),
    (["attributions", "JNIM", "--since", "April"], "--since"),
    (["neighbourhood", "JNIM", "--types", "FRIENDS_WITH"], "unknown type 'FRIENDS_WITH'"),
])
def test_errors_are_one_line_and_exit_2(env, args, message):
    res = CliRunner().invoke(main, ["query"] + args, env=env)
    assert res.exit_code == 2
    assert f"Error: " in res.output and message in res.output
    assert "Traceback" not in res.output


def test_usage_errors_exit_2(env):
    assert CliRunner().invoke(main, ["query", "channels", "JNIM"], env=env).exit_code == 2
    assert CliRunner().invoke(main, ["query", "attributions", "JNIM", "--min-confidence", "sure"], env=env).exit_code == 2
