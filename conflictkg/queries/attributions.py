"""``attributions ACTOR`` and ``attributions --event EVENT``.

By actor: the events ATTRIBUTED_TO it (and, with ``--with-components``, to the groups PART_OF it,
marked as such), each with the edge's best confidence, its sources and the competing attributions.

By event: every claim each source makes about the event (perpetrator, date, place, death toll,
targets, victims, status), read from the ``Claim`` nodes ABOUT it, then where the sources disagree,
and the fusion judgements that merged other records into it.
"""
from __future__ import annotations

from collections import defaultdict

from ..ontology import terms as T
from . import base
from .base import (CONFIDENCE_CHOICES, Ctx, Param, QueryError, QueryResult, bounded_months, by_date_windows,
                   confidence_rank, date_text, day_bounds, event_name, fatalities, levels_at_least, months_anchor,
                   register, valid_at)

COMPONENT_DEPTH = 5
#: With date or confidence filters, the matching attributions beyond --limit are counted only for
#: anchors up to this size (a count reads the dates of every event of the anchor).
COUNT_MAX = 5000

EVENT_COLS = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
              "e.start_date AS start_date, e.end_date AS end_date, e.fatalities_min AS fatalities_min, "
              "e.fatalities_max AS fatalities_max")

# after the first MATCH, so the engine starts from the actors (see base: [[& ...]])
FILTERS = ("[[&WITH e, r, a WHERE | levels: r.confidence IN $levels | since: e.end_date >= $since "
           "| until: e.start_date <= $until]]")
# the same in the first MATCH, for a large actor: the engine filters the event table by date first
# (DATE column scans), window by window (see base.by_date_windows)
SCAN_FILTERS = ("[[levels: AND r.confidence IN $levels]] [[since: AND e.end_date >= $since]] "
                "[[until: AND e.start_date <= $until]] [[floor: AND e.start_date >= $floor]]")
ANCHOR = f"MATCH (e:{T.Event})-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) WHERE a.id IN $ids"

# Two steps, so the work is bounded by the answer and not by the actor's whole record: "pick"
# chooses the newest attributions reading only the dates of the actor's events (DATE columns in
# LadybugDB); "details" reads everything else for those events alone, one primary-key lookup each
# (with their places and every attribution, the competing ones included, by adjacency). Read in
# one query, LadybugDB fetched every property of every event of the actor before the LIMIT
# (973 ms for JNIM at 1M rows). Undated events sort last, as an explicit key: the engines order
# nulls differently and a DATE cannot be coalesced with text.
ORDER = "ORDER BY e.start_date IS NULL, e.start_date DESC, e.id, a.id"
CYPHER = {
    "components": (f"MATCH (c:{T.Actor})-[r:{T.PART_OF}]->(a:{T.Actor}) WHERE a.id IN $ids "
                   "RETURN c.id AS id, a.id AS parent_id, r.valid_from AS valid_from, r.valid_until AS valid_until, "
                   "r.confidence AS confidence"),
    "size": f"{ANCHOR} RETURN count(*) AS n",
    "pick": f"{ANCHOR} {FILTERS} WITH e, a {ORDER} LIMIT $limit RETURN e.id AS event_id, a.id AS actor_id",
    "pick_scan": f"{ANCHOR} {SCAN_FILTERS} WITH e, a {ORDER} LIMIT $limit RETURN e.id AS event_id, a.id AS actor_id",
    # a bounded window of a large actor: its events from the window's Month buckets (base.bounded_months)
    "pick_months": (f"{months_anchor(f'-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor})', 'a.id IN $ids')} "
                    "WITH DISTINCT e, r, a [[&WHERE | levels: r.confidence IN $levels | since: e.end_date >= $since "
                    "| until: e.start_date <= $until | floor: e.start_date >= $floor]] "
                    f"WITH e, a {ORDER} LIMIT $limit RETURN e.id AS event_id, a.id AS actor_id"),
    # no WITH after the lookup: LadybugDB 0.22 then fails ("Cannot evaluate expression with type
    # VARIABLE"); places x attributions of each event are few, and are grouped in Python
    "details": (f"UNWIND $events AS i MATCH (e:{T.Event} {{id: i}}) "
                f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
                f"OPTIONAL MATCH (e)-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) "
                f"RETURN {EVENT_COLS}, p.id AS place_id, p.name AS place, a.id AS actor_id, a.name AS actor, "
                "r.confidence AS confidence, r.sources AS sources, r.denied_by AS denied_by"),
    # --limit 0 (all of them): the answer is the actor's whole record, read in one query
    "events": (f"MATCH (e:{T.Event})-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) WHERE a.id IN $ids {FILTERS} "
               f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
               "WITH e, r, a, collect(p.name) AS places "
               f"OPTIONAL MATCH (e)-[r2:{T.ATTRIBUTED_TO}]->(o:{T.Actor}) WHERE NOT o.id IN $ids "
               f"RETURN {EVENT_COLS}, a.id AS actor_id, r.confidence AS confidence, r.sources AS sources, "
               "r.denied_by AS denied_by, places, o.name AS other, r2.confidence AS other_confidence"),
    "count": f"{ANCHOR} {FILTERS} RETURN count(*) AS n",
    "event": (f"MATCH (e:{T.Event} {{id: $id}}) RETURN {EVENT_COLS}, e.disputed AS disputed, e.sources AS sources"),
    "claims": (f"MATCH (c:{T.Claim})-[:{T.ABOUT}]->(e:{T.Event} {{id: $id}}) MATCH (c)-[:{T.STATED_IN}]->(s:{T.Source}) "
               "RETURN c.id AS claim_id, c.predicate AS predicate, c.object AS object, c.value AS value, "
               "c.confidence AS confidence, c.quote AS quote, s.id AS source_id"),
}

COLUMNS = ["date", "event", "class", "place", "attributed_to", "via", "confidence", "fatalities", "competing",
           "sources", "event_id", "actor_id"]
EVENT_COLUMNS = ["aspect", "value", "confidence", "source", "published", "reliability", "quote", "disputed",
                 "value_id", "source_id"]
# What each claim predicate says about the event, in the order an investigator reads them.
ASPECTS = {T.ATTRIBUTED_TO: "perpetrator", "date": "date", T.OCCURRED_AT: "place",
           "fatalities_min": "fatalities_min", "fatalities_max": "fatalities_max", T.TARGETED: "target",
           T.VICTIM: "victim", T.PARTICIPANT: "participant", T.MEDIATED_BY: "mediator", "status": "status",
           "troops": "troops"}
ASPECT_ORDER = list(ASPECTS.values())


@register(
    "attributions",
    "Events attributed to an actor (optionally its components, marked) with confidence, sources and "
    "competing attributions; or, with --event, every source's account of one event and where they disagree.",
    ["conflictkg query attributions JNIM --with-components --since 2020-01",
     "conflictkg query attributions --event event:2020-04-06-attack-bamba"],
    [Param("actor", "Actor name, alias or id.", argument=True, entity=T.Actor),
     Param("event", "Instead of an actor: one event's attributions, source by source.", entity=T.Event,
           metavar="EVENT"),
     Param("with_components", "Also events attributed to groups that are part of the actor.", kind="flag"),
     Param("since", "Events ending on or after this date.", kind="date", metavar="DATE"),
     Param("until", "Events starting on or before this date.", kind="date", metavar="DATE"),
     Param("min_confidence", "Weakest confidence to keep (claimed > attributed > probable > possible).",
           kind="choice", choices=CONFIDENCE_CHOICES, metavar="LEVEL"),
     Param("limit", "Most attributions to list, newest first (0: all).", kind="int", default=500, metavar="N")],
    CYPHER,
)
def attributions(ctx: Ctx, actor: str | None = None, event: str | None = None, with_components: bool = False,
                 since: str | None = None, until: str | None = None, min_confidence: str | None = None,
                 limit: int = 500) -> QueryResult:
    if event and actor:
        raise QueryError("give an ACTOR or --event EVENT, not both")
    if event:
        if with_components or since or until or min_confidence:  # --limit has a default: not checked
            raise QueryError("--event shows one event: --with-components, --since, --until and --min-confidence do not apply")
        return _by_event(ctx, event)
    if not actor:
        raise QueryError("attributions needs an ACTOR (or --event EVENT)")
    return _by_actor(ctx, actor, with_components, since, until, min_confidence, limit)


def _components(ctx: Ctx, root: str) -> dict[str, dict]:
    """Groups PART_OF the root (transitively), each with the chain's validity window."""
    found: dict[str, dict] = {}
    frontier = [root]
    windows = {root: (None, None)}
    for _ in range(COMPONENT_DEPTH):
        nxt = []
        for x in ctx.cy("components", ids=sorted(frontier)):
            cid = x["id"]
            if cid == root or cid in found or x["confidence"] == "denied":
                continue
            pf, pu = windows[x["parent_id"]]
            # the chain is valid where every link is: latest start, earliest end
            vf = max(filter(None, [pf, x["valid_from"]]), default=None)
            vu = min(filter(None, [pu, x["valid_until"]]), default=None)
            found[cid] = {"parent": x["parent_id"], "valid_from": vf, "valid_until": vu}
            windows[cid] = (vf, vu)
            nxt.append(cid)
        frontier = nxt
        if not frontier:
            break
    return found


def _by_actor(ctx, actor, with_components, since, until, min_confidence, limit) -> QueryResult:
    root = ctx.resolve(actor, T.Actor, what="attributions are to actors (use --event for an event)")
    comps = _components(ctx, root) if with_components else {}
    ids = [root] + sorted(comps)
    levels = levels_at_least(min_confidence)
    filters = dict(ids=ids, levels=levels, since=day_bounds(since)[0], until=day_bounds(until)[1])
    rows: dict[tuple, dict] = {}
    others: dict[tuple, set] = defaultdict(set)
    size = 0
    if limit:
        size = ctx.cy("size", ids=ids)[0]["n"]

        def pick(floor, big):
            lo = max((x for x in (floor, filters["since"]) if x), default=None)
            months = bounded_months(ctx, lo, filters["until"]) if big and (lo or filters["until"]) else None
            part = "pick" if not big else "pick_scan" if months is None else "pick_months"
            return [(r["event_id"], r["actor_id"])
                    for r in ctx.cy(part, limit=limit, floor=floor, months=months, **filters)]

        picked = by_date_windows(ctx, pick, size, limit, newest=True, since=filters["since"], until=filters["until"])
        atts: dict[str, dict] = defaultdict(dict)     # event id -> actor id -> row
        places: dict[str, dict] = defaultdict(dict)   # event id -> place id -> name
        for r in ctx.cy("details", events=sorted({e for e, _ in picked})):
            if r["actor_id"] is not None:
                atts[r["event_id"]].setdefault(r["actor_id"], r)
            if r["place"] is not None:  # collect() skips null names too
                places[r["event_id"]][r["place_id"]] = r["place"]
        wanted = set(ids)
        for eid, aid in picked:
            own = atts[eid].get(aid)
            if own is None:
                continue
            rows[(eid, aid)] = dict(own, places=list(places[eid].values()))
            others[(eid, aid)] = {(r["actor"], r["confidence"]) for a, r in atts[eid].items()
                                  if a not in wanted and r["actor"]}
    else:
        for r in ctx.cy("events", **filters):
            key = (r["event_id"], r["actor_id"])
            rows.setdefault(key, r)
            if r["other"]:
                others[key].add((r["other"], r["other_confidence"]))
    rows = list(rows.values())
    filtered = bool(levels or filters["since"] or filters["until"])
    total = len(rows)
    if limit and len(rows) >= limit:
        # Without filters the total is the anchor's size, counted already. With filters, counting
        # a large anchor reads the dates of all its events (107k for JNIM since 2020 at 1M rows,
        # ~150 ms, most of the query's first run): its size at any date is said instead.
        if not filtered:
            total = size
        elif size <= COUNT_MAX:
            total = ctx.cy("count", **filters)[0]["n"]
        else:
            total = None
    ctx.load_names(ids)
    ctx.load_sources(s for r in rows for s in (r["sources"] or []) + (r["denied_by"] or []))

    out = []
    outside = 0
    for r in rows:
        via = "direct"
        if r["actor_id"] != root:
            c = comps[r["actor_id"]]
            via = f"component of {ctx.name(c['parent'])}"
            if r["start_date"] and valid_at(c["valid_from"], c["valid_until"], r["start_date"], r["end_date"]) is False:
                span = f"{c['valid_from'] or '…'} to {c['valid_until'] or '…'}"
                via += f" (event outside the membership period {span})"
                outside += 1
        competing = [f"{name} ({conf})" for name, conf in
                     sorted(others[(r["event_id"], r["actor_id"])], key=lambda x: (-confidence_rank(x[1]), x[0]))]
        srcs = ctx.support(r["sources"], r["denied_by"])
        out.append([date_text(r["date"], r["precision"]), event_name(r["event"], r["event_id"], r["class"], r["places"] or []),
                    r["class"], sorted(set(r["places"] or [])),
                    ctx.name(r["actor_id"]), via, r["confidence"], fatalities(r["fatalities_min"], r["fatalities_max"]),
                    competing, srcs, r["event_id"], r["actor_id"], r["start_date"] or ""])
    # newest first, as the engine limited them; undated events last
    out.sort(key=lambda x: (x[10], x[11]))
    out.sort(key=lambda x: x[-1], reverse=True)
    out = [x[:-1] for x in out]

    filt = []
    if since or until:
        filt.append(f"dated {since or '…'} to {until or '…'}")
    if min_confidence:
        filt.append(f"confidence {min_confidence} or stronger")
    notes = [f"Events attributed to {ctx.name(root)} ({root})"
             + (f" and its {len(comps)} component(s): " + ", ".join(ctx.name(c) for c in sorted(comps)) if with_components else "")
             + (f"; {', '.join(filt)}" if filt else "") + "."]
    if with_components and not comps:
        notes.append(f"{ctx.name(root)} has no components (nothing is PART_OF it).")
    if not out:
        notes.append("No attributed events" + (" match the filters." if filt else "."))
    capped = None
    if total is None:
        notes.append(capped := f"The {len(out)} most recent attributions matching the filters are listed ({size} in all, "
                     "at any date and confidence); there may be more: use --limit 0 for all of them, or --since/--until.")
    elif total > len(out):
        notes.append(capped := f"The {len(out)} most recent of {total} attributions are listed; use --limit, --since or --until.")
    if outside:
        notes.append(f"{outside} event(s) of components fall outside the period they were part of {ctx.name(root)}.")
    if since or until:
        notes.append("Undated events are left out by --since/--until.")
    return QueryResult(COLUMNS, out, notes, hidden=("event_id", "actor_id"), capped=capped)


def _by_event(ctx: Ctx, event: str) -> QueryResult:
    eid = ctx.resolve(event, T.Event, what="--event needs an event")
    ev = ctx.cy("event", id=eid)[0]
    # in a fixed order, so lists of disagreeing values do not depend on the engine's row order
    claims = sorted(ctx.cy("claims", id=eid), key=lambda c: (c["predicate"], c["object"] or "", c["value"] or "",
                                                             c["source_id"], c["claim_id"]))
    ctx.load_sources([c["source_id"] for c in claims])
    ctx.load_names([c["object"] for c in claims if c["object"]])

    def value_of(c):
        return ctx.name(c["object"]) if c["object"] else c["value"]

    by_aspect: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        aspect = ASPECTS.get(c["predicate"], c["predicate"])
        by_aspect[aspect][c["object"] or c["value"]].append(c)

    def disputed(aspect: str) -> bool:
        vals = by_aspect[aspect]
        if aspect == "perpetrator":
            denied = any(c["confidence"] == "denied" for cs in vals.values() for c in cs)
            return len(vals) > 1 or denied
        if aspect in ("date", "fatalities_min", "fatalities_max", "status", "troops", "place"):
            return len(vals) > 1
        return False

    out = []
    for c in claims:
        aspect = ASPECTS.get(c["predicate"], c["predicate"])
        s = ctx.source(c["source_id"])
        out.append([aspect, value_of(c), c["confidence"], ctx.source_labels([c["source_id"]])[0], s.get("published"),
                    s.get("reliability"), c["quote"], "yes" if disputed(aspect) else "", c["object"], c["source_id"]])
    rank = {a: i for i, a in enumerate(ASPECT_ORDER)}
    out.sort(key=lambda x: (rank.get(x[0], len(rank)), -confidence_rank(x[2]), str(x[1]), x[3], x[6] or ""))

    place_names = [ctx.name(c["object"]) for c in claims if c["predicate"] == T.OCCURRED_AT]
    notes = [f"{event_name(ev['event'], eid, ev['class'], place_names)} ({eid}), {ev['class']}, {date_text(ev['date'], ev['precision']) or 'undated'}; "
             f"{len({c['source_id'] for c in claims})} source(s), {len(claims)} claim(s)."]
    for aspect in ASPECT_ORDER + sorted(set(by_aspect) - set(ASPECT_ORDER)):
        if aspect in by_aspect and disputed(aspect):
            parts = []
            for v, cs in by_aspect[aspect].items():
                names = ", ".join(sorted({ctx.source(c["source_id"]).get("title") or ctx.source(c["source_id"]).get("name")
                                          or c["source_id"] for c in cs}))
                conf = "/".join(sorted({c["confidence"] for c in cs if c["confidence"]}))
                parts.append(f"{value_of(cs[0])}" + (f" ({conf})" if conf else "") + f" [{names}]")
            notes.append(f"Sources disagree on {aspect}: " + " | ".join(parts))
    if ev["date"] and by_aspect.get("date") and len(by_aspect["date"]) > 1:
        notes.append(f"The graph keeps the whole span: {ev['start_date']} to {ev['end_date']}.")
    if len(by_aspect.get("fatalities_min", {})) > 1 or len(by_aspect.get("fatalities_max", {})) > 1:
        notes.append(f"The event keeps the lowest minimum and the highest maximum toll: fatalities_min "
                     f"{ev['fatalities_min']}, fatalities_max {ev['fatalities_max'] if ev['fatalities_max'] is not None else 'not given'}.")
    merged = _merged_into(ctx, eid)
    for m in merged:
        out.append(["merged record", m["id"], None, m["by"], None, None, m["reason"], "", m["id"], None])
    if merged:
        notes.append(f"{len(merged)} other record(s) were fused into this event: "
                     + ", ".join(f"{m['id']} ({m['by']})" for m in merged) + "; their claims are listed above.")
    if not claims:
        notes.append("No source makes a claim about this event.")
    return QueryResult(EVENT_COLUMNS, out, notes, hidden=("value_id", "source_id"))


def _merged_into(ctx: Ctx, eid: str) -> list[dict]:
    """Records fused into ``eid``: from the judgements when the caller passes them (with who and
    why), else from the resolver's merge map."""
    out = []
    if ctx.judgements is not None:
        for j in ctx.judgements:
            if j.kind != "merge":
                continue
            for a in (j.a, j.b):
                if a != eid and ctx.resolver.canonical(a) == eid:
                    by = f"judgement #{j.id}, {'automatic' if j.auto else 'manual'}"
                    out.append({"id": a, "by": by, "reason": j.reason or ""})
    else:
        for a, canon in sorted(ctx.resolver.merges.items()):
            if canon == eid:
                out.append({"id": a, "by": "merge judgement", "reason": ""})
    seen, uniq = set(), []
    for m in out:
        if m["id"] not in seen:
            seen.add(m["id"])
            uniq.append(m)
    return sorted(uniq, key=lambda m: m["id"])
