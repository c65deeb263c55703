"""Errors the CLI turns into one clear message and exit code 2 (never a traceback)."""
from __future__ import annotations


class ConflictKGError(Exception):
    """An error caused by input or configuration, explained to the user.

    ``path`` and ``line`` locate the problem in an input file when known.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(ConflictKGError):
    """A file that cannot be ingested as it is."""


class StoreBusyError(ConflictKGError):
    """Another process holds the store's write lock."""


class StoreMissingError(ConflictKGError):
    """A command that only reads was pointed at a store that does not exist."""


class ResolutionError(ConflictKGError):
    """A name that resolves to nothing, or to several entities."""

    def __init__(self, message: str, candidates: list[str] | None = None):
        self.candidates = candidates or []
        super().__init__(message)
