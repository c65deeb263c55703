"""``conflictkg eval``: score the report extractor against gold annotations.

The scoring lives in :mod:`conflictkg.evaluate`; this module only parses arguments and prints.
"""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures, misses and false positives as one JSON object.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Keep each report's store in this directory, to inspect it with `conflictkg cypher --db`.")
def eval_command(gold_files, as_json, keep):
    """Ingest each gold file's report alone into a fresh store and score the graph against the gold.

    The gold format and the scoring are those of ../shared/gold/README.md: precision, recall and
    F1 for entities, events, event slots, attributions (actor only and with confidence) and
    relations, a micro-averaged overall F1, the type accuracy of found entities, and every miss
    and false positive. Low scores still exit 0; a malformed gold file exits 2.

    \b
    Example:
      conflictkg eval ../shared/gold/jnim-thread-2020-04-06.yaml
      conflictkg eval tests/devset/gold/*.yaml --json > scores.json
    """
    from .evaluate import evaluate_files, render_table

    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    result, scores, warnings = evaluate_files(gold_files, keep=keep)
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(result, scores))


def register(main: click.Group) -> None:
    main.add_command(eval_command)
