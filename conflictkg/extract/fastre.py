"""``re`` with a cheaper cache for the extractor's inline patterns.

The rules call ``re.search(pattern, text)`` with literal patterns thousands of times per report;
the standard module's cache lookup (type and flag checks, a key tuple) costs more than many of the
searches themselves. This module keeps compiled patterns in a plain dict keyed by the pattern text
(bounded: cleared when it holds more than 4096 patterns, as long files build a few dynamic ones).
Everything else is the standard ``re``.

:func:`compile` (used for the module-level patterns of the extractor and for the cached inline
ones) gives the same matches as ``re.compile`` but searches faster. Python's engine skips ahead
quickly only when a pattern starts with a literal or a character class; the extractor's patterns
mostly start with a word boundary (``\\b(?:attack|raid|...)``, ``(?<![\\w-])...``), so the engine
enters the full matcher at every position of the text. Here the set of characters a match can
start with is computed from the parsed pattern (assertions are zero-width, so they are looked
through) and given to the engine as that skip set; and a zero-width assertion opening every
alternative of a branch (``(?P<claim>(?<![\\w-])...)|(?P<deny>(?<![\\w-])...)``) is tested
once before the branch instead of once per alternative. Both are rewrites of the parsed pattern
that cannot change what matches. The engine also skips, at no cost, every alternative of a
branch that starts with a literal or a class not matching the next character, but enters each
one that starts with a group or an assertion: an alternative ``(?:a|b)c`` is read as ``ac|bc``,
and ``\\bwhile`` as ``w(?<!\\ww)hile`` (the same test of the character before), so that every
alternative starts with a literal. On another Python (another engine code format), with flags
(case-insensitive) or on any doubt, the pattern is compiled as ``re`` does.
"""
from __future__ import annotations

import re as _re
import sys as _sys
from re import *  # noqa: F401,F403  (escape, flags, Match, Pattern, error)

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
            c = _FLAGGED[k] = compile(p, flags)
        return c
    c = _CACHE.get(p)
    if c is None:
        if isinstance(p, _re.Pattern):
            return p
        if len(_CACHE) > _MAX:
            _CACHE.clear()
        c = _CACHE[p] = compile(p)
    return c


def _inline(p):
    """(compiled pattern, literals one of which every match holds, or None) of an inline pattern."""
    e = _INLINE.get(p)
    if e is None:
        if len(_INLINE) > _MAX:
            _INLINE.clear()
        e = _INLINE[p] = (_get(p), _gate(p))
    return e


# The wrappers below repeat the literal gate inline on purpose: they run for every inline
# pattern of the rules, and a shared helper would add a call to each.
def search(pattern, string, flags=0):
    if flags:
        return _get(pattern, flags).search(string)
    rx, lits = _INLINE.get(pattern) or _inline(pattern)
    if lits is not None:
        for lit in lits:
            if lit in string:
                break
        else:
            return None
    return rx.search(string)


def match(pattern, string, flags=0):
    if flags:
        return _get(pattern, flags).match(string)
    rx, lits = _INLINE.get(pattern) or _inline(pattern)
    if lits is not None:
        for lit in lits:
            if lit in string:
                break
        else:
            return None
    return rx.match(string)


def fullmatch(pattern, string, flags=0):
    if flags:
        return _get(pattern, flags).fullmatch(string)
    rx, lits = _INLINE.get(pattern) or _inline(pattern)
    if lits is not None:
        for lit in lits:
            if lit in string:
                break
        else:
            return None
    return rx.fullmatch(string)


def finditer(pattern, string, flags=0):
    if flags:
        return _get(pattern, flags).finditer(string)
    rx, lits = _INLINE.get(pattern) or _inline(pattern)
    if lits is not None:
        for lit in lits:
            if lit in string:
                break
        else:
            return iter(())
    return rx.finditer(string)


def findall(pattern, string, flags=0):
    if flags:
        return _get(pattern, flags).findall(string)
    rx, lits = _INLINE.get(pattern) or _inline(pattern)
    if lits is not None:
        for lit in lits:
            if lit in string:
                break
        else:
            return []
    return rx.findall(string)


# -- literal gates of inline patterns -------------------------------------------------------------
# Most inline patterns of the rules look for a few words ("\b(?:belonged to|the work of|...)\b")
# in a sentence that holds none of them. When every match of a pattern must contain one of a few
# literal strings (read from the parsed pattern: a run of literal characters, one per alternative
# of a branch, the body of a group or of a repetition made at least once; assertions and classes
# give none), ``str.__contains__`` on each is far cheaper than the engine's scan, and a text that
# holds none of them cannot match: the call returns what the engine would (None, no match).

_GATE_MAX = 10      # literals tested at most (4 when some are two letters): each test is a loop turn,
                    # and a long list costs more than the scan it may spare
_INLINE: dict = {}


def _gate(pattern):
    if not _REWRITE or not isinstance(pattern, str):
        return None
    try:
        p = _P.parse(pattern, 0)
    except Exception:  # noqa: BLE001 (the engine reports the error when the pattern is used)
        return None
    if p.state.flags & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE):
        return None
    lits = _required(p.data)
    if not lits:
        return None
    shortest = min(map(len, lits))
    if shortest < 2 or len(lits) > (_GATE_MAX if shortest >= 3 else 4):
        return None
    return tuple(sorted(lits, key=lambda x: (-len(x), x)))


def _gate_score(lits):
    return (min(map(len, lits)), -len(lits))


def _required(data):
    """A set of strings one of which occurs in every match of the sequence ``data``, or None."""
    best = None
    run: list = []

    def consider(cand):
        nonlocal best
        if cand and (best is None or _gate_score(cand) > _gate_score(best)):
            best = cand

    for op, av in data:
        if op is LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is SUBPATTERN:
            if not av[1] & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE):
                consider(_required(av[3].data))
        elif op is ATOMIC_GROUP:
            consider(_required(av.data))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if av[0] >= 1:
                consider(_required(av[2].data))
        elif op is BRANCH:
            union: set = set()
            for alt in av[1]:
                r = _required(alt.data)
                if not r:
                    union = None
                    break
                union |= r
            if union:
                consider(frozenset(union))
        # anything else (assertions, classes, any character, back references) requires no literal
    if run:
        consider(frozenset(["".join(run)]))
    return best


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


# -- faster compiled patterns -------------------------------------------------------------------

try:  # the engine's internals; the rewrite is only made for the code format it was written for
    import _sre
    from re import _compiler as _C, _parser as _P
    from re._constants import (ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, INFO, LITERAL,
                               MAX_REPEAT, MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, RANGE, SUBPATTERN,
                               SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE,
                               SRE_INFO_CHARSET, SRE_INFO_PREFIX, AT_BOUNDARY, CATEGORY, CATEGORY_WORD,
                               GROUPREF, GROUPREF_EXISTS)
    _REWRITE = _sre.MAGIC == 20220615 and _sys.version_info[:2] == (3, 11)
except ImportError:  # pragma: no cover (another Python)
    _REWRITE = False
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def compile(pattern, flags=0):  # noqa: A001 (the module stands in for ``re``)
    """``re.compile(pattern, flags)``, searching faster (see the module's docstring)."""
    if _REWRITE and isinstance(pattern, str) and not flags & (_re.IGNORECASE | _re.LOCALE | _re.DEBUG):
        try:
            return _fast(pattern, int(flags))
        except Exception:  # noqa: BLE001 (any doubt: the standard compilation)
            pass
    return _re.compile(pattern, flags)


def _fast(pattern: str, flags: int = 0):
    p = _P.parse(pattern, flags)
    flags |= p.state.flags
    if flags & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE):
        return _re.compile(pattern, flags)
    _hoist(p)
    _quick_branches(p)
    _boundaries(p)
    _group_branches(p)
    _reset_widths(p)
    code = _C._code(p, flags)
    # code[0:5] = INFO, skip, mask, min width, max width: no literal prefix, no start set, and
    # a match is never empty -> give the engine the characters a match can start with
    if code[0] == INFO and not code[2] & (SRE_INFO_PREFIX | SRE_INFO_CHARSET) and code[3] > 0:
        first, nullable = _first(p.data)
        if first and not nullable:
            cs, hascased = _C._optimize_charset(first)
            if not hascased:
                info = [INFO, 0, SRE_INFO_CHARSET, code[3], code[4]]
                _C._compile_charset(cs, flags, info)
                info[1] = len(info) - 1
                code = info + code[code[1] + 1:]
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(pattern, flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _first(data) -> tuple[list | None, bool]:
    """(characters a match of the sequence ``data`` can start with, as charset items, or None
    when any character can; whether the sequence can match the empty string)."""
    out: list = []
    for op, av in data:
        if op is LITERAL:
            out.append((op, av))
            return out, False
        if op is IN:
            if any(o is NEGATE for o, _ in av):
                return None, False
            out.extend(av)
            return out, False
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            continue
        if op is SUBPATTERN or op is ATOMIC_GROUP:
            if op is SUBPATTERN:
                _group, add, dele, sub = av
                if add or dele:
                    return None, False
            else:
                sub = av
            f, nullable = _first(sub.data)
        elif op is BRANCH:
            f, nullable = [], False
            for alt in av[1]:
                fa, na = _first(alt.data)
                if fa is None:
                    return None, False
                f.extend(fa)
                nullable = nullable or na
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            lo, _hi, sub = av
            f, nullable = _first(sub.data)
            nullable = nullable or lo == 0
        else:  # any character, a back-reference, a conditional: anything may come first
            return None, False
        if f is None:
            return None, False
        out.extend(f)
        if not nullable:
            return out, False
    return out, True


def first_chars(pattern: str) -> frozenset | None:
    """The characters a match of ``pattern`` can start with, or None when that is not known
    (any character may come first, a flag, another Python): a caller may skip trying the pattern
    at a position whose character is not in the set, as the engine's own skip set does."""
    if not _REWRITE or not isinstance(pattern, str):
        return None
    try:
        p = _P.parse(pattern, 0)
        if p.state.flags & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE):
            return None
        first, nullable = _first(p.data)
    except Exception:  # noqa: BLE001 (any doubt: unknown)
        return None
    if not first or nullable:
        return None
    out = set()
    for op, av in first:
        if op is LITERAL:
            out.add(chr(av))
        elif op is RANGE and av[1] - av[0] < 512:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:   # a category, a big range: too many to list
            return None
    return frozenset(out)


def _leading(sub):
    """The zero-width assertion a sequence starts with, looking into leading groups: (the list
    holding it, its index), or None."""
    data = sub.data
    while data:
        op, av = data[0]
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            return data
        if op is SUBPATTERN and not av[1] and not av[2]:
            data = av[3].data
            continue
        return None
    return None


def _hoist(sub) -> None:
    """A zero-width assertion that opens every alternative of a branch is tested once before it
    ("(?P<a>\\bx)|(?P<b>\\by)" reads as "\\b(?:(?P<a>x)|(?P<b>y))"): the same matches, with the
    same groups, as the assertion looks at the same position in every alternative."""
    data = sub.data
    i = 0
    while i < len(data):
        op, av = data[i]
        if op is BRANCH:
            for alt in av[1]:
                _hoist(alt)
            heads = [_leading(alt) for alt in av[1]]
            if all(h is not None for h in heads) and len({repr(h[0]) for h in heads}) == 1:
                node = heads[0][0]
                for h in heads:
                    del h[0]
                data.insert(i, node)
                i += 1
                _reset_width(sub)
                for alt in av[1]:
                    _reset_width(alt)
                continue  # the branch may open with another shared assertion
        elif op is SUBPATTERN:
            _hoist(av[3])
        elif op is ATOMIC_GROUP:
            _hoist(av)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _hoist(av[2])
        i += 1


def _boundaries(sub) -> None:
    """A look-behind for a character that is not a word character (nor one of a few others),
    "(?<![\\w-])", before what can only start with a word character, is a word boundary
    "\\b(?<!-)": at a word character the two say the same (the character before is not a word
    character), and a match cannot start elsewhere. The engine tests a boundary in place, where
    a look-behind is a sub-match: at every letter of the text when the pattern opens with one."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is BRANCH:
            for alt in av[1]:
                _boundaries(alt)
        elif op is SUBPATTERN:
            _boundaries(av[3])
        elif op is ATOMIC_GROUP:
            _boundaries(av)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _boundaries(av[2])
    i = 0
    while i < len(data):
        op, av = data[i]
        if op is ASSERT_NOT and av[0] == -1 and len(av[1].data) == 1 and av[1].data[0][0] is IN:
            items = av[1].data[0][1]
            rest = [it for it in items if it != (CATEGORY, CATEGORY_WORD)]
            if len(rest) < len(items) and all(o is LITERAL for o, _ in rest) and _word_first(data[i + 1:]):
                new = [(AT, AT_BOUNDARY)]
                if rest:
                    new.append((ASSERT_NOT, (-1, _P.SubPattern(av[1].state, [(IN, rest)] if len(rest) > 1 else list(rest)))))
                data[i:i + 1] = new
                sub.width = None
                i += len(new)
                continue
        i += 1


def _group_branches(sub) -> None:
    """A branch whose alternatives all open with a literal is grouped by that literal
    ("kill|dead|died" -> "kill|d(?:ead|ied)"): the engine checks the alternatives' first
    characters one by one at every position it tries, so a long word list costs one check per
    word there; grouped, one per first letter. Two alternatives that open with different
    characters never match at the same place, so only the order within a group matters, and it
    is kept."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is BRANCH:
            alts = av[1]
            for alt in alts:
                _group_branches(alt)
            new = []
            run: list = []   # consecutive alternatives that open with a literal
            for alt in list(alts) + [None]:
                if alt is not None and alt.data and alt.data[0][0] is LITERAL:
                    run.append(alt)
                    continue
                new.extend(_grouped(run) if len(run) >= 3 else run)
                run = []
                if alt is not None:
                    new.append(alt)
            if len(new) < len(alts):
                data[i] = (BRANCH, (av[0], new))
        elif op is SUBPATTERN:
            _group_branches(av[3])
        elif op is ATOMIC_GROUP:
            _group_branches(av)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _group_branches(av[2])


def _grouped(alts: list) -> list:
    """Alternatives that open with a literal, grouped by it, in order (see above)."""
    groups: dict = {}
    for alt in alts:
        groups.setdefault(alt.data[0][1], []).append(alt)
    if len(groups) == len(alts):
        return alts
    out = []
    for c, members in groups.items():
        if len(members) == 1:
            out.append(members[0])
            continue
        st = members[0].state
        inner = _P.SubPattern(st, [(BRANCH, (None, [_P.SubPattern(st, list(m.data[1:])) for m in members]))])
        _group_branches(inner)   # "died|dead|deaths" -> "d(?:i(?:ed)|e(?:ad|aths))"
        out.append(_P.SubPattern(st, [(LITERAL, c), (SUBPATTERN, (None, 0, 0, inner))]))
    return out


def _reset_widths(sub) -> None:
    """Forget every width computed before the rewrites (the compiler computes them again)."""
    sub.width = None
    for op, av in sub.data:
        if op is BRANCH:
            for alt in av[1]:
                _reset_widths(alt)
        elif op is SUBPATTERN:
            _reset_widths(av[3])
        elif op is ATOMIC_GROUP:
            _reset_widths(av)
        elif op is ASSERT or op is ASSERT_NOT:
            _reset_widths(av[1])
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _reset_widths(av[2])


def _word_first(data) -> bool:
    """Whether a match of the sequence ``data`` is never empty and always starts with a word
    character."""
    first, nullable = _first(data)
    if not first or nullable:
        return False
    for op, av in first:
        if op is LITERAL:
            ch = chr(av)
            if not (ch.isalnum() or ch == "_"):
                return False
        elif op is RANGE:
            if av[1] - av[0] > 4096 or not all(chr(c).isalnum() or c == 95 for c in range(av[0], av[1] + 1)):
                return False
        elif not (op is CATEGORY and av is CATEGORY_WORD):
            return False
    return True


def _reset_width(sub) -> None:
    sub.width = None
    for op, av in sub.data:
        if op is SUBPATTERN:
            _reset_width(av[3])


def _quick_branches(sub) -> None:
    """Alternatives that open with a literal, so that the engine skips them at no cost: a leading
    non-capturing group of alternatives is spread over the branch ("(?:a|b)c" -> "ac|bc", the
    same order of trial), and a word boundary or a one-character look-behind before a literal
    is tested after it ("\\bw" -> "w(?<!\\ww)", "(?<![\\w-])w" -> "w(?<![\\w-]w)")."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is BRANCH:
            alts = []
            for alt in av[1]:
                alts.extend(_spread(alt, 0))
            if len(alts) != len(av[1]):
                data[i] = (BRANCH, (av[0], alts))
            for alt in alts:
                _quick_branches(alt)
                _literal_first(alt)
        elif op is SUBPATTERN:
            _quick_branches(av[3])
        elif op is ATOMIC_GROUP:
            _quick_branches(av)
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            _quick_branches(av[2])


def _has_groups(data) -> bool:
    for op, av in data:
        if op is SUBPATTERN:
            if av[0] is not None or _has_groups(av[3].data):
                return True
        elif op is GROUPREF or op is GROUPREF_EXISTS:
            return True
        elif op is BRANCH:
            if any(_has_groups(a.data) for a in av[1]):
                return True
        elif op is ATOMIC_GROUP:
            if _has_groups(av.data):
                return True
        elif op is ASSERT or op is ASSERT_NOT:
            if _has_groups(av[1].data):
                return True
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            if _has_groups(av[2].data):
                return True
    return False


def _spread(alt, depth: int) -> list:
    """``alt`` as alternatives that do not open with a group of alternatives (see above)."""
    if depth > 3 or not alt.data:
        return [alt]
    op, av = alt.data[0]
    if op is not SUBPATTERN or av[0] is not None or av[1] or av[2]:
        return [alt]
    inner = av[3].data
    if len(inner) != 1 or inner[0][0] is not BRANCH:
        return [alt]
    rest = alt.data[1:]
    # the rest is repeated after every alternative: only when it holds no group (one group
    # number in two places) and the branch is small
    if len(inner[0][1][1]) > 64 or _has_groups(rest):
        return [alt]
    out = []
    for ia in inner[0][1][1]:
        out.extend(_spread(_P.SubPattern(alt.state, list(ia.data) + rest), depth + 1))
    return out


_WORD_CLASS = [(CATEGORY, CATEGORY_WORD)]


def _literal_first(alt) -> None:
    data = alt.data
    if len(data) < 2 or data[1][0] is not LITERAL:
        return
    op, av = data[0]
    c = data[1][1]
    ch = chr(c)
    if op is AT and av is AT_BOUNDARY and (ch.isascii() and ch.isalnum() or ch == "_"):
        behind = [(IN, _WORD_CLASS), (LITERAL, c)]
    elif op is ASSERT_NOT and av[0] == -1 and av[1].getwidth() == (1, 1):
        behind = list(av[1].data) + [(LITERAL, c)]
    else:
        return
    data[0:2] = [(LITERAL, c), (ASSERT_NOT, (-1, _P.SubPattern(alt.state, behind)))]
    alt.width = None
