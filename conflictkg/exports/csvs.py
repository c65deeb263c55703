"""CSV tables: ``nodes.csv`` and ``relationships.csv``, for Neo4j's bulk importer or for Kumu.

``flavour="neo4j"`` (default) writes the header format of ``neo4j-admin database import`` and
``apoc.import.csv``: ``id:ID``, ``:LABEL`` (label and class, the class being the second label as
in the project's Neo4j projection), typed columns (``fatalities_min:long``, ``lat:double``,
``sources:string[]``) and ``:START_ID``, ``:END_ID``, ``:TYPE``. Arrays and multiple labels are
separated by ``|`` (quotes often hold ``;``, Neo4j's default), hence the import command printed
by :data:`NEO4J_IMPORT_HINT`.

``flavour="kumu"`` writes Kumu's spreadsheet columns: elements ``ID``, ``Label``, ``Type``,
``Description``, ``Tags`` and connections ``From``, ``To`` (element IDs), ``Type``, ``Direction``;
multi-value fields are separated by ``|``, as Kumu reads them. Kumu tables go through
spreadsheets, so text that a spreadsheet would run as a formula (``=HYPERLINK(...)`` in a quote)
is prefixed with an apostrophe there; the Neo4j tables keep every value as it is.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..formatting import spreadsheet_text
from .output import write_text
from . import style
from .select import Subgraph, display_name
from .tabular import EDGE_COLUMNS, LIST_SEP, edge_row, join_list, node_columns, node_value

FLAVOURS = ("neo4j", "kumu")
NEO4J_TYPE = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "BOOLEAN": ":boolean", "STRING[]": ":string[]"}
NEO4J_EDGE_TYPE = {"n_sources": ":long", "denied_by": ":string[]", "sources": ":string[]", "evidence": ":string[]",
                   "claims": ":string[]"}
NEO4J_IMPORT_HINT = ('neo4j-admin database import full --array-delimiter="|" '
                     "--nodes=nodes.csv --relationships=relationships.csv <database>")


def _cell(v, spreadsheet: bool):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    # a quote or a name starting with "=" would run as a formula in Excel or Google Sheets
    return spreadsheet_text(v) if spreadsheet else v


def _csv(header: list[str], rows: list[list], spreadsheet: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_cell(v, spreadsheet) for v in r])
    return buf.getvalue()


def generate_csv(sub: Subgraph, *, flavour: str = "neo4j") -> dict[str, str]:
    """``{"nodes.csv": text, "relationships.csv": text}`` for ``flavour`` (neo4j or kumu)."""
    if flavour not in FLAVOURS:
        raise ValueError(f"flavour must be one of {FLAVOURS}")
    cols = [c for c in node_columns(sub) if c[0] not in ("type", "class", "name")]
    edge_cols = [c for c in EDGE_COLUMNS if c != "type"]
    nodes, rels = [], []
    if flavour == "neo4j":
        header = ["id:ID", ":LABEL", "name", "class"] + [f"{n}{NEO4J_TYPE[t]}" for n, t in cols]
        for i, n in sub.nodes.items():
            labels = [n["label"]] + ([n["class"]] if n.get("class") and n["class"] != n["label"] else [])
            nodes.append([i, LIST_SEP.join(labels), n.get("name") or i, n.get("class")]
                         + [node_value(n, c, t) for c, t in cols])
        rheader = [":START_ID", ":END_ID", ":TYPE", "id"] + [f"{c}{NEO4J_EDGE_TYPE.get(c, '')}" for c in edge_cols]
        for e in sub.edges:
            row = edge_row(sub, e)
            rels.append([e["from"], e["to"], e["type"], e["id"]] + [row.get(c) for c in edge_cols])
    else:
        header = ["ID", "Label", "Type", "Description", "Tags", "Colour"] + [c for c, _ in cols if c != "description"]
        for i, n in sub.nodes.items():
            tags = [n["label"]] + (["verified"] if n.get("verified") else [])
            nodes.append([i, display_name(i, n), n.get("class") or n["label"], n.get("description"), join_list(tags),
                          style.node_style(n["label"], n.get("class"))[1]]
                         + [node_value(n, c, t) for c, t in cols if c != "description"])
        rheader = ["From", "To", "Type", "Direction", "ID"] + edge_cols
        for e in sub.edges:
            row = edge_row(sub, e)
            direction = "undirected" if e["type"] in style.SYMMETRIC else "directed"
            rels.append([e["from"], e["to"], e["type"], direction, e["id"]] + [row.get(c) for c in edge_cols])
    kumu = flavour == "kumu"
    return {"nodes.csv": _csv(header, nodes, kumu), "relationships.csv": _csv(rheader, rels, kumu)}


def write_csv(directory: str | Path, sub: Subgraph, **kw) -> dict[str, int]:
    """Write both tables into ``directory`` (each file temp-then-rename); returns their sizes."""
    out = {}
    for name, text in generate_csv(sub, **kw).items():
        out[name] = write_text(Path(directory) / name, text)
    return out
