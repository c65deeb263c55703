"""``conflictkg query NAME ARGS``: the named investigator queries on the command line.

One subcommand per entry of ``conflictkg.queries.QUERIES``, its arguments and options made from
the query's parameters, so the CLI, the Python API and the exports share one definition.
Tables go to stdout with the query's notes under them; with ``--format json|csv`` stdout holds
only the data (every column, ids included) and the notes go to stderr.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from . import formatting
from .queries import QUERIES, Query, run

FORMATS = formatting.FORMATS


def _group_help() -> str:
    lines = ["Named investigator queries; every row names its sources.", "",
             "Names are resolved like everywhere else (aliases, French forms, small typos, said in",
             "the notes); an unknown or ambiguous name is an error that lists the candidates. A name",
             "several events share (e.g. ACLED's \"Attack, Bamba, 2020-04-10\") gives the one with most",
             "sources, then latest date, then smallest id, and the notes say how many there are: give",
             "an id (event:...) for another.", "", "\b", "Examples:"]
    for q in QUERIES.values():
        lines.append(f"  {q.examples[0]}")
    return "\n".join(lines)


def _command(q: Query) -> click.Command:
    params: list[click.Parameter] = []
    for p in q.params:
        if p.argument:
            metavar = p.metavar or p.name.upper()
            params.append(click.Argument([p.name], required=p.required, metavar=metavar if p.required else f"[{metavar}]"))
            continue
        decl = [p.option, p.name]
        if p.kind == "flag":
            params.append(click.Option(decl, is_flag=True, default=False, help=p.help))
        elif p.kind == "int":
            params.append(click.Option(decl, type=int, default=p.default, show_default=p.default is not None,
                                       help=p.help, metavar=p.metavar or "N"))
        elif p.kind == "choice":
            params.append(click.Option(decl, type=click.Choice(list(p.choices)), default=p.default, help=p.help))
        elif p.kind == "list":
            params.append(click.Option(decl, multiple=True, help=p.help + " Repeatable.", metavar=p.metavar or "LIST"))
        else:
            params.append(click.Option(decl, default=p.default, help=p.help, metavar=p.metavar or "TEXT"))
    params.append(click.Option(["--db"], type=click.Path(path_type=Path), envvar="CONFLICTKG_DB", default=None,
                               help="Store directory (default ./conflictkg.db, or CONFLICTKG_DB)."))
    params.append(click.Option(["--neo4j", "use_neo4j"], is_flag=True,
                               help="Run on Neo4j (NEO4J_URI...) instead of the embedded store; names are still "
                                    "resolved with the local store."))
    params.append(click.Option(["--format", "fmt"], type=click.Choice(FORMATS), default="table", show_default=True,
                               help="table (readable), json (array of row objects) or csv."))

    def callback(db, fmt, use_neo4j, **kw):
        from .kg import KG

        kg = KG(db).require()
        resolver = kg.resolver()
        extra = {"judgements": kg.store.judgements()} if q.name == "attributions" else {}
        if use_neo4j:
            from .graph.neo4j_store import Neo4jBackend

            backend = Neo4jBackend()
        else:
            backend = kg.engine()
        with backend:
            res = run(q.name, backend, resolver, **kw, **extra)
        emit(res, fmt)

    examples = "\n".join(f"  {e}" for e in q.examples)
    return click.Command(q.name, params=params, callback=callback, short_help=q.help.split(";")[0].split(". ")[0],
                         help=f"{q.help}\n\n\b\nExamples:\n{examples}")


_URL_TAIL = re.compile(r" <[^<>]+>$")


def _short_sources(value):
    """"Title <url>" -> "Title" in text tables (the URL stays in JSON and CSV)."""
    if isinstance(value, list):
        return [_URL_TAIL.sub("", v) if isinstance(v, str) else v for v in value]
    return _URL_TAIL.sub("", value) if isinstance(value, str) else value


def emit(res, fmt: str) -> None:
    if fmt == "table":
        cols, rows = res.table_view()
        idx = [i for i, c in enumerate(cols) if c in ("sources", "source")]
        rows = [[_short_sources(v) if i in idx else v for i, v in enumerate(r)] for r in rows]
        # a terminal sets the width; a file or a pipe gets whole cells
        width = None if sys.stdout.isatty() else 1000
        click.echo(formatting.render(cols, rows, "table", max_width=width))
        for n in res.notes:
            click.echo(f"  {n}")
        if idx and res.rows:
            click.echo("  (source URLs: --format json or csv)")
        return
    click.echo(formatting.render(res.columns, res.rows, fmt))
    for n in res.notes:
        click.echo(n, err=True)


@click.group("query", help=_group_help(), context_settings={"max_content_width": 100})
def query():
    pass


for _q in QUERIES.values():
    query.add_command(_command(_q))


def register(main: click.Group) -> None:
    main.add_command(query)
