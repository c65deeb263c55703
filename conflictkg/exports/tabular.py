"""Flat attribute tables for the graph formats (GEXF, GraphML, CSV): one typed column per property.

Tools like Gephi, yEd and spreadsheets hold scalar values only, so list properties (sources,
evidence, aliases) are joined with ``LIST_SEP``; element text holding the separator gets the
broken bar instead, so splitting on the separator always gives back the elements. Columns follow
the ontology order, and their types come from the ontology.
"""
from __future__ import annotations

from ..ontology.model import ONTOLOGY
from .select import Subgraph

LIST_SEP = "|"
#: Columns every node table starts with; the rest follow the ontology's property order.
NODE_LEAD = ("type", "class", "name")  # type: the ontology label (Actor, Event, Place...)
EDGE_COLUMNS = ("type", "confidence", "n_sources", "denied_by", "valid_from", "valid_until", "start", "end",
                "sources", "evidence", "claims")


def join_list(values) -> str:
    return LIST_SEP.join(str(v).replace(LIST_SEP, "¦") for v in values)


def node_columns(sub: Subgraph) -> list[tuple[str, str]]:
    """(name, type) of the node columns present in ``sub``; type is an ontology store type."""
    present: set[str] = set()
    for n in sub.nodes.values():
        present.update(k for k, v in n.items() if v not in (None, [], ""))
    cols = [("type", "STRING"), ("class", "STRING"), ("name", "STRING")]
    for p in ONTOLOGY.properties.values():
        if p.name in present and p.name not in ("id", "name", "class"):
            cols.append((p.name, p.type))
    return cols


def node_value(n: dict, col: str, typ: str):
    v = n["label"] if col == "type" else n.get(col)
    if v is None or v == []:
        return None
    if typ.endswith("[]"):
        return join_list(v if isinstance(v, list) else [v])
    if typ == "INT64":
        try:
            return int(v)
        except (TypeError, ValueError):
            return None
    if typ == "DOUBLE":
        try:
            return float(v)
        except (TypeError, ValueError):
            return None
    if typ == "BOOLEAN":
        return bool(v) if not isinstance(v, str) else v.lower() == "true"
    return str(v)


def edge_span(sub: Subgraph, e: dict) -> tuple[str | None, str | None]:
    """(start, end) day of a relationship for timelines: its validity, else the event's dates."""
    from .select import _bounds

    lo, hi = _bounds(e.get("valid_from"), e.get("valid_until"))
    if lo or hi:
        return lo, hi
    for end in (e["from"], e["to"]):
        n = sub.nodes.get(end)
        if n and n["label"] == "Event" and n.get("start_date"):
            return n["start_date"], n.get("end_date") or n["start_date"]
    return None, None


def node_span(n: dict) -> tuple[str | None, str | None]:
    """(start, end) day of a node for timelines: events their dates, actors founded/dissolved."""
    from .select import _bounds

    if n["label"] == "Event":
        return n.get("start_date"), n.get("end_date") or n.get("start_date")
    if n["label"] == "Actor" and (n.get("founded") or n.get("dissolved")):
        return _bounds(n.get("founded"), n.get("dissolved"))
    return None, None


def claims_text(sub: Subgraph, e: dict) -> str:
    """Each source's own assertion, one element per claim: ``source title [confidence]: "quote"``."""
    out = []
    for c in sub.claims.get(e.get("id"), []):
        s = sub.sources.get(c["source"], {})
        title = s.get("title") or s.get("name") or c["source"]
        conf = f" [{c['confidence']}]" if c.get("confidence") else ""
        quote = f': "{c["quote"]}"' if c.get("quote") else ""
        out.append(f"{title}{conf}{quote}")
    return join_list(out)


def edge_row(sub: Subgraph, e: dict) -> dict:
    start, end = edge_span(sub, e)
    return {
        "type": e["type"], "confidence": e.get("confidence"), "n_sources": e.get("n_sources"),
        "denied_by": join_list(e.get("denied_by") or []) or None,
        "valid_from": e.get("valid_from"), "valid_until": e.get("valid_until"), "start": start, "end": end,
        "sources": join_list(e.get("sources") or []) or None,
        "evidence": join_list(e.get("evidence") or []) or None,
        "claims": claims_text(sub, e) or None,
    }
