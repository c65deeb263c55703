"""Analyst facts files: idempotent ingest, and malformed files refused with file, line and reason."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "facts"


def test_ingest_twice_adds_nothing(mini_kg):
    first = mini_kg.ingest([FIX / "good.yaml"])
    n = mini_kg.store.count()
    assert first.new > 0
    again = mini_kg.ingest([FIX / "good.yaml"])
    assert again.new == 0 and mini_kg.store.count() == n


def test_facts_reach_the_graph_with_their_source(mini_kg):
    mini_kg.ingest([FIX / "good.yaml"])
    rows = mini_kg.cypher(
        "MATCH (a:Actor {name: 'Katiba Serma'})-[r:PART_OF]->(b:Actor) "
        "MATCH (c:Claim {rel_id: r.id})-[:STATED_IN]->(s:Source) RETURN b.name, r.valid_from, s.url, c.quote").rows
    assert rows == [["JNIM", "2018", "https://www.crisisgroup.org/africa/sahel/mali/276-speaking-bad-guys",
                     "Katiba Serma, a JNIM unit active around the Serma forest"]]
    # an ambiguous place name settled by its context
    rows = mini_kg.cypher("MATCH (:Actor {name: 'Katiba Serma'})-[:OPERATES_IN]->(p:Place) RETURN p.id").rows
    assert rows == [["place:ml/mopti/koro/bamba"]]


@pytest.mark.parametrize("name, line, reason", [
    ("bad-yaml.yaml", 3, "invalid YAML"),
    ("unknown-class.yaml", 4, "unknown class 'Brigade'"),
    ("unknown-rel.yaml", 5, "unknown relationship type 'FRIENDS_WITH'"),
    ("missing-source.yaml", 5, "without a 'source'"),
])
def test_malformed_file_is_refused_and_store_unchanged(mini_kg, name, line, reason):
    before = mini_kg.store.count()
    graph_before = mini_kg.cypher("MATCH (n) RETURN count(n)").rows
    res = CliRunner().invoke(main, ["ingest", str(FIX / name), "--db", str(mini_kg.store.path)],
                             env={"CONFLICTKG_PACK": str(FIX.parent / "minipack")})
    assert res.exit_code == 2, res.output
    assert f"{FIX / name}:{line}: " in res.output and reason in res.output
    assert "Traceback" not in res.output
    assert mini_kg.store.count() == before
    assert mini_kg.cypher("MATCH (n) RETURN count(n)").rows == graph_before


def test_unknown_name_is_refused_with_suggestions(mini_kg, tmp_path):
    f = tmp_path / "f.yaml"
    f.write_text("sources:\n  - {id: s, url: 'https://e.org'}\nstatements:\n"
                 "  - {subject: Katiba Macinaa, predicate: PART_OF, object: Ansar Dine, source: s}\n")
    res = CliRunner().invoke(main, ["ingest", str(f), "--db", str(mini_kg.store.path)],
                             env={"CONFLICTKG_PACK": str(FIX.parent / "minipack")})
    assert res.exit_code == 2
    assert f"{f}:4: no entity named 'Ansar Dine'" in res.output
