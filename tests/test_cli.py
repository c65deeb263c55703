"""The CLI as a new user meets it: help with examples everywhere, clear errors, exit code 2."""
import json

import click
import pytest
from click.testing import CliRunner

from conflictkg.cli import main


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path):
    res = CliRunner().invoke(main, list(path) + ["--help"])
    assert res.exit_code == 0
    assert "Example" in res.output, f"`conflictkg {' '.join(path)} --help` shows no example"


def test_wrong_arguments_exit_2():
    r = CliRunner()
    assert r.invoke(main, ["no-such-command"]).exit_code == 2
    assert r.invoke(main, ["cypher"]).exit_code == 2
    assert r.invoke(main, ["cypher", "RETURN 1", "--format", "xml"]).exit_code == 2


def test_missing_file_and_bad_cypher_are_clear(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["ingest", "/nonexistent/report.txt"], env=env)
    assert res.exit_code == 2 and "/nonexistent/report.txt: no such file" in res.output
    res = CliRunner().invoke(main, ["cypher", "MATCH (n:Nope) RETURN n"], env=env)
    assert res.exit_code == 2 and "Error: Cypher error" in res.output and "Traceback" not in res.output


def test_cypher_is_read_only_by_default(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["cypher", "CREATE (:Actor {id: 'actor:x', name: 'X'})"], env=env)
    assert res.exit_code == 2 and "--write" in res.output


def test_cypher_json_params(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    q = "MATCH (a:Actor)-[r:PART_OF]->(b:Actor) WHERE a.name = $n RETURN a.name, b.name, r.sources"
    res = CliRunner().invoke(main, ["cypher", q, "-p", "n=Katiba Macina", "--format", "json"], env=env)
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["b.name"] == "JNIM" and rows[0]["r.sources"]


def test_injection_is_inert(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    evil = "'); MATCH (n) DETACH DELETE n //"
    res = CliRunner().invoke(main, ["cypher", "MATCH (a:Actor) WHERE a.name = $n RETURN a", "-p", f"n={evil}"], env=env)
    assert res.exit_code == 0
    assert mini_kg.cypher("MATCH (n:Actor) RETURN count(n)").rows[0][0] > 0


def test_ontology_command():
    res = CliRunner().invoke(main, ["ontology"])
    assert res.exit_code == 0 and "ATTRIBUTED_TO" in res.output and "claimed > attributed > probable > possible" in res.output
    res = CliRunner().invoke(main, ["ontology", "--format", "ttl"])
    assert "owl:ObjectProperty" in res.output


def test_resolve_judgements_roundtrip(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path), "CONFLICTKG_PACK": str(mini_kg.settings.pack)}
    r = CliRunner()
    res = r.invoke(main, ["resolve", "merge", "ISGS", "Katiba Macina", "--reason", "test"], env=env)
    assert res.exit_code == 0, res.output
    assert mini_kg.cypher("MATCH (a:Actor) WHERE a.id = 'actor:isgs' RETURN count(a)").rows[0][0] + \
        mini_kg.cypher("MATCH (a:Actor) WHERE a.id = 'actor:katiba-macina' RETURN count(a)").rows[0][0] == 1
    listing = r.invoke(main, ["resolve", "list", "--format", "json"], env=env)
    jid = json.loads(listing.output)[0]["id"]
    assert r.invoke(main, ["resolve", "undo", str(jid)], env=env).exit_code == 0
    assert mini_kg.cypher("MATCH (a:Actor) WHERE a.id IN ['actor:isgs', 'actor:katiba-macina'] RETURN count(a)").rows[0][0] == 2
    res = r.invoke(main, ["resolve", "name", "Bamba"], env=env)
    assert res.exit_code == 1 and "ambiguous" in res.output
