"""``manoeuvre OPERATION``: what other actors did during a military operation, inside versus
outside its area, by actor and region.

The operation is an event (class MilitaryOperation, e.g. Operation Monclar, 3–23 March 2020).
Its area is every place it OCCURRED_AT and everything LOCATED_IN those places (the cercles
that are members of the Liptako-Gourma area, their settlements). Its window is its start and end
dates, widened by ``--before``/``--after`` days: the room an operation leaves elsewhere shows in
the weeks after it too (the seed report sets the 6 April attack in Bamba against Monclar).
"Other actors" are all but the operation's participants and the groups part of them; events
that are part of the operation are left out.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from datetime import date, timedelta

from ..ontology import terms as T
from .base import Ctx, Param, QueryError, QueryResult, date_text, event_name, register, window_months

PLACE_DEPTH = 8
# What counts as an actor's activity: violence and operations, not talks or communiqués.
ACTIVITY_CLASSES = [T.Attack, T.Clash, T.Explosion, T.ViolenceAgainstCivilians, T.Kidnapping, T.MilitaryOperation]
ZONES = ("inside", "outside", "undetermined", "no place")

CYPHER = {
    "operation": (f"MATCH (o:{T.Event} {{id: $id}}) RETURN o.id AS id, o.name AS name, o.class AS class, o.date AS date, "
                  "o.start_date AS start_date, o.end_date AS end_date, o.troops AS troops, o.sources AS sources"),
    "op_places": (f"MATCH (o:{T.Event} {{id: $id}})-[r:{T.OCCURRED_AT}]->(p:{T.Place}) RETURN p.id AS id, r.sources AS sources"),
    "op_actors": (f"MATCH (o:{T.Event} {{id: $id}})-[r:{T.PARTICIPANT}|{T.ATTRIBUTED_TO}]->(a:{T.Actor}) "
                  f"OPTIONAL MATCH (c:{T.Actor})-[:{T.PART_OF}]->(a) RETURN a.id AS id, c.id AS component_id, "
                  "r.sources AS sources"),
    "op_parts": f"MATCH (e:{T.Event})-[:{T.PART_OF}]->(o:{T.Event} {{id: $id}}) RETURN e.id AS id",
    "area_size": (f"MATCH (p:{T.Place})-[:{T.LOCATED_IN}*0..{PLACE_DEPTH}]->(x:{T.Place}) WHERE x.id IN $roots "
                  "RETURN count(DISTINCT p.id) AS n"),
    # the window's events with what grouping and counting need: names, dates, the events' own
    # sources and their attributions' sources are read only for the events listed (an operation's
    # month holds ~16,000 events at 1M rows; their attribution sources were a third of this query's
    # engine time). The operation itself is left out in Python: `e.id <> $id` here cost a second scan.
    # The window's events come from its Month buckets by key, their dates checked after the WITH:
    # a date filter on the event table with the bounds as parameters is a scan of every event.
    "window": (f"MATCH (m:{T.Month})<-[:{T.IN_MONTH}]-(e:{T.Event}) WHERE m.id IN $months "
               "WITH DISTINCT e WHERE e.start_date <= $window_end AND e.end_date >= $window_start AND e.class IN $classes "
               f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
               f"OPTIONAL MATCH (e)-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) "
               "RETURN e.id AS event_id, e.start_date AS start_date, e.end_date AS end_date, "
               "e.fatalities_min AS fatalities_min, p.id AS place_id, a.id AS actor_id, r.confidence AS confidence"),
    # the listed events by primary key, with the sources of each of their attributions
    "listed": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}}) "
               f"OPTIONAL MATCH (e)-[r:{T.ATTRIBUTED_TO}]->(a:{T.Actor}) "
               "RETURN e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
               "e.sources AS event_sources, a.id AS actor_id, r.sources AS sources"),
    # one level of the place hierarchy for a set of places: primary-key lookups and their parents
    # by adjacency. Walked level by level in Python: a variable-length pattern from a list of
    # places cost LadybugDB ~2.5 ms per place (0.7 s for the 290 places of a window at 100k rows).
    "parents": (f"UNWIND $ids AS i MATCH (p:{T.Place} {{id: i}}) OPTIONAL MATCH (p)-[:{T.LOCATED_IN}]->(x:{T.Place}) "
                "RETURN p.id AS id, p.name AS name, p.class AS class, p.level AS level, x.id AS parent_id"),
}

COLUMNS = ["zone", "phase", "actor", "region", "events", "fatalities_min", "event_list", "sources", "actor_id"]
#: Events listed per row, the earliest first; the rest are counted ("… and N more").
MAX_LISTED = 5
#: Rows listed by default (--limit): a month of a busy theatre holds thousands of (actor, region) rows
#: (1,996 for an operation at 1M events); the rest are counted in the notes, like timeline's 500 events.
MAX_ROWS = 500


def _ancestry(ctx: Ctx, ids: list[str]) -> tuple[dict[str, dict], dict[str, set]]:
    """({place id: its row (name, class, level)}, {place id: the place and every place it is
    LOCATED_IN, up to PLACE_DEPTH levels up}) for ``ids`` and the places above them."""
    info: dict[str, dict] = {}
    parents: dict[str, set] = defaultdict(set)
    todo = sorted(set(ids))
    for _ in range(PLACE_DEPTH + 1):
        if not todo:
            break
        for r in ctx.cy("parents", ids=todo):
            info[r["id"]] = r
            if r["parent_id"]:
                parents[r["id"]].add(r["parent_id"])
        todo = sorted({x for i in todo for x in parents[i]} - set(info))
    ups: dict[str, set] = {}
    for pid in ids:
        if pid not in info:
            continue
        seen, frontier = {pid}, [pid]
        for _ in range(PLACE_DEPTH):
            frontier = [x for i in frontier for x in parents[i] if x not in seen and x in info]
            if not frontier:
                break
            seen.update(frontier)
        ups[pid] = seen
    return info, ups


def _forces(ctx: Ctx, op: dict, links: list[dict]) -> tuple[set, set]:
    """(the operation's own forces and the groups part of them, the actors left out of them).

    Its forces are the actors its sources say took part in it or carried it out. A dataset row
    merged into an operation the reports tell (Operation Monclar with ACLED's MLI3625) names every
    party of the clash it codes, the enemy too (ISGS): when the operation has a source other than
    a dataset, only the links such a source states make forces. An operation known only from
    dataset rows has no other account of who carried it out: its rows' links are its forces."""
    ctx.load_sources([s for r in links for s in r["sources"] or []] + list(op["sources"] or []))

    def told(sources) -> bool:
        return any(ctx.source(s).get("kind") != "dataset" for s in sources or [])

    narrated = told(op["sources"])
    own, parties = set(), set()
    for r in links:
        if narrated and not told(r["sources"]):
            parties.add(r["id"])
            continue
        own.add(r["id"])
        if r["component_id"]:
            own.add(r["component_id"])
    return own, parties - own


@register(
    "manoeuvre",
    "Room for manoeuvre: events of other actors during a military operation's window, inside versus outside "
    "its area (its places and everything located in them), by actor and region.",
    ['conflictkg query manoeuvre "Operation Monclar"', 'conflictkg query manoeuvre "Operation Monclar" --after 0'],
    [Param("operation", "The operation: an event (MilitaryOperation) name, alias or id.", argument=True,
           required=True, entity=T.Event),
     Param("before", "Days before the operation's start to include.", kind="int", default=0, metavar="DAYS"),
     Param("after", "Days after the operation's end to include.", kind="int", default=30, metavar="DAYS"),
     Param("limit", "Most rows to list, in table order (0: all); the notes' totals count every row.", kind="int",
           default=MAX_ROWS, metavar="N")],
    CYPHER,
)
def manoeuvre(ctx: Ctx, operation: str, before: int = 0, after: int = 30, limit: int = MAX_ROWS) -> QueryResult:
    oid = ctx.resolve(operation, T.Event, what="manoeuvre needs a military operation event (e.g. Operation Monclar)")
    op = ctx.cy("operation", id=oid)[0]
    if op["class"] != T.MilitaryOperation:
        raise QueryError(f"{op['name']} ({oid}) is {op['class'] or 'an event'}, not a {T.MilitaryOperation}")
    if not op["start_date"]:
        raise QueryError(f"{op['name']} ({oid}) has no date: its window is unknown")
    roots = [p["id"] for p in ctx.cy("op_places", id=oid)]
    if not roots:
        raise QueryError(f"{op['name']} ({oid}) has no place (OCCURRED_AT): its area is unknown")
    own, row_parties = _forces(ctx, op, ctx.cy("op_actors", id=oid))
    parts = {r["id"] for r in ctx.cy("op_parts", id=oid)}
    start = (date.fromisoformat(op["start_date"]) - timedelta(days=before)).isoformat()
    end = (date.fromisoformat(op["end_date"]) + timedelta(days=after)).isoformat()
    # rows as lists in the RETURN order (tens of thousands at 1M events: no dict per row)
    rows = ctx.cy_rows("window", months=window_months(start, end), window_start=start, window_end=end,
                       classes=ACTIVITY_CLASSES)

    skip = parts | {oid}
    n_rows = Counter(row[0] for row in rows)
    place_ids = sorted({row[4] for row in rows if row[4] and row[0] not in skip} | set(roots))
    info, ups = _ancestry(ctx, place_ids)
    root_set = set(roots)
    above_area = {x for r in roots for x in ups.get(r, ())} - root_set  # places containing the area

    def zone(pid: str) -> str:
        if not root_set.isdisjoint(ups.get(pid, (pid,))):
            return "inside"
        if pid in above_area:
            return "undetermined"  # e.g. an event placed only at "Mali": cannot tell
        return "outside"

    def region(pid: str) -> str:
        if pid not in info:
            return pid
        cands = [info[x] for x in ups[pid] if x not in root_set]
        for hit in ([a for a in cands if a["level"] == "region"], [a for a in cands if a["class"] == T.Country]):
            if hit:
                return min(hit, key=lambda a: a["name"] or "")["name"]
        return info[pid]["name"]

    # a window's thousands of events share a few hundred places: each place's zone and region once
    zones = {p: zone(p) for p in place_ids}
    regions_of = {p: region(p) for p in place_ids}
    zone_region = {p: (zones[p], regions_of[p]) for p in place_ids}
    no_place = ("no place", "")
    op_start, op_end = op["start_date"], op["end_date"]
    unattributed = [(None, None)]
    # (zone, phase, actor, region) -> [[(start, event id, confidence, places)], fatalities]; the events
    # in no particular order: only the rows shown need their earliest ones (heapq below), not the
    # whole window sorted
    groups: dict[tuple, list] = {}
    own_only = 0

    def add(key, entry, fat):
        g = groups.get(key)
        if g is None:
            g = groups[key] = [[], None]
        g[0].append(entry)
        if fat is not None:
            g[1] = (g[1] or 0) + fat

    # most events have one row (one place, at most one actor): they are grouped straight from it;
    # the events of several rows are gathered first
    multi: dict[str, list] = {}  # event id -> [start, end, fatalities_min, places, {actor: confidence}]
    for eid, ev_start, ev_end, fat, place_id, actor_id, confidence in rows:
        if eid in skip:
            continue
        if n_rows[eid] > 1:
            ev = multi.get(eid)
            if ev is None:
                ev = multi[eid] = [ev_start, ev_end, fat, set(), {}]
            if place_id:
                ev[3].add(place_id)
            if actor_id and confidence != "denied":  # a denied attribution is not the actor's activity
                ev[4][actor_id] = confidence
            continue
        if not actor_id or confidence == "denied":
            actor_id = confidence = None
        elif actor_id in own:
            own_only += 1
            continue
        z, reg = zone_region[place_id] if place_id else no_place
        phase = "before" if ev_end < op_start else "after" if ev_start > op_end else "during"
        add((z, phase, actor_id, reg), (ev_start, eid, confidence, (place_id,) if place_id else ()), fat)
    for eid, (ev_start, ev_end, fat, places, actors) in multi.items():
        if actors:
            others = sorted(ac for ac in actors.items() if ac[0] not in own)
            if not others:
                own_only += 1
                continue
        else:
            others = unattributed
        zs = {zones[p] for p in places}
        z = "inside" if "inside" in zs else ("outside" if "outside" in zs else ("undetermined" if zs else "no place"))
        reg = min((regions_of[p] for p in places), default="")
        phase = "before" if ev_end < op_start else "after" if ev_start > op_end else "during"
        for aid, attribution in others:
            add((z, phase, aid, reg), (ev_start, eid, attribution, places), fat)
    # the rows in table order, then what the rows shown list: their earliest events' names, dates and sources
    ctx.load_names([k[2] for k in groups if k[2]] + [oid])
    actor_names = {aid: ctx.name(aid) for aid in {k[2] for k in groups if k[2]}}
    phases = {"before": 0, "during": 1, "after": 2}
    zone_rank = {z: i for i, z in enumerate(ZONES)}
    row_actor = {key: actor_names[key[2]] if key[2] else "(unattributed)" for key in groups}
    sort_key = {key: (zone_rank[key[0]], phases[key[1]], -len(g[0]), row_actor[key].lower(), key[3])
                for key, g in groups.items()}
    keys = sorted(groups, key=sort_key.__getitem__)
    if any(sort_key[a] == sort_key[b] for a, b in zip(keys, keys[1:])):
        # rows that tie (two actors of one name) keep the order of their earliest events (then
        # ids), as when the groups were filled from the window sorted by date
        keys.sort(key=lambda key: (sort_key[key], min(groups[key][0])))
    order = [(key, row_actor[key]) for key in keys]
    shown = order[:limit] if limit else order
    # each shown row's earliest events (then by id: ids are unique, the confidences never compared)
    first = {key: heapq.nsmallest(MAX_LISTED, groups[key][0]) for key, _ in shown}
    listed = sorted({entry[1] for evs in first.values() for entry in evs})
    details: dict[str, dict] = {}
    attribution_sources: dict[tuple, list] = {}  # (event id, actor id) -> sources
    for d in ctx.cy("listed", ids=listed) if listed else []:
        details.setdefault(d["event_id"], d)
        if d["actor_id"]:
            attribution_sources[(d["event_id"], d["actor_id"])] = d["sources"] or []
    srcs = {key: [s for _, eid, _, _ in first[key]
                  for s in attribution_sources.get((eid, key[2]), []) + (details[eid]["event_sources"] or [])]
            for key, _ in shown}
    ctx.load_sources(s for v in srcs.values() for s in v)
    out = []
    more = 0
    for key, actor_name in shown:
        z, phase, aid, reg = key
        evs, fat = groups[key]
        listing = []
        for ev_start, eid, conf, places in first[key]:
            d = details[eid]
            label = event_name(d["event"], eid, d["class"], [info[p]["name"] if p in info else None for p in places])
            listing.append((ev_start, f"{date_text(d['date'], d['precision'])} {label}"
                            + (f" ({conf})" if conf else "")))
        event_list = [t for _, t in sorted(listing)]
        if len(evs) > MAX_LISTED:
            more += 1
            event_list.append(f"… and {len(evs) - MAX_LISTED} more")
        out.append([z, phase, actor_name, reg, len(evs), fat,
                    event_list, ctx.source_labels(list(dict.fromkeys(srcs[key]))), aid])

    area_n = ctx.cy("area_size", roots=roots)[0]["n"]
    ctx.load_names(roots + sorted(own))
    notes = [f"{op['name']} ({oid}): {date_text(op['date'], None)}"
             + (f", {op['troops']} troops" if op["troops"] else "")
             + f"; area {', '.join(ctx.name(r) for r in roots)} ({area_n} place(s) with everything inside);"
             f" window {start} to {end} ({before} day(s) before, {after} after)."]
    if own:
        notes.append("Left out as the operation's own forces: " + ", ".join(sorted(ctx.name(a) for a in own)) + ".")
    if row_parties:
        ctx.load_names(sorted(row_parties))
        notes.append("Not taken as the operation's forces: " + ", ".join(sorted(ctx.name(a) for a in row_parties))
                     + ", parties of the dataset rows merged into it, which name every side of an event; no other "
                     "source names them as its forces, so their events are counted.")
    for z in ("inside", "outside"):
        by_actor = defaultdict(int)
        for key, actor_name in order:  # every row, shown or not
            if key[0] == z:
                by_actor[actor_name] += len(groups[key][0])
        if by_actor:
            notes.append(f"{z.capitalize()} the area: " + ", ".join(f"{a} {n}" for a, n in sorted(by_actor.items(), key=lambda x: (-x[1], x[0]))) + " event(s).")
    if own_only:
        notes.append(f"{own_only} event(s) in the window attributed only to the operation's forces are not counted.")
    notes.append(f"Counted: {', '.join(ACTIVITY_CLASSES)} events overlapping the window; fatalities_min sums the "
                 "lowest toll of each event that has one.")
    if parts:
        notes.append(f"{len(parts)} event(s) part of the operation are not counted.")
    if more:
        notes.append(f"event_list shows the {MAX_LISTED} earliest events of each row (then by id), sources are "
                     f"those of the events listed; {more} row(s) hold more events, counted in events and fatalities_min.")
    capped = None
    if len(shown) < len(order):
        hidden_rows = order[len(shown):]
        notes.append(capped := f"Only the first {len(shown)} of {len(order)} rows are listed (the last "
                     f"{len(hidden_rows)} hold {sum(len(groups[k][0]) for k, _ in hidden_rows)} actor-event(s)); "
                     "the totals above count every row; use --limit 0 for all of them.")
    if not out:
        notes.append("No events of other actors in the window.")
    return QueryResult(COLUMNS, out, notes, hidden=("actor_id",), capped=capped)
