"""`conflictkg neo4j export-queries`: the query library as a .cypher file and as Browser
favourites, and every exported block runs on Neo4j with its own `:param` values, giving what
the embedded engine gives."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.graph import neo4j_store

pytestmark = pytest.mark.neo4j
ROOT = Path(__file__).resolve().parents[2]
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"
QUERY_GRAPH = ROOT / "tests" / "queries" / "fixtures" / "sahel-queries.yaml"
PARAM = re.compile(r"^:param (\w+) => (.*);$")


@pytest.fixture(scope="module")
def qkg(tmp_path_factory):
    from conflictkg.kg import KG

    if not QUERY_GRAPH.exists():
        pytest.skip(f"no {QUERY_GRAPH}")
    kg = KG(tmp_path_factory.mktemp("export") / "kg.db", pack=str(MINIPACK))
    kg.ingest([QUERY_GRAPH])
    return kg


def _blocks(content: str) -> tuple[list[tuple[str, str]], str]:
    params, query = [], []
    for line in content.splitlines():
        m = PARAM.match(line)
        if m:
            params.append((m.group(1), m.group(2)))
        elif not line.startswith("//"):
            query.append(line)
    return params, "\n".join(query).strip().rstrip(";")


def test_export_writes_cypher_json_and_zip(qkg, tmp_path, monkeypatch):
    from conflictkg.queries import QUERIES

    monkeypatch.setenv("CONFLICTKG_PACK", str(MINIPACK))
    res = CliRunner().invoke(main, ["neo4j", "export-queries", "--db", str(qkg.store.path), "-o", str(tmp_path / "lib")])
    assert res.exit_code == 0, res.output
    parts = [(n, p) for n, q in QUERIES.items() for p in q.cypher]
    data = json.loads((tmp_path / "lib.json").read_text(encoding="utf-8"))
    favs = data["favorites"]
    assert [f["id"] for f in favs] == [f"conflictkg-{n}-{p}" for n, p in parts]
    assert {f["folder"] for f in favs} == {data["folders"][0]["id"]}
    assert all(f["content"].startswith(f"// conflictkg {n}: {p}\n") for f, (n, p) in zip(favs, parts))
    text = (tmp_path / "lib.cypher").read_text(encoding="utf-8")
    assert all(f["content"] in text for f in favs)
    with zipfile.ZipFile(tmp_path / "lib.zip") as z:
        names = z.namelist()
        assert names == [f"conflictkg/{n}-{p}.cypher" for n, p in parts]
        assert [z.read(n).decode() for n in names] == [f["content"] for f in favs]
    # the examples filled in real parameter values for most blocks
    filled = [f for f in favs if ":param" in f["content"] and "=> null" not in f["content"]]
    assert len(filled) >= len(favs) // 2
    assert "@type(" not in text and "label(r)" not in text  # Neo4j dialect


def test_every_exported_block_runs_on_neo4j_like_on_the_embedded_engine(qkg, neo, neo4j_target):
    from conflictkg.queries import QUERIES
    from conflictkg.queries.base import render

    neo4j_store.push(qkg.projection(), neo4j_target)
    favs = neo4j_store.query_favourites(qkg)
    compared = 0
    with neo4j_store.Neo4jBackend(target=neo4j_target) as nb, qkg.engine() as eng:
        for f in favs:
            params, query = _blocks(f.content)
            # the :param values, read back by Neo4j itself (they are Cypher literals)
            values = {k: nb.run(f"RETURN {lit} AS v").rows[0][0] for k, lit in params}
            assert values == f.params, f.title
            if any(v is None for v in values.values()):
                nb.run("EXPLAIN " + query, values)  # a block to fill in must at least compile
                continue
            got = nb.run(query, values)
            template = QUERIES[f.query].cypher[f.part]
            want = eng.run(render(template, "lbug", set(values)), values)
            assert got.columns == want.columns, f.title
            key = lambda r: json.dumps(r, sort_keys=True, default=str)  # noqa: E731
            assert sorted(map(key, got.rows)) == sorted(map(key, want.rows)), f.title
            compared += 1
    assert compared >= len(favs) // 2


def test_export_without_a_store_leaves_parameters_to_fill(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONFLICTKG_DB", raising=False)
    res = CliRunner().invoke(main, ["neo4j", "export-queries", "-o", "out/lib"])
    assert res.exit_code == 0, res.output
    assert "parameter values are left null" in res.output
    text = (tmp_path / "out" / "lib.cypher").read_text(encoding="utf-8")
    assert "=> null;" in text and "Set the parameters below" in text
    assert not (tmp_path / "conflictkg.db").exists()  # exporting created no store


def test_cypher_literal_round_trip(neo):
    tricky = ["'); MATCH (n) DETACH DELETE n //", "back\\slash \\' \\\"", "ligne\nsuivante", "émir «x»", ""]
    for v in tricky + [None, True, 3, 2.5, tricky, {"a b": [1, "x"]}]:
        assert neo.value(f"RETURN {neo4j_store.cypher_literal(v)} AS v") == v
