"""``timeline ACTOR|PLACE``: dated events in order, each with its date precision.

For an actor: every event it is linked to (perpetrator, target, victim, participant, mediator),
with its role. For a place: every event at the place or at a place inside it (LOCATED_IN, up to
``PLACE_DEPTH`` levels: a settlement in a cercle in a region in a country). Undated events cannot
be placed in order and are counted, not listed.
"""
from __future__ import annotations

from ..graph.statements import label_from_id
from ..ontology import terms as T
from .base import (Ctx, Param, QueryError, QueryResult, bounded_months, by_date_windows, confidence_rank, date_text,
                   day_bounds, event_name, fatalities, months_anchor, register)
from . import base

PLACE_DEPTH = 8
ROLES = (T.ATTRIBUTED_TO, T.TARGETED, T.VICTIM, T.PARTICIPANT, T.MEDIATED_BY)
ROLE_NAMES = {T.ATTRIBUTED_TO: "perpetrator", T.TARGETED: "target", T.VICTIM: "victim",
              T.PARTICIPANT: "participant", T.MEDIATED_BY: "mediator"}
EV = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
      "e.start_date AS start_date, e.end_date AS end_date, e.fatalities_min AS fatalities_min, "
      "e.fatalities_max AS fatalities_max, e.sources AS event_sources")
FILTERS = "[[since: AND e.end_date >= $since]] [[until: AND e.start_date <= $until]]"
def _pick(anchor: str, scan: bool, months: bool = False) -> str:
    """The first dated events of the anchor, reading only their ids and dates (DATE columns in
    LadybugDB): in one query with the details, LadybugDB read every property of every event of
    the anchor before the LIMIT (0.9 s for JNIM at 1M rows). For a large anchor (``scan``) the
    date filters go into the first MATCH, so that the engine filters the event table by date
    first (a column scan) and joins only those events to the anchor, window by window (see
    base.by_date_windows); for a small one they go after a WITH, so the engine reads only the
    anchor's events. With ``months`` the large anchor's events of a bounded window come from the
    window's Month buckets (``months_anchor``), their dates checked after the WITH: with the bounds
    as parameters the date filter of ``scan`` reads every event of the table."""
    dated = f"e.start_date IS NOT NULL {FILTERS} [[ceil: AND e.start_date <= $ceil]]"
    where = f"AND {dated} WITH DISTINCT e" if scan and not months else f"WITH DISTINCT e WHERE {dated}"
    return f"{anchor} {where} WITH e ORDER BY e.start_date, e.id LIMIT $limit RETURN e.id AS id"


def _details(link: str, returns: str) -> str:
    """Everything shown of the picked events, one primary-key lookup each, their links by adjacency
    (no WITH after the lookup: LadybugDB 0.22 then fails to plan the OPTIONAL MATCHes)."""
    return (f"UNWIND $events AS i MATCH (e:{T.Event} {{id: i}}) {link} "
            f"OPTIONAL MATCH (e)-[r2:{T.ATTRIBUTED_TO}]->(pa:{T.Actor}) RETURN {EV}, {returns}, "
            "pa.name AS perpetrator, r2.confidence AS perpetrator_confidence")


ACTOR_ANCHOR = f"MATCH (e:{T.Event})-[r:{'|'.join(ROLES)}]->(a:{T.Actor}) WHERE a.id = $id"
PLACE_ANCHOR = f"MATCH (e:{T.Event})-[o:{T.OCCURRED_AT}]->(p:{T.Place}) WHERE p.id IN $places"


PLACE_MONTHS = months_anchor(f"-[o:{T.OCCURRED_AT}]->(p:{T.Place})", "p.id IN $places")
ACTOR_LINK = (f"OPTIONAL MATCH (e)-[r:{'|'.join(ROLES)}]->(a:{T.Actor} {{id: $id}}) "
              f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(p:{T.Place})")
PLACE_LINK = f"OPTIONAL MATCH (e)-[o:{T.OCCURRED_AT}]->(p:{T.Place}) WHERE p.id IN $places"
ACTOR_RETURNS = "@type(r) AS role, r.confidence AS confidence, r.sources AS sources, p.name AS place"
PLACE_RETURNS = "p.name AS place, o.sources AS sources"

CYPHER = {
    "actor_count": f"{ACTOR_ANCHOR} RETURN count(*) AS n",
    "actor_pick": _pick(ACTOR_ANCHOR, scan=False),
    "actor_pick_scan": _pick(ACTOR_ANCHOR, scan=True),
    "actor_details": _details(ACTOR_LINK, ACTOR_RETURNS),
    "actor_undated": f"{ACTOR_ANCHOR} WITH e WHERE e.start_date IS NULL RETURN count(DISTINCT e.id) AS n",
    "actor_undated_scan": f"{ACTOR_ANCHOR} AND e.start_date IS NULL RETURN count(DISTINCT e.id) AS n",
    # places first (the place table is small), then their events: a variable-length pattern
    # between events and the place would be walked from every event (measured 100x slower)
    "places_inside": (f"MATCH (p:{T.Place})-[:{T.LOCATED_IN}*0..{PLACE_DEPTH}]->(x:{T.Place} {{id: $id}}) "
                      "RETURN DISTINCT p.id AS id"),
    "place_count": f"{PLACE_ANCHOR} RETURN count(*) AS n",
    "place_pick": _pick(PLACE_ANCHOR, scan=False),
    "place_pick_scan": _pick(PLACE_ANCHOR, scan=True),
    "place_pick_months": _pick(PLACE_MONTHS, scan=True, months=True),
    "place_details": _details(PLACE_LINK, PLACE_RETURNS),
    "place_undated": f"{PLACE_ANCHOR} WITH e WHERE e.start_date IS NULL RETURN count(DISTINCT e.id) AS n",
    "place_undated_scan": f"{PLACE_ANCHOR} AND e.start_date IS NULL RETURN count(DISTINCT e.id) AS n",
}

COLUMNS = ["date", "precision", "event", "class", "place", "role", "perpetrators", "fatalities", "sources", "event_id"]


@register(
    "timeline",
    "Dated events of an actor (with its role in each) or of a place and everything inside it, in order, "
    "with date precision.",
    ["conflictkg query timeline JNIM --since 2020-01 --until 2020-06", 'conflictkg query timeline "Bourem"'],
    [Param("entity", "Actor or place (name, alias or id).", argument=True, required=True, entity="any",
           metavar="ACTOR|PLACE"),
     Param("since", "Events ending on or after this date.", kind="date", metavar="DATE"),
     Param("until", "Events starting on or before this date.", kind="date", metavar="DATE"),
     Param("limit", "Most events to list (earliest first; 0: all).", kind="int", default=500, metavar="N")],
    CYPHER,
)
def timeline(ctx: Ctx, entity: str, since: str | None = None, until: str | None = None, limit: int = 500) -> QueryResult:
    # a place named after its cercle or region ("Bourem") is meant as the larger area here
    eid = ctx.resolve(entity, None, container=True)
    label = label_from_id(eid)
    if label not in (T.Actor, T.Place):
        raise QueryError(f"timeline is for an actor or a place; {eid} is {label or 'neither'}")
    # an event can link an actor in several roles, or sit in the area by several routes: the
    # rows of the listed events (at most this many when each link is counted once) tell whether
    # more were left out
    if label == T.Actor:
        kind, anchor = "actor", dict(id=eid)
    else:
        kind, anchor = "place", dict(places=sorted(r["id"] for r in ctx.cy("places_inside", id=eid)))
    n = ctx.cy(f"{kind}_count", **anchor)[0]["n"]
    if not limit:  # 0: all of them, as for the other queries' --limit (it listed none)
        limit = max(n, 1)
    fetch = max(1, limit * (len(ROLES) if label == T.Actor else 2))
    params = dict(since=day_bounds(since)[0], until=day_bounds(until)[1], limit=limit + 1)

    def pick(ceil, big):
        # a large place's window from its Month buckets; not an actor's: LadybugDB then starts from
        # the actor and hashes every link it has (JNIM at 1M events: 299,905 links, 112 ms, where the
        # date filter on the event table costs ~100 ms in all)
        months = bounded_months(ctx, params["since"], min((x for x in (params["until"], ceil) if x), default=None)) \
            if big and kind == "place" and (ceil or params["since"] or params["until"]) else None
        if months is not None:
            return [r["id"] for r in ctx.cy(f"{kind}_pick_months", months=months, ceil=ceil, **anchor, **params)]
        return [r["id"] for r in ctx.cy(f"{kind}_pick_scan" if big else f"{kind}_pick", ceil=ceil, **anchor, **params)]

    picked = by_date_windows(ctx, pick, n, limit + 1, since=params["since"], until=params["until"])
    raw = ctx.cy(f"{kind}_details", events=picked[:limit], **anchor) if picked[:limit] else []
    undated = ctx.cy(f"{kind}_undated_scan" if n > base.WINDOW_ABOVE else f"{kind}_undated", **anchor)[0]["n"]
    # an event's roles (and their sources) in the order of ROLES, not in the engine's row order
    raw.sort(key=lambda r: ROLES.index(r["role"]) if r.get("role") in ROLES else len(ROLES))
    events: dict[str, dict] = {}
    pairs = set()  # the event's links to the anchor, before places and perpetrators multiplied them
    for r in raw:
        if label == T.Actor and r["role"] is None:
            continue  # the event's link to the actor went away between the two reads
        pairs.add((r["event_id"], r.get("role"), r["place"] if label == T.Place else None))
        ev = events.setdefault(r["event_id"], dict(r, roles={}, srcs=[], places=set(), perps={}))
        if label == T.Actor:
            ev["roles"][f"{ROLE_NAMES.get(r['role'], r['role'])}" + (f" ({r['confidence']})" if r["confidence"] else "")] = None
        ev["srcs"] += r["sources"] or []
        if r["place"]:
            ev["places"].add(r["place"])
        if r["perpetrator"]:
            ev["perps"][r["perpetrator"]] = r["perpetrator_confidence"]
    ordered = sorted(events.values(), key=lambda e: (e["start_date"], e["event_id"]))[:limit]
    ctx.load_sources(s for e in ordered for s in e["srcs"] + (e["event_sources"] or []))
    rows = []
    for e in ordered:
        # the link's own sources first (who says the actor was involved, or that it happened there)
        srcs = ctx.source_labels(list(dict.fromkeys(e["srcs"] + (e["event_sources"] or []))))
        who = [f"{a} ({c})" if c else a for a, c in sorted(e["perps"].items(), key=lambda x: (-confidence_rank(x[1]), x[0]))]
        rows.append([e["date"], e["precision"], event_name(e["event"], e["event_id"], e["class"], e["places"]),
                     e["class"], sorted(e["places"]),
                     "; ".join(e["roles"]) if label == T.Actor else None, who,
                     fatalities(e["fatalities_min"], e["fatalities_max"]), srcs, e["event_id"]])
    what = "involving" if label == T.Actor else "at or inside"
    notes = [f"Events {what} {ctx.name(eid)} ({eid})"
             + (f", {since or '…'} to {until or '…'}" if since or until else "") + f": {len(rows)} listed."]
    if undated:
        notes.append(f"{undated} undated event(s) {what} {ctx.name(eid)} are not listed.")
    capped = None
    if len(picked) > limit or len(pairs) >= fetch:
        notes.append(capped := f"Only the first {limit} events are listed; use --limit, --since or --until.")
    if not rows:
        notes.append("No dated events" + (" in that period." if since or until else "."))
    if any(r[1] and r[1] != "day" for r in rows):
        notes.append("Events known only to the month or year sort at the first day of it.")
    return QueryResult(COLUMNS, rows, notes, hidden=("event_id",), capped=capped)
