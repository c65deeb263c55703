"""``conflictkg neo4j``: push the graph to a Neo4j server, see what a push would change, export
the query library for Neo4j Browser."""
from __future__ import annotations

import sys
from pathlib import Path

import click



def _target_options(f):
    for opt in reversed([
        click.option("--uri", default=None, help="Bolt URI (default NEO4J_URI, else bolt://127.0.0.1:7687)."),
        click.option("--user", default=None, help="User (default NEO4J_USERNAME, else neo4j)."),
        click.option("--password", default=None, help="Password (default NEO4J_PASSWORD)."),
        click.option("--database", default=None, help="Database (default NEO4J_DATABASE, else neo4j)."),
    ]):
        f = opt(f)
    return f


def _db_option(f):
    return click.option("--db", type=click.Path(path_type=Path), envvar="CONFLICTKG_DB", default=None,
                        help="Store directory (default ./conflictkg.db, or CONFLICTKG_DB).")(f)


def _progress():
    if not sys.stderr.isatty():
        return None
    last = {"what": None}

    def cb(what: str, done: int, total: int):
        if last["what"] not in (None, what):
            click.echo("", err=True)
        last["what"] = what
        click.echo(f"\r{what}: {done}/{total}", err=True, nl=done >= total)
    return cb


@click.group("neo4j")
def neo4j_group():
    """Neo4j: push the graph to a server and keep it in sync, export the queries for Browser.

    Connection settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE
    (defaults: the local server of `make neo4j-up`); the options override them.

    \b
    Example:
      conflictkg neo4j push
      conflictkg neo4j status
      conflictkg cypher --neo4j "MATCH (e:Event)-[r:ATTRIBUTED_TO]->(a:Actor {name:'JNIM'}) RETURN e.id, r.confidence"
    """


@neo4j_group.command("push")
@_target_options
@click.option("--wipe", is_flag=True, help="Delete every node and relationship conflictkg wrote before pushing.")
@click.option("--batch-size", type=int, default=None, help="Rows per transaction (default 5000).")
@_db_option
def push_cmd(uri, user, password, database, wipe, batch_size, db):
    """Push the graph to Neo4j: write what is new or changed, remove what is gone.

    Idempotent: a second push of an unchanged store writes nothing; a push interrupted half-way
    converges when run again. Only nodes and relationships conflictkg wrote (property _ckg) are
    ever changed or removed.

    \b
    Example:
      conflictkg neo4j push
      conflictkg neo4j push --uri bolt://127.0.0.1:7687 --user neo4j --password conflictkg --wipe
    """
    from .graph import neo4j_store
    from .kg import KG

    kg = KG(db).require()
    target = neo4j_store.Target.from_settings(uri, user, password, database)
    proj = kg.projection()
    s = neo4j_store.push(proj, target, wipe=wipe, batch_size=batch_size or neo4j_store.DEFAULT_BATCH,
                         progress=_progress())
    c = s.counters
    click.echo(f"pushed {kg.store.path} to {target.uri} (database {target.database}) in "
               f"{s.seconds.get('total', 0):.1f}s: {s.line()}")
    click.echo(f"neo4j: {c['nodes_created']} nodes created, {c['nodes_deleted']} deleted, "
               f"{c['relationships_created']} relationships created, {c['relationships_deleted']} deleted, "
               f"{c['properties_set']} properties set, {c['constraints_added']} constraints and "
               f"{c['indexes_added']} indexes added, {s.transactions} write transactions")
    if s.unwritten_rels:
        click.echo(f"warning: {s.unwritten_rels} relationship(s) were changed by another writer during the "
                   "push; run it again", err=True)


@neo4j_group.command("status")
@_target_options
@_db_option
def status_cmd(uri, user, password, database, db):
    """Compare the store with Neo4j: what a push would create, change or remove (writes nothing).

    Exit code 0 when in sync, 1 when a push would change something.

    \b
    Example:
      conflictkg neo4j status
    """
    from .graph import neo4j_store
    from .kg import KG

    kg = KG(db).require()
    target = neo4j_store.Target.from_settings(uri, user, password, database)
    plan = neo4j_store.status(kg.projection(), target)
    summary = neo4j_store.PushSummary(plan)
    state = "in sync" if plan.in_sync else "out of sync"
    click.echo(f"{kg.store.path} vs {target.uri} (database {target.database}): {state}; a push would write "
               + summary.line())
    if not plan.in_sync:
        sys.exit(1)


@neo4j_group.command("export-queries")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("conflictkg-queries"),
              show_default=True, help="Output path without extension: writes .cypher, .json and .zip.")
@click.option("--no-examples", is_flag=True, help="Do not run the query examples on the store to fill in "
              "parameter values (leave them null).")
@_db_option
def export_queries_cmd(output, no_examples, db):
    """Export the query library for Neo4j: a .cypher file and Neo4j Browser favourites.

    Every Cypher text of every named query, in the Neo4j dialect, each preceded by `:param`
    lines. Their values come from running the query's documented example on the store (--db),
    when the store holds what the example names; otherwise they are null, to fill in.

    \b
    Writes:
      OUTPUT.cypher  all the queries, one block each
      OUTPUT.json    Browser favourites: {"folders": [...], "favorites": [...]}
      OUTPUT.zip     a folder of .cypher files: drop it on Neo4j Browser to import them
                     as favourites ("Local scripts")

    \b
    Example:
      conflictkg neo4j export-queries -o ~/conflictkg-queries
    """
    from .graph import neo4j_store
    from .kg import KG

    kg = None
    if not no_examples:
        kg = KG(db)
        if not kg.store.exists:
            kg = None
    for p in neo4j_store.export_queries(output, kg):
        click.echo(f"wrote {p}")
    if kg is None:
        click.echo("no store: parameter values are left null (ingest something, or pass --db, to fill them in)",
                   err=True)


def register(main):
    main.add_command(neo4j_group)
