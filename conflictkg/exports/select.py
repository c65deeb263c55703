"""Which part of the graph an export shows: the filters shared by every format.

``select(projection, ...)`` is a pure function from the projected rows (``KG.projection()``) to a
:class:`Subgraph`: the nodes and relationships kept, every claim behind them (each source's own
quote and confidence) and the sources they cite. It copies what it keeps, so a generator may
decorate its rows without touching the caller's projection.

Filters, applied in this order:

- ``ids``: only these entities (an ego network from ``--focus``, the entities a ``--query``
  names); ``focus`` is always kept.
- ``types``: labels (Actor, Event, Place, Source) or classes (Attack, Person, ...). Without it,
  actors, events and places are shown; sources and claims are provenance, shown inside the
  details of what they support (``provenance=True`` adds them as nodes, for CSV/GraphML/GEXF).
- ``since`` / ``until``: events whose [start_date, end_date] overlaps the window, and
  relationships whose validity overlaps it; undated events are left out when a window is given.
- ``min_confidence``: relationships at least that confident on the ontology scale
  (claimed > attributed > probable > possible); denied-only ones are dropped; relationships that
  carry no confidence at all (place hierarchy, citations) are structure and are kept.

When a date or confidence filter removes every relationship of an entity, the entity goes too
(except the focus): otherwise a filtered picture would be full of disconnected leftovers.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Iterable

from ..dates import parse_partial
from ..errors import ConflictKGError
from ..graph.projection import Projection, rel_id
from ..graph.statements import event_name, label_from_id
from ..ontology.model import ONTOLOGY
from ..ontology.terms import ATTRIBUTED_TO, OCCURRED_AT

DEFAULT_LABELS = ("Actor", "Event", "Place")
PROVENANCE_LABELS = ("Source", "Claim")


class ExportError(ConflictKGError):
    """An export that cannot be made as asked (bad filter, graph too large for the format)."""


@dataclass
class Subgraph:
    """The part of the graph an export shows, with its provenance."""

    nodes: dict[str, dict]                      # id -> row (projected properties + "label")
    edges: list[dict]                           # rows with "type", "from", "to" + aggregated properties
    claims: dict[str, list[dict]]               # relationship id -> the claims (one per source statement)
    sources: dict[str, dict]                    # source id -> source row
    focus: str | None = None
    filters: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    capped: str | None = None                   # why this is only part of what was asked (a query's --limit)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for n in self.nodes.values():
            out[n["label"]] += 1
        return dict(out)

    def describe(self) -> str:
        by = ", ".join(f"{k.lower()}s {v}" for k, v in sorted(self.counts().items()))
        return f"{len(self.nodes)} nodes ({by or 'none'}), {len(self.edges)} relationships"

    def node_claims(self, node_id: str) -> list[dict]:
        """Claims of a node's own properties (an event's date or death toll, per source)."""
        return [c for cs in self.claims.values() for c in cs if c["subject"] == node_id and c.get("object") is None]


def display_name(node_id: str, row: dict) -> str:
    """The name to draw: the entity's name; an event without one gets the stand-in every query
    prints (``event_name``: "Attack in Bamba"). :func:`select` and :func:`from_networkx` have
    already named such events after their places; a row made by hand has only its class."""
    name = row.get("name")
    if row.get("label") == "Event" or label_from_id(node_id) == "Event":
        return event_name(name, node_id, row.get("class"))
    return str(name or node_id)


def _unnamed(i: str, row: dict) -> bool:
    return (row.get("label") or label_from_id(i)) == "Event" and (not row.get("name") or row["name"] == i)


def _name_events(nodes: dict[str, dict], names: dict[str, str], occurred_at: Iterable[tuple[str, str]]) -> None:
    """Give each kept event without a name of its own the name the queries print for it:
    ``event_name`` of its class and the names of every place it OCCURRED_AT (in the whole
    graph, so that a filter leaving its place out does not rename it); the store keeps the id."""
    todo = {i for i, n in nodes.items() if _unnamed(i, n)}
    if not todo:
        return
    places: dict[str, list] = defaultdict(list)
    for event, place in occurred_at:
        if event in todo:
            places[event].append(names.get(place))
    for i in todo:
        nodes[i]["name"] = event_name(None, i, nodes[i].get("class"), places[i])


def parse_types(types: Iterable[str] | None) -> tuple[set[str], set[str]]:
    """(labels, classes) named by ``types`` (comma- or space-separated strings allowed)."""
    labels, classes = set(), set()
    for item in types or []:
        for t in str(item).replace(",", " ").split():
            if t in ONTOLOGY.labels:
                labels.add(t)
            elif t in ONTOLOGY.classes:
                classes.add(t)
            else:
                known = ", ".join(list(ONTOLOGY.labels) + list(ONTOLOGY.classes))
                raise ExportError(f"--types: {t!r} is neither a label nor a class of the ontology (known: {known})")
    return labels, classes


def confidence_levels(min_confidence: str | None) -> set[str] | None:
    """The levels at least as strong as ``min_confidence`` (None: no filter)."""
    if not min_confidence:
        return None
    ordered = list(ONTOLOGY.vocabularies["confidence"]["ordered"])
    if min_confidence not in ordered:
        raise ExportError(f"--min-confidence must be one of {', '.join(ordered)} (strongest first), "
                          f"not {min_confidence!r}")
    return set(ordered[: ordered.index(min_confidence) + 1])


def date_window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The first and last day of the window given as ISO prefixes (2020, 2020-03, 2020-03-20)."""
    out = []
    for name, value, idx in (("--since", since, 0), ("--until", until, 1)):
        if not value:
            out.append(None)
            continue
        try:
            out.append(parse_partial(str(value))[idx])
        except ValueError as e:
            raise ExportError(f"{name}: {e} (use an ISO date or prefix: 2020, 2020-03, 2020-03-20)") from None
    if out[0] and out[1] and out[0] > out[1]:
        raise ExportError(f"--since {since} is after --until {until}")
    return out[0], out[1]


def _bounds(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Day bounds of a validity given as partial dates (open where None or unparseable)."""
    lo = hi = None
    if start:
        try:
            lo = parse_partial(str(start))[0]
        except ValueError:
            lo = None
    if end:
        try:
            hi = parse_partial(str(end))[1]
        except ValueError:
            hi = None
    return lo, hi


def _overlaps(lo: str | None, hi: str | None, w_lo: str | None, w_hi: str | None) -> bool:
    if w_lo and hi and hi < w_lo:
        return False
    if w_hi and lo and lo > w_hi:
        return False
    return True


def _copy(row: dict, **extra) -> dict:
    out = {k: (list(v) if isinstance(v, list) else v) for k, v in row.items()}
    out.update(extra)
    return out


def local_neighbourhood(proj: Projection, centre: str, depth: int, types=None) -> set[str]:
    """Ids within ``depth`` hops of ``centre``, walking every public relationship both ways; with
    ``types`` (labels or classes) only nodes of those types are reached. The query library's
    ``neighbourhood_ids`` does the same on the engine; this one needs only the rows."""
    labels, classes = parse_types(types)
    info: dict[str, tuple[str, str | None]] = {}
    for label, rows in proj.nodes.items():
        if label == "Claim":
            continue
        for r in rows:
            info[r["id"]] = (label, r.get("class"))
    adj: dict[str, set[str]] = defaultdict(set)
    for (t, _fl, _tl), rows in proj.rels.items():
        if ONTOLOGY.rel(t).internal:
            continue
        for r in rows:
            adj[r["from"]].add(r["to"])
            adj[r["to"]].add(r["from"])

    def wanted(i: str) -> bool:
        if not labels and not classes:
            return True
        lbl, cls = info.get(i, (label_from_id(i), None))
        return lbl in labels or cls in classes

    seen = {centre: 0}
    queue = deque([centre])
    while queue:
        cur = queue.popleft()
        if seen[cur] >= depth:
            continue
        for nb in sorted(adj.get(cur, ())):
            if nb not in seen and wanted(nb):
                seen[nb] = seen[cur] + 1
                queue.append(nb)
    return set(seen)


def query_context(proj: Projection, ids: Iterable[str]) -> set[str]:
    """``ids`` with, for each event among them, the places it occurred at and the actors it is
    attributed to: what a query's rows show beside an event by name ("Bamba", "JNIM (claimed),
    ISGS (possible)"), so that a picture of the answer shows them as nodes with their links."""
    out = set(ids)
    events = {i for i in out if label_from_id(i) == "Event"}
    if not events:
        return out
    for (t, _fl, _tl), rows in proj.rels.items():
        if t in (OCCURRED_AT, ATTRIBUTED_TO):
            out.update(r["to"] for r in rows if r["from"] in events)
    return out


def select(proj: Projection, *, ids: Iterable[str] | None = None, focus: str | None = None,
           since: str | None = None, until: str | None = None, min_confidence: str | None = None,
           types: Iterable[str] | None = None, provenance: bool = False) -> Subgraph:
    """The subgraph an export shows (see the module docstring for the filters)."""
    labels, classes = parse_types(types)
    if "Claim" in labels or "RelationshipClaim" in classes:
        raise ExportError("claims are provenance, not nodes of the picture: use --provenance (csv, graphml, gexf) "
                          "or the details of each relationship (html)")
    levels = confidence_levels(min_confidence)
    w_lo, w_hi = date_window(since, until)
    keep_ids = set(ids) if ids is not None else None
    if keep_ids is not None and focus:
        keep_ids.add(focus)
    notes: list[str] = []
    shown_labels = set(DEFAULT_LABELS) if not labels and not classes else set()

    all_sources = {r["id"]: r for r in proj.nodes.get("Source", [])}
    nodes: dict[str, dict] = {}
    undated = outside = 0
    for label, rows in proj.nodes.items():
        if label in PROVENANCE_LABELS and label not in labels:
            continue
        for r in rows:
            i = r["id"]
            if keep_ids is not None and i not in keep_ids:
                continue
            if i != focus and not (label in shown_labels or label in labels or r.get("class") in classes):
                continue
            if label == "Event" and (w_lo or w_hi) and i != focus:
                lo, hi = r.get("start_date"), r.get("end_date") or r.get("start_date")
                if not lo:
                    undated += 1
                    continue
                if not _overlaps(lo, hi, w_lo, w_hi):
                    outside += 1
                    continue
            nodes[i] = _copy(r, label=label)
    _name_events(nodes, {r["id"]: r.get("name") for r in proj.nodes.get("Place", [])},
                 ((r["from"], r["to"]) for (t, _fl, _tl), rows in proj.rels.items() if t == OCCURRED_AT for r in rows))
    if undated:
        notes.append(f"{undated} undated event(s) left out by the date window")
    if outside:
        notes.append(f"{outside} event(s) outside the date window left out")

    edges: list[dict] = []
    had_edge: set[str] = set()
    dropped_conf = dropped_time = 0
    for (t, _fl, _tl), rows in proj.rels.items():
        if ONTOLOGY.rel(t).internal:
            continue
        for r in rows:
            a, b = r["from"], r["to"]
            if a not in nodes or b not in nodes:
                continue
            had_edge.update((a, b))
            conf = r.get("confidence")
            if levels is not None and conf is not None and conf not in levels:
                dropped_conf += 1
                continue
            if (w_lo or w_hi) and not _overlaps(*_bounds(r.get("valid_from"), r.get("valid_until")), w_lo, w_hi):
                dropped_time += 1
                continue
            edges.append(_copy(r, type=t))
    if dropped_conf:
        notes.append(f"{dropped_conf} relationship(s) below --min-confidence {min_confidence} left out")
    if dropped_time:
        notes.append(f"{dropped_time} relationship(s) not valid in the date window left out")
    if levels is not None or w_lo or w_hi:
        linked = {e["from"] for e in edges} | {e["to"] for e in edges}
        orphans = [i for i in nodes if i in had_edge and i not in linked and i != focus]
        for i in orphans:
            del nodes[i]
        if orphans:
            notes.append(f"{len(orphans)} entit(y/ies) left without any relationship by the filters left out")
    edges.sort(key=lambda e: (e["type"], e["from"], e["to"]))

    claims: dict[str, list[dict]] = defaultdict(list)
    edge_ids = {e["id"] for e in edges}
    for c in proj.nodes.get("Claim", []):
        if c.get("object") is None:
            if c["subject"] in nodes:
                claims[c["rel_id"]].append(_copy(c))
        elif c.get("rel_id") in edge_ids:
            claims[c["rel_id"]].append(_copy(c))
    for cs in claims.values():
        cs.sort(key=lambda c: (c.get("source") or "", c["id"]))

    cited: dict[str, None] = {}
    for n in nodes.values():
        for s in n.get("sources") or []:
            cited.setdefault(s, None)
    for e in edges:
        for s in e.get("sources") or []:
            cited.setdefault(s, None)
    for cs in claims.values():
        for c in cs:
            cited.setdefault(c["source"], None)
    sources = {s: _copy(all_sources[s]) for s in cited if s in all_sources}

    if provenance:
        _add_provenance(nodes, edges, claims, sources)
    filters = {k: v for k, v in dict(focus=focus, since=since, until=until, min_confidence=min_confidence,
                                     types=sorted(labels | classes) or None).items() if v}
    return Subgraph(nodes, edges, dict(claims), sources, focus, filters, notes)


def from_networkx(g, focus: str | None = None) -> Subgraph:
    """A :class:`Subgraph` from a graph made by ``conflictkg.graph.nxgraph.to_networkx`` (or any
    MultiDiGraph with the same attributes), e.g. after running an algorithm on it. The graph is
    read, never modified. Source nodes become the sources of the details; Claim nodes (present
    with ``include_claims=True``) become each relationship's claims."""
    nodes: dict[str, dict] = {}
    sources: dict[str, dict] = {}
    claims: dict[str, list[dict]] = defaultdict(list)
    for i, attrs in g.nodes(data=True):
        label = attrs.get("label") or label_from_id(i) or "Actor"
        row = _copy(dict(attrs), id=i, label=label)
        if label == "Source":
            sources[i] = row
        elif label == "Claim":
            if row.get("rel_id"):
                claims[row["rel_id"]].append(row)
        else:
            nodes[i] = row
    _name_events(nodes, {i: a.get("name") for i, a in g.nodes(data=True)},
                 ((a, b) for a, b, key, attrs in g.edges(keys=True, data=True)
                  if (attrs.get("type") or key) == OCCURRED_AT))
    edges = []
    for a, b, key, attrs in g.edges(keys=True, data=True):
        t = attrs.get("type") or key
        if a in nodes and b in nodes and t in ONTOLOGY.relationships and not ONTOLOGY.rel(t).internal:
            edges.append(_copy(dict(attrs), type=t, **{"from": a, "to": b, "id": attrs.get("id") or rel_id(a, t, b)}))
    edges.sort(key=lambda e: (e["type"], e["from"], e["to"]))
    return Subgraph(nodes, edges, dict(claims), sources, focus)


def _add_provenance(nodes: dict, edges: list, claims: dict, sources: dict) -> None:
    """Sources and claims as nodes, linked by STATED_IN and ABOUT, for tabular and Gephi exports."""
    for sid, s in sources.items():
        nodes.setdefault(sid, _copy(s, label="Source"))
    for cs in claims.values():
        for c in cs:
            nodes[c["id"]] = _copy(c, label="Claim")
            edges.append({"type": "STATED_IN", "from": c["id"], "to": c["source"],
                          "id": rel_id(c["id"], "STATED_IN", c["source"])})
            edges.append({"type": "ABOUT", "from": c["id"], "to": c["subject"],
                          "id": rel_id(c["id"], "ABOUT", c["subject"])})
