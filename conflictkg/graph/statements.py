"""Statements: the unit of truth.

A statement says that ``subject`` has ``predicate`` = ``value`` (a property) or is linked by
``predicate`` to ``object`` (a relationship), according to ``source``, with ``evidence`` (a quote,
or a file and row), a character ``span`` when it came from text, a ``confidence`` and a valid time.
Ids are content hashes, so the same statement from the same source is stored once however often
it is ingested (the Wikidata statement / FollowTheMoney per-value provenance model).
"""
from __future__ import annotations

import hashlib
import re
from operator import itemgetter

from ..dates import months
from ..ontology.model import ONTOLOGY, OntologyError

# Entity properties that are not single ontology properties.
ALIAS = "alias"
EXTRA_PREDICATES = {ALIAS, "value"}

# Entity id prefixes and the label they imply when no class is stated.
PREFIX_LABEL = {"actor": "Actor", "event": "Event", "place": "Place", "source": "Source", "claim": "Claim",
                "month": "Month"}
MONTH_PREFIX = "month:"


def month_ids(start: str | None, end: str | None) -> list[str]:
    """Ids of the Month date buckets (``month:2020-03``) of an event dated ``start``..``end`` (ISO
    days): every month its days overlap; none when it is undated."""
    return [MONTH_PREFIX + m for m in months(start, end)] if start else []


# Positions of a statement's fields: the store's column order (``store.COLUMNS``), so a statement
# is bound to an INSERT as it is and a stored row is a statement as it is read.
(I_ID, I_SUBJECT, I_PREDICATE, I_OBJECT, I_VALUE, I_SOURCE, I_EVIDENCE, I_SPAN_START, I_SPAN_END,
 I_CONFIDENCE, I_VALID_FROM, I_VALID_UNTIL, I_LOADER, I_RECORD) = range(14)
FIELDS = ("subject", "predicate", "source", "object", "value", "evidence", "span", "confidence",
          "valid_from", "valid_until", "loader", "record", "id")

_sha1 = hashlib.sha1
_new_tuple = tuple.__new__


class Statement(tuple):
    """An immutable statement: ``Statement(subject, predicate, source, object=..., value=...,
    evidence=..., span=(start, end), confidence=..., valid_from=..., valid_until=..., loader=...,
    record=...)``; ``id`` is computed from the content unless given.

    A tuple in the store's column order rather than a frozen dataclass: loaders make one per fact,
    millions per dataset file, and a frozen dataclass's constructor (one ``object.__setattr__``
    per field) cost three times the SHA-1 of the id. Two statements are equal when every field
    (the id included, which the content determines) is equal."""

    __slots__ = ()

    def __new__(cls, subject: str, predicate: str, source: str, object: str | None = None,
                value: str | None = None, evidence: str = "", span: tuple[int, int] | None = None,
                confidence: str | None = None, valid_from: str | None = None, valid_until: str | None = None,
                loader: str = "", record: str | None = None, id: str = ""):
        if not id:
            id = _sha1("\x1f".join((
                subject, predicate, object or "", value if value is not None else "", source,
                confidence or "", valid_from or "", valid_until or "",
            )).encode("utf-8")).hexdigest()[:24]
        if span is None:
            s0 = s1 = None
        else:
            s0, s1 = span
        return _new_tuple(cls, (id, subject, predicate, object, value, source, evidence, s0, s1,
                                confidence, valid_from, valid_until, loader, record))

    @classmethod
    def from_row(cls, row) -> "Statement":
        """A statement from a row in the store's column order (its stored id is kept)."""
        return _new_tuple(cls, row)

    id = property(itemgetter(I_ID))
    subject = property(itemgetter(I_SUBJECT))
    predicate = property(itemgetter(I_PREDICATE))
    object = property(itemgetter(I_OBJECT))
    value = property(itemgetter(I_VALUE))
    source = property(itemgetter(I_SOURCE))
    evidence = property(itemgetter(I_EVIDENCE))
    confidence = property(itemgetter(I_CONFIDENCE))
    valid_from = property(itemgetter(I_VALID_FROM))
    valid_until = property(itemgetter(I_VALID_UNTIL))
    loader = property(itemgetter(I_LOADER))
    record = property(itemgetter(I_RECORD))

    @property
    def span(self) -> tuple[int, int] | None:
        return None if self[I_SPAN_START] is None else (self[I_SPAN_START], self[I_SPAN_END])

    @property
    def is_relationship(self) -> bool:
        return self[I_OBJECT] is not None

    def fields(self) -> dict:
        return {f: getattr(self, f) for f in FIELDS}

    def with_(self, **changes) -> "Statement":
        """A copy with some fields changed; its id is computed again unless given."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"Statement has no field(s) {', '.join(sorted(unknown))}")
        changes.setdefault("id", "")
        return Statement(**{**self.fields(), **changes})

    def __getnewargs__(self):  # pickle and copy rebuild through __new__'s signature
        return tuple(getattr(self, f) for f in FIELDS)

    def __repr__(self) -> str:
        return "Statement(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in FIELDS) + ")"


def make_id(subject: str, predicate: str, object: str | None, value: str | None, source: str,
            confidence: str | None = None, valid_from: str | None = None, valid_until: str | None = None) -> str:
    """The content id of a statement with these fields (see :func:`statement_id`)."""
    return _sha1("\x1f".join((
        subject, predicate, object or "", value if value is not None else "", source,
        confidence or "", valid_from or "", valid_until or "",
    )).encode("utf-8")).hexdigest()[:24]


def prop(subject: str, predicate: str, value: str, source: str, evidence: str = "", loader: str = "",
         record: str | None = None) -> Statement:
    """``Statement(subject, predicate, source, value=value, ...)`` without confidence or validity,
    made without keyword handling: the bulk of what dataset loaders emit. ``value`` must be text."""
    return _new_tuple(Statement, (
        _sha1(f"{subject}\x1f{predicate}\x1f\x1f{value}\x1f{source}\x1f\x1f\x1f".encode("utf-8")).hexdigest()[:24],
        subject, predicate, None, value, source, evidence, None, None, None, None, None, loader, record))


def link(subject: str, predicate: str, object: str, source: str, evidence: str = "",
         confidence: str | None = None, loader: str = "", record: str | None = None) -> Statement:
    """``Statement(subject, predicate, source, object=object, ...)`` without validity, made
    without keyword handling (see :func:`prop`)."""
    return _new_tuple(Statement, (
        _sha1(f"{subject}\x1f{predicate}\x1f{object}\x1f\x1f{source}\x1f{confidence or ''}\x1f\x1f".encode("utf-8")).hexdigest()[:24],
        subject, predicate, object, None, source, evidence, None, None, confidence, None, None, loader, record))


def statement_id(st: Statement) -> str:
    """Content address: what is said and by whom, not where in the file or by which run."""
    return make_id(st.subject, st.predicate, st.object, st.value, st.source, st.confidence,
                   st.valid_from, st.valid_until)


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


def event_name(name: str | None, eid: str, cls: str | None, places=()) -> str:
    """An event's name, or a readable stand-in when it has none (loaders often name an event by
    its id, reports not at all): "Attack in Bamba", else its class alone ("Negotiation"): every
    answer that lists events shows their dates and ids beside the name (the ids in its JSON and
    CSV), so an id in the name only repeated them, unreadably. The one rule for every query and
    export."""
    if name and name != eid:
        return name
    places = sorted({p for p in places if p})  # two sources placing it at one place name it once
    if cls and places:
        return f"{cls} in {', '.join(places)}"
    return cls or "Event"


# parameters that say how a reader arrived (a campaign, a click id), never which page it is
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|xtor|at_medium|at_campaign|ocid)$",
                       re.IGNORECASE)


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, port 80/443, fragment, tracking parameters (``utm_*``,
    ``fbclid``...) or trailing slash, its host in lower case: the spellings of one page, one key.
    The path and the other parameters stay as written (they name the page)."""
    u = url.strip().split("#", 1)[0]
    low = u.lower()
    for scheme in ("https://", "http://"):
        if low.startswith(scheme):
            u = u[len(scheme):]
            break
    host, sep, rest = u.partition("/")
    rest, qsep, query = (sep + rest).partition("?")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    for port in (":80", ":443"):
        if host.endswith(port):
            host = host[: -len(port)]
    kept = [kv for kv in query.split("&") if kv and not _TRACKING.match(kv.split("=", 1)[0])] if qsep else []
    key = host + rest.rstrip("/")
    return key + ("?" + "&".join(kept) if kept else "")


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a report's web address, or None: a source's URL is what a reader
    follows back to the report, so a typo ("htps://", "not a url") must not be stored as one."""
    from urllib.parse import urlsplit

    u = url.strip()
    if not u or any(ch.isspace() for ch in u):
        return "it contains spaces" if u else "it is empty"
    try:
        parts = urlsplit(u)
        host = parts.hostname or ""
        parts.port  # noqa: B018  a port that is no number raises here
    except ValueError:
        return "its host or port cannot be read"
    if parts.scheme.lower() not in ("http", "https"):
        return "it needs http:// or https:// before the host"
    if not host:
        return "it has no host"
    if not ("." in host.strip(".") or host == "localhost" or ":" in host):
        return f"its host {host!r} has no domain"
    return None


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
