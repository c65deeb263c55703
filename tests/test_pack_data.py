"""Integrity of the Sahel region pack's data files (plain YAML checks, no project code).

These tests read conflictkg/ontology/packs/sahel/*.yaml directly so that a broken pack is
reported with the file and the offending id even when the loader itself is broken.
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

PACK = Path(__file__).resolve().parent.parent / "conflictkg" / "ontology" / "packs" / "sahel"

ACTOR_CLASSES = {"ArmedGroup", "StateForce", "Government", "InternationalMission", "Person",
                 "Militia", "Organization", "CivilianGroup"}
PLACE_CLASSES = {"Country", "AdminArea", "Settlement", "Area", "Site"}
LEVELS = {"region", "cercle", "province", "department", "commune"}
ACTOR_PREDICATES = {"PART_OF", "ALLIED_WITH", "PLEDGED_ALLEGIANCE_TO", "SPLINTER_OF", "RIVAL_OF",
                    "MEMBER_OF", "LEADER_OF"}
PLACE_PREDICATES = {"OPERATES_IN", "BASED_IN"}
CONFIDENCE = {"claimed", "attributed", "probable", "possible"}
ID_RE = re.compile(r"^actor:[a-z0-9]+(-[a-z0-9]+)*$")
PLACE_ID_RE = re.compile(r"^place:[a-z0-9-]+(/[a-z0-9-]+)*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Rough country boxes: a swapped lat/lon or a place filed under the wrong country falls outside.
BOXES = {"ml": (10.0, 25.1, -12.3, 4.3), "bf": (9.3, 15.1, -5.6, 2.5), "ne": (11.6, 23.6, 0.1, 16.0)}
# Places named in reports for which no verified coordinates were found (documented in README).
NO_COORDS = {"place:ml/timbuktu/niafunke/sarafere", "place:ml/timbuktu/niafunke/koumaira",
             "place:bf/sahel/soum/koutougou", "place:ml/menaka/tidermene", "place:ml/mopti/bandiagara/sangha"}


def load(name):
    path = PACK / name
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def actors():
    return load("actors.yaml")["actors"]


@pytest.fixture(scope="module")
def places():
    return load("places.yaml")["places"]


@pytest.fixture(scope="module")
def relations():
    return load("relations.yaml")["relations"]


@pytest.fixture(scope="module")
def acled():
    return load("acled_actors.yaml")["acled_actors"]


@pytest.fixture(scope="module")
def ucdp():
    return load("ucdp_actors.yaml")["ucdp_actors"]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def loose(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", norm(text)).strip()


def iso(value) -> str:
    """YAML turns 2017-03-02 into a date and 2017 into an int; compare them as ISO text."""
    return str(value)


def names_of(actor):
    out = [actor["name"]]
    for alias in actor.get("aliases") or []:
        out.append(alias if isinstance(alias, str) else alias["name"])
    return out


def test_pack_metadata():
    pack = load("pack.yaml")
    assert pack["id"] == "sahel"
    assert pack["version"] >= 1
    assert pack["source"]["id"] == "source:pack-sahel"
    assert pack["source"]["reliability"] in set("ABCDEF")
    assert pack["title"] and pack["description"]


def test_actor_records_are_well_formed(actors):
    problems = []
    for a in actors:
        where = a.get("id", repr(a)[:60])
        if not ID_RE.match(a.get("id", "")):
            problems.append(f"{where}: bad id")
        if a.get("class") not in ACTOR_CLASSES:
            problems.append(f"{where}: bad class {a.get('class')!r}")
        if not a.get("name") or not a.get("description") or not a.get("sources"):
            problems.append(f"{where}: name, description and sources are required")
        for key in ("founded", "dissolved"):
            if a.get(key) is not None and not DATE_RE.match(iso(a[key])):
                problems.append(f"{where}: {key} {a[key]!r} is not an ISO date or prefix")
        if a.get("founded") and a.get("dissolved") and iso(a["founded"]) > iso(a["dissolved"]):
            problems.append(f"{where}: dissolved before founded")
        for alias in a.get("aliases") or []:
            if isinstance(alias, dict):
                if "name" not in alias or set(alias) - {"name", "lang", "from", "until"}:
                    problems.append(f"{where}: alias {alias!r} must have name and only lang/from/until")
                for key in ("from", "until"):
                    if key in alias and not DATE_RE.match(iso(alias[key])):
                        problems.append(f"{where}: alias {alias['name']!r} {key} is not a date")
            elif not isinstance(alias, str):
                problems.append(f"{where}: alias {alias!r} is neither a string nor a mapping")
        for c in a.get("countries") or []:
            if not re.match(r"^[A-Z]{2}$", c):
                problems.append(f"{where}: country {c!r} is not ISO2")
        for s in a.get("sources") or []:
            if not isinstance(s, str):
                problems.append(f"{where}: source {s!r} is not a string")
    assert not problems, "\n".join(problems)


def test_ids_are_unique(actors, places):
    for items, what in ((actors, "actor"), (places, "place")):
        seen = defaultdict(int)
        for item in items:
            seen[item["id"]] += 1
        dupes = [i for i, n in seen.items() if n > 1]
        assert not dupes, f"duplicate {what} ids: {dupes}"


@pytest.mark.parametrize("normalise", [norm, loose], ids=["case-accents", "punctuation"])
def test_no_alias_is_shared_by_two_actors(actors, normalise):
    owners = defaultdict(set)
    for a in actors:
        for n in names_of(a):
            owners[normalise(n)].add(a["id"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared, f"aliases shared by several actors: {shared}"


def test_no_bare_generic_aliases(actors):
    generic = {"the group", "jihadists", "army", "government", "the army", "the government", "militants",
               "soldiers", "terrorists", "is", "un", "au", "state", "forces", "civilians"}
    bad = [(a["id"], n) for a in actors for n in names_of(a) if norm(n) in generic]
    assert not bad, bad


def test_core_actors_have_the_agreed_ids_and_names(actors):
    by_id = {a["id"]: a for a in actors}
    expected = {
        "actor:jnim": "JNIM", "actor:katiba-macina": "Katiba Macina", "actor:ansar-dine": "Ansar Dine",
        "actor:al-mourabitoun": "Al-Mourabitoun", "actor:aqim": "AQIM", "actor:al-qaeda": "al-Qaeda",
        "actor:isgs": "ISGS", "actor:islamic-state": "Islamic State", "actor:iswap": "ISWAP",
        "actor:ansarul-islam": "Ansarul Islam", "actor:mujao": "MUJAO", "actor:mnla": "MNLA",
        "actor:cma": "CMA", "actor:gatia": "GATIA", "actor:platform": "Platform", "actor:msa": "MSA",
        "actor:dan-na-ambassagou": "Dan Na Ambassagou", "actor:koglweogo": "Koglweogo",
        "actor:vdp": "Volunteers for the Defense of the Homeland", "actor:fama": "Malian Armed Forces",
        "actor:burkina-armed-forces": "Burkinabe Armed Forces", "actor:niger-armed-forces": "Nigerien Armed Forces",
        "actor:barkhane": "Operation Barkhane", "actor:serval": "Operation Serval",
        "actor:takuba": "Takuba Task Force", "actor:g5-sahel-joint-force": "G5 Sahel Joint Force",
        "actor:minusma": "MINUSMA", "actor:wagner": "Wagner Group", "actor:government-of-mali": "Government of Mali",
        "actor:government-of-france": "Government of France", "actor:ecowas": "ECOWAS",
        "actor:high-islamic-council-of-mali": "High Islamic Council of Mali", "actor:urd": "URD",
        "actor:iyad-ag-ghaly": "Iyad Ag Ghaly", "actor:amadou-koufa": "Amadou Koufa",
        "actor:adnan-abu-walid-al-sahrawi": "Adnan Abu Walid al-Sahrawi", "actor:soumaila-cisse": "Soumaila Cissé",
        "actor:sophie-petronin": "Sophie Pétronin", "actor:ibrahim-boubacar-keita": "Ibrahim Boubacar Keïta",
        "actor:mahmoud-dicko": "Mahmoud Dicko", "actor:assimi-goita": "Assimi Goïta",
        "actor:civilians-mali": "Civilians (Mali)",
    }
    wrong = {i: (by_id[i]["name"] if i in by_id else None) for i, n in expected.items()
             if i not in by_id or by_id[i]["name"] != n}
    assert not wrong, wrong
    for extra in ("actor:chad-armed-forces", "actor:eutm-mali", "actor:government-of-burkina-faso",
                  "actor:government-of-niger", "actor:african-union", "actor:united-nations",
                  "actor:abdelmalek-droukdel", "actor:mokhtar-belmokhtar", "actor:emmanuel-macron",
                  "actor:pier-luigi-maccalli", "actor:nicola-chiacchio", "actor:yahya-abu-al-hammam",
                  "actor:ibrahim-malam-dicko", "actor:jafar-dicko", "actor:abu-yahya-al-jazairi",
                  "actor:civilians-burkina-faso", "actor:civilians-niger"):
        assert extra in by_id, extra


def test_gold_aliases_resolve_to_the_right_actor(actors):
    """The seed report's names must find their actor through the pack's aliases."""
    index = {}
    for a in actors:
        for n in names_of(a):
            index[norm(n)] = a["id"]
    for name, actor_id in [("FAMa", "actor:fama"), ("Malian army", "actor:fama"), ("Malian soldiers", "actor:fama"),
                           ("Barkhane", "actor:barkhane"), ("G5 Sahel force", "actor:g5-sahel-joint-force"),
                           ("FC-G5S", "actor:g5-sahel-joint-force"), ("EIGS", "actor:isgs"),
                           ("Islamic State in the Greater Sahara", "actor:isgs"), ("Malian government", "actor:government-of-mali"),
                           ("Soumaïla Cissé", "actor:soumaila-cisse"), ("Soumaila Cisse", "actor:soumaila-cisse"),
                           ("GSIM", "actor:jnim"), ("Military Forces of Mali (2013-2020)", "actor:fama"),
                           ("Military Forces of France (2017-)", "actor:barkhane")]:
        assert index.get(norm(name)) == actor_id, name


def test_counts(actors, relations, places):
    assert len(actors) >= 45
    assert len(relations) >= 40
    assert len(places) >= 180


def test_places_hierarchy_and_references(places):
    by_id = {p["id"]: p for p in places}
    problems = []
    for p in places:
        pid = p["id"]
        if not PLACE_ID_RE.match(pid):
            problems.append(f"{pid}: bad id")
        if p.get("class") not in PLACE_CLASSES:
            problems.append(f"{pid}: bad class {p.get('class')!r}")
        if p["class"] == "AdminArea" and p.get("level") not in LEVELS:
            problems.append(f"{pid}: bad level {p.get('level')!r}")
        parent = p.get("located_in")
        if p["class"] in ("AdminArea", "Settlement"):
            if parent not in by_id:
                problems.append(f"{pid}: located_in {parent!r} does not exist")
            elif not pid.startswith(parent + "/"):
                problems.append(f"{pid}: id does not extend its parent id {parent}")
            elif p["class"] == "Settlement" and by_id[parent]["class"] != "AdminArea":
                problems.append(f"{pid}: a settlement must sit in an admin area")
        for m in p.get("members") or []:
            if m not in by_id:
                problems.append(f"{pid}: member {m!r} does not exist")
        if p["class"] == "Area" and not (p.get("members") and p.get("radius_km")):
            problems.append(f"{pid}: an Area needs members and radius_km")
    assert not problems, "\n".join(problems)


def test_places_have_plausible_coordinates(places):
    by_id = {p["id"]: p for p in places}
    missing = sorted(p["id"] for p in places if "lat" not in p or "lon" not in p)
    assert set(missing) == NO_COORDS, f"places without coordinates changed: {missing}"
    problems = []
    for p in places:
        if "lat" not in p:
            continue
        country = p["id"].split(":")[1].split("/")[0]
        if country in BOXES and "/" in p["id"]:
            lat0, lat1, lon0, lon1 = BOXES[country]
            if not (lat0 <= p["lat"] <= lat1 and lon0 <= p["lon"] <= lon1):
                problems.append(f"{p['id']}: ({p['lat']}, {p['lon']}) outside {country.upper()}")
        parent = by_id.get(p.get("located_in"))
        if parent and parent["class"] != "Country" and "lat" in parent:
            km = haversine(p["lat"], p["lon"], parent["lat"], parent["lon"])
            if km > 400:
                problems.append(f"{p['id']}: {km:.0f} km from the seat of {parent['id']}")
    assert not problems, "\n".join(problems)


def haversine(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_required_places(places):
    by_id = {p["id"]: p for p in places}

    def ancestors(pid):
        out = []
        while pid in by_id and by_id[pid].get("located_in"):
            pid = by_id[pid]["located_in"]
            out.append(pid)
        return out

    assert by_id["place:ml/gao/bourem/bamba"]["name"] == "Bamba"
    assert by_id["place:ml/mopti/koro/bamba"]["name"] == "Bamba"
    assert "place:ml/gao/bourem" in ancestors("place:ml/gao/bourem/tarkint")
    assert "place:ml/timbuktu" in ancestors("place:ml/timbuktu/niafunke/niafunke")
    assert {"Tombouctou", "région de Tombouctou"} <= set(by_id["place:ml/timbuktu"]["aliases"])
    regions = {p["id"] for p in places if p.get("level") == "region"}
    for r in ("kayes", "koulikoro", "sikasso", "segou", "mopti", "timbuktu", "gao", "kidal", "taoudenit", "menaka", "bamako"):
        assert f"place:ml/{r}" in regions, r
    assert sum(1 for r in regions if r.startswith("place:bf/")) == 13
    assert sum(1 for p in places if p.get("level") == "province") == 45
    names = {norm(n) for p in places for n in [p["name"], *(p.get("aliases") or [])]}
    for n in ("Ngaina", "Saraféré", "Koumaïra", "Boulkessi", "Inates", "Indelimane", "Tongo Tongo", "Labbezanga",
              "Ogossagou", "Sobane Da", "Dioura", "Mondoro", "Nampala", "Ménaka", "Tessalit", "Aguelhok", "Anefis",
              "Léré", "Farabougou", "Solhan", "Djibo", "Arbinda", "Inata", "Diapaga", "Koutougou", "Bamako",
              "Ouagadougou", "Niamey", "Niafounké", "Tillaberi", "Segou", "tri-border area"):
        assert norm(n) in names, n


def test_relations_point_to_existing_ids(relations, actors, places):
    actor_ids = {a["id"] for a in actors}
    place_ids = {p["id"] for p in places}
    problems = []
    for i, r in enumerate(relations):
        where = f"relation {i} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
        if r.get("subject") not in actor_ids:
            problems.append(f"{where}: unknown subject")
        pred = r.get("predicate")
        if pred in ACTOR_PREDICATES:
            if r.get("object") not in actor_ids:
                problems.append(f"{where}: object must be an actor of the pack")
        elif pred in PLACE_PREDICATES:
            if r.get("object") not in place_ids:
                problems.append(f"{where}: object must be a place of the pack")
        else:
            problems.append(f"{where}: unknown predicate")
        if r.get("confidence") not in CONFIDENCE:
            problems.append(f"{where}: bad confidence {r.get('confidence')!r}")
        for key in ("from", "until"):
            if r.get(key) is not None and not DATE_RE.match(iso(r[key])):
                problems.append(f"{where}: {key} is not an ISO date or prefix")
        if r.get("from") and r.get("until") and iso(r["from"]) > iso(r["until"]):
            problems.append(f"{where}: until before from")
        if not r.get("sources") or not all(isinstance(s, str) for s in r["sources"]):
            problems.append(f"{where}: sources must be a non-empty list of strings")
    assert not problems, "\n".join(problems)


def test_required_relations(relations):
    triples = {(r["subject"], r["predicate"], r["object"]) for r in relations}
    for t in [("actor:katiba-macina", "PART_OF", "actor:jnim"), ("actor:jnim", "PART_OF", "actor:al-qaeda"),
              ("actor:aqim", "PART_OF", "actor:al-qaeda"), ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:aqim"),
              ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:al-qaeda"), ("actor:ansar-dine", "PART_OF", "actor:jnim"),
              ("actor:al-mourabitoun", "PART_OF", "actor:jnim"), ("actor:isgs", "SPLINTER_OF", "actor:al-mourabitoun"),
              ("actor:isgs", "PLEDGED_ALLEGIANCE_TO", "actor:islamic-state"), ("actor:isgs", "PART_OF", "actor:iswap"),
              ("actor:iswap", "PART_OF", "actor:islamic-state"), ("actor:jnim", "RIVAL_OF", "actor:isgs"),
              ("actor:mnla", "PART_OF", "actor:cma"), ("actor:gatia", "PART_OF", "actor:platform"),
              ("actor:iyad-ag-ghaly", "LEADER_OF", "actor:jnim"), ("actor:iyad-ag-ghaly", "LEADER_OF", "actor:ansar-dine"),
              ("actor:amadou-koufa", "LEADER_OF", "actor:katiba-macina"),
              ("actor:adnan-abu-walid-al-sahrawi", "LEADER_OF", "actor:isgs"),
              ("actor:abdelmalek-droukdel", "LEADER_OF", "actor:aqim"),
              ("actor:mokhtar-belmokhtar", "LEADER_OF", "actor:al-mourabitoun"),
              ("actor:barkhane", "OPERATES_IN", "place:liptako-gourma"), ("actor:takuba", "OPERATES_IN", "place:liptako-gourma"),
              ("actor:g5-sahel-joint-force", "OPERATES_IN", "place:liptako-gourma"),
              ("actor:isgs", "OPERATES_IN", "place:liptako-gourma"), ("actor:katiba-macina", "OPERATES_IN", "place:ml/mopti"),
              ("actor:takuba", "PART_OF", "actor:barkhane"), ("actor:fama", "PART_OF", "actor:government-of-mali"),
              ("actor:wagner", "ALLIED_WITH", "actor:government-of-mali")]:
        assert t in triples, t
    dated = {(r["subject"], r["predicate"], r["object"]): (iso(r.get("from")), iso(r.get("until"))) for r in relations}
    assert dated[("actor:isgs", "PART_OF", "actor:iswap")] == ("2019-03", "2022-03")
    assert dated[("actor:adnan-abu-walid-al-sahrawi", "LEADER_OF", "actor:isgs")][1].startswith("2021-08")
    assert dated[("actor:katiba-macina", "PART_OF", "actor:jnim")][0] == "2017-03-02"


def test_acled_mapping_points_to_actors(acled, actors):
    actor_ids = {a["id"] for a in actors}
    seen = defaultdict(int)
    problems = []
    for e in acled:
        seen[e["label"]] += 1
        targets = e.get("candidates") or [e.get("actor")]
        if ("actor" in e) == ("candidates" in e):
            problems.append(f"{e['label']}: give exactly one of actor / candidates")
        for t in targets:
            if t not in actor_ids:
                problems.append(f"{e['label']}: unknown actor {t!r}")
        if e.get("from") is not None and e.get("until") is not None and int(e["from"]) > int(e["until"]):
            problems.append(f"{e['label']}: until before from")
    problems += [f"{label}: listed {n} times" for label, n in seen.items() if n > 1]
    assert not problems, "\n".join(problems)


def unmapped_acled_labels():
    text = (PACK / "acled_actors.yaml").read_text(encoding="utf-8")
    header = re.search(r"Deliberately left unmapped \((\d+) labels\)", text)
    listed = re.findall(r"^#   - (.+)$", text, flags=re.M)
    return int(header.group(1)) if header else None, listed


def test_unmapped_acled_labels_are_counted():
    count, listed = unmapped_acled_labels()
    assert count == len(listed)


def test_every_acled_label_is_mapped_or_listed(acled, shared):
    """Every actor label of both ACLED files must be mapped or deliberately listed as unmapped."""
    files = [(shared("data/real/acled-mali-2017-2020/2017-01-01-2020-12-31-Mali.csv"), ("actor1", "assoc_actor_1")),
             (shared("data/real/acled-burkina-sample/1900-01-01-2022-11-02-Burkina_Faso.csv"),
              ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"))]
    labels = set()
    for path, columns in files:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col in columns:
                    labels.update(p.strip() for p in (row.get(col) or "").split("; ") if p.strip())
    mapped = {e["label"] for e in acled}
    _, unmapped = unmapped_acled_labels()
    assert not (labels - mapped - set(unmapped)), sorted(labels - mapped - set(unmapped))
    assert not (mapped & set(unmapped))
    assert not (mapped - labels), f"labels not in the ACLED files (typos?): {sorted(mapped - labels)}"


def test_ucdp_mapping_agrees_with_actors(ucdp, actors):
    by_id = {a["id"]: a for a in actors}
    ids = [e["ucdp_id"] for e in ucdp]
    assert len(ids) == len(set(ids)), "duplicate UCDP ids"
    for e in ucdp:
        assert e["actor"] in by_id, e
        assert by_id[e["actor"]].get("ucdp_id") == e["ucdp_id"], e
    on_actors = {(a["ucdp_id"], a["id"]) for a in actors if a.get("ucdp_id")}
    assert on_actors == {(e["ucdp_id"], e["actor"]) for e in ucdp}


def test_ucdp_ids_exist_in_the_ucdp_actor_list(ucdp, shared):
    path = shared("data/real/ucdp-actor-221/ucdp-actor-221.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        known = {int(row["ActorId"]) for row in csv.DictReader(fh)}
    assert not [e["ucdp_id"] for e in ucdp if e["ucdp_id"] not in known]
