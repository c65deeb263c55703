"""``conflictkg export``: every format from the command line, filters, clear errors (exit 2)."""
from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from conflictkg.cli import main
from conflictkg.cli_export import parse_query


@pytest.fixture
def run(export_kg):
    def invoke(*args):
        res = CliRunner().invoke(main, ["export", *map(str, args), "--db", str(export_kg.store.path)])
        return res
    return invoke


def _page_ids(path):
    html = path.read_text()
    body = re.search(r'<script type="application/json" id="ckg-vis-nodes">(.*?)</script>', html, re.S).group(1)
    return sorted(n["id"] for n in json.loads(body))


@pytest.mark.parametrize("fmt,name", [("html", "g.html"), ("gexf", "g.gexf"), ("graphml", "g.graphml"),
                                      ("geojson", "g.geojson"), ("ttl", "g.ttl"), ("jsonld", "g.jsonld")])
def test_every_format_writes_its_file(run, tmp_path, fmt, name):
    res = run(fmt, "-o", tmp_path / name)
    assert res.exit_code == 0, res.output
    assert f"wrote {tmp_path / name}: 24 nodes" in res.output
    assert (tmp_path / name).stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_csv_writes_two_tables_and_the_import_command(run, tmp_path):
    res = run("csv", "-o", tmp_path / "neo")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "neo").iterdir()) == ["nodes.csv", "relationships.csv"]
    assert "--array-delimiter=\"|\"" in res.output
    res = run("csv", "--flavour", "kumu", "--provenance", "-o", tmp_path / "kumu")
    assert res.exit_code == 0, res.output
    import csv

    rows = list(csv.DictReader((tmp_path / "kumu" / "nodes.csv").open()))
    assert list(rows[0])[:3] == ["ID", "Label", "Type"]
    assert any(r["Tags"] == "Claim" and r["Type"] == "RelationshipClaim" for r in rows)


def test_focus_depth_and_types(run, tmp_path):
    out = tmp_path / "f.html"
    res = run("html", "--focus", "Katiba Macina", "--depth", "1", "-o", out)
    assert res.exit_code == 0, res.output
    assert _page_ids(out) == ["actor:jnim", "actor:katiba-macina", "event:2020-01-26-attack-sokolo"]
    res = run("html", "--focus", "Macina Liberation Front", "--depth", "2", "--types", "Actor", "-o", out)
    assert res.exit_code == 0, res.output
    assert all(i.startswith("actor:") for i in _page_ids(out)) and "actor:al-qaeda" in _page_ids(out)


def test_query_names_what_is_exported(run, tmp_path):
    out = tmp_path / "q.gexf"
    res = run("gexf", "--query", "attributions JNIM", "-o", out)
    assert res.exit_code == 0, res.output
    g = nx.read_gexf(out, version="1.3")
    # the answer's events with what its rows show beside them: the place and the competing attribution
    assert set(g.nodes) == {"actor:jnim", "event:2020-04-06-attack-bamba", "place:ml/gao/bourem/bamba", "actor:isgs"}
    res = run("gexf", "--query", "affiliations 'Katiba Macina'", "--types", "Actor", "-o", out)
    assert res.exit_code == 0, res.output
    assert {"actor:katiba-macina", "actor:jnim", "actor:al-qaeda"} <= set(nx.read_gexf(out, version="1.3").nodes)


def test_standard_output(run):
    res = run("ttl", "--no-ontology", "-o", "-")
    assert res.exit_code == 0, res.output
    g = Graph().parse(data=res.output, format="turtle")
    assert len(g) > 100
    res = run("geojson", "--since", "2020-04", "--until", "2020-04", "-o", "-")
    doc = json.loads(res.output)
    assert [f["id"] for f in doc["features"] if f["properties"]["label"] == "Event"] == ["event:2020-04-06-attack-bamba"]
    res = run("graphml", "-o", "-")
    assert nx.read_graphml(io.BytesIO(res.stdout_bytes)).number_of_nodes() == 24


@pytest.mark.parametrize("args,message", [
    (["html", "--focus", "Bamba"], "is ambiguous"),
    (["html", "--focus", "Nowhere Brigade"], "no entity named"),
    (["html", "--types", "Brigade"], "neither a label nor a class"),
    (["html", "--max-nodes", "5"], "--focus ENTITY --depth N"),
    (["html", "--since", "2021", "--until", "2020"], "after --until"),
    (["html", "--since", "yesterday"], "--since"),
    (["gexf", "--query", "nosuch JNIM"], "no query named"),
    (["gexf", "--query", "attributions JNIM --colour red"], "has no option --colour"),
    (["gexf", "--query", "attributions 'Government of Mali'"], "returned no entity"),
    (["gexf", "--query", ""], "--query needs a query name"),       # empty: not "no filter"
    (["gexf", "--query", "  "], "--query needs a query name"),
    (["ttl", "--focus", ""], "--focus needs an entity"),
    (["gexf", "--depth", "3"], "no --focus was given"),              # not silently the whole graph
    (["ttl", "--title", "x"], "No such option '--title'"),            # a title Turtle would not keep
    (["graphml", "--title", "x"], "No such option '--title'"),
])
def test_errors_are_one_line_and_exit_2(run, tmp_path, args, message):
    res = run(*args, "-o", tmp_path / "x.out")
    assert res.exit_code == 2, res.output
    assert message in res.output and "Traceback" not in res.output
    assert not (tmp_path / "x.out").exists()


def test_parse_query():
    assert parse_query("attributions JNIM --since 2020 --with-components") == (
        "attributions", {"actor": "JNIM", "since": "2020", "with_components": True})
    assert parse_query('timeline "Bamba (Bourem)" --until=2020-06') == (
        "timeline", {"entity": "Bamba (Bourem)", "until": "2020-06"})
    assert parse_query("neighbourhood JNIM --types Actor --types Event") == (
        "neighbourhood", {"entity": "JNIM", "types": ["Actor", "Event"]})


def test_csv_refuses_standard_output(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("csv", "-o", "-")
    assert res.exit_code == 2, res.output
    assert "two files" in res.output and "directory" in res.output
    assert list(tmp_path.iterdir()) == []  # no directory named '-'


def test_replacing_a_file_says_so(run, tmp_path):
    out = tmp_path / "g.gexf"
    res = run("gexf", "-o", out)
    assert res.exit_code == 0 and "replaced" not in res.output
    res = run("gexf", "-o", out)
    assert res.exit_code == 0 and f"wrote {out} (replaced the previous file): 24 nodes" in res.output


@pytest.mark.parametrize("fmt", ["html", "gexf", "geojson"])
def test_title_where_the_format_keeps_it(run, tmp_path, fmt):
    out = tmp_path / f"t.{fmt}"
    res = run(fmt, "--title", "Sahel <2020>", "-o", out)
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "Sahel &lt;2020&gt;" in text or "Sahel <2020>" in text or "Sahel \\u003c2020\\u003e" in text
