"""``hostages [--held-by ACTOR]``: people held, by whom, since when, how confidently, and their release.

A hostage is a person with a HELD_HOSTAGE_BY link, or the VICTIM of a Kidnapping event. When no
source says who holds a kidnapped person, the perpetrators of the kidnapping stand in (marked as
such). Releases are Release events with the person as VICTIM; whoever took part in or mediated
them, and the talks that CONCERN the kidnapping or the release, are "who negotiated".
"""
from __future__ import annotations

from collections import defaultdict

from ..ontology import terms as T
from .base import Ctx, Param, QueryResult, confidence_rank, date_text, register

TALK_CLASSES = [T.Negotiation, T.Agreement]
EV = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
      "e.start_date AS start_date, e.end_date AS end_date, e.status AS status")

CYPHER = {
    "held": (f"MATCH (p:{T.Actor})-[h:{T.HELD_HOSTAGE_BY}]->(g:{T.Actor}) "
             "RETURN p.id AS person_id, g.id AS holder_id, h.confidence AS confidence, h.valid_from AS valid_from, "
             "h.valid_until AS valid_until, h.sources AS sources, h.denied_by AS denied_by"),
    "kidnapped": (f"MATCH (e:{T.Event})-[v:{T.VICTIM}]->(p:{T.Actor}) WHERE e.class = $kidnapping AND p.class = $person "
                  f"RETURN p.id AS person_id, {EV}, v.sources AS sources"),
    "victim_of": (f"UNWIND $ids AS i MATCH (e:{T.Event})-[v:{T.VICTIM}]->(p:{T.Actor} {{id: i}}) WHERE e.class IN $classes "
                  f"RETURN p.id AS person_id, {EV}, v.sources AS sources"),
    "perpetrators": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}})-[r:{T.ATTRIBUTED_TO}]->(g:{T.Actor}) "
                     "RETURN e.id AS event_id, g.id AS holder_id, r.confidence AS confidence, r.sources AS sources"),
    "places": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}})-[:{T.OCCURRED_AT}]->(p:{T.Place}) "
               "RETURN e.id AS event_id, p.name AS place"),
    "talks": (f"UNWIND $ids AS i MATCH (e:{T.Event})-[:{T.CONCERNS}]->(k:{T.Event} {{id: i}}) WHERE e.class IN $classes "
              f"RETURN k.id AS about_id, {EV}"),
    "negotiators": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}})-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) "
                    "RETURN e.id AS event_id, @type(r) AS role, a.id AS actor_id, r.confidence AS confidence, "
                    "r.sources AS sources"),
}

COLUMNS = ["hostage", "held_by", "basis", "confidence", "since", "until", "kidnapping", "release", "negotiated_by",
           "talks", "sources", "hostage_id", "holder_id"]


@register(
    "hostages",
    "People held hostage: by whom, since when, with what confidence, their kidnapping, release and who "
    "negotiated it.",
    ["conflictkg query hostages", "conflictkg query hostages --held-by JNIM --format csv"],
    [Param("held_by", "Only hostages held by this actor (name, alias or id).", entity=T.Actor, metavar="ACTOR")],
    CYPHER,
)
def hostages(ctx: Ctx, held_by: str | None = None) -> QueryResult:
    holder = ctx.resolve(held_by, T.Actor, what="--held-by needs an actor") if held_by else None
    held = ctx.cy("held")  # all of them: a stated holder also rules out derived ones under --held-by
    kidnaps = ctx.cy("kidnapped", kidnapping=T.Kidnapping, person=T.Person)
    people = sorted({h["person_id"] for h in held} | {k["person_id"] for k in kidnaps})
    releases = ctx.cy("victim_of", ids=people, classes=[T.Release]) if people else []
    kid_by_person: dict[str, list[dict]] = defaultdict(list)
    for k in kidnaps:
        kid_by_person[k["person_id"]].append(k)
    rel_by_person: dict[str, list[dict]] = defaultdict(list)
    for r in releases:
        rel_by_person[r["person_id"]].append(r)

    kid_ids = sorted({k["event_id"] for k in kidnaps})
    rel_ids = sorted({r["event_id"] for r in releases})
    perps: dict[str, list[dict]] = defaultdict(list)
    for p in ctx.cy("perpetrators", ids=kid_ids) if kid_ids else []:
        perps[p["event_id"]].append(p)
    places: dict[str, list[str]] = defaultdict(list)
    for p in ctx.cy("places", ids=kid_ids + rel_ids) if kid_ids or rel_ids else []:
        places[p["event_id"]].append(p["place"])
    talks: dict[str, list[dict]] = defaultdict(list)
    for t in ctx.cy("talks", ids=kid_ids + rel_ids, classes=TALK_CLASSES) if kid_ids or rel_ids else []:
        talks[t["about_id"]].append(t)
    talk_ids = sorted({t["event_id"] for ts in talks.values() for t in ts})
    negotiators: dict[str, list[dict]] = defaultdict(list)
    for n in ctx.cy("negotiators", ids=rel_ids + talk_ids) if rel_ids or talk_ids else []:
        negotiators[n["event_id"]].append(n)

    # (person, holder) -> basis rows: a stated HELD_HOSTAGE_BY, else the kidnapping's perpetrators
    entries: list[dict] = []
    stated = defaultdict(set)
    for h in held:
        stated[h["person_id"]].add(h["holder_id"])
        entries.append(dict(h, basis="held hostage by"))
    for person, ks in kid_by_person.items():
        if stated[person]:
            continue
        any_perp = False
        for k in ks:
            for p in perps[k["event_id"]]:
                any_perp = True
                entries.append({"person_id": person, "holder_id": p["holder_id"], "confidence": p["confidence"],
                                "valid_from": None, "valid_until": None, "sources": p["sources"], "denied_by": [],
                                "basis": "perpetrator of the kidnapping"})
        if not any_perp:
            entries.append({"person_id": person, "holder_id": None, "confidence": None, "valid_from": None,
                            "valid_until": None, "sources": [s for k in ks for s in k["sources"] or []],
                            "denied_by": [], "basis": "kidnapped, holder unknown"})
    if holder:  # after deriving, so the filter also applies to perpetrators standing in for holders
        entries = [e for e in entries if e["holder_id"] == holder]

    ctx.load_names({e["person_id"] for e in entries} | {e["holder_id"] for e in entries if e["holder_id"]}
                   | {n["actor_id"] for ns in negotiators.values() for n in ns})
    ctx.load_sources(s for e in entries for s in (e["sources"] or []) + (e["denied_by"] or []))

    def ev_text(e):
        where = ", ".join(sorted(places[e["event_id"]]))
        return f"{e['event']} ({date_text(e['date'], e['precision']) or 'undated'}" + (f", {where})" if where else ")")

    rows = []
    for e in entries:
        person = e["person_id"]
        ks = sorted(kid_by_person[person], key=lambda k: k["start_date"] or "")
        rs = sorted(rel_by_person[person], key=lambda r: r["start_date"] or "")
        since = e["valid_from"] or (ks[0]["date"] if ks else None)
        until = e["valid_until"] or (rs[-1]["date"] if rs else None)
        negotiated, talk_texts, extra_sources = [], [], []
        for r in rs:
            for n in sorted(negotiators[r["event_id"]], key=lambda n: (n["role"], ctx.name(n["actor_id"]))):
                role = "mediator" if n["role"] == T.MEDIATED_BY else "party"
                negotiated.append(f"{ctx.name(n['actor_id'])} ({role} to the release, {n['confidence'] or 'unrated'})")
                extra_sources += n["sources"] or []
        for ev in ks + rs:
            for t in talks[ev["event_id"]]:
                parties = sorted(ctx.name(n["actor_id"]) for n in negotiators[t["event_id"]])
                talk_texts.append(f"{t['event']} ({date_text(t['date'], t['precision']) or 'undated'}, "
                                  f"{t['status'] or 'status unknown'}" + (f"; {', '.join(parties)}" if parties else "") + ")")
                for n in negotiators[t["event_id"]]:
                    extra_sources += n["sources"] or []
        srcs = ctx.support(e["sources"], e["denied_by"])
        more = [s for s in ctx.source_labels(extra_sources) if s not in srcs]
        rows.append([ctx.name(person), ctx.name(e["holder_id"]) if e["holder_id"] else "(unknown)", e["basis"],
                     e["confidence"], since, until, [ev_text(k) for k in ks], [ev_text(r) for r in rs],
                     list(dict.fromkeys(negotiated)), list(dict.fromkeys(talk_texts)),
                     srcs + [f"release: {s}" for s in more], person, e["holder_id"]])
    rows.sort(key=lambda r: (r[0].lower(), -confidence_rank(r[3]), r[1].lower()))
    notes = [f"{len({r[11] for r in rows})} hostage(s)" + (f" held by {ctx.name(holder)} ({holder})" if holder else "")
             + f", {len(rows)} holder link(s)."]
    if not rows:
        notes.append("No hostages found" + (f" held by {ctx.name(holder)}." if holder else "."))
    if any(r[2] != "held hostage by" for r in rows):
        notes.append("Where no source says who holds a kidnapped person, the kidnapping's perpetrators are shown instead.")
    return QueryResult(COLUMNS, rows, notes, hidden=("hostage_id", "holder_id"))
