"""The investigator query library: named, parameterised Cypher for the embedded engine and Neo4j.

>>> from conflictkg.queries import QUERIES, run
>>> sorted(QUERIES)[:3]
['affiliations', 'attributions', 'brokers']
>>> res = run("affiliations", engine, resolver, actor="Katiba Macina")   # doctest: +SKIP
>>> res.columns, res.rows, res.notes                                      # doctest: +SKIP

``run(name, backend, resolver, **args)`` works with any backend that has
``run(cypher, params) -> Result(columns, rows)`` and a ``dialect`` (``"lbug"`` by default, or
``"neo4j"``); ``QUERIES[name]`` holds each query's parameters, help, example and Cypher texts
(``QUERIES[name].texts("neo4j")``). ``neighbourhood_ids`` gives the ego network's node ids for
the exports.
"""
from __future__ import annotations

from .base import QUERIES, Param, Query, QueryError, QueryResult, render, run
from . import affiliations, attributions, channels, hostages, timeline, manoeuvre, neighbourhood  # noqa: F401,E402  (register)
from .neighbourhood import neighbourhood_ids

__all__ = ["QUERIES", "Param", "Query", "QueryError", "QueryResult", "render", "run", "neighbourhood_ids"]
