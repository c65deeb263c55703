"""fastre.compile must find exactly what re.compile finds, only faster."""
import random
import re

import pytest

from conflictkg.extract import datex, fastre, lexicon, mentions, numbers, relations, rules, text, triggers

TEXTS = [
    "Gunmen attacked the village of Ogossagou on Saturday, killing at least 35 civilians; the army said "
    "it had launched an operation.",
    "JNIM claimed responsibility for the ambush -- while the government denied it, but the group's "
    "statement said 12 soldiers were killed.",
    "Le 6 avril, des hommes armés ont attaqué le camp militaire : au moins vingt morts, alors que "
    "l'armée malienne n'a pas confirmé. Mais le JNIM revendique l'attaque.",
    "(AFP) - Two days later, on 25 March 2020, Katiba Macina fighters kidnapped the mayor; meanwhile "
    "talks with the Islamic State in the Greater Sahara (ISGS) stalled.",
    "",
    "a",
    "# Title\n\n1/ Gunmen attacked *Gao* (see [link](https://x.org/a)).\n2/ ## not a header\n  3 / next",
    "-claim claimed, claims' attack-attacks _attack 9attack",
]


def _module_patterns():
    seen = {}
    for mod in (datex, lexicon, mentions, numbers, relations, rules, text, triggers):
        for v in vars(mod).values():
            vals = v.values() if isinstance(v, dict) else v if isinstance(v, (list, tuple)) else [v]
            for x in vals:
                for y in (x if isinstance(x, tuple) else (x,)):
                    if isinstance(y, re.Pattern) and isinstance(y.pattern, str) and not y.flags & re.I:
                        seen[(y.pattern, y.flags)] = y
    return list(seen)


def _noise(seed: int) -> str:
    rnd = random.Random(seed)
    alphabet = "abcdeiklmnorstw -;:,.'()0123456789\n"
    return "".join(rnd.choice(alphabet) for _ in range(400))


def _same(a: re.Pattern, b: re.Pattern, text: str) -> None:
    got = [(m.span(), m.lastgroup, m.groups()) for m in a.finditer(text)]
    want = [(m.span(), m.lastgroup, m.groups()) for m in b.finditer(text)]
    assert got == want, a.pattern
    for pos in range(0, len(text), 7):
        for meth in ("search", "match"):
            x, y = getattr(a, meth)(text, pos), getattr(b, meth)(text, pos)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (a.pattern, meth, pos)


def test_extractor_patterns_match_as_re_does():
    pats = _module_patterns()
    assert len(pats) > 50
    texts = TEXTS + [_noise(i) for i in range(3)]
    for p, flags in pats:
        fast, std = fastre._fast(p, flags), re.compile(p, flags)
        assert fast.groupindex == std.groupindex and fast.groups == std.groups
        for t in texts:
            _same(fast, std, t)


@pytest.mark.parametrize("pattern", [
    r"(?P<a>(?<![\w-])claim\w*)|(?P<b>(?<![\w-])den(?:y|ied))|(?P<c>\bsaid)",
    r"[;:]|\s--?\s|\bwhile\b|\balors que\b|\bbut\b",
    r"\b(?:attack|raid)(?:s|ed)?\b",
    r"(?<![\w.,])(\d{1,3}(?:[ ,.]\d{3})+|\d+)(?![\w]|[.,]\d)",
    r"(?:(?<=\s)|^)x+|\by",
    r"(?=a)\w+",
    r"x*",
    r"(a)|\1b",
    (r"^(#{1,6})\s", re.M),
    (r"^[ \t]*(\d{1,3})\s*/", re.M),
    (r"a.b|\bc", re.S),
])
def test_rewritten_patterns(pattern):
    pattern, flags = pattern if isinstance(pattern, tuple) else (pattern, 0)
    fast, std = fastre.compile(pattern, flags), re.compile(pattern, flags)
    assert fast.pattern == pattern
    for t in TEXTS + [_noise(i) for i in range(5)] + ["xx y aaa", " x\ny"]:
        _same(fast, std, t)


def test_flags_and_bytes_use_the_standard_compilation():
    assert fastre.compile("ab", re.I).search("xAB").span() == (1, 3)
    assert fastre.compile(b"\\bab").search(b"x ab").span() == (2, 4)
    assert fastre.search(r"(?i)\bab", "x AB").span() == (2, 4)


# -- literal gates of inline calls --------------------------------------------------------------

@pytest.mark.parametrize("pattern, lits", [
    (r"\b(?:belonged to|the work of)\b", {"belonged to", "the work of"}),
    (r"(?<!not )\bclaimed\b", {"claimed"}),                     # a look-behind requires nothing
    (r"\b(?:was|were)\s+(?:\w+\s+)?killed$", {"killed"}),      # the longest required run is kept
    (r"(?:the )?raid", {"raid"}),                               # an optional group requires nothing
    (r"(?:ab)+c", {"ab"}),                                      # a repetition made at least once
    (r"\b(?:a|bcd)\b", None),                                   # a one-letter alternative: no gate
    (r"(?i)\bambush", None),                                    # case-insensitive: no gate
    (r"(?i:ambush) of", {" of"}),                               # a case-insensitive group requires nothing
    (r"[a-z]+\d", None),
    (r"(a)|\1b", None),
])
def test_gate_literals(pattern, lits):
    got = fastre._gate(pattern)
    assert (set(got) if got is not None else None) == lits


INLINE = [r"\b(?:belonged to|the work of|o(?:e)?uvre d[eu']?)\b", r"(?<!not )\bclaimed\b", r"(?:the )?raid",
          r"\b(?:was|were)\s+(?:\w+\s+)?killed\s*$", r"^\s*(?:said|told)\b", r"\bjnim\b|\bisgs\b",
          r"(?:ab)+c", r"\b(?:au lendemain (?:des faits|de l'attaque)|le lendemain|the next day)\b"]
INLINE_TEXTS = TEXTS + ["they belonged to it", "l'oeuvre du groupe", "not claimed", "a claimed x", "the raid",
                        "was later killed", "they were killed  ", " said so", "JNIM jnim", "xxababc", "abac",
                        "le lendemain", "au lendemain des faits", "the next day", "the next", ""]


@pytest.mark.parametrize("pattern", INLINE)
def test_gated_inline_calls_answer_as_re_does(pattern):
    for t in INLINE_TEXTS + [_noise(i) for i in range(3)]:
        for meth in ("search", "match", "fullmatch"):
            x, y = getattr(fastre, meth)(pattern, t), getattr(re, meth)(pattern, t)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (pattern, meth, t)
        assert [m.span() for m in fastre.finditer(pattern, t)] == [m.span() for m in re.finditer(pattern, t)]
        assert fastre.findall(pattern, t) == re.findall(pattern, t)


def test_gated_inline_calls_on_module_patterns():
    # the extractor's own patterns used inline, with texts that hold and that lack their literals
    for p, flags in _module_patterns():
        if flags:
            continue
        lits = fastre._gate(p) or ()
        texts = TEXTS + [" ".join(lits), " ".join(x[:-1] for x in lits)]
        for t in texts:
            x, y = fastre.search(p, t), re.search(p, t)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (p, t)
            assert fastre.findall(p, t) == re.findall(p, t)
