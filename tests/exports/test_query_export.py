"""``export --query``: the picture of a named query's answer draws what the answer is about (the
asked-about actor, its events, their places and perpetrators) with their relationships, says so
when the query's cap cut the answer, and stays usable in a real headless Chromium."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conflictkg.cli import main

from .conftest import build_store

# three more JNIM events of our own invention, so that a --limit 2 cuts the answer
MORE = """\
sources:
  - {id: extra, url: "https://example.org/extra", title: "Invented extra events"}
entities:
  - {id: event:2020-05-02-attack-tarkint, name: Attack near Tarkint, class: Attack, source: extra}
  - {id: event:2020-06-11-clash-sokolo, name: Clash at Sokolo, class: Clash, source: extra}
statements:
  - {subject: event:2020-05-02-attack-tarkint, predicate: date, value: 2020-05-02, source: extra, quote: "on 2 May fighters hit a post near Tarkint"}
  - {subject: event:2020-05-02-attack-tarkint, predicate: ATTRIBUTED_TO, object: JNIM, source: extra, confidence: probable, quote: "most likely JNIM"}
  - {subject: event:2020-06-11-clash-sokolo, predicate: date, value: 2020-06-11, source: extra, quote: "a clash on 11 June"}
  - {subject: event:2020-06-11-clash-sokolo, predicate: ATTRIBUTED_TO, object: JNIM, source: extra, confidence: attributed, quote: "JNIM fighters clashed with soldiers"}
"""


@pytest.fixture(scope="module")
def query_kg(tmp_path_factory):
    d = tmp_path_factory.mktemp("query-export")
    more = d / "more.yaml"
    more.write_text(MORE, encoding="utf-8")
    return build_store(d / "kg.db", more)


def _export(kg, *args):
    return CliRunner().invoke(main, ["export", *map(str, args), "--db", str(kg.store.path)])


def _page(path):
    html = path.read_text(encoding="utf-8")

    def block(name):
        return json.loads(re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', html, re.S).group(1))
    edges = {(e["from"], e["to"]) for e in block("ckg-vis-edges")}
    return {n["id"] for n in block("ckg-vis-nodes")}, edges, block("ckg-data")["page"], html


def test_timeline_export_draws_the_actor_its_events_their_places_and_perpetrators(export_kg, tmp_path):
    out = tmp_path / "t.html"
    res = _export(export_kg, "html", "--query", "timeline JNIM", "-o", out)
    assert res.exit_code == 0, res.output
    nodes, edges, page, _ = _page(out)
    bamba = "event:2020-04-06-attack-bamba"
    assert {"actor:jnim", bamba, "place:ml/gao/bourem/bamba", "actor:isgs"} <= nodes
    assert (bamba, "actor:jnim") in edges                     # JNIM's role in the event
    assert (bamba, "place:ml/gao/bourem/bamba") in edges      # where it happened
    assert (bamba, "actor:isgs") in edges                     # the competing attribution the rows list
    assert page["filters"]["query"] == "timeline JNIM"
    assert not any("part of the answer" in n for n in page["notes"])


def test_a_capped_answer_says_so_on_the_page_and_the_command_line(query_kg, tmp_path):
    out = tmp_path / "cap.html"
    res = _export(query_kg, "html", "--query", "timeline JNIM --limit 2", "-o", out)
    assert res.exit_code == 0, res.output
    nodes, _, page, html = _page(out)
    assert len([i for i in nodes if i.startswith("event:")]) == 2
    assert "only part of the answer is drawn: Only the first 2 events" in res.output
    summary = re.search(r'<p id="ckg-summary">(.*?)</p>', html, re.S).group(1)
    assert "PART OF THE ANSWER ONLY" in summary and "--limit N" in summary
    full = _export(query_kg, "html", "--query", "timeline JNIM", "-o", out)
    assert full.exit_code == 0 and "part of the answer" not in full.output
    assert len([i for i in _page(out)[0] if i.startswith("event:")]) == 3


def test_a_query_missing_an_argument_is_refused(export_kg, tmp_path):
    res = _export(export_kg, "html", "--query", "channels JNIM", "-o", tmp_path / "c.html")
    assert res.exit_code == 2 and "needs" in res.output and "None" not in res.output, res.output
    assert not (tmp_path / "c.html").exists()


@pytest.mark.browser
def test_query_page_opens_in_chromium(open_page, query_kg, tmp_path):
    out = tmp_path / "q.html"
    assert _export(query_kg, "html", "--query", "timeline JNIM --limit 2", "-o", out).exit_code == 0
    p = open_page(out)
    assert p.requests == [] and p.console_errors() == []
    assert p.page.evaluate("ckg.edges.length") > 0
    assert "PART OF THE ANSWER ONLY" in p.page.text_content("#ckg-summary")
    p.page.fill("#ckg-search", "JNIM")
    p.page.press("#ckg-search", "Enter")
    assert p.page.evaluate("ckg.network.getSelectedNodes()") == ["actor:jnim"]
    assert p.dialogs == []
