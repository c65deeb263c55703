"""What every loader shares: the context it reads from and the issues it reports.

A loader reads one kind of input and yields statements. It never writes to a store and never
imports another loader; the resolver it receives is read-only. Dirty data (an unknown actor, a
bad date in one row) is reported as an :class:`Issue` with file and line; input that cannot be
read at all raises :class:`~conflictkg.errors.InputError`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

import yaml

from ..errors import InputError
from ..graph.resolver import Resolver
from ..graph.statements import Statement


@dataclass
class Issue:
    path: str
    line: int | None
    reason: str
    #: "error": data was skipped (``--strict`` refuses the file); "note": kept, but worth knowing
    severity: str = "error"
    #: what the load left out for it ("row", "link"); with ``--strict`` nothing is left out
    skipped: str = ""

    def where(self, reason: str) -> str:
        return f"{self.path}:{self.line}: {reason}" if self.line else f"{self.path}: {reason}"

    def __str__(self) -> str:
        return self.where(f"{self.reason}; {self.skipped} skipped" if self.skipped else self.reason)

    def refused(self) -> str:
        """The issue as told when ``--strict`` refuses the whole file (nothing was skipped)."""
        return self.where(self.reason)


@dataclass
class LoadContext:
    resolver: Resolver
    options: dict = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    counters: dict = field(default_factory=dict)

    def issue(self, path, line, reason: str, skipped: str = "") -> None:
        """Something in the input was skipped (``skipped`` names what: "row", "link")."""
        self.issues.append(Issue(str(path), line, reason, skipped=skipped))

    def note(self, path, line, reason: str) -> None:
        """Something was kept but deserves a look (a new actor label, a fallback decoding)."""
        self.issues.append(Issue(str(path), line, reason, "note"))

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    def count(self, key: str, n: int = 1) -> None:
        self.counters[key] = self.counters.get(key, 0) + n


class Loader(Protocol):
    kind: str
    #: True when statements carry ``record`` keys and a new load of a record replaces the old one
    upsert: bool

    def sniff(self, path: Path, head: bytes) -> bool: ...

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Statement]: ...


# -- YAML with line numbers ----------------------------------------------------------------------

LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path):
    """Parse YAML keeping each mapping's line in ``__line__``; errors name the file and line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text ({e.reason} at byte {e.start})", str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", str(path)) from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(e, "problem", None) or str(e)
        raise InputError(f"invalid YAML: {problem}", str(path), line) from None


def iso(value) -> str | None:
    """YAML dates and years come back as date/int objects: keep them as ISO text."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
