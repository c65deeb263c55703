"""A deterministic node layout in pure Python, computed before the page opens.

Why here and not in the browser: vis-network's own physics needs minutes to settle a few thousand
nodes in a software-rendered browser (engine notes: 45 s for 1,000 nodes), so the page starts from
these positions and only polishes them. Why not ``networkx.spring_layout``: networkx's layouts need
numpy, which conflictkg does not depend on.

Each connected component is laid out radially around its best-connected node (a breadth-first
tree whose subtrees get angular wedges in proportion to their size; rings grow with their
population so siblings do not overlap), then relaxed by a few force-directed steps (springs on
edges, repulsion between nearby nodes found through a grid, so a step costs O(N + E)).
Components are packed in rows, largest first. The same graph always gets the same picture.
"""
from __future__ import annotations

import math
import zlib
from collections import defaultdict, deque
from typing import Iterable

LEVEL = 140.0      # distance between rings of the radial tree
SPACING = 45.0     # least arc length between neighbours on a ring
EDGE = 90.0        # ideal edge length of the force steps
GAP = 120.0        # margin between packed components


def default_iterations(n: int) -> int:
    """Force steps by graph size: enough to untangle, cheap enough for 5,000 nodes (~1-2 s)."""
    if n <= 300:
        return 80
    if n <= 1000:
        return 50
    if n <= 3000:
        return 20
    return 10


def layout(node_ids: Iterable[str], edges: Iterable[tuple[str, str]], iterations: int | None = None
           ) -> dict[str, tuple[float, float]]:
    """Positions {id: (x, y)} (screen units, y down) for the undirected graph ``node_ids``/``edges``."""
    ids = sorted(set(node_ids))
    adj: dict[str, set[str]] = {i: set() for i in ids}
    for a, b in edges:
        if a != b and a in adj and b in adj:
            adj[a].add(b)
            adj[b].add(a)
    if iterations is None:
        iterations = default_iterations(len(ids))
    comps = _components(ids, adj)
    placed = []
    for comp in comps:
        pos = _radial(comp, adj)
        if iterations and len(comp) > 2:
            _relax(pos, adj, iterations)
        placed.append(pos)
    return _pack(placed)


def _components(ids: list[str], adj: dict[str, set[str]]) -> list[list[str]]:
    seen: set[str] = set()
    comps = []
    for i in ids:
        if i in seen:
            continue
        comp = [i]
        seen.add(i)
        q = deque([i])
        while q:
            cur = q.popleft()
            for nb in adj[cur]:
                if nb not in seen:
                    seen.add(nb)
                    comp.append(nb)
                    q.append(nb)
        comps.append(comp)
    comps.sort(key=lambda c: (-len(c), min(c)))
    return comps


def _radial(comp: list[str], adj: dict[str, set[str]]) -> dict[str, list[float]]:
    if len(comp) == 1:
        return {comp[0]: [0.0, 0.0]}
    root = min(comp, key=lambda i: (-len(adj[i]), i))
    parent = {root: None}
    depth = {root: 0}
    order = [root]
    children: dict[str, list[str]] = defaultdict(list)
    q = deque([root])
    while q:
        cur = q.popleft()
        for nb in sorted(adj[cur]):
            if nb not in parent:
                parent[nb] = cur
                depth[nb] = depth[cur] + 1
                children[cur].append(nb)
                order.append(nb)
                q.append(nb)
    weight: dict[str, float] = {}
    for n in reversed(order):
        kids = children.get(n)
        weight[n] = sum(weight[k] for k in kids) if kids else 1.0
    per_level: dict[int, int] = defaultdict(int)
    for n in order:
        per_level[depth[n]] += 1
    radius = {0: 0.0}
    for d in range(1, max(per_level) + 1):
        radius[d] = max(radius[d - 1] + LEVEL, per_level[d] * SPACING / (2 * math.pi))
    pos = {root: [0.0, 0.0]}
    wedge = {root: (0.0, 2 * math.pi)}
    for n in order:
        lo, hi = wedge[n]
        kids = children.get(n)
        if not kids:
            continue
        total = weight[n]
        start = lo
        for k in kids:
            span = (hi - lo) * weight[k] / total
            wedge[k] = (start, start + span)
            theta = start + span / 2
            r = radius[depth[k]]
            pos[k] = [r * math.cos(theta), r * math.sin(theta)]
            start += span
    return pos


#: Most pair interactions the force steps may compute (about 1-2 s of pure Python): dense graphs
#: get fewer steps. A count, not a clock, so the same graph always gets the same picture.
PAIR_BUDGET = 15_000_000
_FORWARD = ((1, 0), (1, 1), (0, 1), (-1, 1))


def _relax(pos: dict[str, list[float]], adj: dict[str, set[str]], iterations: int) -> None:
    """Fruchterman-Reingold steps; repulsion only between nodes closer than 2 x EDGE, found
    through a grid whose cells are visited once per pair (Newton's third law halves the work)."""
    k = EDGE
    k2 = k * k
    cut2 = 4 * k2
    cell = 2 * k
    names = list(pos)
    index = {n: i for i, n in enumerate(names)}
    xs = [pos[n][0] for n in names]
    ys = [pos[n][1] for n in names]
    n = len(names)
    edges = sorted((index[a], index[b]) for a in names for b in adj[a] if a < b)
    jitter = [0.1 * (1 + zlib.crc32(nm.encode()) % 7) for nm in names]
    pairs = 0
    for it in range(iterations):
        temp = k * (1.0 - it / iterations) + k * 0.05
        fx = [0.0] * n
        fy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        for (cx, cy), members in grid.items():
            others = [members]
            for dx, dy in _FORWARD:
                o = grid.get((cx + dx, cy + dy))
                if o:
                    others.append(o)
            for pos_a, a in enumerate(members):
                ax, ay = xs[a], ys[a]
                sx = sy = 0.0
                for j, group in enumerate(others):
                    for b in (group[pos_a + 1:] if j == 0 else group):
                        ddx = ax - xs[b]
                        ddy = ay - ys[b]
                        d2 = ddx * ddx + ddy * ddy
                        if d2 > cut2:
                            continue
                        if d2 < 0.01:
                            ddx, ddy, d2 = jitter[a] - jitter[b] or 0.1, 0.1, 0.02
                        f = k2 / d2  # repulsion k^2/d along the unit vector
                        sx += ddx * f
                        sy += ddy * f
                        fx[b] -= ddx * f
                        fy[b] -= ddy * f
                    pairs += len(group)
                fx[a] += sx
                fy[a] += sy
        for a, b in edges:
            ddx = xs[a] - xs[b]
            ddy = ys[a] - ys[b]
            d = math.sqrt(ddx * ddx + ddy * ddy) or 0.01
            f = d / k  # attraction d^2/k along the unit vector
            fx[a] -= ddx * f
            fy[a] -= ddy * f
            fx[b] += ddx * f
            fy[b] += ddy * f
        for i in range(n):
            dx, dy = fx[i], fy[i]
            d = math.sqrt(dx * dx + dy * dy)
            if d > 0:
                f = min(d, temp) / d
                xs[i] += dx * f
                ys[i] += dy * f
        if pairs > PAIR_BUDGET:
            break
    for i, nm in enumerate(names):
        pos[nm][0], pos[nm][1] = xs[i], ys[i]


def _pack(placed: list[dict[str, list[float]]]) -> dict[str, tuple[float, float]]:
    boxes = []
    for pos in placed:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP))
    area = sum(w * h for _, _, w, h in boxes)
    row_width = max(max((b[2] for b in boxes), default=0), math.sqrt(area) * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, (mx, my, w, h) in zip(placed, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(px - mx + x, 1), round(py - my + y, 1))
        x += w
        row_h = max(row_h, h)
    if out:
        cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
        cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
        out = {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in out.items()}
    return out
