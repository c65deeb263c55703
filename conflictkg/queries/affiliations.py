"""``affiliations ACTOR``: who the actor is part of, allied with, made of and led by, and since when.

The chain is walked one level per Cypher call (at most ``depth`` calls each way) so that a link
not valid at ``--as-of`` also stops the walk through it, and so that every link comes back with
its own validity and sources, identically on both engines.
"""
from __future__ import annotations

from ..ontology import terms as T
from .base import Ctx, Param, QueryResult, day_bounds, register, valid_at

UP_TYPES = (T.PART_OF, T.PLEDGED_ALLEGIANCE_TO, T.MEMBER_OF)
LINK = ("@type(r) AS type, r.id AS rel_id, r.confidence AS confidence, r.valid_from AS valid_from, "
        "r.valid_until AS valid_until, r.sources AS sources, r.denied_by AS denied_by")

CYPHER = {
    "up": (f"MATCH (a:{T.Actor})-[r:{'|'.join(UP_TYPES)}]->(b:{T.Actor}) WHERE a.id IN $ids "
           f"RETURN a.id AS from_id, b.id AS to_id, b.name AS to_name, {LINK}"),
    "down": (f"MATCH (c:{T.Actor})-[r:{'|'.join(UP_TYPES)}]->(a:{T.Actor}) WHERE a.id IN $ids "
             f"RETURN c.id AS from_id, a.id AS to_id, c.name AS from_name, {LINK}"),
    "allies": (f"MATCH (a:{T.Actor})-[r:{T.ALLIED_WITH}]-(b:{T.Actor}) WHERE a.id IN $ids "
               f"RETURN a.id AS from_id, b.id AS to_id, {LINK}"),
    "leaders": (f"MATCH (p:{T.Actor})-[r:{T.LEADER_OF}]->(a:{T.Actor}) WHERE a.id IN $ids "
                f"RETURN p.id AS from_id, a.id AS to_id, {LINK}"),
}

COLUMNS = ["direction", "depth", "from", "relation", "to", "confidence", "valid_from", "valid_until",
           "sources", "from_id", "to_id"]
ORDER = {"up": 0, "ally": 1, "down": 2, "member": 3, "leader": 4}


@register(
    "affiliations",
    "Upward chain (part of, allegiance, membership, alliances), components, members and leaders of an "
    "actor; each link with its validity and sources.",
    ['conflictkg query affiliations "Katiba Macina"', "conflictkg query affiliations JNIM --as-of 2016 --depth 2"],
    [Param("actor", "Actor name, alias or id.", argument=True, required=True, entity=T.Actor),
     Param("as_of", "Keep only links valid at this date (ISO day, month or year).", kind="date", metavar="DATE"),
     Param("depth", "Levels to follow up and down.", kind="int", default=3, metavar="N")],
    CYPHER,
)
def affiliations(ctx: Ctx, actor: str, as_of: str | None = None, depth: int = 3) -> QueryResult:
    root = ctx.resolve(actor, T.Actor, what="affiliations are about actors")
    start, end = day_bounds(as_of)
    rows: list[dict] = []
    stats = {"dropped": 0, "unreadable": 0}

    def keep(link: dict) -> bool:
        if not as_of:
            return True
        ok = valid_at(link["valid_from"], link["valid_until"], start, end)
        if ok is None:
            stats["unreadable"] += 1
            return True
        if not ok:
            stats["dropped"] += 1
        return ok

    def walk(part: str, direction_of, nxt_key: str) -> dict[str, int]:
        reached = {root: 0}
        frontier = [root]
        for level in range(1, depth + 1):
            if not frontier:
                break
            links = [x for x in ctx.cy(part, ids=sorted(frontier)) if keep(x)]
            frontier = []
            for x in links:
                rows.append(dict(x, direction=direction_of(x), depth=level))
                nxt = x[nxt_key]
                # a denied link is shown but not followed: the chain beyond it is not the actor's
                if nxt not in reached and x["confidence"] != "denied" and direction_of(x) != "member":
                    reached[nxt] = level
                    frontier.append(nxt)
        return reached

    up = walk("up", lambda x: "up", "to_id")
    down = walk("down", lambda x: "member" if x["type"] == T.MEMBER_OF else "down", "from_id")

    # alliances of the actor and of every group above it; allies' own parents are not the actor's
    seen_rel = set()
    # an alliance between two groups of the chain comes back from both ends: it is shown from the
    # end nearest the actor (then by id), whatever order the engine returns the rows in
    allies = sorted(ctx.cy("allies", ids=sorted(up)), key=lambda x: (up[x["from_id"]], x["from_id"], x["to_id"]))
    for x in allies:
        if x["rel_id"] in seen_rel or not keep(x):
            continue
        seen_rel.add(x["rel_id"])
        rows.append(dict(x, direction="ally", depth=up[x["from_id"]] + 1))

    involved = set(up) | set(down)
    for x in ctx.cy("leaders", ids=sorted(involved)):
        if keep(x):
            rows.append(dict(x, direction="leader", depth=up.get(x["to_id"], down.get(x["to_id"], 0)) + 1))

    ctx.load_names([r["from_id"] for r in rows] + [r["to_id"] for r in rows])
    ctx.load_sources(s for r in rows for s in r["sources"] or [])
    out = []
    for r in rows:
        srcs = ctx.support(r["sources"], r["denied_by"])
        out.append([r["direction"], r["depth"], ctx.name(r["from_id"]), r["type"], ctx.name(r["to_id"]),
                    r["confidence"], r["valid_from"], r["valid_until"], srcs, r["from_id"], r["to_id"]])
    out.sort(key=lambda x: (ORDER[x[0]], x[1], x[2].lower(), x[3], x[4].lower()))

    notes = [f"{ctx.name(root)} ({root})" + (f", links valid at {as_of}" if as_of else "")
             + f", {depth} level(s) each way."]
    if not out:
        notes.append("No affiliation links found" + (" valid at that date." if as_of and stats["dropped"] else "."))
    if stats["dropped"]:
        notes.append(f"{stats['dropped']} link(s) left out: not valid at {as_of}.")
    if as_of:
        notes.append("Links without validity dates are kept: their validity is unknown, not disproved.")
    if stats["unreadable"]:
        notes.append(f"{stats['unreadable']} link(s) with an unreadable validity date were kept.")
    return QueryResult(COLUMNS, out, notes, hidden=("from_id", "to_id"))
