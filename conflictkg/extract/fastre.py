"""``re`` with a cheaper cache for the extractor's inline patterns.

The rules call ``re.search(pattern, text)`` with literal patterns thousands of times per report;
the standard module's cache lookup (type and flag checks, a key tuple) costs more than many of the
searches themselves. This module keeps compiled patterns in a plain dict keyed by the pattern text
(bounded: cleared when it holds more than 4096 patterns, as long files build a few dynamic ones).
Everything else is the standard ``re``.
"""
from __future__ import annotations

import re as _re
from re import *  # noqa: F401,F403  (compile, escape, flags, Match, Pattern, error)

_CACHE: dict = {}
_FLAGGED: dict = {}
_MAX = 4096


def _get(p, flags=0):
    if flags:
        k = (p, int(flags))
        c = _FLAGGED.get(k)
        if c is None:
            if len(_FLAGGED) > _MAX:
                _FLAGGED.clear()
            c = _FLAGGED[k] = _re.compile(p, flags)
        return c
    c = _CACHE.get(p)
    if c is None:
        if isinstance(p, _re.Pattern):
            return p
        if len(_CACHE) > _MAX:
            _CACHE.clear()
        c = _CACHE[p] = _re.compile(p)
    return c


def search(pattern, string, flags=0):
    return (_CACHE.get(pattern) or _get(pattern, flags)).search(string) if not flags else _get(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return (_CACHE.get(pattern) or _get(pattern, flags)).match(string) if not flags else _get(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return (_CACHE.get(pattern) or _get(pattern, flags)).fullmatch(string) if not flags else _get(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return (_CACHE.get(pattern) or _get(pattern, flags)).finditer(string) if not flags else _get(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return (_CACHE.get(pattern) or _get(pattern, flags)).findall(string) if not flags else _get(pattern, flags).findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _get(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _get(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _get(pattern, flags).subn(repl, string, count)


def _split_top(rx: str) -> list[str]:
    """Top-level alternatives of a pattern body ("a(?:b|c)|d" → ["a(?:b|c)", "d"])."""
    out, cur, depth, i = [], [], 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            cur.append(rx[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = rx.index("]", i + 2 if rx[i + 1:i + 2] in ("]", "^") else i + 1)
            cur.append(rx[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def factor(bodies: list[str]) -> str:
    """One alternation of the alternatives of ``bodies``, grouped by their first letter.

    Python's engine tries the alternatives of a group one by one at each position; grouped by
    first letter ("a(?:ttack|ssault)|k(?:ill)") it tries a few. Alternatives that do not start
    with a plain letter keep their place after the groups. The language matched is unchanged.
    """
    groups: dict[str, list[str]] = {}
    misc: list[str] = []
    for body in bodies:
        for a in _split_top(body):
            c = a[:1]
            if c.isalpha() and c.isascii() and a[1:2] not in ("?", "*", "{", "+"):
                groups.setdefault(c, []).append(a[1:])
            else:
                misc.append(a)
    parts = [f"{c}(?:{'|'.join(v)})" for c, v in groups.items()]
    return "(?:" + "|".join(parts + misc) + ")"
