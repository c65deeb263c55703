"""A stand-in ACLED loader for profiling the core (store, projection, engine) before the real
loader exists, or to measure the core apart from the loader's own per-row cost.

It yields the statements a dyadic ACLED row becomes (one event with class, date, precision,
fatalities, coordinates; OCCURRED_AT its place; ATTRIBUTED_TO actor1; TARGETED actor2;
PARTICIPANT for associated actors; a new Settlement for a location outside the gazetteer), with
the row's notes as evidence and ``record`` = ``event_id_cnty``. It is not the product loader:
no fusion, no ambiguity handling, no date formats other than the generator's.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path
from typing import Iterator

import yaml

from conflictkg.graph.statements import Statement, slug

PACK = Path(__file__).resolve().parent.parent / "conflictkg" / "ontology" / "packs" / "sahel"
CLASS = {
    "Armed clash": "Clash", "Government regains territory": "Clash", "Non-state actor overtakes territory": "Attack",
    "Attack": "ViolenceAgainstCivilians", "Sexual violence": "ViolenceAgainstCivilians",
    "Abduction/forced disappearance": "Kidnapping", "Looting/property destruction": "Attack",
    "Peaceful protest": "Protest", "Protest with intervention": "Protest", "Excessive force against protesters": "Protest",
    "Violent demonstration": "Protest", "Mob violence": "Protest", "Agreement": "Agreement",
    "Disrupted weapons use": "MilitaryOperation", "Headquarters or base established": "MilitaryOperation",
}
SOURCE = "source:acled"
LOADER = "acled-standin"
kind = "acled-standin"
upsert = False


def sniff(path: Path, head: bytes) -> bool:
    return False  # only by --kind: the real ACLED loader owns the ACLED header


def _maps():
    labels = yaml.safe_load((PACK / "acled_actors.yaml").read_text("utf-8"))["acled_actors"]
    actors = {x["label"]: (x.get("actor") or x["candidates"][0]) for x in labels}
    places = yaml.safe_load((PACK / "places.yaml").read_text("utf-8"))["places"]
    by_name = {}
    cercles = {}
    for p in places:
        if p["class"] == "Settlement":
            by_name.setdefault(slug(p["name"]), p["id"])
        elif p["class"] == "AdminArea" and p["id"].count("/") == 2:
            cercles.setdefault(slug(p["name"]), p["id"])
    return actors, by_name, cercles


def load(path: Path, ctx=None) -> Iterator[Statement]:
    path = Path(path)
    actors, places, cercles = _maps()
    new_places: set[str] = set()
    S = Statement
    yield S(SOURCE, "class", SOURCE, value="Dataset", loader=LOADER)
    yield S(SOURCE, "name", SOURCE, value="ACLED (synthetic benchmark file)", loader=LOADER)
    with open(path, encoding="utf-8-sig", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            rec = row["event_id_cnty"]
            d = dt.datetime.strptime(row["event_date"], "%d %B %Y").date().isoformat()
            cls = CLASS.get(row["sub_event_type"], "Explosion" if row["event_type"].startswith("Expl") else "Statement")
            loc_slug = slug(row["location"])
            place = places.get(loc_slug)
            if place is None:
                parent = cercles.get(slug(row["admin2"]))
                place = f"{parent or 'place:' + row['iso3'].lower()}/{loc_slug}"
                if place not in new_places:
                    new_places.add(place)
                    ev = f"{path.name}:{line}"
                    yield S(place, "class", SOURCE, value="Settlement", evidence=ev, loader=LOADER)
                    yield S(place, "name", SOURCE, value=row["location"], evidence=ev, loader=LOADER)
                    yield S(place, "lat", SOURCE, value=row["latitude"], evidence=ev, loader=LOADER)
                    yield S(place, "lon", SOURCE, value=row["longitude"], evidence=ev, loader=LOADER)
                    if parent:
                        yield S(place, "LOCATED_IN", SOURCE, object=parent, evidence=ev, confidence="attributed",
                                loader=LOADER)
            h = hashlib.sha1(rec.encode()).hexdigest()[:6]
            eid = f"event:{d}-{slug(cls)}-{loc_slug}-{h}"
            note = row["notes"]
            ev = f"{path.name}:{line} {rec}"
            kw = dict(loader=LOADER, record=rec)
            yield S(eid, "class", SOURCE, value=cls, evidence=ev, **kw)
            yield S(eid, "name", SOURCE, value=f"{row['sub_event_type']} at {row['location']}, {d}", evidence=ev, **kw)
            yield S(eid, "date", SOURCE, value=d, evidence=ev, **kw)
            yield S(eid, "date_precision", SOURCE, value={"1": "day", "2": "month", "3": "year"}.get(row["time_precision"], "day"),
                    evidence=ev, **kw)
            yield S(eid, "fatalities_min", SOURCE, value=row["fatalities"], evidence=note, **kw)
            yield S(eid, "fatalities_max", SOURCE, value=row["fatalities"], evidence=note, **kw)
            yield S(eid, "geo_precision", SOURCE, value={"1": "exact", "2": "near", "3": "region"}.get(row["geo_precision"], "region"), evidence=ev, **kw)
            yield S(eid, "lat", SOURCE, value=row["latitude"], evidence=ev, **kw)
            yield S(eid, "lon", SOURCE, value=row["longitude"], evidence=ev, **kw)
            yield S(eid, "OCCURRED_AT", SOURCE, object=place, evidence=note, confidence="attributed", **kw)
            a1 = actors.get(row["actor1"])
            if a1:
                yield S(eid, "ATTRIBUTED_TO", SOURCE, object=a1, evidence=note, confidence="attributed", **kw)
            a2 = actors.get(row.get("actor2") or "")
            if a2 and a2 != a1:
                yield S(eid, "TARGETED", SOURCE, object=a2, evidence=note, confidence="attributed", **kw)
            for col in ("assoc_actor_1", "assoc_actor_2"):
                for label in (row.get(col) or "").split("; "):
                    a = actors.get(label)
                    if a and a not in (a1, a2):
                        yield S(eid, "PARTICIPANT", SOURCE, object=a, evidence=note, confidence="possible", **kw)
