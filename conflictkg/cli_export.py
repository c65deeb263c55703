"""``conflictkg export``: the graph as an offline HTML page, GEXF, GraphML, GeoJSON, RDF or CSV.

Argument parsing and messages only; the exports are pure functions in :mod:`conflictkg.exports`.
Every subcommand takes the same filters (``--focus/--depth``, ``--query``, ``--since/--until``,
``--min-confidence``, ``--types``) and writes its file through a temporary file renamed into place.
"""
from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click

from .errors import ConflictKGError

LEVELS = ("claimed", "attributed", "probable", "possible")
DEFAULT_DEPTH = 2


def _filters(fn):
    """The options every export takes."""
    options = [
        click.option("--db", type=click.Path(path_type=Path), envvar="CONFLICTKG_DB", default=None,
                     help="Store directory (default ./conflictkg.db, or CONFLICTKG_DB)."),
        click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of this actor, event or place (name, alias or id)."),
        click.option("--depth", type=click.IntRange(0, 10), default=None,
                     help=f"Hops around --focus.  [default: {DEFAULT_DEPTH}]"),
        click.option("--query", "query_spec", metavar='"NAME ARGS"',
                     help='The answer of a named query, written as for `conflictkg query`: what it is about, '
                          'the entities it returns and the places and perpetrators of its events, '
                          'e.g. --query "timeline JNIM --limit 1000" (the query\'s own cap goes inside).'),
        click.option("--since", metavar="DATE", help="Events and relationships from this ISO date or prefix (2020, 2020-03)."),
        click.option("--until", metavar="DATE", help="... up to this ISO date or prefix."),
        click.option("--min-confidence", type=click.Choice(LEVELS),
                     help="Relationships at least this confident (claimed > attributed > probable > possible)."),
        click.option("--types", "types", multiple=True, metavar="TYPES",
                     help="Labels or classes to show, comma-separated or repeated (Actor,Event / Attack,ArmedGroup)."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


# only the formats with a place for it take a title (the page's heading, GEXF's description, the
# GeoJSON collection's name); elsewhere an accepted --title would vanish without a word
title_option = click.option("--title", help="Title of the page or graph.")


def _output(default: str):
    return click.option("-o", "--output", type=click.Path(path_type=Path), default=Path(default), show_default=True,
                        help="Output file ('-' for standard output).")


def parse_query(spec: str) -> tuple[str, dict]:
    """``"attributions JNIM --since 2020"`` → ("attributions", {"actor": "JNIM", "since": "2020"})."""
    from .queries import QUERIES, QueryError

    try:
        tokens = shlex.split(spec)
    except ValueError as e:
        raise ConflictKGError(f"--query: {e}") from None
    if not tokens:
        raise ConflictKGError("--query needs a query name, e.g. --query \"attributions JNIM\"")
    name, rest = tokens[0], tokens[1:]
    q = QUERIES.get(name)
    if q is None:
        raise QueryError(f"no query named {name!r} (known: {', '.join(sorted(QUERIES))})")
    positional = [p for p in q.params if p.argument]
    by_option = {p.option: p for p in q.params}
    args: dict = {}
    i = 0
    while i < len(rest):
        tok = rest[i]
        if tok.startswith("--"):
            key, eq, value = tok.partition("=")
            p = by_option.get(key)
            if p is None:
                raise QueryError(f"query {name!r} has no option {key} (it takes: {', '.join(by_option)})")
            if p.kind == "flag":
                args[p.name] = True
            else:
                if not eq:
                    i += 1
                    if i >= len(rest):
                        raise QueryError(f"{key} needs a value")
                    value = rest[i]
                if p.kind == "list":
                    args.setdefault(p.name, []).append(value)
                else:
                    args[p.name] = value
        else:
            if not positional:
                raise QueryError(f"query {name!r} takes no more arguments than {len(args)}: {tok!r}")
            args[positional.pop(0).name] = tok
        i += 1
    missing = [p for p in positional if p.required]
    if missing:
        # the query would otherwise read the missing name as the text "None"
        need = " ".join(p.metavar or p.name.upper() for p in q.params if p.argument)
        raise QueryError(f"query {name!r} needs {', '.join(p.metavar or p.name.upper() for p in missing)}: "
                         f"--query \"{name} {need}\"")
    return name, args


def _ids_in(value, known: set[str], out: set[str]) -> None:
    if isinstance(value, str):
        if value in known:
            out.add(value)
    elif isinstance(value, (list, tuple, set)):
        for v in value:
            _ids_in(v, known, out)
    elif isinstance(value, dict):
        for v in value.values():
            _ids_in(v, known, out)


def build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types, provenance=False):
    """Filters → :class:`~conflictkg.exports.Subgraph` (the only place the CLI touches the store)."""
    from .exports.select import ExportError, parse_types, query_context, select
    from .kg import KG

    if focus is not None and not focus.strip():
        raise ExportError("--focus needs an entity: a name, alias or id, e.g. --focus JNIM")
    if depth is not None and focus is None:
        raise ExportError(f"--depth {depth} counts hops around --focus ENTITY, and no --focus was given")
    depth = DEFAULT_DEPTH if depth is None else depth
    if query_spec is not None and not query_spec.strip():
        raise ExportError('--query needs a query name, e.g. --query "attributions JNIM"')
    kg = KG(db).require()
    kg.ensure()
    parse_types(types)  # a bad --types fails before any work
    proj = kg.projection()
    ids = None
    focus_id = None
    known = {r["id"] for label, rows in proj.nodes.items() if label != "Claim" for r in rows}
    if focus:
        focus_id = kg.resolver().resolve_or_raise(focus)
        if focus_id not in known:
            raise ExportError(f"{focus!r} ({focus_id}) is not in the graph")
        ids = _neighbourhood(kg, proj, focus_id, depth, types)
    if query_spec:
        from .queries import run

        name, args = parse_query(query_spec)
        with kg.engine() as eng:
            res = run(name, eng, kg.resolver(), **args)
        named: set[str] = set()
        for row in res.rows:
            _ids_in(row, known, named)
        if not named:
            raise ExportError(f"query {name!r} returned no entity of the graph ({len(res.rows)} row(s)); "
                              + (" ".join(res.notes) if res.notes else "nothing to export"))
        # what the answer is about and what its rows show beside the events (places, perpetrators)
        # are drawn too: the events alone were dots without a single relationship
        named = query_context(proj, named | {i for i in res.about if i in known})
        ids = named if ids is None else (ids & named) | {focus_id}
    sub = select(proj, ids=ids, focus=focus_id, since=since, until=until, min_confidence=min_confidence,
                 types=types, provenance=provenance)
    if query_spec:
        sub.filters["query"] = query_spec
        # the query's own caps and readings ("only the first 500 events") are the picture's too
        sub.notes[:0] = [f"--query {query_spec!r}: {n}" for n in res.notes if n != res.capped]
        if res.capped:
            # the query's own --limit/--since/--until, given inside --query: the export's filters
            # only narrow what the query listed
            sub.capped = f"{res.capped.rstrip('.')} (inside --query: \"{name} ... --limit N\")."
            sub.notes.append(f"only part of the answer is drawn: {sub.capped}")
    return sub


def _neighbourhood(kg, proj, focus_id: str, depth: int, types) -> set[str]:
    """The query library's ego network on the engine; the projection rows if it is unavailable."""
    from .exports.select import local_neighbourhood, parse_types

    labels, classes = parse_types(types)
    flat = sorted(labels | classes) or None
    try:
        from .queries import neighbourhood_ids
    except ImportError:  # pragma: no cover - the query library ships with conflictkg
        return local_neighbourhood(proj, focus_id, depth, flat)
    with kg.engine() as eng:
        return set(neighbourhood_ids(eng, focus_id, depth, flat))


def _existed(output: Path) -> bool:
    """Whether writing ``output`` replaces a file (said in the report: -o overwrites, as elsewhere)."""
    return str(output) != "-" and output.is_file()


def _report(output: Path, what: str, sub, size: int | None, extra: str = "", replaced: bool = False) -> None:
    if str(output) != "-":
        mb = f", {size / 1e6:.2f} MB" if size is not None else ""
        again = " (replaced the previous file)" if replaced else ""
        click.echo(f"wrote {output}{again}: {sub.describe()}{mb}{extra}")
    for note in sub.notes:
        click.echo(f"note: {note}", err=True)
    if not sub.nodes:
        click.echo("note: nothing matched the filters; the export is empty", err=True)


def _write_or_print(output: Path, text: str | bytes, writer) -> int | None:
    if str(output) == "-":
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            click.echo(text, nl=not text.endswith("\n"))
        return None
    return writer()


@click.group("export")
def export():
    """Export the graph for exploration: html, gexf, graphml, geojson, ttl, jsonld, csv.

    Every export takes the same filters: --focus ENTITY --depth N, --query "NAME ARGS",
    --since/--until, --min-confidence, --types.

    \b
    Example:
      conflictkg export html --focus JNIM --depth 2 -o jnim.html
      conflictkg export gexf --since 2020 -o sahel-2020.gexf
      conflictkg export csv --provenance -o neo4j-import/
    """


@export.command("html")
@_filters
@title_option
@_output("graph.html")
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="Refuse graphs larger than this (default: the measured usable size, 5000).")
def export_html(db, focus, depth, query_spec, since, until, min_confidence, types, title, output, max_nodes):
    """One self-contained interactive page that opens offline in any browser.

    Shapes and colours by class with a legend; line style by confidence (solid claimed/attributed,
    dashed probable, dotted possible, red for denied), width by number of sources; hover or click
    shows every source with its quote; search, filters by class, confidence and date, and a
    timeline of events.

    \b
    Example:
      conflictkg export html --focus JNIM --depth 2 -o jnim.html
      conflictkg export html --types Actor --min-confidence probable -o actors.html
    """
    from .exports.html import MAX_NODES, generate_html, write_html

    sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types)
    kw = dict(title=title, max_nodes=max_nodes or MAX_NODES)
    if str(output) == "-":
        _write_or_print(output, generate_html(sub, **kw), None)
        return
    replaced = _existed(output)
    size = write_html(output, sub, **kw)
    _report(output, "html", sub, size, replaced=replaced)


@export.command("gexf")
@_filters
@title_option
@_output("graph.gexf")
@click.option("--provenance", is_flag=True, help="Add sources and claims as nodes (STATED_IN, ABOUT).")
def export_gexf(db, focus, depth, query_spec, since, until, min_confidence, types, title, output, provenance):
    """GEXF 1.3 for Gephi, dynamic: events and relationships carry start/end for the timeline.

    \b
    Example:
      conflictkg export gexf -o sahel.gexf
      conflictkg export gexf --focus "Katiba Macina" --depth 3 -o macina.gexf
    """
    from .exports.gexf import generate_gexf, write_gexf

    sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types, provenance)
    if str(output) == "-":
        _write_or_print(output, generate_gexf(sub, title=title), None)
        return
    replaced = _existed(output)
    _report(output, "gexf", sub, write_gexf(output, sub, title=title), replaced=replaced)


@export.command("graphml")
@_filters
@_output("graph.graphml")
@click.option("--provenance", is_flag=True, help="Add sources and claims as nodes (STATED_IN, ABOUT).")
def export_graphml(db, focus, depth, query_spec, since, until, min_confidence, types, output, provenance):
    """GraphML (yEd, Cytoscape, igraph, networkx).

    \b
    Example:
      conflictkg export graphml --types Actor -o actors.graphml
    """
    from .exports.graphml import generate_graphml, write_graphml

    sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types, provenance)
    if str(output) == "-":
        _write_or_print(output, generate_graphml(sub), None)
        return
    replaced = _existed(output)
    _report(output, "graphml", sub, write_graphml(output, sub), replaced=replaced)


@export.command("geojson")
@_filters
@title_option
@_output("graph.geojson")
def export_geojson(db, focus, depth, query_spec, since, until, min_confidence, types, title, output):
    """GeoJSON points for places and events, with precision and sources (for a map).

    \b
    Example:
      conflictkg export geojson --since 2020-01 --until 2020-06 -o events.geojson
    """
    import json

    from .exports.geojson import generate_geojson, write_geojson

    sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types)
    if str(output) == "-":
        _write_or_print(output, json.dumps(generate_geojson(sub, title=title), ensure_ascii=False, indent=1), None)
        return
    replaced = _existed(output)
    size = write_geojson(output, sub, title=title)
    _report(output, "geojson", sub, size, replaced=replaced)


TTL_HELP = """RDF Turtle: the ontology plus the statements, each source's claim in PROV-O.

    Valid against the SHACL shapes (`conflictkg ontology --format shacl`).

    \b
    Example:
      conflictkg export ttl --focus JNIM -o jnim.ttl
    """
JSONLD_HELP = """JSON-LD: the same graph as `export ttl`.

    \b
    Example:
      conflictkg export jsonld --types Actor -o actors.jsonld
    """


def _rdf_command(fmt: str, default: str, doc: str):
    def cmd(db, focus, depth, query_spec, since, until, min_confidence, types, output, no_ontology):
        from .exports import rdf

        sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types)
        gen = rdf.generate_turtle if fmt == "ttl" else rdf.generate_jsonld
        write = rdf.write_turtle if fmt == "ttl" else rdf.write_jsonld
        if str(output) == "-":
            _write_or_print(output, gen(sub, with_ontology=not no_ontology), None)
            return
        replaced = _existed(output)
        _report(output, fmt, sub, write(output, sub, with_ontology=not no_ontology), replaced=replaced)

    cmd.__doc__ = doc
    cmd = click.option("--no-ontology", is_flag=True, help="Leave out the ontology's own triples (classes, properties).")(cmd)
    return export.command(fmt)(_filters(_output(default)(cmd)))


export_ttl = _rdf_command("ttl", "graph.ttl", TTL_HELP)
export_jsonld = _rdf_command("jsonld", "graph.jsonld", JSONLD_HELP)


@export.command("csv")
@_filters
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("graph-csv"),
              show_default=True, help="Directory for nodes.csv and relationships.csv.")
@click.option("--flavour", type=click.Choice(["neo4j", "kumu"]), default="neo4j", show_default=True,
              help="Header style: neo4j-admin import (:ID, :LABEL, :START_ID, :END_ID, :TYPE) or Kumu (ID, Label, From, To).")
@click.option("--provenance", is_flag=True, help="Add sources and claims as nodes (STATED_IN, ABOUT).")
def export_csv(db, focus, depth, query_spec, since, until, min_confidence, types, output, flavour, provenance):
    """nodes.csv and relationships.csv for Neo4j's bulk importer or for Kumu.

    \b
    Example:
      conflictkg export csv -o neo4j-import/
      conflictkg export csv --flavour kumu --types Actor -o kumu/
    """
    from .exports.csvs import NEO4J_IMPORT_HINT, write_csv
    from .exports.select import ExportError

    if str(output) == "-":
        raise ExportError("csv writes two files (nodes.csv, relationships.csv): give a directory with -o, "
                          "not '-' for standard output")
    sub = build_subgraph(db, focus, depth, query_spec, since, until, min_confidence, types, provenance)
    replaced = (output / "nodes.csv").is_file() or (output / "relationships.csv").is_file()
    sizes = write_csv(output, sub, flavour=flavour)
    _report(output, "csv", sub, sum(sizes.values()), replaced=replaced)
    if flavour == "neo4j":
        click.echo(f"import with: cd {output} && {NEO4J_IMPORT_HINT}")


def register(main: click.Group) -> None:
    main.add_command(export)
