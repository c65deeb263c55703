"""Windows and anchors of dates: periods that may still run, nights, weeks, last year's months,
and which date of a sentence dates its events."""
from datetime import date

import pytest

from conflictkg.extract.datex import Ref, find_dates
from conflictkg.extract.text import fold

REF = Ref(day=date(2017, 12, 10), source="published")     # a Sunday


def dates(text, ref=REF):
    f = fold(text)
    return [(d.value, d.precision) for d in find_dates(f, 0, len(f), ref)]


@pytest.mark.parametrize("text, expected", [
    # a period whose start is before the reference, its end after it: this year's
    ("a joint operation took place from 3 to 20 December", [("2017-12-03/2017-12-20", "day")]),
    ("l'opération se déroule du 3 au 20 décembre", [("2017-12-03/2017-12-20", "day")]),
    ("overnight from 31 December to 1 January", [("2016-12-31/2017-01-01", "day")]),
    # overnight: the night before the reference
    ("gunmen attacked the post overnight", [("2017-12-09/2017-12-10", "day")]),
    ("des hommes armés ont attaqué le poste cette nuit", [("2017-12-09/2017-12-10", "day")]),
    ("attacked overnight from Friday to Saturday", [("2017-12-08/2017-12-09", "day")]),
    # a week is a window, not a day
    ("during the week of 4 December", [("2017-12-04/2017-12-10", "day")]),
    ("Around 14 December 2016 (week of), militiamen", [("2016-12-12/2016-12-18", "day")]),
    ("la semaine du 4 décembre", [("2017-12-04/2017-12-10", "day")]),
    # a month of last year
    ("in late August last year", [("2016-08", "month")]),
    ("fin août de l'année dernière", [("2016-08", "month")]),
    ("en août de l'an dernier", [("2016-08", "month")]),
])
def test_windows(text, expected):
    assert dates(text) == expected


def _date(out, cls):
    (e,) = out.events(cls)
    return out.props(e).get("date")


def test_killing_told_without_an_event_word_takes_its_range(run):
    out = run("Between July 7 and 10, JNIM militants killed at least three farmers in Bamba (Bourem).", published="2018-07-07")
    assert _date(out, "ViolenceAgainstCivilians") == "2018-07-07/2018-07-10"


def test_quoted_or_between_opening_date_frames_the_paragraph(run):
    out = run("'Between 3 and 5 May, gunmen attacked a camp near Bamba (Bourem). Hundreds of residents demonstrated in Gao.",
              published="2019-05-06")
    assert _date(out, "Protest") == "2019-05-03/2019-05-05"


def test_opening_day_beats_a_later_month_told_of_something_else(run):
    out = run("On 19 May 2020, hundreds demonstrated in Gao against the arrest of an activist in early May.")
    assert _date(out, "Protest") == "2020-05-19"


def test_opening_day_beats_an_earlier_year_behind_a_comma(run):
    out = run("On 17 December 2019, hundreds of residents demonstrated in Gao, as they had already done in 2018.")
    assert _date(out, "Protest") == "2019-12-17"


def test_statement_takes_the_opening_date_not_the_reported_one(run):
    out = run("On Monday 6 April 2020, the Malian army said it killed ten militants on Saturday near Gao.")
    assert _date(out, "Statement") == "2020-04-06"


def test_parenthesised_window_refines_an_approximate_day(run):
    out = run("Around 6 October 2020 (from 3 - 8 October), gunmen attacked a convoy near Gao.")
    assert _date(out, "Attack") == "2020-10-03/2020-10-08"


def test_overnight_is_the_time_of_the_dated_day(run):
    out = run("On 14 June 2018, French forces attacked a jihadist camp overnight near Bamba (Bourem).")
    assert _date(out, "Attack") == "2018-06-14"
