"""``hostages [--held-by ACTOR]``: people held, by whom, since when, how confidently, and their release.

A hostage is a person with a HELD_HOSTAGE_BY link, or the VICTIM of a Kidnapping event. When no
source says who holds a kidnapped person, the perpetrators of the kidnapping stand in (marked as
such). Releases are Release events with the person as VICTIM; whoever took part in or mediated
them, and the talks that CONCERN the kidnapping or the release, are "who negotiated".
"""
from __future__ import annotations

from collections import defaultdict

from ..ontology import terms as T
from .base import EACH_MAX, Ctx, Param, QueryResult, confidence_rank, date_text, event_name, register

TALK_CLASSES = [T.Negotiation, T.Agreement]
EV = ("e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, e.date_precision AS precision, "
      "e.start_date AS start_date, e.end_date AS end_date, e.status AS status")

# Each query starts from what is rare (hostage links, person victims, CONCERNS links) and reads the
# rest by adjacency; nothing is looked up by a list of event ids (a full scan of the event table).
CYPHER = {
    "held": (f"MATCH (p:{T.Actor})-[h:{T.HELD_HOSTAGE_BY}]->(g:{T.Actor}) "
             "RETURN p.id AS person_id, g.id AS holder_id, h.confidence AS confidence, h.valid_from AS valid_from, "
             "h.valid_until AS valid_until, h.sources AS sources, h.denied_by AS denied_by"),
    "kidnapped": (f"MATCH (e:{T.Event})-[v:{T.VICTIM}]->(p:{T.Actor}) WHERE p.class = $person "
                  "WITH e, v, p WHERE e.class = $kidnapping "
                  f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(pl:{T.Place}) "
                  f"OPTIONAL MATCH (e)-[r:{T.ATTRIBUTED_TO}]->(g:{T.Actor}) "
                  f"RETURN p.id AS person_id, {EV}, v.sources AS victim_sources, pl.name AS place, g.id AS holder_id, "
                  "r.confidence AS confidence, r.sources AS sources"),
    "released": (f"MATCH (e:{T.Event})-[v:{T.VICTIM}]->(p:{T.Actor}) WHERE p.class = $person "
                 "WITH e, v, p WHERE e.class = $release "
                 f"OPTIONAL MATCH (e)-[:{T.OCCURRED_AT}]->(pl:{T.Place}) "
                 f"OPTIONAL MATCH (e)-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) "
                 f"RETURN p.id AS person_id, {EV}, pl.name AS place, @type(r) AS role, a.id AS actor_id, "
                 "r.confidence AS confidence, r.sources AS sources"),
    # talks about one kidnapping or release (index lookup), or all CONCERNS links when there are many
    "talks_about": (f"MATCH (n:{T.Event})-[:{T.CONCERNS}]->(k:{T.Event} {{id: $id}}) "
                    f"OPTIONAL MATCH (n)-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) "
                    f"OPTIONAL MATCH (n)-[:{T.OCCURRED_AT}]->(pl:{T.Place}) "
                    "RETURN k.id AS about_id, n.id AS event_id, n.name AS event, n.class AS class, n.date AS date, "
                    "n.date_precision AS precision, n.status AS status, @type(r) AS role, a.id AS actor_id, "
                    "r.sources AS sources, pl.name AS place"),
    "concerns_count": f"MATCH (n:{T.Event})-[c:{T.CONCERNS}]->(k:{T.Event}) RETURN count(*) AS n",
    "talks": (f"MATCH (n:{T.Event})-[:{T.CONCERNS}]->(k:{T.Event}) "
              f"OPTIONAL MATCH (n)-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) "
              f"OPTIONAL MATCH (n)-[:{T.OCCURRED_AT}]->(pl:{T.Place}) "
              "RETURN k.id AS about_id, n.id AS event_id, n.name AS event, n.class AS class, n.date AS date, "
              "n.date_precision AS precision, n.status AS status, @type(r) AS role, a.id AS actor_id, "
              "r.sources AS sources, pl.name AS place"),
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
    kid_by_person: dict[str, dict[str, dict]] = defaultdict(dict)
    perps: dict[str, dict[str, dict]] = defaultdict(dict)
    places: dict[str, set] = defaultdict(set)
    for r in ctx.cy("kidnapped", kidnapping=T.Kidnapping, person=T.Person):
        kid_by_person[r["person_id"]].setdefault(r["event_id"], r)
        if r["place"]:
            places[r["event_id"]].add(r["place"])
        if r["holder_id"]:
            perps[r["event_id"]][r["holder_id"]] = r
    rel_by_person: dict[str, dict[str, dict]] = defaultdict(dict)
    negotiators: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in ctx.cy("released", release=T.Release, person=T.Person):
        rel_by_person[r["person_id"]].setdefault(r["event_id"], r)
        if r["place"]:
            places[r["event_id"]].add(r["place"])
        if r["actor_id"] and r["actor_id"] != r["person_id"]:
            negotiators[r["event_id"]][(r["role"], r["actor_id"])] = r
    talks: dict[str, dict[str, dict]] = defaultdict(dict)
    about = sorted({e for ks in kid_by_person.values() for e in ks} | {e for rs in rel_by_person.values() for e in rs})
    if not about or ctx.cy("concerns_count")[0]["n"] == 0:  # counting is free; listing them scans the events
        talk_rows = []
    else:
        talk_rows = ctx.cy_each("talks_about", about) if len(about) <= EACH_MAX else ctx.cy("talks")
    for r in talk_rows:
        if r["class"] not in TALK_CLASSES:
            continue
        talks[r["about_id"]].setdefault(r["event_id"], r)
        if r["place"]:
            places[r["event_id"]].add(r["place"])
        if r["actor_id"]:
            negotiators[r["event_id"]][(r["role"], r["actor_id"])] = r

    # (person, holder) -> basis rows: a stated HELD_HOSTAGE_BY, else the kidnapping's perpetrators
    entries: list[dict] = []
    stated = defaultdict(set)
    for h in held:
        stated[h["person_id"]].add(h["holder_id"])
        entries.append(dict(h, basis="held hostage by"))
    for person, ks in sorted(kid_by_person.items()):
        if stated[person]:
            continue
        any_perp = False
        for k in ks.values():
            for p in perps[k["event_id"]].values():
                any_perp = True
                entries.append({"person_id": person, "holder_id": p["holder_id"], "confidence": p["confidence"],
                                "valid_from": None, "valid_until": None, "sources": p["sources"], "denied_by": [],
                                "basis": "perpetrator of the kidnapping"})
        if not any_perp:
            entries.append({"person_id": person, "holder_id": None, "confidence": None, "valid_from": None,
                            "valid_until": None, "sources": [s for k in ks.values() for s in k["victim_sources"] or []],
                            "denied_by": [], "basis": "kidnapped, holder unknown"})
    if holder:  # after deriving, so the filter also applies to perpetrators standing in for holders
        entries = [e for e in entries if e["holder_id"] == holder]

    ctx.load_names({e["person_id"] for e in entries} | {e["holder_id"] for e in entries if e["holder_id"]}
                   | {a for ns in negotiators.values() for _, a in ns})
    ctx.load_sources(s for e in entries for s in (e["sources"] or []) + (e["denied_by"] or []))

    def ev_text(e):
        where = ", ".join(sorted(places[e["event_id"]]))
        name = event_name(e["event"], e["event_id"], e["class"], places[e["event_id"]])
        return f"{name} ({date_text(e['date'], e['precision']) or 'undated'}" + (f", {where})" if where else ")")

    rows = []
    for e in entries:
        person = e["person_id"]
        ks = sorted(kid_by_person[person].values(), key=lambda k: (k["start_date"] or "", k["event_id"]))
        rs = sorted(rel_by_person[person].values(), key=lambda r: (r["start_date"] or "", r["event_id"]))
        since = e["valid_from"] or (ks[0]["date"] if ks else None)
        until = e["valid_until"] or (rs[-1]["date"] if rs else None)
        negotiated, talk_texts, extra_sources = [], [], []
        for r in rs:
            for n in sorted(negotiators[r["event_id"]].values(), key=lambda n: (n["role"], ctx.name(n["actor_id"]))):
                role = "mediator" if n["role"] == T.MEDIATED_BY else "party"
                negotiated.append(f"{ctx.name(n['actor_id'])} ({role} to the release, {n['confidence'] or 'unrated'})")
                extra_sources += n["sources"] or []
        for ev in ks + rs:
            for t in sorted(talks[ev["event_id"]].values(), key=lambda t: t["event_id"]):
                parties = sorted(ctx.name(a) for _, a in negotiators[t["event_id"]])
                talk_texts.append(f"{event_name(t['event'], t['event_id'], t['class'], places[t['event_id']])} ({date_text(t['date'], t['precision']) or 'undated'}, "
                                  f"{t['status'] or 'status unknown'}" + (f"; {', '.join(parties)}" if parties else "") + ")")
                for n in negotiators[t["event_id"]].values():
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
