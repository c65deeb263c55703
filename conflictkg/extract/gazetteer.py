"""Names of the region pack found in text: token n-grams against the resolver's names.

The index is built once per load from the resolver's entities (every name and alias of the pack
and of curated files), with the same normalisation as the resolver (accents, case and
punctuation ignored), so "Soumaïla Cissé", "SOUMAILA CISSE" and "Soumaila Cisse" are one key.
Single-word names must be capitalised in the text ("Gao", not "gao"); typos are tolerated on
capitalised runs through the resolver's own typo rule (verified entities only).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..graph.resolver import Resolver, edit_distance, normalize, typo_limit
from . import lexicon as L

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_ELISION = re.compile(r"^(l|d|qu|jusqu|lorsqu|puisqu|s|c|j|m|t)'(?=[a-z0-9])")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    key: str        # folded, apostrophes removed
    cap: bool       # first letter upper case in the original
    upper: bool     # all upper case (an acronym), or mixed case like "FAMa"
    text: str       # original text


def tokenize(orig: str, folded: str, start: int, end: int) -> list[Token]:
    out = []
    append = out.append
    # the words and, for each, the first place it occurs from the end of the previous one: the
    # characters between two tokens hold no letter or digit, so that place is the token's start
    # (one ``findall`` and one ``str.find`` a token are cheaper than a match object each)
    find = folded.find
    b = start
    for w in TOKEN.findall(folded, start, end):
        a = find(w, b)
        b = a + len(w)
        if "'" in w:
            e = _ELISION.match(w)
            if e:
                pa = a + e.end(1)
                append(_tok(orig, a, pa, w[:e.end(1)]))
                a, w = pa + 1, w[e.end(1) + 1:]
            if w.endswith("'s"):
                append(_tok(orig, a, b - 2, w[:-2].replace("'", "")))
                append(_tok(orig, b - 2, b, "s"))
                continue
            w = w.replace("'", "")
            append(_tok(orig, a, b, w))
            continue
        c0 = orig[a]
        if c0.islower():   # most words; any other first character takes the full test below
            append(Token(a, b, w, False, False, orig[a:b]))
            continue
        t = orig[a:b]
        if c0.isalpha():
            if c0.isupper():
                rest = t[1:]
                append(Token(a, b, w, True, rest != rest.lower() and not t.istitle() and not _SURNAME_CASE.match(t), t))
            else:
                append(Token(a, b, w, False, False, t))
        else:
            append(_tok(orig, a, b, w))
    return out


# "McGowan", "MacDonald", "DeLuca": a surname's own capitals, title case for our purposes, not an acronym
_SURNAME_CASE = re.compile(r"(?:Mc|Mac|De|Di|Le|La|Van)[A-Z][a-z]{2,}$")


def _tok(orig: str, a: int, b: int, w: str) -> Token:
    t = orig[a:b]
    c0 = t[0] if t else ""
    if c0.isalpha():
        if not c0.isupper():
            return Token(a, b, w, False, False, t)
        rest = t[1:]
        # an acronym or mixed case ("FAMa"): another upper-case letter, not a title-cased word
        return Token(a, b, w, True, rest != rest.lower() and not t.istitle() and not _SURNAME_CASE.match(t), t)
    letters = [c for c in t if c.isalpha()]
    cap = bool(letters) and letters[0].isupper()
    upper = cap and len(t) >= 2 and not t.istitle() and sum(map(str.isupper, t)) >= 2
    return Token(a, b, w, cap, upper, t)


def name_keys(name: str) -> list[tuple]:
    """Index keys of a name, tokenised exactly as running text is ("l'islam" → l, islam;
    "Mali's" → mali, s), plus the resolver's own key (apostrophes dropped) for safety."""
    return list(_name_keys(name))


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> tuple:
    # a pure function of the name, asked again and again for the same few names (the pack forms of
    # an ethnic militia, "Mali") while a report is read: each reading folds, tokenises and normalises
    from .text import fold

    f = fold(name)
    toks = tokenize(name, f, 0, len(name))
    keys = []
    k1 = tuple(t.key for t in toks if t.key)
    if k1:
        keys.append(k1)
    k2 = tuple(normalize(name).split())
    if k2 and k2 != k1:
        keys.append(k2)
    return tuple(keys)


# Tamasheq place names begin with "In" / "Tin" ("the place of"), written "I-n-Tamede", "In-Tamede",
# "In Tamede", "Ti-n-Zaouaten", "Tin Zaouaten": the pack's spelling also answers to the others
_IN_PREFIX = re.compile(r"^(?:(i)-?n|(ti)-?n)[- ]+(?=\w)", re.I)


def _prefix_variants(name: str) -> list[tuple]:
    m = _IN_PREFIX.match(name)
    if not m:
        return []
    from .text import fold

    rest = tuple(TOKEN.findall(fold(name[m.end():]).replace("'", "")))
    if not rest:
        return []
    head = "i" if m.group(1) else "ti"
    return [k for k in ((head + "n",) + rest, (head, "n") + rest) if k]


def _spelling_key(name: str) -> str:
    k = normalize(name).replace(" ", "").replace("-", "").replace("y", "i")
    k = re.sub(r"(.)\1+", r"\1", k)
    return re.sub(r"(?<=[aeiou])h$", "", k)


@dataclass
class EntityInfo:
    id: str
    label: str | None
    cls: str | None
    name: str
    verified: bool
    parents: set = field(default_factory=set)


@dataclass
class Match:
    i: int            # first token index
    j: int            # one past the last token
    ids: set
    method: str       # exact | typo | extra


class Gazetteer:
    """All the names a resolver knows, indexed by token sequences."""

    def __init__(self, resolver: Resolver, extra: dict[str, list[str]] | None = None):
        self.resolver = resolver
        self.index: dict[tuple, set] = defaultdict(set)
        self.lengths: dict[str, set] = defaultdict(set)   # first token -> n-gram lengths
        self.info: dict[str, EntityInfo] = {}
        self.case_sensitive: dict[tuple, str] = {}        # short ambiguous forms that must match exactly
        self.cap_first: set[tuple] = set()                # spelling variants whose first word must be capitalised
        for e in resolver.entities.values():
            if not e.names and not e.name:
                continue
            if (e.label or "") not in ("Actor", "Place"):
                continue  # events and sources have names too, but text never names them as entities
            cid = resolver.canonical(e.id)
            self.info[e.id] = EntityInfo(cid, e.label, e.cls, e.name or sorted(e.names)[0], e.verified, set(e.parents))
            for n in e.names | ({e.name} if e.name else set()):
                self._add(n, cid)
        for eid, forms in (extra or {}).items():
            if eid not in resolver.entities:
                continue
            for f in forms:
                for key in name_keys(f):
                    self.case_sensitive[key] = f
                self._add(f, resolver.canonical(eid))
        self._surnames: dict[str, set] | None = None
        self._spellings: dict | None = None
        self._nation_cache: dict = {}
        self._typo_cache: dict = {}
        self._sorted_lengths: dict = {}
        self._ancestors: dict = {}
        self._settlement_named: dict = {}
        self._typo_index = None
        self._exact_keys = set(resolver._index)

    def _add(self, name: str, eid: str) -> None:
        own = name_keys(name)
        for key in own:
            self.index[key].add(eid)
            self.lengths[key[0]].add(len(key))
        for key in _prefix_variants(name):
            if key in own:
                continue
            self.index[key].add(eid)
            self.lengths[key[0]].add(len(key))
            self.cap_first.add(key)

    # -- entity facts ------------------------------------------------------------------------
    def label(self, eid: str) -> str | None:
        i = self.info.get(eid)
        if i and i.label:
            return i.label
        return eid.split(":", 1)[0].capitalize() if ":" in eid else None

    def cls(self, eid: str) -> str | None:
        i = self.info.get(eid)
        return i.cls if i else None

    def name(self, eid: str) -> str:
        return self.resolver.name_of(eid)

    def ancestors(self, eid: str) -> set:
        a = self._ancestors.get(eid)
        if a is None:
            a = self._ancestors[eid] = frozenset(self.resolver.ancestors(eid))
        return a

    def name_is_settlement(self, eid: str) -> bool:
        """Whether a settlement answers to the name of ``eid`` (pack data: read once per entity)."""
        hit = self._settlement_named.get(eid)
        if hit is None:
            hit = self._settlement_named[eid] = any(
                self.cls(x) == "Settlement" for x in self.resolver.lookup(self.name(eid), fuzzy=False)[0])
        return hit

    def branches(self, eid: str) -> dict[str, set]:
        """{branch id: its countries} of the actors a pack makes part of ``eid`` (ISGS and ISWAP of
        the Islamic State); {} for most actors. Built once for all actors."""
        br = getattr(self, "_branches", None)
        if br is None:
            br = self._branches = {}
            for e in self.resolver.entities.values():
                for parent in e.part_of:
                    br.setdefault(self.resolver.canonical(parent), {})[self.resolver.canonical(e.id)] = set(e.countries)
        return br.get(eid, {})

    def countries(self, eid: str) -> set:
        """The countries a pack says actor ``eid`` is active in (empty when it says none)."""
        e = self.resolver.entities.get(eid)
        return e.countries if e is not None else set()

    def country_of(self, eid: str) -> str | None:
        """ISO code of the country a pack place lies in (``place:ml/...`` → ``ML``)."""
        if eid.startswith("place:"):
            head = eid.split(":", 1)[1].split("/", 1)[0]
            if len(head) == 2:
                return head.upper()
        return None

    # -- matching ------------------------------------------------------------------------------
    def starts(self, key: str):
        """Lengths (longest first) of the names whose first token is ``key``, or None."""
        lens = self._sorted_lengths.get(key)
        if lens is None:
            ls = self.lengths.get(key)
            lens = self._sorted_lengths[key] = tuple(sorted(ls, reverse=True)) if ls else ()
        return lens

    def match(self, toks: list[Token], i: int, sentence_start: int, max_n: int = 99, keys: list | None = None) -> Match | None:
        """The longest name starting at token ``i`` (at most ``max_n`` tokens)."""
        first = toks[i].key
        lens = self.starts(first)
        if not lens:
            return None
        total = len(toks)
        index = self.index
        for n in lens:
            if i + n > total or n > max_n:
                continue
            if n == 1:
                key = (first,)
            elif keys is not None:
                key = tuple(keys[i:i + n])
            else:
                key = tuple([t.key for t in toks[i:i + n]])
            ids = index.get(key)
            if not ids:
                continue
            seq = toks[i:i + n]
            if not self._case_ok(key, seq, i == sentence_start):
                continue
            return Match(i, i + n, set(ids), "exact")
        return None

    def _case_ok(self, key: tuple, seq: list[Token], initial: bool) -> bool:
        if key in self.cap_first and not seq[0].cap:
            return False    # "in Tamede" is a preposition and a name, "In-Tamede" the name
        if key in self.case_sensitive:
            form = self.case_sensitive[key]
            return " ".join(t.text for t in seq).replace(" ", "") == form.replace(" ", "").replace("-", "")
        if len(seq) == 1:
            t = seq[0]
            if not (t.cap or t.upper):
                return False
            if t.key in L.NOT_NAMES:
                return False
            return True
        # multi-word names: at least one capitalised word, or a lower-case descriptive alias
        # ("armée malienne", "soldats maliens") of two or more words
        return True

    def typo(self, text: str) -> tuple:
        """Verified entities within the resolver's typo distance of a capitalised run (the
        resolver's rule: short names take no typo, long ones one or two edits)."""
        hit = self._typo_cache.get(text)
        if hit is None:
            hit = self._typo_cache[text] = self._typo(text)
            if len(self._typo_cache) > 50000:
                self._typo_cache.clear()
        return hit

    def _typo(self, text: str) -> tuple:
        key = normalize(text)
        if len(key.replace(" ", "")) < 7 or key in self._exact_keys:
            return ()
        limit = typo_limit(key)
        if not limit:
            return ()
        if self._typo_index is None:
            idx: dict = defaultdict(list)
            for k, ids in self.resolver._index.items():
                vids = {i for i in ids if self.resolver.entities[i].verified and self.label(i) in ("Actor", "Place")}
                if vids:
                    idx[(k[0], len(k))].append((k, vids))
            self._typo_index = idx
        best: dict[int, set] = defaultdict(set)
        for L_ in range(len(key) - limit, len(key) + limit + 1):
            for k, ids in self._typo_index.get((key[0], L_), ()):
                d = edit_distance(key, k, limit)
                if d <= limit:
                    best[d] |= ids
        for d in sorted(best):
            return tuple(sorted(self.resolver.canonical(i) for i in best[d]))
        return ()

    # -- spellings ---------------------------------------------------------------------------------
    def spelling(self, name: str) -> str | None:
        """The one verified pack place a name spells differently, by the variations of transliterated
        Sahel names: doubled letters, a final "h", "y" for "i" ("Dala" → Dallah, "Kona" → Konna,
        "Gourty" → Gourti); None when no place or several places answer."""
        key = _spelling_key(name)
        if len(key) < 4:
            return None
        if self._spellings is None:
            sp: dict = defaultdict(set)
            for eid, i in self.info.items():
                if i.label == "Place" and i.verified and i.cls == "Settlement":
                    for n in self.resolver.entities[eid].names | {i.name}:
                        sp[_spelling_key(n)].add(i.id)
            self._spellings = dict(sp)
        ids = self._spellings.get(key, ())
        return next(iter(ids)) if len(ids) == 1 else None

    # -- people --------------------------------------------------------------------------------
    def surnames(self) -> dict[str, set]:
        """Last names of the pack's people ("Cissé" → Soumaila Cissé), for repeated mentions."""
        if self._surnames is None:
            s: dict[str, set] = defaultdict(set)
            for eid, i in self.info.items():
                if i.cls == "Person":
                    for n in self.resolver.entities[eid].names:
                        parts = normalize(n).split()
                        if len(parts) >= 2:
                            s[parts[-1]].add(i.id)
                            if len(parts) >= 3 and parts[-2] in ("al", "el", "ag", "ben", "ould", "abu", "abou"):
                                s[" ".join(parts[-2:])].add(i.id)
            self._surnames = dict(s)
        return self._surnames

    # -- states --------------------------------------------------------------------------------
    def national(self, country: str, what: str) -> str | None:
        """The pack's armed forces (``what='army'``) or government of a country, found through
        its usual names ("Malian army", "Government of Mali"), or None."""
        key = (country, what)
        if key in self._nation_cache:
            return self._nation_cache[key]
        cname = L.COUNTRY_NAMES.get(country, (None, []))[0]
        adjs = [a for a in L.NATIONALITIES.get(country, []) if "'" not in a]
        if what == "police":
            forms = [f"{a} police" for a in adjs] + [f"police {a}" for a in adjs]
            if cname:
                forms += [f"{a} national police" for a in adjs] + [f"police forces of {cname}"]
            want = {"StateForce"}
        elif what == "gendarmerie":
            forms = [f"{a} gendarmes" for a in adjs] + [f"gendarmerie nationale {a}" for a in adjs] + [f"{a} gendarmerie" for a in adjs] \
                + [f"{a} national gendarmerie" for a in adjs]
            want = {"StateForce"}
        elif what == "army":
            forms = [f"{a} army" for a in adjs] + [f"{a} armed forces" for a in adjs] + [f"armee {a}" for a in adjs]
            forms += [f"{a} soldiers" for a in adjs] + [f"{a} forces" for a in adjs]
            if cname:
                forms += [f"armed forces of {cname}", f"{cname} armed forces"]
            want = {"StateForce"}
        if what == "government":
            forms = [f"{a} government" for a in adjs] + [f"gouvernement {a}" for a in adjs]
            if cname:
                forms += [f"government of {cname}"]
            want = {"Government"}
        found = None
        for f in forms:
            ids = set()
            for k in name_keys(f):
                ids |= self.index.get(k, set())
            ids = {i for i in ids or () if self.cls(i) in want}
            if len(ids) == 1:
                found = next(iter(ids))
                break
        self._nation_cache[key] = found
        return found

    def government_country(self, eid: str) -> str | None:
        """The country whose government ``eid`` is (as :meth:`national` finds it), or None."""
        return next((cc for cc in L.COUNTRY_NAMES if self.national(cc, "government") == eid), None)

    @lru_cache(maxsize=None)
    def capital(self, country: str) -> str | None:
        """The pack settlement that is a country's capital (``lexicon.CAPITALS``), if the pack has it once."""
        names = [k for k, cc in L.CAPITALS.items() if cc == country]
        ids = {i for n in names for k in name_keys(n) for i in self.index.get(k, ()) if self.cls(i) == "Settlement"}
        return next(iter(ids)) if len(ids) == 1 else None

    def country_place(self, country: str) -> str | None:
        cname = L.COUNTRY_NAMES.get(country, (None, []))[0]
        if not cname:
            return None
        ids = {i for k in name_keys(cname) for i in self.index.get(k, ()) if self.cls(i) == "Country"}
        return next(iter(ids)) if len(ids) == 1 else None
