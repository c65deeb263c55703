"""The HTML page as text: self-contained, escaped, deterministic, refused beyond the usable size."""
from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictkg.exports import ExportError, select
from conflictkg.exports.html import MAX_NODES, generate_html, script_json, write_html

from .conftest import XSS_NAME, XSS_QUOTE


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in, self._buf = a, []

    def handle_data(self, data):
        if self._in is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in is not None:
            self.scripts.append((self._in, "".join(self._buf)))
            self._in = None


@pytest.fixture(scope="module")
def page(export_proj):
    return generate_html(select(export_proj), title="Test <b>title</b>")


@pytest.fixture(scope="module")
def parsed(page):
    t = Tags()
    t.feed(page)
    return t


def test_no_reference_to_any_other_host(page, parsed):
    for tag, attrs in parsed.tags:
        for key in ("src", "href", "action", "data", "poster", "srcset"):
            if key in attrs:
                assert attrs[key].startswith("data:"), (tag, key, attrs[key])
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    assert not re.search(r"cdnjs|jsdelivr|unpkg|bootstrap(cdn)?\.|googleapis", page, re.I)
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    nonce = re.search(r"'nonce-([0-9a-f]+)'", csp).group(1)
    runnable = [a for a, _ in parsed.scripts if a.get("type") != "application/json"]
    assert len(runnable) == 2 and all(a.get("nonce") == nonce for a in runnable)
    assert "vis.js is dual licensed" in page  # the vendored library keeps its licence header


def test_report_text_is_escaped(page, parsed, export_proj):
    assert XSS_NAME not in page
    assert "</script><script>alert(2)" not in page
    assert "<!-- not confirmed" not in page
    assert "<b>live</b>" not in page and "<b>title</b>" not in page
    assert page.count("</script>") == len(parsed.scripts) == 6
    # ...and yet the data holds the exact strings
    data = next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-data")
    assert data["nodes"]["actor:xss-test"]["name"] == XSS_NAME
    quotes = [c["quote"] for cs in data["claims"].values() for c in cs]
    assert XSS_QUOTE in quotes
    vis_nodes = next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-vis-nodes")
    assert {n["label"] for n in vis_nodes} >= {"JNIM", XSS_NAME}
    assert "Test &lt;b&gt;title&lt;/b&gt;" in page


def test_script_json_cannot_close_the_element():
    text = script_json({"q": "</script><!-- \u2028 & '"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == {"q": "</script><!-- \u2028 & '"}


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.text(alphabet=st.sampled_from(list("<>/!-&'\"\\ sScriptSCRIPT\u2028\u2029\u00e9x")) | st.characters()),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                    max_leaves=12))
def test_script_json_round_trips_anything(value):
    text = script_json(value)
    low = text.lower()
    assert "</" not in low and "<!--" not in low and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


def test_page_is_deterministic_and_leaves_input_alone(export_proj):
    sub = select(export_proj)
    before = copy.deepcopy(sub)
    assert generate_html(sub) == generate_html(sub)
    assert sub == before


def test_encodings_of_edges(parsed):
    edges = next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-vis-edges")
    data = next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-data")
    options = next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-vis-options")
    by_conf = {}
    for e in edges:
        by_conf.setdefault(data["edges"][e["id"]].get("confidence"), []).append(e)
    assert all("dashes" not in e for e in by_conf["claimed"] + by_conf["attributed"])  # solid (the default)
    assert all(e["dashes"] == [10, 6] for e in by_conf["probable"])
    assert all(e["dashes"] == [2, 5] for e in by_conf["possible"])
    denied = by_conf["denied"]
    assert denied and all(e["label"].startswith("⊘") and e["color"]["color"] == "#cc0000" for e in denied)
    two = next(e for e in edges if data["edges"][e["id"]]["n"] == 2)
    one = next(e for e in edges if data["edges"][e["id"]]["n"] == 1)
    assert two["width"] > one["width"]
    rival = next(e for e in edges if data["edges"][e["id"]]["type"] == "RIVAL_OF")
    assert rival["arrows"] == {"to": {"enabled": False}}
    assert options["edges"]["arrows"]["to"]["enabled"] is True
    # shapes and colours by class, through vis groups
    nodes = {n["id"]: n for n in next(json.loads(body) for a, body in parsed.scripts if a.get("id") == "ckg-vis-nodes")}
    assert nodes["actor:jnim"]["group"] == "ArmedGroup" and nodes["place:ml"]["group"] == "Country"
    assert options["groups"]["ArmedGroup"]["shape"] == "dot"
    assert options["groups"]["ArmedGroup"]["color"]["background"] == "#d62728"
    assert options["groups"]["Attack"]["shape"] == "diamond"
    # each source's claim travels once: with its relationship, or with the node it describes
    assert {c["source"] for c in data["nclaims"]["event:2020-04-06-attack-bamba"]} == {"source:thread", "source:news"}


def test_refuses_beyond_the_usable_size(export_proj, tmp_path):
    sub = select(export_proj)
    with pytest.raises(ExportError) as err:
        generate_html(sub, max_nodes=10)
    msg = str(err.value)
    assert "24 nodes" in msg and "--focus" in msg and "gexf" in msg
    target = tmp_path / "graph.html"
    with pytest.raises(ExportError):
        write_html(target, sub, max_nodes=10)
    assert list(tmp_path.iterdir()) == []  # no file, no temporary left behind
    assert MAX_NODES >= 2000


def test_written_file_is_readable_by_others(export_proj, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        size = write_html(tmp_path / "g.html", select(export_proj, types=["Actor"]))
    finally:
        os.umask(old)
    st = (tmp_path / "g.html").stat()
    assert st.st_size == size and stat.S_IMODE(st.st_mode) == 0o644
