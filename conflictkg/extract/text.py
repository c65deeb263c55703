"""Text plumbing for the extractor: folding with stable offsets, markup, URLs, blocks, sentences.

Every span the extractor reports is a character offset into the *original* text of the report,
so nothing here may change the length of a string: folding (case, accents, typographic quotes)
and markup removal replace characters one for one, and removed markup becomes spaces.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import fastre as re

# -- folding ----------------------------------------------------------------------------------

_PUNCT_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200b": " ", "\ufeff": " ",
    "\u2026": ".",  # an ellipsis is one character: keep it one character
    "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a", "\u00df": "s", "\u0131": "i",
}


@lru_cache(maxsize=None)
def _fold_char(c: str) -> str:
    if c in _PUNCT_MAP:
        return _PUNCT_MAP[c]
    if c.isascii():
        return c.lower()
    d = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in d if not unicodedata.combining(ch))
    if len(base) == 1:
        low = base.lower()
        return low if len(low) == 1 else base
    low = c.lower()
    return low if len(low) == 1 else c


class _FoldTable(dict):
    """``str.translate`` table that folds any character on first sight (one char to one char)."""

    def __missing__(self, code: int) -> str:
        v = _fold_char(chr(code))
        self[code] = v
        return v


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, accent-free, straight-quoted copy of ``text`` with exactly the same length."""
    out = text.translate(_TABLE)
    if len(out) != len(text):  # cannot happen with one-char values; guard offsets anyway
        out = "".join(_fold_char(c)[:1] or " " for c in text)
    return out


def norm_key(text: str) -> str:
    """Comparison key compatible with the resolver's ``normalize``: folded, apostrophes dropped,
    other punctuation as single spaces."""
    t = fold(text).replace("'", "")
    return _NONKEY.sub(" ", t).strip()


_NONKEY = re.compile(r"[^0-9a-z]+")


# -- URLs ---------------------------------------------------------------------------------------

# case-insensitive as written out (re.I would also match "ſ" for "s"), so that the engine can skip
# to an "h" or a "w" instead of trying every position of a long text
URL_RE = re.compile(r"""(?:[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\.)[^\s<>"'\]\)»]+""")
_URL_TRAIL = ".,;:!?)]}'\"»…"
_URL_DATE = [
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?=[-_/.]|$)"),        # /20200320-...
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?=/|$)"),           # /2020/03/20/
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[-_/]|$)"),       # /2020-03-20-
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(?=/)"),                     # /2020/03/ (month)
]


@dataclass
class Url:
    url: str
    start: int
    end: int
    truncated: bool


def find_urls(text: str) -> list[Url]:
    """URLs in ``text`` with their spans. A display copy cut with an ellipsis (the seed's
    ``...">https://www.rfi.fr/fr/ticker...``) is marked ``truncated``."""
    out = []
    low = text.lower()
    if "http" not in low and "www." not in low:
        return out
    for m in URL_RE.finditer(text):
        raw = m.group(0)
        end = m.end()
        truncated = False
        # an ellipsis right after (or inside the end of) the URL means the display text was cut
        tail = text[end:end + 3]
        while raw and raw[-1] in _URL_TRAIL:
            if raw[-1] in ".…":
                trail_dots = len(raw) - len(raw.rstrip(".…"))
                if raw.endswith("…") or trail_dots >= 2:
                    truncated = True
            raw = raw[:-1]
        if tail.startswith("…") or tail.startswith("..."):
            truncated = True
        if len(raw) < 8:
            continue
        if raw.lower().startswith("www."):
            url = "https://" + raw
        else:
            url = raw
        out.append(Url(url, m.start(), m.start() + len(raw), truncated))
    return out


def dedupe_urls(urls: list[Url]) -> list[Url]:
    """Drop truncated display copies of a full URL cited in the same place, and repeats."""
    from ..graph.statements import url_key

    keys = [url_key(u.url).lower() for u in urls]
    kept, seen = [], set()
    for u, k in zip(urls, keys):
        if u.truncated and any(o != k and o.startswith(k) for o in keys):
            continue
        if k in seen:
            continue
        seen.add(k)
        kept.append(u)
    return kept


def url_dates(url: str) -> list[str]:
    """ISO dates (or months) written in a URL path, e.g. ``/fr/20200320-...`` → ``2020-03-20``."""
    out = []
    for rx in _URL_DATE:
        for m in rx.finditer(url):
            g = m.groups()
            try:
                y, mo = int(g[0]), int(g[1])
                if not 1 <= mo <= 12:
                    continue
                if len(g) == 3:
                    d = int(g[2])
                    if not 1 <= d <= 31:
                        continue
                    out.append(f"{y:04d}-{mo:02d}-{d:02d}")
                else:
                    out.append(f"{y:04d}-{mo:02d}")
            except ValueError:
                continue
        if out:
            break
    return out


# -- markup -------------------------------------------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)")
_MD_HEADER = re.compile(r"^(#{1,6})\s", re.M)
_MD_EMPH = re.compile(r"(?<![\w*])(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")
_BROKEN_ATTR = re.compile(r"\">(?=https?://)")  # the seed's  ...">https://...
_THREAD = re.compile(r"^[ \t]*(\d{1,3})\s*/\s*(?:\d{1,3}\b)?[ \t]*(?=\S)", re.M)


def blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def analysis_text(text: str) -> tuple[str, list[Url]]:
    """The text the rules read: same length as ``text``, URLs, markup and thread numbers blanked,
    typographic punctuation straightened. Returns it with the URLs found (full ones first)."""
    # the report loader reads a chunk's URLs and the extractor then reads the same chunk
    last = _LAST_ANALYSIS
    if last and last[0] is text:
        return last[1], list(last[2])
    s, urls = _analysis_text(text)
    _LAST_ANALYSIS[:] = [text, s, urls]
    return s, list(urls)


_LAST_ANALYSIS: list = []   # [text, analysed, urls] of the last call (strings are immutable)


def _analysis_text(text: str) -> tuple[str, list[Url]]:
    urls = find_urls(text)
    spans: list[tuple[int, int]] = []
    blank_span = lambda a, b: spans.append((a, b)) if b > a else None  # noqa: E731

    for m in _MD_LINK.finditer(text):
        blank_span(m.start(), m.start() + 1)       # [
        blank_span(m.end(1), m.end())               # ](url)
    for u in urls:
        blank_span(u.start, u.end)
        # the ellipsis of a cut display URL
        j = u.end
        while j < len(text) and text[j] in ".…":
            j += 1
        blank_span(u.end, j)
    for m in _BROKEN_ATTR.finditer(text):
        blank_span(m.start(), m.end())
    for m in _HTML_TAG.finditer(text):
        blank_span(m.start(), m.end())
    for m in _MD_HEADER.finditer(text):
        blank_span(m.start(), m.end(1))
    for m in _MD_EMPH.finditer(text) if ("*" in text or "__" in text) else ():
        blank_span(m.start(), m.start(2))
        blank_span(m.end(2), m.end())
    for m in _THREAD.finditer(text):
        blank_span(m.start(), m.end())
    # blank the spans (newlines kept, so lines and offsets stay), then straighten punctuation
    parts, pos = [], 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        parts.append(_NOT_NL.sub(" ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    s = "".join(parts)
    if _PUNCT_RX.search(s):
        s = _PUNCT_RX.sub(lambda m: _PUNCT_TABLE[ord(m.group())], s)
    return s, urls


_PUNCT_TABLE = {ord(k): v for k, v in _PUNCT_MAP.items() if len(v) == 1 and not k.isalpha()}
_PUNCT_RX = re.compile("[" + re.escape("".join(chr(k) for k in _PUNCT_TABLE)) + "]")
_NOT_NL = re.compile(r"[^\n]")


# -- front matter -------------------------------------------------------------------------------

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, int, str | None]:
    """``(fields, body_offset, error)`` for an optional YAML front matter block."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0, None
    import yaml

    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        return {}, m.end(), f"front matter is not valid YAML ({getattr(e, 'problem', e)}); ignored"
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping; ignored"
    return data, m.end(), None


# -- blocks and sentences -----------------------------------------------------------------------


@dataclass
class Span:
    start: int
    end: int


def is_thread(text: str) -> bool:
    """Numbered items ``1/ 2/ ...`` at line starts, in order, make a thread."""
    nums = [int(m.group(1)) for m in _THREAD.finditer(text[:20000])]
    return len(nums) >= 2 and nums[0] in (0, 1) and nums[1] == nums[0] + 1


_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*\d{1,3}\s*/)")


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraphs and thread items of ``text[start:end]`` as spans (blank lines or ``N/`` split)."""
    end = len(text) if end is None else end
    out = []
    pos = start
    for m in _BLOCK_SPLIT.finditer(text, start, end):
        if text[pos:m.start()].strip():
            out.append(Span(pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(Span(pos, end))
    return out


_ABBREV = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "gen", "gén", "col", "lt", "sgt", "capt", "cpt",
    "maj", "mr", "mrs", "ms", "prof", "rev", "jr", "sr", "no", "nos", "vs", "etc", "cf", "ex", "jan", "feb",
    "fév", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "déc", "u.s",
    "u.n", "p", "pp", "art", "av", "env", "min", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "fig",
}
_SENT_END = re.compile(r"[.!?…]+[\"')\]»”’]*(?=\s+[\"'«“(\[]?[A-ZÀ-ÖØ-Þ0-9])|[.!?…]+[\"')\]»”’]*(?=\s*$)")


def sentences(text: str, span: Span) -> list[Span]:
    """Sentences of one block: split after . ! ? before a capital (not after abbreviations or
    initials), and at line breaks (headlines, list items)."""
    out = []
    for line in _lines(text, span):
        pos = line.start
        for m in _SENT_END.finditer(text, line.start, line.end):
            if text[m.start()] == "." and _is_abbrev(text, m.start(), line.start):
                continue
            e = m.end()
            if text[pos:e].strip():
                out.append(_trim(text, pos, e))
            pos = e
        if text[pos:line.end].strip():
            out.append(_trim(text, pos, line.end))
    return out


_NEXT_CHARS = re.compile(r"\s*(\S[\s\S]?)?")


def _lines(text: str, span: Span) -> list[Span]:
    """Split a block at line breaks that end a line without sentence punctuation only when the
    next line starts a new unit (headline, list item); wrapped prose lines stay together."""
    out = []
    pos = span.start
    nl = text.find("\n", span.start, span.end)
    while nl >= 0:
        prev = text[max(pos, nl - 64):nl].rstrip()
        if not prev and nl - 64 > pos:
            prev = text[pos:nl].rstrip()
        mn = _NEXT_CHARS.match(text, nl + 1, span.end)
        nxt = (mn.group(1) or "") if mn else ""
        headline = prev and prev[-1] not in ".,;:!?)\"'»”" and (not nxt[:1].islower())
        bullet = bool(re.match(r"[-*•]\s", nxt))
        if prev and (headline or bullet or prev[-1] in ".!?\"»”"):
            out.append(Span(pos, nl))
            pos = nl + 1
        nl = text.find("\n", nl + 1, span.end)
    out.append(Span(pos, span.end))
    return [s for s in out if text[s.start:s.end].strip()]


def _is_abbrev(text: str, dot: int, floor: int) -> bool:
    j = dot
    while j > floor and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return word in _ABBREV


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


# -- language ----------------------------------------------------------------------------------

_FR = set("le la les des du de et est une un dans pour par sur qui que au aux ont été avec selon ce cette son ses".split())
_EN = set("the and of is was were in to by for on that with from has have had their its an at which after".split())


def detect_language(text: str) -> str:
    """``fr`` or ``en`` from function-word counts (the loader's languages)."""
    words = re.findall(r"[a-zà-ÿ]+", text[:50000].lower())
    fr = sum(1 for w in words if w in _FR)
    en = sum(1 for w in words if w in _EN)
    return "fr" if fr > en else "en"
