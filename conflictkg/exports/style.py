"""How the ontology looks in pictures: one shape and colour per class, one line style per confidence.

Shared by the HTML page (vis-network shapes), GEXF (viz colours and shapes for Gephi) and GraphML
(colour attributes), so a class has the same colour in every tool. Shapes follow the label
(actors round, events pointed, places square) so the label reads at a glance; colours separate the
classes inside a label. Every class of the ontology has an entry (a test checks it).
"""
from __future__ import annotations

import math

from ..ontology.model import ONTOLOGY

# label -> (vis-network shape, colour for a node without a known class)
LABEL_STYLE: dict[str, tuple[str, str]] = {
    "Actor": ("dot", "#7f7f7f"),
    "Event": ("diamond", "#a05a2c"),
    "Place": ("square", "#8c8c6c"),
    "Source": ("triangle", "#9a9a9a"),
    "Claim": ("dot", "#c7c7c7"),
}

# class -> (shape, colour). Colours: reds/oranges for violence, greens for talks, blues for
# states and missions, earth tones for places.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "ArmedGroup": ("dot", "#d62728"),
    "StateForce": ("hexagon", "#1f77b4"),
    "Government": ("hexagon", "#17456e"),
    "InternationalMission": ("hexagon", "#17becf"),
    "Person": ("dot", "#e377c2"),
    "Militia": ("dot", "#ff7f0e"),
    "Organization": ("dot", "#9467bd"),
    "CivilianGroup": ("dot", "#bcbd22"),
    "Attack": ("diamond", "#b2182b"),
    "Clash": ("diamond", "#e6550d"),
    "Explosion": ("diamond", "#fd8d3c"),
    "Kidnapping": ("diamond", "#756bb1"),
    "ViolenceAgainstCivilians": ("diamond", "#67001f"),
    "MilitaryOperation": ("diamond", "#3182bd"),
    "Negotiation": ("star", "#31a354"),
    "Agreement": ("star", "#006d2c"),
    "Release": ("star", "#74c476"),
    "Statement": ("triangleDown", "#636363"),
    "Protest": ("triangleDown", "#dd9a00"),
    "Country": ("square", "#543005"),
    "AdminArea": ("square", "#8c510a"),
    "Settlement": ("square", "#bf812d"),
    "Area": ("square", "#c7a76c"),
    "Site": ("square", "#80cdc1"),
    "Report": ("triangle", "#969696"),
    "Dataset": ("triangle", "#525252"),
    "RelationshipClaim": ("dot", "#c7c7c7"),
}

# confidence -> (vis dashes, legend text). vis: False = solid, a list = [dash, gap] in pixels.
CONFIDENCE_STYLE: dict[str | None, tuple[object, str]] = {
    "claimed": (False, "solid: claimed by the actor"),
    "attributed": (False, "solid: attributed by a source"),
    "probable": ([10, 6], "dashed: probable"),
    "possible": ([2, 5], "dotted: possible"),
    "denied": ([2, 5], "red, marked: denied"),
    None: (False, "solid grey: not graded"),
}
DENIED_COLOUR = "#cc0000"
EDGE_COLOUR = "#6b6b6b"
UNGRADED_COLOUR = "#b0b0b0"

# Relationship types drawn without an arrow (the ontology says they are symmetric).
SYMMETRIC = frozenset(r.name for r in ONTOLOGY.relationships.values() if r.symmetric)

# GEXF viz:shape values (Gephi understands disc, square, triangle, diamond).
GEXF_SHAPE = {"dot": "disc", "hexagon": "disc", "square": "square", "diamond": "diamond", "star": "diamond",
              "triangle": "triangle", "triangleDown": "triangle"}


def node_style(label: str, cls: str | None) -> tuple[str, str]:
    """(shape, colour) of a node of ``label`` and ``cls``."""
    if cls in CLASS_STYLE:
        return CLASS_STYLE[cls]
    return LABEL_STYLE.get(label, ("dot", "#7f7f7f"))


def edge_width(n_sources: int | None) -> float:
    """Width grows with the log of the number of sources: 1 source 1.5 px, 2: 3, 4: 4.5, 16+: 7.5."""
    n = max(1, int(n_sources or 1))
    return round(min(1.5 + 1.5 * math.log2(n), 7.5), 2)


def rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def legend() -> dict:
    """Everything the page needs to draw its legend, from the ontology (classes in ontology order)."""
    classes = []
    for c in ONTOLOGY.classes.values():
        if c.label in ("Claim",) or ONTOLOGY.labels[c.label].get("internal"):  # never drawn (Month buckets)
            continue
        shape, colour = node_style(c.label, c.name)
        classes.append({"class": c.name, "label": c.label, "shape": shape, "colour": colour,
                        "description": c.description})
    levels = ONTOLOGY.vocabulary("confidence")
    confidence = [{"level": lv, "dashes": CONFIDENCE_STYLE[lv][0], "text": CONFIDENCE_STYLE[lv][1],
                   "colour": DENIED_COLOUR if lv == "denied" else EDGE_COLOUR} for lv in levels]
    confidence.append({"level": None, "dashes": False, "text": CONFIDENCE_STYLE[None][1], "colour": UNGRADED_COLOUR})
    return {"classes": classes, "confidence": confidence, "labels": {k: {"shape": v[0], "colour": v[1]}
                                                                      for k, v in LABEL_STYLE.items()}}
