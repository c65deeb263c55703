"""Exports for visual exploration: an offline interactive HTML page, Gephi (GEXF 1.3 with time),
GraphML, GeoJSON, RDF (Turtle / JSON-LD with PROV-O provenance) and CSV for Neo4j and Kumu.

Every format is a pure ``generate_*`` function of a :class:`~conflictkg.exports.select.Subgraph`
(made by :func:`~conflictkg.exports.select.select` from ``KG.projection()``, or by
:func:`~conflictkg.exports.select.from_networkx` from ``to_networkx(projection)``), returning text,
bytes or an object, plus a thin ``write_*`` shell that writes through a temporary file renamed
into place, so a failure never leaves half a file.

>>> from conflictkg.kg import KG                                        # doctest: +SKIP
>>> from conflictkg.exports import select, generate_html                # doctest: +SKIP
>>> page = generate_html(select(KG("kg.db").projection(), types=["Actor"]))   # doctest: +SKIP
"""
from __future__ import annotations

from .select import ExportError, Subgraph, from_networkx, local_neighbourhood, select

__all__ = ["ExportError", "Subgraph", "select", "from_networkx", "local_neighbourhood"]
