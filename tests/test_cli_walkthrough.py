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
