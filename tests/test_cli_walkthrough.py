"""Rough edges a new user met in session 10's walkthrough of the README, each fixed with this test."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conflictkg.cli import main


@pytest.mark.parametrize("query", [["timeline", "JNIM"], ["attributions", "JNIM"]])
def test_a_window_that_ends_before_it_starts_is_refused_not_answered_empty(mini_kg, query):
    """`--since 2021 --until 2020` (the two swapped) gave "0 listed" as if nothing had happened,
    where the exports' same filters refuse it."""
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["query", *query, "--since", "2021", "--until", "2020-06"], env=env)
    assert res.exit_code == 2, res.output
    assert "--since 2021 is after --until 2020-06" in res.output and "Traceback" not in res.output
    # a one-month window given by both ends of the same month is fine
    res = CliRunner().invoke(main, ["query", *query, "--since", "2020-04", "--until", "2020-04"], env=env)
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize("name,content,said", [
    ("empty.csv", b"", "empty file"),
    ("empty.yaml", b"", "empty file"),
    ("blank.csv", b"\n  \n", "empty file"),
    ("noise.csv", b"\x00\x01\x02garbage\xff\x00" * 40, "binary file"),
    ("noise.yaml", b"PK\x03\x04\x00\x00" * 40, "binary file"),
])
def test_an_empty_or_binary_file_of_any_kind_says_so(mini_kg, tmp_path, name, content, said):
    """An empty or binary .txt said so; the same as .csv or .yaml said only that its kind could
    not be told ("pass --kind"), sending the user to the wrong fix."""
    f = tmp_path / name
    f.write_bytes(content)
    res = CliRunner().invoke(main, ["ingest", str(f)], env={"CONFLICTKG_DB": str(mini_kg.store.path)})
    assert res.exit_code == 2, res.output
    assert f"{f}: {said}" in res.output and "--kind" not in res.output, res.output


def test_a_utf16_report_with_its_byte_order_mark_is_still_read(mini_kg, tmp_path):
    """Its NUL bytes are half of its characters, not a sign of a binary file."""
    f = tmp_path / "note.txt"
    f.write_bytes("On 3 May 2020, JNIM militants attacked an army post in Boni.\n".encode("utf-16"))
    res = CliRunner().invoke(main, ["ingest", str(f)], env={"CONFLICTKG_DB": str(mini_kg.store.path)})
    assert res.exit_code == 0 and "[report]" in res.output, res.output


def _facts(path, n):
    path.write_text(f"""
sources:
  - {{id: note{n}, url: "https://example.org/notes/{n}", title: "Note {n}", published: 2020-05-0{n}}}
statements:
  - {{subject: event:2020-05-0{n}-attack-bamba, predicate: class, value: Attack, source: note{n}, quote: "an attack"}}
  - {{subject: event:2020-05-0{n}-attack-bamba, predicate: date, value: 2020-05-0{n}, source: note{n}, quote: "on {n} May"}}
""", encoding="utf-8")
    return path


def _interrupt_at(monkeypatch, where, nth=1):
    """Ctrl-C landing in the ``nth`` call of ``KG.<where>``, as a SIGINT raises it there."""
    from conflictkg.kg import KG

    real = getattr(KG, where)
    calls = []

    def hit(self, *a, **k):
        calls.append(a)
        if len(calls) == nth and (where != "_load_one" or not k.get("pack")):
            raise KeyboardInterrupt
        return real(self, *a, **k)

    monkeypatch.setattr(KG, where, hit)
    return real


@pytest.mark.parametrize("where,nth,said,stored", [
    ("_load_one", 2, "b.yaml rolled back (run the ingest again to load it); 1 file(s) stored ({a}) before it", 1),
    ("_load_one", 1, "a.yaml rolled back (run the ingest again to load it)\n", 0),
    ("refresh_graph", 1, "2 file(s) stored ({a}, {b}); the graph is brought up to date by the next command", 2),
])
def test_ctrl_c_in_an_ingest_says_which_files_stayed_and_which_were_rolled_back(
        mini_kg, tmp_path, monkeypatch, where, nth, said, stored):
    """It said only "interrupted": whether to run the ingest again, and for which file, was left
    to guess (a Ctrl-C during the graph update, after every file was stored, looked the same as
    one in the middle of the first file)."""
    a, b = _facts(tmp_path / "a.yaml", 1), _facts(tmp_path / "b.yaml", 2)
    from conflictkg.kg import KG

    ref = KG(tmp_path / "reference.db")
    ref.ingest([a, b][:stored])
    want = ref.store.count()
    real = _interrupt_at(monkeypatch, where, nth)
    res = CliRunner().invoke(main, ["ingest", str(a), str(b)], env={"CONFLICTKG_DB": str(mini_kg.store.path)})
    assert res.exit_code == 130, res.output
    assert res.output.endswith("\n") and res.output.splitlines()[-1].startswith("interrupted: "), res.output
    assert said.format(a=a, b=b) in res.output + ("\n" if nth == 1 and where == "_load_one" else ""), res.output
    monkeypatch.setattr(KG, where, real)
    kg = KG(mini_kg.store.path)
    assert kg.store.count() == want  # what the message says is what stayed
    ids = {r[0] for r in kg.cypher("MATCH (e:Event) RETURN e.id").rows}  # and the next read brings the graph up to it
    assert ids == {f"event:2020-05-0{n}-attack-bamba" for n in range(1, stored + 1)}


@pytest.mark.parametrize("value", ["2020-02-30", "yesterday", "06/04/2020"])
def test_a_publication_date_option_that_is_no_date_is_refused_before_anything_is_written(mini_kg, tmp_path, value):
    """It was noted as "skipped" after the report had been loaded without it, its relative dates
    ("yesterday") left unresolved: the user's own option, silently not applied."""
    f = tmp_path / "note.txt"
    f.write_text("Yesterday JNIM militants attacked an army post in Boni.\n", encoding="utf-8")
    before = mini_kg.store.count()
    res = CliRunner().invoke(main, ["ingest", str(f), "--published", value], env={"CONFLICTKG_DB": str(mini_kg.store.path)})
    assert res.exit_code == 2 and f"'{value}' is not an ISO date" in res.output and "--published" in res.output, res.output
    assert mini_kg.store.count() == before


@pytest.mark.parametrize("command", [["ingest"], ["demo"]])
def test_a_store_path_that_is_a_file_says_so(tmp_path, command):
    """mkdir's "File exists" named the path but not what was wrong with it."""
    f = tmp_path / "notes.txt"
    f.write_text("my own notes\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("JNIM militants attacked an army post in Boni on 3 May 2020.\n", encoding="utf-8")
    args = command + ([str(report)] if command == ["ingest"] else []) + ["--db", str(f)]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and f"{f} is a file, not a store directory" in res.output, res.output
    assert f.read_text(encoding="utf-8") == "my own notes\n"


def test_timeline_limit_0_lists_every_event_as_the_other_queries_do(mini_kg, tmp_path):
    """attributions, manoeuvre, channels, brokers and neighbourhood read --limit 0 as "all";
    timeline listed none ("0 listed")."""
    f = tmp_path / "facts.yaml"
    f.write_text("""
sources:
  - {id: note, url: "https://example.org/notes/limit", title: "A note", published: 2020-05-09}
statements:
""" + "".join(f"""  - {{subject: event:2020-05-0{d}-attack-bamba, predicate: class, value: Attack, source: note, quote: "an attack"}}
  - {{subject: event:2020-05-0{d}-attack-bamba, predicate: date, value: 2020-05-0{d}, source: note, quote: "on {d} May"}}
  - {{subject: event:2020-05-0{d}-attack-bamba, predicate: ATTRIBUTED_TO, object: JNIM, source: note, quote: "by JNIM"}}
""" for d in range(1, 4)), encoding="utf-8")
    mini_kg.ingest([f])
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["query", "timeline", "JNIM", "--limit", "0", "--format", "json"], env=env)
    assert res.exit_code == 0, res.output
    import json

    assert len(json.loads(res.stdout)) == 3
    res = CliRunner().invoke(main, ["query", "timeline", "JNIM", "--limit", "2", "--format", "json"], env=env)
    assert len(json.loads(res.stdout)) == 2


def test_the_store_can_be_given_before_the_command_as_in_most_clis(mini_kg, tmp_path, monkeypatch):
    """`conflictkg --db X query ...` said "No such option '--db'": the option was only known after
    the command's name. Before it, it names the store of that one command; the command's own --db
    still wins, and CONFLICTKG_DB is as it was afterwards (the CLI also runs in-process)."""
    other = tmp_path / "elsewhere.db"
    monkeypatch.setenv("CONFLICTKG_DB", str(other))
    res = CliRunner().invoke(main, ["--db", str(mini_kg.store.path), "stats"])
    assert res.exit_code == 0, res.output
    assert "statements" in res.output
    import os
    assert os.environ["CONFLICTKG_DB"] == str(other)
    # the command's own option names the store it reads, whatever came before the command
    res = CliRunner().invoke(main, ["--db", str(mini_kg.store.path), "stats", "--db", str(other)])
    assert res.exit_code == 2 and f"no store at {other}" in res.output, res.output
    res = CliRunner().invoke(main, ["--db", str(other), "stats"])
    assert res.exit_code == 2 and f"no store at {other}" in res.output, res.output
