"""The precomputed layout and the visual vocabulary."""
from __future__ import annotations

import math
import random

from conflictkg.exports import style
from conflictkg.exports.layout import layout
from conflictkg.ontology.model import ONTOLOGY


def _graph(n: int, seed: int = 3):
    rnd = random.Random(seed)
    ids = [f"n{i:05d}" for i in range(n)]
    edges = [(ids[i], ids[rnd.randrange(i)]) for i in range(1, n)]
    edges += [(ids[rnd.randrange(n)], ids[rnd.randrange(n)]) for _ in range(n // 4)]
    return ids, edges


def test_every_node_placed_deterministically_and_apart():
    ids, edges = _graph(400)
    ids += ["lonely-a", "lonely-b"]
    pos = layout(ids, edges)
    assert set(pos) == set(ids)
    assert pos == layout(list(reversed(ids)), list(reversed(edges)))
    pts = sorted(pos.values())
    close = sum(1 for a, b in zip(pts, pts[1:]) if math.dist(a, b) < 1.0)
    assert close == 0
    # neighbours end up nearer to each other than random pairs
    rnd = random.Random(1)
    linked = sum(math.dist(pos[a], pos[b]) for a, b in edges) / len(edges)
    rand = sum(math.dist(pos[rnd.choice(ids)], pos[rnd.choice(ids)]) for _ in range(len(edges))) / len(edges)
    assert linked < rand / 2


def test_components_do_not_overlap():
    a = [(f"a{i}", f"a{i + 1}") for i in range(30)]
    b = [(f"b{i}", f"b{i + 1}") for i in range(30)]
    pos = layout({x for e in a + b for x in e}, a + b)

    def box(prefix):
        pts = [p for k, p in pos.items() if k.startswith(prefix)]
        return min(x for x, _ in pts), max(x for x, _ in pts), min(y for _, y in pts), max(y for _, y in pts)

    ax0, ax1, ay0, ay1 = box("a")
    bx0, bx1, by0, by1 = box("b")
    assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0


def test_every_class_has_a_style_and_the_legend_follows_the_ontology():
    # the classes of internal labels (the Month date buckets) are never exported, so never drawn
    drawn = [c for c in ONTOLOGY.classes.values() if not ONTOLOGY.labels[c.label].get("internal")]
    assert len(drawn) < len(ONTOLOGY.classes)
    for c in drawn:
        assert c.name in style.CLASS_STYLE, c.name
    legend = style.legend()
    assert [c["class"] for c in legend["classes"]] == [c.name for c in drawn if c.label != "Claim"]
    assert [c["level"] for c in legend["confidence"]] == ONTOLOGY.vocabulary("confidence") + [None]
    dashes = {c["level"]: c["dashes"] for c in legend["confidence"]}
    assert dashes["claimed"] is False and dashes["attributed"] is False
    assert dashes["probable"] and dashes["possible"] and dashes["probable"] != dashes["possible"]
    assert style.edge_width(1) < style.edge_width(2) < style.edge_width(8) <= style.edge_width(1000)
    assert style.SYMMETRIC == {"ALLIED_WITH", "RIVAL_OF", "NEGOTIATES_WITH", "LINKED_TO"}
