"""Query and Cypher answers as CSV are opened in spreadsheets: text from reports that a spreadsheet
would run as a formula stays text there, numbers stay numbers, the other formats keep values as
they are."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from conflictkg import formatting
from conflictkg.cli import main

HOSTILE = ['=HYPERLINK("http://example.invalid/x","click")', "+33 killed", "-2+3", "@SUM(A1:A2)", "\tJNIM"]


def test_csv_cells_a_spreadsheet_would_run_stay_text():
    rows = [[h, -3, "-12.5", ["=1+1"], None] for h in HOSTILE]
    out = list(csv.reader(io.StringIO(formatting.render(["name", "n", "x", "l", "e"], rows, "csv"))))
    assert out[0] == ["name", "n", "x", "l", "e"]
    for h, r in zip(HOSTILE, out[1:]):
        assert r[0] == "'" + h                 # shown as written, never evaluated
        assert r[1:] == ["-3", "-12.5", '["=1+1"]', ""]   # negative numbers and lists untouched
    # JSON is for programs: values exactly as they are
    assert json.loads(formatting.render(["name"], [[HOSTILE[0]]], "json")) == [{"name": HOSTILE[0]}]


def test_cypher_csv_from_the_command_line(mini_kg):
    res = CliRunner().invoke(main, ["cypher", "RETURN $t AS t", "-p", f"t={HOSTILE[0]}", "--format", "csv",
                                    "--db", str(mini_kg.store.path)])
    assert res.exit_code == 0, res.output
    assert list(csv.reader(io.StringIO(res.output))) == [["t"], ["'" + HOSTILE[0]]]
