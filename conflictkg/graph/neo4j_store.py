"""Neo4j: push the projection to a Neo4j server and keep it in sync; run Cypher there.

**Push is a sync, not a load.** It reads what the server already holds of ours (every node and
relationship we write carries ``_ckg = true`` and a content hash ``_hash``), compares it with the
projection in Python, and writes only the difference: new and changed nodes and relationships as
parameterised ``UNWIND $rows`` batches through managed transactions (``MERGE`` on ``id``, then
``SET n = row.props`` guarded by the hash), and removes ours that the projection no longer has.
So a second push of an unchanged store sends no write at all, a push after an ingest sends only
what changed, and a push cut short (client killed, server down) converges when re-run, because
every run starts from what is really on the server. Nodes and relationships without ``_ckg`` are
never touched, except a node with the same label and ``id`` as one of ours, which ``MERGE`` adopts.

**Labels and types come from the ontology, never from data.** They cannot be query parameters,
so they are pasted into the query text only after checking that the name is an ontology label,
class or relationship type (and a plain identifier). The node's class becomes its second label
(``:Actor:ArmedGroup``); a class change removes the old class label.

**Dates.** The ISO prefix strings of the embedded store stay as they are (``date`` = ``2020-03``
with ``date_precision`` = ``month``); where a string is a full day, a Neo4j ``date`` is added
beside it (see ``DERIVED_DATES``): ``date_value`` only for events known to the day, ``start`` and
``end`` for the first and last possible day of every dated event (range filters in Browser:
``WHERE e.start >= date('2020-03-03')``). List properties stay lists.

**Results** of :class:`Neo4jBackend` are normalised like the embedded engine's
(:func:`conflictkg.graph.engine.plain`): dates as ISO text, nodes and relationships as property
dicts with ``_label`` / ``_type``, without our bookkeeping properties, so the same query gives
the same rows on both engines (``tests/neo4j/test_parity.py``). Queries written for the embedded
engine go through :func:`to_neo4j`, which rewrites the LadybugDB-only forms Neo4j would refuse
(``label(x)``, ``properties(nodes(p), 'k')``, ``* SHORTEST``). Not bridged, because the same
text is valid on both engines with another meaning: list and string positions (``r.sources[1]``
and ``substring(s, 1, 3)`` count from 1 in LadybugDB, from 0 in Neo4j) and ``(n:A:B)`` (A or B
in LadybugDB, A and B in Neo4j). Portable queries avoid them.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import logging
import pickle
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .. import settings as _settings
from ..errors import ConflictKGError
from ..ontology.model import ONTOLOGY
from .engine import CypherError, Result
from .projection import IN_MONTH, MONTH, Projection, month_buckets

OWNER = "_ckg"      # marks nodes and relationships written by conflictkg
HASH = "_hash"      # content hash of the labels and properties we wrote
#: ISO-string property -> Neo4j date property added beside it when the string is a full day.
DERIVED_DATES = {
    "date": "date_value", "start_date": "start", "end_date": "end",
    "founded": "founded_date", "dissolved": "dissolved_date", "published": "published_date",
    "valid_from": "valid_from_date", "valid_until": "valid_until_date",
}
DERIVED_NAMES = frozenset(DERIVED_DATES.values())
DEFAULT_BATCH = 5000
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# The driver logs its retries and dead connections; without a logging set-up Python would print
# them on stderr (the "last resort" handler). Our errors say it in one line; a caller that
# configures logging still gets the driver's records.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

_SHADOW = DERIVED_NAMES & (set(ONTOLOGY.properties) | set(ONTOLOGY.relationship_properties))
if _SHADOW:  # an ontology property added under one of these names: rename the derived date here
    raise RuntimeError(f"derived Neo4j date properties shadow ontology properties: {sorted(_SHADOW)}")


class Neo4jError(ConflictKGError):
    """Neo4j unreachable, refused our credentials, or failed during a push."""


# -- names that go into query text ----------------------------------------------------------------

def _label(name: str) -> str:
    if name not in ONTOLOGY.labels or not _IDENT.fullmatch(name):
        raise ConflictKGError(f"refusing to write label {name!r}: not an ontology label")
    return f"`{name}`"


def _class_label(label: str, cls) -> str | None:
    """The class as a second label, when it is an ontology class of ``label``; else None."""
    if isinstance(cls, str) and cls in ONTOLOGY.classes and ONTOLOGY.classes[cls].label == label \
            and _IDENT.fullmatch(cls):
        return cls
    return None


def _rel_type(name: str) -> str:
    if name not in ONTOLOGY.relationships or not _IDENT.fullmatch(name):
        raise ConflictKGError(f"refusing to write relationship type {name!r}: not in the ontology")
    return f"`{name}`"


# -- projection rows -> Neo4j rows ------------------------------------------------------------------

class _Hasher:
    """Content hashes of projection values (str, int, float, bool, None, lists, tuples).

    pickle without its memo ("fast" mode): the same values give the same bytes whatever the
    objects' identity (the memo would turn a repeated string into a back-reference), at half the
    cost of repr and a third of json.dumps; one pickler is reused (its set-up costs more than a
    small dump). A new pickle format in a later Python only makes one push rewrite everything."""

    def __init__(self):
        self._buf = io.BytesIO()
        self._pickler = pickle.Pickler(self._buf, protocol=4)
        self._pickler.fast = True

    def __call__(self, parts) -> str:
        self._buf.seek(0)
        self._buf.truncate()
        self._pickler.dump(parts)
        return hashlib.sha1(self._buf.getvalue()).hexdigest()[:20]


def _day(value) -> _dt.date | None:
    if isinstance(value, str) and _DAY.fullmatch(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _props(row: dict, allowed: frozenset) -> dict:
    """The stored properties: the ones the embedded store has for this label (no nulls: Neo4j
    has none), lists without null items, plus the derived Neo4j dates."""
    out = {}
    for k, v in row.items():
        if v is None or k not in allowed:
            continue
        if isinstance(v, (list, tuple)):
            v = [x for x in v if x is not None]
        out[k] = v
        derived = DERIVED_DATES.get(k)
        if derived and (d := _day(v)) is not None:
            out[derived] = d
    return out


class NodeRow:
    """One node to push. ``hash`` is cheap (the projection row as it is); ``props``, the
    properties as stored, are built only for the rows that will be written."""

    __slots__ = ("label", "cls", "id", "row", "hash", "_allowed")

    def __init__(self, label: str, cls: str | None, row: dict, allowed: frozenset, digest: _Hasher):
        self.label, self.cls, self.id, self.row, self._allowed = label, cls, row["id"], row, allowed
        # the row as projected (keys sorted): cheaper than building the stored properties first
        self.hash = digest((label, cls, sorted(row.items())))

    @property
    def props(self) -> dict:
        props = _props(self.row, self._allowed)
        props[OWNER] = True
        props[HASH] = self.hash
        return props


class RelRow:
    """One relationship to push (see :class:`NodeRow`)."""

    __slots__ = ("type", "from_label", "to_label", "start", "end", "row", "hash", "_allowed")

    def __init__(self, t: str, fl: str, tl: str, row: dict, allowed: frozenset, digest: _Hasher):
        self.type, self.from_label, self.to_label, self.row, self._allowed = t, fl, tl, row, allowed
        self.start, self.end = row["from"], row["to"]
        self.hash = digest((t, fl, tl, sorted(row.items())))

    @property
    def key(self) -> tuple:
        return (self.type, self.from_label, self.start, self.to_label, self.end)

    @property
    def props(self) -> dict:
        props = _props(self.row, self._allowed)
        props[OWNER] = True
        props[HASH] = self.hash
        return props


def node_rows(proj: Projection) -> Iterable[NodeRow]:
    digest = _Hasher()
    months = month_buckets(proj.nodes.get("Event", []))[0]  # the date buckets, as the embedded graph has them
    for label, rows in list(proj.nodes.items()) + [(MONTH, months)]:
        _label(label)
        allowed = frozenset(p.name for p in ONTOLOGY.props_for(label))
        for row in rows:
            yield NodeRow(label, _class_label(label, row.get("class")), row, allowed, digest)


def rel_rows(proj: Projection) -> Iterable[RelRow]:
    digest = _Hasher()
    rprops = frozenset(ONTOLOGY.relationship_properties)
    in_month = month_buckets(proj.nodes.get("Event", []))[1]
    for (t, fl, tl), rows in list(proj.rels.items()) + [(IN_MONTH, in_month)]:
        _rel_type(t), _label(fl), _label(tl)
        allowed = frozenset() if ONTOLOGY.rel(t).internal else rprops
        for row in rows:
            yield RelRow(t, fl, tl, row, allowed, digest)


# -- connection ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    uri: str
    user: str
    password: str
    database: str

    @classmethod
    def from_settings(cls, uri=None, user=None, password=None, database=None) -> "Target":
        s = _settings.get(neo4j_uri=uri, neo4j_user=user, neo4j_password=password, neo4j_database=database)
        return cls(s.neo4j_uri, s.neo4j_user, s.neo4j_password, s.neo4j_database)


def connect(target: Target):
    """A verified driver, or one clear :class:`Neo4jError` (unreachable, wrong password, no such
    database)."""
    import neo4j
    from neo4j import exceptions as nx

    where = f"Neo4j at {target.uri}"
    try:
        driver = neo4j.GraphDatabase.driver(
            target.uri, auth=(target.user, target.password),
            connection_timeout=5.0, max_transaction_retry_time=10.0, connection_acquisition_timeout=30.0,
            # the server's hints ("property does not exist" on a fresh database) are not for our users
            notifications_min_severity="OFF")
    except (ValueError, nx.ConfigurationError) as e:
        raise Neo4jError(f"bad Neo4j URI {target.uri!r}: {e}") from None
    try:
        driver.verify_connectivity()
        with driver.session(database=target.database) as s:
            s.run("RETURN 1").consume()
    except nx.AuthError:
        driver.close()
        raise Neo4jError(f"{where} refused user {target.user!r}: wrong user or password "
                         "(--user/--password, or NEO4J_USERNAME/NEO4J_PASSWORD)") from None
    except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as e:
        driver.close()
        raise Neo4jError(f"cannot reach {where}: {_first_line(e)} (is it running? `make neo4j-up` "
                         "starts the local one; or set --uri / NEO4J_URI)") from None
    except nx.ClientError as e:
        driver.close()
        if "DatabaseNotFound" in (e.code or ""):
            raise Neo4jError(f"{where} has no database {target.database!r} (--database or NEO4J_DATABASE)") from None
        raise Neo4jError(f"{where}: {e.message or e}") from None
    return driver


def _first_line(e: Exception) -> str:
    text = str(e).strip() or type(e).__name__
    m = re.search(r"\[Errno -?\d+\] ([^)\n]*)", text)  # the socket's reason, e.g. "Connection refused"
    return m.group(1).strip() if m else text.splitlines()[0].rstrip(":")


def _lost(target: Target, e: Exception, doing: str) -> Neo4jError:
    return Neo4jError(f"lost the connection to Neo4j at {target.uri} while {doing}: {_first_line(e)}; "
                      "nothing half-written stays inconsistent: run the same command again to converge")


# -- result normalisation (like engine.plain) ------------------------------------------------------

def _base_label(labels) -> str | None:
    for lb in labels:
        if lb in ONTOLOGY.labels:
            return lb
    return sorted(labels)[0] if labels else None


_NODE_KEYS = {label: [p.name for p in ONTOLOGY.props_for(label)] for label in ONTOLOGY.labels}


def plain(value):
    """Neo4j driver values -> the plain values the embedded engine returns."""
    from neo4j import graph as ng
    from neo4j import time as nt

    if isinstance(value, ng.Node):
        label = _base_label(value.labels)
        out = dict.fromkeys(_NODE_KEYS.get(label, ()))
        out.update({k: plain(v) for k, v in value.items() if not k.startswith("_") and k not in DERIVED_NAMES})
        out["_label"] = label
        return out
    if isinstance(value, ng.Relationship):
        t = value.type
        internal = t in ONTOLOGY.relationships and ONTOLOGY.rel(t).internal
        out = {} if internal or t not in ONTOLOGY.relationships else dict.fromkeys(ONTOLOGY.relationship_properties)
        out.update({k: plain(v) for k, v in value.items() if not k.startswith("_") and k not in DERIVED_NAMES})
        out["_type"] = t
        return out
    if isinstance(value, ng.Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, (nt.Date, nt.DateTime, nt.Time)):
        return value.iso_format()
    if isinstance(value, nt.Duration):
        if value.months == 0:
            return str(_dt.timedelta(days=value.days, seconds=value.seconds, microseconds=value.nanoseconds // 1000))
        return value.iso_format()
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not k.startswith("_")}
    return value


# -- dialect: the few LadybugDB forms that have a Neo4j equivalent ---------------------------------

_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def _literal_spans(query: str) -> list[tuple[int, int]]:
    """Where the string literals, quoted names and comments are: rewrites never start there."""
    return [m.span() for m in _LITERAL.finditer(query)]


def _sub_outside(text: str, pattern: re.Pattern, repl: Callable) -> str:
    spans = _literal_spans(text)
    inside = lambda i: any(a <= i < b for a, b in spans)  # noqa: E731
    pieces, last = [], 0
    for m in pattern.finditer(text):
        if inside(m.start()):
            continue
        pieces += [text[last:m.start()], repl(m)]
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def to_neo4j(query: str) -> str:
    """``query`` with the LadybugDB-only forms rewritten for Neo4j (see :func:`_translate`)."""
    return _translate(query)[0]


def _translate(query: str) -> tuple[str, list[tuple[str, str]]]:
    """Rewrite embedded-engine (LadybugDB) Cypher that Neo4j would refuse into its Neo4j form.

    Only forms that are errors in Neo4j are touched, so Neo4j Cypher passes through unchanged:
    ``label(x)`` (``type(x)`` for a relationship variable, the ontology label of a node),
    ``properties(nodes(p), 'k')`` (a list comprehension), and ``[:T* SHORTEST a..b]`` /
    ``[:T* ALL SHORTEST a..b]`` in ``p = (a)-[...]-(b)`` (``shortestPath`` / ``allShortestPaths``).
    Text inside string literals, quoted names and comments is never rewritten. Also returns the
    (new, old) text pairs, so result columns named after a rewritten expression get their name back.
    """
    done: list[tuple[str, str]] = []

    def keep(fn):
        def wrapped(m):
            new = fn(m)
            done.append((new, m.group(0)))
            return new
        return wrapped
    out = _sub_outside(
        query, re.compile(r"\bproperties\s*\(\s*(nodes|relationships|rels)\s*\(\s*(\w+)\s*\)\s*,\s*'(\w+)'\s*\)", re.I),
        keep(lambda m: f"[_x IN {'nodes' if m.group(1).lower() == 'nodes' else 'relationships'}({m.group(2)}) | _x.{m.group(3)}]"))

    def shortest(m):
        fn = "allShortestPaths" if m.group(3) else "shortestPath"
        return f"{m.group(1)}{fn}({m.group(2)}*{m.group(4).strip()}]{m.group(5)})"
    out = _sub_outside(out, re.compile(
        r"(\w+\s*=\s*)(\([^()]*\)\s*<?-\s*\[[^\]]*?)\*\s*(ALL\s+)?SHORTEST\s*([^\]]*)\](\s*->?\s*\([^()]*\))", re.I), keep(shortest))
    spans = _literal_spans(out)
    code = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(out))
    rel_vars = set(re.findall(r"\[\s*(\w+)\s*[:\]*{]", code))
    bases = ", ".join(f"'{lb}'" for lb in ONTOLOGY.labels)

    def label_fn(m):
        v = m.group(1)
        return f"type({v})" if v in rel_vars else f"head([_l IN labels({v}) WHERE _l IN [{bases}]])"
    out = _sub_outside(out, re.compile(r"\blabel\s*\(\s*(\w+)\s*\)", re.I), keep(label_fn))
    return out, done


# -- running Cypher --------------------------------------------------------------------------------

class Neo4jBackend:
    """Cypher on Neo4j with the embedded engine's interface: ``run(cypher, params) -> Result``.

    Read transactions unless ``write=True`` (a write in a read transaction is refused by the
    server). Queries written for the embedded engine are passed through :func:`to_neo4j`.
    """

    dialect = "neo4j"

    def __init__(self, uri=None, user=None, password=None, database=None, write: bool = False,
                 target: Target | None = None):
        self.target = target or Target.from_settings(uri, user, password, database)
        self.write = write
        self._driver = connect(self.target)

    def run(self, query: str, params: dict | None = None, write: bool | None = None) -> Result:
        from neo4j import exceptions as nx

        write = self.write if write is None else write
        text, rewrites = _translate(query)

        def work(tx):
            res = tx.run(text, params or {})
            keys = []
            for k in res.keys():
                for new, old in reversed(rewrites):
                    k = k.replace(new, old)
                keys.append(k)
            rows = [[plain(v) for v in rec.values()] for rec in res]
            return keys, rows

        try:
            with self._driver.session(database=self.target.database) as s:
                keys, rows = (s.execute_write if write else s.execute_read)(work)
        except nx.AuthError as e:
            raise Neo4jError(f"Neo4j at {self.target.uri} refused user {self.target.user!r}: {e.message}") from None
        except (nx.ServiceUnavailable, nx.SessionExpired) as e:
            raise _lost(self.target, e, "running the query") from None
        except (nx.ClientError, nx.DatabaseError, nx.TransientError) as e:
            msg = (e.message or str(e)).strip()
            if "AccessMode" in (e.code or "") or "read access mode" in msg:
                msg += " (use --write to allow writes)"
            raise CypherError(f"Neo4j Cypher error: {msg}") from None
        return Result(keys, rows)

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_cypher(query: str, params: dict | None = None, write: bool = False, **target) -> Result:
    """One query on the Neo4j of the settings (``NEO4J_*``), for ``conflictkg cypher --neo4j``."""
    with Neo4jBackend(write=write, **target) as b:
        return b.run(query, params)


# -- schema ----------------------------------------------------------------------------------------

def schema_statements() -> list[str]:
    """Idempotent migrations: a uniqueness constraint on ``id`` and an index on ``name`` for each
    label, indexes on event dates (strings and Neo4j dates) and on relationship ids."""
    out = []
    for label in ONTOLOGY.labels:
        q = _label(label)
        low = label.lower()
        out.append(f"CREATE CONSTRAINT ckg_{low}_id IF NOT EXISTS FOR (n:{q}) REQUIRE n.id IS UNIQUE")
        out.append(f"CREATE INDEX ckg_{low}_name IF NOT EXISTS FOR (n:{q}) ON (n.name)")
    for prop in ("start", "end", "date_value", "start_date", "end_date"):
        out.append(f"CREATE INDEX ckg_event_{prop} IF NOT EXISTS FOR (n:`Event`) ON (n.{prop})")
    out.append("CREATE INDEX ckg_source_published_date IF NOT EXISTS FOR (n:`Source`) ON (n.published_date)")
    out.append("CREATE INDEX ckg_claim_rel_id IF NOT EXISTS FOR (n:`Claim`) ON (n.rel_id)")
    for name, r in ONTOLOGY.relationships.items():
        if not r.internal:
            out.append(f"CREATE INDEX ckg_rel_{name.lower()}_id IF NOT EXISTS FOR ()-[r:{_rel_type(name)}]-() ON (r.id)")
    return out


# -- push ------------------------------------------------------------------------------------------

COUNTER_NAMES = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
                 "properties_set", "labels_added", "labels_removed", "indexes_added", "constraints_added")


@dataclass
class Plan:
    """What a push would change: rows to write (new or changed) and ours to delete."""

    nodes: dict = field(default_factory=lambda: defaultdict(list))     # (label, cls) -> [NodeRow]
    rels: dict = field(default_factory=lambda: defaultdict(list))      # (type, fl, tl) -> [RelRow]
    node_new: int = 0
    node_changed: int = 0
    rel_new: int = 0
    rel_changed: int = 0
    node_deletes: list = field(default_factory=list)                  # (label, id)
    rel_deletes: list = field(default_factory=list)                   # (type, fl, from, tl, to)
    nodes_total: int = 0
    rels_total: int = 0

    @property
    def in_sync(self) -> bool:
        return not (self.node_new or self.node_changed or self.rel_new or self.rel_changed
                    or self.node_deletes or self.rel_deletes)


@dataclass
class PushSummary:
    plan: Plan
    counters: dict = field(default_factory=lambda: dict.fromkeys(COUNTER_NAMES, 0))
    seconds: dict = field(default_factory=dict)
    transactions: int = 0
    unwritten_rels: int = 0   # rows a concurrent writer changed between our read and our write

    def line(self) -> str:
        p = self.plan
        return (f"nodes: {p.node_new} new, {p.node_changed} changed, {len(p.node_deletes)} removed "
                f"(of {p.nodes_total}); relationships: {p.rel_new} new, {p.rel_changed} changed, "
                f"{len(p.rel_deletes)} removed (of {p.rels_total})")


class _Writer:
    """Runs write batches in managed transactions and adds up the server's counters."""

    def __init__(self, driver, target: Target, summary: PushSummary, progress: Callable | None):
        self.driver, self.target, self.summary, self.progress = driver, target, summary, progress

    def write(self, query: str, params: dict, doing: str) -> int:
        from neo4j import exceptions as nx

        def work(tx):
            res = tx.run(query, params)
            rec = res.single()
            return (rec[0] if rec else 0), res.consume().counters

        try:
            with self.driver.session(database=self.target.database) as s:
                n, counters = s.execute_write(work)
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.DriverError, OSError) as e:
            raise _lost(self.target, e, doing) from None
        except nx.ConstraintError as e:
            raise Neo4jError(f"Neo4j refused {doing}: {e.message}") from None
        except (nx.ClientError, nx.DatabaseError, nx.TransientError) as e:
            raise Neo4jError(f"Neo4j failed {doing}: {(e.message or str(e)).strip()}") from None
        self.summary.transactions += 1
        for name in COUNTER_NAMES:
            self.summary.counters[name] += getattr(counters, name, 0)
        return n

    def schema(self, statements: list[str]) -> None:
        from neo4j import exceptions as nx

        try:
            with self.driver.session(database=self.target.database) as s:
                have = {r[0] for r in s.run("SHOW INDEXES YIELD name")} | {r[0] for r in s.run("SHOW CONSTRAINTS YIELD name")}
                # Only the missing ones: each schema statement is a transaction of its own.
                statements = [q for q in statements if _schema_name(q) not in have]
                for q in statements:
                    counters = s.execute_write(lambda tx, q=q: tx.run(q).consume().counters)
                    self.summary.counters["indexes_added"] += counters.indexes_added
                    self.summary.counters["constraints_added"] += counters.constraints_added
                if statements:
                    s.run("CALL db.awaitIndexes(600)").consume()
        except (nx.ServiceUnavailable, nx.SessionExpired) as e:
            raise _lost(self.target, e, "creating constraints and indexes") from None
        except nx.ClientError as e:
            raise Neo4jError(f"Neo4j refused a schema migration ({e.message}); an index or constraint "
                             "on the same label and property may already exist under another form") from None


def _name(name: str) -> str:
    """A label or type read back from the database, quoted for query text."""
    return "`" + name.replace("`", "``") + "`"


def _schema_name(statement: str) -> str:
    return statement.split()[2]  # CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS ...


READ_PAGE = 5000  # nodes per read transaction (with their outgoing relationships)
_SEP = "\x1f"


def read_state(driver, target: Target, page: int = READ_PAGE) -> tuple[dict, dict, set]:
    """What the server holds of ours: {(label, id): hash}, {(type, from label, from id, to label,
    to id): hash}, and the keys of relationships found twice (two pushes at once).

    Paged by label and ``id`` (index order), each page returning its nodes and their outgoing
    relationships as two lists of strings: the driver decodes records in Python at a fixed cost
    per record, so one record per page is several times faster than one per node."""
    from neo4j import exceptions as nx

    have_nodes: dict = {}
    have_rels: dict = {}
    dups: set = set()
    bases = list(ONTOLOGY.labels)
    for label in ONTOLOGY.labels:
        q = (f"MATCH (n:{_label(label)}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $page "
             "WITH collect(n) AS ns "
             f"RETURN [n IN ns WHERE n.{OWNER} IS NOT NULL | n.id + $sep + coalesce(n.{HASH}, '')] AS nodes, "
             f"COLLECT {{ UNWIND ns AS n MATCH (n)-[r]->(b) WHERE r.{OWNER} IS NOT NULL "
             "RETURN type(r) + $sep + n.id + $sep + coalesce(head([l IN labels(b) WHERE l IN $bases]), '') "
             f"+ $sep + coalesce(b.id, '') + $sep + coalesce(r.{HASH}, '') }} AS rels, "
             "ns[-1].id AS last, size(ns) AS n")
        after = ""
        while True:
            try:
                with driver.session(database=target.database) as s:
                    nodes, rels, last, n = s.execute_read(
                        lambda tx: tx.run(q, after=after, page=page, sep=_SEP, bases=bases).single().values())
            except (nx.ServiceUnavailable, nx.SessionExpired, nx.DriverError, OSError) as e:
                raise _lost(target, e, "reading the current graph") from None
            for x in nodes:
                i, h = x.split(_SEP)
                have_nodes[(label, i)] = h
            for x in rels:
                t, a, lb, b, h = x.split(_SEP)
                key = (t, label, a, lb or None, b)
                if key in have_rels:
                    dups.add(key)
                have_rels[key] = h
            if n < page:
                break
            after = last
    return have_nodes, have_rels, dups


def make_plan(proj: Projection, have_nodes: dict, have_rels: dict, dup_rels=()) -> Plan:
    plan = Plan()
    want_nodes = set()
    for row in node_rows(proj):
        key = (row.label, row.id)
        want_nodes.add(key)
        plan.nodes_total += 1
        have = have_nodes.get(key)
        if have != row.hash:
            plan.nodes[(row.label, row.cls)].append(row)
            if have is None:
                plan.node_new += 1
            else:
                plan.node_changed += 1
    plan.node_deletes = [k for k in have_nodes if k not in want_nodes]
    want_rels = set()
    dup_rels = set(dup_rels)
    for row in rel_rows(proj):
        want_rels.add(row.key)
        plan.rels_total += 1
        have = have_rels.get(row.key)
        if have != row.hash or row.key in dup_rels:
            plan.rels[(row.type, row.from_label, row.to_label)].append(row)
            if have is None:
                plan.rel_new += 1
            else:
                plan.rel_changed += 1
    # duplicates go entirely and the upsert above makes one again
    plan.rel_deletes = [k for k in have_rels if k not in want_rels or k in dup_rels]
    return plan


def _node_query(label: str, cls: str | None) -> str:
    others = [c for c in ONTOLOGY.classes_of(label) if c != cls and _IDENT.fullmatch(c)]
    q = (f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) "
         f"WITH n, row WHERE n.{HASH} IS NULL OR n.{HASH} <> row.props.{HASH} "
         "SET n = row.props")
    if cls:
        q += f" SET n:`{cls}`"
    if others:
        q += " REMOVE n" + "".join(f":`{c}`" for c in others)
    return q + " RETURN count(*)"


def _rel_query(t: str, fl: str, tl: str) -> str:
    return (f"UNWIND $rows AS row MATCH (a:{_label(fl)} {{id: row.from}}) MATCH (b:{_label(tl)} {{id: row.to}}) "
            f"MERGE (a)-[r:{_rel_type(t)}]->(b) "
            f"WITH r, row WHERE r.{HASH} IS NULL OR r.{HASH} <> row.props.{HASH} "
            "SET r = row.props RETURN count(*)")


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def push(proj: Projection, target: Target | None = None, wipe: bool = False, batch_size: int = DEFAULT_BATCH,
         progress: Callable[[str, int, int], None] | None = None, dry_run: bool = False) -> PushSummary:
    """Bring the Neo4j database of ``target`` in line with ``proj`` (see the module docstring)."""
    target = target or Target.from_settings()
    if batch_size < 1:
        raise ConflictKGError("--batch-size must be at least 1")
    driver = connect(target)
    try:
        return _push(driver, target, proj, wipe, batch_size, progress, dry_run)
    finally:
        driver.close()


def _push(driver, target, proj, wipe, batch_size, progress, dry_run) -> PushSummary:
    t0 = time.perf_counter()
    summary = PushSummary(Plan())
    w = _Writer(driver, target, summary, progress)
    if wipe and not dry_run:
        wipe_ours(w, batch_size)
    summary.seconds["wipe"] = time.perf_counter() - t0
    if not dry_run:
        w.schema(schema_statements())
    t1 = time.perf_counter()
    summary.seconds["schema"] = t1 - t0 - summary.seconds["wipe"]
    have_nodes, have_rels, dups = read_state(driver, target)
    plan = summary.plan = make_plan(proj, have_nodes, have_rels, dups)
    del have_nodes, have_rels
    t2 = time.perf_counter()
    summary.seconds["diff"] = t2 - t1
    if dry_run:
        return summary

    def tell(what, done, total):
        if progress:
            progress(what, done, total)

    todo = sum(len(v) for v in plan.nodes.values())
    done = 0
    for (label, cls), rows in sorted(plan.nodes.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        q = _node_query(label, cls)
        for batch in _batches(rows, batch_size):
            w.write(q, {"rows": [{"id": r.id, "props": r.props} for r in batch]}, f"writing {label} nodes")
            done += len(batch)
            tell("nodes", done, todo)
    t3 = time.perf_counter()
    summary.seconds["nodes"] = t3 - t2
    # Relationships to remove go before the upserts: a duplicated one is removed entirely and
    # the upsert makes it once again.
    by_type = defaultdict(list)
    for t, fl, a, tl, b in plan.rel_deletes:
        by_type[(t, fl, tl)].append({"a": a, "b": b})
    for (t, fl, tl), rows in sorted(by_type.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        la = f":{_name(fl)}" if fl else ""
        lb = f":{_name(tl)}" if tl else ""
        q = (f"UNWIND $rows AS row MATCH (a{la} {{id: row.a}})-[r:{_name(t)}]->(b{lb} {{id: row.b}}) "
             f"WHERE r.{OWNER} IS NOT NULL DELETE r RETURN count(*)")
        for batch in _batches(rows, batch_size):
            w.write(q, {"rows": batch}, f"removing {t} relationships")
    t4 = time.perf_counter()
    summary.seconds["delete"] = t4 - t3
    todo = sum(len(v) for v in plan.rels.values())
    done = 0
    for (t, fl, tl), rows in sorted(plan.rels.items()):
        q = _rel_query(t, fl, tl)
        for batch in _batches(rows, batch_size):
            n = w.write(q, {"rows": [{"from": r.start, "to": r.end, "props": r.props} for r in batch]},
                        f"writing {t} relationships")
            summary.unwritten_rels += len(batch) - n
            done += len(batch)
            tell("relationships", done, todo)
    t5 = time.perf_counter()
    summary.seconds["relationships"] = t5 - t4
    by_label = defaultdict(list)
    for label, i in plan.node_deletes:
        by_label[label].append(i)
    for label, ids in by_label.items():
        q = f"UNWIND $ids AS i MATCH (n:{_label(label)} {{id: i}}) WHERE n.{OWNER} IS NOT NULL DETACH DELETE n RETURN count(*)"
        for batch in _batches(ids, batch_size):
            w.write(q, {"ids": batch}, "removing nodes")
    summary.seconds["delete"] += time.perf_counter() - t5
    summary.seconds["total"] = time.perf_counter() - t0
    return summary


def wipe_ours(w: _Writer, batch_size: int = DEFAULT_BATCH) -> None:
    """Delete every node and relationship we own, in batches (a dense source node can carry
    hundreds of thousands of relationships: one transaction for all of them would strain the heap)."""
    while w.write(f"MATCH ()-[r]->() WHERE r.{OWNER} IS NOT NULL WITH r LIMIT $n DELETE r RETURN count(*)",
                  {"n": batch_size * 4}, "wiping relationships"):
        pass
    while w.write(f"MATCH (n) WHERE n.{OWNER} IS NOT NULL WITH n LIMIT $n DETACH DELETE n RETURN count(*)",
                  {"n": batch_size}, "wiping nodes"):
        pass


def status(proj: Projection, target: Target | None = None) -> Plan:
    """What a push would do, without writing anything."""
    return push(proj, target, dry_run=True).plan


def counts(backend) -> dict[str, int]:
    """Node counts per ontology label and relationship counts per type (ours only on Neo4j)."""
    out = {}
    where = f" WHERE n.{OWNER} IS NOT NULL" if getattr(backend, "dialect", "") == "neo4j" else ""
    rwhere = f" WHERE r.{OWNER} IS NOT NULL" if where else ""
    for label in ONTOLOGY.labels:
        out[label] = backend.run(f"MATCH (n:{label}){where} RETURN count(n)").rows[0][0]
    for t in ONTOLOGY.relationships:
        out[t] = backend.run(f"MATCH ()-[r:{t}]->(){rwhere} RETURN count(r)").rows[0][0]
    return out


# -- the query library for Neo4j Browser -----------------------------------------------------------

def cypher_literal(value) -> str:
    """A Python value as a Cypher literal (for `:param` lines; values never go into query text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{str(k).replace('`', '``')}`: {cypher_literal(v)}" for k, v in value.items()) + "}"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return f"'{text}'"


class _Recorder:
    """A backend that runs on the embedded engine and remembers each (text, params) it was given."""

    dialect = "lbug"

    def __init__(self, engine):
        self.engine, self.calls = engine, []

    def run(self, query, params=None):
        self.calls.append((query, dict(params or {})))
        return self.engine.run(query, params)


@dataclass
class Favourite:
    query: str
    part: str
    title: str
    content: str
    params: dict


def _example_calls(kg) -> dict[str, dict[str, dict]]:
    """{query: {part: params}} recorded by running each query's documented examples on the
    store (names resolve there); queries whose examples do not fit the store are left out."""
    import shlex

    from ..queries import QUERIES, run
    from ..queries.base import render

    try:
        from ..cli_query import query as group
    except ImportError:  # pragma: no cover - the CLI module is part of the package
        return {}
    out: dict[str, dict[str, dict]] = {}
    resolver = kg.resolver()
    with kg.engine() as eng:
        for name, q in QUERIES.items():
            cmd = group.commands.get(name)
            for example in q.examples:
                words = shlex.split(example)
                if cmd is None or name not in words:
                    continue
                try:
                    ctx = cmd.make_context(name, words[words.index(name) + 1:])
                    args = {k: v for k, v in ctx.params.items() if k not in ("db", "fmt", "use_neo4j")}
                    extra = {"judgements": kg.store.judgements()} if name == "attributions" else {}
                    rec = _Recorder(eng)
                    run(name, rec, resolver, **args, **extra)
                except Exception:  # an example naming what this store does not hold
                    continue
                for text, params in rec.calls:
                    for part, template in q.cypher.items():
                        if part in out.get(name, {}):
                            continue
                        if render(template, "lbug", set(params)) == text:
                            out.setdefault(name, {})[part] = params
    return out


def query_favourites(kg=None) -> list[Favourite]:
    """Every Cypher text of the query library in the Neo4j dialect, as Browser favourites:
    a title comment, the query's help, `:param` lines and the query. With a store, the
    parameters are those of the query's documented example run on that store; without one
    (or where the example does not fit it), they are nulls to fill in."""
    from ..queries import QUERIES
    from ..queries.base import param_names, render

    examples = _example_calls(kg) if kg is not None else {}
    favs = []
    for name, q in QUERIES.items():
        for part, template in q.cypher.items():
            recorded = examples.get(name, {}).get(part)
            present = set(recorded) if recorded is not None else None
            text = to_neo4j(render(template, "neo4j", present))
            used = sorted(param_names(text))
            params = {k: (recorded or {}).get(k) for k in used}
            title = f"conflictkg {name}: {part}"
            lines = [f"// {title}", f"// {q.help}"]
            if q.examples:
                lines.append(f"// CLI: {q.examples[0]}")
            if recorded is None and used:
                lines.append("// Set the parameters below before running (ids such as 'actor:jnim', ISO dates).")
            skipped = sorted(param_names(render(template, "neo4j")) - set(used))
            if skipped:
                lines.append(f"// Optional filters left out here: {', '.join('$' + s for s in skipped)}.")
            lines += [f":param {k} => {cypher_literal(v)};" for k, v in params.items()]
            lines.append(_pretty(text) + ";")
            favs.append(Favourite(name, part, title, "\n".join(lines) + "\n", params))
    return favs


def _pretty(text: str) -> str:
    """One clause per line, for reading in Browser (the texts are stored on one line)."""
    clauses = r"\b(OPTIONAL MATCH|MATCH|WHERE|WITH|RETURN|ORDER BY|UNWIND|UNION ALL|UNION|CALL|LIMIT|SKIP)\b"
    spans = _literal_spans(text)
    out, last = [], 0
    for m in re.finditer(clauses, text):
        if m.start() == 0 or any(a <= m.start() < b for a, b in spans):
            continue
        # OPTIONAL MATCH: do not split between OPTIONAL and MATCH
        if m.group(1) == "MATCH" and text[:m.start()].rstrip().endswith("OPTIONAL"):
            continue
        out.append(text[last:m.start()].rstrip())
        last = m.start()
    out.append(text[last:])
    return "\n".join(out)


def export_queries(output, kg=None) -> list:
    """Write ``output``.cypher, ``output``.json (Browser favourites: folders and favorites, as
    Browser stores them) and ``output``.zip (a folder of .cypher files, which Browser imports
    when the file is dropped on it). Returns the paths written."""
    import io
    import zipfile
    from pathlib import Path

    from .files import atomic_path, atomic_write_text

    favs = query_favourites(kg)
    base = Path(output)
    if base.suffix in (".cypher", ".json", ".zip"):
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    header = ("// conflictkg query library for Neo4j (generated by `conflictkg neo4j export-queries`).\n"
              "// Run each block in Neo4j Browser: the `:param` lines set its parameters.\n\n")
    cypher = base.with_suffix(".cypher")
    atomic_write_text(cypher, header + "\n".join(f.content for f in favs))
    folder = {"id": "conflictkg-queries", "name": "conflictkg"}
    data = {"folders": [folder],
            "favorites": [{"id": f"conflictkg-{f.query}-{f.part}", "name": f.title, "folder": folder["id"],
                           "content": f.content} for f in favs]}
    js = base.with_suffix(".json")
    atomic_write_text(js, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for f in favs:
            z.writestr(f"conflictkg/{f.query}-{f.part}.cypher", f.content)
    zp = base.with_suffix(".zip")
    with atomic_path(zp) as tmp:
        Path(tmp).write_bytes(buf.getvalue())
    return [cypher, js, zp]
