"""What an extractor reads (:class:`Document`) and what it returns (:class:`Extraction`).

An extractor is anything with ``extract(doc) -> Extraction`` (:class:`Extractor`). The default is
the rule-based :class:`~conflictkg.extract.rules.RuleExtractor`; a statistical or LLM extractor
can be plugged in by name (``conflictkg.extract.get_extractor``) as long as it returns the same
structures: entities it found or created, events with slots, relations, each with a character
span into the document and a quote. The report loader turns an Extraction into statements.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass
class Document:
    """A report, or one chunk of a long report (``offset`` is where the chunk starts in the file).

    ``text`` is the original text; ``meta`` holds what the loader knows (published, url,
    publisher, lang, kind, title); ``state`` carries an extractor's discourse state from one
    chunk to the next (antecedents, events already seen), so long files can be streamed."""

    text: str
    offset: int = 0
    meta: dict = field(default_factory=dict)
    state: Any = None
    path: str = ""


@dataclass
class NewEntity:
    """An actor or place the region pack does not know, created from the text (unverified)."""

    id: str
    name: str
    cls: str
    span: tuple[int, int]
    evidence: str
    parent: str | None = None   # for a new place: the container the text gives


@dataclass
class EntityMention:
    """A known entity named in the text (an ``alias`` statement gives it this report's provenance)."""

    id: str
    surface: str
    span: tuple[int, int]
    evidence: str
    alias: bool = True          # False for generic words ("the army") that must not become aliases


@dataclass
class Slot:
    predicate: str              # ATTRIBUTED_TO, TARGETED, VICTIM, PARTICIPANT, MEDIATED_BY
    actor: str
    confidence: str | None
    span: tuple[int, int]
    evidence: str


@dataclass
class EventRecord:
    id: str
    cls: str
    date: str | None = None
    precision: str | None = None
    place: str | None = None
    name: str | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    status: str | None = None
    troops: int | None = None
    slots: list[Slot] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    evidence: str = ""
    props_evidence: dict = field(default_factory=dict)   # property -> (span, quote)


@dataclass
class RelationRecord:
    subject: str
    predicate: str
    object: str
    confidence: str | None
    span: tuple[int, int]
    evidence: str
    valid_from: str | None = None
    valid_until: str | None = None


@dataclass
class Extraction:
    entities: list[NewEntity] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    issues: list[tuple[int | None, str]] = field(default_factory=list)   # (offset, reason)


@runtime_checkable
class Extractor(Protocol):
    """Turns one document (or chunk) into an :class:`Extraction`. Deterministic and offline
    for the default.

    A report is given chunk by chunk with the same ``doc.state`` object (the extractor sets it on
    the first chunk), so that "the attack" in chunk 2 can be the attack of chunk 1; after the last
    chunk the loader calls ``finish(state)``, which returns what the extractor still holds."""

    name: str

    def extract(self, doc: Document) -> Extraction: ...

    def finish(self, state: Any) -> Extraction: ...
