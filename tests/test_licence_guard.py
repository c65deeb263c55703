"""ACLED's terms forbid redistributing its data: no note, and no sentence of a note, may be in the
project. Test sentences and comments imitate ACLED's style (it is what the extractor must read),
so they drift close to real notes; this guard fails on any run of RUN_WORDS consecutive words that a
tracked file shares with a note of the ACLED exports in ``../shared``. ACLED's actor names are
facts the alias table must hold as written, so a run inside an actor name is not counted."""
from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUN_WORDS = 10
_K = 6  # index key: the first words of a run
_WORD = re.compile(r"\w+")
_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "actor")


def _words(text):
    return [(m.group().lower(), m.start()) for m in _WORD.finditer(text)]


_CACHE: list = []


@pytest.fixture
def acled_notes(shared):
    if not _CACHE:
        _CACHE.append(_load(shared))
    return _CACHE[0]


def _load(shared):
    notes, names = [], set()
    for folder in ("acled-mali-2017-2020", "acled-burkina-sample"):
        for path in sorted(shared(f"data/real/{folder}").glob("*.csv")):
            with open(path, encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get("notes"):
                        notes.append((tuple(w for w, _ in _words(row["notes"])), row.get("event_id_cnty", "?")))
                    for c in _ACTOR_COLUMNS:
                        if row.get(c):
                            names.add(" ".join(w for w, _ in _words(row[c])))
    assert len(notes) > 3000, "the ACLED exports hold the notes this guard compares with"
    index: dict[tuple, list] = {}
    for n, (ws, _) in enumerate(notes):
        for i in range(len(ws) - _K + 1):
            index.setdefault(ws[i:i + _K], []).append((n, i))
    return notes, index, names


def _tracked_files():
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file but caches
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                 if p.is_file() and not {".git", "__pycache__", "run", "target"} & set(p.parts)]
    for name in names:
        path = ROOT / name
        if not path.is_file():
            continue
        try:
            yield name, path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary: no prose to compare


def _shared_runs(text, notes, index, names):
    ws = _words(text)
    i = 0
    while i <= len(ws) - _K:
        best, where = 0, None
        for n, j in index.get(tuple(w for w, _ in ws[i:i + _K]), ()):
            note = notes[n][0]
            k = 0
            while i + k < len(ws) and j + k < len(note) and ws[i + k][0] == note[j + k]:
                k += 1
            if k > best:
                best, where = k, notes[n][1]
        run = " ".join(w for w, _ in ws[i:i + best])
        if best >= RUN_WORDS and not any(run in name for name in names):
            yield text.count("\n", 0, ws[i][1]) + 1, best, where, run
            i += best
        else:
            i += 1


def test_no_file_shares_a_sentence_with_an_acled_note(acled_notes):
    notes, index, names = acled_notes
    found = [f"{name}:{line}: {k} words shared with the notes of {event}: '{run}'"
             for name, text in _tracked_files()
             for line, k, event, run in _shared_runs(text, notes, index, names)]
    assert not found, "rephrase in your own words (ACLED's terms forbid copying its notes):\n" + "\n".join(found)


def test_the_guard_finds_a_copied_note(acled_notes):
    notes, index, names = acled_notes
    copied = next(ws for ws, _ in notes if len(ws) >= 2 * RUN_WORDS)
    sentence = "Intro words here. " + " ".join(copied[:RUN_WORDS]).capitalize() + "."
    assert list(_shared_runs(sentence, notes, index, names))
    shorter = "Intro words here. " + " ".join(copied[:RUN_WORDS - 1]) + " zzz."
    assert not list(_shared_runs(shorter, notes, index, names))
