"""``timeline ACTOR|PLACE``: dated events in order, each with its date precision.

For an actor: every event it is linked to (perpetrator, target, victim, participant, mediator),
with its role. For a place: every event at the place or at a place inside it (LOCATED_IN, up to
``PLACE_DEPTH`` levels: a settlement in a cercle in a region in a country). Undated events cannot
be placed in order and are counted, not listed.
"""
from __future__ import annotations

from ..graph.statements import label_from_id
from ..ontology import terms as T
from .base import (Ctx, Param, QueryError, QueryResult, confidence_rank, date_text, day_bounds, event_name, fatalities,
                   register)

PLACE_DEPTH = 8
ROLES = (T.ATTRIBUTED_TO, T.TARGETED, T.VICTIM, T.PARTICIPANT, T.MEDIATED_BY)
ROLE_NAMES = {T.ATTRIBUTED_TO: "perpetrator", T.TARGETED: "target", T.VICTIM: "victim",
              T.PARTICIPANT: "participant", T.MEDIATED_BY: "mediator"}
EV = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
      "e.start_date AS start_date, e.end_date AS end_date, e.fatalities_min AS fatalities_min, "
      "e.fatalities_max AS fatalities_max, e.sources AS event_sources")
FILTERS = "[[since: AND e.end_date >= $since]] [[until: AND e.start_date <= $until]]"
#: Above this many events at the anchor, filters go into the first MATCH (a scan of the event table,
#: best when the anchor holds a large share of all events, e.g. a country); below it they go after a
#: WITH, so the engine reads only the anchor's events (a predicate on e in the first MATCH makes
#: LadybugDB scan every event, 1 s instead of milliseconds for a cercle at 1M events).
SCAN_ABOVE = 50_000


def _events(anchor: str, carry: str, returns: str, scan: bool, with_place: bool) -> str:
    dated = f"e.start_date IS NOT NULL {FILTERS}"
    where = f"AND {dated}" if scan else f"WITH {carry} WHERE {dated}"
    opt_place = f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(p:{T.Place}) " if with_place else ""
    return (f"{anchor} {where} WITH {carry} ORDER BY e.start_date, e.id LIMIT $limit {opt_place}"
            f"OPTIONAL MATCH (e)-[r2:{T.ATTRIBUTED_TO}]->(pa:{T.Actor}) RETURN {EV}, {returns}, "
            "pa.name AS perpetrator, r2.confidence AS perpetrator_confidence")


ACTOR_ANCHOR = f"MATCH (e:{T.Event})-[r:{'|'.join(ROLES)}]->(a:{T.Actor}) WHERE a.id = $id"
PLACE_ANCHOR = f"MATCH (e:{T.Event})-[o:{T.OCCURRED_AT}]->(p:{T.Place}) WHERE p.id IN $places"
ACTOR_RETURNS = "@type(r) AS role, r.confidence AS confidence, r.sources AS sources, p.name AS place"
PLACE_RETURNS = "p.name AS place, o.sources AS sources"

# The first dated events are chosen in the engine (ORDER BY ... LIMIT), then their places and
# perpetrators are read by adjacency from the events found: no lookup by a list of event ids.
CYPHER = {
    "actor_count": f"{ACTOR_ANCHOR} RETURN count(*) AS n",
    "actor_events": _events(ACTOR_ANCHOR, "e, r", ACTOR_RETURNS, scan=False, with_place=True),
    "actor_events_scan": _events(ACTOR_ANCHOR, "e, r", ACTOR_RETURNS, scan=True, with_place=True),
    "actor_undated": f"{ACTOR_ANCHOR} WITH e WHERE e.start_date IS NULL RETURN count(DISTINCT e.id) AS n",
    # places first (the place table is small), then their events: a variable-length pattern
    # between events and the place would be walked from every event (measured 100x slower)
    "places_inside": (f"MATCH (p:{T.Place})-[:{T.LOCATED_IN}*0..{PLACE_DEPTH}]->(x:{T.Place} {{id: $id}}) "
                      "RETURN DISTINCT p.id AS id"),
    "place_count": f"{PLACE_ANCHOR} RETURN count(*) AS n",
    "place_events": _events(PLACE_ANCHOR, "e, o, p", PLACE_RETURNS, scan=False, with_place=False),
    "place_events_scan": _events(PLACE_ANCHOR, "e, o, p", PLACE_RETURNS, scan=True, with_place=False),
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
     Param("limit", "Most events to list (earliest first).", kind="int", default=500, metavar="N")],
    CYPHER,
)
def timeline(ctx: Ctx, entity: str, since: str | None = None, until: str | None = None, limit: int = 500) -> QueryResult:
    # a place named after its cercle or region ("Bourem") is meant as the larger area here
    eid = ctx.resolve(entity, None, container=True)
    label = label_from_id(eid)
    if label not in (T.Actor, T.Place):
        raise QueryError(f"timeline is for an actor or a place; {eid} is {label or 'neither'}")
    # an event can link an actor in several roles, or sit in the area by several routes: fetch
    # more rows than events, then keep the first ``limit`` events
    fetch = max(1, limit * (len(ROLES) if label == T.Actor else 2))
    params = dict(id=eid, since=day_bounds(since)[0], until=day_bounds(until)[1], limit=fetch)
    if label == T.Actor:
        scan = ctx.cy("actor_count", id=eid)[0]["n"] > SCAN_ABOVE
        raw = ctx.cy("actor_events_scan" if scan else "actor_events", **params)
        undated = ctx.cy("actor_undated", id=eid)[0]["n"]
    else:
        inside = sorted(r["id"] for r in ctx.cy("places_inside", id=eid))
        scan = ctx.cy("place_count", places=inside)[0]["n"] > SCAN_ABOVE
        raw = ctx.cy("place_events_scan" if scan else "place_events", places=inside, **params)
        undated = ctx.cy("place_undated_scan" if scan else "place_undated", places=inside)[0]["n"]
    events: dict[str, dict] = {}
    pairs = set()  # the rows the engine limited, before places and perpetrators multiplied them
    for r in raw:
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
    if len(events) > limit or len(pairs) >= fetch:
        notes.append(f"Only the first {limit} events are listed; use --limit, --since or --until.")
    if not rows:
        notes.append("No dated events" + (" in that period." if since or until else "."))
    if any(r[1] and r[1] != "day" for r in rows):
        notes.append("Events known only to the month or year sort at the first day of it.")
    return QueryResult(COLUMNS, rows, notes, hidden=("event_id",))
