"""``channels A B`` and ``brokers``: the negotiation network.

The network is fetched by Cypher (negotiation events with their parties and mediators, and direct
NEGOTIATES_WITH links) and analysed with networkx, so both engines give the same answer and no
unbounded undirected walk ever runs in the database. The network query returns ids only; names,
dates, statuses and sources are fetched afterwards for the talks actually shown.

How talks become links between actors: in talks without a mediator the parties are linked to each
other; in mediated talks each party is linked to the mediator (the parties talk *through* the
mediator, which is what makes a mediator a broker). Agreements and releases are concluded talks
and count too. A channel between A and B may end at a representative of either: a leader of the
actor, a group that is part of it, or the leader of such a group (talks with Iyad Ag Ghaly are a
channel to JNIM); those representation links are shown, with their sources, but not counted as hops.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict, deque
from dataclasses import dataclass, field
from operator import itemgetter

import networkx as nx

from ..dates import parse_partial
from ..ontology import terms as T
from ..ontology.model import ONTOLOGY
from .base import Ctx, Param, QueryError, QueryResult, confidence_rank, date_text, day_bounds, register

TALK_CLASSES = [T.Negotiation, T.Agreement, T.Release]
MAX_PATHS = 5000        # channels collected (shortest first) before the search stops, so dense networks stay fast
#: Links listed per hop of a channel shown (--per-hop), the most recent first; the rest are counted.
#: A hop between two busy actors carries hundreds of talks at 1M events (2,252 rows for ten channels).
PER_HOP = 20
# Betweenness costs one traversal (nodes + edges) per source actor: exact while that stays under
# this budget, else estimated from a fixed-seed sample of sources sized to the budget.
BETWEENNESS_BUDGET = 150_000
MIN_SAMPLE = 32

NETWORK_CYPHER = {
    "talks": (f"MATCH (e:{T.Event})-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) WHERE e.class IN $classes "
              "[[since: AND e.end_date >= $since]] "
              "RETURN e.id AS event_id, coalesce(e.end_date, e.start_date) AS day, @type(r) AS role, a.id AS actor_id, "
              "r.confidence AS confidence"),
    "direct": (f"MATCH (a:{T.Actor})-[r:{T.NEGOTIATES_WITH}]->(b:{T.Actor}) "
               "RETURN a.id AS a_id, b.id AS b_id, r.confidence AS confidence, r.valid_from AS valid_from, "
               "r.valid_until AS valid_until, r.sources AS sources"),
    # the talks shown, one primary-key lookup each and their parties by adjacency (OPTIONAL: a
    # plain MATCH after the lookup makes LadybugDB scan the relationship table)
    "details": (f"UNWIND $ids AS i MATCH (e:{T.Event} {{id: i}}) "
                f"OPTIONAL MATCH (e)-[r:{T.PARTICIPANT}|{T.MEDIATED_BY}]->(a:{T.Actor}) "
                "RETURN e.id AS event_id, e.name AS event, e.class AS class, e.date AS date, "
                "e.date_precision AS precision, e.status AS status, a.id AS actor_id, r.sources AS sources"),
}
CYPHER = dict(NETWORK_CYPHER, representatives=(
    f"MATCH (p:{T.Actor})-[r:{T.LEADER_OF}|{T.PART_OF}]->(a:{T.Actor}) WHERE a.id IN $ids "
    "RETURN a.id AS of_id, p.id AS id, @type(r) AS type, r.confidence AS confidence, r.sources AS sources"))


@dataclass(slots=True)
class Link:
    a: str
    b: str
    kind: str                   # "parties", "party–mediator", "direct"
    day: str | None             # latest day the link is known to hold, for recency
    confidence: str | None
    event_id: str | None = None
    sources: list[str] = field(default_factory=list)   # direct links only; talks get theirs from details
    date: str | None = None     # direct links only


@dataclass
class Network:
    graph: nx.Graph
    events: dict = field(default_factory=dict)          # event id -> {"parties": set, "mediators": set}
    undated_direct: int = 0


def _weaker(a: str | None, b: str | None) -> str | None:
    return a if confidence_rank(a) <= confidence_rank(b) else b


def build_network(ctx: Ctx, since: str | None = None) -> Network:
    since_day = day_bounds(since)[0]
    # rows as lists: event_id, day, role, actor_id, confidence (thousands at 1M events)
    rows = ctx.cy_rows("talks", classes=TALK_CLASSES, since=since_day)
    rows.sort(key=itemgetter(0, 2, 3))  # by event, role, actor: the same graph whatever the engine's order
    events: dict[str, dict] = {}
    for eid, day, role, actor_id, confidence in rows:
        ev = events.get(eid)
        if ev is None:
            ev = events[eid] = {"day": day, "parties": {}, "mediators": {}}
        ev["mediators" if role == T.MEDIATED_BY else "parties"][actor_id] = confidence
    links: list[Link] = []
    for eid, ev in events.items():
        parties, mediators = ev["parties"], ev["mediators"]
        pairs = ([(p, m) for p in parties for m in mediators] if mediators
                 else [(p, q) for p in parties for q in parties if p < q])
        kind = "party–mediator" if mediators else "parties"
        for x, y in pairs:
            if x != y:
                cx = parties.get(x, mediators.get(x))
                cy = mediators.get(y, parties.get(y))
                links.append(Link(x, y, kind, ev["day"], _weaker(cx, cy), eid))
    direct = sorted(ctx.cy("direct"), key=lambda d: (d["a_id"], d["b_id"]))
    ctx.load_sources(s for d in direct for s in d["sources"] or [])
    undated = 0
    for d in direct:
        day = None
        try:
            if d["valid_until"] or d["valid_from"]:
                day = parse_partial(d["valid_until"] or d["valid_from"])[1]
        except ValueError:
            day = None
        if day is None:  # when it held is unknown: as of the latest source that reports it
            pub = ctx.published(d["sources"])
            if pub:
                try:
                    day = parse_partial(pub[-1])[1]
                except ValueError:
                    day = None
        if since_day and (day is None or day < since_day):
            undated += day is None
            continue
        date = (f"{d['valid_from'] or '…'} to {d['valid_until'] or '…'}" if d["valid_from"] or d["valid_until"]
                else (f"reported {day}" if day else ""))
        links.append(Link(d["a_id"], d["b_id"], "direct", day, d["confidence"], sources=d["sources"] or [], date=date))
    g = nx.Graph()
    for link in links:
        if g.has_edge(link.a, link.b):
            g[link.a][link.b]["links"].append(link)
        else:
            g.add_edge(link.a, link.b, links=[link])
    return Network(g, {e: {"parties": set(v["parties"]), "mediators": set(v["mediators"])} for e, v in events.items()},
                   undated)


def event_details(ctx: Ctx, event_ids) -> dict[str, dict]:
    """Name, class, date, status of talks, and the sources of each actor's part in them."""
    out: dict[str, dict] = {}
    ids = sorted(set(event_ids))
    for r in ctx.cy("details", ids=ids) if ids else []:
        if r["actor_id"] is None:
            continue
        d = out.setdefault(r["event_id"], {"event": r["event"], "class": r["class"], "status": r["status"],
                                           "date": date_text(r["date"], r["precision"]), "sources": {}})
        d["sources"][r["actor_id"]] = r["sources"] or []
    # talks without a name of their own are named by their places, as every query and export names
    # them ("Negotiation in Gao"): the shared lookup, for those only (a dataset's talks have names;
    # reading every talk's places in "details" cost channels ~1.5 ms of its ~20 at 100k events)
    ctx.load_names(eid for eid, d in out.items() if not d["event"] or d["event"] == eid)
    for eid, d in out.items():
        if not d["event"] or d["event"] == eid:
            d["event"] = ctx.name(eid)
    return out


def link_sources(link: Link, details: dict) -> list[str]:
    if link.kind == "direct":
        return link.sources
    by_actor = details.get(link.event_id, {}).get("sources", {})
    return list(dict.fromkeys(by_actor.get(link.a, []) + by_actor.get(link.b, [])))


def _hop_day(links) -> str:
    return max((lk.day or "" for lk in links), default="")


def _hop_conf(links) -> int:
    return max((confidence_rank(lk.confidence) for lk in links), default=0)


def _representatives(ctx: Ctx, actor: str) -> dict[str, list[dict]]:
    """{representative id: chain of representation links from it up to ``actor``}."""
    reps: dict[str, list[dict]] = {}
    first = sorted((r for r in ctx.cy("representatives", ids=[actor]) if r["confidence"] != "denied"),
                   key=lambda r: (r["type"], r["id"]))
    comps = []
    for r in first:
        if r["id"] != actor and r["id"] not in reps:
            reps[r["id"]] = [r]
            if r["type"] == T.PART_OF:
                comps.append(r["id"])
    if comps:
        for r in sorted(ctx.cy("representatives", ids=sorted(comps)), key=lambda r: (r["of_id"], r["id"])):
            if r["type"] == T.LEADER_OF and r["confidence"] != "denied" and r["id"] not in reps and r["id"] != actor:
                reps[r["id"]] = [r] + reps[r["of_id"]]
    return reps


def find_paths(g: nx.Graph, starts: set, stops: set, max_hops: int, cap: int = MAX_PATHS):
    """Simple paths from a start node to a stop node, shortest first, at most ``max_hops`` edges;
    start nodes appear only first and stop nodes only last. Returns (paths, truncated)."""
    dist: dict = {}
    frontier = [n for n in stops if n in g]
    for n in frontier:
        dist[n] = 0
    level = 0
    while frontier and level < max_hops:  # hops from each node to the nearest stop, for pruning
        level += 1
        nxt = []
        for n in frontier:
            for m in g[n]:
                if m not in dist:
                    dist[m] = level
                    nxt.append(m)
        frontier = nxt
    out: list[list] = []
    far = max_hops + 1
    # each node's neighbours once, in reverse name order with their distance to a stop (start
    # nodes never continue a path): sorting them at every step took most of this search's time
    nbrs: dict = {}
    for length in range(1, max_hops + 1):
        for s in sorted(x for x in starts if x in g and dist.get(x, far) <= length):
            stack = [(s, [s])]
            while stack:
                node, path = stack.pop()
                left = length - (len(path) - 1)
                if left == 0:
                    if node in stops:
                        out.append(path)
                        if len(out) >= cap:
                            return out, True
                    continue
                if node in stops and len(path) > 1:
                    continue
                near = nbrs.get(node)
                if near is None:
                    near = nbrs[node] = [(m, dist.get(m, far)) for m in sorted(g[node], reverse=True) if m not in starts]
                for m, dm in near:
                    if dm > left - 1 or m in path:
                        continue
                    stack.append((m, path + [m]))
    return out, False


CHANNEL_COLUMNS = ["channel", "hops", "step", "from", "to", "via", "kind", "date", "status", "confidence", "sources",
                   "event_id", "from_id", "to_id"]


@register(
    "channels",
    "Negotiation channels between two actors: direct talks and paths through negotiations (parties, "
    "mediators), ranked by recency, then confidence, then length; each hop names its talks, status, sources.",
    ['conflictkg query channels "Government of Mali" JNIM', "conflictkg query channels JNIM MINUSMA --max-hops 4 --since 2020"],
    [Param("a", "First actor (name, alias or id).", argument=True, required=True, entity=T.Actor),
     Param("b", "Second actor.", argument=True, required=True, entity=T.Actor),
     Param("max_hops", "Longest channel, in negotiation hops.", kind="int", default=3, metavar="N"),
     Param("since", "Only talks ending on or after this date (and direct links known to hold then).", kind="date",
           metavar="DATE"),
     Param("limit", "Most channels to show.", kind="int", default=10, metavar="N"),
     Param("rank", "recency: most recent stalest hop first (then confidence, length); length: fewest hops first "
           "(then recency, confidence).", kind="choice", choices=("recency", "length"), default="recency"),
     Param("per_hop", "Most links (talks, direct links) to list per hop, the most recent first (0: all); "
           "the rest are counted in the notes.", kind="int", default=PER_HOP, metavar="N")],
    CYPHER,
)
def channels(ctx: Ctx, a: str, b: str, max_hops: int = 3, since: str | None = None, limit: int = 10,
             rank: str = "recency", per_hop: int = PER_HOP) -> QueryResult:
    ida = ctx.resolve(a, T.Actor, what="channels link actors")
    idb = ctx.resolve(b, T.Actor, what="channels link actors")
    if ida == idb:
        raise QueryError(f"{a!r} and {b!r} are the same actor ({ida})")
    if max_hops < 1:
        raise QueryError("--max-hops must be at least 1")
    net = build_network(ctx, since)
    g = net.graph
    reps_a, reps_b = _representatives(ctx, ida), _representatives(ctx, idb)
    ends_a = {ida: []} | {k: v for k, v in reps_a.items() if k not in (idb, ida)}
    ends_b = {idb: []} | {k: v for k, v in reps_b.items() if k not in (ida, idb) and k not in ends_a}
    paths, truncated = find_paths(g, set(ends_a), set(ends_b), max_hops)

    # each pair's links, latest day and strongest level, once per pair: thousands of paths share a
    # few hundred pairs, and a pair can carry thousands of talks. A path's hops are listed only
    # for the channels shown.
    per_pair: dict[tuple, tuple[list, str, int]] = {}
    found = []
    for inner in paths:
        day = conf = None
        for pair in zip(inner, inner[1:]):
            info = per_pair.get(pair)
            if info is None:
                lks = g[pair[0]][pair[1]]["links"]
                info = per_pair[pair] = per_pair[pair[::-1]] = (lks, _hop_day(lks), _hop_conf(lks))
            day = info[1] if day is None or info[1] < day else day
            conf = info[2] if conf is None or info[2] < conf else conf
        found.append({"inner": inner, "n": len(inner) - 1, "day": day, "conf": conf})
    nodes = {n for c in found for n in c["inner"]}
    ctx.load_names(nodes | {ida, idb})
    sort_name = {n: ctx.name(n).lower() for n in nodes}
    found.sort(key=lambda c: [sort_name[n] for n in c["inner"]])
    if rank == "length":
        found.sort(key=lambda c: (-c["n"], c["day"], c["conf"]), reverse=True)
    else:
        found.sort(key=lambda c: (c["day"], c["conf"], -c["n"]), reverse=True)
    shown = found[:limit] if limit else found
    # each hop's links, most recent first (then strongest, then by event id); the first per_hop listed
    ordered: dict[tuple, list] = {}
    for c in shown:
        c["hops"] = []
        for x, y in zip(c["inner"], c["inner"][1:]):
            lks = ordered.get((x, y))
            if lks is None:
                lks = ordered[(x, y)] = sorted(
                    per_pair[(x, y)][0], key=lambda lk: (lk.day or "", confidence_rank(lk.confidence), lk.event_id or ""),
                    reverse=True)
            c["hops"].append((x, y, lks[:per_hop] if per_hop else lks, len(lks)))
    details = event_details(ctx, (lk.event_id for c in shown for _, _, lks, _ in c["hops"] for lk in lks if lk.event_id))
    ctx.load_names({r["id"] for c in shown for n in (c["inner"][0], c["inner"][-1])
                    for r in (ends_a.get(n) or []) + (ends_b.get(n) or [])})
    ctx.load_sources(s for c in shown for _, _, lks, _ in c["hops"] for lk in lks for s in link_sources(lk, details))

    rows = []
    for k, c in enumerate(shown, 1):
        n = len(c["hops"])

        def rep_rows(chain):
            for r in chain:
                rows.append([k, n, "rep", ctx.name(r["id"]), ctx.name(r["of_id"]), r["type"],
                             "leader of" if r["type"] == T.LEADER_OF else "part of", None, None, r["confidence"],
                             ctx.source_labels(r["sources"]), None, r["id"], r["of_id"]])

        rep_rows(ends_a.get(c["inner"][0]) or [])
        for step, (x, y, lks, _) in enumerate(c["hops"], 1):
            for lk in lks:
                d = details.get(lk.event_id, {})
                via = d.get("event") or lk.event_id if lk.event_id else "direct talks (NEGOTIATES_WITH)"
                kind = f"{d['class']}: {lk.kind}" if d.get("class") else lk.kind
                rows.append([k, n, str(step), ctx.name(x), ctx.name(y), via, kind, d.get("date") or lk.date,
                             d.get("status"), lk.confidence, ctx.source_labels(link_sources(lk, details)), lk.event_id, x, y])
        rep_rows(ends_b.get(c["inner"][-1]) or [])

    notes = [f"Channels between {ctx.name(ida)} ({ida}) and {ctx.name(idb)} ({idb}), up to {max_hops} hop(s)"
             + (f", talks since {since}" if since else "") + f": {len(found)} found"
             + (f", {len(shown)} shown" if len(shown) < len(found) else "") + "."]
    cut = 0
    for k, c in enumerate(shown, 1):
        more = [(step, len(lks), total) for step, (_, _, lks, total) in enumerate(c["hops"], 1) if total > len(lks)]
        cut += len(more)
        notes.append(f"Channel {k}: " + " → ".join(ctx.name(x) for x in c["inner"])
                     + f" ({c['n']} hop(s), stalest hop last known {c['day'] or 'undated'}, weakest hop "
                       f"{_level_name(c['conf'])})"
                     + ("; " + ", ".join(f"hop {st} lists {n} of its {t} links" for st, n, t in more) if more else "")
                     + ".")
    if not found:
        for x, ends in ((ida, ends_a), (idb, ends_b)):
            if not any(n in g for n in ends):
                notes.append(f"{ctx.name(x)} (and its leaders and components) take part in no negotiation in the graph"
                             + (" since " + since if since else "") + ".")
        notes.append(f"No negotiation channel found within {max_hops} hop(s).")
    if cut:
        notes.append(f"{cut} hop(s) of the channels shown carry more than {per_hop} links: each lists its {per_hop} "
                     "most recent (then strongest); use --per-hop 0 for all of them.")
    if truncated:
        notes.append(f"Stopped after {MAX_PATHS} channels: longer ones may be missing; lower --max-hops.")
    if net.undated_direct:
        notes.append(f"{net.undated_direct} direct NEGOTIATES_WITH link(s) without any date left out by --since.")
    notes.append("Ranking: " + ("fewest hops first, then most recent stalest hop, then strongest weakest hop."
                                if rank == "length" else
                                "most recent stalest hop first, then strongest weakest hop, then fewest hops."))
    return QueryResult(CHANNEL_COLUMNS, rows, notes, hidden=("event_id", "from_id", "to_id"))


def _level_name(rank: int) -> str:
    ordered = ONTOLOGY.vocabularies["confidence"]["ordered"]
    return ordered[len(ordered) - rank] if 0 < rank <= len(ordered) else "unknown"


def betweenness(g: nx.Graph, k: int | None = None, seed: int = 0) -> dict:
    """Normalised betweenness centrality of an undirected, unweighted graph, from every node or
    from ``k`` source nodes sampled with ``random.Random(seed)``: the same values as
    ``nx.betweenness_centrality(g, k=k, normalized=True, seed=seed)`` (the same sources, the same
    float operations in the same order: Brandes' BFS and accumulation, then networkx's rescaling),
    computed over integer-indexed adjacency lists instead of dicts keyed by node (brokers at 1M
    rows: 81 sources on 172 actors and 1,664 pairs, about half of the query's Python time)."""
    nodes = list(g)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adj = [[index[w] for w in g[v]] for v in nodes]   # each node's neighbours in the graph's order
    if k == n:
        k = None
    sources = range(n) if k is None else [index[v] for v in random.Random(seed).sample(nodes, k)]
    bc = [0.0] * n
    for s in sources:
        order = []                       # nodes by BFS distance from s
        preds: list[list[int]] = [[] for _ in range(n)]
        sigma = [0.0] * n
        dist = [-1] * n
        sigma[s] = 1.0
        dist[s] = 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            order.append(v)
            dv = dist[v] + 1
            sv = sigma[v]
            for w in adj[v]:
                if dist[w] < 0:
                    queue.append(w)
                    dist[w] = dv
                if dist[w] == dv:
                    sigma[w] += sv
                    preds[w].append(v)
        delta = dict.fromkeys(order, 0)
        while order:
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    out = dict(zip(nodes, bc))
    big_n = n - 1                        # pairs (s, t) with v neither: endpoints excluded
    if big_n < 2:
        return out
    if k is None:
        scale = 1 / (big_n * (big_n - 1))
        if scale != 1:
            for v in out:
                out[v] *= scale
        return out
    scale_source = 1 / ((k - 1) * (big_n - 1)) if k > 1 else math.nan
    scale_nonsource = 1 / (k * (big_n - 1))
    sampled = {nodes[i] for i in sources}
    for v in out:
        out[v] *= scale_source if v in sampled else scale_nonsource
    return out


BROKER_COLUMNS = ["rank", "actor", "betweenness", "counterparts", "talks", "as_mediator", "with", "sources", "actor_id"]
MAX_LISTED = 8
SOURCES_LISTED = 3


@register(
    "brokers",
    "Actors ranked by betweenness centrality on the negotiation network (networkx): who connects "
    "otherwise separate talks.",
    ["conflictkg query brokers", "conflictkg query brokers --since 2020 --limit 5 --format json"],
    [Param("since", "Only talks ending on or after this date.", kind="date", metavar="DATE"),
     Param("limit", "Most actors to show.", kind="int", default=20, metavar="N")],
    NETWORK_CYPHER,
)
def brokers(ctx: Ctx, since: str | None = None, limit: int = 20) -> QueryResult:
    net = build_network(ctx, since)
    g = net.graph
    if g.number_of_nodes() == 0:
        return QueryResult(BROKER_COLUMNS, [], ["No negotiations in the graph" + (f" since {since}." if since else ".")],
                           hidden=("actor_id",))
    # a graph built in sorted order, so a sampled estimate is the same on both engines
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes))
    h.add_edges_from(sorted(tuple(sorted(e)) for e in g.edges))
    n_actors, size = h.number_of_nodes(), h.number_of_nodes() + h.number_of_edges()
    sample = max(MIN_SAMPLE, BETWEENNESS_BUDGET // size)
    sampled = n_actors * size > BETWEENNESS_BUDGET and sample < n_actors
    bc = betweenness(h, k=sample if sampled else None, seed=0)
    talks: dict[str, set] = defaultdict(set)
    mediated: dict[str, set] = defaultdict(set)
    for eid, ev in net.events.items():
        for p in ev["parties"]:
            talks[p].add(eid)
        for m in ev["mediators"]:
            talks[m].add(eid)
            mediated[m].add(eid)
    ctx.load_names(g.nodes)
    order = sorted(g.nodes, key=lambda n: (-round(bc[n], 9), -g.degree(n), ctx.name(n).lower(), n))
    shown = order[:limit] if limit else order
    # sources: the most recent links of each shown actor
    recent = {n: sorted((lk for nb in g[n] for lk in g[n][nb]["links"]),
                        key=lambda lk: (lk.day or "", lk.event_id or ""), reverse=True)[:SOURCES_LISTED] for n in shown}
    details = event_details(ctx, (lk.event_id for lks in recent.values() for lk in lks if lk.event_id))
    ctx.load_sources(s for lks in recent.values() for lk in lks for s in link_sources(lk, details))
    rows = []
    for k, n in enumerate(shown, 1):
        partners = sorted((ctx.name(nb) for nb in g[n]), key=str.lower)
        srcs = list(dict.fromkeys(s for lk in recent[n] for s in link_sources(lk, details)))
        listed = partners[:MAX_LISTED] + ([f"… and {len(partners) - MAX_LISTED} more"] if len(partners) > MAX_LISTED else [])
        rows.append([k, ctx.name(n), round(bc[n], 4), g.degree(n), len(talks[n]), len(mediated[n]), listed,
                     ctx.source_labels(srcs), n])
    notes = [f"Negotiation network{' since ' + since if since else ''}: {g.number_of_nodes()} actors, "
             f"{g.number_of_edges()} linked pairs, {len(net.events)} talks ({', '.join(TALK_CLASSES)}) and "
             f"{sum(1 for _, _, d in g.edges(data=True) for lk in d['links'] if lk.kind == 'direct')} direct link(s).",
             "Betweenness is normalised (0–1): the share of shortest paths between other actors that pass through this one."
             + (f" Estimated from {sample} of {n_actors} actors as sources (fixed seed): the network is too big for the "
                "exact computation within the time budget." if sampled else ""),
             f"Sources: those of each actor's {SOURCES_LISTED} most recent links."]
    if net.undated_direct:
        notes.append(f"{net.undated_direct} direct link(s) without any date left out by --since.")
    return QueryResult(BROKER_COLUMNS, rows, notes, hidden=("actor_id",))
