"""``timeline ACTOR|PLACE``: dated events in order, each with its date precision.

For an actor: every event it is linked to (perpetrator, target, victim, participant, mediator),
with its role. For a place: every event at the place or at a place inside it (LOCATED_IN, up to
``PLACE_DEPTH`` levels: a settlement in a cercle in a region in a country). Undated events cannot
be placed in order and are counted, not listed.
"""
from __future__ import annotations

from collections import defaultdict

from ..graph.statements import label_from_id
from ..ontology import terms as T
from .base import Ctx, Param, QueryError, QueryResult, confidence_rank, date_text, day_bounds, fatalities, register

PLACE_DEPTH = 8
ROLES = (T.ATTRIBUTED_TO, T.TARGETED, T.VICTIM, T.PARTICIPANT, T.MEDIATED_BY)
ROLE_NAMES = {T.ATTRIBUTED_TO: "perpetrator", T.TARGETED: "target", T.VICTIM: "victim",
              T.PARTICIPANT: "participant", T.MEDIATED_BY: "mediator"}
EV = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
      "e.start_date AS start_date, e.end_date AS end_date, e.fatalities_min AS fatalities_min, "
      "e.fatalities_max AS fatalities_max, e.sources AS event_sources")
FILTERS = "[[since: AND e.end_date >= $since]] [[until: AND e.start_date <= $until]]"

CYPHER = {
    "actor_events": (f"MATCH (e:{T.Event})-[r:{'|'.join(ROLES)}]->(a:{T.Actor} {{id: $id}}) "
                     f"WHERE e.start_date IS NOT NULL {FILTERS} "
                     f"RETURN {EV}, @type(r) AS role, r.confidence AS confidence, r.sources AS sources "
                     "ORDER BY e.start_date, e.id LIMIT $limit"),
    "actor_count": (f"MATCH (e:{T.Event})-[r:{'|'.join(ROLES)}]->(a:{T.Actor} {{id: $id}}) "
                    "RETURN count(DISTINCT e.id) AS n, count(DISTINCT CASE WHEN e.start_date IS NULL THEN e.id END) AS undated"),
    "place_events": (f"MATCH (e:{T.Event})-[o:{T.OCCURRED_AT}]->(p:{T.Place})-[:{T.LOCATED_IN}*0..{PLACE_DEPTH}]->"
                     f"(x:{T.Place} {{id: $id}}) WHERE e.start_date IS NOT NULL {FILTERS} "
                     f"WITH DISTINCT e, p, o RETURN {EV}, p.id AS place_id, p.name AS place, o.sources AS sources "
                     "ORDER BY e.start_date, e.id LIMIT $limit"),
    "place_count": (f"MATCH (e:{T.Event})-[:{T.OCCURRED_AT}]->(p:{T.Place})-[:{T.LOCATED_IN}*0..{PLACE_DEPTH}]->"
                    f"(x:{T.Place} {{id: $id}}) "
                    "RETURN count(DISTINCT e.id) AS n, count(DISTINCT CASE WHEN e.start_date IS NULL THEN e.id END) AS undated"),
    "places": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}})-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
               "RETURN e.id AS event_id, p.name AS place"),
    "perpetrators": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}})-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) "
                     "RETURN e.id AS event_id, a.name AS actor, r.confidence AS confidence"),
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
    fetch = max(1, limit * len(ROLES)) if label == T.Actor else limit  # an event can link an actor in several roles
    params = dict(id=eid, since=day_bounds(since)[0], until=day_bounds(until)[1], limit=fetch)
    if label == T.Actor:
        raw = ctx.cy("actor_events", **params)
        count = ctx.cy("actor_count", id=eid)[0]
    else:
        raw = ctx.cy("place_events", **params)
        count = ctx.cy("place_count", id=eid)[0]
    events: dict[str, dict] = {}
    for r in raw:
        ev = events.setdefault(r["event_id"], dict(r, roles=[], srcs=[]))
        if label == T.Actor:
            ev["roles"].append(f"{ROLE_NAMES.get(r['role'], r['role'])}" + (f" ({r['confidence']})" if r["confidence"] else ""))
        ev["srcs"] += r["sources"] or []
    ordered = sorted(events.values(), key=lambda e: (e["start_date"], e["event_id"]))[:limit]
    ids = [e["event_id"] for e in ordered]
    places: dict[str, list[str]] = defaultdict(list)
    perps: dict[str, list[tuple]] = defaultdict(list)
    if ids:
        for p in ctx.cy("places", ids=ids):
            places[p["event_id"]].append(p["place"])
        for p in ctx.cy("perpetrators", ids=ids):
            perps[p["event_id"]].append((p["actor"], p["confidence"]))
    ctx.load_sources(s for e in ordered for s in e["srcs"] + (e["event_sources"] or []))
    rows = []
    for e in ordered:
        # the link's own sources first (who says the actor was involved, or that it happened there)
        srcs = ctx.source_labels(list(dict.fromkeys(e["srcs"] + (e["event_sources"] or []))))
        who = [f"{a} ({c})" if c else a for a, c in sorted(perps[e["event_id"]], key=lambda x: (-confidence_rank(x[1]), x[0]))]
        rows.append([e["date"], e["precision"], e["event"], e["class"], sorted(places[e["event_id"]]),
                     "; ".join(dict.fromkeys(e["roles"])) if label == T.Actor else None, who,
                     fatalities(e["fatalities_min"], e["fatalities_max"]), srcs, e["event_id"]])
    what = "involving" if label == T.Actor else "at or inside"
    notes = [f"Events {what} {ctx.name(eid)} ({eid})"
             + (f", {since or '…'} to {until or '…'}" if since or until else "") + f": {len(rows)} listed."]
    if count["undated"]:
        notes.append(f"{count['undated']} undated event(s) {what} {ctx.name(eid)} are not listed.")
    if len(events) > limit or (len(raw) >= fetch and raw):
        notes.append(f"Only the first {limit} events are listed; use --limit, --since or --until.")
    if not rows:
        notes.append("No dated events" + (" in that period." if since or until else "."))
    if any(r[1] and r[1] != "day" for r in rows):
        notes.append("Events known only to the month or year sort at the first day of it.")
    return QueryResult(COLUMNS, rows, notes, hidden=("event_id",))
