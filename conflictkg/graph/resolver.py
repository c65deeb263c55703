"""Names to canonical entity ids.

Matching is case-, accent- and punctuation-insensitive over every name and alias a region pack
or a curated file gives; small typos are tolerated for long names only ("Timbukutu" → Timbuktu,
never "Nioro" → "Niono"). A name shared by several entities (two Bambas in Mali) is settled by
context — a place named beside it, "Bamba (Bourem)" — or reported as ambiguous with its
candidates, never guessed. Merge/split judgements recorded in the store map merged ids onto one
canonical id; they are data, so the projection can always be rebuilt from them.

Events coded by datasets (ACLED, UCDP rows: a million in a large store) are not held in memory:
their names are generated ("Armed clash, Sebba, 2022-11-22") and text never names them, so they
are found by their id or their dataset's event id ("MLI3661", "acled/MLI3661"), looked up in
the store on demand. Building the resolver of a store thus costs its actors, places, sources and
report events only (at 1M ACLED rows: 36.5 s before, a fraction of a second now).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..errors import ResolutionError
from .statements import ALIAS, Statement, event_name, label_from_id

_APOS = re.compile(r"[’'`´ʼ]")
_NONWORD = re.compile(r"[\W_]+")  # letters of every script are kept (Arabic names too)
_ARTICLES = ("the ", "l ", "la ", "le ", "les ", "al ")
_PAREN = re.compile(r"^\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*$")

#: Id prefixes of events coded by datasets (the loaders' own ids), kept out of memory.
DATASET_EVENT_PREFIXES = ("event:acled/", "event:ucdp/")


def _outside(prefixes) -> str:
    """SQL for subjects outside the ``/``-ended prefixes, as disjoint ranges of the subject index
    ('0' follows '/'): one OR of ranges, which SQLite reads through the index (an AND of ORs made
    it scan the whole table)."""
    bounds = sorted(prefixes)
    ranges, low = [], None
    for p in bounds:
        ranges.append(f"subject < '{p}'" if low is None else f"(subject >= '{low}' AND subject < '{p}')")
        low = p[:-1] + "0"
    ranges.append(f"subject >= '{low}'")
    return "(" + " OR ".join(ranges) + ")"


_OUTSIDE_DATASET_EVENTS = _outside(DATASET_EVENT_PREFIXES)
# a dataset's event id: ACLED's event_id_cnty ("MLI3661"), UCDP's numeric id, either with its
# dataset ("acled/MLI3661"). Anything else (an actor's one-word name) is never looked up in the
# store: an ACLED ingest resolves thousands of names, and a store query for each cost 2.4x the load.
_ID_LIKE = re.compile(r"^(?:(?:acled|ucdp)/)?[A-Za-z]{0,6}\d+$")


def normalize(text: str) -> str:
    """Comparison key: no accents, no case, apostrophes dropped, other punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOS.sub("", text.lower())
    return _NONWORD.sub(" ", text).strip()


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, capped at ``limit + 1`` (computation stops early there)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


def typo_limit(key: str) -> int:
    """How many edits a name of this length tolerates; short names tolerate none."""
    n = len(key.replace(" ", ""))
    if n >= 10:
        return 2
    if n >= 6:
        return 1
    return 0


@dataclass
class Entity:
    id: str
    label: str | None
    cls: str | None = None
    name: str | None = None
    names: set[str] = field(default_factory=set)
    verified: bool = False
    parents: set[str] = field(default_factory=set)
    # curated facts kept for the extractor: the bodies an actor is part of (PART_OF in a pack) and the
    # countries a pack says it is active in ("Islamic State fighters" in a Malian report are ISGS's)
    part_of: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    """``id`` is set when the name resolves to exactly one entity; ``candidates`` otherwise."""

    query: str
    id: str | None
    candidates: list[str]
    method: str  # exact | context | typo | ambiguous | none

    @property
    def ok(self) -> bool:
        return self.id is not None


class Resolver:
    def __init__(self, entities: dict[str, Entity] | None = None, merges: dict[str, str] | None = None,
                 has_subject=None):
        self.entities: dict[str, Entity] = entities or {}
        self.merges = merges or {}
        # ``has_subject(id) -> bool`` asks the store about ids not held in memory (dataset events)
        self._has_subject = has_subject
        self._index: dict[str, set[str]] = defaultdict(set)
        self._by_first: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            self._index_entity(e)

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def from_statements(cls, statements: Iterable[Statement], judgements=(), has_subject=None) -> "Resolver":
        ents: dict[str, Entity] = {}
        occurred: dict[str, set[str]] = defaultdict(set)

        def ent(i: str) -> Entity:
            if i not in ents:
                ents[i] = Entity(i, label_from_id(i))
            return ents[i]

        for st in statements:
            if st.predicate == "name":
                e = ent(st.subject)
                e.names.add(st.value)
                if e.name is None or st.loader in ("pack", "facts"):
                    e.name = e.name if (e.verified and e.name) else st.value
            elif st.predicate == ALIAS:
                ent(st.subject).names.add(st.value)
            elif st.predicate == "class":
                ent(st.subject).cls = st.value
            elif st.predicate == "verified" and st.value == "true":
                ent(st.subject).verified = True
            elif st.predicate == "LOCATED_IN" and st.loader in ("pack", "facts"):
                ent(st.subject).parents.add(st.object)
            elif st.predicate == "PART_OF" and st.loader in ("pack", "facts") and st.object:
                ent(st.subject).part_of.add(st.object)
            elif st.predicate == "countries" and st.loader in ("pack", "facts") and st.value:
                ent(st.subject).countries.add(st.value)
            elif st.predicate == "OCCURRED_AT":
                occurred[st.subject].add(st.object)
        _name_unnamed_events(ents, occurred)
        return cls(ents, canonical_map(judgements), has_subject)

    @classmethod
    def from_store(cls, store_or_tx) -> "Resolver":
        """The resolver of a store (or of an open transaction, which sees its own writes)."""
        where = (f"WHERE (predicate IN ('name', 'alias', 'class', 'verified', 'LOCATED_IN', 'OCCURRED_AT') "
                 f"OR (predicate IN ('PART_OF', 'countries') AND loader IN ('pack', 'facts'))) "
                 f"AND {_OUTSIDE_DATASET_EVENTS}")
        con = getattr(store_or_tx, "con", None)

        def has_subject(i: str) -> bool:
            sql, arg = "SELECT 1 FROM statements WHERE subject = ? LIMIT 1", (i,)
            if con is not None:
                return con.execute(sql, arg).fetchone() is not None
            with store_or_tx.reader() as c:
                return c.execute(sql, arg).fetchone() is not None

        return cls.from_statements(store_or_tx.statements(where, order="+seq"), store_or_tx.judgements(), has_subject)

    def known(self, entity_id: str) -> bool:
        """Whether the store holds statements about ``entity_id`` (in memory, or asked of the store)."""
        return entity_id in self.entities or bool(self._has_subject and self._has_subject(entity_id))

    def detached(self) -> "Resolver":
        """This resolver without its store: for callers that close or delete the store first
        (the store would otherwise be opened again on a dataset-id lookup)."""
        self._has_subject = None
        return self

    def _index_entity(self, e: Entity) -> None:
        for n in e.names:
            key = normalize(n)
            if key:
                self._index[key].add(e.id)
                self._by_first[key[0]].add(key)

    def add(self, e: Entity) -> None:
        self.entities[e.id] = e
        self._index_entity(e)

    # -- hierarchy -------------------------------------------------------------------------------
    def ancestors(self, entity_id: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.entities.get(entity_id, Entity(entity_id, None)).parents)
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(self.entities.get(p, Entity(p, None)).parents)
        return seen

    def canonical(self, entity_id: str) -> str:
        return self.merges.get(entity_id, entity_id)

    def name_of(self, entity_id: str) -> str:
        e = self.entities.get(entity_id)
        return (e.name or sorted(e.names)[0]) if e and (e.name or e.names) else entity_id

    # -- lookup ----------------------------------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = True) -> tuple[set[str], str]:
        """Candidate ids for a bare name (no context handling) and how they were found."""
        key = normalize(name)
        if not key:
            return set(), "none"
        for k in (key, *(key[len(a):] for a in _ARTICLES if key.startswith(a))):
            if k in self._index:
                return set(self._index[k]), "exact"
        found = self._dataset_events(name)
        if found:
            return found, "exact"
        if fuzzy:
            limit = typo_limit(key)
            if limit:
                best: dict[int, set[str]] = defaultdict(set)
                for k in self._by_first.get(key[0], ()):
                    d = edit_distance(key, k, limit)
                    if d <= limit:
                        # only verified (curated) entities absorb typos: no drift between unverified names
                        best[d] |= {i for i in self._index[k] if self.entities[i].verified}
                for d in sorted(best):
                    if best[d]:
                        return best[d], "typo"
        return set(), "none"

    def _dataset_events(self, name: str) -> set[str]:
        """Dataset events named by their id in the dataset ("MLI3661", "acled/MLI3661")."""
        name = name.strip()
        if self._has_subject is None or not _ID_LIKE.match(name):
            return set()
        ids = [f"event:{name}"] if "/" in name else [p + name for p in DATASET_EVENT_PREFIXES]
        return {i for i in ids if i.startswith(DATASET_EVENT_PREFIXES) and self._has_subject(i)}

    def resolve(self, name: str, context: Iterable[str] = (), label: str | None = None,
                container: bool = False, fuzzy: bool = True) -> Resolution:
        """Resolve a name. ``context`` holds other place names near it; ``label`` restricts the
        kind (Actor, Place...); ``container`` prefers the larger of eponymous places (a cercle
        named after its seat) because the name is used as "in X"."""
        context = list(context)
        m = _PAREN.match(name)
        if m and not self.lookup(name, fuzzy=False)[0]:
            name, ctx = m.group(1), m.group(2)
            context.append(ctx)
        ids, method = self.lookup(name, fuzzy=fuzzy)
        ids = {self.canonical(i) for i in ids}
        if label:
            ids = {i for i in ids if self._label(i) == label}
        if not ids:
            return Resolution(name, None, [], "none")
        if len(ids) > 1:
            ids = self._collapse_eponymous(ids, container)
        if len(ids) > 1 and context:
            ctx_ids: set[str] = set()
            for c in context:
                cids, _ = self.lookup(c, fuzzy=fuzzy)
                ctx_ids |= {self.canonical(i) for i in cids}
            kept = {i for i in ids if self.ancestors(i) & ctx_ids}
            if kept:
                kept = self._collapse_eponymous(kept, container)
                if len(kept) == 1:
                    return Resolution(name, kept.pop(), [], "context")
                ids = kept
        if len(ids) == 1:
            return Resolution(name, next(iter(ids)), [], method)
        return Resolution(name, None, sorted(ids), "ambiguous")

    def resolve_or_raise(self, name: str, **kw) -> str:
        """The id of ``name``, or a :class:`ResolutionError` listing candidates."""
        if name in self.entities or (":" in name and label_from_id(name)):
            return self.canonical(name)
        r = self.resolve(name, **kw)
        if r.ok:
            return r.id
        if r.candidates:
            listing = "; ".join(f"{c} ({self.name_of(c)}{self._where(c)})" for c in r.candidates)
            raise ResolutionError(f"{name!r} is ambiguous: {listing}. Use an id or add context, e.g. 'Bamba (Bourem)'.", r.candidates)
        near = self.suggest(name)
        hint = f" Did you mean: {', '.join(near)}?" if near else ""
        raise ResolutionError(f"no entity named {name!r}.{hint}")

    def suggest(self, name: str, n: int = 5) -> list[str]:
        import difflib

        key = normalize(name)
        keys = difflib.get_close_matches(key, list(self._index), n=n, cutoff=0.6)
        out = []
        for k in keys:
            for i in sorted(self._index[k]):
                nm = self.name_of(i)
                if nm not in out:
                    out.append(nm)
        return out[:n]

    def _where(self, entity_id: str) -> str:
        parents = [self.name_of(p) for p in sorted(self.entities.get(entity_id, Entity(entity_id, None)).parents)]
        return f", in {', '.join(parents)}" if parents else ""

    def _label(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        return (e.label if e else None) or label_from_id(entity_id)

    def _collapse_eponymous(self, ids: set[str], container: bool) -> set[str]:
        """A town and the cercle or region named after it are one name for nested places:
        keep the innermost (or the outermost when the name is used as a container)."""
        ids = set(ids)
        nested = {i for i in ids if self.ancestors(i) & ids}  # places that have a namesake above them
        outer = {i for i in ids if any(i in self.ancestors(j) for j in ids)}
        if not nested:
            return ids
        if container:
            tops = {i for i in outer if not (self.ancestors(i) & ids)}
            return (ids - nested - outer) | tops
        inner = {i for i in nested if not any(i in self.ancestors(j) for j in ids)}
        return (ids - nested - outer) | inner


def _name_unnamed_events(ents: dict[str, Entity], occurred: dict[str, set[str]]) -> None:
    """A report names an event by what happened where: the queries show an unnamed event as
    "Attack in Bamba" (``event_name``), so that stand-in must resolve too, or a user cannot ask
    about the event the way the answers name it."""
    for eid, places in occurred.items():
        e = ents.get(eid)
        if e is None or e.names or not e.cls:
            continue
        names = [ents[p].name or min(ents[p].names) for p in places if p in ents and (ents[p].name or ents[p].names)]
        if names:
            e.names.add(event_name(None, eid, e.cls, names))


def canonical_map(judgements) -> dict[str, str]:
    """Union-find over merge judgements, minus pairs a later split judgement separated.

    A split also keeps apart two entities that merges would only join through others (A~C, C~B
    split A/B): the merge that would put them in one cluster is skipped, in judgement order.
    The canonical id of a cluster prefers readable ids (no content hash, not a dataset row id),
    then the shortest, so the choice does not depend on ingest order."""
    parent: dict[str, str] = {}
    splits = set()
    merges = []
    for j in judgements:
        pair = tuple(sorted((j.a, j.b)))
        if j.kind == "split":
            splits.add(pair)
        else:
            merges.append(pair)

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in merges:
        if (a, b) in splits:
            continue
        ra, rb = find(a), find(b)
        if ra != rb:
            if any({find(x), find(y)} == {ra, rb} for x, y in splits):
                continue
            keep, drop = sorted((ra, rb), key=_canon_key)
            parent[drop] = keep
    return {x: find(x) for x in list(parent) if find(x) != x}


def _canon_key(entity_id: str):
    """Readable ids first (not content hashes, not dataset row ids), then shorter, then smaller."""
    hashed = bool(re.search(r"[0-9a-f]{10,}$", entity_id))
    dataset = bool(re.match(r"^[a-z]+:(acled|ucdp)/", entity_id))
    return (hashed, dataset, len(entity_id), entity_id)
