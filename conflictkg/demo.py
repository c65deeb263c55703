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
    """Upward links (part of, allegiance, membership) from ``actor_id``, each with its sources,
    from the query library's ``affiliations``."""
    from .queries import run as run_query

    with kg.engine() as eng:
        res = run_query("affiliations", eng, kg.resolver(), actor=actor_id, depth=max_depth)
    return [{"depth": r["depth"], "from": r["from"], "type": r["relation"], "to": r["to"],
             "confidence": r["confidence"], "since": r["valid_from"], "until": r["valid_until"],
             "sources": r["sources"]}
            for r in res.records() if r["direction"] == "up"]


def _section(echo, title: str, res, line, empty: str, limit: int = 8) -> None:
    echo(title)
    recs = res.records()
    if not recs:
        echo(f"   ({empty})")
    for r in recs[:limit]:
        for i, text in enumerate(line(r)):
            echo(("   " if i == 0 else "       ") + text)
    if len(recs) > limit:
        echo(f"   ... and {len(recs) - limit} more")
    echo("")


def run(kg, echo) -> None:
    from .errors import ResolutionError
    from .queries import run as run_query

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
        until = f" until {link['until']}" if link["until"] else ""
        echo(f"   {'  ' * (link['depth'] - 1)}{link['from']} -[{link['type']}]-> {link['to']}"
             f" ({link['confidence'] or 'unrated'}{since}{until})")
        for s in link["sources"]:
            echo(f"   {'  ' * (link['depth'] - 1)}    source: {s}")
    echo("")

    resolver = kg.resolver()
    no_events = "none yet: ingest a report, e.g. conflictkg ingest ../shared/data/seed/jnim-thread-2020-04-06.txt"
    with kg.engine() as eng:
        def q(name, **args):
            try:
                return run_query(name, eng, resolver, **args)
            except ResolutionError as e:  # a pack without these actors: say so, go on
                from .queries import QueryResult

                return QueryResult([], [], [str(e)])

        comps = q("affiliations", actor="actor:jnim", depth=1)
        comps.rows = [r for r in comps.rows if r[0] == "down"]
        _section(echo, "2. Components of JNIM:", comps,
                 lambda r: [f"{r['from']}" + (f" (since {r['valid_from']})" if r["valid_from"] else "")
                            + f" - {len(r['sources'])} source(s)"], "none found")
        _section(echo, "3. Events attributed to JNIM and its components (newest first):",
                 q("attributions", actor="actor:jnim", with_components=True, limit=50),
                 lambda r: [f"{r['date']} {r['event']} -> {r['attributed_to']} ({r['confidence']}"
                            + ("" if r["via"] == "direct" else f", {r['via']}") + ")"
                            + (f"; also attributed to {', '.join(r['competing'])}" if r["competing"] else ""),
                            *[f"source: {s}" for s in r["sources"][:2]]], no_events)
        ch = q("channels", a="actor:government-of-mali", b="actor:jnim")
        _section(echo, "4. Negotiation channels, Government of Mali - JNIM:", ch,
                 lambda r: [f"channel {r['channel']}, hop {r['step']}: {r['from']} - {r['to']} via {r['via']}"
                            + (f" [{r['status']}]" if r["status"] else "") + (f", {r['date']}" if r["date"] else ""),
                            *[f"source: {s}" for s in r["sources"][:2]]], no_events, limit=10)
        _section(echo, "5. Hostages:", q("hostages"),
                 lambda r: [f"{r['hostage']} held by {r['held_by']} ({r['confidence'] or 'unrated'}"
                            + (f", since {r['since']}" if r["since"] else "")
                            + (f", until {r['until']}" if r["until"] else "") + ")",
                            *[f"source: {s}" for s in r["sources"][:2]]], no_events)
    echo("Next: conflictkg query --help   (affiliations, attributions, channels, brokers, hostages, timeline, "
         "manoeuvre, neighbourhood)")
    echo("      conflictkg cypher \"MATCH (a:Actor)-[r:PART_OF]->(b) RETURN a.name, b.name, r.sources\"")
