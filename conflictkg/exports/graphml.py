"""GraphML (yEd, Cytoscape, igraph, networkx, Gephi): the same typed columns as GEXF, one key per property,
plus `label`, `color` (hex, by class) and an edge `label` (its type) and `weight` (its sources), which
Gephi draws. Gephi merges parallel relationships of a GraphML file (it has no edge kind): GEXF keeps them.

Lists (sources, evidence, aliases) are joined with ``|``; relationship ids become GraphML edge
ids, so parallel relationships of different types between the same two nodes stay distinct.
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from .output import write_bytes
from . import style
from .select import Subgraph, display_name
from .tabular import EDGE_COLUMNS, edge_row, node_columns, node_value


def to_graph(sub: Subgraph) -> nx.MultiDiGraph:
    """A new networkx graph with scalar attributes only (what GraphML and GEXF can hold)."""
    g = nx.MultiDiGraph()
    cols = node_columns(sub)
    for i, n in sub.nodes.items():
        attrs = {}
        for name, typ in cols:
            v = node_value(n, name, typ)
            if v is not None:
                attrs[name] = v
        # keys Gephi's GraphML importer maps onto what it draws (label, color; an edge's label and
        # weight), beside our own columns: without them Gephi shows "actor:jnim", all in grey
        attrs["label"] = display_name(i, n)
        attrs["color"] = style.node_style(n["label"], n.get("class"))[1]
        g.add_node(i, **attrs)
    for e in sub.edges:
        row = {k: v for k, v in edge_row(sub, e).items() if v is not None}
        row["label"], row["weight"] = e["type"], float(e.get("n_sources") or 1)
        g.add_edge(e["from"], e["to"], key=e["id"], **row)
    return g


def generate_graphml(sub: Subgraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(to_graph(sub), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def write_graphml(path: str | Path, sub: Subgraph) -> int:
    return write_bytes(path, generate_graphml(sub))


__all__ = ["generate_graphml", "write_graphml", "to_graph", "EDGE_COLUMNS"]
