"""``conflictkg demo``: the first answers an investigator asks for, from the embedded store."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from . import loaders


def example_reports() -> list[Path]:
    """The project's own example reports (bundled), when a report loader is available."""
    if "report" not in loaders.KINDS:
        return []
    d = Path(str(resources.files("conflictkg").joinpath("examples")))
    return sorted(p for p in d.glob("*.txt")) if d.exists() else []


def affiliation_chain(kg, actor_id: str, max_depth: int = 5) -> list[dict]:
    """Upward PART_OF / PLEDGED_ALLEGIANCE_TO links from ``actor_id``, each with its sources' URLs."""
    q = ("MATCH (a:Actor {id: $id})-[r:PART_OF|PLEDGED_ALLEGIANCE_TO]->(b:Actor) "
         "RETURN a.name, label(r), b.id, b.name, r.confidence, r.valid_from, r.sources ORDER BY b.id")
    out, frontier, seen = [], [actor_id], {actor_id}
    with kg.engine() as eng:
        for depth in range(1, max_depth + 1):
            nxt = []
            for aid in frontier:
                for a, t, bid, b, conf, since, srcs in eng.run(q, {"id": aid}).rows:
                    urls = eng.run("MATCH (s:Source) WHERE s.id IN $ids RETURN coalesce(s.url, s.name)", {"ids": srcs}).rows
                    out.append({"depth": depth, "from": a, "type": t, "to": b, "confidence": conf,
                                "since": since, "sources": [u[0] for u in urls]})
                    if bid not in seen:
                        seen.add(bid)
                        nxt.append(bid)
            frontier = nxt
    return out


def run(kg, echo) -> None:
    reports = example_reports()
    summary = kg.ingest(reports) if reports else None
    if summary is None:
        kg.ensure()
    counts = kg.cypher("MATCH (n) RETURN label(n) AS label, count(*) AS n ORDER BY label").rows
    echo(f"Store: {kg.store.path.resolve()}  ({kg.store.count()} statements; "
         + ", ".join(f"{n} {lbl}" for lbl, n in counts) + ")")
    echo("")
    echo("1. Affiliation chain of Katiba Macina (each link with its sources):")
    chain = affiliation_chain(kg, "actor:katiba-macina")
    if not chain:
        echo("   (none found: is the region pack loaded?)")
    for link in chain:
        since = f" since {link['since']}" if link["since"] else ""
        echo(f"   {'  ' * (link['depth'] - 1)}{link['from']} -[{link['type']}]-> {link['to']}"
             f" ({link['confidence']}{since})")
        for s in link["sources"]:
            echo(f"   {'  ' * (link['depth'] - 1)}    source: {s}")
    echo("")
    echo("2. Components of JNIM:")
    rows = kg.cypher("MATCH (c:Actor)-[r:PART_OF]->(j:Actor {id: 'actor:jnim'}) "
                     "RETURN c.name, r.valid_from, size(r.sources) ORDER BY c.name").rows
    for name, since, n in rows:
        echo(f"   {name}" + (f" (since {since})" if since else "") + f" - {n} source(s)")
    echo("")
    echo("Next: conflictkg cypher \"MATCH (a:Actor)-[r:PART_OF]->(b) RETURN a.name, b.name, r.sources\"")
