"""Extraction of entities, events and relations from report text.

The loader (``conflictkg.loaders.report``) asks :func:`get_extractor` for an extractor by name
and calls ``extract(doc)`` on each chunk of a report. The default, ``"rules"``, is
:class:`~conflictkg.extract.rules.RuleExtractor`: deterministic, offline, English and French.
Another extractor (statistical, LLM) registers a factory with :func:`register` and must return
the structures of :mod:`conflictkg.extract.model`.
"""
from __future__ import annotations

from typing import Callable

from .model import (Document, EntityMention, EventRecord, Extraction, Extractor, NewEntity,
                    RelationRecord, Slot)

__all__ = ["Document", "EntityMention", "EventRecord", "Extraction", "Extractor", "NewEntity",
           "RelationRecord", "Slot", "get_extractor", "register", "EXTRACTORS"]


def _rules(resolver, **kw):
    from .rules import RuleExtractor

    return RuleExtractor(resolver, **kw)


#: name -> factory(resolver, **options) returning an Extractor
EXTRACTORS: dict[str, Callable] = {"rules": _rules}


def register(name: str, factory: Callable) -> None:
    """Make an extractor available as ``--extractor NAME`` / ``options['extractor']``."""
    EXTRACTORS[name] = factory


def get_extractor(name: str, resolver, **kw) -> Extractor:
    from ..errors import InputError

    try:
        factory = EXTRACTORS[name]
    except KeyError:
        raise InputError(f"unknown extractor {name!r} (known: {', '.join(sorted(EXTRACTORS))})") from None
    return factory(resolver, **kw)
