"""`conflictkg neo4j push` against the real server: a faithful graph, idempotent, incremental,
never touching other people's data, and names that cannot inject Cypher."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.graph import neo4j_store
from conflictkg.graph.neo4j_store import Neo4jBackend
from conflictkg.ontology.model import ONTOLOGY

pytestmark = pytest.mark.neo4j
HERE = Path(__file__).resolve().parent
EVENTS = HERE / "fixtures" / "events.yaml"
TRICKY = HERE / "fixtures" / "tricky-names.yaml"
GOOD = HERE.parent / "fixtures" / "facts" / "good.yaml"
MINIPACK = HERE.parent / "fixtures" / "minipack"


def _push(kg, target, **kw):
    return neo4j_store.push(kg.projection(), target, **kw)


def test_push_lands_the_graph_faithfully(events_kg, neo, neo4j_target):
    proj = events_kg.projection()
    s = neo4j_store.push(proj, neo4j_target)
    # the projection's rows and the date buckets derived from its events (Month, IN_MONTH)
    n_nodes = sum(1 for _ in neo4j_store.node_rows(proj))
    n_rels = sum(1 for _ in neo4j_store.rel_rows(proj))
    assert n_nodes > sum(len(v) for v in proj.nodes.values())
    assert s.counters["nodes_created"] == n_nodes and s.counters["relationships_created"] == n_rels
    assert s.counters["nodes_deleted"] == s.counters["relationships_deleted"] == 0

    # counts per label and per type equal the embedded store's
    with events_kg.engine() as eng, Neo4jBackend(target=neo4j_target) as nb:
        embedded, pushed = neo4j_store.counts(eng), neo4j_store.counts(nb)
        assert pushed == embedded
        assert embedded["Event"] == 6 and embedded["ATTRIBUTED_TO"] == 6 and embedded["Claim"] > 50
        # the issue's own check
        rows = nb.run("MATCH (e:Event)-[r:ATTRIBUTED_TO]->(a:Actor {name:'JNIM'}) RETURN e.id, r.confidence").rows
    assert sorted(rows) == [["event:2020-03-25-kidnapping-niafunke", "attributed"],
                            ["event:2020-04-06-attack-bamba", "claimed"],
                            ["event:2020-04-attack-tarkint", "probable"]]

    # the class is the second label, and only ontology names are labels
    for labels, cls in neo.rows("MATCH (n) RETURN labels(n), n.class"):
        base = [lb for lb in labels if lb in ONTOLOGY.labels]
        assert len(base) == 1 and set(labels) == {base[0], cls}, (labels, cls)
        assert ONTOLOGY.classes[cls].label == base[0]
    assert neo.value("MATCH (a:Actor:ArmedGroup {id: 'actor:jnim'}) RETURN count(a)") == 1
    assert neo.value("MATCH (a:Actor:StateForce {id: 'actor:jnim'}) RETURN count(a)") == 0

    # partial dates keep their precision; a Neo4j date only where the day is known
    ev = {r[0]: r[1:] for r in neo.rows(
        "MATCH (e:Event) RETURN e.id, e.date, e.date_precision, e.date_value, e.start, e.end, e.start_date, e.end_date")}
    assert ev["event:2020-04-attack-tarkint"][:3] == ["2020-04", "month", None]
    assert [d.to_native() for d in ev["event:2020-04-attack-tarkint"][3:5]] == [dt.date(2020, 4, 1), dt.date(2020, 4, 30)]
    assert ev["event:2019-attack-koro"][:3] == ["2019", "year", None]
    bamba = ev["event:2020-04-06-attack-bamba"]
    assert bamba[:2] == ["2020-04-06", "day"] and bamba[2].to_native() == dt.date(2020, 4, 6)
    # two sources disagree on the day: the range spans both
    assert bamba[5:] == ["2020-04-05", "2020-04-06"] and bamba[3].to_native() == dt.date(2020, 4, 5)
    assert sorted(r[0] for r in neo.rows("MATCH (e:Event) WHERE e.start <= date('2020-04-06') <= e.end RETURN e.id")) \
        == ["event:2020-04-06-attack-bamba", "event:2020-04-attack-tarkint"]
    # on relationships too: a day-precise validity gets a date, a month one does not
    held = dict(neo.rows("MATCH (:Actor {id:'actor:soumaila-cisse'})-[r:HELD_HOSTAGE_BY]->(a) "
                         "RETURN a.id, [r.valid_from, r.valid_from_date]"))
    assert held["actor:jnim"][0] == "2020-03-25" and held["actor:jnim"][1].to_native() == dt.date(2020, 3, 25)
    assert held["actor:katiba-macina"] == ["2020-03", None]

    # list properties stay lists, numbers stay numbers, disputes are kept
    row = neo.rows("MATCH (e:Event {id:'event:2020-04-06-attack-bamba'}) "
                   "RETURN valueType(e.sources), valueType(e.fatalities_min), e.fatalities_min, e.fatalities_max, e.disputed")[0]
    assert row[0].startswith("LIST<STRING") and row[1].startswith("INTEGER")
    assert row[2:4] == [20, 33] and any(d.startswith("fatalities_min: 20") for d in row[4])
    r = neo.rows("MATCH (:Event {id:'event:2020-04-06-attack-bamba'})-[r:ATTRIBUTED_TO]->(:Actor {id:'actor:jnim'}) "
                 "RETURN r.sources, r.n_sources, r.evidence")[0]
    assert len(r[0]) == 2 and r[1] == 2 and "JNIM claimed the attack in a statement" in r[2]

    # every relationship leads back to its sources through Claim nodes, as in the embedded store
    per_claim = neo.rows(
        "MATCH (:Event {id:'event:2020-04-06-attack-bamba'})-[r:ATTRIBUTED_TO]->(a:Actor) "
        "MATCH (c:Claim {rel_id: r.id})-[:STATED_IN]->(s:Source) RETURN a.id, c.confidence, s.id ORDER BY s.id")
    assert ["actor:jnim", "claimed", "source:news-2020-04-07"] in per_claim
    assert ["actor:isgs", "possible", "source:news-fr-2020-04"] in per_claim

    # constraints and indexes exist
    names = {r[0] for r in neo.rows("SHOW CONSTRAINTS YIELD name")}
    assert {f"ckg_{lb.lower()}_id" for lb in ONTOLOGY.labels} <= names
    idx = {r[0] for r in neo.rows("SHOW INDEXES YIELD name")}
    assert {"ckg_actor_name", "ckg_event_start", "ckg_event_date_value", "ckg_rel_attributed_to_id"} <= idx


def test_second_push_changes_nothing(events_kg, neo, neo4j_target):
    _push(events_kg, neo4j_target)
    before = neo.snapshot()
    again = _push(events_kg, neo4j_target)
    assert again.plan.in_sync and again.transactions == 0
    assert all(v == 0 for v in again.counters.values()), again.counters
    assert neo.snapshot() == before  # same element ids, same properties
    # the CLI says so too, and `status` agrees
    db = str(events_kg.store.path)
    res = CliRunner().invoke(main, ["neo4j", "push", "--db", db])
    assert res.exit_code == 0, res.output
    assert "0 nodes created, 0 deleted, 0 relationships created, 0 deleted, 0 properties set" in res.output
    res = CliRunner().invoke(main, ["neo4j", "status", "--db", db])
    assert res.exit_code == 0 and "in sync" in res.output


def test_push_after_new_ingest_writes_only_the_difference(tmp_path, monkeypatch, neo, neo4j_target):
    from conflictkg.kg import KG

    monkeypatch.setenv("CONFLICTKG_PACK", str(MINIPACK))
    kg = KG(tmp_path / "kg.db")
    kg.ingest([GOOD])
    _push(kg, neo4j_target)
    old = {r.id: r.row for r in neo4j_store.node_rows(kg.projection())}
    kept = {r[0]: r[1:] for r in neo.rows("MATCH (n) RETURN n.id, elementId(n), properties(n)")}

    kg.ingest([EVENTS])
    proj = kg.projection()
    new = {r.id: r.row for r in neo4j_store.node_rows(proj)}
    added = set(new) - set(old)
    changed = {i for i in set(new) & set(old) if new[i] != old[i]}
    assert added and changed  # the events file adds events and gives JNIM new sources

    res = CliRunner().invoke(main, ["neo4j", "status", "--db", str(kg.store.path)])
    assert res.exit_code == 1 and f"nodes: {len(added)} new, {len(changed)} changed, 0 removed" in res.output

    s = neo4j_store.push(proj, neo4j_target)
    assert (s.plan.node_new, s.plan.node_changed, len(s.plan.node_deletes)) == (len(added), len(changed), 0)
    assert s.counters["nodes_created"] == len(added) and s.counters["nodes_deleted"] == 0
    assert s.counters["relationships_deleted"] == 0
    now = {r[0]: r[1:] for r in neo.rows("MATCH (n) RETURN n.id, elementId(n), properties(n)")}
    for i in set(old) - changed:  # untouched nodes: same node, same properties
        assert now[i] == kept[i], i
    for i in changed:
        assert now[i][0] == kept[i][0] and now[i][1] != kept[i][1], i  # updated in place

    # and the result is exactly what a push from scratch gives
    content = neo.content()
    neo4j_store.push(proj, neo4j_target, wipe=True)
    assert neo.content() == content


def test_what_left_the_projection_leaves_neo4j_but_foreign_data_stays(events_kg, neo, neo4j_target):
    _push(events_kg, neo4j_target)
    # other people's data in the same database: a node of their own label, an Actor-labelled
    # node that is not ours, and a relationship of theirs between two of our nodes
    neo.rows("CREATE (:TestForeign {id: 'actor:jnim', name: 'their own JNIM note'})")
    neo.rows("CREATE (:Actor {id: 'actor:analyst-only', name: 'kept by an analyst'})")
    neo.rows("MATCH (a:Actor {id:'actor:jnim'}), (b:Actor {id:'actor:isgs'}) CREATE (a)-[:TEST_NOTE {by: 'analyst'}]->(b)")

    merged_away = "actor:katiba-serma"
    events_kg.judge("merge", "Katiba Macina", "Katiba Serma", reason="test")
    proj = events_kg.projection()
    gone = {r["id"] for rows in proj.nodes.values() for r in rows}
    assert len({"actor:katiba-serma", "actor:katiba-macina"} & gone) == 1
    if "actor:katiba-serma" in gone:
        merged_away = "actor:katiba-macina"

    s = neo4j_store.push(proj, neo4j_target)
    assert (s.plan.node_new, len(s.plan.node_deletes)) == (0, 1) and s.counters["nodes_deleted"] == 1
    assert neo.value("MATCH (n {id: $i}) RETURN count(n)", i=merged_away) == 0
    with events_kg.engine() as eng, Neo4jBackend(target=neo4j_target) as nb:
        assert neo4j_store.counts(nb) == neo4j_store.counts(eng)

    def foreign():
        return (neo.value("MATCH (n:TestForeign) RETURN n.name"),
                neo.value("MATCH (n:Actor {id:'actor:analyst-only'}) RETURN n.name"),
                neo.value("MATCH (:Actor {id:'actor:jnim'})-[r:TEST_NOTE]->(:Actor {id:'actor:isgs'}) RETURN r.by"))
    assert foreign() == ("their own JNIM note", "kept by an analyst", "analyst")

    res = CliRunner().invoke(main, ["neo4j", "push", "--wipe", "--db", str(events_kg.store.path)])
    assert res.exit_code == 0, res.output
    assert foreign()[:2] == ("their own JNIM note", "kept by an analyst")
    with events_kg.engine() as eng, Neo4jBackend(target=neo4j_target) as nb:
        assert neo4j_store.counts(nb) == neo4j_store.counts(eng)


def test_names_with_quotes_and_cypher_survive_and_execute_nothing(events_kg, neo, neo4j_target):
    _push(events_kg, neo4j_target)
    total = neo.value("MATCH (n) RETURN count(n)")
    with events_kg.engine() as eng:
        want = eng.run("MATCH (a:Actor) WHERE a.id STARTS WITH 'actor:tricky' RETURN a.id, a.name, a.aliases ORDER BY a.id").rows
        src = eng.run("MATCH (s:Source) WHERE s.id STARTS WITH 'source:tricky' RETURN s.id, s.name, s.publisher").rows
    with Neo4jBackend(target=neo4j_target) as nb:
        got = nb.run("MATCH (a:Actor) WHERE a.id STARTS WITH 'actor:tricky' RETURN a.id, a.name, a.aliases ORDER BY a.id").rows
        got_src = nb.run("MATCH (s:Source) WHERE s.id STARTS WITH 'source:tricky' RETURN s.id, s.name, s.publisher").rows
        for _, name, _ in want:  # found by exact name through a parameter
            assert nb.run("MATCH (a:Actor {name: $n}) RETURN count(a) AS c", {"n": name}).rows == [[1]]
    assert got == want and got_src == src and len(want) == 3
    names = {r[1] for r in got}
    assert "'); MATCH (n) DETACH DELETE n //" in names and "Katiba \\ Back\\slash \\' \\\" end\\" in names
    assert any("ligne\nsuivante" in r[2] for r in got)
    assert neo.value("MATCH (n) RETURN count(n)") == total                   # nothing deleted
    assert neo.value("MATCH (a:Actor {id:'actor:jnim'}) RETURN a.name") == "JNIM"  # nothing renamed
    # the same names through the CLI, as a parameter
    res = CliRunner().invoke(main, ["cypher", "--neo4j", "MATCH (a:Actor {name: $n}) RETURN a.id", "-p",
                                    "n='); MATCH (n) DETACH DELETE n //", "--format", "csv"])
    assert res.exit_code == 0 and res.output.split() == ["a.id", "actor:tricky-quote"], res.output
    assert neo.value("MATCH (n) RETURN count(n)") == total


def test_labels_and_types_only_from_the_ontology():
    with pytest.raises(Exception, match="not an ontology label"):
        neo4j_store._label("Actor`) DETACH DELETE n //")
    with pytest.raises(Exception, match="not in the ontology"):
        neo4j_store._rel_type("PART_OF]->() DELETE r //")
    assert neo4j_store._class_label("Actor", "ArmedGroup") == "ArmedGroup"
    assert neo4j_store._class_label("Actor", "Attack") is None          # a class of another label
    assert neo4j_store._class_label("Actor", "ArmedGroup:Event") is None


def test_cli_errors_are_one_line_with_exit_code_2(events_kg, neo4j_target):
    db = str(events_kg.store.path)
    cases = [
        (["neo4j", "push", "--db", db, "--password", "wrong-password"], "refused user 'neo4j': wrong user or password"),
        (["neo4j", "push", "--db", db, "--uri", "bolt://127.0.0.1:1"], "cannot reach Neo4j at bolt://127.0.0.1:1"),
        (["neo4j", "status", "--db", db, "--database", "nosuchdb"], "has no database 'nosuchdb'"),
        (["cypher", "--neo4j", "CREATE (:X)"], "use --write to allow writes"),
    ]
    for args, msg in cases:
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2, (args, res.output)
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and msg in lines[0], res.output
    # the environment is read too
    res = CliRunner().invoke(main, ["cypher", "--neo4j", "RETURN 1"], env={"NEO4J_PASSWORD": "not-the-password"})
    assert res.exit_code == 2 and "wrong user or password" in res.output
    res = CliRunner().invoke(main, ["cypher", "--neo4j", "--write", "CREATE (n:TestForeign {id: 'w'}) RETURN n.id AS id"])
    assert res.exit_code == 0 and "w" in res.output


def test_paged_read_and_duplicates_heal(events_kg, neo, neo4j_target, driver):
    _push(events_kg, neo4j_target)
    # the state read in pages of 7 is the state read in one page
    small = neo4j_store.read_state(driver, neo4j_target, page=7)
    whole = neo4j_store.read_state(driver, neo4j_target, page=100_000)
    assert small == whole and not whole[2]
    assert len(whole[0]) == sum(1 for _ in neo4j_store.node_rows(events_kg.projection()))
    # two pushes at once could leave a relationship twice: the next push leaves it once
    neo.rows("MATCH (e:Event {id:'event:2020-04-06-attack-bamba'})-[r:ATTRIBUTED_TO]->(a:Actor {id:'actor:jnim'}) "
             "CREATE (e)-[r2:ATTRIBUTED_TO]->(a) SET r2 = properties(r)")
    assert neo4j_store.read_state(driver, neo4j_target)[2]
    s = _push(events_kg, neo4j_target)
    assert s.plan.rel_changed == 1 and s.counters["relationships_deleted"] == 2
    assert s.counters["relationships_created"] == 1
    assert neo.value("MATCH (:Event {id:'event:2020-04-06-attack-bamba'})-[r:ATTRIBUTED_TO]->(:Actor {id:'actor:jnim'}) "
                     "RETURN count(r)") == 1
    assert _push(events_kg, neo4j_target).plan.in_sync
