"""Statements: the unit of truth.

A statement says that ``subject`` has ``predicate`` = ``value`` (a property) or is linked by
``predicate`` to ``object`` (a relationship), according to ``source``, with ``evidence`` (a quote,
or a file and row), a character ``span`` when it came from text, a ``confidence`` and a valid time.
Ids are content hashes, so the same statement from the same source is stored once however often
it is ingested (the Wikidata statement / FollowTheMoney per-value provenance model).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from ..ontology.model import ONTOLOGY, OntologyError

# Entity properties that are not single ontology properties.
ALIAS = "alias"
EXTRA_PREDICATES = {ALIAS, "value"}

# Entity id prefixes and the label they imply when no class is stated.
PREFIX_LABEL = {"actor": "Actor", "event": "Event", "place": "Place", "source": "Source", "claim": "Claim"}


@dataclass(frozen=True)
class Statement:
    subject: str
    predicate: str
    source: str
    object: str | None = None
    value: str | None = None
    evidence: str = ""
    span: tuple[int, int] | None = None
    confidence: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    loader: str = ""
    record: str | None = None  # a dataset row key (event_id_cnty) so a newer export can replace it
    id: str = field(default="", compare=False)

    def __post_init__(self):
        if not self.id:
            object.__setattr__(self, "id", statement_id(self))

    @property
    def is_relationship(self) -> bool:
        return self.object is not None

    def with_(self, **changes) -> "Statement":
        changes.setdefault("id", "")
        return replace(self, **changes)


def statement_id(st: Statement) -> str:
    """Content address: what is said and by whom, not where in the file or by which run."""
    parts = (
        st.subject, st.predicate, st.object or "", st.value if st.value is not None else "",
        st.source, st.confidence or "", st.valid_from or "", st.valid_until or "",
    )
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def validate(st: Statement) -> None:
    """Raise :class:`OntologyError` for a predicate, confidence or value outside the ontology."""
    if st.is_relationship:
        ONTOLOGY.rel(st.predicate)
        if st.value is not None:
            raise OntologyError(f"statement {st.predicate} has both an object and a value")
    else:
        if st.predicate not in ONTOLOGY.properties and st.predicate not in EXTRA_PREDICATES:
            raise OntologyError(f"unknown property {st.predicate!r}")
        if st.value is None:
            raise OntologyError(f"property statement {st.predicate!r} without a value")
        if st.predicate == "class":
            ONTOLOGY.cls(st.value)
        prop = ONTOLOGY.properties.get(st.predicate)
        if prop and prop.vocabulary and st.value not in ONTOLOGY.vocabulary(prop.vocabulary):
            raise OntologyError(
                f"{st.predicate} must be one of {', '.join(ONTOLOGY.vocabulary(prop.vocabulary))}, not {st.value!r}"
            )
    if st.confidence is not None and st.confidence not in ONTOLOGY.confidence_levels:
        raise OntologyError(
            f"confidence must be one of {', '.join(ONTOLOGY.confidence_levels)}, not {st.confidence!r}"
        )
    if not st.source:
        raise OntologyError("statement without a source")


def label_from_id(entity_id: str) -> str | None:
    return PREFIX_LABEL.get(entity_id.split(":", 1)[0])


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, fragment or trailing slash: two spellings, one source."""
    u = url.strip()
    u = u.split("#", 1)[0]
    for scheme in ("https://", "http://"):
        if u.lower().startswith(scheme):
            u = u[len(scheme):]
    if u.lower().startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def source_id_for_url(url: str) -> str:
    """Stable id for a web source: readable domain plus a hash of the normalised URL."""
    key = url_key(url)
    domain = key.split("/", 1)[0].lower()
    return f"source:{domain}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def slug(text: str) -> str:
    """Lowercase ASCII slug for readable ids."""
    import re
    import unicodedata

    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"[’'`]", "", t)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "x"
