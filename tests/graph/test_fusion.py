"""Event fusion: the same real-world event from a report-like source, ACLED and UCDP becomes one
event with every source and its disagreements; what must not fuse does not; splits stick;
blocking keeps the comparisons few; and the seed report with the real ACLED Mali export."""
import os
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from conflictkg.graph import fusion
from conflictkg.graph.resolver import canonical_map
from conflictkg.graph.statements import Statement

FIX = Path(__file__).resolve().parent.parent / "fixtures"
THREAD = FIX / "acled" / "thread-facts.yaml"
MONADIC = FIX / "acled" / "monadic-mali.csv"
GED = FIX / "ucdp" / "ged-sahel-sample.csv"
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", Path(__file__).resolve().parents[3] / "shared"))

BAMBA = "event:2020-04-06-attack-bamba"
TARKINT = "event:2020-03-20-attack-tarkint"
CISSE = "event:2020-03-25-kidnapping-niafunke"


def shared_file(rel):
    p = SHARED / rel
    if not p.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"required in CI but missing: {p}")
        pytest.skip(f"shared data not found: {p} (clone the project beside ../shared)")
    return p


def node(kg, eid, *props):
    rows = kg.cypher("MATCH (e:Event {id: $id}) RETURN " + ", ".join(f"e.{p}" for p in props), {"id": eid}).rows
    assert len(rows) == 1, (eid, rows)
    return rows[0]


def clusters(kg):
    canon = canonical_map(kg.store.judgements())
    return lambda i: canon.get(i, i)


def facts_file(path: Path, events: list[dict], entities: list[dict] = ()) -> Path:
    """A facts file of report-like events: {id, class, date, place, perp, target, extra statements}."""
    ents, sts = list(entities), []
    for e in events:
        ents.append({"id": e["id"], "name": e["id"].split(":", 1)[1], "class": e["class"], "source": "r"})
        sts.append({"subject": e["id"], "predicate": "date", "value": e["date"], "source": "r"})
        if e.get("place"):
            sts.append({"subject": e["id"], "predicate": "OCCURRED_AT", "object": e["place"], "source": "r"})
        for key, pred in (("perp", "ATTRIBUTED_TO"), ("target", "TARGETED")):
            if e.get(key):
                sts.append({"subject": e["id"], "predicate": pred, "object": e[key], "source": "r", "confidence": "attributed"})
        sts += e.get("statements", [])
    path.write_text(yaml.safe_dump({"sources": [{"id": "r", "url": f"https://example.org/{path.stem}"}],
                                    "entities": ents, "statements": sts}, allow_unicode=True))
    return path


@pytest.fixture(scope="module")
def fused_kg(_sahel_template, tmp_path_factory):
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("fusion") / "kg.db"
    shutil.copytree(_sahel_template, d)
    kg = KG(d, pack="sahel")
    kg.files = kg.ingest([THREAD, MONADIC, GED]).files
    return kg


@pytest.fixture
def fused_copy(fused_kg, tmp_path):
    from conflictkg.kg import KG

    d = tmp_path / "kg.db"
    shutil.copytree(fused_kg.store.path, d)
    return KG(d, pack="sahel")


# -- what fuses --------------------------------------------------------------------------------------

def test_bamba_is_one_event_with_every_source(fused_kg):
    sources, fmin, fmax, disputed = node(fused_kg, BAMBA, "sources", "fatalities_min", "fatalities_max", "disputed")
    assert {s.split("/")[0] for s in sources} == {"source:thread", "source:acled", "source:ucdp"}
    # at least 20 (the thread), 33 (ACLED), 25 to 33 (UCDP): the range and each value with its source
    assert (fmin, fmax) == (20, 33)
    line = next(d for d in disputed if d.startswith("fatalities_min:"))
    assert "20 [source:thread]" in line and "33 [source:acled/monadic-mali]" in line and "25 [source:ucdp/ged-sahel-sample]" in line
    # the dataset events are no longer separate nodes
    n = fused_kg.cypher("MATCH (e:Event) WHERE e.id IN ['event:acled/MLI9101', 'event:ucdp/900001'] RETURN count(e)").rows
    assert n == [[0]]
    # each source's claim of the toll is still there, with its own quote
    claims = fused_kg.cypher("MATCH (c:Claim)-[:ABOUT]->(e:Event {id: $id}) WHERE c.predicate = 'fatalities_min' "
                             "RETURN c.value, c.source ORDER BY c.value", {"id": BAMBA}).rows
    assert [c[0] for c in claims] == ["20", "25", "33"]


def test_tarkint_dates_disagree(fused_kg):
    date, start, end, disputed = node(fused_kg, TARKINT, "date", "start_date", "end_date", "disputed")
    assert (start, end) == ("2020-03-19", "2020-03-20")
    line = next(d for d in disputed if d.startswith("date:"))
    assert "2020-03-20 [source:thread]" in line and "2020-03-19 [source:ucdp/ged-sahel-sample]" in line


def test_cisse_kidnapping_fuses_within_the_cercle(fused_kg):
    sources = node(fused_kg, CISSE, "sources")[0]
    assert {s.split("/")[0] for s in sources} == {"source:thread", "source:acled", "source:ucdp"}
    places = {r[0] for r in fused_kg.cypher("MATCH (:Event {id: $id})-[:OCCURRED_AT]->(p) RETURN p.id", {"id": CISSE}).rows}
    assert places == {"place:ml/timbuktu/niafunke/niafunke", "place:ml/timbuktu/niafunke/ngaina"}
    # the thread's "most probably the Katiba Macina" and ACLED's "presumed" both kept
    conf = fused_kg.cypher("MATCH (:Event {id: $id})-[r:ATTRIBUTED_TO]->(:Actor {id: 'actor:katiba-macina'}) "
                           "RETURN r.confidence, r.n_sources", {"id": CISSE}).rows
    assert conf == [["probable", 2]]


def test_fusions_are_automatic_judgements_counted_in_the_summary(fused_kg):
    js = [j for j in fused_kg.store.judgements() if j.auto]
    assert js and all(j.kind == "merge" and j.reason.startswith("auto fusion:") for j in js)
    canon = clusters(fused_kg)
    assert canon("event:acled/MLI9101") == canon("event:ucdp/900001") == BAMBA
    assert canon("event:ucdp/900002") == TARKINT
    assert canon("event:acled/MLI9102") == canon("event:ucdp/900003") == CISSE
    assert sum(f.counters.get("fused", 0) for f in fused_kg.files) == len(js) == 5
    reason = next(j.reason for j in js if {j.a, j.b} == {TARKINT, "event:ucdp/900002"})
    assert "dates 2020-03-20 ~ 2020-03-19" in reason and "same place place:ml/gao/bourem/tarkint" in reason


def test_split_undoes_a_fusion_and_sticks(fused_copy):
    kg = fused_copy
    j = next(j for j in kg.store.judgements() if j.auto and "event:acled/MLI9101" in (j.a, j.b))
    kg.judge("split", j.a, j.b, "not the same")
    canon = clusters(kg)
    assert canon(j.a) != canon(j.b)
    # a later load runs fusion again: the split pair stays apart
    kg.ingest([FIX / "acled" / "dyadic-burkina.csv"])
    canon = clusters(kg)
    assert canon(j.a) != canon(j.b)


def test_split_by_names_of_one_fused_event_is_refused(fused_copy):
    from conflictkg.errors import ConflictKGError

    with pytest.raises(ConflictKGError, match="one entity .* through merges"):
        fused_copy.judge("split", "event:2020-04-06-attack-bamba", "event:2020-04-06-attack-bamba")


def test_split_keeps_apart_events_joined_only_through_a_third(fused_copy):
    """The thread and UCDP were never merged directly (each with ACLED, or one through the other):
    splitting them still separates them."""
    kg = fused_copy
    canon = clusters(kg)
    assert canon(BAMBA) == canon("event:ucdp/900001")
    kg.judge("split", BAMBA, "event:ucdp/900001")
    canon = clusters(kg)
    assert canon(BAMBA) != canon("event:ucdp/900001")
    # the graph shows them as two events again
    ids = {r[0] for r in kg.cypher("MATCH (e:Event) WHERE e.id IN [$a, 'event:ucdp/900001', 'event:acled/MLI9101'] "
                                   "RETURN e.id", {"a": BAMBA}).rows}
    assert len(ids) == 2 and BAMBA in ids


def test_an_event_moved_by_a_newer_export_is_unfused(fused_copy, tmp_path):
    kg = fused_copy
    moved = tmp_path / "monadic-mali-v3.csv"
    text = MONADIC.read_text(encoding="utf-8")
    text = text.replace("Gao,Bourem,Bamba,Bamba,17.035,-1.4016", "Gao,Ansongo,Ouattagouna,Labbezanga,14.9563,0.696")
    moved.write_text(text, encoding="utf-8")
    f = kg.ingest([moved]).files[-1]
    assert f.counters.get("unfused", 0) >= 1
    assert clusters(kg)("event:acled/MLI9101") != BAMBA


# -- what must not fuse --------------------------------------------------------------------------------

def test_what_must_not_fuse(sahel_kg, tmp_path):
    sahel_kg.ingest([MONADIC])  # MLI9101: JNIM on the army camp of Bamba (Bourem), 6 April 2020
    base = {"class": "Attack", "place": "Bamba (Bourem)"}
    f = facts_file(tmp_path / "others.yaml", [
        dict(base, id="event:t-other-perpetrator", date="2020-04-06", perp="ISGS"),
        dict(base, id="event:t-four-days-later", date="2020-04-10"),
        dict(base, id="event:t-other-bamba", date="2020-04-06", place="Bamba (Koro)"),
        dict(base, id="event:t-a-protest", date="2020-04-06", **{"class": "Protest"}),
    ])
    s = sahel_kg.ingest([f])
    assert "fused" not in s.files[-1].counters
    assert sahel_kg.store.judgements() == []


def test_a_day_apart_and_a_parent_group_still_fuse(sahel_kg, tmp_path):
    sahel_kg.ingest([MONADIC])
    f = facts_file(tmp_path / "near.yaml", [
        {"id": "event:t-next-day", "class": "Attack", "date": "2020-04-07", "place": "Bamba (Bourem)", "perp": "JNIM"},
        # Katiba Macina is part of JNIM: no contradiction with ACLED's JNIM coding
        {"id": "event:t-ngaina", "class": "Kidnapping", "date": "2020-03-25", "place": "Niafunké", "perp": "Katiba Macina"},
    ])
    sahel_kg.ingest([f])
    canon = clusters(sahel_kg)
    assert canon("event:acled/MLI9101") == canon("event:t-next-day")
    assert canon("event:acled/MLI9102") == canon("event:t-ngaina")


def test_within_ten_km_fuses_farther_does_not(sahel_kg, tmp_path):
    sahel_kg.ingest([MONADIC])
    # two camps the pack does not know: 8 km and 30 km east of Bamba, in no cercle
    ents = [{"id": "place:t/camp-near", "name": "Camp Near", "class": "Site"},
            {"id": "place:t/camp-far", "name": "Camp Far", "class": "Site"}]
    stmts = [{"subject": "place:t/camp-near", "predicate": "lat", "value": "17.035", "source": "r"},
             {"subject": "place:t/camp-near", "predicate": "lon", "value": "-1.326", "source": "r"},
             {"subject": "place:t/camp-far", "predicate": "lat", "value": "17.035", "source": "r"},
             {"subject": "place:t/camp-far", "predicate": "lon", "value": "-1.12", "source": "r"}]
    f = facts_file(tmp_path / "camps.yaml", [
        {"id": "event:t-near", "class": "Attack", "date": "2020-04-06", "place": "place:t/camp-near", "statements": stmts},
    ], ents)
    sahel_kg.ingest([f])
    assert clusters(sahel_kg)("event:t-near") == clusters(sahel_kg)("event:acled/MLI9101")
    reason = sahel_kg.store.judgements()[0].reason
    assert "km apart" in reason
    g = facts_file(tmp_path / "camps2.yaml", [
        {"id": "event:t-far", "class": "Attack", "date": "2020-04-06", "place": "place:t/camp-far"}], ents)
    sahel_kg.ingest([g])
    assert clusters(sahel_kg)("event:t-far") == "event:t-far"


def test_dataset_rows_never_fuse_and_a_cluster_takes_one_event_per_source(sahel_kg, tmp_path):
    # two ACLED events at Bamba on the same day (the second from another export file)
    other = tmp_path / "other-export.csv"
    lines = MONADIC.read_text(encoding="utf-8").splitlines(keepends=True)
    other.write_text(lines[0] + "".join(x.replace("MLI9101", "MLI9999") for x in lines[1:] if "MLI9101" in x),
                     encoding="utf-8")
    sahel_kg.ingest([MONADIC, other])
    assert sahel_kg.store.judgements() == []
    # a report of that attack fuses with one of them, not both
    f = facts_file(tmp_path / "r.yaml", [{"id": "event:t-bamba", "class": "Attack", "date": "2020-04-06",
                                          "place": "Bamba (Bourem)", "perp": "JNIM"}])
    sahel_kg.ingest([f])
    canon = clusters(sahel_kg)
    assert canon("event:acled/MLI9101") != canon("event:acled/MLI9999")
    assert canon("event:t-bamba") in (canon("event:acled/MLI9101"), canon("event:acled/MLI9999"))


# -- blocking ---------------------------------------------------------------------------------------

def _synthetic_events(n: int, source: str):
    """n dataset events over two years at 50 places (with coordinates), a few per day."""
    out = []
    d0 = date(2019, 1, 1)
    for i in range(n):
        e = f"event:acled/SYN{i}"
        p = i % 50
        day = (d0 + timedelta(days=(i * 7) % 730)).isoformat()
        out += [Statement(e, "class", source, value="Clash", record=f"SYN{i}"),
                Statement(e, "date", source, value=day, record=f"SYN{i}"),
                Statement(e, "lat", source, value=str(14 + p * 0.3), record=f"SYN{i}"),
                Statement(e, "lon", source, value=str(-4 + (p % 7) * 0.5), record=f"SYN{i}"),
                Statement(e, "OCCURRED_AT", source, object=f"place:syn/{p}", record=f"SYN{i}"),
                Statement(e, "ATTRIBUTED_TO", source, object="actor:jnim", confidence="attributed", record=f"SYN{i}")]
    return out


def test_blocking_keeps_comparisons_few(sahel_kg, monkeypatch):
    """20,000 dataset events and three report events: fusion compares a handful of pairs and
    finds the right ones."""
    with sahel_kg.store.transaction() as tx:
        tx.add(_synthetic_events(20000, "source:acled/synthetic"))
        tx.add([Statement(f"place:syn/{p}", "class", "source:acled/synthetic", value="Settlement") for p in range(50)])
        rep = "source:example.org/report"
        for k, (i, shift) in enumerate(((7, 0), (1234, 1), (19999, 0))):
            e = f"event:t-report-{k}"
            day = date(2019, 1, 1) + timedelta(days=(i * 7) % 730 + shift)
            tx.add([Statement(e, "class", rep, value="Attack"), Statement(e, "date", rep, value=day.isoformat()),
                    Statement(e, "OCCURRED_AT", rep, object=f"place:syn/{i % 50}"),
                    Statement(e, "ATTRIBUTED_TO", rep, object="actor:jnim", confidence="attributed")])
    calls = []
    real = fusion.match
    monkeypatch.setattr(fusion, "match", lambda g, a, b: calls.append(1) or real(g, a, b))
    with sahel_kg.store.transaction() as tx:
        t = time.perf_counter()
        n = fusion.fuse(tx)
        took = time.perf_counter() - t
    assert n == 3
    assert len(calls) < 200, len(calls)  # not 3 x 20,000
    assert took < 20, took
    # each report joined a dataset event at its place within a day (several such events may tie)
    for j in sahel_kg.store.judgements():
        rep_id, syn_id = sorted((j.a, j.b), key=lambda x: x.startswith("event:acled/"))
        k = int(rep_id.rsplit("-", 1)[1])
        i, shift = ((7, 0), (1234, 1), (19999, 0))[k]
        s = int(syn_id.rsplit("SYN", 1)[1])
        assert s % 50 == i % 50 and abs((s * 7) % 730 - ((i * 7) % 730 + shift)) <= 1, (j.a, j.b)


# -- the seed report with the real ACLED Mali export ------------------------------------------------

def test_seed_report_and_acled_mali(_sahel_template, tmp_path):
    from conflictkg.kg import KG
    from conflictkg.loaders import KINDS

    if "report" not in KINDS:
        pytest.skip("the report loader (conflictkg/loaders/report.py) is not registered yet")
    seed = shared_file("data/seed/jnim-thread-2020-04-06.txt")
    mali = shared_file("data/real/acled-mali-2017-2020")
    d = tmp_path / "kg.db"
    shutil.copytree(_sahel_template, d)
    kg = KG(d, pack="sahel")
    kg.ingest([seed], options={"published": "2020-04-06"})
    s = kg.ingest([mali])
    assert sum(f.counters.get("fused", 0) for f in s.files) >= 3
    canon = clusters(kg)

    def fused_with(acled_id):
        root = canon(f"event:acled/{acled_id}")
        rows = kg.cypher("MATCH (e:Event {id: $id}) RETURN e.sources, e.fatalities_min, e.fatalities_max, "
                         "e.start_date, e.end_date, e.disputed", {"id": root}).rows
        assert len(rows) == 1
        srcs = rows[0][0]
        assert any(x.startswith("source:acled/") for x in srcs) and any(x.startswith("source:report/") for x in srcs), srcs
        return rows[0]

    # Bamba, 6 April 2020: "at least 20" in the thread, 33 in ACLED
    _, fmin, fmax, _, _, disputed = fused_with("MLI3661")
    assert (fmin, fmax) == (20, 33)
    assert any(d.startswith("fatalities_min:") and "20 [source:report/" in d and "33 [source:acled/" in d for d in disputed)
    # Tarkint: 20 March in the thread, 19 March in ACLED
    _, _, _, start, end, disputed = fused_with("MLI3585")
    assert (start, end) == ("2020-03-19", "2020-03-20")
    assert any(d.startswith("date:") and "2020-03-20 [source:report/" in d and "2020-03-19 [source:acled/" in d for d in disputed)
    # the abduction of Soumaila Cissé (Niafunké in the thread, Ngaina in ACLED)
    fused_with("MLI3616")
    victims = kg.cypher("MATCH (e:Event {id: $id})-[:VICTIM]->(a:Actor {id: 'actor:soumaila-cisse'}) RETURN count(a)",
                        {"id": canon("event:acled/MLI3616")}).rows
    assert victims == [[1]]
    # ACLED codes it as an armed clash (the fire exchanged with the escort); the fused event is the
    # report's kidnapping and is named as one, not "Armed clash, Ngaina, ..."
    name, klass, aliases = _event_row(kg, canon("event:acled/MLI3616"))
    assert klass == "Kidnapping" and not name.startswith("Armed clash") and "Armed clash, Ngaina, 2020-03-25" in aliases


# -- the name of a fused event ----------------------------------------------------------------------

ACLED_HEADER = MONADIC.read_text(encoding="utf-8").splitlines()[0]


def _acled_rows(path: Path, rows: list[dict]) -> Path:
    """Invented ACLED monadic rows (one per actor), every column the loader reads."""
    import csv

    cols = ACLED_HEADER.split(",")
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, cols)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})
    return path


def _clash_row(eid: str, day: str, actor: str, inter: int, **place) -> dict:
    return dict(dict(data_id=eid[3:], iso="466", event_id_cnty=eid, event_id_no_cnty=eid[3:], event_date=day, year=day[-4:],
                time_precision="1", event_type="Battles", sub_event_type="Armed clash", actor1=actor, inter1=str(inter),
                interaction="12", region="Western Africa", country="Mali", geo_precision="1", source="Test fixture",
                source_scale="National", notes=f"Invented test row: gunmen and soldiers exchanged fire on {day}.",
                fatalities="2", timestamp="1600000000", iso3="MLI"), **place)


def _event_row(kg, eid):
    rows = kg.cypher("MATCH (e:Event {id: $id}) RETURN e.name, e.class, e.aliases", {"id": eid}).rows
    assert len(rows) == 1, rows
    return rows[0]


AT_BAMBA = dict(admin1="Gao", admin2="Bourem", admin3="Bamba", location="Bamba", latitude="17.035", longitude="-1.4016")
AT_NGAINA = dict(admin1="Tombouctou", admin2="Niafunke", admin3="Fittouga", location="Ngaina", latitude="15.7795",
              longitude="-3.7509", geo_precision="2")


def test_a_fused_event_is_named_after_its_class_not_after_a_dataset_that_codes_it_otherwise(sahel_kg, tmp_path):
    """A report calls it an attack and a kidnapping; the dataset codes both as armed clashes. The
    fused events keep the report's classes, so the dataset's generated names ("Armed clash, ...")
    would contradict them: they become aliases (still found by name), the ids stay."""
    from click.testing import CliRunner

    from conflictkg.cli import main

    report = tmp_path / "note.txt"
    report.write_text("Invented analyst note, 12 May 2021.\n\n"
                      "On 9 May 2021 JNIM fighters attacked the army post in Bamba (Bourem) and killed 7 soldiers.\n"
                      "On 10 May 2021 JNIM kidnapped a local councillor in Ngaina (Niafunké).\n", encoding="utf-8")
    sahel_kg.ingest([report], options={"published": "2021-05-12"})
    events = {r[1]: r[0] for r in sahel_kg.cypher("MATCH (e:Event) WHERE e.class IN ['Attack', 'Kidnapping'] "
                                                   "AND e.start_date >= '2021-05-01' RETURN e.id, e.class").rows}
    assert set(events) == {"Attack", "Kidnapping"}, events
    rows = [_clash_row("MLI99001", "09 May 2021", "JNIM: Group for Support of Islam and Muslims", 2, **AT_BAMBA),
            _clash_row("MLI99001", "09 May 2021", "Military Forces of Mali (2013-2020)", 1, **AT_BAMBA),
            _clash_row("MLI99002", "10 May 2021", "JNIM: Group for Support of Islam and Muslims", 2, **AT_NGAINA),
            _clash_row("MLI99002", "10 May 2021", "Civilians (Mali)", 7, **AT_NGAINA)]
    s = sahel_kg.ingest([_acled_rows(tmp_path / "clashes.csv", rows)])
    assert s.files[-1].counters.get("fused") == 2
    canon = clusters(sahel_kg)
    for cls, acled_id, place in (("Attack", "MLI99001", "Bamba"), ("Kidnapping", "MLI99002", "Ngaina")):
        eid = events[cls]
        assert canon(f"event:acled/{acled_id}") == eid  # the report's id stays the event's id
        name, klass, aliases = _event_row(sahel_kg, eid)
        assert klass == cls and not name.startswith("Armed clash"), name
        assert f"Armed clash, {place}, 2021-05-" in " ".join(aliases)
        # the answers call it what it is, and the dataset's name still finds it
        res = CliRunner().invoke(main, ["query", "attributions", "JNIM", "--since", "2021-05", "--format", "json",
                                        "--db", str(sahel_kg.store.path)])
        assert res.exit_code == 0, res.output
        shown = {r["event_id"]: r["event"] for r in __import__("json").loads(res.stdout)}
        assert shown[eid].startswith(f"{cls} in "), shown
        dataset_name = next(a for a in aliases if a.startswith("Armed clash"))
        res = CliRunner().invoke(main, ["query", "attributions", "--event", dataset_name, "--db", str(sahel_kg.store.path)])
        assert res.exit_code == 0 and f"({eid})" in res.output, res.output


def test_a_fused_event_named_by_the_dataset_whose_class_won_keeps_that_name(sahel_kg, tmp_path):
    """Dataset first, then a report: the class first seen (the dataset's Clash) wins, and so does its
    name, which agrees with it."""
    rows = [_clash_row("MLI99003", "11 May 2021", "JNIM: Group for Support of Islam and Muslims", 2, **AT_BAMBA),
            _clash_row("MLI99003", "11 May 2021", "Military Forces of Mali (2013-2020)", 1, **AT_BAMBA)]
    sahel_kg.ingest([_acled_rows(tmp_path / "clash.csv", rows)])
    report = tmp_path / "note.txt"
    report.write_text("Invented analyst note, 13 May 2021.\n\n"
                      "On 11 May 2021 JNIM fighters attacked soldiers in Bamba (Bourem).\n", encoding="utf-8")
    sahel_kg.ingest([report], options={"published": "2021-05-13"})
    eid = clusters(sahel_kg)("event:acled/MLI99003")
    name, klass, _ = _event_row(sahel_kg, eid)
    assert (klass, name) == ("Clash", "Armed clash, Bamba, 2021-05-11")
