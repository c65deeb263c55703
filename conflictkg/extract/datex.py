"""Date expressions in English and French, resolved against a reference date.

``find_dates(folded, start, end, ref)`` returns :class:`DateExpr` with ISO values that keep the
precision the text gives: a day (``2020-04-06``), a month (``2020-02``), a year, or a range
(``2020-03-03/2020-03-23``). Relative expressions ("this morning", "hier", "ce lundi", "on
Thursday", "in February", "le week-end précédent") are resolved against ``ref`` (the publication
date, or the date inferred for the report); without a reference they are skipped rather than
guessed. A year missing from "25 March" is the one that puts the date on or before the
reference (a report tells the past).
"""
from __future__ import annotations

import calendar
from . import fastre as re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS


@dataclass
class Ref:
    """What a report's dates are resolved against."""

    day: date | None = None        # the reference day (publication date), when known to the day
    year: int | None = None        # the year, when only that is known
    source: str = "none"           # published | dateline | today | latest-date | url | year
    lower_bound: bool = False      # True when ``day`` is only the latest date the report names

    @property
    def usable_year(self) -> int | None:
        return self.day.year if self.day else self.year


@dataclass
class DateExpr:
    start: int
    end: int
    value: str                 # ISO prefix or range a/b
    precision: str             # day | month | year
    kind: str                  # explicit | relative | partial (year inferred)
    text: str = ""

    @property
    def first_day(self) -> date:
        from ..dates import parse_partial

        return date.fromisoformat(parse_partial(self.value)[0])

    @property
    def last_day(self) -> date:
        from ..dates import parse_partial

        return date.fromisoformat(parse_partial(self.value)[1])


_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MONTH = rf"(?P<{{n}}>{_M})\.?"
DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th|er|e|eme)?"
YEAR = r"(?P<{n}>(?:19|20)\d{{2}})"
WD = rf"(?:(?:{_WD})\s*,?\s+)"


def _month(n):
    return MONTH.format(n=n)


def _day(n):
    return DAY.format(n=n)


def _year(n):
    return YEAR.format(n=n)


# a part of a month before it, in a period from one month to another ("from late March to early April")
_PART = (r"(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|"
         r"la\s+fin|le\s+debut|la\s+mi|debut|mi|fin)\s*-?\s*)?")
_SEP_RANGE = r"\s*(?:-|to|au|a|and|et|until|till|through|jusqu'au)\s*(?:the\s+|le\s+)?"
PATTERNS: list[tuple[str, re.Pattern]] = [
    # night of D(1) (M1) (Y1) to D2 M2 (Y2): a two-day range
    ("night", re.compile(
        rf"\b(?:dans\s+|during\s+|in\s+|on\s+)?(?:the\s+|la\s+)?(?:(?:night|nuit)\s+(?:of|du|de|from)|overnight(?:\s+from)?)\s+(?:the\s+)?{WD}?{_day('d1')}"
        rf"(?:\s+{_month('m1')})?(?:\s+{_year('y1')})?\s*(?:to|au|a|-|and|into)\s*(?:the\s+)?{WD}?{_day('d2')}\s+(?:of\s+)?{_month('m2')}"
        rf"(?:,?\s+{_year('y2')})?\b")),
    # night of weekday to weekday ("dans la nuit de mercredi à jeudi", "Saturday night into Sunday")
    ("night_wd", re.compile(
        rf"\b(?:(?:dans\s+|during\s+|in\s+|on\s+)?(?:the\s+|la\s+)?(?:(?:night|nuit)\s+(?:of|du|de|from)|overnight(?:\s+from)?)\s+(?P<w1>{_WD})"
        rf"|(?P<w1b>{_WD})\s+(?:night|overnight))\s*(?:to|au|a|-|and|into)\s*(?P<w2>{_WD})\b")),
    # between / from D1 (M1) (Y1) and / to D2 M2 (Y2)
    ("range", re.compile(
        rf"\b(?:between|from|du|entre\s+le|entre|from\s+the)\s+{WD}?{_day('d1')}(?:\s+(?:of\s+)?{_month('m1')})?(?:,?\s+{_year('y1')})?"
        rf"{_SEP_RANGE}{WD}?{_day('d2')}\s+(?:of\s+)?{_month('m2')}(?:,?\s+{_year('y2')})?\b")),
    # D1-D2 M (Y) / D1 M1 - D2 M2 (Y)
    ("range_dash", re.compile(
        rf"\b{_day('d1')}(?:\s+{_month('m1')})?\s*-\s*{_day('d2')}\s+{_month('m2')}(?:,?\s+{_year('y2')})?\b")),
    # D1 and D2 M (Y), les D1 et (le) D2 M, D1/D2 M (a night told the French way): the days are a window
    ("day_list", re.compile(
        rf"\b{WD}?{_day('d1')}\s*(?:/|&|and|et)\s*(?:le\s+|the\s+)?{WD}?{_day('d2')}\s+(?:of\s+)?{_month('m2')}(?:,?\s+{_year('y2')})?\b")),
    # M D1-D2, Y (US)
    ("range_us", re.compile(
        rf"\b{_month('m2')}\s+{_day('d1')}\s*(?:-|to|and|through)\s*{_day('d2')}(?:,?\s+{_year('y2')})?\b")),
    # the week of D M (Y), D M (Y) (week of), la semaine du D M
    ("week_of", re.compile(
        rf"\b(?:(?:the\s+|la\s+)?(?:week|semaine)\s+(?:of|du)\s+(?:the\s+)?{WD}?{_day('d')}\s+(?:of\s+)?{_month('m')}(?:,?\s+{_year('y')})?"
        rf"|{WD}?{_day('d2')}\s+{_month('m2')}(?:,?\s+{_year('y2')})?\s*\(\s*(?:the\s+)?week\s+of\s*\))")),
    # ISO
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # D/M/Y
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d{2})\b")),
    # "le 16 courant", "le 3 du mois en cours": a day of the reference's month, the way West African
    # papers and communiqués write it
    ("day_current", re.compile(
        rf"\b{WD}?(?:le\s+)?{_day('d')}\s+(?:courant|du\s+mois\s+(?:courant|en\s+cours)|de\s+ce\s+mois)\b")),
    # (weekday) D M (Y)
    ("dmy", re.compile(rf"\b{WD}?(?:the\s+|le\s+)?{_day('d')}\s+(?:of\s+)?{_month('m')}(?:,?\s+{_year('y')})?\b")),
    # (weekday) M D(, Y)
    ("mdy", re.compile(rf"\b{WD}?{_month('m')}\s+{_day('d')}(?!\d)(?:,?\s+{_year('y')})?\b")),
    # the first week / second half / deuxième quinzaine of M (Y): a window inside the month
    ("month_part", re.compile(
        rf"\b(?:the\s+|la\s+|le\s+|en\s+|in\s+|during\s+|dans\s+)?(?P<ord>first|second|third|fourth|last|final|premiere|1re|1ere|deuxieme|2e|2eme|seconde|"
        rf"troisieme|3e|3eme|quatrieme|4e|4eme|derniere)\s+(?P<unit>week|semaine|half|moitie|quinzaine|fortnight)\s+(?:of\s+|de\s+|du\s+mois\s+de\s+|du\s+mois\s+d'|d')\s*"
        rf"{_month('m')}(?:\s+{_year('y')})?\b")),
    # between / from M1 (Y1) and / to M2 (Y2), entre juin et juillet, de mars à mai: months as a window
    ("month_range", re.compile(
        rf"\b(?P<prep>between|from|entre|de|d'|in|en|during|pendant)\s*{_PART}{_month('m1')}(?:\s+{_year('y1')})?"
        rf"\s*(?:-|and|to|until|till|through|et|a|au\s+mois\s+de|au\s+mois\s+d'|jusqu'en|jusqu'au\s+mois\s+de)\s*{_PART}{_month('m2')}(?:\s+{_year('y2')})?\b")),
    # from / between weekday and weekday, du lundi au jeudi: the days between them
    ("weekday_range", re.compile(
        rf"\b(?:from|between|du|de|entre\s+le|entre)\s+(?P<w1>{_WD})\s+(?:to|and|until|through|au|a|et\s+le|et|jusqu'au)\s+(?P<w2>{_WD})\b")),
    # part of month: early/mid/late M (Y), début/mi-/fin M
    ("part_month", re.compile(
        rf"\b(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|"
        rf"a\s+la\s+mi|au\s+debut\s+du\s+mois\s+d'|au\s+debut\s+du\s+mois\s+de|debut\s+du\s+mois\s+de|debut\s+du\s+mois\s+d'|"
        rf"debut|mi|fin|courant|a\s+la\s+fin\s+du\s+mois\s+de|fin\s+du\s+mois\s+de|a\s+la\s+fin\s+d'|au\s+debut\s+d'|"
        rf"le\s+debut\s+du\s+mois\s+d'|le\s+debut\s+du\s+mois\s+de)"
        rf"\s*-?\s*{_month('m')}(?:\s+(?:de\s+l'annee\s+)?{_year('y')})?(?:(?P<ly>\s+(?:of\s+)?last\s+year|\s+de\s+l'annee\s+(?:derniere|passee)|\s+de\s+l'an\s+(?:dernier|passe))|(?P<last>\s+(?:dernier|last|passe)))?\b")),
    # in M (Y) / en M (Y) / M Y / month of M
    ("month", re.compile(
        rf"\b(?P<prep>in|en|since|depuis|during|pendant|au\s+mois\s+d'|au\s+mois\s+de|the\s+month\s+of|le\s+mois\s+d'|le\s+mois\s+de|by|until|jusqu'en|last|this|of|de|d')?"
        rf"\s*{_month('m')}(?:\s+{_year('y')})?(?:(?P<ly>\s+(?:of\s+)?last\s+year|\s+de\s+l'annee\s+(?:derniere|passee)|\s+de\s+l'an\s+(?:dernier|passe))|(?P<last>\s+(?:dernier|last|passe|prochain|next)))?\b")),
    # a year
    ("year", re.compile(rf"\b(?P<prep>in|en|since|depuis|during|until|jusqu'en|of|de|by|early|late|mid|fin|debut)\s+{_year('y')}\b")),
    # relative days
    ("today", re.compile(
        r"\b(?:this\s+morning|this\s+afternoon|this\s+evening|today|tonight|earlier\s+today|earlier\s+this\s+morning|"
        r"ce\s+matin|cet\s+apres-midi|ce\s+soir|aujourd'hui|dans\s+la\s+matinee(?!\s+(?:du|de|d')\b)|en\s+ce\s+moment)\b")),
    ("yesterday", re.compile(
        r"\b(?:the\s+day\s+before\s+yesterday|avant-hier|yesterday(?:\s+(?:morning|afternoon|evening))?|"
        r"last\s+night|hier(?:\s+(?:matin|soir|apres-midi))?|la\s+nuit\s+derniere)\b")),
    ("overnight", re.compile(r"\b(?:overnight|cette\s+nuit)\b")),
    ("weekday", re.compile(
        rf"\b(?P<pre>last|this\s+past|on|ce|cet|le|this|next|dernier)?\s*(?P<w>{_WD})(?P<post>\s+(?:dernier|prochain|last|next))?"
        rf"(?:\s+(?:morning|afternoon|evening|night|matin|soir|apres-midi))?\b")),
    # (a weekend named by its days, "the weekend of 4-5 April", is dated by those days)
    ("weekend", re.compile(
        r"\b(?:le\s+week-end\s+(?:precedent|dernier|passe)|le\s+week-end|last\s+weekend|over\s+the\s+weekend|"
        r"the\s+previous\s+weekend|this\s+(?:past\s+)?weekend|past\s+weekend|ce\s+week-end|the\s+weekend|du\s+week-end)\b"
        r"(?!\s+(?:of|des|du)\s+(?:the\s+)?(?:\d|(?:samedi|saturday)\b))")),
    ("ago", re.compile(
        r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
        r"(?P<u>days?|weeks?|months?|years?|jours?|semaines?|mois|ans|annees?)\s+(?:ago|earlier|plus\s+tot)\b|"
        r"\bil\s+y\s+a\s+(?P<n2>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?P<u2>jours?|semaines?|mois|ans|annees?)\b")),
    # the past 24 / 48 hours, les dernières 24 heures, les 48 dernières heures: up to the reference day
    ("past_hours", re.compile(
        r"\b(?:the\s+(?:past|last|previous)\s+(?P<n>\d{2,3})\s+hours|(?:les|des|ces)\s+(?:(?:dernieres|passees)\s+(?P<n2>\d{2,3})\s+heures|"
        r"(?P<n3>\d{2,3})\s+(?:dernieres|heures\s+passees|heures\s+precedentes)(?:\s+heures)?))\b")),
    ("rel_period", re.compile(
        r"\b(?P<what>last\s+week|la\s+semaine\s+derniere|la\s+semaine\s+passee|last\s+month|le\s+mois\s+dernier|"
        r"(?:earlier\s+|early\s+|late\s+)?this\s+week|(?:en\s+|au\s+)?debut\s+de\s+(?:cette\s+)?semaine|cette\s+semaine|"
        r"le\s+mois\s+passe|this\s+month|ce\s+mois-ci|this\s+year|cette\s+annee|last\s+year|l'an\s+dernier|"
        r"l'an\s+passe|l'annee\s+derniere|l'annee\s+passee|earlier\s+this\s+year|earlier\s+this\s+month|"
        # the start of the month of the report, the end of last week: "au début du mois", "late last week"
        r"(?:au\s+|en\s+)?debut\s+(?:du|de)\s+mois(?!\s+(?:de|d')\s*\w)|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month|"
        r"(?:en\s+|a\s+la\s+)?fin\s+de\s+(?:la\s+)?semaine\s+(?:derniere|passee)|(?:late|at\s+the\s+end\s+of)\s+last\s+week)\b")),
]

_NUMW = {"one": 1, "a": 1, "an": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
         "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9,
         "neuf": 9, "ten": 10, "dix": 10}


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    try:
        if d is None:
            return f"{y:04d}-{m:02d}"
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def infer_year(month: int, day: int | None, ref: Ref) -> int | None:
    """The year of a year-less date: on or before the reference (with a week's slack)."""
    if ref.day:
        y = ref.day.year
        d = day or 1
        try:
            cand = date(y, month, min(d, calendar.monthrange(y, month)[1]))
        except ValueError:
            return None
        # a report tells the past: a date after the reference is last year's, unless the
        # reference is only a lower bound (the latest date the report names)
        if cand > ref.day + timedelta(days=183 if ref.lower_bound else 7):
            y -= 1
        return y
    return ref.year


# cheap test before the real patterns: most sentences of a long report hold no date word
_GATE = re.compile(r"\d|(?<!\w)(?:" + "|".join(sorted(set(MONTHS) | set(WEEKDAYS), key=len, reverse=True)) +
                   r"|today|tonight|overnight|yesterday|morning|afternoon|evening|week|weekend|week-end|ago|aujourd'hui|hier|matin|soir|"
                   r"apres-midi|semaine|semaines|mois|month|months|year|years|annee|annees|ans|nuit|night|jours?|days|weeks|il y a)(?![\w-])")


def find_dates(folded: str, start: int, end: int, ref: Ref, keys=None, toks=None) -> list[DateExpr]:
    """Date expressions in ``folded[start:end]``, longest first, non-overlapping (``keys`` and
    ``toks``: the sentence's token keys and tokens, when the caller has them)."""
    if keys is None and not _GATE.search(folded, start, end):
        return []
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    seg = folded[start:end]
    have = _kinds(seg, keys)
    if not have:
        return []
    windows = _windows(seg, start, toks, have, keys) if toks is not None else {}
    for kind, rx in PATTERNS:
        if not _NEEDS[kind] <= have:
            continue   # this pattern needs a word the sentence does not have
        words = _SUBSTRINGS.get(kind)
        if words is not None and not any(x in seg for x in words):
            continue
        w = windows.get(_ANCHOR.get(kind))
        for m in (rx.finditer(seg, w[0], w[1]) if w else rx.finditer(seg)):
            a, b = start + m.start(), start + m.end()
            if any(a < tb and ta < b for ta, tb in taken):
                continue
            expr = _resolve(kind, m, ref)
            if expr is None:
                continue
            value, precision, k = expr
            a2 = a + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append(DateExpr(a2, b, value, precision, k, folded[a2:b]))
            taken.append((a, b))
    found.sort(key=lambda d: d.start)
    return found


# which kinds of words each pattern needs (all of them), found in one scan of the sentence: most
# sentences of news text hold a digit, few hold a full date, so each pattern runs only where it can match
_KINDS = re.compile(
    r"(?P<isod>\d{4}-\d\d-\d\d)|(?P<numd>\d[/.]\d)|(?P<year>(?:19|20)\d\d)|(?P<digit>\d)|(?<!\w)(?:(?P<month>" +
    "|".join(sorted(MONTHS, key=len, reverse=True)) + r")|(?P<weekday>" +
    "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")|(?P<rel>today|tonight|overnight|this|earlier|ce|cet|aujourd'hui|"
    r"yesterday|hier|avant-hier|last|la nuit|cette nuit|weekend|week-end|ago|il y a|semaine|week|month|mois|year|annee|an|l'an|courant|en cours))(?![\w-])")
_NIGHT = re.compile(r"night|nuit")
_RANGE_WORD = re.compile(r"(?<!\w)(?:between|from|du|entre)(?!\w)")
_NEEDS = {
    "night": {"night", "digit", "month"}, "night_wd": {"night", "weekday"}, "range": {"rangew", "digit", "month"},
    "range_dash": {"hyphen", "digit", "month"}, "range_us": {"digit", "month"}, "day_list": {"digit", "month"},
    "month_part": {"month"}, "month_range": {"month"}, "weekday_range": {"weekday"},
    "week_of": {"digit", "month"}, "overnight": {"rel"}, "iso": {"isod"}, "numeric": {"numd"}, "dmy": {"digit", "month"}, "mdy": {"digit", "month"}, "part_month": {"month"},
    "day_current": {"digit", "rel"},
    "month": {"month"}, "year": {"year"}, "today": {"rel"}, "yesterday": {"rel"}, "weekday": {"weekday"},
    "weekend": {"rel"}, "ago": {"rel"}, "rel_period": {"rel"}, "past_hours": {"digit"},
}

# every match of these patterns holds one of these strings: a test of the sentence with ``in``
# costs far less than running the pattern, and these patterns rarely match
_SUBSTRINGS = {
    "month_part": ("week", "semaine", "half", "moitie", "quinzaine", "fortnight"),
    "week_of": ("week", "semaine"),
    "past_hours": ("hours", "heures", "dernieres"),   # "les 48 dernières" may leave out "heures"
    "overnight": ("overnight", "nuit"),
    "weekend": ("weekend", "week-end"),
    "rel_period": ("week", "semaine", "month", "mois", "year", "annee", "l'an"),
}


_DIGIT = re.compile(r"\d")
_DIGIT_KINDS = frozenset(("isod", "numd", "year"))
_ISO_K = re.compile(r"\d{4}-\d\d-\d\d")
_NUM_K = re.compile(r"\d[/.]\d")
_YEAR_K = re.compile(r"(?:19|20)\d\d")
_MONTH_KEYS = frozenset(MONTHS)
_WEEKDAY_KEYS = frozenset(WEEKDAYS)
# token keys (apostrophes dropped, hyphens split) that the relative patterns need one of
_REL_KEYS = frozenset({"today", "tonight", "overnight", "this", "earlier", "ce", "cet", "aujourdhui", "yesterday", "hier", "last",
                       "nuit", "weekend", "week", "ago", "y", "semaine", "month", "mois", "year", "annee", "an",
                       "matinee", "moment", "tot", "courant", "cours"})


# every match of a pattern holds one of its anchor words, within these many characters of the
# match's start and end: the pattern need only run over that stretch of a long sentence
_ANCHOR = {"week_of": "month", "overnight": "rel", "night": "month", "range": "month", "range_dash": "month", "range_us": "month", "dmy": "month",
           "day_list": "month", "month_part": "month", "month_range": "month", "weekday_range": "weekday",
           "mdy": "month", "part_month": "month", "month": "month", "weekday": "weekday", "night_wd": "weekday",
           "year": "year", "day_current": "rel", "today": "rel", "yesterday": "rel", "weekend": "rel", "ago": "rel", "rel_period": "rel"}
_REACH = {"month": (120, 60), "weekday": (60, 60), "rel": (60, 60), "year": (40, 8)}
_SPACE = re.compile(r"\s")


_WINDOW_KEYS = _MONTH_KEYS | _WEEKDAY_KEYS | _REL_KEYS


def _windows(seg: str, start: int, toks, have: set, keys=None) -> dict:
    spans: dict = {}
    # (the tokens are read only when the sentence holds a month, weekday or relative word)
    for t in toks if keys is None or not _WINDOW_KEYS.isdisjoint(keys) else ():
        k = t.key
        kind = "month" if k in _MONTH_KEYS else "weekday" if k in _WEEKDAY_KEYS else "rel" if k in _REL_KEYS else None
        if kind:
            a, b = t.start - start, t.end - start
            lo, hi = spans.get(kind, (a, b))
            spans[kind] = (min(lo, a), max(hi, b))
    if "year" in have:
        ys = [m.span() for m in _YEAR_K.finditer(seg)]
        if ys:
            spans["year"] = (ys[0][0], ys[-1][1])
    out = {}
    n = len(seg)
    for kind, (a, b) in spans.items():
        before, after = _REACH[kind]
        lo = max(0, a - before)
        hi = b + after
        if hi >= n:
            hi = n
        else:
            # end the stretch at a space: a word boundary there reads as it does in the sentence
            sp = _SPACE.search(seg, hi)
            hi = sp.start() if sp else n
        out[kind] = (lo, hi)
    return out


def _kinds(seg: str, keys=None) -> set:
    """Kinds of date words in a sentence; ``keys`` (the sentence's token keys) saves a scan."""
    if keys is None:
        have = {m.lastgroup for m in _KINDS.finditer(seg)}
    else:
        have = set()
        if _DIGIT.search(seg):
            have.add("digit")
            # each pattern holds a character or pair the sentence is first tested for
            if "-" in seg and _ISO_K.search(seg):
                have.add("isod")
            if ("/" in seg or "." in seg) and _NUM_K.search(seg):
                have.add("numd")
            if ("19" in seg or "20" in seg) and _YEAR_K.search(seg):
                have.add("year")
        if not _MONTH_KEYS.isdisjoint(keys):
            have.add("month")
        if not _WEEKDAY_KEYS.isdisjoint(keys):
            have.add("weekday")
        if not _REL_KEYS.isdisjoint(keys):
            have.add("rel")
    if not have.isdisjoint(_DIGIT_KINDS):
        have.add("digit")
    if "digit" in have and "month" in have:
        if "-" in seg:
            have.add("hyphen")
        if _RANGE_WORD.search(seg):
            have.add("rangew")
    if ("digit" in have or "weekday" in have) and _NIGHT.search(seg):
        have.add("night")
    return have


def _resolve(kind: str, m: re.Match, ref: Ref):
    gd = m.groupdict()
    if kind in ("night", "range", "range_dash", "range_us", "day_list"):
        m2 = MONTHS[gd["m2"]]
        m1 = MONTHS[gd["m1"]] if gd.get("m1") else m2
        d1, d2 = int(gd["d1"]), int(gd["d2"])
        y2 = int(gd["y2"]) if gd.get("y2") else None
        y1 = int(gd["y1"]) if gd.get("y1") else None
        if y2 is None:
            # a period may still run at the reference ("from 3 to 20 December", reported on the
            # 10th): its year is the one that puts its start, not its end, before the reference
            if y1 is None:
                y1 = infer_year(m1, d1, ref)
                if y1 is None:
                    return None
            y2 = y1 + 1 if m1 > m2 else y1
            k = "partial"
        else:
            k = "explicit"
        if y1 is None:
            y1 = y2 - 1 if m1 > m2 else y2
        a, b = _iso(y1, m1, d1), _iso(y2, m2, d2)
        if not a or not b or a > b:
            return None
        if kind == "night" and a == b:
            return a, "day", k
        return (a if a == b else f"{a}/{b}"), "day", k
    if kind == "month_range":
        return _month_range(gd, ref)
    if kind == "month_part":
        return _month_part(gd, ref)
    if kind == "weekday_range":
        if not ref.day:
            return None
        w1, w2 = WEEKDAYS[gd["w1"]], WEEKDAYS[gd["w2"]]
        d2 = _last_weekday(ref.day, w2)
        d1 = d2 - timedelta(days=(w2 - w1) % 7 or 7)
        return f"{d1.isoformat()}/{d2.isoformat()}", "day", "relative"
    if kind == "night_wd":
        if not ref.day:
            return None
        w1, w2 = WEEKDAYS[gd.get("w1") or gd["w1b"]], WEEKDAYS[gd["w2"]]
        if (w2 - w1) % 7 != 1:
            return None   # a night runs from one day into the next
        d2 = _last_weekday(ref.day, w2)
        d1 = d2 - timedelta(days=1)
        return f"{d1.isoformat()}/{d2.isoformat()}", "day", "relative"
    if kind == "week_of":
        d, mo = int(gd.get("d") or gd["d2"]), MONTHS[gd.get("m") or gd["m2"]]
        y = gd.get("y") or gd.get("y2")
        if y:
            y, k = int(y), "explicit"
        else:
            y, k = infer_year(mo, d, ref), "partial"
            if y is None:
                return None
        v = _iso(y, mo, d)
        if not v:
            return None
        # the week (Monday to Sunday) that holds the day: "the week of March 12" names the week
        # by one of its days, usually its first
        monday = date.fromisoformat(v) - timedelta(days=date.fromisoformat(v).weekday())
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "day", k
    if kind == "overnight":
        if not ref.day:
            return None
        if _WD_NEXT.match(m.string, m.end()) or _WD_BEFORE.search(m.string, 0, m.start()):
            return None   # "overnight Saturday", "Saturday overnight": that day's night, not the reference's
        return f"{(ref.day - timedelta(days=1)).isoformat()}/{ref.day.isoformat()}", "day", "relative"
    if kind == "day_current":
        if not ref.day:
            return None
        v = _iso(ref.day.year, ref.day.month, int(gd["d"]))
        return (v, "day", "relative") if v else None
    if kind in ("iso", "numeric"):
        v = _iso(int(gd["y"]), int(gd["m"]), int(gd["d"]))
        return (v, "day", "explicit") if v else None
    if kind in ("dmy", "mdy"):
        mo = MONTHS[gd["m"]]
        d = int(gd["d"])
        if not 1 <= d <= 31:
            return None
        if kind == "mdy" and gd["m"] in AMBIGUOUS_MONTHS and not gd.get("y"):
            # "may 5" is fine, "mar 3" too, but avoid "may" the verb: need a capital? handled by caller
            pass
        if gd.get("y"):
            y, k = int(gd["y"]), "explicit"
        else:
            y, k = infer_year(mo, d, ref), "partial"
            if y is None:
                return None
        v = _iso(y, mo, d)
        return (v, "day", k) if v else None
    if kind == "part_month":
        mo = MONTHS[gd["m"]]
        if gd.get("y"):
            y, k = int(gd["y"]), "explicit"
        elif gd.get("ly"):
            if not ref.usable_year:
                return None
            y, k = ref.usable_year - 1, "relative"
        else:
            y, k = infer_year(mo, None, ref), "partial"
            if y is None:
                return None
        return _iso(y, mo), "month", k
    if kind == "month":
        word = gd["m"]
        if word in AMBIGUOUS_MONTHS or len(word) <= 4:
            # "may", "mars" (also a plural noun in English? no) - require a preposition or a year
            if not gd.get("y") and not gd.get("prep"):
                return None
            if word == "may" and not gd.get("y"):
                return None
        if not gd.get("y") and not gd.get("prep") and not gd.get("last") and not gd.get("ly"):
            return None
        mo = MONTHS[word]
        if gd.get("y"):
            y, k = int(gd["y"]), "explicit"
        elif gd.get("ly"):
            if not ref.usable_year:
                return None
            y, k = ref.usable_year - 1, "relative"
        else:
            last = (gd.get("last") or "").strip()
            if last in ("prochain", "next"):
                base = ref.day or (date(ref.year, 1, 1) if ref.year else None)
                if not base:
                    return None
                y = base.year if mo > base.month else base.year + 1
            else:
                y = infer_year(mo, None, ref)
            k = "partial"
            if y is None:
                return None
        return _iso(y, mo), "month", k
    if kind == "year":
        return gd["y"], "year", "explicit"
    if kind == "today":
        if not ref.day:
            return None
        return ref.day.isoformat(), "day", "relative"
    if kind == "yesterday":
        if not ref.day:
            return None
        n = 2 if ("before" in m.group(0) or "avant" in m.group(0)) else 1
        return (ref.day - timedelta(days=n)).isoformat(), "day", "relative"
    if kind == "weekday":
        if not ref.day:
            return None
        w = WEEKDAYS[gd["w"]]
        pre = (gd.get("pre") or "").strip()
        post = (gd.get("post") or "").strip()
        if pre == "next" or post in ("prochain", "next"):
            delta = (w - ref.day.weekday()) % 7 or 7
            return (ref.day + timedelta(days=delta)).isoformat(), "day", "relative"
        d = _last_weekday(ref.day, w)
        if d == ref.day and (pre in ("last", "this past", "dernier") or post in ("dernier", "last")):
            d -= timedelta(days=7)   # "mercredi dernier" written on a Wednesday is a week ago
        return d.isoformat(), "day", "relative"
    if kind == "weekend":
        if not ref.day:
            return None
        t = m.group(0)
        if "this" in t or "ce week" in t:
            sat = ref.day + timedelta(days=(5 - ref.day.weekday()) % 7)
            if sat > ref.day:
                sat -= timedelta(days=7)
        else:
            # the weekend before the reference day (strictly before it)
            sat = ref.day - timedelta(days=(ref.day.weekday() - 5) % 7 or 7)
            if sat + timedelta(days=1) >= ref.day:
                sat -= timedelta(days=7)
        return f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}", "day", "relative"
    if kind == "ago":
        if not ref.day:
            return None
        n = gd.get("n") or gd.get("n2")
        u = gd.get("u") or gd.get("u2")
        k = int(n) if n.isdigit() else _NUMW.get(n, 1)
        if u.startswith(("day", "jour")):
            return (ref.day - timedelta(days=k)).isoformat(), "day", "relative"
        if u.startswith(("week", "semaine")):
            d = ref.day - timedelta(days=7 * k)
            return f"{(d - timedelta(days=3)).isoformat()}/{(d + timedelta(days=3)).isoformat()}", "day", "relative"
        if u.startswith(("month", "mois")):
            y, mo = ref.day.year, ref.day.month - k
            while mo < 1:
                mo += 12
                y -= 1
            return _iso(y, mo), "month", "relative"
        return str(ref.day.year - k), "year", "relative"
    if kind == "past_hours":
        if not ref.day:
            return None
        n = int(gd.get("n") or gd.get("n2") or gd.get("n3"))
        if n % 24 or not 24 <= n <= 168:
            return None
        return f"{(ref.day - timedelta(days=n // 24)).isoformat()}/{ref.day.isoformat()}", "day", "relative"
    if kind == "rel_period":
        base = ref.day
        if not base:
            return None
        w = m.group("what")
        if ("this" in w and "week" in w) or ("semaine" in w and "derniere" not in w and "passee" not in w):
            # this week, so far: from its Monday to the reference day ("early this week" and
            # "en début de semaine", to its Wednesday at the latest)
            monday = base - timedelta(days=base.weekday())
            end = base if not ("early" in w or "debut" in w) else min(base, monday + timedelta(days=2))
            return (monday.isoformat() if monday == end else f"{monday.isoformat()}/{end.isoformat()}"), "day", "relative"
        if "week" in w or "semaine" in w:
            monday = base - timedelta(days=base.weekday() + 7)
            if "late" in w or "end" in w or "fin" in w:
                # the end of last week: its Friday to its Sunday
                return f"{(monday + timedelta(days=4)).isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "day", "relative"
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "day", "relative"
        if "month" in w or "mois" in w:
            if "last" in w or "dernier" in w or "passe" in w:
                y, mo = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
                return _iso(y, mo), "month", "relative"
            return _iso(base.year, base.month), "month", "relative"
        if "last" in w or "dernier" in w or "derniere" in w or "passe" in w:
            return str(base.year - 1), "year", "relative"
        return str(base.year), "year", "relative"
    return None


_WD_NEXT = re.compile(rf"\s+(?:on\s+|into\s+|(?:de|du)\s+)?(?:{_WD})\b")
_WD_BEFORE = re.compile(rf"\b(?:{_WD})(?:\s+night)?\s*,?\s*$")


def _month_range(gd: dict, ref: Ref):
    """"between June and July 2017", "de mars à mai": from the first day of one month to the
    last of the other; without a year, the period starts on or before the reference."""
    w1, w2 = gd["m1"], gd["m2"]
    if not gd.get("y2") and not gd.get("y1") and (w1 == "may" or w2 == "may"):
        return None   # "from May to" without a year may be the verb
    m1, m2 = MONTHS[w1], MONTHS[w2]
    y1 = int(gd["y1"]) if gd.get("y1") else None
    y2 = int(gd["y2"]) if gd.get("y2") else None
    if y2 is None and y1 is None:
        y1 = infer_year(m1, None, ref)
        if y1 is None:
            return None
        k = "partial"
    else:
        k = "explicit"
    if y1 is None:
        y1 = y2 - 1 if m1 > m2 else y2
    if y2 is None:
        y2 = y1 + 1 if m1 > m2 else y1
    a, b = _iso(y1, m1), _iso(y2, m2)
    if not a or not b or a >= b:
        return None
    return f"{a}/{b}", "month", k


_ORD = {"first": 1, "premiere": 1, "1re": 1, "1ere": 1, "second": 2, "deuxieme": 2, "2e": 2, "2eme": 2, "seconde": 2,
        "third": 3, "troisieme": 3, "3e": 3, "3eme": 3, "fourth": 4, "quatrieme": 4, "4e": 4, "4eme": 4,
        "last": -1, "final": -1, "derniere": -1}


def _month_part(gd: dict, ref: Ref):
    """"the first week of March", "la deuxième quinzaine de mars", "the second half of June": the
    days of that part of the month (a week counts from the 1st: days 1-7, 8-14...)."""
    mo = MONTHS[gd["m"]]
    if gd.get("y"):
        y, k = int(gd["y"]), "explicit"
    else:
        y, k = infer_year(mo, None, ref), "partial"
        if y is None:
            return None
    last = calendar.monthrange(y, mo)[1]
    n, unit = _ORD[gd["ord"]], gd["unit"]
    if unit in ("half", "moitie", "quinzaine", "fortnight"):
        if n not in (1, 2, -1):
            return None
        a, b = (1, 15) if n == 1 else (16, last)
    else:
        a, b = (last - 6, last) if n == -1 else (7 * (n - 1) + 1, min(7 * n, last))
    return f"{_iso(y, mo, a)}/{_iso(y, mo, b)}", "day", k


def _last_weekday(ref: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``ref`` (reports tell the past)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


# -- the report's reference date -----------------------------------------------------------------

def dateline_date(first_lines: str, folded: str, ref_year: int | None) -> str | None:
    """A wire dateline ``PARIS, 5 June 2020 -`` at the start of the body gives the publication date."""
    m = re.match(r"^\s*([A-Z][A-Z' .\-]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:\([A-Za-z ]+\))?\s*,\s*([^\n]{4,40}?)\s*[-\u2013\u2014]\s",
                 first_lines)
    if not m:
        return None
    a = m.start(2)
    seg = folded[a:m.end(2)]
    for d in find_dates(seg, 0, len(seg), Ref(year=ref_year)):
        if d.precision == "day" and d.kind != "relative":
            return d.value.split("/")[0]
    return None
