"""A canonical dump of an embedded graph file: every node with its label and properties, every
relationship with its type, ends and properties, each as sorted JSON lines. Two graphs are the
same graph when their dumps are equal."""
from __future__ import annotations

import json
from pathlib import Path

from conflictkg.graph.engine import Engine
from conflictkg.ontology.model import ONTOLOGY


def dump(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with Engine(Path(path)) as eng:
        for label in ONTOLOGY.labels:
            rows = eng.run(f"MATCH (n:{label}) RETURN n").rows
            out[label] = sorted(json.dumps(r[0], sort_keys=True, default=str) for r in rows)
        for rel in ONTOLOGY.relationships.values():
            rows = eng.run(f"MATCH (a)-[r:{rel.name}]->(b) RETURN label(a), a.id, label(b), b.id, r").rows
            out[rel.name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return {k: v for k, v in out.items() if v}


def diff(a: dict, b: dict, limit: int = 5) -> str:
    """What differs between two dumps, briefly (for assertion messages)."""
    lines = []
    for key in sorted(set(a) | set(b)):
        sa, sb = set(a.get(key, ())), set(b.get(key, ()))
        for x in sorted(sa - sb)[:limit]:
            lines.append(f"{key} only in first: {x[:400]}")
        for x in sorted(sb - sa)[:limit]:
            lines.append(f"{key} only in second: {x[:400]}")
    return "\n".join(lines)
