"""Where a word pattern can match in a sentence, read from the sentence's words.

The event triggers, the speech acts and the killing verbs are long alternations of words, each
opening with ``(?<![\\w-])``: a match begins a run of letters and digits. Python's engine still
enters the matcher at every word of the sentence and walks the alternation there. But the first
word of a match is mostly spelled out in the pattern ("killed", "a declare" → "a"), or at least
its first letters ("revendiqu\\w*" → "revendiqu"): read once from the parsed pattern, they say
at which of the sentence's words (its tokens, found once by the mention finder) a match can
begin, and the pattern is tried at those positions alone, in order, each from the end of the
previous match, which is what ``finditer`` does at every position. A pattern whose first word
cannot be read that way (no word-start assertion, a case-insensitive flag, an alternative that
opens with a class) keeps the engine's scan.
"""
from __future__ import annotations

import re
from re import _parser as _P
from re._constants import (ASSERT, ASSERT_NOT, AT, AT_BOUNDARY, ATOMIC_GROUP, BRANCH, CATEGORY,
                           CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT,
                           SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SUBPATTERN)

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_RUN = re.compile(r"[a-z0-9]+")
_MAX_FORMS = 5000       # first words spelled out at most; beyond, the letters so far are a prefix
_OPEN, _WORD, _PREFIX = 0, 1, 2   # the letters read so far: may go on / are the whole word / begin it


def first_words(pattern: str) -> tuple[frozenset, tuple] | None:
    """(whole first words, first-word prefixes) of every match of ``pattern``, or None when
    some match could begin elsewhere than at the start of a run of letters and digits or with
    no letter the pattern spells."""
    p = _P.parse(pattern, 0)
    if p.state.flags & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE) or not _starts_word(p.data):
        return None
    forms = _seq(p.data)
    if any(not s for s, _ in forms):
        return None
    return (frozenset(s for s, how in forms if how == _WORD),
            tuple(sorted({s for s, how in forms if how != _WORD})))


def _word_class(items) -> bool:
    """``[\\w-]``, ``\\w``: the class holds every letter and digit."""
    return len(items) == 1 and items[0][0] is IN and (CATEGORY, CATEGORY_WORD) in items[0][1]


def _starts_word(data) -> bool:
    """Every match begins where the character before is no letter or digit."""
    if not data:
        return False
    op, av = data[0]
    if op is AT:
        return av is AT_BOUNDARY
    if op is ASSERT_NOT:
        return av[0] == -1 and _word_class(av[1].data)
    if op is SUBPATTERN:
        return not (av[1] or av[2]) and _starts_word(av[3].data)
    if op is BRANCH:
        return all(_starts_word(a.data) for a in av[1])
    return False


def _seq(items) -> set:
    forms = {("", _OPEN)}
    for op, av in items:
        nxt = set()
        for s, how in forms:
            if how != _OPEN:
                nxt.add((s, how))
                continue
            for t, how2 in _item(op, av):
                nxt.add((s + t, how2))
        forms = nxt
        if len(forms) > _MAX_FORMS:
            return {(s, _PREFIX if how == _OPEN else how) for s, how in forms}
        if all(how != _OPEN for _, how in forms):
            break
    return forms


def _item(op, av) -> set:
    if op is LITERAL:
        c = chr(av)
        # any other character ends the run of letters the match begins with: that run is the word
        return {(c, _OPEN)} if c in _ALNUM else {("", _WORD)}
    if op is SUBPATTERN:
        return {("", _PREFIX)} if av[1] or av[2] else _seq(av[3].data)
    if op is ATOMIC_GROUP:
        return _seq(av.data)
    if op is BRANCH:
        out: set = set()
        for alt in av[1]:
            out |= _seq(alt.data)
        return out
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        lo, hi, body = av
        if lo == hi == 1:
            return _seq(body.data)
        if lo == 0 and hi == 1:
            return {("", _OPEN)} | _seq(body.data)
        if lo >= 1:   # once at least, then maybe more: what the first time spells begins the word
            return {(s, _PREFIX if how == _OPEN else how) for s, how in _seq(body.data)}
        return {("", _PREFIX)}
    if op is ASSERT_NOT and av[0] == 1 and _word_class(av[1].data):
        return {("", _WORD)}   # (?![\w-]): no letter or digit follows, the word ends here
    if op in (ASSERT, ASSERT_NOT, AT):
        return {("", _OPEN)}   # zero width: reads no character
    return {("", _PREFIX)}     # a class, any character, a back reference: the word goes on unknown


def sentence_words(folded: str, toks) -> list[tuple[int, str]]:
    """The runs of letters and digits of a sentence as (start, run), from its tokens: a token is
    one run unless an apostrophe was dropped from its key ("aujourd'hui")."""
    out = []
    for t in toks:
        k = t.key
        if len(k) == t.end - t.start:
            out.append((t.start, k))
        else:
            b = t.start
            for w in _RUN.findall(folded, t.start, t.end):
                a = folded.find(w, b)
                b = a + len(w)
                out.append((a, w))
    return out


class Words:
    """The runs of letters and digits of one sentence: their distinct words, and where each is.
    Without an apostrophe in the sentence they are its tokens, keys and all (``keyset``: the
    distinct keys, as the mention finder has them)."""

    __slots__ = ("keys", "_toks", "_runs", "gen")

    def __init__(self, folded: str, start: int, end: int, toks, keyset: set | None = None):
        if keyset is not None and folded.find("'", start, end) < 0:
            self.keys, self._toks, self._runs = keyset, toks, None
        else:
            self._runs = sentence_words(folded, toks)
            self.keys, self._toks = {w for _, w in self._runs}, None
        self.gen = learned(self.keys)

    def starts(self, words: set) -> list[int]:
        """Where the runs spelling one of ``words`` start, in order."""
        if self._runs is None:
            return [t.start for t in self._toks if t.key in words]
        return [a for a, w in self._runs if w in words]


# the words of the sentences read so far, each gate's words a match can begin with among them
# (a pure function of each word; forgotten beyond a large vocabulary, read again when met)
_SEEN: set[str] = set()
_GATES: list = []
_MAX_SEEN = 200_000
_gen = 0   # how many times they were forgotten


def learned(words: set) -> int:
    """Every gate knows whether a match can begin with each of ``words``; returns the
    generation of that knowledge."""
    global _gen
    if not words <= _SEEN:
        if len(_SEEN) > _MAX_SEEN:
            _SEEN.clear()
            for g in _GATES:
                g._begin.clear()
            _gen += 1
        new = words - _SEEN
        _SEEN.update(new)
        for g in _GATES:
            g._learn(new)
    return _gen


class WordGate:
    """A compiled word pattern searched only where a sentence's words let a match begin."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        fw = first_words(rx.pattern)
        self.words, self.prefixes = fw if fw else (None, None)
        self._begin: set[str] = set()    # the words read so far that a match can begin with
        if self.words is not None:
            self._learn(_SEEN)
            _GATES.append(self)

    def _learn(self, words) -> None:
        self._begin.update(w for w in words if w in self.words or w.startswith(self.prefixes))

    def finditer(self, string: str, pos: int, endpos: int, words: Words | None = None):
        """The matches of ``rx.finditer(string, pos, endpos)``; ``words``: the ``Words`` of
        ``string[pos:endpos]``."""
        return self.finditer_in(string, pos, endpos, words, 0)

    def search(self, string: str, pos: int, endpos: int, words: Words | None = None):
        """``rx.search(string, pos, endpos)``: the first match ``finditer`` gives, or None."""
        for m in self.finditer_in(string, pos, endpos, words, 0):
            return m
        return None

    def finditer_in(self, string: str, pos: int, endpos: int, words: Words | None, offset: int):
        """The same where ``string`` is the sentence alone and ``words`` has its runs at
        ``offset`` + their place in it."""
        if words is None or self.words is None:
            return self.rx.finditer(string, pos, endpos)
        keys = words.keys
        if words.gen != _gen:   # forgotten since the sentence was read
            words.gen = learned(keys)
        if self._begin.isdisjoint(keys):
            return iter(())
        return self._gated(string, pos, endpos, words.starts(keys & self._begin), offset)

    def _gated(self, string, pos, endpos, starts, offset):
        match = self.rx.match
        end = pos
        for a in starts:
            a -= offset
            if a < end:
                continue
            m = match(string, a, endpos)
            if m:
                end = m.end()
                yield m
