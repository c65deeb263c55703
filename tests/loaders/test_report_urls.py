"""A report's URL: refused when it is not one, and the same report under several URLs (another
spelling, tracking parameters, a mirror) is one source that keeps every URL it was given."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.graph.statements import source_id_for_url, url_problem

TEXT = "Le 6 avril 2020, le JNIM a attaqué Bamba (Bourem) et tué 20 soldats maliens."


def _ingest(kg, path, *args):
    return CliRunner().invoke(main, ["ingest", str(path), "--db", str(kg.store.path), "--published", "2020-04-07",
                                     *args])


@pytest.mark.parametrize("bad", ["not a url", "htps://www.rfi.fr/fr/afrique", "www.rfi.fr/fr/afrique",
                                 "https://", "https://rfi fr/x", "ftp://example.org/r.txt", "file:///tmp/r.txt"])
def test_an_invalid_url_is_refused_naming_the_option(mini_kg, tmp_path, bad):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, encoding="utf-8")
    before = mini_kg.store.count()
    r = _ingest(mini_kg, p, "--url", bad)
    assert r.exit_code == 2, r.output
    assert "--url" in r.output and repr(bad) in r.output and "Traceback" not in r.output
    assert mini_kg.store.count() == before


@pytest.mark.parametrize("good", ["https://www.rfi.fr/fr/afrique/20200406-mali", "http://localhost:8000/r",
                                  "https://example.org", "https://bamako.example.ml/a?b=1#c"])
def test_valid_urls_pass(good):
    assert url_problem(good) is None


def test_a_bad_url_in_front_matter_is_noted_and_not_stored(mini_kg, tmp_path):
    p = tmp_path / "fm.md"
    p.write_text(f"---\nurl: voir le site\n---\n{TEXT}", encoding="utf-8")
    s = mini_kg.ingest([p])
    assert any("url" in str(i) and "voir le site" in str(i) for i in s.files[-1].issues)
    assert not [st for st in mini_kg.store.statements("WHERE predicate = 'url' AND loader = 'report'")]


def test_one_report_under_several_urls_is_one_source_with_every_url(mini_kg, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, encoding="utf-8")
    urls = ["https://www.rfi.fr/fr/afrique/20200406-mali-bamba",
            "http://rfi.fr/fr/afrique/20200406-mali-bamba/",
            "https://www.rfi.fr/fr/afrique/20200406-mali-bamba?utm_source=twitter&utm_medium=social",
            "https://mirror.example.org/rfi-bamba"]
    r = _ingest(mini_kg, p, "--url", urls[0])
    assert r.exit_code == 0, r.output
    n = mini_kg.store.count()
    for i, u in enumerate(urls[1:], 1):
        r = _ingest(mini_kg, p, "--url", u)
        assert r.exit_code == 0, r.output
        assert mini_kg.store.count() == n + i     # only the new URL itself is new
    again = _ingest(mini_kg, p, "--url", urls[2])
    assert again.exit_code == 0 and mini_kg.store.count() == n + 3  # re-ingesting is a no-op
    rows = mini_kg.cypher("MATCH (s:Source {kind: 'report'}) RETURN s.id, s.url, s.urls, s.disputed").rows
    assert len(rows) == 1
    _, url, all_urls, disputed = rows[0]
    assert url == urls[0] and sorted(all_urls) == sorted(urls)  # each URL exactly as given
    assert not disputed   # several addresses of one report are no disagreement
    claims = mini_kg.cypher("MATCH (c:Claim {predicate: 'ATTRIBUTED_TO'})-[:STATED_IN]->(s:Source) "
                            "RETURN count(c)").rows
    assert claims == [[1]]


def test_tracking_parameters_and_spellings_do_not_make_another_cited_source():
    base = source_id_for_url("https://www.rfi.fr/fr/afrique/x")
    assert source_id_for_url("https://WWW.RFI.FR/fr/afrique/x?utm_source=tw&utm_campaign=a") == base
    assert source_id_for_url("http://rfi.fr/fr/afrique/x/?fbclid=abc#top") == base
    assert source_id_for_url("https://www.rfi.fr/fr/afrique/x?id=2") != base   # a real parameter stays
    assert source_id_for_url("https://www.rfi.fr/fr/Afrique/x") != base        # paths are case-sensitive
