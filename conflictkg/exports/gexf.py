"""GEXF 1.3 for Gephi, dynamic: Gephi's timeline plays the conflict.

Events carry ``start``/``end`` (their first and last possible day), actors their founding and
dissolution when known, relationships their validity or else the dates of the event they belong
to; places and undated things are always present. Attributes: the ontology label and class,
dates, death tolls, confidence, number of sources, and every source (ids, quotes, and each
source's own claim). Nodes carry the same colours and shapes as the HTML page, and positions from
the same layout (up to ``LAYOUT_MAX`` nodes; Gephi's own layouts take over beyond).

Written with ElementTree rather than ``networkx.write_gexf``, which treats list values as dynamic
spells and has no GEXF 1.3 dynamic mode for edges with dates.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .output import write_bytes
from . import style
from .layout import layout
from .select import Subgraph, display_name
from .tabular import EDGE_COLUMNS, edge_row, node_columns, node_span, node_value

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
LAYOUT_MAX = 20000
GEXF_TYPE = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "BOOLEAN": "boolean", "STRING[]": "string"}
EDGE_TYPES = {"n_sources": "long"}
# start/end are the edge's own GEXF time attributes, not attribute values
GEXF_EDGE_COLUMNS = tuple(c for c in EDGE_COLUMNS if c not in ("start", "end"))


def generate_gexf(sub: Subgraph, *, title: str | None = None, positions: bool = True) -> bytes:
    """The GEXF 1.3 document for ``sub`` (UTF-8 bytes)."""
    ET.register_namespace("", NS)
    ET.register_namespace("viz", NS_VIZ)
    ET.register_namespace("xsi", NS_XSI)
    root = ET.Element(f"{{{NS}}}gexf", {"version": "1.3",
                                        f"{{{NS_XSI}}}schemaLocation": f"{NS} http://gexf.net/1.3/gexf.xsd"})
    meta = ET.SubElement(root, f"{{{NS}}}meta")
    ET.SubElement(meta, f"{{{NS}}}creator").text = "conflictkg"
    ET.SubElement(meta, f"{{{NS}}}description").text = (title or "conflictkg graph") + ": " + sub.describe()
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"mode": "dynamic", "defaultedgetype": "directed",
                                                   "timeformat": "date", "timerepresentation": "interval"})
    ncols = node_columns(sub)
    na = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": "node", "mode": "static"})
    for name, typ in ncols:
        ET.SubElement(na, f"{{{NS}}}attribute", {"id": name, "title": name, "type": GEXF_TYPE[typ]})
    ea = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": "edge", "mode": "static"})
    for name in GEXF_EDGE_COLUMNS:
        ET.SubElement(ea, f"{{{NS}}}attribute", {"id": name, "title": name, "type": EDGE_TYPES.get(name, "string")})

    pos = layout(sub.nodes, ((e["from"], e["to"]) for e in sub.edges)) if positions and len(sub.nodes) <= LAYOUT_MAX else {}
    degree: dict[str, int] = {}
    for e in sub.edges:
        degree[e["from"]] = degree.get(e["from"], 0) + 1
        degree[e["to"]] = degree.get(e["to"], 0) + 1
    nodes_el = ET.SubElement(graph, f"{{{NS}}}nodes")
    for i, n in sub.nodes.items():
        attrs = {"id": i, "label": display_name(i, n)}
        start, end = node_span(n)
        if start:
            attrs["start"] = start
        if end:
            attrs["end"] = end
        node = ET.SubElement(nodes_el, f"{{{NS}}}node", attrs)
        av = ET.SubElement(node, f"{{{NS}}}attvalues")
        for name, typ in ncols:
            v = node_value(n, name, typ)
            if v is not None:
                ET.SubElement(av, f"{{{NS}}}attvalue", {"for": name, "value": _text(v)})
        shape, colour = style.node_style(n["label"], n.get("class"))
        r, g, b = style.rgb(colour)
        ET.SubElement(node, f"{{{NS_VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b), "a": "1.0"})
        ET.SubElement(node, f"{{{NS_VIZ}}}size", {"value": str(round(8 + 2 * degree.get(i, 0) ** 0.5, 2))})
        ET.SubElement(node, f"{{{NS_VIZ}}}shape", {"value": style.GEXF_SHAPE.get(shape, "disc")})
        if i in pos:
            x, y = pos[i]
            ET.SubElement(node, f"{{{NS_VIZ}}}position", {"x": str(x), "y": str(-y), "z": "0.0"})
    edges_el = ET.SubElement(graph, f"{{{NS}}}edges")
    for e in sub.edges:
        row = edge_row(sub, e)
        attrs = {"id": e["id"], "source": e["from"], "target": e["to"], "label": e["type"], "kind": e["type"],
                 "weight": str(float(e.get("n_sources") or 1))}
        if row["start"]:
            attrs["start"] = row["start"]
        if row["end"]:
            attrs["end"] = row["end"]
        edge = ET.SubElement(edges_el, f"{{{NS}}}edge", attrs)
        av = ET.SubElement(edge, f"{{{NS}}}attvalues")
        for name in GEXF_EDGE_COLUMNS:
            v = row.get(name)
            if v is not None:
                ET.SubElement(av, f"{{{NS}}}attvalue", {"for": name, "value": _text(v)})
        if e.get("denied_by") or e.get("confidence") == "denied":
            r, g, b = style.rgb(style.DENIED_COLOUR)
            ET.SubElement(edge, f"{{{NS_VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b), "a": "1.0"})
        ET.SubElement(edge, f"{{{NS_VIZ}}}thickness", {"value": str(style.edge_width(e.get("n_sources")))})
        ET.SubElement(edge, f"{{{NS_VIZ}}}shape", {"value": _edge_shape(e.get("confidence"))})
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _edge_shape(conf: str | None) -> str:
    return {"probable": "dashed", "possible": "dotted", "denied": "dotted"}.get(conf or "", "solid")


def _text(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write_gexf(path: str | Path, sub: Subgraph, **kw) -> int:
    return write_bytes(path, generate_gexf(sub, **kw))
