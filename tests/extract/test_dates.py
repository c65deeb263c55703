"""Date expressions in English and French, resolved against a reference date, with the
precision the text actually gives."""
from datetime import date

import pytest

from conflictkg.extract.datex import Ref, find_dates
from conflictkg.extract.text import fold

REF = Ref(day=date(2020, 4, 6), source="published")     # a Monday


def dates(text, ref=REF):
    f = fold(text)
    return [(d.value, d.precision) for d in find_dates(f, 0, len(f), ref)]


@pytest.mark.parametrize("text, expected", [
    ("the 20 March attack", [("2020-03-20", "day")]),
    ("vendredi 1er novembre 2019", [("2019-11-01", "day")]),
    ("on April 6, 2020", [("2020-04-06", "day")]),
    ("Between 3 and 23 March, they conducted", [("2020-03-03/2020-03-23", "day")]),
    ("conducted from 23 to 31 March", [("2020-03-23/2020-03-31", "day")]),
    ("dans la nuit du 30 septembre au 1er octobre", [("2019-09-30/2019-10-01", "day")]),
    ("dans la nuit du vendredi 4 au samedi 5 juin", [("2019-06-04/2019-06-05", "day")]),
    ("announced in February the opening", [("2020-02", "month")]),
    ("à la mi-août", [("2019-08", "month")]),          # a month, and last year's: reports tell the past
    ("fin septembre", [("2019-09", "month")]),
    ("en mars dernier", [("2020-03", "month")]),
    ("en 2018", [("2018", "year")]),
    ("hier après-midi", [("2020-04-05", "day")]),
    ("this morning", [("2020-04-06", "day")]),
    ("ce lundi", [("2020-04-06", "day")]),
    ("on Thursday", [("2020-04-02", "day")]),
    ("le week-end précédent", [("2020-04-04/2020-04-05", "day")]),
    ("dans la nuit de mercredi à jeudi", [("2020-04-01/2020-04-02", "day")]),
    ("two years ago", [("2018", "year")]),
    ("il y a trois jours", [("2020-04-03", "day")]),
])
def test_dates(text, expected):
    assert dates(text) == expected


def test_no_date_words():
    assert dates("they may attack the camp") == []
    assert dates("the March of the jihadists") == []


def test_relative_dates_need_a_reference():
    assert dates("hier", Ref()) == []
    assert dates("on Thursday", Ref()) == []
    assert dates("25 March", Ref()) == []                 # no year at all: not guessed
    assert dates("25 March", Ref(year=2020)) == [("2020-03-25", "day")]


def test_year_after_a_lower_bound_reference():
    # the reference is only the latest date the report names: a later date stays in its year
    lb = Ref(day=date(2020, 2, 10), lower_bound=True)
    assert dates("on Sunday, 8 March", lb) == [("2020-03-08", "day")]
    exact = Ref(day=date(2020, 2, 10))
    assert dates("8 March", exact) == [("2019-03-08", "day")]
