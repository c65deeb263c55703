"""The ``conflictkg`` command's entry point (also ``python -m conflictkg``).

Ctrl-C ends any command with one line, ``interrupted``, and exit code 130. Most of a short
command's first second is spent importing (the ontology, the graph engine, pyarrow) before the
command group's own handler (``cli.CLIGroup``) exists, so this module imports nothing heavy at its
top and catches the interrupt around that import as well. Nothing is half-written by an interrupt:
each ingested file is one SQLite transaction, rolled back on any exception, and graph and export
files are written beside their target and renamed in only when complete.
"""
from __future__ import annotations

from .interrupt import interrupted


def run() -> None:
    try:
        from .cli import main

        main(prog_name="conflictkg")
    except KeyboardInterrupt:
        interrupted()


if __name__ == "__main__":
    run()
