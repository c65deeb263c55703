"""Bringing the graph projection up to date after a write: incrementally when the change is small.

Every write transaction journals what it changed (``graph_journal``, see ``store.py``) under a new
statement generation; the store's meta records the generation the graph file reflects. To catch
up, the entities the journalled changes can affect are re-projected with the full build's own
code (:class:`projection._Builder`), and in a copy of the graph file each one's node, outgoing
relationships and Claims are replaced; the copy is then renamed over the graph and the meta
updated. A failure leaves the old graph and the journal as they were, and the next write or open
catches up again (re-applying changes the graph already holds is harmless: entities are
re-projected from the statements, not patched).

The affected set, for statements added or deleted and judgements added or retracted since the
graph's generation:

* the subject, object and source of each changed statement, and their canonical ids before and
  after the judgement changes (a symmetric relationship belongs to its smaller end: one of these);
* every id whose canonical id changed (merges, event fusion, splits, undo), both canonical ids,
  and the entities whose statements name such an id as object (their relationships move);
* entities whose node changes label or disappears: their incoming relationships go with the old
  node, so the entities whose statements reference them (as object, or as source of the Claims)
  are re-projected too, until nothing new is found.

Nodes that keep their label are updated in place (``SET``), so relationships into them from
entities outside the set stay. Where the set grows past ``max(MIN_LIMIT, SHARE_LIMIT)`` of the
graph's entities (a merge of an actor named by thousands of events) or the journal does not list
the changes one by one (a bulk load), the graph is rebuilt whole instead: the re-projection reads
each affected entity through the store's indexes, which costs more per entity than the full
build's single ordered scan.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from ..ontology.generate import LBUG_DATE_COLUMNS
from ..ontology.model import ONTOLOGY
from . import projection as P
from .resolver import canonical_map
from .engine import Engine
from .store import Judgement, Transaction

log = logging.getLogger(__name__)

MIN_LIMIT = 2000
SHARE_LIMIT = 0.02
ENTITY_LABELS = tuple(label for label in ONTOLOGY.labels if label not in ("Claim", P.MONTH))
CHUNK = 500  # ids per SQL IN (...) list, under SQLite's parameter limit


class FullRebuildNeeded(Exception):
    """The change cannot be applied incrementally; the message says why."""


def _chunks(items, n=CHUNK):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def effective(canon: dict, subj: str, pred: str, obj: str | None) -> str:
    """The entity whose group holds a statement (as ``_Builder.effective``, from its fields)."""
    s = canon.get(subj, subj)
    if obj is None:
        return s
    o = canon.get(obj, obj)
    return o if (o < s and pred in P.SYMMETRIC) else s


def journal_since(con, ggen: int, gen: int) -> list[tuple]:
    """The journal rows of generations (ggen, gen]; raises :class:`FullRebuildNeeded` when one is
    missing or says 'full'."""
    rows = con.execute("SELECT gen, kind, subject, predicate, object, source FROM graph_journal "
                       "WHERE gen > ? AND gen <= ?", (ggen, gen)).fetchall()
    if any(r[1] == "full" for r in rows):
        raise FullRebuildNeeded("a load too large to journal statement by statement")
    if {r[0] for r in rows} != set(range(ggen + 1, gen + 1)):
        raise FullRebuildNeeded(f"the journal does not cover generations {ggen + 1}..{gen}")
    return rows


def _canon_before(con, journal) -> dict:
    """The canonical map under the judgements active at the graph's generation: those active now,
    minus those added since, plus those retracted since."""
    added = {int(r[2]) for r in journal if r[1] == "j+"}
    retracted = {int(r[2]) for r in journal if r[1] == "j-"}
    js = [Judgement(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in con.execute(
        "SELECT id, kind, a, b, reason, auto, created, retracted FROM judgements ORDER BY id")
        if r[0] not in added and (r[7] is None or r[0] in retracted)]
    return canonical_map(js)


class _Update:
    """One catch-up of a copy of the graph (engine connection ``ecn``) with the store read
    through ``con``."""

    def __init__(self, con, journal, ecn):
        self.con = con
        self.ecn = ecn
        self.canon = canonical_map(Transaction(con).judgements())
        changed_judgements = any(r[1] in ("j+", "j-") for r in journal)
        self.canon_old = _canon_before(con, journal) if changed_judgements else self.canon
        self.merged = P.members_of(self.canon)
        self.limit = max(MIN_LIMIT, int(SHARE_LIMIT * self._entity_count()))
        self.affected: set[str] = set()
        self.named: set[str] = set()  # ids whose node exists only if named (objects, sources)
        self.projected: set[str] = set()
        self.recited: set[str] = set()  # source nodes made again: every Claim citing them too
        self.old_labels: dict[str, str] = {}
        self.seed(journal)

    # -- the affected set ------------------------------------------------------------------------
    def _entity_count(self) -> int:
        return sum(self.ecn.execute(f"MATCH (n:{label}) RETURN count(n)").get_next()[0] for label in ENTITY_LABELS)

    def add(self, ids) -> None:
        self.affected.update(i for i in ids if i)
        if len(self.affected) > self.limit:
            raise FullRebuildNeeded(f"more than {self.limit} entities affected")

    def seed(self, journal) -> None:
        cn, co = self.canon, self.canon_old
        for _, kind, subj, pred, obj, src in journal:
            if kind != "s":
                continue
            # the group that holds the statement, before and after
            self.add((effective(cn, subj, pred, obj), effective(co, subj, pred, obj)))
            # the other ids it names: their node may appear or go (see project)
            self.named.update((subj, src, cn.get(subj, subj), co.get(subj, subj)))
            if obj is not None:
                self.named.update((obj, cn.get(obj, obj), co.get(obj, obj)))
        moved = {x for x in set(cn) | set(co) if cn.get(x, x) != co.get(x, x)}
        for x in moved:
            self.add((x, cn.get(x, x), co.get(x, x)))
        # statements naming a moved id: a relationship to it now points elsewhere, and a symmetric
        # one may now belong to its other end
        self.add_referencers(moved, both=True)
        self.add_referencers(moved, both=True, column="subject")

    def add_referencers(self, ids, both: bool = False, column: str = "object") -> None:
        """Add the entities whose statements name one of ``ids`` as ``column`` (object, subject or
        source); ``both``: under the canonical ids before the judgement changes too."""
        for chunk in _chunks(ids):
            cur = self.con.execute(f"SELECT subject, predicate, object FROM statements "
                                   f"WHERE {column} IN ({_marks(len(chunk))})", chunk)
            while True:
                rows = cur.fetchmany(5000)
                if not rows:
                    break
                found = {effective(self.canon, s, p, o) for s, p, o in rows}
                if both:
                    found |= {effective(self.canon_old, s, p, o) for s, p, o in rows}
                self.add(found)

    # -- projecting ------------------------------------------------------------------------------
    def rows_of(self, ids: set[str]) -> dict[str, list]:
        """The group rows (projection row tuples) of each id, in statement order."""
        members = {m for i in ids for m in [i] + self.merged.get(i, [])}
        sym = _marks(len(P.SYMMETRIC))
        found: dict[int, tuple] = {}
        for chunk in _chunks(members):
            marks = _marks(len(chunk))
            for r in self.con.execute(f"SELECT {P.ROW_COLUMNS} FROM statements WHERE subject IN ({marks})", chunk):
                found[r[P.SEQ]] = r
            for r in self.con.execute(f"SELECT {P.ROW_COLUMNS} FROM statements WHERE object IN ({marks}) "
                                      f"AND predicate IN ({sym})", chunk + list(P.SYMMETRIC)):
                found[r[P.SEQ]] = r
        groups: dict[str, list] = defaultdict(list)
        for seq in sorted(found):
            r = found[seq]
            e = effective(self.canon, r[P.SUBJ], r[P.PRED], r[P.OBJ])
            if e in ids:
                groups[e].append(r)
        return groups

    def referenced(self, e: str) -> bool:
        """Whether the full build would give ``e`` a node of its own without a group: named as
        the source of a statement, or as the object of a relationship from another entity."""
        con = self.con
        if con.execute("SELECT 1 FROM statements WHERE source = ? LIMIT 1", (e,)).fetchone():
            return True
        if self.canon.get(e, e) != e:
            return False  # relationships name the canonical id of a merged one
        members = [e] + self.merged.get(e, [])
        marks = _marks(len(members))
        # (a statement whose subject merges into e names it in a self-loop: not a reference)
        for s, in con.execute(f"SELECT subject FROM statements WHERE object IN ({marks})", members):
            if self.canon.get(s, s) != e:
                return True
        # e's own symmetric statements, grouped under their smaller other end
        sym = _marks(len(P.SYMMETRIC))
        for o, in con.execute(f"SELECT object FROM statements WHERE subject IN ({marks}) AND predicate IN ({sym})",
                              members + list(P.SYMMETRIC)):
            if self.canon.get(o, o) != e:
                return True
        return False

    def has_group(self, e: str) -> bool:
        """Whether some statement is projected in e's own group (a property, or a relationship
        that is not a self-loop of merged ids)."""
        members = [e] + self.merged.get(e, [])
        marks = _marks(len(members))
        sym = _marks(len(P.SYMMETRIC))
        canon = self.canon
        for sql, args in ((f"SELECT subject, predicate, object FROM statements WHERE subject IN ({marks})", members),
                          (f"SELECT subject, predicate, object FROM statements WHERE object IN ({marks}) "
                           f"AND predicate IN ({sym})", members + list(P.SYMMETRIC))):
            for s, p, o in self.con.execute(sql, args):
                if effective(canon, s, p, o) == e and (o is None or canon.get(s, s) != canon.get(o, o)):
                    return True
        return False

    def lookup_old_labels(self, ids) -> None:
        ids = [i for i in ids if i not in self.old_labels]
        for i in ids:
            self.old_labels[i] = None
        for label in ENTITY_LABELS:
            for chunk in _chunks(ids):
                res = self.ecn.execute(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", {"ids": chunk})
                while res.has_next():
                    self.old_labels[res.get_next()[0]] = label

    def project(self, sink) -> tuple[dict, list[str]]:
        """Project every affected entity into ``sink``, widening the set where nodes change label
        or vanish; returns (id -> new label or None, dropped)."""
        b = P._Builder(self.canon, P.class_reader(self.con, self.merged), sink)
        new_labels: dict[str, str | None] = {}
        checked: set[str] = set()
        while True:
            # An id a changed statement names as object or source, or whose statements left its
            # group for a merged one: its own group did not change, so neither did its node when
            # it has a group (an actor that a new report names); without one it has a bare node
            # while it is named, and that may have appeared, gone or changed label.
            for x in sorted(self.named - self.affected - checked):
                checked.add(x)
                if self.canon.get(x, x) == x and self.has_group(x):
                    continue
                self.lookup_old_labels([x])
                new = b.label(x) if self.referenced(x) else None
                if new != self.old_labels[x]:
                    self.add([x])
            todo = self.affected - self.projected
            if not todo:
                break
            self.projected |= todo
            groups = self.rows_of(todo)
            for e in sorted(groups):
                b.group(e, groups[e], remember_label=True)
            self.lookup_old_labels(todo)
            moved, cited = [], []
            for e in sorted(todo):
                if e in b.emitted:
                    new = b.labels[e]
                elif self.referenced(e):
                    new = b.label(e)
                    b.emitted.add(e)
                    sink.node(new, P._node_row(P._Node(e), new))
                else:
                    new = None
                new_labels[e] = new
                old = self.old_labels[e]
                if old is not None and old != new:
                    # the old node goes, and with it the relationships into it and the STATED_IN
                    # of the Claims citing it: their entities are projected again
                    moved.append(e)
                    if old == "Source":
                        cited.append(e)
            if moved:
                self.add_referencers({m for e in moved for m in [e] + self.merged.get(e, [])})
                self.add_referencers(cited, column="source")
                self.recited.update(cited)
        return new_labels, b.dropped

    # -- writing ---------------------------------------------------------------------------------
    def write(self, new_labels: dict, tables: list) -> None:
        """Replace the projected entities' nodes, outgoing relationships and Claims in the engine.

        Only what differs is written: a relationship or Claim the new projection gives exactly as
        the graph holds it stays (deleting a Claim rewrites the adjacency of the source it is
        STATED_IN, a dataset's source node has one per row: 0.5-1 s per actor at 100k rows)."""
        ecn = self.ecn
        # one query per entity: the engine plans an UNWIND of ids followed by a relationship
        # pattern as a scan of the whole relationship table (1.5 s for 10 events at 100k rows),
        # a single id as an index lookup (1 ms)
        old_rels: dict[tuple, tuple] = {}    # (type, from, to) -> (to label, properties)
        old_claims: dict[str, dict] = {}     # claim id -> properties
        for e in sorted(self.projected):
            label = self.old_labels[e]
            if label is None:
                continue
            if new_labels[e] != label:  # the node goes (or moves table) with everything on it
                ecn.execute(f"MATCH (n:{label} {{id: $id}})<-[:ABOUT]-(c:Claim) DETACH DELETE c", {"id": e})
                ecn.execute(f"MATCH (n:{label} {{id: $id}}) DETACH DELETE n", {"id": e})
                continue
            res = Engine._read(ecn.execute(
                f"MATCH (n:{label} {{id: $id}})-[r]->(m) RETURN label(r), label(m), m.id, r", {"id": e}))
            for t, tl, to, r in res.rows:
                old_rels[(t, e, to)] = (tl, _props(r))
            res = Engine._read(ecn.execute(f"MATCH (n:{label} {{id: $id}})<-[:ABOUT]-(c:Claim) RETURN c", {"id": e}))
            for c, in res.rows:
                c = _props(c)
                old_claims[c["id"]] = c
        self.keep_rels: set[tuple] = set()
        self.keep_claims: set[str] = set()
        new_tables = []
        for kind, key, file in tables:
            table = _read(file)
            if kind == "rel" and key[0] not in ("STATED_IN", "ABOUT"):
                t, _, tl = key
                for row in table.to_pylist():
                    k = (t, row.pop("from"), row.pop("to"))
                    if old_rels.get(k) == (tl, row):
                        self.keep_rels.add(k)
            elif kind == "node" and key == "Claim":
                for row in table.to_pylist():
                    old = old_claims.get(row["id"])
                    # a Claim citing a source node made again lost its STATED_IN with the old node
                    if old == row and row["source"] not in self.recited:
                        self.keep_claims.add(row["id"])
            new_tables.append((kind, key, table))
        for (t, e, to), (tl, _) in old_rels.items():
            if (t, e, to) not in self.keep_rels:
                ecn.execute(f"MATCH (n:{self.old_labels[e]} {{id: $a}})-[r:{t}]->(m:{tl} {{id: $b}}) DELETE r",
                            {"a": e, "b": to})
        for cid in sorted(set(old_claims) - self.keep_claims):
            ecn.execute("MATCH (c:Claim {id: $id}) DETACH DELETE c", {"id": cid})
        for kind, key, table in new_tables:
            if kind == "node":
                self._write_nodes(key, table)
            else:
                self._write_rels(key, table)
        # a bucket no event is in any more goes, as a full rebuild would not make it
        ecn.execute(f"MATCH (m:{P.MONTH}) WHERE NOT EXISTS {{ MATCH (m)<-[:{P.IN_MONTH[0]}]-(:Event) }} DELETE m")

    def _write_nodes(self, label: str, table) -> None:
        """Nodes whose label stays are updated in place (relationships into them stay); the
        others are created."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if label == "Claim":
            table = _without(table, "id", self.keep_claims)
            keep = []
        elif label == P.MONTH:
            # the buckets of the re-projected events: made only where missing (other events share them)
            have = {r[0] for r in Engine._read(self.ecn.execute(f"MATCH (m:{P.MONTH}) RETURN m.id")).rows}
            table = _without(table, "id", have)
            keep = []
        else:
            keep = [e for e in table["id"].to_pylist() if self.old_labels.get(e) == label]
        mask = pc.is_in(table["id"], value_set=pa.array(keep, pa.string()))
        staying, table = table.filter(mask), table.filter(pc.invert(mask))
        dates = LBUG_DATE_COLUMNS.get(label, ())
        if staying.num_rows:
            sets = ", ".join(f"n.`{n}` = c{i}" for i, n in enumerate(staying.column_names) if n != "id")
            self._load(staying, dates, f"MATCH (n:{label} {{id: c0}}) SET {sets}")
        if table.num_rows:
            props = ", ".join(f"`{n}`: c{i}" for i, n in enumerate(table.column_names))
            self._load(table, dates, f"CREATE (:{label} {{{props}}})")

    def _write_rels(self, key, table) -> None:
        import pyarrow as pa

        t, fl, tl = key
        if t in ("STATED_IN", "ABOUT"):  # a Claim's: kept with the Claim
            table = _without(table, "from", self.keep_claims)
        elif self.keep_rels:
            keys = zip(table["from"].to_pylist(), table["to"].to_pylist())
            table = table.filter(pa.array([(t, a, b) not in self.keep_rels for a, b in keys], pa.bool_()))
        if not table.num_rows:
            return
        names = table.column_names  # from, to, then the relationship's properties
        props = ", ".join(f"`{n}`: c{i}" for i, n in enumerate(names) if i >= 2)
        # two MATCH clauses: one pattern of both ends is planned as a join of whole tables
        self._load(table, (), f"MATCH (a:{fl} {{id: c0}}) MATCH (b:{tl} {{id: c1}}) CREATE (a)-[:{t} {{{props}}}]->(b)")

    def _load(self, table, dates, clause: str) -> None:
        """Run ``LOAD FROM`` the table (columns renamed c0, c1... in order, the engine's DATE
        columns typed as dates) followed by ``clause``: the values go in as typed columns, never
        as text in the query. (A COPY costs 0.1-0.4 s whatever its size, too much per table for
        a few rows.)"""
        import pyarrow as pa

        cols = [table[n].cast(pa.date32()) if n in dates else table[n] for n in table.column_names]
        _load_table = pa.Table.from_arrays(cols, names=[f"c{i}" for i in range(len(cols))])  # noqa: F841 - read by LOAD FROM
        self.ecn.execute(f"LOAD FROM _load_table {clause}")


def _read(file: Path):
    import pyarrow.parquet as pq

    return pq.read_table(str(file))


def _props(value: dict) -> dict:
    """A node's or relationship's properties as the engine returns them, without its markers."""
    return {k: v for k, v in value.items() if not k.startswith("_")}


def _without(table, column: str, ids: set):
    """The rows of ``table`` whose ``column`` is not in ``ids``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not ids:
        return table
    return table.filter(pc.invert(pc.is_in(table[column], value_set=pa.array(sorted(ids), pa.string()))))


def update(store, con, gen: int, ggen: int) -> tuple[dict, list[str]]:
    """Bring the graph from generation ``ggen`` to ``gen`` in a copy of its file, renamed into
    place; returns (counts, dropped of the re-projected entities). Raises
    :class:`FullRebuildNeeded` (leaving everything as it was) when it should be rebuilt whole."""
    import ladybug

    journal = journal_since(con, ggen, gen)
    final = Path(store.graph_path)
    tmp = Path(str(final) + f".inc-{os.getpid()}")
    spill = Path(tempfile.mkdtemp(prefix=".increment-", dir=str(store.path)))
    try:
        shutil.copyfile(final, tmp)
        db = ladybug.Database(str(tmp))
        ecn = ladybug.Connection(db)
        try:
            u = _Update(con, journal, ecn)
            sink = P.SpillSink(spill)
            new_labels, dropped = u.project(sink)
            tables = sink.close()
            # one engine transaction: one commit for every write, not one each
            ecn.execute("BEGIN TRANSACTION")
            u.write(new_labels, tables)
            ecn.execute("COMMIT")
            counts = graph_counts(ecn)
        finally:
            ecn.close()
            db.close()
        P.swap_in(tmp, final)
        log.info("graph updated incrementally: %d entities re-projected", len(u.projected))
        return counts, dropped
    finally:
        for p in (tmp, Path(str(tmp) + ".wal")):
            if p.exists():
                p.unlink()
        shutil.rmtree(spill, ignore_errors=True)


def graph_counts(ecn) -> dict[str, int]:
    """Rows per node label and relationship type, as ``SpillSink.counts`` gives them."""
    out = {}
    for label in ONTOLOGY.labels:
        n = ecn.execute(f"MATCH (n:{label}) RETURN count(n)").get_next()[0]
        if n:
            out[label] = n
    for r in ONTOLOGY.relationships.values():
        n = ecn.execute(f"MATCH ()-[r:{r.name}]->() RETURN count(r)").get_next()[0]
        if n:
            out[r.name] = n
    return out


def schema_id() -> str:
    """A digest of the embedded graph's tables (generate.store_schema): a graph file made with other
    tables (one from before the Month buckets) is rebuilt whole, not updated."""
    import hashlib

    from ..ontology.generate import store_schema

    return hashlib.sha1(";".join(store_schema()).encode()).hexdigest()[:16]


def graph_is_current_schema(store) -> bool:
    return store.get_meta("graph_schema") == schema_id()


def mark_schema(store) -> None:
    """Record that the graph file has the tables of this version (after a full rebuild)."""
    con = store._connect()
    try:
        con.execute("INSERT INTO meta (key, value) VALUES ('graph_schema', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (schema_id(),))
        con.commit()
    finally:
        con.close()


def mark_current(store, gen: int) -> None:
    """Record that the graph reflects generation ``gen`` and forget the journal up to it (after
    the graph file was renamed into place: a crash between the two leaves an older generation
    recorded, and the next catch-up re-applies changes the graph already holds)."""
    con = store._connect()
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO meta (key, value) VALUES ('graph_generation', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(gen),))
        con.execute("DELETE FROM graph_journal WHERE gen <= ?", (gen,))
        con.execute("COMMIT")
    finally:
        con.close()
