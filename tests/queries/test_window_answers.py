"""The whole answers of the date windows of timeline, channels, brokers and attributions (rows, notes,
errors), compared with answers recorded from the implementation before the date buckets (Month,
IN_MONTH) read those windows (fixtures/window-answers.json).

The events of fixtures/date-windows.yaml sit on the edges of months and years (31 March, 1 April,
the leap day, New Year) or are known only to the month or the year, or span months and years, so a
window that starts or ends on such a day must keep or leave out the same events whatever reads it.
Each case runs twice: as is (small anchors: the engine starts from the anchor) and with every anchor
treated as large (``base.WINDOW_ABOVE = 0``: searched window by window through the date filters the
large anchors of a 1M-event store use). To record the answers again after an intended change:
``python tests/queries/test_window_answers.py`` (and review the diff).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # recorded.py, beside (pytest's importlib mode)
from recorded import HERE, answer_all, build, record  # noqa: E402
from conflictkg.queries import base  # noqa: E402

ANSWERS = HERE / "fixtures" / "window-answers.json"
EDGE = "Edge Brigade"
CASES = [
    ["timeline", {"entity": EDGE}],
    ["timeline", {"entity": EDGE, "since": "2020-03-31"}],
    ["timeline", {"entity": EDGE, "until": "2020-03-31"}],
    ["timeline", {"entity": EDGE, "since": "2020-04-01"}],
    ["timeline", {"entity": EDGE, "since": "2020-03", "until": "2020-03"}],
    ["timeline", {"entity": EDGE, "since": "2020-02-29", "until": "2020-02-29"}],
    ["timeline", {"entity": EDGE, "until": "2019-12-31"}],
    ["timeline", {"entity": EDGE, "since": "2020-01-01", "until": "2020-01-01"}],
    ["timeline", {"entity": EDGE, "since": "2019-06"}],
    ["timeline", {"entity": EDGE, "since": "2020", "until": "2020"}],
    ["timeline", {"entity": EDGE, "limit": 2}],
    ["timeline", {"entity": EDGE, "since": "2020-01", "limit": 3}],
    ["timeline", {"entity": "place:ml/mopti/koro", "since": "2020-03-31", "until": "2020-04-01"}],
    ["timeline", {"entity": "place:ml/mopti/koro", "since": "2020-02"}],
    ["timeline", {"entity": "place:ml/mopti/koro", "until": "2020-01", "limit": 4}],
    ["timeline", {"entity": "place:ml/mopti", "since": "2019-12-31", "until": "2020-01-01"}],
    ["channels", {"a": EDGE, "b": "Government of Mali"}],
    ["channels", {"a": EDGE, "b": "Government of Mali", "since": "2020-03-31"}],
    ["channels", {"a": EDGE, "b": "Government of Mali", "since": "2020-04-01"}],
    ["channels", {"a": EDGE, "b": "Malian Armed Forces", "since": "2020-04-30"}],
    ["channels", {"a": EDGE, "b": "ISGS", "since": "2020-03-05"}],
    ["channels", {"a": EDGE, "b": "ISGS", "since": "2020-03-06"}],
    ["channels", {"a": EDGE, "b": "JNIM", "since": "2019-12-31", "max_hops": 4}],
    ["brokers", {"since": "2020-03"}],
    ["brokers", {"since": "2020-03-06"}],
    ["brokers", {"since": "2019-12-31"}],
    ["attributions", {"actor": EDGE, "since": "2020-03-31"}],
    ["attributions", {"actor": EDGE, "until": "2020-02-29"}],
    ["attributions", {"actor": EDGE, "since": "2020-02", "until": "2020-02"}],
]


def answers(kg) -> list[dict]:
    return answer_all(kg, [({"query": name, "args": args}, name, args) for name, args in CASES])


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return build(tmp_path_factory.mktemp("windows") / "kg.db", "date-windows.yaml")


@pytest.fixture(scope="module")
def got(kg):
    return answers(kg)


@pytest.fixture(scope="module")
def got_large(kg):
    old = base.WINDOW_ABOVE
    base.WINDOW_ABOVE = 0
    try:
        return answers(kg)
    finally:
        base.WINDOW_ABOVE = old


@pytest.mark.parametrize("i", range(len(CASES)))
def test_window_answer_is_unchanged(got, i):
    want = json.loads(ANSWERS.read_text(encoding="utf-8"))
    assert [[w["query"], w["args"]] for w in want] == CASES, "the recorded answers are for other cases: record them again"
    assert got[i] == want[i]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_window_answer_of_a_large_anchor_is_unchanged(got_large, i):
    want = json.loads(ANSWERS.read_text(encoding="utf-8"))
    assert got_large[i] == want[i]


def test_the_cases_reach_the_edges(got):
    """The recorded cases hold what they are meant to test (so the comparison is not vacuous)."""
    def events(i):
        return {r[-1] for r in got[i]["rows"]}

    assert events(1) >= {"event:2020-03-31-raid", "event:2020-02-25-siege"} and "event:2020-02-29-raid" not in events(1)
    assert "event:2020-04-01-raid" in events(3) and "event:2020-03-31-raid" not in events(3)
    assert "event:2018-11-campaign" in events(6) and "event:2020-01-01-raid" not in events(6)
    assert {"event:2020-02-raid-month", "event:2018-11-campaign", "event:2020-02-25-siege"} <= events(5)
    assert any(r[1] == "year" for r in got[8]["rows"]) and any(r[1] == "month" for r in got[8]["rows"])
    assert any("undated" in n for n in got[0]["notes"])
    channels = [len({r[0] for r in got[i]["rows"]}) for i in (17, 18, 19)]
    assert channels == [2, 1, 1], "the talks of 31 March are a channel until that day; April's until its last"
    assert got[20]["rows"] and not got[21]["rows"], "talks ending on 5 March"


if __name__ == "__main__":
    record(ANSWERS, "date-windows.yaml", answers)
