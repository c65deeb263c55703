"""UCDP: the GED event CSV (our own rows in the codebook's columns) and the UCDP actor list
(a synthetic sample, then the real Actor Dataset 22.1 from ../shared)."""
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.loaders import pick

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ucdp"
GED = FIX / "ged-sahel-sample.csv"
GED_BAD = FIX / "ged-bad-rows.csv"
ACTORS = FIX / "actors-sample.csv"
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def rels(kg, event, types=None):
    rows = kg.cypher("MATCH (e:Event {id: $id})-[r]->(x) RETURN label(r), r.confidence, x.id", {"id": event}).rows
    return sorted(tuple(r) for r in rows if types is None or r[0] in types)


@pytest.fixture(scope="module")
def ged_kg(_sahel_template, tmp_path_factory):
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("ged") / "kg.db"
    shutil.copytree(_sahel_template, d)
    kg = KG(d, pack="sahel")
    kg.files = kg.ingest([GED]).files
    return kg


def test_kinds_are_sniffed():
    assert pick(GED).kind == "ucdp"
    assert pick(ACTORS).kind == "ucdp-actors"


def test_ged_rows_become_events(ged_kg):
    f = ged_kg.files[-1]
    assert f.kind == "ucdp" and f.counters["rows"] == 5 and f.counters["events"] == 5 and not f.issues
    rows = ged_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:ucdp/' "
                         "RETURN e.id, e.class, e.date, e.date_precision, e.fatalities_min, e.fatalities_max, e.geo_precision "
                         "ORDER BY e.id").rows
    assert rows == [
        ["event:ucdp/900001", "Clash", "2020-04-06", "day", 25, 33, "exact"],
        ["event:ucdp/900002", "Clash", "2020-03-19", "day", 29, 30, "exact"],
        ["event:ucdp/900003", "ViolenceAgainstCivilians", "2020-03-25", "day", 1, 1, "near"],
        ["event:ucdp/900004", "Clash", "2019-11-01", "day", 50, 54, "exact"],
        ["event:ucdp/900005", "Clash", "2020-04-10/2020-04-16", "day", 8, 12, "near"],
    ]
    # the best estimate travels with the fatality claims
    q = ged_kg.cypher("MATCH (c:Claim)-[:ABOUT]->(:Event {id: 'event:ucdp/900001'}) WHERE c.predicate = 'fatalities_max' "
                      "RETURN c.quote").rows
    assert q == [["ged-sahel-sample.csv:2 id 900001: best estimate 33 (low 25, high 33)"]]


def test_ged_sides_by_actor_id_and_roles_by_type_of_violence(ged_kg):
    # state-based: both sides are parties, GED does not say who started
    assert rels(ged_kg, "event:ucdp/900001", {"ATTRIBUTED_TO", "PARTICIPANT", "TARGETED"}) == [
        ("PARTICIPANT", "attributed", "actor:government-of-mali"), ("PARTICIPANT", "attributed", "actor:jnim")]
    # ActorId 234 is UCDP's global IS, mapped by the pack's ucdp_actors.yaml
    assert ("PARTICIPANT", "attributed", "actor:islamic-state") in rels(ged_kg, "event:ucdp/900004")
    # one-sided: side_a perpetrated, the civilians (of the event's country) are victims
    assert rels(ged_kg, "event:ucdp/900003", {"ATTRIBUTED_TO", "VICTIM"}) == [
        ("ATTRIBUTED_TO", "attributed", "actor:jnim"), ("VICTIM", "attributed", "actor:civilians-mali")]


def test_ged_places_follow_where_precision(ged_kg):
    where = lambda e: ged_kg.cypher("MATCH (:Event {id: $id})-[:OCCURRED_AT]->(p) RETURN p.id", {"id": e}).rows  # noqa: E731
    assert where("event:ucdp/900001") == [["place:ml/gao/bourem/bamba"]]       # "Bamba town", "Bourem cercle"
    assert where("event:ucdp/900003") == [["place:ml/timbuktu/niafunke/ngaina"]]
    assert where("event:ucdp/900005") == [["place:ml/timbuktu/gourma-rharous"]]  # where_prec 3: the cercle


def test_ged_bad_rows_and_strict(sahel_kg):
    s = sahel_kg.ingest([GED_BAD])
    f = s.files[-1]
    assert {(i.line, i.reason, i.skipped) for i in f.issues} == {
        (2, "unknown type_of_violence '7' (expected 1, 2 or 3)", "row"),
        (3, "unparseable date '19/03/2020'", "row")}
    assert str(f.issues[0]).endswith("; row skipped")
    assert f.counters["events"] == 1
    res = CliRunner().invoke(main, ["ingest", str(GED_BAD), "--strict", "--db", str(sahel_kg.store.path)],
                             env={"CONFLICTKG_PACK": "sahel"})
    assert res.exit_code == 2 and f"{GED_BAD}:2: unknown type_of_violence" in res.output
    assert "refused (--strict)" in res.output and "skipped" not in res.output


def test_ged_reingest_is_a_no_op_and_a_new_version_replaces(sahel_kg, tmp_path):
    sahel_kg.ingest([GED])
    assert sahel_kg.ingest([GED]).files[-1].new == 0
    newer = tmp_path / "ged-v23.csv"
    newer.write_text(GED.read_text(encoding="utf-8").replace(",33,33,25,432,", ",30,36,25,432,"), encoding="utf-8")
    f = sahel_kg.ingest([newer]).files[-1]
    assert f.counters["replaced"] == 5
    rows = sahel_kg.cypher("MATCH (e:Event {id: 'event:ucdp/900001'}) RETURN e.fatalities_min, e.fatalities_max, e.sources").rows
    assert rows == [[25, 36, ["source:ucdp/ged-v23"]]]


# -- the actor list -------------------------------------------------------------------------------

def test_actor_list_sample(sahel_kg):
    s = sahel_kg.ingest([ACTORS])
    f = s.files[-1]
    # 10 rows, one a repeat of Ansar Dine; Sweden (a troop contributor) and a Nigerian group are outside
    assert f.kind == "ucdp-actors" and f.counters["rows"] == 10
    assert f.counters["actors"] == 7 and f.counters["other actors skipped"] == 2
    links = sorted(tuple(r) for r in sahel_kg.cypher(
        "MATCH (a:Actor)-[r]->(b:Actor) WHERE 'source:ucdp/actors-sample' IN r.sources RETURN a.id, label(r), b.id").rows)
    assert links == [
        ("actor:ansar-dine", "ALLIED_WITH", "actor:jnim"),
        ("actor:aqim", "SPLINTER_OF", "actor:ucdp/538-gia"),
        ("actor:katiba-macina", "PART_OF", "actor:ansar-dine"),
        ("actor:katiba-macina", "PART_OF", "actor:jnim"),
        ("actor:katiba-macina", "SPLINTER_OF", "actor:ansar-dine"),
    ]
    # names UCDP adds become aliases of the pack actor; a new actor keeps its UCDP id
    aliases = sahel_kg.cypher("MATCH (a:Actor {id: 'actor:katiba-macina'}) RETURN a.aliases, a.ucdp_id").rows[0]
    assert "FLM" in aliases[0] and aliases[1] == "6267"
    assert sahel_kg.cypher("MATCH (a:Actor {id: 'actor:ucdp/9901-sahel-test-front'}) RETURN a.name, a.class, a.countries, a.verified").rows == [
        ["Sahel Test Front", "ArmedGroup", ["NE"], False]]
    assert sahel_kg.cypher("MATCH (a:Actor) WHERE a.name IN ['Government of Sweden', 'Nigeria Test Group'] RETURN a.id").rows == []
    r = sahel_kg.resolver()
    assert r.resolve("Front de test du Sahel").id == "actor:ucdp/9901-sahel-test-front"
    claim = sahel_kg.cypher(
        "MATCH (c:Claim)-[:STATED_IN]->(:Source {id: 'source:ucdp/actors-sample'}) WHERE c.predicate = 'SPLINTER_OF' "
        "AND c.subject = 'actor:katiba-macina' RETURN c.quote").rows
    assert claim == [["actors-sample.csv:3 ActorId 6267: FLM - splinter of Ansar Dine (ActorId 1157)"]]


def test_real_actor_list(sahel_kg):
    path = SHARED / "data/real/ucdp-actor-221/ucdp-actor-221.csv"
    if not path.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"required in CI but missing: {path}")
        pytest.skip(f"shared data not found: {path}")
    f = sahel_kg.ingest([path]).files[-1]
    assert f.counters["rows"] == 1725 and not f.issues
    assert 30 <= f.counters["actors"] <= 80  # focused on the region, not the world's 1,725
    links = {tuple(r) for r in sahel_kg.cypher(
        "MATCH (a:Actor)-[r]->(b:Actor) WHERE 'source:ucdp/ucdp-actor-221' IN r.sources RETURN a.id, label(r), b.id").rows}
    assert {("actor:katiba-macina", "SPLINTER_OF", "actor:ansar-dine"), ("actor:katiba-macina", "PART_OF", "actor:jnim"),
            ("actor:ansar-dine", "ALLIED_WITH", "actor:jnim"), ("actor:al-mourabitoun", "PART_OF", "actor:aqim"),
            ("actor:mujao", "SPLINTER_OF", "actor:aqim"), ("actor:msa", "SPLINTER_OF", "actor:cma")} <= links
    names = {r[0] for r in sahel_kg.cypher("MATCH (a:Actor) RETURN a.name").rows}
    assert "Government of Sweden" not in names and "Government of Bhutan" not in names
    jnim = sahel_kg.cypher("MATCH (a:Actor {id: 'actor:jnim'}) RETURN a.ucdp_id, a.countries").rows[0]
    assert jnim[0] == "6716" and {"ML", "BF", "NE"} <= set(jnim[1])
