"""Extraction quality against the gold annotations (the scoring of `conflictkg eval`).

The thresholds are the project's acceptance figures; a change to the rules that drops below them
fails here before anyone runs the benchmark. The extractor never sees the gold files: they are
read by the scorer only."""
from pathlib import Path

import pytest

from conflictkg.evaluate import evaluate_files

DEVSET = Path(__file__).resolve().parents[1] / "devset" / "gold"


def test_seed_thread(shared):
    gold = shared("gold/jnim-thread-2020-04-06.yaml")
    figures, _, _ = evaluate_files([gold])
    assert figures["overall"]["f1"] >= 0.90, figures
    assert figures["attributions_confidence"]["f1"] >= 0.85, figures


@pytest.mark.slow
def test_development_set():
    figures, _, _ = evaluate_files(sorted(DEVSET.glob("*.yaml")))
    assert figures["overall"]["f1"] >= 0.80, figures
