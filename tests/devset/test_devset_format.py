"""Format checks for the development set (tests/devset): every gold file follows
shared/gold/README.md, points at an existing report, and stays consistent with that report.

These tests never run the extractor; they only keep the gold honest so that `conflictkg eval`
scores mean something. Each failure names the gold file and the offending item.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

DEVSET = Path(__file__).resolve().parent
GOLD_DIR = DEVSET / "gold"
ONTOLOGY = DEVSET.parent.parent / "conflictkg" / "ontology" / "ontology.yaml"
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))

# The gold vocabulary (the brief and shared/gold/README.md). Kept here as a closed list so a
# typo in a gold file fails; test_vocabulary_is_in_ontology ties it to the ontology's contract.
ACTOR_TYPES = {"ArmedGroup", "StateForce", "Government", "InternationalMission", "Person",
               "Militia", "Organization", "CivilianGroup"}
PLACE_TYPES = {"Place", "Country", "AdminArea", "Settlement", "Area", "Site"}
EVENT_TYPES = {"Attack", "Clash", "Explosion", "Kidnapping", "ViolenceAgainstCivilians",
               "MilitaryOperation", "Negotiation", "Agreement", "Release", "Statement", "Protest"}
PREDICATES = {"PART_OF", "ALLIED_WITH", "PLEDGED_ALLEGIANCE_TO", "SPLINTER_OF", "RIVAL_OF",
              "MEMBER_OF", "LEADER_OF", "NEGOTIATES_WITH", "DEMANDS_WITHDRAWAL_OF", "OPERATES_IN",
              "BASED_IN", "HELD_HOSTAGE_BY", "LOCATED_IN", "LINKED_TO", "CONCERNS"}
CONFIDENCES = {"claimed", "attributed", "probable", "possible", "denied"}
STATUSES = {"proposed", "announced", "ongoing", "concluded", "refused", "failed"}
EVENT_KEYS = {"key", "type", "date", "place", "name", "fatalities", "targets", "victims",
              "participants", "perpetrators", "status", "troops", "concerns"}
ACTOR_SLOTS = ("targets", "victims", "participants")
TOP_KEYS = {"report", "published", "language", "entities", "also_ok", "events", "relations",
            "sources"}

_DATE_PART = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_RE = re.compile(rf"^{_DATE_PART}(?:/{_DATE_PART})?$")
WORD_RE = re.compile(r"\w+", re.UNICODE)
MIN_REPORTS, MIN_FRENCH = 12, 6
MIN_WORDS, MAX_WORDS = 80, 300


def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form, as the scoring compares names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def as_date_text(value) -> str | None:
    """YAML turns 2019-12-10 into a date and 2018 into an int; the gold means the ISO text."""
    if value is None:
        return None
    if isinstance(value, (dt.date, int)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return str(value)


def load(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        pytest.fail(f"{path.name}: not valid YAML: {exc}")
    if not isinstance(data, dict):
        pytest.fail(f"{path.name}: top level must be a mapping, got {type(data).__name__}")
    return data


def report_path(path: Path, gold: dict) -> Path:
    return (path.parent / gold["report"]).resolve()


def split_front_matter(text: str) -> tuple[dict, str]:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return yaml.safe_load(text[4:end]) or {}, text[end + 5:]
    return {}, text


def gold_ids(path: Path) -> list[str]:
    return [p.stem for p in path] if isinstance(path, list) else [path.stem]


@pytest.fixture(scope="module", params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold_file(request):
    path = request.param
    return path, load(path)


def test_devset_is_present():
    assert GOLD_FILES, f"no gold files found in {GOLD_DIR}"


def test_enough_reports_and_french():
    langs = [load(p).get("language") for p in GOLD_FILES]
    assert len(langs) >= MIN_REPORTS, f"{len(langs)} gold files, expected at least {MIN_REPORTS}"
    assert langs.count("fr") >= MIN_FRENCH, (
        f"{langs.count('fr')} French reports, expected at least {MIN_FRENCH}")


def test_published_given_for_some_and_inferred_for_others():
    published = [load(p).get("published") for p in GOLD_FILES]
    given = sum(v is not None for v in published)
    assert 0 < given < len(published), (
        f"published is given for {given} of {len(published)} gold files; the set must test both "
        "a date passed by the investigator and a date inferred by the loader")


def test_vocabulary_is_in_ontology():
    """The gold vocabulary must stay inside the ontology contract (extend it, never rename)."""
    if not ONTOLOGY.exists():
        pytest.skip(f"ontology not found at {ONTOLOGY}")
    onto = yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))
    classes = set(onto.get("classes", {})) | set(onto.get("labels", {}))
    missing = (ACTOR_TYPES | PLACE_TYPES | EVENT_TYPES) - classes
    assert not missing, f"classes used by the gold but absent from {ONTOLOGY.name}: {sorted(missing)}"
    missing = PREDICATES - set(onto.get("relationships", {}))
    assert not missing, f"predicates absent from {ONTOLOGY.name}: {sorted(missing)}"
    vocab = onto.get("vocabularies", {})
    conf = set(vocab["confidence"]["ordered"]) | set(vocab["confidence"].get("other", []))
    assert CONFIDENCES <= conf, f"confidence words absent from the ontology: {sorted(CONFIDENCES - conf)}"
    status = set(vocab["negotiation_status"]["ordered"])
    assert STATUSES <= status, f"statuses absent from the ontology: {sorted(STATUSES - status)}"


def test_top_level(gold_file):
    path, gold = gold_file
    unknown = set(gold) - TOP_KEYS
    assert not unknown, f"{path.name}: unknown top-level keys {sorted(unknown)}"
    for key in ("report", "language", "entities", "events"):
        assert key in gold, f"{path.name}: missing '{key}'"
    assert "published" in gold, f"{path.name}: 'published' must be given, as a date or null"
    assert gold["language"] in ("en", "fr"), f"{path.name}: language must be en or fr"
    pub = as_date_text(gold["published"])
    assert pub is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub), (
        f"{path.name}: published must be an ISO day or null, got {pub!r}")
    assert report_path(path, gold).is_file(), f"{path.name}: report not found: {gold['report']}"


def test_report_text(gold_file):
    path, gold = gold_file
    rpath = report_path(path, gold)
    front, body = split_front_matter(rpath.read_text(encoding="utf-8"))
    words = len(WORD_RE.findall(body))
    assert MIN_WORDS <= words <= MAX_WORDS, f"{rpath.name}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}"
    if "published" in front and gold["published"] is not None:
        assert as_date_text(front["published"]) == as_date_text(gold["published"]), (
            f"{path.name}: published differs from the report's front matter")


def test_entities(gold_file):
    path, gold = gold_file
    text = norm(report_path(path, gold).read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for i, ent in enumerate(gold["entities"]):
        where = f"{path.name}: entities[{i}]"
        assert isinstance(ent, dict) and "name" in ent and "type" in ent, f"{where}: needs name and type"
        assert ent["type"] in ACTOR_TYPES | PLACE_TYPES, f"{where} {ent['name']}: unknown type {ent['type']!r}"
        names = [ent["name"], *ent.get("aliases", [])]
        for n in names:
            # Accent variants of one entity collapse to one form; two entities must not.
            other = seen.setdefault(norm(n), ent["name"])
            assert other == ent["name"], f"{where}: name {n!r} also used by {other!r}"
        # Annotate only what the text says: some spelling of every gold entity is in the report.
        assert any(f" {norm(n)} " in f" {text} " for n in names), (
            f"{where}: none of {names} occurs in the report")
    for n in gold.get("also_ok", []) or []:
        assert isinstance(n, str), f"{path.name}: also_ok entries must be names, got {n!r}"
        # A name both required and optional would make the scoring depend on match order.
        assert norm(n) not in seen, f"{path.name}: also_ok {n!r} is also a name of {seen[norm(n)]!r}"


def _entity_types(gold: dict) -> dict[str, str]:
    return {ent["name"]: ent["type"] for ent in gold["entities"]}


def test_events(gold_file):
    path, gold = gold_file
    types = _entity_types(gold)
    actors = {n for n, t in types.items() if t in ACTOR_TYPES}
    places = {n for n, t in types.items() if t in PLACE_TYPES}
    keys = [ev.get("key") for ev in gold["events"]]
    assert len(keys) == len(set(keys)), f"{path.name}: duplicate event keys"
    for i, ev in enumerate(gold["events"]):
        where = f"{path.name}: events[{i}] ({ev.get('key')})"
        for required in ("key", "type", "date", "place"):
            assert required in ev, f"{where}: missing '{required}' (use null when the text has none)"
        unknown = set(ev) - EVENT_KEYS
        assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
        assert ev["type"] in EVENT_TYPES, f"{where}: unknown event type {ev['type']!r}"
        date = as_date_text(ev["date"])
        assert date is None or DATE_RE.match(date), f"{where}: bad date {date!r}"
        if date and "/" in date:
            start, end = date.split("/")
            assert start <= end, f"{where}: date range ends before it starts"
        assert ev["place"] is None or ev["place"] in places, (
            f"{where}: place {ev['place']!r} is not a place entity of this file")
        for slot in ACTOR_SLOTS:
            for actor in ev.get(slot, []) or []:
                assert actor in actors, f"{where}: {slot} {actor!r} is not an actor entity of this file"
        for p in ev.get("perpetrators", []) or []:
            assert p.get("actor") in actors, f"{where}: perpetrator {p!r} is not an actor entity"
            assert p.get("confidence") in CONFIDENCES, f"{where}: bad confidence in {p!r}"
        perps = [p["actor"] for p in ev.get("perpetrators", []) or []]
        assert len(perps) == len(set(perps)), f"{where}: an actor is listed twice as perpetrator"
        if "status" in ev:
            assert ev["status"] in STATUSES, f"{where}: bad status {ev['status']!r}"
        if "fatalities" in ev:
            fat = ev["fatalities"]
            assert isinstance(fat, dict) and fat and set(fat) <= {"min", "max", "exact"}, (
                f"{where}: fatalities must use min/max/exact")
            assert all(isinstance(v, int) and v >= 0 for v in fat.values()), f"{where}: fatalities must be counts"
            assert "exact" not in fat or len(fat) == 1, f"{where}: exact excludes min/max"
            assert fat.get("min", 0) <= fat.get("max", fat.get("min", 0)), f"{where}: min > max"
        if "troops" in ev:
            assert isinstance(ev["troops"], int) and ev["troops"] > 0, f"{where}: troops must be a count"
        if ev["type"] == "Statement":
            assert ev.get("participants"), f"{where}: a Statement has its issuer in participants"
        if "concerns" in ev:
            assert ev["concerns"] in keys, f"{where}: concerns unknown event key {ev['concerns']!r}"
            assert ev["concerns"] != ev["key"], f"{where}: an event cannot concern itself"


def test_relations(gold_file):
    path, gold = gold_file
    types = _entity_types(gold)
    keys = {ev["key"] for ev in gold["events"]}
    triples = set()
    for i, rel in enumerate(gold.get("relations", []) or []):
        where = f"{path.name}: relations[{i}]"
        assert {"subject", "predicate", "object"} <= set(rel), f"{where}: needs subject, predicate, object"
        assert rel["predicate"] in PREDICATES, f"{where}: unknown predicate {rel['predicate']!r}"
        if "confidence" in rel:
            assert rel["confidence"] in CONFIDENCES, f"{where}: bad confidence {rel['confidence']!r}"
        for end in ("subject", "object"):
            assert rel[end] in types or rel[end] in keys, (
                f"{where}: {end} {rel[end]!r} is neither an entity nor an event key of this file")
        s, p, o = rel["subject"], rel["predicate"], rel["object"]
        if p in ("LINKED_TO", "CONCERNS"):
            assert s in keys and o in keys, f"{where}: {p} links two events"
        elif p == "PART_OF" and (s in keys or o in keys):
            assert s in keys and o in keys, f"{where}: PART_OF links two actors or two events"
        else:
            assert s in types and o in types, f"{where}: {p} links entities, not events"
        if p == "LOCATED_IN":
            assert types[s] in PLACE_TYPES and types[o] in PLACE_TYPES, f"{where}: LOCATED_IN links places"
        if p in ("OPERATES_IN", "BASED_IN"):
            assert types[s] in ACTOR_TYPES and types[o] in PLACE_TYPES, f"{where}: {p} links an actor to a place"
        if p == "LEADER_OF" or p == "HELD_HOSTAGE_BY":
            assert types[s] == "Person", f"{where}: {p} has a Person as subject"
        assert (s, p, o) not in triples, f"{where}: duplicate relation"
        triples.add((s, p, o))
