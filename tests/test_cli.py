"""The CLI as a new user meets it: help with examples everywhere, clear errors, exit code 2."""
import json
from pathlib import Path

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


# -- names as a user types them ------------------------------------------------------------------

# Three invented operations with one name: the first has two sources (and the facts file), the
# other two one each and the same date, so the choice falls to most sources, then latest date,
# then smallest id.
NAMESAKES = """
sources:
  - {id: s1, url: "https://example.org/op-1", title: "Op report 1", published: 2021-02-01}
  - {id: s2, url: "https://example.org/op-2", title: "Op report 2", published: 2021-02-02}
  - {id: s3, url: "https://example.org/op-3", title: "Op report 3", published: 2021-06-01}
entities:
  - {id: event:2019-05-op-sirocco, name: Operation Sirocco, class: MilitaryOperation}
  - {id: event:2021-05-op-sirocco-b, name: Operation Sirocco, class: MilitaryOperation}
  - {id: event:2021-05-op-sirocco-a, name: Operation Sirocco, class: MilitaryOperation}
statements:
  - {subject: event:2019-05-op-sirocco, predicate: date, value: 2019-05, source: s1, quote: "Sirocco began in May 2019"}
  - {subject: event:2019-05-op-sirocco, predicate: date, value: 2019-05, source: s2, quote: "l'opération Sirocco, lancée en mai 2019"}
  - {subject: event:2021-05-op-sirocco-b, predicate: date, value: 2021-05, source: s3, quote: "a second Sirocco in May 2021"}
  - {subject: event:2021-05-op-sirocco-a, predicate: date, value: 2021-05, source: s3, quote: "another Sirocco in May 2021"}
"""


def _query(env, *args):
    res = CliRunner().invoke(main, ["query", *args], env=env)
    assert res.exit_code == 0, res.output
    return res.output


def test_a_name_several_events_share_picks_one_the_same_way_and_says_so(mini_kg, tmp_path):
    facts = tmp_path / "namesakes.yaml"
    facts.write_text(NAMESAKES, encoding="utf-8")
    mini_kg.ingest([facts])
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    out = _query(env, "attributions", "--event", "Operation Sirocco")
    assert "'Operation Sirocco' names 3 events; this answer is about event:2019-05-op-sirocco (3 source(s)" in out
    assert "give its id" in out and "event:2021-05-op-sirocco-a, event:2021-05-op-sirocco-b" in out
    # an id is exact: no choice, no note
    out = _query(env, "attributions", "--event", "event:2021-05-op-sirocco-b")
    assert "names 3 events" not in out and "(event:2021-05-op-sirocco-b)" in out
    # without the best-sourced one, the latest date ties and the smaller id wins
    with mini_kg.store.transaction() as tx:
        tx.con.execute("DELETE FROM statements WHERE subject = 'event:2019-05-op-sirocco'")
    mini_kg.rebuild()
    out = _query(env, "attributions", "--event", "operation sirocco")
    assert "names 2 events; this answer is about event:2021-05-op-sirocco-a (2 source(s), last date 2021-05-31)" in out


def test_namesake_choice_does_not_depend_on_the_store(mini_kg, tmp_path, monkeypatch):
    """Two stores that got the same events in another order answer about the same one."""
    from conflictkg.kg import KG

    text = NAMESAKES
    head, _, rest = text.partition("entities:\n")
    ents, _, stmts = rest.partition("statements:\n")
    reordered = head + "entities:\n" + "".join(reversed(ents.splitlines(keepends=True))) + \
        "statements:\n" + "".join(reversed(stmts.splitlines(keepends=True)))
    picks = []
    for name, yaml_text in (("a", text), ("b", reordered)):
        f = tmp_path / f"{name}.yaml"
        f.write_text(yaml_text, encoding="utf-8")
        kg = KG(tmp_path / f"{name}.db")
        kg.ingest([f])
        out = _query({"CONFLICTKG_DB": str(kg.store.path)}, "attributions", "--event", "Operation Sirocco")
        picks.append(out.split("this answer is about ")[1].split(" ")[0])
    assert picks == ["event:2019-05-op-sirocco"] * 2


def test_a_report_event_is_found_by_the_name_the_answers_give_it(mini_kg, tmp_path):
    report = tmp_path / "thread.txt"
    report.write_text("Published: 2021-02-03\n\nOn 2 February 2021, JNIM fighters attacked Bamba (Bourem) "
                      "and killed 4 soldiers.\n", encoding="utf-8")
    mini_kg.ingest([report])
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    listed = _query(env, "attributions", "JNIM")
    assert "Attack in Bamba" in listed
    out = _query(env, "attributions", "--event", "Attack in Bamba")
    assert "Attack in Bamba (event:2021-02-02-attack-bamba)" in out


def test_a_misspelt_name_is_read_and_the_answer_says_as_what(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    out = _query(env, "affiliations", "Katiba Masina")
    assert "'Katiba Masina' read as Katiba Macina (actor:katiba-macina)" in out
    assert "read as" not in _query(env, "affiliations", "Katiba Macina")


# -- a store or an output this user cannot write -------------------------------------------------

def test_a_store_that_cannot_be_written_is_one_line_and_stays_as_it_was(mini_kg, tmp_path, monkeypatch):
    import os

    report = tmp_path / "note.txt"
    report.write_text("On 2 February 2021, JNIM fighters attacked Bamba (Bourem).\n", encoding="utf-8")
    before = mini_kg.store.count()
    real_access = os.access
    store = str(mini_kg.store.path)
    # root may write anything, so the test plays a user without write permission on the store
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p).startswith(store) and mode & os.W_OK
                        else real_access(p, mode))
    env = {"CONFLICTKG_DB": store}
    for args in (["ingest", str(report)], ["rebuild"], ["resolve", "merge", "JNIM", "ISGS"]):
        res = CliRunner().invoke(main, args, env=env)
        assert res.exit_code == 2, res.output
        assert res.output.strip().splitlines() == [
            f"Error: cannot write the store {store}: {store} is read-only (permission denied); "
            "queries and exports can still read it"]
    assert mini_kg.store.count() == before
    res = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "blocked" / "new.db"), str(report)])
    assert res.exit_code == 0  # a writable parent: created
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode))
    res = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "other.db"), str(report)])
    assert res.exit_code == 2 and "cannot create the store" in res.output and "Traceback" not in res.output


def test_an_export_that_cannot_be_written_is_one_line(mini_kg, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory is expected\n", encoding="utf-8")
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    for args in (["export", "gexf", "-o", str(blocker / "out.gexf")],
                 ["export", "csv", "-o", str(blocker / "csv") + "/"],
                 ["ontology", "--format", "ttl", "-o", str(blocker / "c.ttl")]):
        res = CliRunner().invoke(main, args, env=env)
        assert res.exit_code == 2, res.output
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: cannot write ") and str(blocker) in lines[0]


def test_a_judgement_about_an_id_the_store_does_not_hold_is_refused(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path), "CONFLICTKG_PACK": str(mini_kg.settings.pack)}
    res = CliRunner().invoke(main, ["resolve", "merge", "JNIM", "actor:jnim-typo"], env=env)
    assert res.exit_code == 2
    assert res.output.startswith("Error: no entity actor:jnim-typo in the store") and "Traceback" not in res.output
    assert mini_kg.store.judgements() == []
    res = CliRunner().invoke(main, ["resolve", "merge", "actor:katiba-macina", "actor:jnim"], env=env)
    assert res.exit_code == 0, res.output  # ids the store holds are fine


def test_a_long_list_of_issues_ends_by_counting_skipped_rows_and_notes_apart(mini_kg, tmp_path):
    import csv
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "acled" / "bad-rows.csv"
    with fixture.open(encoding="utf-8") as f:
        header, good = next(csv.reader(f)), None
        for row in csv.reader(f):
            good = good or (row if len(row) == len(header) and row[4] == "06 April 2020" and row[25].isdigit() else None)
    rows = []
    for n in range(24):  # each an actor label no table knows: a note, the row is kept
        row = dict(zip(header, good), event_id_cnty=f"MLI98{n:02d}", actor1=f"Invented Militia {n} (Mali)")
        rows.append(row)
    rows.append(dict(zip(header, good), event_id_cnty="MLI9899", event_date="31 Febtember 2020"))  # skipped
    path = tmp_path / "many-issues.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, header)
        w.writeheader()
        w.writerows(rows)
    res = CliRunner().invoke(main, ["ingest", str(path)], env={"CONFLICTKG_DB": str(mini_kg.store.path)})
    assert res.exit_code == 0, res.output
    tail = [line for line in res.output.splitlines() if line.startswith("  ... and ")]
    assert tail == ["  ... and 5 more: 1 skipped, 4 note(s)"], res.output


def test_a_folder_that_stops_at_a_bad_file_says_what_was_loaded_and_the_graph_shows_it(mini_kg, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-thread.txt").write_text("Published: 2021-02-03\n\nOn 2 February 2021, JNIM fighters attacked "
                                         "Bamba (Bourem) and killed 4 soldiers.\n", encoding="utf-8")
    (folder / "b-scan.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["ingest", str(folder)], env=env)
    assert res.exit_code == 2
    err = [line for line in res.output.splitlines() if line.startswith("Error:")]
    assert len(err) == 1 and "b-scan.txt: binary file" in err[0]
    assert f"stopped there; 1 file(s) before it were loaded: {folder / 'a-thread.txt'}" in err[0]
    n = mini_kg.cypher("MATCH (e:Event {id: 'event:2021-02-02-attack-bamba'}) RETURN count(e)").rows[0][0]
    assert n == 1  # the graph was rebuilt for the file that went in


def test_a_dataset_event_is_found_by_its_name_in_any_query(mini_kg):
    from pathlib import Path

    mini_kg.ingest([Path(__file__).parent / "fixtures" / "acled" / "bad-rows.csv"])
    name = mini_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/' RETURN e.name ORDER BY e.id").rows[0][0]
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    res = CliRunner().invoke(main, ["query", "neighbourhood", name], env=env)
    assert res.exit_code == 0, res.output
    assert "(event:acled/" in res.output


@pytest.mark.parametrize("args", [["stats"], ["cypher", "MATCH (n) RETURN count(n)"], ["query", "hostages"],
                                  ["export", "gexf", "-o", "out.gexf"], ["resolve", "name", "JNIM"],
                                  ["resolve", "list"], ["rebuild"], ["neo4j", "status"]],
                         ids=lambda a: " ".join(a[:2]))
def test_a_command_that_reads_a_store_that_is_not_there_says_so_and_creates_nothing(args, tmp_path):
    """A mistyped --db must not become a new store that answers every question with nothing."""
    missing = tmp_path / "typo.db"
    res = CliRunner().invoke(main, args + ["--db", str(missing)])
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and f"no store at {missing}" in lines[0] and "conflictkg ingest" in lines[0]
    assert not missing.exists()


def test_ingest_creates_the_store_on_first_use(tmp_path, monkeypatch):
    minipack = Path(__file__).parent / "fixtures" / "minipack"  # conftest.py is not importable (importlib mode)
    monkeypatch.setenv("CONFLICTKG_PACK", str(minipack))
    report = tmp_path / "note.txt"
    report.write_text("On 3 May 2020 JNIM attacked the army post at Bamba.\n", encoding="utf-8")
    db = tmp_path / "new.db"
    res = CliRunner().invoke(main, ["ingest", str(report), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert (db / "statements.sqlite").exists()
    assert CliRunner().invoke(main, ["stats", "--db", str(db)]).exit_code == 0


def _help_examples(path) -> list[str]:
    """The example lines of `conflictkg PATH --help`."""
    out = CliRunner().invoke(main, list(path) + ["--help"], terminal_width=200).output
    lines, on = [], False
    for line in out.splitlines():
        if line.strip() in ("Example:", "Examples:"):
            on = True
        elif on and not line.strip():
            on = False
        elif on and "conflictkg " in line:
            lines.append(line.strip())
    return lines


# Run in this order, the way a user meets them: the main help's (demo, the seed report), the exports
# (on that store: an export of the whole ACLED export is a benchmark's job, not this test's), the
# ACLED export in, then what reads it; the demo's second store before its rebuild. A command not
# named here (nor its group) runs last.
EXAMPLE_ORDER = ["", "export", "ingest", "stats", "cypher", "ontology", "resolve", "resolve name", "resolve merge",
                 "resolve split", "resolve list", "resolve undo", "demo", "rebuild"]


def _example_rank(path: str) -> int:
    for key in (path, path.split(" ")[0]):
        if key in EXAMPLE_ORDER:
            return EXAMPLE_ORDER.index(key)
    return len(EXAMPLE_ORDER)


# Examples that need more than the store: a Neo4j server (tests/neo4j run them against one), or a
# scoring run over every gold file (tests/test_eval_cli.py).
NEEDS_MORE = ("neo4j push", "neo4j status", "--neo4j", "conflictkg eval")


def test_every_help_example_runs_in_a_clone_beside_shared(shared, _sahel_template, tmp_path, monkeypatch):
    """A new user copies the examples of every command's --help, in a clone beside ../shared (the
    seed report, the ACLED Mali export): run in the order of EXAMPLE_ORDER, each one must work.
    (`conflictkg query NAME --help` examples: tests/queries/test_seed_report.py.)"""
    import os
    import shlex
    import shutil

    seed = shared("data/seed/jnim-thread-2020-04-06.txt")
    work = tmp_path / "clone"
    work.mkdir()
    (tmp_path / "shared").symlink_to(seed.parents[2])
    shutil.copytree(_sahel_template, work / "conflictkg.db")
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("CONFLICTKG_DB", raising=False)
    monkeypatch.delenv("CONFLICTKG_PACK", raising=False)
    paths = [" ".join(p) for p, _ in _commands(main) if p[0] != "query"]
    paths = [""] + paths
    paths.sort(key=_example_rank)
    ran = []
    for path in paths:
        for example in _help_examples(path.split()):
            if any(x in example for x in NEEDS_MORE):
                continue
            words = shlex.split(example.replace("\\$", "$"))  # what the shell makes of "\$n" in double quotes
            env = {}
            while "=" in words[0]:
                k, v = words.pop(0).split("=", 1)
                env[k] = v
            assert words[0] == "conflictkg", example
            args = [os.path.expanduser(w) for w in words[1:]]
            res = CliRunner().invoke(main, args, env=env)
            assert res.exit_code == 0, f"`{example}` (from `conflictkg {path} --help`): {res.output}"
            ran.append(example)
    assert len(ran) >= 20, ran


def test_output_cut_short_by_its_reader_is_not_an_error(mini_kg):
    """`conflictkg cypher ... | head -1`: the reader leaves, the command stops quietly (no "Error:
    Broken pipe", no traceback), with the status of a command ended by SIGPIPE."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is already gone: the first write fails
    try:
        env = dict(os.environ, CONFLICTKG_DB=str(mini_kg.store.path), CONFLICTKG_PACK=os.environ["CONFLICTKG_PACK"])
        proc = subprocess.run([sys.executable, "-m", "conflictkg", "cypher", "MATCH (a:Actor) RETURN a.id"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, env=env,
                              cwd=str(Path(__file__).resolve().parent.parent), timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == 141 and proc.stderr == "", proc.stderr


def test_a_cypher_parameter_without_a_value_is_refused_not_read_as_null(mini_kg):
    env = {"CONFLICTKG_DB": str(mini_kg.store.path)}
    q = "MATCH (a:Actor) WHERE a.name = $name AND a.id <> '$not_a_param' RETURN a.id // $nor_this"
    res = CliRunner().invoke(main, ["cypher", q], env=env)
    assert res.exit_code == 2 and res.output.strip() == "Error: no value for parameter(s) $name: pass -p name=VALUE"
    res = CliRunner().invoke(main, ["cypher", q, "-p", "name=JNIM"], env=env)
    assert res.exit_code == 0 and "actor:jnim" in res.output, res.output


def test_an_export_to_a_directory_says_so(mini_kg, tmp_path):
    res = CliRunner().invoke(main, ["export", "gexf", "-o", str(tmp_path), "--db", str(mini_kg.store.path)])
    assert res.exit_code == 2
    assert res.output.strip() == f"Error: cannot write {tmp_path}: it is a directory; give a file name in it"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.db"]
