"""The projection as a networkx MultiDiGraph, for algorithms (paths, betweenness) and exports.

Node keys are entity ids; node attributes are the projected properties plus ``label``; edge keys
are relationship types and edge attributes the aggregated relationship properties. Claims are
left out unless asked for: they are provenance, not structure.
"""
from __future__ import annotations

import networkx as nx

from .projection import Projection


def to_networkx(proj: Projection, include_claims: bool = False, include_sources: bool = True) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    skip = set() if include_claims else {"Claim"}
    if not include_sources:
        skip.add("Source")
    for label, rows in proj.nodes.items():
        if label in skip:
            continue
        for r in rows:
            g.add_node(r["id"], label=label, **{k: v for k, v in r.items() if k != "id" and v is not None})
    for (t, fl, tl), rows in proj.rels.items():
        if fl in skip or tl in skip:
            continue
        for r in rows:
            g.add_edge(r["from"], r["to"], key=t, type=t,
                       **{k: v for k, v in r.items() if k not in ("from", "to") and v is not None})
    return g
