"""The query registry, the small Cypher dialect layer, and what every named query shares.

A named query is a :class:`Query`: its parameters (which the CLI turns into arguments and
options), its help and example, its Cypher texts, and a function that runs them on a backend.
A backend is anything with ``run(cypher, params) -> Result(columns, rows)`` and a ``dialect``
attribute (``"lbug"`` for the embedded engine, the default when absent, or ``"neo4j"``).

Cypher is written once. Two markers make the text portable:

- ``@type(r)`` is the type of relationship ``r``: ``label(r)`` in LadybugDB, ``type(r)`` in Neo4j.
- ``[[name: text]]`` is an optional clause, kept only when the parameter ``name`` is given.
  LadybugDB cannot type a null parameter (``$since IS NULL`` fails when ``since`` is None), so
  optional filters are dropped from the text instead of being switched off by a null.
- ``[[&PREFIX | name: predicate | name: predicate]]`` is PREFIX followed by the predicates whose
  parameter is given, joined by AND; nothing at all when none is. It puts optional filters on
  events in a ``WITH ... WHERE`` after the first MATCH: LadybugDB plans a predicate on an event in
  the first MATCH as a scan of the whole event table (measured: 1 s instead of 2 ms at 1M events),
  whereas after the WITH it is checked only on the events the anchor (an actor, places) reaches.

Labels and relationship types are interpolated from the ontology constants when the text is
defined (and checked against the ontology by the tests); values only ever travel as parameters.
Node labels are never read back from the engine (Neo4j gives a node two labels, LadybugDB one):
the label of a node is derived from its id prefix.
"""
from __future__ import annotations

import gc
import math
import re
from datetime import date, timedelta
from dataclasses import dataclass, field
from typing import Any, Callable

from ..dates import parse_partial
from ..errors import ConflictKGError, ResolutionError
from ..graph.resolver import Entity
from ..graph.statements import event_name, label_from_id, month_ids  # noqa: F401  (event_name: queries import it from here)
from ..ontology import terms as T
from ..ontology.model import ONTOLOGY

DIALECTS = ("lbug", "neo4j")
_OPTIONAL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
_GROUP = re.compile(r"\[\[&(.*?)\]\]", re.S)
_TYPE = re.compile(r"@type\((\w+)\)")
_PARAM = re.compile(r"\$(\w+)")


class QueryError(ConflictKGError):
    """A query called with arguments it cannot use (bad date, unknown level, wrong kind of entity)."""


def render(template: str, dialect: str = "lbug", present=None) -> str:
    """The Cypher text of ``template`` for ``dialect``, with the optional clauses whose parameter
    is in ``present`` (all of them when ``present`` is None)."""
    if dialect not in DIALECTS:
        raise QueryError(f"unknown Cypher dialect {dialect!r} (known: {', '.join(DIALECTS)})")

    def opt(m):
        return m.group(2) if present is None or m.group(1) in present else ""

    def group(m):
        prefix, *parts = m.group(1).split("|")
        kept = []
        for part in parts:
            name, _, pred = part.partition(":")
            if present is None or name.strip() in present:
                kept.append(pred.strip())
        return f"{prefix.strip()} {' AND '.join(kept)}" if kept else ""

    text = _GROUP.sub(group, template)
    text = _OPTIONAL.sub(opt, text)
    fn = "label" if dialect == "lbug" else "type"
    text = _TYPE.sub(lambda m: f"{fn}({m.group(1)})", text)
    return " ".join(text.split())


def param_names(text: str) -> set[str]:
    return set(_PARAM.findall(text))


@dataclass(frozen=True)
class Param:
    """One argument of a named query. ``entity`` is the label a name is resolved to ("Actor",
    "Event", "Place"), or "any"; ``kind`` is str, int, date, flag, choice or list."""

    name: str
    help: str = ""
    kind: str = "str"
    default: Any = None
    required: bool = False
    argument: bool = False
    entity: str | None = None
    choices: tuple = ()
    metavar: str | None = None

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass
class QueryResult:
    """Rows of a named query. ``notes`` explain the answer (what was resolved to what, what was
    filtered, where sources disagree); ``hidden`` columns (ids) are left out of text tables."""

    columns: list[str]
    rows: list[list]
    notes: list[str] = field(default_factory=list)
    hidden: tuple[str, ...] = ()
    # the entities the query was asked about (JNIM in "timeline JNIM"): an answer's rows need not
    # hold their ids, and an export of the answer must still draw them
    about: list[str] = field(default_factory=list)
    # the note saying the rows stop at a cap (--limit), when they do: a picture drawn from the
    # rows must say it shows part of the answer
    capped: str | None = None

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def table_view(self) -> tuple[list[str], list[list]]:
        keep = [i for i, c in enumerate(self.columns) if c not in self.hidden]
        return [self.columns[i] for i in keep], [[r[i] for i in keep] for r in self.rows]


@dataclass
class Query:
    name: str
    help: str
    examples: tuple[str, ...]
    params: tuple[Param, ...]
    cypher: dict[str, str]
    fn: Callable

    def texts(self, dialect: str = "lbug", present=None) -> dict[str, str]:
        """Every Cypher text of the query for ``dialect`` (all optional clauses by default)."""
        return {k: render(v, dialect, present) for k, v in self.cypher.items()}

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


QUERIES: dict[str, Query] = {}


def register(name: str, help: str, examples, params, cypher: dict[str, str]):
    """Decorator: add ``fn(ctx, **args) -> QueryResult`` to :data:`QUERIES` under ``name``."""

    def deco(fn):
        QUERIES[name] = Query(name, help, tuple(examples), tuple(params), dict(cypher), fn)
        return fn

    return deco


# Shared lookups (sources, names), used by every query to name its evidence.
SHARED_CYPHER = {
    "sources": (f"UNWIND $ids AS i MATCH (s:{T.Source} {{id: i}}) "
                "RETURN s.id AS id, s.name AS name, s.title AS title, s.url AS url, s.publisher AS publisher, "
                "s.published AS published, s.reliability AS reliability, s.kind AS kind"),
    **{f"names_{label}": (f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) "
                          "RETURN n.id AS id, n.name AS name, n.class AS class")
       for label in (T.Actor, T.Place, T.Source)},
    # an event's places too: an unnamed event is called "Attack in Bamba" here as in timeline and exports
    f"names_{T.Event}": (f"UNWIND $ids AS i MATCH (n:{T.Event} {{id: i}}) "
                         f"OPTIONAL MATCH (n)-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
                         "RETURN n.id AS id, n.name AS name, n.class AS class, collect(p.name) AS places"),
    # the dates events start on, first and last: column scans (DATE columns in LadybugDB)
    "date_span": f"MATCH (e:{T.Event}) RETURN min(e.start_date) AS first, max(e.start_date) AS last",
    # LadybugDB joins an UNWIND list to a node table by scanning the whole table: fine for actors,
    # places and sources, a full scan for events (1M rows). Events are looked up one id at a time.
    "name_Event": (f"MATCH (n:{T.Event} {{id: $id}}) OPTIONAL MATCH (n)-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
                   "RETURN n.id AS id, n.name AS name, n.class AS class, collect(p.name) AS places"),
    # events that share a name, ranked by Ctx.pick_event (one id at a time: see name_Event)
    # aliases too: a fused event named after its class keeps the dataset's name as an alias
    "events_named": f"UNWIND $names AS x MATCH (n:{T.Event}) WHERE n.name = x OR x IN n.aliases RETURN n.id AS id",
    "rank_Event": (f"MATCH (n:{T.Event} {{id: $id}}) RETURN n.id AS id, size(n.sources) AS n_sources, "
                   "coalesce(n.end_date, n.start_date) AS last"),
    "rank_Events": (f"UNWIND $ids AS i MATCH (n:{T.Event} {{id: i}}) RETURN n.id AS id, size(n.sources) AS n_sources, "
                    "coalesce(n.end_date, n.start_date) AS last"),
}
_NO_ENTITY = Entity("", None)

#: Above this many ids, one scan (UNWIND) beats one index lookup per id.
EACH_MAX = 64


def run(name: str, backend, resolver, **args) -> QueryResult:
    """Run the named query on ``backend`` (embedded Engine or a Neo4j backend).

    ``args`` are the query's parameters by name (see ``QUERIES[name].params``); names of actors,
    events and places are resolved through ``resolver`` and raise ``ResolutionError`` (with the
    candidates) when unknown or ambiguous."""
    q = QUERIES.get(name)
    if q is None:
        raise QueryError(f"no query named {name!r} (known: {', '.join(sorted(QUERIES))})")
    known = {p.name for p in q.params} | {"judgements"}
    extra = set(args) - known
    if extra:
        raise QueryError(f"query {name!r} takes no argument {', '.join(sorted(extra))} "
                         f"(it takes: {', '.join(p.name for p in q.params)})")
    values = {}
    for p in q.params:
        v = args.get(p.name, p.default)
        if p.kind == "flag":
            v = bool(v)
        elif v is not None and p.kind == "int":
            try:
                v = int(v)
            except (TypeError, ValueError):
                raise QueryError(f"{p.option} must be a whole number, not {v!r}") from None
            if v < 0:
                raise QueryError(f"{p.option} must not be negative")
        elif v is not None and p.kind == "date":
            v = str(v)
            try:
                parse_partial(v)
            except ValueError as e:
                raise QueryError(f"{p.option}: {e} (use an ISO date or prefix: 2020, 2020-03, 2020-03-20)") from None
        elif v is not None and p.kind == "choice" and v not in p.choices:
            raise QueryError(f"{p.option} must be one of {', '.join(p.choices)}, not {v!r}")
        elif p.kind == "list":
            v = [v] if isinstance(v, str) else v
            v = [x for item in (v or []) for x in str(item).replace(",", " ").split()]
        values[p.name] = v
    since, until = values.get("since"), values.get("until")
    if since and until and day_bounds(since)[0] > day_bounds(until)[1]:
        # swapped ends: an empty answer would read as "nothing happened then"
        raise QueryError(f"--since {since} is after --until {until}")
    ctx = Ctx(backend, resolver, q, judgements=args.get("judgements"))
    # A query makes tens of thousands of short-lived rows, and the caller's heap may hold millions
    # of long-lived objects (a resolver built from a 1M-row store): a full collection triggered
    # mid-query walked all of them (channels at 1M rows: 1.5 s on its first run, 0.34 s after).
    # Query code makes no reference cycles that must be freed before it returns.
    enabled = gc.isenabled()
    gc.disable()
    try:
        res = q.fn(ctx, **values)
        res.notes[:0] = ctx.notes  # how a name was read comes before what was found
        res.about = list(dict.fromkeys(res.about + ctx.resolved))
        return res
    finally:
        if enabled:
            gc.enable()


class Ctx:
    """One run of one query: the backend and its dialect, the resolver, cached lookups."""

    def __init__(self, backend, resolver, query: Query | None = None, judgements=None):
        self.backend = backend
        self.dialect = getattr(backend, "dialect", None) or "lbug"
        self.resolver = resolver
        self.query = query
        self.judgements = judgements
        self._sources: dict[str, dict] = {}
        self._names: dict[str, dict] = {}
        self._labels: dict[tuple, list[str]] = {}
        self.notes: list[str] = []  # how names were read (a corrected typo, a choice among namesakes)
        self.resolved: list[str] = []  # the ids the query's names were read as (QueryResult.about)

    # -- Cypher ------------------------------------------------------------------------------------
    def cy(self, part: str, **params) -> list[dict]:
        """Run one Cypher text of the query (or a shared lookup) and return records."""
        template = (self.query.cypher.get(part) if self.query else None) or SHARED_CYPHER[part]
        present = {k for k, v in params.items() if v is not None}
        text = render(template, self.dialect, present)
        used = param_names(text)
        res = self.backend.run(text, {k: v for k, v in params.items() if k in used and v is not None})
        return [dict(zip(res.columns, row)) for row in res.rows]

    def cy_rows(self, part: str, **params) -> list[list]:
        """Like :meth:`cy`, but rows as lists in the order of the RETURN clause: for results of
        tens of thousands of rows, where a dict per row costs more than reading it."""
        template = (self.query.cypher.get(part) if self.query else None) or SHARED_CYPHER[part]
        present = {k for k, v in params.items() if v is not None}
        text = render(template, self.dialect, present)
        used = param_names(text)
        run = getattr(self.backend, "run_rows", None) or self.backend.run  # the embedded engine reads columns
        return run(text, {k: v for k, v in params.items() if k in used and v is not None}).rows

    def cy_each(self, part: str, ids, **params) -> list[dict]:
        """Run a single-id query (``$id``) once per id: index lookups, for a few events."""
        out: list[dict] = []
        for i in ids:
            out += self.cy(part, id=i, **params)
        return out

    def date_span(self) -> tuple[date, date] | None:
        """First and last start date of any event (cached for the run)."""
        if not hasattr(self, "_span"):
            r = self.cy("date_span")
            self._span = ((date.fromisoformat(r[0]["first"]), date.fromisoformat(r[0]["last"]))
                          if r and r[0]["first"] and r[0]["last"] else None)
        return self._span

    # -- names -----------------------------------------------------------------------------------
    def resolve(self, name: str, label: str | None = None, container: bool = False, what: str = "") -> str:
        """The id of ``name`` (an id or a name, alias, French form), checked to be a ``label``
        node that exists in the graph. A name several events share is settled by
        :meth:`pick_event`, and the answer's notes say so."""
        name = str(name).strip()
        if not name:
            raise QueryError(f"an empty name is not {what or 'an entity'}")
        is_id = name in self.resolver.entities or (":" in name and label_from_id(name))
        if label == T.Event and not is_id:
            found = self.event_namesakes(name)
            if found:
                return self.pick_event(name, found)
        try:
            eid = self.resolver.resolve_or_raise(name, label=label, container=container)
        except ResolutionError as e:
            if label is None and len(e.candidates) > 1 and all(label_from_id(i) == T.Event for i in e.candidates):
                return self.pick_event(name, e.candidates)
            if label is None and not e.candidates and not is_id:
                found = self.event_namesakes(name)  # a dataset event's name, which the resolver does not hold
                if found:
                    return self.pick_event(name, found)
            if label:
                other = self.resolver.resolve(name, container=container)
                found = [other.id] if other.ok else other.candidates
                if found and all(label_from_id(i) != label for i in found):
                    listing = "; ".join(f"{i} ({self.resolver.name_of(i)})" for i in found)
                    raise ResolutionError(
                        f"{name!r} names no {label}: it is {_a(label_from_id(found[0]) or 'entity')} ({listing})"
                        + (f"; {what}" if what else ""), found) from None
            raise
        actual = label_from_id(eid)
        if label and actual != label:
            raise ResolutionError(f"{name!r} is {_a(actual or 'unknown kind of entity')} ({eid}), not {_a(label)}"
                                  + (f": {what}" if what else ""))
        if not self.node(eid):
            raise ResolutionError(f"{eid} is not in the graph (known to the resolver only; run `conflictkg rebuild`?)")
        if not is_id:
            r = self.resolver.resolve(name, label=label, container=container)
            if r.method == "typo":
                self.notes.append(f"{name!r} read as {self.resolver.name_of(eid)} ({eid}): the closest known name; "
                                  "give the exact name or id if that is not the one meant.")
        self.resolved.append(eid)
        return eid

    def event_namesakes(self, name: str) -> list[str]:
        """The events of the graph that ``name`` names: through the resolver (names, aliases, report
        events' "Attack in Bamba") and, for events coded by datasets that the resolver does not hold,
        by their name in the graph (one scan of the event names, only for a name that is no id)."""
        r = self.resolver.resolve(name, label=T.Event, fuzzy=False)
        ids = {r.id} if r.ok else set(r.candidates)
        names = sorted({name} | {n for i in ids for n in self.resolver.entities.get(i, _NO_ENTITY).names})
        ids |= {row["id"] for row in self.cy("events_named", names=names)}
        return sorted({self.resolver.canonical(i) for i in ids if label_from_id(i) == T.Event})

    def pick_event(self, name: str, ids) -> str:
        """One event among those a name gives, chosen the same way in every store: most sources,
        then latest date, then id. With more than one, a note says how many and how to pick
        another (by id)."""
        ids = sorted(set(ids))
        rows = {r["id"]: r for r in (self.cy_each("rank_Event", ids) if len(ids) <= EACH_MAX
                                     else self.cy("rank_Events", ids=ids))}
        ids = [i for i in ids if i in rows]
        if not ids:
            raise ResolutionError(f"{name!r}: its events are not in the graph (run `conflictkg rebuild`?)")
        ids.sort(key=lambda i: rows[i]["last"] or "", reverse=True)  # stable: ids stay in order on ties
        ids.sort(key=lambda i: rows[i]["n_sources"] or 0, reverse=True)
        eid = ids[0]
        self.load_names([eid])
        if len(ids) > 1:
            others = ", ".join(ids[1:4]) + (", ..." if len(ids) > 4 else "")
            r = rows[eid]
            self.notes.append(
                f"{name!r} names {len(ids)} events; this answer is about {eid} ({r['n_sources'] or 0} source(s), "
                f"last date {r['last'] or 'unknown'}): the one with most sources, then latest date, then smallest id. "
                f"For another, give its id (others: {others}).")
        self.resolved.append(eid)
        return eid

    def node(self, eid: str) -> dict | None:
        self.load_names([eid])
        return self._names.get(eid)

    def load_names(self, ids) -> None:
        todo: dict[str, list[str]] = {}
        for i in ids:
            if i and i not in self._names:
                label = label_from_id(i)
                if label in (T.Actor, T.Event, T.Place, T.Source):
                    todo.setdefault(label, []).append(i)
        for label, chunk in todo.items():
            chunk = sorted(set(chunk))
            rows = (self.cy_each("name_Event", chunk) if label == T.Event and len(chunk) <= EACH_MAX
                    else self.cy(f"names_{label}", ids=chunk))
            for r in rows:
                self._names[r["id"]] = r

    def name(self, eid: str | None) -> str:
        if not eid:
            return ""
        n = self._names.get(eid)
        if n is None:
            self.load_names([eid])
            n = self._names.get(eid)
        if n and label_from_id(eid) == T.Event:
            return event_name(n.get("name"), eid, n.get("class"), n.get("places") or ())
        return (n or {}).get("name") or (self.resolver.name_of(eid) if self.resolver else eid)

    # -- sources -----------------------------------------------------------------------------------
    def load_sources(self, ids) -> None:
        todo = sorted({i for i in ids if i and i not in self._sources})
        if todo:
            for r in self.cy("sources", ids=todo):
                self._sources[r["id"]] = r
            for i in todo:
                self._sources.setdefault(i, {"id": i})

    def source(self, sid: str) -> dict:
        self.load_sources([sid])
        return self._sources[sid]

    def source_labels(self, ids) -> list[str]:
        """Readable names of sources: "Title <url>", the URL, or the title; never only an id."""
        key = tuple(ids or ())
        # thousands of rows of one answer often cite the same few sources (a dataset, a thread)
        cached = self._labels.get(key)
        if cached is None:
            ids = [i for i in dict.fromkeys(key) if i]
            self.load_sources(ids)
            cached = self._labels[key] = [source_label(self._sources[i]) for i in ids]
        return list(cached)

    def support(self, sources, denied_by=()) -> list[str]:
        """Source labels of a relationship: the sources that state it, then those that deny it."""
        denied = list(dict.fromkeys(denied_by or []))
        stating = [x for x in sources or [] if x not in set(denied)]
        return self.source_labels(stating) + [f"denied in: {x}" for x in self.source_labels(denied)]

    def published(self, ids) -> list[str]:
        self.load_sources(ids or [])
        return sorted(p for p in (self._sources[i].get("published") for i in ids or []) if p)


def window_months(start: str, end: str) -> list[str]:
    """Ids of the Month buckets (``IN_MONTH``) that hold every event overlapping the days
    ``start``..``end``: a date window found by key on both engines. An event spanning several
    months is in each of their buckets, so a query reading several keeps each event once
    (``WITH DISTINCT e``)."""
    return month_ids(start, end)


def months_anchor(link: str, where: str) -> str:
    """Cypher: the events of the Month buckets ``$months`` (found from the buckets, by key) with
    their ``link`` pattern from ``(e)`` and ``where``. One pattern: a MATCH of the link after a WITH
    is planned by LadybugDB as a scan of the link's whole relationship table. An event spanning
    several of the months comes once per month: the caller keeps distinct rows (``WITH DISTINCT``)."""
    return f"MATCH (m:{T.Month})<-[:{T.IN_MONTH}]-(e:{T.Event}){link} WHERE m.id IN $months AND {where}"


#: Most Month buckets a window reads through IN_MONTH; a wider window filters the event table instead
#: (every event read once rather than most of them through their buckets).
MONTHS_MAX = 24


def bounded_months(ctx: "Ctx", first: str | None, last: str | None) -> list[str] | None:
    """The Month buckets of the events overlapping the days ``first``..``last`` (either open: the
    first or last start date of the store), or None when that is more than MONTHS_MAX buckets or the
    store has no dated event (the caller then filters the event table)."""
    span = ctx.date_span()
    if span is None:
        return None
    first = first or span[0].isoformat()
    last = last or span[1].isoformat()
    # an event ending on or after `first` and starting on or before `last` has a day between the
    # two (both ways round: with `first` later, it spans the days from `last` to `first`), so it is
    # in one of these buckets; the query checks its dates after reading them
    months = window_months(min(first, last), max(first, last))
    return months if len(months) <= MONTHS_MAX else None


#: Anchors (an actor's or a place's event links) above this size are searched window by window.
WINDOW_ABOVE = 5000
#: First window: the dates in which the anchor, spread evenly, would fill this many times the rows wanted.
WINDOW_FILL = 2.0


def by_date_windows(ctx: Ctx, pick: Callable, anchor_n: int, want: int, newest: bool = False,
                    since: str | None = None, until: str | None = None) -> list:
    """The first ``want`` rows of an anchor's events in start-date order (oldest first, or newest
    first), without reading every event of a large anchor.

    ``pick(bound, big)`` runs the query with its events limited to start dates up to ``bound``
    (oldest first) or from ``bound`` on (newest first), or unbounded when ``bound`` is None, and
    returns at most ``want`` rows in order; ``big`` says that the anchor is large, so that the
    query should filter the event table by date first (a DATE column scan) rather than start from
    the anchor. When it fills ``want`` rows inside a window, those are the first
    rows overall: every event outside the window sorts after them. The window starts at the size
    where the anchor, spread evenly over the dates the store holds, would fill ``want`` rows
    WINDOW_FILL times, and grows fourfold until it does or covers every date (then one unbounded run, which
    also reaches undated events). A small anchor is read whole at once."""
    if anchor_n <= WINDOW_ABOVE:
        return pick(None, False)
    span = ctx.date_span()
    if span is None:
        return pick(None, True)
    first, last = span
    days = (last - first).days + 1
    step = max(1, math.ceil(days * WINDOW_FILL * want / max(anchor_n, 1)))
    if newest:  # --until bounds start dates; --since bounds end dates, so not where to stop
        start = min(last, date.fromisoformat(until)) if until else last
        stop = first
    else:
        start = max(first, date.fromisoformat(since)) if since else first
        stop = min(last, date.fromisoformat(until)) if until else last
    room = (start - stop).days if newest else (stop - start).days
    while True:
        if step >= room:  # the window would cover every date the filters leave
            return pick(None, True)
        bound = start - timedelta(days=step) if newest else start + timedelta(days=step)
        rows = pick(bound.isoformat(), True)
        if len(rows) >= want:
            return rows
        step *= 4


def _a(label: str) -> str:
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def source_label(s: dict) -> str:
    name = s.get("title") or s.get("name")
    url = s.get("url")
    if url and name and name != url:
        return f"{name} <{url}>"
    return url or name or s.get("id", "?")


# -- values shared by several queries ------------------------------------------------------------

def day_bounds(text: str | None) -> tuple[str | None, str | None]:
    """First and last day of a partial date (None, None when absent)."""
    if not text:
        return None, None
    s, e, _ = parse_partial(text)
    return s, e


def valid_at(valid_from: str | None, valid_until: str | None, start: str, end: str) -> bool | None:
    """Whether a link valid [valid_from, valid_until] overlaps the days [start, end]; None when
    a validity date cannot be read (kept, and said so)."""
    try:
        if valid_from and parse_partial(valid_from)[0] > end:
            return False
        if valid_until and parse_partial(valid_until)[1] < start:
            return False
    except ValueError:
        return None
    return True


_RANKS = {level: ONTOLOGY.confidence_rank(level) for level in ONTOLOGY.vocabularies["confidence"]["ordered"]}


def confidence_rank(level: str | None) -> int:
    # a dict, not the ontology's list search: channels rank hundreds of thousands of links at 1M events
    return _RANKS.get(level, 0)


def levels_at_least(level: str | None) -> list[str] | None:
    """The confidence levels as strong as ``level`` (None: no filter)."""
    if level is None:
        return None
    ordered = ONTOLOGY.vocabularies["confidence"]["ordered"]
    if level == "denied":
        return None
    return ordered[: ordered.index(level) + 1]


def fatalities(fmin, fmax) -> str:
    if fmin is None and fmax is None:
        return ""
    if fmax is None or fmax == fmin:
        return str(fmin if fmin is not None else fmax)
    if fmin is None:
        return f"≤{fmax}"
    return f"{fmin}–{fmax}"


def date_text(date: str | None, precision: str | None) -> str:
    if not date:
        return ""
    return date if not precision or precision == "day" else f"{date} ({precision})"


CONFIDENCE_CHOICES = tuple(ONTOLOGY.vocabularies["confidence"]["ordered"])
