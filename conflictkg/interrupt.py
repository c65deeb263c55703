"""Ctrl-C as the ``conflictkg`` command reports it: one line, ``interrupted``, and exit code 130.

Shared by the entry point (``__main__``, which must catch an interrupt while the command is still
importing) and the command group (``cli.CLIGroup``, which catches it once a command runs). It
imports nothing but ``sys`` so that the entry point can load it before anything heavy.
"""
from __future__ import annotations

import sys

INTERRUPTED = "interrupted"
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command ended by Ctrl-C


def interrupted(detail: str = "") -> None:
    """Say so in one line (with what the interrupted command left, when it says) and exit 130."""
    try:
        sys.stderr.write(INTERRUPTED + (f": {detail}" if detail else "") + "\n")
        sys.stderr.flush()
    finally:
        sys.exit(EXIT_INTERRUPTED)
