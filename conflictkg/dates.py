"""Partial dates: ISO prefixes (``2020``, ``2020-03``, ``2020-03-20``) and ranges (``a/b``).

A partial date keeps the precision actually known; ``bounds`` expands it to the first and
last possible day, which is what range filters and event fusion compare.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial(text: str) -> tuple[str, str, str]:
    """``(start_day, end_day, precision)`` of an ISO prefix or range; ValueError if malformed."""
    text = str(text).strip()
    if "/" in text:
        a, b = text.split("/", 1)
        s, _, pa = parse_partial(a)
        _, e, pb = parse_partial(b)
        if e < s:
            raise ValueError(f"date range ends before it starts: {text}")
        return s, e, coarsest(pa, pb)
    m = _ISO.match(text)
    if not m:
        raise ValueError(f"not an ISO date: {text!r}")
    y, mo, d = m.groups()
    year = int(y)
    if d:
        day = date(year, int(mo), int(d))  # raises on 2020-02-31
        return day.isoformat(), day.isoformat(), "day"
    if mo:
        month = int(mo)
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month} in {text!r}")
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", "month"
    return f"{year:04d}-01-01", f"{year:04d}-12-31", "year"


def is_partial(text: str) -> bool:
    try:
        parse_partial(text)
        return True
    except ValueError:
        return False


def months(start: str, end: str | None = None) -> list[str]:
    """The calendar months (``2020-03``) that the ISO days ``start`` to ``end`` overlap, in order."""
    y, m = int(start[:4]), int(start[5:7])
    end = end or start
    last = (int(end[:4]), int(end[5:7]))
    out = []
    while (y, m) <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


PRECISION_ORDER = ["day", "month", "year"]


def coarsest(*precisions: str) -> str:
    return max(precisions, key=PRECISION_ORDER.index)


def overlaps(a: str, b: str, slack_days: int = 0) -> bool:
    """Whether two partial dates can denote the same time (``slack_days`` widens day precision)."""
    from datetime import timedelta

    sa, ea, pa = parse_partial(a)
    sb, eb, pb = parse_partial(b)
    da, db = date.fromisoformat(sa), date.fromisoformat(sb)
    fa, fb = date.fromisoformat(ea), date.fromisoformat(eb)
    slack = timedelta(days=slack_days)
    if pa == "day":
        da, fa = da - slack, fa + slack
    if pb == "day":
        db, fb = db - slack, fb + slack
    return da <= fb and db <= fa
