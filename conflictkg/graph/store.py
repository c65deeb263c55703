"""The statement store: an embedded, ACID database on disk (SQLite), one transaction per ingest.

Layout of a store directory (``./conflictkg.db`` by default)::

    statements.sqlite   statements and resolution judgements (the truth)
    graph.lbug          the property-graph projection (derived; ``rebuild`` recreates it)
    write.lock          held by the one process allowed to write

Writers take an exclusive file lock and wait at most ``CONFLICTKG_LOCK_TIMEOUT`` seconds for it,
then fail with a clear message; readers never block. The projection is built into a temporary
file and renamed over the old one only after the statements commit, so a failed ingest leaves
both the statements and the graph exactly as they were.
"""
from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ConflictKGError, StoreBusyError
from ..ontology.model import ONTOLOGY
from .statements import (FIELDS, I_CONFIDENCE, I_EVIDENCE, I_ID, I_LOADER, I_OBJECT, I_PREDICATE, I_RECORD,
                         I_SOURCE, I_SPAN_START, I_SUBJECT, I_VALID_FROM, I_VALID_UNTIL, I_VALUE, Statement,
                         validate)

# A statement is stored once: content-addressed ids are unique (INSERT OR IGNORE keeps the first).
ID_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS statements_id ON statements(id)"
SCHEMA = """
CREATE TABLE IF NOT EXISTS statements (
    -- not AUTOINCREMENT: that updates sqlite_sequence on every insert (a quarter of a bulk load's
    -- SQLite time); a plain rowid also grows with each insert, and a number is only reused after
    -- the newest rows are deleted, so insertion order still holds (stores made before keep theirs)
    seq INTEGER PRIMARY KEY,
    -- unique through the statements_id index (ID_INDEX), which a bulk load builds at its end;
    -- stores made before have a UNIQUE column constraint instead, kept through bulk loads
    id TEXT NOT NULL,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT,
    value TEXT,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    span_start INTEGER,
    span_end INTEGER,
    confidence TEXT,
    valid_from TEXT,
    valid_until TEXT,
    loader TEXT NOT NULL DEFAULT '',
    record TEXT,
    ingested TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_subject ON statements(subject);
-- (source, record) also serves lookups by source alone: a separate source index only slowed
-- every insert (stores made before keep theirs; it does no harm there)
CREATE INDEX IF NOT EXISTS statements_record ON statements(source, record);
CREATE TABLE IF NOT EXISTS judgements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    auto INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    retracted TEXT
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- who references an entity (its relationships' subjects, the ends of symmetric relationships):
-- what an incremental graph update re-projects when that entity changes (graph/incremental.py)
CREATE INDEX IF NOT EXISTS statements_object ON statements(object, predicate) WHERE object IS NOT NULL;
-- what each write transaction changed, by statement generation (meta 'generation'), until the
-- graph reflects it (meta 'graph_generation'): kind 's' a statement added or deleted, 'j+'/'j-'
-- a judgement added/retracted (subject holds its id), 'full' too much to list
CREATE TABLE IF NOT EXISTS graph_journal (gen INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT,
    predicate TEXT, object TEXT, source TEXT);
"""

# Statement changes a transaction journals one by one; past this many it journals 'full' (the
# graph is rebuilt whole then: a load this size re-projects a large part of it anyway).
JOURNAL_LIMIT = 100_000

# Temporary triggers of a write transaction's connection: every statement insert and delete and
# every judgement change lands in temp tables, whatever code path makes it (loaders delete
# replaced records themselves), and ``Transaction.before_commit`` journals them.
_CHANGE_TRIGGERS = f"""
CREATE TEMP TABLE IF NOT EXISTS changed_statements (subject TEXT, predicate TEXT, object TEXT, source TEXT);
CREATE TEMP TABLE IF NOT EXISTS changed_judgements (id INTEGER, kind TEXT);
CREATE TEMP TRIGGER IF NOT EXISTS journal_insert AFTER INSERT ON main.statements
    WHEN coalesce((SELECT max(rowid) FROM temp.changed_statements), 0) <= {JOURNAL_LIMIT}
    BEGIN INSERT INTO changed_statements VALUES (NEW.subject, NEW.predicate, NEW.object, NEW.source); END;
CREATE TEMP TRIGGER IF NOT EXISTS journal_delete AFTER DELETE ON main.statements
    WHEN coalesce((SELECT max(rowid) FROM temp.changed_statements), 0) <= {JOURNAL_LIMIT}
    BEGIN INSERT INTO changed_statements VALUES (OLD.subject, OLD.predicate, OLD.object, OLD.source); END;
CREATE TEMP TRIGGER IF NOT EXISTS journal_judgement AFTER INSERT ON main.judgements
    BEGIN INSERT INTO changed_judgements VALUES (NEW.id, 'j+'); END;
CREATE TEMP TRIGGER IF NOT EXISTS journal_retraction AFTER UPDATE OF retracted ON main.judgements
    BEGIN INSERT INTO changed_judgements VALUES (NEW.id, 'j-'); END;
"""

# Predicates whose value validate() checks (class names, vocabularies): part of the shape key.
_VALUE_CHECKED = frozenset(["class"] + [p.name for p in ONTOLOGY.properties.values() if p.vocabulary])
WRITE_CACHE_KB = 256 * 1024

# Python's sqlite3 binds None through its adaptation protocol: no adapter found, it looks up
# ``__adapt__`` and ``__conform__`` and swallows two AttributeErrors, per parameter. Statements
# carry half a dozen None fields each (object, span, confidence, validity...), which made binding
# cost more than SQLite's insert. A registered adapter is found first; it returns None, which
# binds NULL exactly as before (process-wide, and a no-op for every other sqlite3 user).
sqlite3.register_adapter(type(None), {}.get)

COLUMNS = (
    "id, subject, predicate, object, value, source, evidence, span_start, span_end, "
    "confidence, valid_from, valid_until, loader, record"
)
# the columns of a statement without span or validity, and the fields that fill them
_SHORT = (I_ID, I_SUBJECT, I_PREDICATE, I_OBJECT, I_VALUE, I_SOURCE, I_EVIDENCE, I_CONFIDENCE, I_LOADER, I_RECORD)
SHORT_COLUMNS = "id, subject, predicate, object, value, source, evidence, confidence, loader, record"
_short_row = itemgetter(*_SHORT)


@dataclass
class Judgement:
    id: int
    kind: str
    a: str
    b: str
    reason: str
    auto: bool
    created: str


@dataclass
class WriteResult:
    read: int = 0
    new: int = 0
    removed: int = 0


class _Insert:
    """``INSERT OR IGNORE`` of statements into some of the columns, several rows per SQL statement:
    SQLite's per-statement work (step, reset, halt) then counts once per ``ROWS`` rows (measured
    a fifth of the insert cost). Rows of one statement go in in order, as one at a time would."""

    ROWS = 32

    def __init__(self, con: sqlite3.Connection, columns: str, width: int, ts: str, row):
        self.con = con
        one = f"({', '.join('?' * width)}, '{ts}')"
        head = f"INSERT OR IGNORE INTO statements ({columns}, ingested) VALUES "
        self.one = head + one
        self.many = head + ", ".join([one] * self.ROWS)
        self.row = row  # statement -> plain tuple of the bound fields

    def write(self, statements: list) -> None:
        # plain tuples: sqlite3 reads a tuple subclass item by item through a slow generic slot
        rows = list(map(self.row, statements))
        k = self.ROWS
        whole = len(rows) - len(rows) % k
        if whole:
            self.con.executemany(self.many, (tuple(chain.from_iterable(rows[i:i + k])) for i in range(0, whole, k)))
        if whole < len(rows):
            self.con.executemany(self.one, rows[whole:])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def row_to_statement(row) -> Statement:
    """A statement from a row of ``SELECT {COLUMNS}`` (the statement's own field order)."""
    return Statement.from_row(row)


# What a store directory holds (with SQLite's -wal/-shm and the graph engine's .wal beside them, and
# the temporary files of a graph being rebuilt).
STORE_FILE_PREFIXES = ("statements.sqlite", "graph.lbug", "write.lock", ".projection-")


class Store:
    """A store directory. Open it with :func:`open_store`."""

    def __init__(self, path: Path, lock_timeout: float = 10.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.statements_path = self.path / "statements.sqlite"
        self.graph_path = self.path / "graph.lbug"

    # -- life cycle --------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return self.statements_path.exists()

    def _refuse_foreign_directory(self) -> None:
        """A new store goes into a new or empty directory: ``--db .`` or ``--db ~/reports`` would
        otherwise scatter the store's files among the user's own."""
        if self.path.exists() and not self.path.is_dir():  # said as such, not as mkdir's "File exists"
            raise ConflictKGError(f"{self.path} is a file, not a store directory: give --db a new or empty directory")
        if self.path.is_dir():
            others = sorted(p.name for p in self.path.iterdir() if not p.name.startswith(STORE_FILE_PREFIXES))
            if others:
                raise ConflictKGError(
                    f"{self.path} is not a conflictkg store and holds other files ({', '.join(others[:3])}"
                    f"{', ...' if len(others) > 3 else ''}): give --db a new or empty directory")

    def create(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise ConflictKGError(f"{self.path} exists and is not a conflictkg store directory")
        self.path.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.executescript(SCHEMA)
            if not con.execute("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'statements' "
                               "AND sql IS NULL").fetchone():  # no UNIQUE constraint: a new store
                con.execute(ID_INDEX)
            # a new store's graph reflects no statement yet: generation 0 is "nothing"
            con.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0')")

    def _connect(self, read_only: bool = False) -> sqlite3.Connection:
        con = sqlite3.connect(self.statements_path, timeout=self.lock_timeout, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            con.close()
            if not read_only or os.access(self.path, os.W_OK):
                raise
            # A store in a directory this user cannot write (a colleague's, a read-only mount):
            # WAL needs its -shm file beside the database, so it is read as an immutable file
            # instead. Nobody who could write it is reading it through this connection.
            uri = f"{self.statements_path.resolve().as_uri()}?mode=ro&immutable=1"
            return sqlite3.connect(uri, uri=True, isolation_level=None)
        con.execute("PRAGMA synchronous=NORMAL")
        return con

    def reader(self) -> sqlite3.Connection:
        if not self.exists:
            raise ConflictKGError(
                f"no store at {self.path}: run `conflictkg ingest` (or `conflictkg demo`) first, "
                "or point --db / CONFLICTKG_DB at an existing store"
            )
        return self._connect(read_only=True)

    def check_writable(self) -> None:
        """Fail with one clear line when this user cannot write the store, or create it."""
        target = self.path
        while not target.exists() and target.parent != target:
            target = target.parent
        if target != self.path:
            if not os.access(target, os.W_OK | os.X_OK):
                raise ConflictKGError(f"cannot create the store {self.path}: {target} is not writable "
                                      "(permission denied); choose another --db")
            return
        for p in (self.path, self.statements_path):
            if p.exists() and not os.access(p, os.W_OK):
                raise ConflictKGError(f"cannot write the store {self.path}: {p} is read-only (permission denied); "
                                      "queries and exports can still read it")

    @contextmanager
    def write_lock(self, timeout: float | None = None):
        """Exclusive writer lock, so two ingests never interleave (waits ``timeout`` seconds, by
        default the store's, then fails clearly)."""
        self.check_writable()
        if not self.exists:
            self._refuse_foreign_directory()
        self.path.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path / "write.lock", os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + (self.lock_timeout if timeout is None else timeout)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreBusyError(
                            f"another conflictkg process is writing to {self.path}; "
                            f"waited {self.lock_timeout:g} s (CONFLICTKG_LOCK_TIMEOUT). Try again when it is done."
                        ) from None
                    time.sleep(0.1)
            yield
        finally:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    @contextmanager
    def transaction(self):
        """One write transaction under the writer lock; rolled back on any exception."""
        with self.write_lock():
            if not self.exists:
                self.create()
            con = self._connect()
            try:
                # A bulk load touches index pages all over the id and subject indexes: with
                # SQLite's default 2 MB page cache each insert pays for page misses (measured
                # 3-4x slower at 100k rows). The cache grows only as pages are used.
                con.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
                # Sorts larger than the cache spill their sorted runs to temporary files: on disk,
                # not in this process's memory as with temp_store=MEMORY. Building the two indexes
                # again after a bulk load of 12.3M statements: peak 1,413 MB in memory, 539 MB on
                # disk, the same CPU (33-34 s). Must be set outside a transaction.
                con.execute("PRAGMA temp_store = FILE")
                # stores made before the journal get its table and the object index here, once;
                # the triggers after the pragma, which drops temporary tables and triggers
                con.executescript(SCHEMA)
                con.executescript(_CHANGE_TRIGGERS)
                con.execute("BEGIN IMMEDIATE")
                tx = Transaction(con)
                yield tx
                tx.before_commit()
                con.execute("COMMIT")
                tx.after_commit()
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                tx_cleanup = locals().get("tx")
                if tx_cleanup is not None:
                    tx_cleanup.abort()
                raise
            finally:
                con.close()

    # -- reading -----------------------------------------------------------------------------
    def statements(self, where: str = "", params: tuple = (), order: str = "seq") -> Iterator[Statement]:
        """Statements in insertion order. ``order="+seq"`` keeps that order but lets SQLite use an
        index for ``where`` and sort the few rows found (plain ``seq`` makes it scan the table in
        rowid order to avoid the sort)."""
        with self.reader() as con:
            cur = con.execute(f"SELECT {COLUMNS} FROM statements {where} ORDER BY {order}", params)
            for row in cur:
                yield row_to_statement(row)

    def count(self) -> int:
        with self.reader() as con:
            return con.execute("SELECT count(*) FROM statements").fetchone()[0]

    def counts_by(self, column: str) -> list[tuple[str, int]]:
        if column not in ("predicate", "loader", "source"):
            raise ValueError(column)
        with self.reader() as con:
            return con.execute(
                f"SELECT {column}, count(*) FROM statements GROUP BY {column} ORDER BY count(*) DESC"
            ).fetchall()

    def judgements(self, include_retracted: bool = False) -> list[Judgement]:
        if not self.exists:
            return []
        with self.reader() as con:
            sql = "SELECT id, kind, a, b, reason, auto, created FROM judgements"
            if not include_retracted:
                sql += " WHERE retracted IS NULL"
            return [Judgement(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in con.execute(sql + " ORDER BY id")]

    def get_meta(self, key: str) -> str | None:
        if not self.exists:
            return None
        with self.reader() as con:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None

    def generations(self, con: sqlite3.Connection | None = None) -> tuple[int | None, int | None]:
        """(statement generation, generation the graph reflects); None where not recorded (a
        store made before either was kept)."""
        def read(c):
            got = dict(c.execute("SELECT key, value FROM meta WHERE key IN ('generation', 'graph_generation')"))
            return tuple(int(got[k]) if got.get(k) is not None else None for k in ("generation", "graph_generation"))

        if con is not None:
            return read(con)
        if not self.exists:
            return None, None
        with self.reader() as c:
            return read(c)


class Transaction:
    """Writes inside one SQLite transaction. Hooks let the projection be swapped in after commit."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self._valid: set = set()
        self._before: list = []
        self._after: list = []
        self._abort: list = []
        self.journal_full = False  # set by a load that journals nothing one by one (bulk)
        self.bulk_duplicates = 0  # rows a bulk load inserted twice and removed at its end

    def add(self, statements: Iterable[Statement], batch: int = 20000) -> WriteResult:
        """Insert statements (validated); duplicates by content id are ignored."""
        res = WriteResult()
        con = self.con
        # One timestamp per call, a literal of our own making. Statements without span or
        # validity (every dataset row's) go through an INSERT that leaves those four columns
        # NULL by default instead of binding four Nones each (binding None costs more than
        # binding text); runs of each kind are written in statement order.
        ts = _now()
        full = _Insert(con, COLUMNS, 14, ts, tuple)
        short = _Insert(con, SHORT_COLUMNS, len(_SHORT), ts, _short_row)
        buf: list = []
        append = buf.append
        is_short = True  # the kind of the run in buf
        before = con.total_changes
        self._journal_mark = self._journalled()
        valid = self._valid
        checked = _VALUE_CHECKED
        n = 0
        for st in statements:
            if type(st) is not Statement:
                st = Statement(**{f: getattr(st, f) for f in FIELDS})
            # validate() depends only on this shape: check each shape once, not every statement
            pred = st[I_PREDICATE]
            value = st[I_VALUE]
            shape = (pred, st[I_CONFIDENCE], st[I_OBJECT] is None,
                     value if pred in checked else value is None, not st[I_SOURCE])
            if shape not in valid:
                validate(st)
                valid.add(shape)
            kind = st[I_SPAN_START] is None and st[I_VALID_FROM] is None and st[I_VALID_UNTIL] is None
            if kind is not is_short or len(buf) >= batch:
                if buf:
                    n += len(buf)
                    (short if is_short else full).write(buf)
                    buf.clear()
                is_short = kind
            append(st)
        if buf:
            n += len(buf)
            (short if is_short else full).write(buf)
        res.read = n
        res.new = self._own_changes(before)
        return res

    def _journalled(self) -> int:
        try:
            return self.con.execute("SELECT coalesce(max(rowid), 0) FROM temp.changed_statements").fetchone()[0]
        except sqlite3.OperationalError:  # a Transaction on a connection of its caller's: no journal
            return 0

    def _own_changes(self, before: int, journalled_before: int | None = None) -> int:
        """Rows changed since ``total_changes`` was ``before``, without the journal triggers' own
        inserts (which SQLite counts too): each trigger row has the next rowid of its table."""
        changed = self.con.total_changes - before
        return changed - (self._journalled() - (self._journal_mark if journalled_before is None else journalled_before))

    @contextmanager
    def bulk(self, expected: int):
        """Around a load of about ``expected`` statements: when that is more than the store holds,
        the indexes (by subject, by source and record, and in stores made since the id index
        became one of its own, the unique id index) are dropped and built again at the end, one
        sort instead of a B-tree insert per row and index (random SHA-1 ids miss the page cache
        once the index outgrows it: 5M rows 52 -> 26 CPU s). Statements stored twice inside the
        block are then removed, the first kept, as ``INSERT OR IGNORE`` would have; their number
        is in ``bulk_duplicates`` (``add`` counted them as new). Yields whether it did; inside the
        transaction, so a failed load restores them with everything else. Nothing may query
        statements by id, subject or record inside the block (it would scan the table)."""
        con = self.con
        self.bulk_duplicates = 0
        held = con.execute("SELECT max(seq) FROM statements").fetchone()[0] or 0
        if expected <= held:
            yield False
            return
        indexes = con.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                              "AND tbl_name = 'statements' AND sql IS NOT NULL ORDER BY name").fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        # a load larger than the store: the graph is rebuilt whole after it, journalling each
        # statement would only slow the load
        self.journal_full = True
        con.execute("DROP TRIGGER IF EXISTS temp.journal_insert")
        con.execute("DROP TRIGGER IF EXISTS temp.journal_delete")
        yield True
        for name, sql in indexes:
            if name == "statements_id":
                try:
                    con.execute(sql)
                    continue
                except sqlite3.IntegrityError:
                    self.bulk_duplicates += self._remove_duplicates()
            con.execute(sql)

    def _remove_duplicates(self) -> int:
        """Delete every statement row whose id an earlier row (lower seq) has."""
        cur = self.con.execute(
            "DELETE FROM statements WHERE seq IN (SELECT s.seq FROM statements s JOIN "
            "(SELECT id, min(seq) AS first FROM statements GROUP BY id HAVING count(*) > 1) d "
            "ON s.id = d.id AND s.seq > d.first)")
        return cur.rowcount

    def retract_records(self, source: str, records: Iterable[str]) -> int:
        """Delete the statements of these dataset records (before a newer version replaces them)."""
        before, mark = self.con.total_changes, self._journalled()
        self.con.executemany(
            "DELETE FROM statements WHERE source = ? AND record = ?", ((source, r) for r in records)
        )
        return self._own_changes(before, mark)

    def records_of(self, source: str) -> set[str]:
        return {r[0] for r in self.con.execute(
            "SELECT DISTINCT record FROM statements WHERE source = ? AND record IS NOT NULL", (source,)
        )}

    def add_judgement(self, kind: str, a: str, b: str, reason: str = "", auto: bool = False) -> int:
        cur = self.con.execute(
            "INSERT INTO judgements (kind, a, b, reason, auto, created) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, a, b, reason, int(auto), _now()),
        )
        return cur.lastrowid

    def retract_judgement(self, jid: int) -> bool:
        cur = self.con.execute(
            "UPDATE judgements SET retracted = ? WHERE id = ? AND retracted IS NULL", (_now(), jid)
        )
        return cur.rowcount > 0

    def set_meta(self, key: str, value) -> None:
        self.con.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value if isinstance(value, str) else json.dumps(value)),
        )

    def statements(self, where: str = "", params: tuple = (), order: str = "seq") -> Iterator[Statement]:
        for row in self.con.execute(f"SELECT {COLUMNS} FROM statements {where} ORDER BY {order}", params):
            yield row_to_statement(row)

    def judgements(self) -> list[Judgement]:
        return [Judgement(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in self.con.execute(
            "SELECT id, kind, a, b, reason, auto, created FROM judgements WHERE retracted IS NULL ORDER BY id"
        )]

    def on_before_commit(self, fn) -> None:
        self._before.append(fn)

    def on_after_commit(self, fn) -> None:
        self._after.append(fn)

    def on_abort(self, fn) -> None:
        self._abort.append(fn)

    def before_commit(self) -> None:
        for fn in self._before:
            fn()
        self._journal()

    def _journal(self) -> None:
        """Journal what this transaction changed under the next statement generation (nothing,
        and no new generation, when it changed no statement and no judgement)."""
        con = self.con
        n = con.execute("SELECT coalesce(max(rowid), 0) FROM temp.changed_statements").fetchone()[0]
        j = con.execute("SELECT count(*) FROM temp.changed_judgements").fetchone()[0]
        if not (n or j or self.journal_full):
            return
        gen = int((con.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone() or ("0",))[0]) + 1
        if self.journal_full or n > JOURNAL_LIMIT:
            con.execute("INSERT INTO graph_journal (gen, kind) VALUES (?, 'full')", (gen,))
        else:
            con.execute("INSERT INTO graph_journal (gen, kind, subject, predicate, object, source) "
                        "SELECT DISTINCT ?, 's', subject, predicate, object, source FROM temp.changed_statements",
                        (gen,))
            con.execute("INSERT INTO graph_journal (gen, kind, subject) "
                        "SELECT DISTINCT ?, kind, id FROM temp.changed_judgements", (gen,))
        self.set_meta("generation", str(gen))

    def after_commit(self) -> None:
        for fn in self._after:
            fn()

    def abort(self) -> None:
        for fn in self._abort:
            try:
                fn()
            except Exception:
                pass


def open_store(path, lock_timeout: float = 10.0) -> Store:
    return Store(Path(path), lock_timeout=lock_timeout)
