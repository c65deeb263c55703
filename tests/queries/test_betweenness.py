"""brokers' betweenness gives networkx's values exactly: every source, and a sample of sources."""
import math
import random

import networkx as nx
import pytest

from conflictkg.queries.channels import betweenness


def _same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(a[x] == b[x] or (math.isnan(a[x]) and math.isnan(b[x])) for x in a)


@pytest.mark.parametrize("graph_seed", range(12))
def test_betweenness_equals_networkx(graph_seed):
    rng = random.Random(graph_seed)
    n = rng.randint(1, 40)
    g = nx.gnm_random_graph(n, rng.randint(0, 3 * n), seed=graph_seed)
    g = nx.relabel_nodes(g, {i: f"actor:{rng.random():.6f}" for i in g})  # string ids, any order
    for k in sorted({None, 1, 2, max(1, n // 3), n} - {None}, key=int) + [None]:
        if k is not None and k > n:
            continue
        assert _same(betweenness(g, k=k, seed=0), nx.betweenness_centrality(g, k=k, normalized=True, seed=0)), k


def test_betweenness_of_a_path_and_a_star():
    path = nx.path_graph(["a", "b", "c"])
    assert betweenness(path) == {"a": 0.0, "b": 1.0, "c": 0.0}
    star = nx.star_graph(4)
    bc = betweenness(star)
    assert bc[0] == 1.0 and all(bc[i] == 0.0 for i in range(1, 5))
