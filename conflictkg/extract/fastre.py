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
