"""GeoJSON (RFC 7946) for maps: places and events as points, with precision and sources.

An event without coordinates of its own is placed at the place it OCCURRED_AT, and says so
(``coordinates_from``: the place id): a dot on a map must not look more precise than the report.
``geo_precision`` uses the ontology vocabulary (exact, near, region): an event keeps its own; a
place's follows its class (a settlement or site is ``exact``, an administrative area, a country or
a cross-border area ``region``). Each feature lists its sources (title, publisher, date, link);
events also list who they are attributed to, with confidence, and the date precision. Things
without coordinates are counted in the collection's ``conflictkg`` member, not silently lost.
Beside those lists, plain text columns (``attributed_to``, ``place_names``, ``source_titles``,
``n_sources``) are what map tools (QGIS, kepler.gl, uMap) show in a popup and style or filter by.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..ontology.model import ONTOLOGY
from .output import write_text
from .select import Subgraph, display_name

PLACE_PRECISION = {"Settlement": "exact", "Site": "exact", "AdminArea": "region", "Country": "region",
                   "Area": "region"}
EVENT_ROLES = ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT", "MEDIATED_BY")
SOURCE_FIELDS = ("title", "name", "url", "publisher", "published", "reliability")


def _coords(n: dict) -> tuple[float, float] | None:
    try:
        lat, lon = float(n["lat"]), float(n["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lon, lat


def _sources(sub: Subgraph, ids) -> list[dict]:
    out = []
    for sid in ids or []:
        s = sub.sources.get(sid, {})
        out.append({"id": sid, **{k: s[k] for k in SOURCE_FIELDS if s.get(k) not in (None, "")}})
    return out


def _attributed_text(roles: list[dict]) -> str | None:
    """"JNIM (claimed); ISGS (possible)": the perpetrators, strongest first."""
    perps = [r for r in roles if r["role"] == "ATTRIBUTED_TO"]
    perps.sort(key=lambda r: (-ONTOLOGY.confidence_rank(r["confidence"]), r["name"]))
    text = [f"{r['name']} ({r['confidence'] or ('denied' if r['denied_by'] else 'unrated')})" for r in perps]
    return "; ".join(text) or None


def generate_geojson(sub: Subgraph, *, title: str | None = None) -> dict:
    """A FeatureCollection of the places and events of ``sub`` that can be put on a map."""
    occurred: dict[str, list[str]] = {}
    roles: dict[str, list[dict]] = {}
    for e in sub.edges:
        if e["type"] == "OCCURRED_AT":
            occurred.setdefault(e["from"], []).append(e["to"])
        elif e["type"] in EVENT_ROLES:
            other = sub.nodes.get(e["to"], {})
            roles.setdefault(e["from"], []).append({
                "role": e["type"], "id": e["to"], "name": other.get("name", e["to"]),
                "confidence": e.get("confidence"), "denied_by": e.get("denied_by") or [],
                "sources": e.get("sources") or []})
    features, skipped = [], {"Place": 0, "Event": 0}
    for i, n in sorted(sub.nodes.items(), key=lambda kv: ({"Place": 0, "Event": 1}.get(kv[1]["label"], 2), kv[0])):
        if n["label"] not in ("Place", "Event"):
            continue
        coords = _coords(n)
        srcs = _sources(sub, n.get("sources"))
        props = {"id": i, "name": display_name(i, n), "label": n["label"], "class": n.get("class"),
                 "sources": srcs, "n_sources": len(srcs),
                 "source_titles": "; ".join(sorted({s.get("title") or s.get("name") or s["id"] for s in srcs}))}
        if n["label"] == "Place":
            props.update(geo_precision=PLACE_PRECISION.get(n.get("class"), "region"), level=n.get("level"),
                         iso2=n.get("iso2"), aliases=n.get("aliases") or [])
        else:
            place = next((p for p in occurred.get(i, []) if _coords(sub.nodes.get(p, {}))), None)
            props.update(date=n.get("date"), start_date=n.get("start_date"), end_date=n.get("end_date"),
                         date_precision=n.get("date_precision"), fatalities_min=n.get("fatalities_min"),
                         fatalities_max=n.get("fatalities_max"), status=n.get("status"),
                         places=[{"id": p, "name": sub.nodes.get(p, {}).get("name", p)} for p in occurred.get(i, [])],
                         actors=roles.get(i, []), disputed=n.get("disputed") or [])
            # the same as plain text, which map tools show in a popup and can style or filter by
            props.update(place_names="; ".join(p["name"] for p in props["places"]) or None,
                         attributed_to=_attributed_text(roles.get(i, [])))
            if coords:
                props.update(geo_precision=n.get("geo_precision"), coordinates_from="event")
            elif place:
                pn = sub.nodes[place]
                coords = _coords(pn)
                props.update(geo_precision=PLACE_PRECISION.get(pn.get("class"), "region"), coordinates_from=place)
        if coords is None:
            skipped[n["label"]] += 1
            continue
        features.append({"type": "Feature", "id": i,
                         "geometry": {"type": "Point", "coordinates": [round(coords[0], 6), round(coords[1], 6)]},
                         "properties": {k: v for k, v in props.items() if v is not None or k == "geo_precision"}})
    return {"type": "FeatureCollection", "name": title or "conflictkg", "features": features,
            "conflictkg": {"summary": sub.describe(), "filters": sub.filters,
                           "without_coordinates": skipped, "notes": sub.notes}}


def write_geojson(path: str | Path, sub: Subgraph, **kw) -> int:
    text = json.dumps(generate_geojson(sub, **kw), ensure_ascii=False, indent=1)
    return write_text(path, text + "\n")
