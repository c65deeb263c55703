"""The report loader end to end: ingest through the KG, sources and CITES, front matter and
options, bad input refused or decoded without a traceback and without touching the store,
re-ingest as a no-op, streaming in chunks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.loaders import report

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "devset"


def _report_statements(kg):
    return list(kg.store.statements("WHERE loader = 'report'"))


def test_seed_thread_reaches_the_graph_with_its_sources(sahel_kg, shared):
    seed = shared("data/seed/jnim-thread-2020-04-06.txt")
    kg = sahel_kg
    s = kg.ingest([seed])
    assert s.files[-1].kind == "report" and s.files[-1].new > 40
    rows = kg.cypher("MATCH (e:Event)-[r:ATTRIBUTED_TO]->(a:Actor) WHERE e.date = '2020-04-06' "
                     "RETURN a.name, r.confidence").rows
    assert ["JNIM", "attributed"] in rows
    rows = kg.cypher("MATCH (e:Event {class: 'Kidnapping'})-[r:ATTRIBUTED_TO]->(a:Actor) RETURN a.name, r.confidence "
                     "ORDER BY a.name").rows
    assert rows == [["JNIM", "attributed"], ["Katiba Macina", "probable"]]
    # both cited links, the broken display copies dropped
    cited = {r[0] for r in kg.cypher("MATCH (:Source {kind: 'thread'})-[:CITES]->(c:Source) RETURN c.url").rows}
    assert cited == {
        "http://www.rfi.fr/fr/ticker/mali-moins-20-soldats-tu%C3%A9s-une-attaque-attribu%C3%A9e-jihadistes",
        "https://www.france24.com/fr/20200320-nouvelle-attaque-meurtri%C3%A8re-contre-des-soldats-maliens-attribu%C3%A9e-aux-jihadistes",
    }
    # every edge leads back to its quote: a claim with the sentence and its span
    rows = kg.cypher("MATCH (c:Claim {predicate: 'HELD_HOSTAGE_BY'})-[:STATED_IN]->(s:Source) "
                     "RETURN c.quote, c.span_start, c.span_end, c.confidence ORDER BY c.confidence").rows
    text = seed.read_text(encoding="utf-8")
    assert len(rows) == 2
    for quote, a, b, _ in rows:
        assert "held hostage by JNIM" in quote and text[a:b] in quote
    # the year came from the links: the source says how the date was found
    pub = kg.cypher("MATCH (s:Source {kind: 'thread'}) RETURN s.published, s.description").rows[0]
    assert pub[0] == "2020-04-06" and "inferred" in pub[1]


def test_reingest_is_a_no_op(mini_kg, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("On 6 April 2020 JNIM attacked Bamba (Bourem), killing 20 Malian soldiers.", encoding="utf-8")
    first = mini_kg.ingest([p], kind="report")
    n = mini_kg.store.count()
    again = mini_kg.ingest([p], kind="report")
    assert first.new > 0 and again.new == 0 and mini_kg.store.count() == n


def test_options_and_front_matter(mini_kg, tmp_path):
    p = tmp_path / "fm.md"
    p.write_text("---\npublished: 2020-03-26\npublisher: Maliweb\nkind: article\ntitle: Enlèvement\n---\n"
                 "# Enlèvement de Soumaïla Cissé\n\nSoumaïla Cissé a été enlevé **hier** près de Niafunké par le JNIM.",
                 encoding="utf-8")
    mini_kg.ingest([p])    # sniffed as a report (.md)
    src = mini_kg.cypher("MATCH (s:Source {kind: 'article'}) RETURN s.published, s.publisher, s.title, s.language").rows
    assert src == [["2020-03-26", "Maliweb", "Enlèvement", "fr"]]
    assert mini_kg.cypher("MATCH (e:Event {class: 'Kidnapping'}) RETURN e.date").rows == [["2020-03-25"]]
    # command-line options win over the front matter; --url is the source's address
    q = tmp_path / "opt.txt"
    q.write_text("JNIM attacked Bamba (Bourem) yesterday.", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(q), "--db", str(mini_kg.store.path), "--published", "2020-04-07",
                                  "--url", "https://example.org/bamba", "--publisher", "Example", "--lang", "en"])
    assert r.exit_code == 0, r.output
    rows = mini_kg.cypher("MATCH (s:Source {url: $u}) RETURN s.id, s.publisher, s.published",
                          {"u": "https://example.org/bamba"}).rows
    assert [r[1:] for r in rows] == [["Example", "2020-04-07"]] and rows[0][0].startswith("source:report/")
    assert mini_kg.cypher("MATCH (e:Event {class: 'Attack'})-[:OCCURRED_AT]->(p) RETURN e.date, p.id").rows == \
        [["2020-04-06", "place:ml/gao/bourem/bamba"]]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "only white space"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 50, "binary file"),
])
def test_bad_input_is_refused_and_the_store_is_unchanged(mini_kg, tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    before = mini_kg.store.count()
    r = CliRunner().invoke(main, ["ingest", str(p), "--db", str(mini_kg.store.path)])
    assert r.exit_code == 2
    assert reason in r.output and str(p) in r.output and "Traceback" not in r.output
    assert mini_kg.store.count() == before


def test_latin1_is_decoded_and_the_fallback_reported(mini_kg, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le 25 mars 2020, Soumaïla Cissé a été enlevé près de Niafunké.".encode("latin-1"))
    s = mini_kg.ingest([p])
    f = s.files[-1]
    assert any("not UTF-8" in str(i) for i in f.issues)
    names = {r[0] for r in mini_kg.cypher("MATCH (e:Event)-[:VICTIM]->(a) RETURN a.name").rows}
    assert names == {"Soumaila Cissé"}
    aliases = {st.value for st in _report_statements(mini_kg) if st.predicate == "alias"}
    assert "Soumaïla Cissé" in aliases and "Niafunké" in aliases


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_with_a_byte_order_mark_is_read_like_utf8(mini_kg, tmp_path, encoding):
    """Windows' "Unicode" text (Notepad, Word's plain text) is UTF-16 with a BOM: its NUL bytes are
    half of each character, not binary content. It gives what the same text in UTF-8 gives, spans
    counted in characters."""
    import codecs

    text = ("Note d'analyste inventée, 4 mai 2020.\n\n"
            "Le 3 mai 2020, le JNIM a attaqué le poste de l'armée à Bamba (Bourem) et tué 4 soldats.\n")
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    p16, p8 = tmp_path / "note16.txt", tmp_path / "note8.txt"
    p16.write_bytes(bom + text.encode(encoding))
    p8.write_text(text, encoding="utf-8")
    from conflictkg.loaders.base import LoadContext

    def read(p):
        ctx = LoadContext(mini_kg.resolver(), {})
        sts = list(report.load(p, ctx))
        return ctx, {(s.subject, s.predicate, s.object, s.value, s.span) for s in sts if not s.subject.startswith("source:")}

    (ctx16, got16), (_, got8) = read(p16), read(p8)
    assert got16 == got8 and ("event:2020-05-03-attack-bamba", "class", None, "Attack", None) in {
        (a, b, c, d, None) for a, b, c, d, _ in got16}
    assert not any("UTF-8" in str(i) for i in ctx16.issues)
    r = CliRunner().invoke(main, ["ingest", str(p16), "--db", str(mini_kg.store.path)])
    assert r.exit_code == 0, r.output


def test_streamed_in_small_chunks(mini_kg, tmp_path, monkeypatch):
    """A long report is read chunk by chunk at paragraph boundaries; events still come out."""
    para = ("On 6 April 2020 JNIM attacked Bamba (Bourem) and killed at least 20 Malian soldiers.\n\n"
            "Soumaila Cissé is still held hostage by JNIM.\n\n")
    p = tmp_path / "long.txt"
    p.write_text("---\npublished: 2020-04-07\n---\n" + para * 400, encoding="utf-8")
    monkeypatch.setattr(report, "CHUNK_CHARS", 4096)
    from conflictkg.loaders.base import LoadContext

    ctx = LoadContext(mini_kg.resolver(), {})
    sts = list(report.load(p, ctx))
    events = {s.subject for s in sts if s.subject.startswith("event:") and s.predicate == "class"}
    assert "event:2020-04-06-attack-bamba" in events
    text = p.read_text(encoding="utf-8")
    for s in sts:
        if s.span and s.predicate == "alias":
            assert text[s.span[0]:s.span[1]] == s.value   # offsets stay right across chunks


def test_devset_reports_ingest_without_issues_that_block(mini_kg):
    """Every development report goes through the loader (even with the small pack)."""
    for p in sorted((DEVSET / "reports").glob("*.txt")):
        from conflictkg.loaders.base import LoadContext

        ctx = LoadContext(mini_kg.resolver(), {})
        sts = list(report.load(p, ctx))
        assert any(s.predicate == "class" and s.value == "Report" for s in sts), p


def test_strict_refuses_skipped_input_not_notes(mini_kg, tmp_path):
    """A Latin-1 report is decoded and kept: the fallback is a note, so --strict still ingests it.
    A published date that is not a date is input the loader ignored: --strict refuses the file."""
    from conflictkg.errors import InputError

    p = tmp_path / "latin1.txt"
    p.write_bytes("Le 25 mars 2020, Soumaïla Cissé a été enlevé près de Niafunké.".encode("latin-1"))
    s = mini_kg.ingest([p], options={"strict": True})
    f = s.files[-1]
    notes = [i for i in f.issues if i.severity == "note"]
    assert any("not UTF-8" in i.reason for i in notes)
    before = mini_kg.store.count()
    q = tmp_path / "bad-date.txt"
    q.write_text("---\npublished: last tuesday\n---\nJNIM attacked Bamba.\n", encoding="utf-8")
    with pytest.raises(InputError, match="strict"):
        mini_kg.ingest([q], options={"strict": True})
    assert mini_kg.store.count() == before


def test_publication_day_as_event_date_says_so(mini_kg, tmp_path):
    """An undated lede event takes the publication day; its date statement must not read as stated."""
    p = tmp_path / "story.txt"
    p.write_text("---\npublished: 2019-07-14\n---\nGunmen attacked a gendarmerie post in Bamba (Bourem), "
                 "killing two gendarmes.\n", encoding="utf-8")
    mini_kg.ingest([p])
    dates = [s for s in _report_statements(mini_kg) if s.predicate == "date" and s.subject.startswith("event:")]
    assert [s.value for s in dates] == ["2019-07-14"]
    assert "publication date" in dates[0].evidence
