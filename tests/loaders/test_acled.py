"""ACLED exports: both layouts, dates, roles and confidence from the notes, places, bad rows,
upsert and prune on our synthetic fixtures; the real Mali and Burkina Faso exports from ../shared."""
import csv
import os
import shutil
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflictkg.cli import main
from conflictkg.loaders import acled, pick

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "acled"
DYADIC = FIX / "dyadic-burkina.csv"
MONADIC = FIX / "monadic-mali.csv"
NEWER = FIX / "monadic-mali-newer.csv"
BAD = FIX / "bad-rows.csv"


def rels(kg, event, types=None):
    rows = kg.cypher("MATCH (e:Event {id: $id})-[r]->(x) RETURN label(r), r.confidence, x.id",
                     {"id": event}).rows
    return sorted(tuple(r) for r in rows if types is None or r[0] in types)


def event(kg, eid, *props):
    q = "MATCH (e:Event {id: $id}) RETURN " + ", ".join(f"e.{p}" for p in props)
    rows = kg.cypher(q, {"id": eid}).rows
    assert len(rows) == 1, f"{eid}: {rows}"
    return rows[0]


@pytest.fixture(scope="module")
def fx_kg(_sahel_template, tmp_path_factory):
    """Both synthetic exports loaded once, for the tests that only read."""
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("acled-fixtures") / "kg.db"
    shutil.copytree(_sahel_template, d)
    kg = KG(d, pack="sahel")
    kg.files = {Path(f.path).name: f for f in kg.ingest([DYADIC, MONADIC]).files}
    return kg


# -- units ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("06 April 2020", None, date(2020, 4, 6)),
    ("6 April 2020", "2020", date(2020, 4, 6)),
    ("2020-04-06", None, date(2020, 4, 6)),
    ("16-Feb-21", "2021", date(2021, 2, 16)),
    ("16-Feb-21", None, date(2021, 2, 16)),
    ("03-Mar-99", "1999", date(1999, 3, 3)),
    ("1 Sept 2019", None, date(2019, 9, 1)),
])
def test_dates_in_the_wild(text, year, expected):
    assert acled.parse_date(text, year) == expected


@pytest.mark.parametrize("text", ["31 Febtember 2020", "2020-02-30", "04/06/2020", "", "April 2020"])
def test_bad_dates_raise(text):
    with pytest.raises(ValueError):
        acled.parse_date(text)


def test_both_layouts_and_the_index_are_sniffed_by_header():
    for f in (DYADIC, MONADIC, FIX / "index-not-export.csv"):
        assert pick(f).kind == "acled"
    assert pick(Path(__file__).resolve().parent.parent / "fixtures" / "ucdp" / "ged-sahel-sample.csv").kind == "ucdp"


@pytest.mark.parametrize("label, inter, cls", [
    ("Military Forces of Mali (2013-2020)", "1", "StateForce"),
    ("Government of Mali (2020-2021)", "1", "Government"),
    ("Katiba Serma", "2", "ArmedGroup"),
    ("Some Political Militia", "3", "ArmedGroup"),
    ("Dogon Ethnic Militia (Mali)", "4", "Militia"),
    ("Protesters (Mali)", "6", "CivilianGroup"),
    ("Civilians (Mali)", "7", "CivilianGroup"),
    ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)", "8", "InternationalMission"),
    ("Military Forces of France (2017-)", "8", "StateForce"),
    ("Military Forces of France (2017-)", "External/Other forces", "StateForce"),
    ("Rebel Front (Test)", "Rebel group", "ArmedGroup"),
])
def test_inter_codes_give_actor_classes(label, inter, cls):
    assert acled.actor_class(label, acled._inter(inter)) == cls


# -- the dyadic layout ------------------------------------------------------------------------------

def test_dyadic_export_with_bom_crlf_and_quoted_newlines(fx_kg):
    f = fx_kg.files[DYADIC.name]
    assert f.kind == "acled"
    assert f.counters["rows"] == 6 and f.counters["events"] == 6
    # the quoted newline stayed inside the notes of one row
    ev = fx_kg.cypher("MATCH (e:Event {id: 'event:acled/BFO9001'}) RETURN e.evidence").rows[0][0]
    assert any("Both men were freed" in q and "Gomboro" in q for q in ev)
    assert event(fx_kg, "event:acled/BFO9001", "date", "date_precision", "class") == ["2021-02-16", "day", "Kidnapping"]


def test_dyadic_roles_and_confidence_from_notes(fx_kg):
    # abduction: the non-civilian side perpetrated ("Suspected ..."), civilians and farmers are victims,
    # the associated JNIM took part
    assert rels(fx_kg, "event:acled/BFO9001", {"ATTRIBUTED_TO", "VICTIM", "PARTICIPANT"}) == [
        ("ATTRIBUTED_TO", "possible", "actor:katiba-macina"),
        ("PARTICIPANT", "attributed", "actor:jnim"),
        ("VICTIM", "attributed", "actor:civilians-burkina-faso"),
        ("VICTIM", "attributed", "actor:farmers-burkina-faso")]
    # armed clash: "Presumed ISGS militants ambushed a Burkinabe army patrol"
    assert rels(fx_kg, "event:acled/BFO9002", {"ATTRIBUTED_TO", "TARGETED"}) == [
        ("ATTRIBUTED_TO", "probable", "actor:isgs"), ("TARGETED", "attributed", "actor:burkina-armed-forces")]
    # the ambiguous "JNIM ... and/or Islamic State ..." label: both candidates, possible
    assert rels(fx_kg, "event:acled/BFO9003", {"ATTRIBUTED_TO"}) == [
        ("ATTRIBUTED_TO", "possible", "actor:isgs"), ("ATTRIBUTED_TO", "possible", "actor:jnim")]
    # a claim of responsibility in the notes
    assert ("ATTRIBUTED_TO", "claimed", "actor:jnim") in rels(fx_kg, "event:acled/BFO9005")
    # a clash the notes do not attribute: both sides are participants
    assert rels(fx_kg, "event:acled/BFO9006", {"ATTRIBUTED_TO", "PARTICIPANT", "TARGETED"}) == [
        ("PARTICIPANT", "attributed", "actor:isgs"), ("PARTICIPANT", "attributed", "actor:jnim")]


def test_associated_actor_is_affiliation_evidence(fx_kg):
    rows = fx_kg.cypher(
        "MATCH (a:Actor {id: 'actor:katiba-macina'})-[r:PART_OF]->(b:Actor {id: 'actor:jnim'}) "
        "MATCH (c:Claim {rel_id: r.id})-[:STATED_IN]->(s:Source {id: 'source:acled/dyadic-burkina'}) "
        "RETURN c.quote, c.confidence").rows
    assert len(rows) == 1
    quote, conf = rows[0]
    assert "dyadic-burkina.csv:2 BFO9001" in quote and "JNIM: Group for Support of Islam and Muslims" in quote
    assert conf == "attributed"  # the pack's curated PART_OF gives the direction


def test_unknown_label_becomes_unverified_actor_reported_once(fx_kg):
    s_files = [fx_kg.files[DYADIC.name]]
    issues = [i for i in s_files[-1].issues if "Brigade of the Dunes" in i.reason]
    assert len(issues) == 1 and issues[0].line == 6
    row = fx_kg.cypher("MATCH (a:Actor {id: 'actor:acled/brigade-of-the-dunes-test'}) "
                          "RETURN a.name, a.class, a.verified").rows
    assert row == [["Brigade of the Dunes (Test)", "ArmedGroup", False]]


def test_dataset_source_and_row_evidence(fx_kg):
    src = fx_kg.cypher("MATCH (s:Source {id: 'source:acled/dyadic-burkina'}) "
                          "RETURN s.class, s.publisher, s.reliability").rows
    assert src == [["Dataset", "ACLED (Armed Conflict Location & Event Data Project)", "B"]]
    quotes = fx_kg.cypher(
        "MATCH (c:Claim)-[:ABOUT]->(e:Event {id: 'event:acled/BFO9002'}) WHERE c.predicate = 'fatalities_min' "
        "RETURN c.value, c.quote").rows
    # line 4: the row before it spans lines 2-3 (a newline inside its quoted notes)
    assert quotes == [["5", "dyadic-burkina.csv:4 BFO9002"]]
    records = {r[0] for r in fx_kg.store.reader().execute(
        "SELECT DISTINCT record FROM statements WHERE subject = 'event:acled/BFO9002'")}
    assert records == {"BFO9002"}


def test_dataset_relationship_evidence_is_the_row_reference_and_its_claim_the_notes(fx_kg):
    """A relationship built from rows keeps each row's reference as evidence, not its notes (issue 6:
    the notes were copied onto every role of the event); its Claim keeps the quote with the notes, and
    `attributions --event` shows that quote."""
    rows = fx_kg.cypher(
        "MATCH (e:Event {id: 'event:acled/BFO9002'})-[r:ATTRIBUTED_TO]->(a:Actor {id: 'actor:isgs'}) "
        "MATCH (c:Claim {rel_id: r.id}) RETURN r.evidence, c.quote, c.evidence").rows
    assert len(rows) == 1
    evidence, quote, claim_evidence = rows[0]
    assert evidence == ["dyadic-burkina.csv:4 BFO9002"]
    assert quote.startswith("dyadic-burkina.csv:4 BFO9002: ") and "ambushed a Burkinabe army patrol" in quote
    assert claim_evidence == [quote]
    # the event node keeps the notes among its own evidence
    ev = event(fx_kg, "event:acled/BFO9002", "evidence")[0]
    assert any("ambushed a Burkinabe army patrol" in q for q in ev)
    res = CliRunner().invoke(main, ["query", "attributions", "--event", "event:acled/BFO9002", "--format", "json",
                                    "--db", str(fx_kg.settings.db)])
    assert res.exit_code == 0, res.output
    assert "ambushed a Burkinabe army patrol" in res.output


# -- the monadic layout -----------------------------------------------------------------------------

def test_monadic_rows_are_joined_even_when_not_adjacent(fx_kg):
    f = fx_kg.files[MONADIC.name]
    assert f.counters["rows"] == 12 and f.counters["events"] == 7
    assert fx_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/MLI' RETURN count(e)").rows == [[7]]
    # rows 2 and 5 of the file: "JNIM militants overran the army camp"
    assert rels(fx_kg, "event:acled/MLI9101", {"ATTRIBUTED_TO", "TARGETED", "PARTICIPANT"}) == [
        ("ATTRIBUTED_TO", "attributed", "actor:jnim"), ("TARGETED", "attributed", "actor:fama")]
    assert event(fx_kg, "event:acled/MLI9101", "fatalities_min", "fatalities_max", "geo_precision", "lat", "lon") == \
        [33, 33, "exact", 17.035, -1.4016]


def test_monadic_civilians_row_is_the_victim(fx_kg):
    assert rels(fx_kg, "event:acled/MLI9102", {"ATTRIBUTED_TO", "VICTIM", "PARTICIPANT"}) == [
        ("ATTRIBUTED_TO", "probable", "actor:katiba-macina"),
        ("PARTICIPANT", "attributed", "actor:jnim"),
        ("VICTIM", "attributed", "actor:civilians-mali"),
        ("VICTIM", "attributed", "actor:urd")]
    # air strike: the state side, whatever the row order; the hedge on ISGS does not weaken it
    assert rels(fx_kg, "event:acled/MLI9103", {"ATTRIBUTED_TO", "TARGETED"}) == [
        ("ATTRIBUTED_TO", "attributed", "actor:barkhane"), ("TARGETED", "attributed", "actor:isgs")]
    # an unidentified perpetrator stays what ACLED says
    assert ("ATTRIBUTED_TO", "attributed", "actor:unidentified-armed-group-mali") in rels(fx_kg, "event:acled/MLI9106")


def test_time_precision(fx_kg):
    # 3: only the month is known
    assert event(fx_kg, "event:acled/MLI9103", "date", "date_precision", "start_date", "end_date") == \
        ["2020-03", "month", "2020-03-01", "2020-03-31"]
    # 2: the day is kept, the week around it is the window
    assert event(fx_kg, "event:acled/MLI9104", "date", "date_precision", "start_date", "end_date") == \
        ["2020-10-06", "day", "2020-10-03", "2020-10-09"]


def test_the_generated_name_says_no_more_of_the_date_than_the_date_does(fx_kg):
    """A month-precision event was called "Air/drone strike, Labbezanga, 2020-03-13" beside its
    date 2020-03 (month) in every answer: the day is ACLED's stand-in, not a day anyone reported."""
    assert event(fx_kg, "event:acled/MLI9103", "name", "date") == ["Air/drone strike, Labbezanga, 2020-03", "2020-03"]
    name, day = event(fx_kg, "event:acled/MLI9104", "name", "date")  # a week's event keeps its reference day
    assert name.endswith(", 2020-10-06") and day == "2020-10-06"


def test_places_by_name_and_admin_context(fx_kg):
    where = lambda e: fx_kg.cypher("MATCH (:Event {id: $id})-[:OCCURRED_AT]->(p) RETURN p.id", {"id": e}).rows  # noqa: E731
    assert where("event:acled/MLI9101") == [["place:ml/gao/bourem/bamba"]]
    assert where("event:acled/MLI9106") == [["place:ml/mopti/koro/bamba"]]  # the other Bamba
    # a Bamba the pack does not know, in a cercle it does: a new unverified settlement under the cercle
    assert where("event:acled/MLI9107") == [["place:ml/timbuktu/gourma-rharous/bamba"]]
    row = fx_kg.cypher("MATCH (p:Place {id: 'place:ml/timbuktu/gourma-rharous/bamba'})-[:LOCATED_IN]->(q) "
                          "RETURN p.class, p.verified, p.lat, p.lon, p.commune, q.id").rows
    assert row == [["Settlement", False, 15.9, -2.1, "Bambara Maoude", "place:ml/timbuktu/gourma-rharous"]]


def test_small_window_still_keeps_one_event_per_id(sahel_kg, monkeypatch):
    """With a window smaller than the gap between an event's rows, memory stays bounded; the event
    is still one node with every actor, only the roles degrade to participants."""
    monkeypatch.setattr(acled, "WINDOW", 1)
    sahel_kg.ingest([MONADIC])
    assert sahel_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/' RETURN count(e)").rows == [[7]]
    got = {x for _, _, x in rels(sahel_kg, "event:acled/MLI9101", {"ATTRIBUTED_TO", "TARGETED", "PARTICIPANT"})}
    assert got == {"actor:jnim", "actor:fama"}


# -- bad rows, strict, upsert, prune -----------------------------------------------------------------

def test_bad_rows_are_reported_and_the_rest_ingested(sahel_kg):
    s = sahel_kg.ingest([BAD])
    f = s.files[-1]
    got = {(i.line, i.reason.split(";")[0]) for i in f.issues}
    assert got == {
        (3, "event_date '31 Febtember 2020': unknown month 'Febtember'"),
        (4, "unknown event type 'Alien invasion' / 'Armed clash'"),
        (5, "fatalities is not a count: 'many'"),
        (6, "row has 10 fields, the header has 28 (missing columns)"),
    }
    assert all(i.path == str(BAD) for i in f.issues)
    assert f.counters["events"] == 2 and f.counters["skipped rows"] == 4
    ids = {r[0] for r in sahel_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/' RETURN e.id").rows}
    assert ids == {"event:acled/MLI9200", "event:acled/MLI9205"}


def test_an_impossible_day_names_the_date(sahel_kg, tmp_path):
    """Python's "day is out of range for month" alone would leave the user searching the row."""
    f = tmp_path / "impossible-day.csv"
    f.write_text(MONADIC.read_text(encoding="utf-8").replace("06 April 2020", "31 April 2020"), encoding="utf-8")
    issues = {(i.line, i.reason) for i in sahel_kg.ingest([f]).files[-1].issues if "April" in i.reason}
    assert issues and all(r.startswith("event_date '31 April 2020': day is out of range") for _, r in issues)


def test_strict_refuses_the_file(sahel_kg):
    before = sahel_kg.store.count()
    res = CliRunner().invoke(main, ["ingest", str(BAD), "--strict", "--db", str(sahel_kg.store.path)],
                             env={"CONFLICTKG_PACK": "sahel"})
    assert res.exit_code == 2, res.output
    assert f"{BAD}:" in res.output and "--strict" in res.output and "Traceback" not in res.output
    # the whole file is refused: the message must not say a row was skipped
    assert "refused" in res.output and "skipped" not in res.output, res.output
    assert sahel_kg.store.count() == before
    # without --strict the CLI lists each skipped row
    res = CliRunner().invoke(main, ["ingest", str(BAD), "--db", str(sahel_kg.store.path)], env={"CONFLICTKG_PACK": "sahel"})
    assert res.exit_code == 0, res.output
    assert f"skipped: {BAD}:3: event_date '31 Febtember 2020': unknown month 'Febtember'; row skipped" in res.output


def test_missing_required_column_refuses_the_file(sahel_kg, tmp_path):
    f = tmp_path / "no-type.csv"
    with open(MONADIC, encoding="utf-8") as src:
        rows = list(csv.reader(src))
    drop = rows[0].index("event_type")
    with open(f, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([r[:drop] + r[drop + 1:] for r in rows])
    res = CliRunner().invoke(main, ["ingest", str(f), "--kind", "acled", "--db", str(sahel_kg.store.path)],
                             env={"CONFLICTKG_PACK": "sahel"})
    assert res.exit_code == 2 and f"{f}:1: not an ACLED export: missing column(s) event_type" in res.output


def test_reingest_is_a_no_op(sahel_kg):
    sahel_kg.ingest([MONADIC])
    n = sahel_kg.store.count()
    again = sahel_kg.ingest([MONADIC])
    assert again.files[-1].new == 0 and again.files[-1].removed == 0 and sahel_kg.store.count() == n
    assert "replaced" not in again.files[-1].counters


def test_a_first_export_larger_than_the_store_is_indexed_at_the_end(sahel_kg, _sahel_template, tmp_path,
                                                                   monkeypatch):
    """An export bigger than the store builds the subject and record indexes once at the end: the
    same statements in the same order as indexing row by row, the same indexes after, and
    re-ingest, upsert and prune work on the result."""
    from conflictkg.graph.store import Transaction
    from conflictkg.kg import KG
    from conflictkg.loaders import datasets

    def rows(kg):
        with kg.store.reader() as con:
            return (con.execute("SELECT id, subject, predicate, object, value, source, evidence, confidence, "
                                "record FROM statements ORDER BY seq").fetchall(),
                    con.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").fetchall())

    used = []
    bulk = Transaction.bulk

    @contextmanager
    def spy(self, expected):
        with bulk(self, expected) as dropped:
            used.append(dropped)
            yield dropped

    monkeypatch.setattr(Transaction, "bulk", spy)
    sahel_kg.ingest([MONADIC])
    assert used == [False]  # a small file into the pack: indexed as it goes
    shutil.copytree(_sahel_template, tmp_path / "big.db")
    big = KG(tmp_path / "big.db", pack="sahel")
    monkeypatch.setattr(datasets, "BYTES_PER_STATEMENT", 0.1)
    big.ingest([MONADIC])
    assert used == [False, True]
    assert rows(big) == rows(sahel_kg)
    assert big.ingest([MONADIC]).files[-1].new == 0
    s = big.ingest([NEWER], options={"prune": True})
    assert s.files[-1].counters["replaced"] == 6 and s.files[-1].counters["pruned"] == 1


def test_newer_export_replaces_the_events_it_contains(sahel_kg):
    sahel_kg.ingest([MONADIC])
    s = sahel_kg.ingest([NEWER])
    f = s.files[-1]
    assert f.counters["replaced"] == 6 and f.removed > 0
    # only the newer values remain: no dispute with the older export
    assert event(sahel_kg, "event:acled/MLI9101", "fatalities_min", "fatalities_max", "sources", "disputed") == \
        [35, 35, ["source:acled/monadic-mali-newer"], []]
    # without --prune, the event missing from the newer export stays
    assert event(sahel_kg, "event:acled/MLI9105", "sources") == [["source:acled/monadic-mali"]]


def test_prune_retracts_events_a_full_reexport_lacks(sahel_kg):
    sahel_kg.ingest([DYADIC, MONADIC])
    s = sahel_kg.ingest([NEWER], options={"prune": True})
    assert s.files[-1].counters["pruned"] == 1
    ids = {r[0] for r in sahel_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/' RETURN e.id").rows}
    assert "event:acled/MLI9105" not in ids
    # other countries' events are outside the export's scope
    assert {f"event:acled/BFO900{i}" for i in range(1, 7)} <= ids


def test_directory_ingest_skips_folder_docs_and_id_lists(sahel_kg, tmp_path):
    d = tmp_path / "export"
    d.mkdir()
    shutil.copy(MONADIC, d / "2020-Mali.csv")
    shutil.copy(FIX / "index-not-export.csv", d / "mentions-index.csv")
    (d / "SOURCE.md").write_text("# Where this export comes from\nOn 6 April 2020 JNIM attacked Bamba.\n")
    s = sahel_kg.ingest([d])
    names = [Path(f.path).name for f in s.files[1:]] if s.files[0].kind == "pack" else [Path(f.path).name for f in s.files]
    assert names == ["2020-Mali.csv", "mentions-index.csv"]
    idx = s.files[-1]
    assert idx.new == 0 and "not an ACLED event export" in idx.issues[0].reason
    assert sahel_kg.cypher("MATCH (e:Event) RETURN count(e)").rows == [[7]]


def test_progress_callback(sahel_kg):
    calls = []
    sahel_kg.ingest([MONADIC], progress=lambda done, total, label: calls.append((done, total, label)))
    assert calls and calls[-1][0] == calls[-1][1] == MONADIC.stat().st_size
    assert "monadic-mali.csv" in calls[-1][2]


# -- the real exports in ../shared ---------------------------------------------------------------

MALI_DIR = "data/real/acled-mali-2017-2020"
BURKINA = "data/real/acled-burkina-sample/1900-01-01-2022-11-02-Burkina_Faso.csv"
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def shared_file(rel: str) -> Path:
    """As conftest.shared_path (usable from a module-scoped fixture): skip locally, fail in CI."""
    p = SHARED / rel
    if not p.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"required in CI but missing: shared data not found: {p}")
        pytest.skip(f"shared data not found: {p} (clone the project beside ../shared)")
    return p


@pytest.fixture(scope="module")
def mali_kg(_sahel_template, tmp_path_factory):
    from conflictkg.kg import KG

    folder = shared_file(MALI_DIR)
    d = tmp_path_factory.mktemp("mali") / "kg.db"
    shutil.copytree(_sahel_template, d)
    kg = KG(d, pack="sahel")
    kg.summary = kg.ingest([folder])
    kg.folder = folder
    return kg


def _label_events(path, *labels):
    """event ids whose rows carry one of ``labels`` as actor or associated actor."""
    out = {lab: set() for lab in labels}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
                for lab in (row.get(col) or "").split(";"):
                    if lab.strip() in out:
                        out[lab.strip()].add(row["event_id_cnty"])
    return out


def _linked(kg, events, actor):
    rows = kg.cypher("MATCH (e:Event)-[r]->(a:Actor {id: $a}) WHERE e.id IN $ids RETURN DISTINCT e.id",
                     {"a": actor, "ids": [f"event:acled/{e}" for e in events]}).rows
    return {r[0].split("/", 1)[1] for r in rows}


def test_real_mali_export_one_event_per_id(mali_kg):
    csv_file = next(mali_kg.folder.glob("*-Mali.csv"))
    with open(csv_file, encoding="utf-8-sig", newline="") as f:
        ids = {row["event_id_cnty"] for row in csv.DictReader(f)}
    assert len(ids) == 3314
    n = mali_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/MLI' RETURN count(e)").rows
    assert n == [[3314]]
    files = {Path(f.path).name: f for f in mali_kg.summary.files}
    assert "SOURCE.md" not in files
    assert files[csv_file.name].counters["events"] == 3314 and files[csv_file.name].counters["rows"] == 6214
    assert "skipped rows" not in files[csv_file.name].counters
    index = files["mentions-index-2019-2020.csv"]
    assert index.new == 0 and "not an ACLED event export" in index.issues[0].reason


def test_real_mali_labels_resolve_to_pack_actors(mali_kg):
    csv_file = next(mali_kg.folder.glob("*-Mali.csv"))
    labels = _label_events(csv_file, "JNIM: Group for Support of Islam and Muslims", "Katiba Macina",
                           "Islamic State (Greater Sahara)", "Islamic State (West Africa) - Greater Sahara Faction",
                           "JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction")
    expected = {"JNIM: Group for Support of Islam and Muslims": "actor:jnim", "Katiba Macina": "actor:katiba-macina",
                "Islamic State (Greater Sahara)": "actor:isgs",
                "Islamic State (West Africa) - Greater Sahara Faction": "actor:isgs"}
    for label, actor in expected.items():
        assert labels[label], label
        assert _linked(mali_kg, labels[label], actor) == labels[label], label
    either = labels["JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction"]
    assert either and _linked(mali_kg, either, "actor:jnim") == either and _linked(mali_kg, either, "actor:isgs") == either
    # no stray actor was made for any of these labels
    stray = mali_kg.cypher("MATCH (a:Actor) WHERE a.id STARTS WITH 'actor:acled/' AND "
                           "(a.name CONTAINS 'JNIM' OR a.name CONTAINS 'Islamic State' OR a.name CONTAINS 'Macina') "
                           "RETURN a.id").rows
    assert stray == []


def test_real_mali_key_events(mali_kg):
    assert rels(mali_kg, "event:acled/MLI3661", {"ATTRIBUTED_TO", "TARGETED", "OCCURRED_AT"}) == [
        ("ATTRIBUTED_TO", "attributed", "actor:jnim"), ("OCCURRED_AT", "attributed", "place:ml/gao/bourem/bamba"),
        ("TARGETED", "attributed", "actor:fama")]
    assert event(mali_kg, "event:acled/MLI3661", "date", "fatalities_min", "fatalities_max") == ["2020-04-06", 33, 33]
    assert ("OCCURRED_AT", "attributed", "place:ml/gao/bourem/tarkint") in rels(mali_kg, "event:acled/MLI3585")
    # "presumed Katiba Macina (JNIM) militants": probable
    assert ("ATTRIBUTED_TO", "probable", "actor:jnim") in rels(mali_kg, "event:acled/MLI3616")
    assert ("OCCURRED_AT", "attributed", "place:ml/timbuktu/niafunke/ngaina") in rels(mali_kg, "event:acled/MLI3616")


def test_real_burkina_sample_loads(sahel_kg):
    path = shared_file(BURKINA)
    s = sahel_kg.ingest([path])
    f = s.files[-1]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert f.kind == "acled" and f.counters["rows"] == len(rows)  # 254 (SOURCE.md says 253)
    assert f.counters["events"] == len({r["event_id_cnty"] for r in rows})
    assert "skipped rows" not in f.counters
    labels = _label_events(path, "Islamic State (West Africa) - Greater Sahara Faction", "Islamic State (Sahel)",
                           "Katiba Macina")
    for label in ("Islamic State (West Africa) - Greater Sahara Faction", "Islamic State (Sahel)"):
        assert labels[label] and _linked(sahel_kg, labels[label], "actor:isgs") == labels[label]
    assert _linked(sahel_kg, labels["Katiba Macina"], "actor:katiba-macina") == labels["Katiba Macina"]
    # the two-digit years of this file ("16-Feb-21")
    years = {r[0][:4] for r in sahel_kg.cypher("MATCH (e:Event) WHERE e.id STARTS WITH 'event:acled/BFO' RETURN e.date").rows}
    assert years <= {str(y) for y in range(1997, 2023)} and "2021" in years


def test_strict_accepts_a_clean_real_export(sahel_kg, shared):
    """Unmapped actor labels are notes (kept as new actors), not errors: --strict still loads the file."""
    f = shared("data/real/acled-burkina-sample/1900-01-01-2022-11-02-Burkina_Faso.csv")
    summary = sahel_kg.ingest([f], options={"strict": True})
    assert summary.files[-1].new > 0
    assert all(i.severity == "note" for i in summary.files[-1].issues)
