"""The interactive HTML export: one self-contained page that opens on an air-gapped laptop.

``generate_html(subgraph) -> str`` is pure. pyvis builds the page (its ``Network`` holds the
vis-network node and edge lists and renders them through a Jinja template), but only behind this
function and on our terms (engine notes, "pyvis 0.3.2 and headless Chromium"):

- the lists are filled directly, never through ``add_node``/``add_edge`` (O(N·E)) or
  ``from_nx`` (which writes into the caller's graph);
- the template is ours (``static/template.html``): pyvis's own template links Bootstrap from
  jsdelivr in every mode and vis-network from cdnjs by default. Ours inlines vis-network and the
  page's script and styles, and a Content-Security-Policy forbids every request to any host;
- positions are computed here (``layout.py``), so the browser only polishes them with a short
  physics run that stops after stabilisation.

Report text (names, quotes, titles) only ever travels as JSON inside ``<script type=
"application/json">`` with ``<``, ``>``, ``&`` escaped, and the page builds its panels with DOM
text nodes; a name such as ``<img src=x onerror=alert(1)>`` stays text. Inline event handlers and
scripts without the page's nonce are refused by the policy as a second line of defence.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .output import write_text
from ..ontology.model import ONTOLOGY
from . import style
from .layout import layout
from .select import ExportError, Subgraph, _bounds, display_name

#: Largest graph the page accepts by default. Measured in benchmarks/results/html_export.md: at
#: 5,000 nodes the page draws in a few seconds with the precomputed layout (physics off), beyond
#: that the first draw and every filter change grow past what stays usable on a laptop.
MAX_NODES = 5000

def physics_iterations(n: int) -> int:
    """Iterations of the in-page physics polish: under a second of it in headless Chromium on a
    quiet machine (measured 0.08-0.1 ms per node and iteration, two to three times that on a busy
    one), none above 1,000 nodes, where a few iterations would not change the picture but would
    delay the first usable draw. The layout computed here does the real work."""
    if n > 1000:
        return 0
    return min(100, 10000 // max(n, 1))


NODE_FIELDS = ("class", "date", "start_date", "end_date", "date_precision", "fatalities_min", "fatalities_max",
               "status", "troops", "geo_precision", "lat", "lon", "level", "iso2", "founded", "dissolved",
               "countries", "ucdp_id", "description", "verified", "url", "publisher", "published", "reliability")
MAX_LABEL = 40
SMOOTH_MAX = 1500  # curved edges cost a lot to draw; straight lines beyond this many relationships


def script_json(obj) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, no ``<!--``, no raw line separators."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    text = resources.files("conflictkg.exports").joinpath("static").joinpath(name).read_text(encoding="utf-8")
    closing = "</style" if name.endswith(".css") else "</script"
    if closing in text.lower() or "<!--" in text:
        raise ExportError(f"static asset {name} holds {closing!r} or '<!--' and cannot be inlined")
    return text


def _template_dir() -> str:
    return str(Path(str(resources.files("conflictkg.exports").joinpath("static"))))


def _short(text: str, n: int = MAX_LABEL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _vis_items(sub: Subgraph, positions: dict):
    """vis-network nodes and edges, kept small: styles live in the options (groups per class,
    edge defaults), items carry only what differs."""
    degree: dict[str, int] = defaultdict(int)
    for e in sub.edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    nodes = []
    for i, n in sub.nodes.items():
        x, y = positions.get(i, (0.0, 0.0))
        item = {"id": i, "label": _short(display_name(i, n)), "group": _group(n), "x": x, "y": y,
                "size": round(min(10 + 2.2 * degree[i] ** 0.5, 34), 1)}
        if i == sub.focus:
            item["borderWidth"] = 4
        nodes.append(item)
    pair_count: dict[tuple, int] = defaultdict(int)
    edges = []
    small = len(sub.edges) <= SMOOTH_MAX
    for e in sub.edges:
        conf = e.get("confidence")
        denied = conf == "denied"
        item = {"id": e["id"], "from": e["from"], "to": e["to"], "width": style.edge_width(e.get("n_sources"))}
        dashes = style.CONFIDENCE_STYLE.get(conf, style.CONFIDENCE_STYLE[None])[0]
        if dashes:
            item["dashes"] = dashes
        if denied or e.get("denied_by"):
            item["color"] = {"color": style.DENIED_COLOUR}
            item["label"] = "⊘ denied" if denied else f"⊘ denied by {len(e['denied_by'])}"
            item["font"] = {"color": style.DENIED_COLOUR, "size": 10, "strokeWidth": 3}
        elif conf is None:
            item["color"] = {"color": style.UNGRADED_COLOUR}
        if e["type"] in style.SYMMETRIC:
            item["arrows"] = {"to": {"enabled": False}}
        key = tuple(sorted((e["from"], e["to"])))
        k = pair_count[key]
        pair_count[key] += 1
        if small and k:
            # parallel relationships between the same two nodes would be drawn on top of each other
            item["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                              "roundness": 0.15 * ((k + 1) // 2)}
        edges.append(item)
    return nodes, edges


def _group(n: dict) -> str:
    cls = n.get("class")
    return cls if cls in style.CLASS_STYLE and ONTOLOGY.classes[cls].label == n["label"] else n["label"]


def _groups(sub: Subgraph) -> dict:
    out = {}
    for n in sub.nodes.values():
        g = _group(n)
        if g not in out:
            shape, colour = style.node_style(n["label"], g if g != n["label"] else None)
            out[g] = {"shape": shape, "color": {"background": colour, "border": "#333333",
                                                "highlight": {"background": colour, "border": "#000000"},
                                                "hover": {"background": colour, "border": "#000000"}}}
    return out


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, [], "")}


def _details(sub: Subgraph) -> dict:
    """What the panels show, keyed by node and relationship id (empty fields left out)."""
    nodes = {}
    for i, n in sub.nodes.items():
        d = {"name": display_name(i, n), "label": n["label"]}
        d.update(_compact({f: n.get(f) for f in NODE_FIELDS + ("aliases", "disputed", "sources", "evidence")}))
        nodes[i] = d
    claims: dict[str, list] = {}
    nclaims: dict[str, list] = defaultdict(list)
    for rid, cs in sub.claims.items():
        for c in cs:
            keep = ("source", "quote", "confidence", "valid_from", "valid_until")
            if c.get("object") is None:
                nclaims[c["subject"]].append(_compact({k: c.get(k) for k in keep + ("predicate", "value")}))
            else:
                claims.setdefault(rid, []).append(_compact({k: c.get(k) for k in keep}))
    edges = {}
    for e in sub.edges:
        lo, hi = _bounds(e.get("valid_from"), e.get("valid_until"))
        d = _compact({"type": e["type"], "from": e["from"], "to": e["to"], "confidence": e.get("confidence"),
                      "n": e.get("n_sources") or len(e.get("sources") or []), "denied_by": e.get("denied_by"),
                      "valid_from": e.get("valid_from"), "valid_until": e.get("valid_until"), "lo": lo, "hi": hi})
        if e["id"] not in claims:  # each claim carries its own quote; otherwise keep the aggregate
            d.update(_compact({"sources": e.get("sources"), "evidence": e.get("evidence")}))
        edges[e["id"]] = d
    sources = {}
    for sid, s in sub.sources.items():
        sources[sid] = _compact({k: s.get(k) for k in ("name", "title", "url", "publisher", "author", "published",
                                                      "reliability", "kind")})
        if len(s.get("urls") or []) > 1:  # one report under several addresses: each is provenance
            sources[sid]["urls"] = s["urls"]
    types = {t: ONTOLOGY.rel(t).description for t in sorted({e["type"] for e in sub.edges})}
    return {"nodes": nodes, "edges": edges, "claims": claims, "nclaims": dict(nclaims), "sources": sources,
            "types": types}


def _options(sub: Subgraph, iterations: int) -> dict:
    n_edges = len(sub.edges)
    big = n_edges > 2000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "groups": _groups(sub),
        "nodes": {"font": {"size": 12, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"smooth": {"enabled": True, "type": "continuous"} if n_edges <= SMOOTH_MAX else False,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2,
                  "color": {"color": style.EDGE_COLOUR, "highlight": "#000000", "hover": "#000000", "inherit": False}},
        "physics": {
            "enabled": iterations > 0,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 95, "springConstant": 0.04,
                          "damping": 0.3, "avoidOverlap": 0.1},
            "stabilization": {"enabled": iterations > 0, "iterations": max(iterations, 1), "updateInterval": 10,
                              "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("conflictkg")
    except Exception:  # noqa: BLE001 - an uninstalled checkout still exports
        return "dev"


def generate_html(sub: Subgraph, *, title: str | None = None, max_nodes: int | None = MAX_NODES,
                  physics: int | None = None) -> str:
    """The page for ``sub``. Raises :class:`ExportError` beyond ``max_nodes`` (None: no limit)."""
    n = len(sub.nodes)
    if max_nodes is not None and n > max_nodes:
        raise ExportError(
            f"{n} nodes is more than an interactive page stays usable with (limit {max_nodes}, "
            "see benchmarks/results/html_export.md). Narrow it with --focus ENTITY --depth N, --types, "
            "--since/--until or --min-confidence, or export GEXF for Gephi: conflictkg export gexf")
    iterations = physics_iterations(n) if physics is None else max(0, int(physics))
    if not sub.edges:
        iterations = 0  # nothing to pull on; vis would also never report stabilisation of an empty graph
    positions = layout(sub.nodes, ((e["from"], e["to"]) for e in sub.edges))
    vis_nodes, vis_edges = _vis_items(sub, positions)
    details = _details(sub)
    present = sorted({(n["label"], n.get("class") or n["label"]) for n in sub.nodes.values()})
    page = {
        "title": title or "conflictkg graph",
        "legend": style.legend(),
        "present": [{"label": lb, "class": c} for lb, c in present],
        "focus": sub.focus,
        "filters": sub.filters,
        "notes": sub.notes,
        "counts": sub.counts(),
        "n_edges": len(sub.edges),
        "physics": iterations,
        "generator": f"conflictkg {_version()}",
    }
    payload = {"page": page, **details}
    data_json = script_json(payload)
    nonce = hashlib.sha256(data_json.encode()).hexdigest()[:32]
    return _render(vis_nodes, vis_edges, _options(sub, iterations), page["title"],
                   nonce=nonce, data_json=data_json, summary=_summary(sub), version=_version())


def _summary(sub: Subgraph) -> str:
    parts = [sub.describe()]
    f = sub.filters
    if f.get("focus"):
        parts.append(f"around {sub.nodes.get(f['focus'], {}).get('name', f['focus'])}")
    if f.get("since") or f.get("until"):
        parts.append(f"from {f.get('since') or '…'} to {f.get('until') or '…'}")
    if f.get("min_confidence"):
        parts.append(f"confidence ≥ {f['min_confidence']}")
    if f.get("types"):
        parts.append("types " + ", ".join(f["types"]))
    if f.get("query"):
        parts.append(f"query {f['query']}")
    if sub.capped:  # in the header, where it stays: the status line is overwritten by the next search
        parts.append(f"PART OF THE ANSWER ONLY: {sub.capped}")
    return "; ".join(parts)


def _render(vis_nodes: list, vis_edges: list, options: dict, title: str, **values) -> str:
    """Render through pyvis's Network and our template (see the module docstring)."""
    from jinja2 import Environment, FileSystemLoader
    from markupsafe import Markup
    from pyvis.network import Network

    net = Network(directed=True, heading=title, cdn_resources="in_line")
    net.nodes, net.edges, net.options = vis_nodes, vis_edges, options  # filled directly: O(N)
    net.set_template_dir(_template_dir(), "template.html")
    env = Environment(loader=FileSystemLoader(_template_dir()), autoescape=True)
    # pyvis hands the template Python lists and the options as JSON text: both leave through these
    # filters, which escape what could close the <script> element.
    env.filters["scriptjson"] = lambda obj: Markup(script_json(obj))
    env.filters["scripttext"] = lambda text: Markup(script_json(json.loads(text)))
    env.globals.update({k: (Markup(v) if k.endswith("_json") else v) for k, v in values.items()})
    env.globals.update(vis_js=Markup(_asset("vis-network.min.js")), vis_css=Markup(_asset("vis-network.css")),
                       app_js=Markup(_asset("graph.js")), app_css=Markup(_asset("graph.css")))
    net.templateEnv = env
    return net.generate_html()


def write_html(path: str | Path, sub: Subgraph, **kw) -> int:
    """Write the page to ``path`` (temp file, then rename); returns its size in bytes."""
    return write_text(path, generate_html(sub, **kw))
