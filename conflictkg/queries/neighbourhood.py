"""``neighbourhood ENTITY``: the ego network of an entity, for exploring and for exports.

Walked breadth-first, one relationship per level and one Cypher call per (level, label of the
nodes at that level), outgoing and incoming separately so the direction of every edge is known
on both engines. ``types`` narrows the walk: relationship types (PART_OF, ATTRIBUTED_TO) restrict
the edges followed; labels (Actor, Event, Place, Source) or classes (Attack, Person) restrict the
nodes reached. Provenance plumbing (Claim nodes, STATED_IN, ABOUT) is never walked.
"""
from __future__ import annotations

from ..graph.statements import label_from_id
from ..ontology import terms as T
from ..ontology.model import ONTOLOGY
from .base import Ctx, Param, QueryError, QueryResult, register

WALK_EACH_MAX = 16
PUBLIC_TYPES = tuple(r for r, d in ONTOLOGY.relationships.items() if not d.internal)
NODE_LABELS = (T.Actor, T.Event, T.Place, T.Source)
RET = ("a.id AS a_id, b.id AS b_id, b.name AS b_name, b.class AS b_class, @type(r) AS type, r.id AS rel_id, "
       "r.confidence AS confidence, r.valid_from AS valid_from, r.valid_until AS valid_until, r.sources AS sources")


def _templates(types: tuple[str, ...]) -> dict[str, str]:
    """Per label and direction: a list form (one scan of the label's table, joined to the ids) and
    a single-id form (an index lookup then adjacency), used for small frontiers: LadybugDB joins an
    UNWIND list by scanning the node and relationship tables, which only pays off for big ones.
    ``cap`` bounds what a hub returns once the node limit is near."""
    rel = "|".join(types)
    out = {}
    for label in NODE_LABELS:
        for d, pat in (("out", f"-[r:{rel}]->(b)"), ("in", f"<-[r:{rel}]-(b)")):
            out[f"{d}_{label}"] = f"UNWIND $ids AS i MATCH (a:{label} {{id: i}}){pat} RETURN {RET} [[cap: LIMIT $cap]]"
            out[f"{d}1_{label}"] = f"MATCH (a:{label} {{id: $id}}){pat} RETURN {RET} [[cap: LIMIT $cap]]"
    return out


CYPHER = _templates(PUBLIC_TYPES)


def _parse_types(types) -> tuple[tuple[str, ...], set[str], set[str]]:
    rels, labels, classes = [], set(), set()
    for t in types or []:
        if t in ONTOLOGY.relationships:
            if ONTOLOGY.relationships[t].internal:
                raise QueryError(f"{t} is provenance plumbing, not walked by neighbourhood (query Claim nodes with cypher)")
            rels.append(t)
        elif t in NODE_LABELS:
            labels.add(t)
        elif t in ONTOLOGY.classes and ONTOLOGY.classes[t].label in NODE_LABELS:
            classes.add(t)
        else:
            raise QueryError(f"unknown type {t!r}: give relationship types ({', '.join(PUBLIC_TYPES)}), "
                             f"labels ({', '.join(NODE_LABELS)}) or classes (Attack, Person, ...)")
    return tuple(dict.fromkeys(rels)) or PUBLIC_TYPES, labels, classes


def walk(ctx: Ctx, centre: str, depth: int, types=None, limit: int | None = None):
    """(nodes {id: depth}, edges [dict], truncated) of the ego network around ``centre``."""
    rel_types, labels, classes = _parse_types(types)
    templates = _templates(rel_types)

    def wanted(node_id: str, cls: str | None) -> bool:
        if not labels and not classes:
            return True
        return label_from_id(node_id) in labels or (cls in classes)

    nodes = {centre: 0}
    edges: dict[tuple, dict] = {}
    frontier = [centre]
    truncated = False
    for level in range(1, depth + 1):
        by_label: dict[str, list[str]] = {}
        for n in frontier:
            lbl = label_from_id(n)
            if lbl in NODE_LABELS:
                by_label.setdefault(lbl, []).append(n)
        nxt = []
        for lbl, ids in sorted(by_label.items()):
            for direction in ("out", "in"):
                cap = None if limit is None else max(0, limit - len(nodes)) * 4 + 16
                # index lookups for a few nodes; a list joins by scanning the relationship tables,
                # a fixed cost that pays off above a few dozen lookups (~1 ms each)
                if len(ids) <= WALK_EACH_MAX:
                    found = [r for i in sorted(ids) for r in _run(ctx, templates[f"{direction}1_{lbl}"], id=i, cap=cap)]
                else:
                    found = _run(ctx, templates[f"{direction}_{lbl}"], ids=sorted(ids), cap=cap)
                for r in sorted(found, key=lambda r: (r["b_id"], r["type"], r["a_id"])):
                    b = r["b_id"]
                    if not wanted(b, r["b_class"]) and b != centre:
                        continue
                    if b not in nodes:
                        if limit is not None and len(nodes) >= limit:
                            truncated = True
                            continue
                        nodes[b] = level
                        nxt.append(b)
                    frm, to = (r["a_id"], b) if direction == "out" else (b, r["a_id"])
                    key = (frm, r["type"], to)
                    if key not in edges:
                        edges[key] = dict(r, frm=frm, to=to, depth=level)
        frontier = nxt
        if not frontier:
            break
    return nodes, list(edges.values()), truncated


def _run(ctx: Ctx, template: str, **params):
    from .base import param_names, render

    text = render(template, ctx.dialect, {k for k, v in params.items() if v is not None})
    res = ctx.backend.run(text, {k: v for k, v in params.items() if k in param_names(text) and v is not None})
    return [dict(zip(res.columns, row)) for row in res.rows]


def neighbourhood_ids(backend, entity_id: str, depth: int = 1, types=None, limit: int | None = None) -> set[str]:
    """Node ids of the ego network of ``entity_id`` (an id, not a name) within ``depth`` hops.

    ``types``: relationship types, labels or classes, as for the ``neighbourhood`` query."""
    from .base import Ctx as _Ctx

    ctx = _Ctx(backend, resolver=None)
    nodes, _, _ = walk(ctx, entity_id, int(depth), types, limit)
    return set(nodes)


COLUMNS = ["depth", "from", "relation", "to", "confidence", "valid_from", "valid_until", "sources", "from_id", "to_id"]


@register(
    "neighbourhood",
    "The ego network of an entity within N hops (edges with confidence, validity, sources); --types "
    "restricts relationship types, labels or classes. Used by the exports.",
    ["conflictkg query neighbourhood JNIM --depth 2 --types PART_OF,LEADER_OF",
     'conflictkg query neighbourhood "Bamba (Bourem)" --types Event --format json'],
    [Param("entity", "Actor, event, place or source (name, alias or id).", argument=True, required=True, entity="any"),
     Param("depth", "Hops from the entity.", kind="int", default=1, metavar="N"),
     Param("types", "Relationship types, labels or classes to keep (comma- or space-separated).", kind="list",
           metavar="TYPES"),
     Param("limit", "Most nodes to reach.", kind="int", default=500, metavar="N")],
    CYPHER,
)
def neighbourhood(ctx: Ctx, entity: str, depth: int = 1, types=None, limit: int = 500) -> QueryResult:
    eid = ctx.resolve(entity, None)
    nodes, edges, truncated = walk(ctx, eid, depth, types, limit or None)
    ctx.load_names(nodes)
    ctx.load_sources(s for e in edges for s in e["sources"] or [])
    rows = [[e["depth"], ctx.name(e["frm"]), e["type"], ctx.name(e["to"]), e["confidence"], e["valid_from"],
             e["valid_until"], ctx.source_labels(e["sources"]), e["frm"], e["to"]] for e in edges]
    rows.sort(key=lambda r: (r[0], r[2], r[1].lower(), r[3].lower(), r[8], r[9]))
    notes = [f"{ctx.name(eid)} ({eid}): {len(nodes) - 1} node(s) within {depth} hop(s), {len(rows)} edge(s)"
             + (f", types {', '.join(types)}" if types else "") + "."]
    capped = None
    if truncated:
        notes.append(capped := f"Stopped at {limit} nodes: use --limit, --types or a smaller --depth (which neighbours of a "
                     "hub come first is up to the engine).")
    if not rows:
        notes.append("No neighbours" + (" of those types." if types else "."))
    return QueryResult(COLUMNS, rows, notes, hidden=("from_id", "to_id"), capped=capped)
