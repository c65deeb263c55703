"""Periods told by their bounds or parts: months from one to another, weekdays from one to
another, two days of one month, a week or a half of a month, this week, a weekend told loosely,
and a night named by its weekday."""
from datetime import date

import pytest

from conflictkg.extract.datex import Ref, find_dates
from conflictkg.extract.text import fold

REF = Ref(day=date(2020, 4, 8), source="published")     # a Wednesday


def dates(text, ref=REF):
    f = fold(text)
    return [(d.value, d.precision) for d in find_dates(f, 0, len(f), ref)]


@pytest.mark.parametrize("text, expected", [
    # months from one to another: both months, not the last one alone
    ("the graves were dug between June and July 2017", [("2017-06/2017-07", "month")]),
    ("les fosses ont été creusées entre juin et juillet 2017", [("2017-06/2017-07", "month")]),
    ("from November 2019 to February 2020, the army withdrew", [("2019-11/2020-02", "month")]),
    ("de décembre à février, les attaques ont continué", [("2019-12/2020-02", "month")]),
    ("from January to March the camp was empty", [("2020-01/2020-03", "month")]),
    ("from late March to early April, the army patrolled", [("2020-03/2020-04", "month")]),
    ("de fin février à mi-mars, l'armée a patrouillé", [("2020-02/2020-03", "month")]),
    # weekdays from one to another: the days between the last such pair before the reference
    ("operations carried out from Sunday to Tuesday", [("2020-04-05/2020-04-07", "day")]),
    ("des opérations menées du lundi au mercredi", [("2020-04-06/2020-04-08", "day")]),
    ("fighting between Friday and Sunday", [("2020-04-03/2020-04-05", "day")]),
    ("des combats entre jeudi et samedi", [("2020-04-02/2020-04-04", "day")]),
    # two days of one month: both of them
    ("attacks on 5 and 6 April", [("2020-04-05/2020-04-06", "day")]),
    ("des attaques les 5 et 6 avril", [("2020-04-05/2020-04-06", "day")]),
    ("le 5 et le 6 avril", [("2020-04-05/2020-04-06", "day")]),
    ("dans la nuit du 5/6 avril", [("2020-04-05/2020-04-06", "day")]),
    ("les combats de lundi 6 et mardi 7 avril", [("2020-04-06/2020-04-07", "day")]),
    ("fighting on Monday 6 and Tuesday 7 April", [("2020-04-06/2020-04-07", "day")]),
    # a part of a month
    ("during the first week of March", [("2020-03-01/2020-03-07", "day")]),
    ("la deuxième semaine de mars 2019", [("2019-03-08/2019-03-14", "day")]),
    ("in the second half of February", [("2020-02-16/2020-02-29", "day")]),
    ("la première quinzaine de mars", [("2020-03-01/2020-03-15", "day")]),
    ("la dernière semaine de janvier", [("2020-01-25/2020-01-31", "day")]),
    # this week, so far
    ("earlier this week, gunmen attacked", [("2020-04-06/2020-04-08", "day")]),
    ("cette semaine, des hommes armés ont attaqué", [("2020-04-06/2020-04-08", "day")]),
    ("last week, gunmen attacked", [("2020-03-30/2020-04-05", "day")]),
    # weekends told loosely, or by their days
    ("this past weekend", [("2020-04-04/2020-04-05", "day")]),
    ("au cours du week-end", [("2020-04-04/2020-04-05", "day")]),
    ("the weekend of 28-29 March", [("2020-03-28/2020-03-29", "day")]),
    ("le week-end des 28 et 29 mars", [("2020-03-28/2020-03-29", "day")]),
    # the past hours: up to the reference day
    ("in the past 24 hours, gunmen attacked", [("2020-04-07/2020-04-08", "day")]),
    ("au cours des dernières 48 heures, des hommes armés ont attaqué", [("2020-04-06/2020-04-08", "day")]),
    ("ces 72 dernières heures", [("2020-04-05/2020-04-08", "day")]),
    # "last Wednesday" written on a Wednesday is a week ago; "on Wednesday" is the day itself
    ("mercredi dernier, des hommes armés ont attaqué", [("2020-04-01", "day")]),
    ("last Wednesday, gunmen attacked", [("2020-04-01", "day")]),
    ("on Wednesday, gunmen attacked", [("2020-04-08", "day")]),
    # a night named by its weekdays
    ("gunmen attacked the post Saturday night into Sunday", [("2020-04-04/2020-04-05", "day")]),
    # a night named by its weekday is that weekday's, not the night before the reference
    ("gunmen attacked the post overnight Saturday", [("2020-04-04", "day")]),
    ("Saturday overnight, gunmen attacked", [("2020-04-04", "day")]),
])
def test_periods(text, expected):
    assert dates(text) == expected


def test_may_the_verb_is_no_month_range():
    assert dates("troops from May to stay") == []
    assert dates("between May and July 2019") == [("2019-05/2019-07", "month")]


def test_numbers_are_no_day_list():
    assert dates("killed 5 and wounded 6 in April") == [("2020-04", "month")]
