"""The ``conflictkg`` command: a thin shell over the library (``conflictkg.kg.KG``).

It parses arguments, calls the library, formats output, and turns our own errors into one clear
message with exit code 2. Command groups of other modules register themselves through
``COMMAND_MODULES``.
"""
from __future__ import annotations

import importlib
import json
import os
import re
import sys
from pathlib import Path

import click

from . import formatting
from .dates import is_partial
from .errors import ConflictKGError
from .graph.statements import url_problem
from .interrupt import interrupted
from .kg import KG

COMMAND_MODULES: list[str] = ["conflictkg.cli_eval", "conflictkg.cli_neo4j", "conflictkg.cli_query", "conflictkg.cli_export"]


class CLIGroup(click.Group):
    """Turns ConflictKGError into ``Error: ...`` on stderr and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ConflictKGError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            # the reader of our output went away (`| head`): not an error to report. Point stdout
            # at /dev/null so that the flush at exit does not fail again; 141 = 128 + SIGPIPE.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(141)
        except OSError as e:
            # the file system refused (permissions, a full disk, a read-only mount): the user's to
            # fix, so one line naming the file, like every other input error
            where = f"{e.filename}: " if e.filename else ""
            click.echo(f"Error: {where}{e.strerror or e}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt as e:
            # an ingest's current file is rolled back by its transaction, and its interrupt says
            # what stays (kg.IngestInterrupted); see __main__.py and interrupt.py
            interrupted(str(e))


db_option = click.option(
    "--db", type=click.Path(path_type=Path), envvar="CONFLICTKG_DB", default=None,
    help="Store directory (default ./conflictkg.db, or CONFLICTKG_DB).",
)
format_option = click.option("--format", "fmt", type=click.Choice(formatting.FORMATS), default="table",
                             show_default=True, help="Output format; json is an array of row objects.")


def get_kg(db, create: bool = False) -> KG:
    """The store at ``db``. Only commands that write input (ingest, demo) create it; the others
    refuse a path where no store is (a mistyped --db), naming it."""
    kg = KG(db)
    return kg if create else kg.require()


@click.group(cls=CLIGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="conflictkg")
@click.option("--db", "group_db", type=click.Path(path_type=Path), default=None,
              help="Store directory for the command that follows (its own --db wins; default "
                   "./conflictkg.db, or CONFLICTKG_DB).")
@click.pass_context
def main(ctx, group_db):
    """conflictkg: a knowledge graph of actors and events in armed conflicts.

    Reports and datasets go in (`ingest`); affiliations, attributions and negotiation
    channels come out, each with its sources (`query`, `cypher`, `export`).

    \b
    Example:
      conflictkg demo
      conflictkg ingest ../shared/data/seed/jnim-thread-2020-04-06.txt --published 2020-04-06
      conflictkg cypher "MATCH (a:Actor)-[r:PART_OF]->(b) RETURN a.name, b.name, r.sources"
    """
    if group_db is not None:
        # `conflictkg --db X cmd` as in most CLIs: every command reads its store from its own --db,
        # whose fallback is CONFLICTKG_DB, so the variable is set for this invocation only
        # (restored on close: the CLI also runs in-process, in tests and the Python API)
        old = os.environ.get("CONFLICTKG_DB")
        os.environ["CONFLICTKG_DB"] = str(group_db)

        def restore():
            if old is None:
                os.environ.pop("CONFLICTKG_DB", None)
            else:
                os.environ["CONFLICTKG_DB"] = old

        ctx.call_on_close(restore)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", help="Input kind (default: detected from the content): pack, facts, report, acled, ucdp, ...")
@click.option("--published", help="Publication date of a report (ISO), for relative dates.")
@click.option("--url", help="Web address of the report (http or https). A report is one source by its content: ingested again under another URL, it keeps both.")
@click.option("--publisher", help="Publisher of the report.")
@click.option("--lang", type=click.Choice(["en", "fr"]), help="Language of a report (default: detected).")
@click.option("--strict", is_flag=True, help="Refuse a file with any bad row instead of skipping the row.")
@click.option("--prune", is_flag=True, help="For a full dataset re-export: retract records missing from it.")
@db_option
def ingest(paths, kind, published, url, publisher, lang, strict, prune, db):
    """Load reports, datasets or fact files into the store (one transaction per file).

    \b
    Example:
      conflictkg ingest ../shared/data/seed/jnim-thread-2020-04-06.txt --published 2020-04-06
      conflictkg ingest ../shared/data/real/acled-mali-2017-2020/
    """
    if published and not is_partial(published):
        # the user's own option, refused before anything is written (a date in a report's front
        # matter is dirty data: noted, and the report loaded without it)
        raise click.BadParameter(f"{published!r} is not an ISO date (2020, 2020-04, 2020-04-06)",
                                 param_hint="'--published'")
    if url is not None and url_problem(url):
        raise click.BadParameter(f"{url!r} is not a web address: {url_problem(url)} "
                                 "(for example https://www.rfi.fr/fr/afrique/...)", param_hint="'--url'")
    kg = get_kg(db, create=True)
    opts = {k: v for k, v in dict(published=published, url=url, publisher=publisher, lang=lang,
                                  strict=strict, prune=prune).items() if v}
    summary = kg.ingest(paths, kind=kind, options=opts, progress=_progress())
    for f in summary.files:
        extra = "".join(f", {k} {v}" for k, v in f.counters.items())
        removed = f", {f.removed} retracted" if f.removed else ""
        click.echo(f"{f.path} [{f.kind}]: {f.read} statements read, {f.new} new{removed}{extra}")
        for issue in f.issues[:20]:
            click.echo(f"  {'skipped' if issue.severity == 'error' else 'note'}: {issue}", err=True)
        if len(f.issues) > 20:
            rest = f.issues[20:]
            skipped = sum(1 for i in rest if i.severity == "error")
            # most of a dataset's issues are notes (a label kept as a new actor), not lost rows
            click.echo(f"  ... and {len(rest)} more: {skipped} skipped, {len(rest) - skipped} note(s)", err=True)
    click.echo(f"store {kg.store.path}: {summary.statements_total} statements; graph: "
               + ", ".join(f"{k} {v}" for k, v in sorted(summary.graph_counts.items())))
    if summary.dropped:
        click.echo(f"{len(summary.dropped)} relationship(s) not projected (schema): {summary.dropped[0]}", err=True)


def _progress():
    """A progress callback for long files, only on a terminal."""
    if not sys.stderr.isatty():
        return None
    state = {"bar": None}

    def cb(done: int, total: int | None, label: str = "rows"):
        if state["bar"] is None:
            state["bar"] = click.progressbar(length=total or 0, label=label, file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done - state["bar"].pos)
        if total and done >= total:
            state["bar"].__exit__(None, None, None)
    return cb


@main.command()
@db_option
@format_option
def stats(db, fmt):
    """Counts of statements, nodes and relationships in the store.

    \b
    Example:
      conflictkg stats --format json
    """
    kg = get_kg(db)
    kg.ensure()
    rows = [["statements", "total", kg.store.count()]]
    rows += [["statements by loader", k or "?", n] for k, n in kg.store.counts_by("loader")]
    with kg.engine() as eng:
        from .ontology.model import ONTOLOGY

        for label in ONTOLOGY.labels:
            n = eng.run(f"MATCH (n:{label}) RETURN count(n)").rows[0][0]
            rows.append(["nodes", label, n])
        for rel in ONTOLOGY.relationships:
            n = eng.run(f"MATCH ()-[r:{rel}]->() RETURN count(r)").rows[0][0]
            if n:
                rows.append(["relationships", rel, n])
    rows.append(["judgements", "active", len(kg.store.judgements())])
    click.echo(formatting.render(["what", "name", "count"], rows, fmt))


_CYPHER_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*")
_CYPHER_PARAM = re.compile(r"\$(\w+)")


def query_parameters(query: str) -> list[str]:
    """The $names a Cypher text uses, outside string literals, quoted names and comments."""
    return _CYPHER_PARAM.findall(_CYPHER_LITERALS.sub(" ", query))


def parse_params(pairs) -> dict:
    out = {}
    for p in pairs:
        if "=" not in p:
            raise ConflictKGError(f"--param needs key=value, got {p!r}")
        k, v = p.split("=", 1)
        try:
            out[k] = json.loads(v)
        except json.JSONDecodeError:
            out[k] = v
    return out


@main.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, help="Query parameter key=value (JSON values allowed).")
@click.option("--write", is_flag=True, help="Allow writes (embedded: to the projection only, lost at the next full rebuild; incremental updates keep them unless they touch the same entities).")
@click.option("--neo4j", "use_neo4j", is_flag=True, help="Run against Neo4j (NEO4J_URI...) instead of the embedded store.")
@db_option
@format_option
def cypher(query, params, write, use_neo4j, db, fmt):
    """Run a Cypher query on the embedded store (read-only unless --write).

    \b
    Example:
      conflictkg cypher "MATCH (a:Actor)-[r:PART_OF]->(b) RETURN a.name, b.name, r.sources"
      conflictkg cypher "MATCH (a:Actor {name: \\$n}) RETURN a.id" -p n=JNIM --format json
    """
    p = parse_params(params)
    missing = sorted(set(query_parameters(query)) - set(p))
    if missing:
        # the embedded engine reads an unset parameter as null and answers; Neo4j refuses
        raise ConflictKGError(f"no value for parameter(s) {', '.join('$' + m for m in missing)}: "
                              f"pass -p {missing[0]}=VALUE")
    if use_neo4j:
        from .graph import neo4j_store

        res = neo4j_store.run_cypher(query, p, write=write)
    else:
        res = get_kg(db).cypher(query, p, write=write)
    click.echo(formatting.render(res.columns, res.rows, fmt))


@main.command()
@db_option
def rebuild(db):
    """Rebuild the graph projection from the stored statements and judgements.

    \b
    Example:
      conflictkg rebuild --db investigation.db
    """
    kg = get_kg(db)
    counts, dropped = kg.rebuild()
    click.echo("rebuilt: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["summary", "ttl", "shacl", "py", "schema", "yaml"]),
              default="summary", show_default=True, help="What to print.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to a file instead of stdout.")
def ontology(fmt, output):
    """Show the ontology, or write it as OWL Turtle, SHACL, Python constants or store DDL.

    \b
    Example:
      conflictkg ontology
      conflictkg ontology --format ttl -o conflict.ttl
    """
    from .ontology import generate
    from .ontology.model import ONTOLOGY, source_text

    if fmt == "ttl":
        text = generate.turtle(generate.to_owl())
    elif fmt == "shacl":
        text = generate.turtle(generate.to_shacl())
    elif fmt == "py":
        text = generate.to_python()
    elif fmt == "schema":
        text = ";\n".join(generate.store_schema()) + ";\n"
    elif fmt == "yaml":
        text = source_text()
    else:
        lines = [f"conflictkg ontology {ONTOLOGY.version} ({ONTOLOGY.namespace})", ""]
        for label, d in ONTOLOGY.labels.items():
            kind = f"prov:{d['prov']}" if d.get("prov") else "internal"
            lines.append(f"{label} ({kind}): {', '.join(ONTOLOGY.classes_of(label))}")
        lines += ["", "Relationships:"]
        for r in ONTOLOGY.relationships.values():
            pairs = ", ".join(f"{s}->{o}" for s, o in r.pairs)
            lines.append(f"  {r.name:24} {pairs}")
        lines += ["", "Vocabularies:"]
        for name in ONTOLOGY.vocabularies:
            lines.append(f"  {name}: {' > '.join(ONTOLOGY.vocabularies[name].get('ordered', []))}"
                         + (f" ; {', '.join(ONTOLOGY.vocabularies[name]['other'])}" if ONTOLOGY.vocabularies[name].get("other") else ""))
        lines += ["", "Event classes → ACLED types / CAMEO codes:"]
        for c in ONTOLOGY.classes.values():
            if c.label == "Event":
                acled = "; ".join(f"{a}/{b}" for a, b in c.acled) or "-"
                lines.append(f"  {c.name:24} CAMEO {','.join(c.cameo)}  ACLED {acled}")
        text = "\n".join(lines) + "\n"
    if output:
        from .graph.files import atomic_write_text

        atomic_write_text(output, text)
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@main.group()
def resolve():
    """Identity: resolve names, merge or split entities, list and undo judgements.

    \b
    Example:
      conflictkg resolve name "Bamba (Bourem)"
      conflictkg resolve list
    """


@resolve.command("name")
@click.argument("name")
@click.option("--context", multiple=True, help="Other place names near the mention, e.g. a cercle.")
@db_option
def resolve_name(name, context, db):
    """Show what NAME resolves to (or its candidates).

    \b
    Example:
      conflictkg resolve name Timbukutu
    """
    r = get_kg(db).resolver()
    res = r.resolve(name, context=context)
    if res.ok:
        click.echo(f"{name} -> {res.id} ({r.name_of(res.id)}) [{res.method}]")
    elif res.candidates:
        click.echo(f"{name} is ambiguous:")
        for c in res.candidates:
            click.echo(f"  {c} ({r.name_of(c)}{r._where(c)})")
        sys.exit(1)
    else:
        sugg = r.suggest(name)
        raise ConflictKGError(f"no entity named {name!r}" + (f"; did you mean: {', '.join(sugg)}?" if sugg else ""))


@resolve.command("merge")
@click.argument("a")
@click.argument("b")
@click.option("--reason", default="", help="Why: kept with the judgement.")
@db_option
def resolve_merge(a, b, reason, db):
    """Record that A and B are the same entity (undo with `resolve undo ID`).

    \b
    Example:
      conflictkg resolve merge "Operation Monclar" event:acled/MLI3625 --reason "ACLED's record of it"
    """
    jid = get_kg(db).judge("merge", a, b, reason)
    click.echo(f"judgement #{jid}: merge {a} + {b}")


@resolve.command("split")
@click.argument("a")
@click.argument("b")
@click.option("--reason", default="", help="Why: kept with the judgement.")
@db_option
def resolve_split(a, b, reason, db):
    """Record that A and B are different entities (overrides a merge, also an automatic one).

    \b
    Example:
      conflictkg resolve split "Bamba (Bourem)" "Bamba (Koro)"
    """
    jid = get_kg(db).judge("split", a, b, reason)
    click.echo(f"judgement #{jid}: split {a} / {b}")


@resolve.command("list")
@db_option
@format_option
def resolve_list(db, fmt):
    """List the active merge and split judgements.

    \b
    Example:
      conflictkg resolve list --format json
    """
    kg = get_kg(db)
    rows = [[j.id, j.kind, j.a, j.b, "auto" if j.auto else "manual", j.reason, j.created] for j in kg.store.judgements()]
    click.echo(formatting.render(["id", "kind", "a", "b", "by", "reason", "created"], rows, fmt))


@resolve.command("undo")
@click.argument("judgement_id", type=int)
@db_option
def resolve_undo(judgement_id, db):
    """Retract a judgement by its id (see `resolve list`).

    \b
    Example:
      conflictkg resolve undo 3
    """
    get_kg(db).undo_judgement(judgement_id)
    click.echo(f"judgement #{judgement_id} retracted")


@main.command()
@db_option
def demo(db):
    """The main job: build the store (region pack and example reports) and answer the first questions.

    \b
    Example:
      conflictkg demo
      CONFLICTKG_DB=investigation.db conflictkg demo
    """
    from . import demo as demo_mod

    demo_mod.run(get_kg(db, create=True), click.echo)


for _m in COMMAND_MODULES:
    importlib.import_module(_m).register(main)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name="conflictkg")
