"""The in-memory projection, the store-backed streaming projection and the engine built from
Parquet spills give the same graph as the original projection (kept as an oracle)."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from conflictkg.graph import projection as P
from conflictkg.graph.statements import Statement
from conflictkg.graph.store import Judgement, Store
from conflictkg.loaders import pack as pack_loader
from conflictkg.ontology.model import ONTOLOGY

sys.path.insert(0, str(Path(__file__).parent))
from projection_reference import reference_project  # noqa: E402

MINIPACK = Path(__file__).resolve().parents[1] / "fixtures" / "minipack"


def _norm(proj):
    nodes = {k: sorted(json.dumps(r, sort_keys=True) for r in rows) for k, rows in proj.nodes.items() if rows}
    rels = {k: sorted(json.dumps(r, sort_keys=True) for r in rows) for k, rows in proj.rels.items() if rows}
    return nodes, rels, sorted(proj.dropped)


def _pack_statements():
    return list(pack_loader.load(MINIPACK, None))


def _tricky_statements(seed: int = 7, events: int = 60):
    """Events with disputes, merges, symmetric links both ways, a merged self-link, a link the
    schema refuses, an object without any statement of its own, aliases and curated values."""
    rng = random.Random(seed)
    S = Statement
    out = [
        S("source:r1", "class", "source:r1", value="Report", loader="report"),
        S("source:r1", "name", "source:r1", value="A report", loader="report"),
        S("actor:x", "class", "source:pack", value="ArmedGroup", loader="pack"),
        S("actor:x", "name", "source:pack", value="X", loader="pack"),
        S("actor:x", "class", "source:r1", value="Militia", loader="report"),
        S("actor:x", "class", "source:r2", value="Militia", loader="report"),
        S("actor:x2", "name", "source:r1", value="X bis", loader="report"),
        S("actor:x2", "alias", "source:r1", value="Ex", loader="report"),
        S("actor:y", "name", "source:r1", value="Y", loader="report"),
        S("actor:y", "ALLIED_WITH", "source:r1", object="actor:x", confidence="probable", evidence="y with x"),
        S("actor:x", "ALLIED_WITH", "source:r2", object="actor:y", confidence="claimed", evidence="x with y",
          valid_from="2019"),
        S("actor:x2", "RIVAL_OF", "source:r1", object="actor:y", confidence="attributed", evidence="rivals",
          valid_from="2018", valid_until="2020"),
        S("actor:x2", "PART_OF", "source:r1", object="actor:x", confidence="possible", evidence="merged self"),
        S("actor:y", "OPERATES_IN", "source:r1", object="place:nowhere", confidence="attributed", evidence="in"),
        S("actor:y", "OCCURRED_AT", "source:r1", object="place:nowhere", evidence="refused by the schema"),
        S("place:nowhere", "class", "source:r1", value="Settlement"),
    ]
    for i in range(events):
        e = f"event:2020-01-{i % 28 + 1:02d}-attack-p{i}"
        for src in rng.sample(["source:r1", "source:r2", "source:acled"], rng.randint(1, 3)):
            out += [
                S(e, "class", src, value=rng.choice(["Attack", "Clash"]), loader="acled" if "acled" in src else "report"),
                S(e, "date", src, value=f"2020-01-{i % 28 + rng.randint(1, 2):02d}", evidence=f"row {i}"),
                S(e, "fatalities_min", src, value=str(rng.randint(0, 30)), evidence=f"killed {i}"),
                S(e, "fatalities_max", src, value=str(rng.randint(30, 40))),
                S(e, "ATTRIBUTED_TO", src, object=rng.choice(["actor:x", "actor:x2", "actor:y", "actor:ghost"]),
                  confidence=rng.choice(["claimed", "attributed", "possible", "denied"]), evidence=f"did {i}  \n twice"),
                S(e, "OCCURRED_AT", src, object="place:nowhere", confidence="attributed", evidence="x" * 400),
            ]
            if src == "source:acled":  # dataset rows: the relationship keeps the row reference, the Claim the notes
                notes = f"invented notes of row {i}:  x and y  \n met" + " again" * (60 * (i % 2))
                out += [
                    S(e, "PARTICIPANT", src, object=("actor:x", "actor:y")[i % 2], confidence="attributed",
                      loader="acled", evidence=f"rows.csv:{i + 2} X{i}: {notes}"),
                    S(e, "PARTICIPANT", src, object="actor:x2", confidence="attributed", loader="ucdp",
                      evidence=f"ged.csv:{i + 2} id {i}" + ("" if i % 3 else f": {notes}")),
                ]
        if i % 7 == 0:
            out.append(S(e, "LINKED_TO", "source:r1", object=f"event:2020-01-{(i + 1) % 28 + 1:02d}-attack-p{i + 1}",
                         confidence="possible", evidence="same method"))
    rng.shuffle(out)
    return out


JUDGEMENTS = [
    Judgement(1, "merge", "actor:x", "actor:x2", "", False, ""),
    Judgement(2, "merge", "event:2020-01-01-attack-p0", "event:2020-01-02-attack-p1", "", True, ""),
    Judgement(3, "merge", "event:2020-01-03-attack-p2", "event:2020-01-05-attack-p4", "", True, ""),
]


@pytest.mark.parametrize("judgements", [[], JUDGEMENTS], ids=["plain", "merged"])
def test_in_memory_projection_matches_the_reference(judgements):
    sts = _pack_statements() + _tricky_statements()
    got = P.project(sts, judgements)
    want = reference_project(sts, judgements)
    assert _norm(got) == _norm(want)
    assert got.counts() == want.counts()


def _store_with(tmp_path, sts, judgements):
    store = Store(tmp_path / "db")
    with store.transaction() as tx:
        tx.add(sts)
        for j in judgements:
            tx.add_judgement(j.kind, j.a, j.b, j.reason, j.auto)
    return store


@pytest.mark.parametrize("judgements", [[], JUDGEMENTS], ids=["plain", "merged"])
def test_store_streaming_projection_matches_the_reference(tmp_path, judgements):
    sts = _pack_statements() + _tricky_statements(seed=3)
    store = _store_with(tmp_path, sts, judgements)
    sink = P._MemorySink()
    con = store.reader()
    try:
        dropped = P.project_store(con, store.judgements(), sink)
    finally:
        con.close()
    got = sink.projection(dropped)
    # the oracle reads the statements in store order, as the old rebuild did
    want = reference_project(list(store.statements()), store.judgements())
    assert _norm(got) == _norm(want)
    assert any("OCCURRED_AT" in d for d in got.dropped)
    assert "Claim" in got.nodes and ("ABOUT", "Claim", "Event") in got.rels


def test_rebuild_from_store_writes_the_same_graph(tmp_path):
    import ladybug

    sts = _pack_statements() + _tricky_statements(seed=5, events=120)
    store = _store_with(tmp_path, sts, JUDGEMENTS)
    con = store.reader()
    try:
        tmp, counts, dropped = P.rebuild_from_store(store, con, store.judgements())
    finally:
        con.close()
    want = reference_project(list(store.statements()), store.judgements())
    # the date buckets are derived from the Event rows where the graph is written
    months, in_month = P.month_buckets(want.nodes["Event"])
    assert in_month, "the statements date some events"
    assert counts == dict(want.counts(), Month=len(months), IN_MONTH=len(in_month))
    assert sorted(dropped) == sorted(want.dropped)
    assert not list(store.path.glob(".projection-*")), "the Parquet spill folder is removed"
    db = ladybug.Database(str(tmp), read_only=True)
    con = ladybug.Connection(db)
    try:
        for label, rows in want.nodes.items():
            r = con.execute(f"MATCH (n:{label}) RETURN n.id ORDER BY n.id")
            ids = []
            while r.has_next():
                ids.append(r.get_next()[0])
            assert ids == sorted(x["id"] for x in rows), label
        r = con.execute("MATCH (e:Event)-[:IN_MONTH]->(m:Month) RETURN e.id, m.id")
        got_in_month = []
        while r.has_next():
            got_in_month.append(tuple(r.get_next()))
        assert sorted(got_in_month) == sorted((x["from"], x["to"]) for x in in_month)
        ev = max(want.nodes["Event"], key=lambda x: len(x["sources"]))
        r = con.execute("MATCH (e:Event {id: $id}) RETURN e.sources, e.fatalities_min, e.fatalities_max, e.disputed",
                        {"id": ev["id"]})
        assert r.get_next() == [ev["sources"], ev["fatalities_min"], ev["fatalities_max"], ev["disputed"]]
        rel = want.rels[next(k for k in want.rels if k[0] == "ATTRIBUTED_TO")][0]
        r = con.execute("MATCH (a)-[r:ATTRIBUTED_TO]->(b) WHERE r.id = $id "
                        "RETURN a.id, b.id, r.sources, r.evidence, r.confidence, r.denied_by", {"id": rel["id"]})
        assert r.get_next() == [rel["from"], rel["to"], rel["sources"], rel["evidence"], rel["confidence"],
                                rel["denied_by"]]
        # provenance: every claim of that relationship leads to its source
        r = con.execute("MATCH (c:Claim {rel_id: $id})-[:STATED_IN]->(s:Source) RETURN count(*)", {"id": rel["id"]})
        assert r.get_next()[0] == sum(1 for c in want.nodes["Claim"] if c["rel_id"] == rel["id"])
    finally:
        con.close()
        db.close()


def test_small_spill_batches_and_chunks_give_the_same_tables(tmp_path):
    """Flushing every few rows (many Parquet row groups) and starting a new file every few more
    (one COPY each) changes nothing; claims go through the columnar claim path."""
    import pyarrow.parquet as pq

    sts = _pack_statements() + _tricky_statements(seed=11)
    proj = P.project(sts)
    sink = P.SpillSink(tmp_path, batch=7, chunk=10)
    for label, rows in proj.nodes.items():
        if label != "Claim":
            for row in rows:
                sink.node(label, row)
    for key, rows in proj.rels.items():
        if key[0] not in ("STATED_IN", "ABOUT"):
            for row in rows:
                sink.rel(key, tuple(row[k] for k in P.REL_KEYS))
    subject_label = {r["id"]: label for label, rows in proj.nodes.items() for r in rows}
    by_id = {s.id: (seq, s) for seq, s in enumerate(sts)}
    for cl in proj.nodes.get("Claim", []):
        seq, st = by_id[cl["id"][len("claim:"):]]
        sink.claims(cl["subject"], subject_label[cl["subject"]],
                    [(P._as_row(st, seq), cl["object"], cl["rel_id"], cl["quote"])])
    tables = sink.close()
    months, in_month = P.month_buckets(proj.nodes["Event"])
    assert sink.counts() == dict(proj.counts(), Month=len(months), IN_MONTH=len(in_month))
    files: dict = {}
    for kind, key, path in tables:
        assert pq.read_metadata(path).num_rows <= 10
        files.setdefault((kind, key), []).append(path)
    assert max(len(f) for f in files.values()) > 1, "some table is spread over several files"
    for (kind, key), paths in files.items():
        got = [r for path in paths for r in pq.read_table(path).to_pylist()]
        buckets = months if key == P.MONTH else in_month if key == P.IN_MONTH else None
        rows = buckets if buckets is not None else proj.nodes[key] if kind == "node" else proj.rels[key]
        names = pq.read_schema(paths[0]).names
        assert got == [{n: r.get(n) for n in names} for r in rows], key


def _engine_counts(path):
    import ladybug

    db = ladybug.Database(str(path), read_only=True)
    con = ladybug.Connection(db)
    try:
        out = {}
        for label in ONTOLOGY.labels:
            out[label] = con.execute(f"MATCH (n:{label}) RETURN count(n)").get_next()[0]
        for t in ONTOLOGY.relationships:
            out[t] = con.execute(f"MATCH ()-[r:{t}]->() RETURN count(r)").get_next()[0]
        ids = con.execute("MATCH (c:Claim)-[:ABOUT]->(e:Event) MATCH (c)-[:STATED_IN]->(s:Source) "
                          "RETURN c.id, e.id, s.id ORDER BY c.id")
        out["claim paths"] = []
        while ids.has_next():
            out["claim paths"].append(tuple(ids.get_next()))
        return out
    finally:
        con.close()
        db.close()


def _spill(store, spill, chunk):
    """Project the store into Parquet files of at most ``chunk`` rows; the tables to COPY."""
    spill.mkdir()
    sink = P.SpillSink(spill, batch=50, chunk=chunk)
    con = store.reader()
    try:
        P.project_store(con, store.judgements(), sink)
    finally:
        con.close()
    return sink.close()


def test_tables_copied_in_chunks_append_to_the_same_graph(tmp_path):
    """A node table's Parquet files are one COPY each, appended; a relationship table's files are
    one COPY: small chunks give the same graph as one file per table."""
    sts = _pack_statements() + _tricky_statements(seed=2, events=80)
    store = _store_with(tmp_path, sts, JUDGEMENTS)
    graphs = {}
    for chunk in (60, P.CHUNK_ROWS):
        tables = _spill(store, tmp_path / f"spill-{chunk}", chunk)
        P.write_engine_files(tables, tmp_path / f"g-{chunk}.lbug")
        graphs[chunk] = (len(tables), _engine_counts(tmp_path / f"g-{chunk}.lbug"))
    (n_small, small), (n_big, big) = graphs[60], graphs[P.CHUNK_ROWS]
    assert n_small > n_big
    assert small == big
    assert small["Claim"] == len(reference_project(list(store.statements()), store.judgements()).nodes["Claim"])


def test_a_relationship_table_spread_over_files_is_one_copy(tmp_path, monkeypatch):
    """Appending to a non-empty relationship table makes LadybugDB rewrite the node groups it
    touches (all actors, places and sources are in one), which at scale costs more than the whole
    table in one COPY: every file of a relationship table goes into a single COPY, while node
    tables are appended file by file."""
    import ladybug

    sts = _pack_statements() + _tricky_statements(seed=4, events=80)
    store = _store_with(tmp_path, sts, JUDGEMENTS)
    tables = _spill(store, tmp_path / "spill", 60)
    files: dict = {}
    for kind, key, path in tables:
        files.setdefault((kind, key), []).append(str(path))
    assert any(len(f) > 1 for (kind, _), f in files.items() if kind == "rel"), "no relationship table has two files"
    assert any(len(f) > 1 for (kind, _), f in files.items() if kind == "node"), "no node table has two files"
    copies = []
    real = ladybug.Connection.execute

    def execute(self, query, *a, **k):
        if query.startswith("COPY"):
            copies.append(query)
        return real(self, query, *a, **k)

    monkeypatch.setattr(ladybug.Connection, "execute", execute)
    P.write_engine_files(tables, tmp_path / "g.lbug")
    for (kind, key), paths in files.items():
        name = key if kind == "node" else key[0]
        mine = [q for q in copies if q.split()[1] == name and all(f"'{p}'" in q for p in paths)]
        if kind == "node":
            assert sum(q.split()[1] == name for q in copies) == len(paths), key
        else:
            assert len(mine) == 1, (key, copies)
            assert len(ONTOLOGY.label_pairs(name)) == 1 or f"from='{key[1]}', to='{key[2]}'" in mine[0]
    assert len(copies) == sum(len(f) if kind == "node" else 1 for (kind, _), f in files.items())
    # Claims and their edges last, the other relationship tables before them
    first_claim = min(i for i, q in enumerate(copies) if q.split()[1] in ("Claim", "STATED_IN", "ABOUT"))
    assert copies[first_claim].split()[1] == "Claim"
    assert all(q.split()[1] in ("Claim", "STATED_IN", "ABOUT") for q in copies[first_claim:])
    assert any(q.split()[1] in ONTOLOGY.relationships for q in copies[:first_claim])


def test_a_too_small_buffer_pool_is_a_clear_error(tmp_path, monkeypatch):
    from conflictkg.errors import ConflictKGError

    monkeypatch.setenv("CONFLICTKG_COPY_POOL_MB", "1")
    with pytest.raises(ConflictKGError, match="CONFLICTKG_COPY_POOL_MB"):
        P.write_engine_files([], tmp_path / "g.lbug")


def test_buffer_pool_grows_when_a_copy_needs_more(tmp_path, monkeypatch):
    """Without CONFLICTKG_COPY_POOL_MB the pool starts small and doubles when a COPY fills it; the
    failed COPY is rolled back and copied again, so the graph is the same as with a large pool."""
    monkeypatch.delenv("CONFLICTKG_COPY_POOL_MB", raising=False)
    sts = _pack_statements() + _tricky_statements(seed=3, events=40)
    store = _store_with(tmp_path, sts, JUDGEMENTS)
    tables = _spill(store, tmp_path / "spill", P.CHUNK_ROWS)
    P.write_engine_files(tables, tmp_path / "big.lbug")
    monkeypatch.setattr(P, "COPY_POOL_MB", 8)   # too small for the first COPY: it must grow
    raised = []
    monkeypatch.setattr(P.log, "info", lambda msg, *a: raised.append(msg % a))
    P.write_engine_files(tables, tmp_path / "small.lbug")
    assert raised, "the pool never had to grow: the test proves nothing"
    assert _engine_counts(tmp_path / "small.lbug") == _engine_counts(tmp_path / "big.lbug")
