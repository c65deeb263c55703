"""Writing export files: temp file then rename (``graph/files.atomic_path``), readable like any file.

``tempfile.mkstemp`` creates its file with mode 0600, which the rename would keep: an HTML page
meant to be shared would then be unreadable to colleagues on the same machine or share. The
temporary file gets the mode a plain ``open()`` would have given (0666 minus the umask).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..graph.files import atomic_path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: str | Path, data: bytes) -> int:
    with atomic_path(path) as tmp:
        Path(tmp).write_bytes(data)
        os.chmod(tmp, 0o666 & ~_umask())
    return len(data)


def write_text(path: str | Path, text: str) -> int:
    return write_bytes(path, text.encode("utf-8"))
