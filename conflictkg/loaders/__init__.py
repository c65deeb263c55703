"""Loaders by kind. Each module has ``kind``, ``upsert``, ``sniff(path, head)`` and ``load(path, ctx)``.

New loaders register here; ``pick`` chooses one by ``--kind`` or by sniffing the content.
"""
from __future__ import annotations

import codecs
import importlib
from pathlib import Path

from ..errors import InputError

# kind -> module; order matters for sniffing (most specific first)
KINDS = {
    "pack": "conflictkg.loaders.pack",
    "acled": "conflictkg.loaders.acled",
    "ucdp": "conflictkg.loaders.ucdp",
    "ucdp-actors": "conflictkg.loaders.ucdp_actors",
    "facts": "conflictkg.loaders.facts",
    "report": "conflictkg.loaders.report",
}


def register(kind: str, module: str, first: bool = False) -> None:
    global KINDS
    if first:
        KINDS = {kind: module, **KINDS}
    else:
        KINDS[kind] = module


def module(kind: str):
    try:
        return importlib.import_module(KINDS[kind])
    except KeyError:
        raise InputError(f"unknown input kind {kind!r} (known: {', '.join(KINDS)})") from None


def pick(path: Path, kind: str | None = None):
    """The loader module for ``path``: ``kind`` if given, else the first whose sniff accepts it."""
    if kind:
        return module(kind)
    path = Path(path)
    if not path.exists():
        raise InputError("no such file or directory", str(path))
    head = b""
    if path.is_file():
        with open(path, "rb") as f:
            head = f.read(8192)
        # said before the kinds are sniffed: "pass --kind" would send the user to the wrong fix
        if not head:
            raise InputError("empty file: nothing to read", str(path))
        if not head.strip() and len(head) < 8192:
            raise InputError("empty file: it holds only white space", str(path))
        if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-16 reports are read
            raise InputError("binary file (NUL bytes): not a report, dataset or facts file", str(path))
    for k in KINDS:
        m = module(k)
        if m.sniff(path, head):
            return m
    raise InputError("cannot tell what kind of input this is; pass --kind "
                     f"({', '.join(KINDS)})", str(path))
