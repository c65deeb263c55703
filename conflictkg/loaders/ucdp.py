"""UCDP Georeferenced Event Dataset (GED) CSV, columns as in the GED codebook (``id``,
``type_of_violence``, ``side_a``/``side_b`` with their ``*_new_id`` ActorIds, ``date_start``/``date_end``,
``date_prec``, ``where_prec``, ``adm_1``/``adm_2``, ``best``/``low``/``high``, ``source_*`` ...).

Each row becomes ``event:ucdp/<id>`` (record ``id``: a newer GED version replaces it, ``--prune``
retracts rows a full re-export lacks). ``type_of_violence`` 1 (state-based) and 2 (non-state) are
clashes whose two sides are participants — GED does not say who started the fighting; 3 (one-sided)
is violence against civilians attributed to ``side_a``, with ``side_b`` the victims. ``low``/``high``
are the fatality range (``best`` is quoted in the evidence), ``date_prec``/``where_prec`` the
precision of the date and place. Sides map to pack actors by ActorId (the pack's
``ucdp_actors.yaml``), else by exact name, else to new unverified ``actor:ucdp/<id>-<slug>`` actors.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Iterator

from ..graph.statements import Statement, label_from_id, slug
from ..ontology import terms as T
from .base import LoadContext
from .datasets import (CsvFile, DatasetPlaces, PruneScope, csv_header, iso2, pack_list, require_columns,
                       write_records)

kind = "ucdp"
upsert = True
LOADER = "ucdp"
SOURCE_PREFIX = "source:ucdp/"

REQUIRED = ("id", "type_of_violence", "side_a", "side_b", "date_start", "date_end")
VIOLENCE = {"1": T.Clash, "2": T.Clash, "3": T.ViolenceAgainstCivilians}
VIOLENCE_NAME = {"1": "state-based violence", "2": "non-state violence", "3": "one-sided violence"}
# GED where_prec: 1 exact place, 2 within 25 km, 3 second-order unit, 4 first-order unit,
# 5 linear feature or larger area, 6 country, 7 international waters/air space
WHERE_PREC = {"1": "exact", "2": "near", "3": "near", "4": "region", "5": "region", "6": "region", "7": "region"}
# GED date_prec: 1 exact day, 2 within 2-6 days, 3 within a week, 4 within a month, 5 longer
DATE_PREC = {"1": "day", "2": "day", "3": "day", "4": "month", "5": "year"}
_SUFFIX = re.compile(r"\s+(?:region|province|department|d[ée]partement|cercle|prefecture|district|commune|"
                     r"town|village|city|area|municipality)$", re.I)


def sniff(path: Path, head: bytes) -> bool:
    cols = csv_header(head)
    return "type_of_violence" in cols and "side_a" in cols and "date_start" in cols


def _day(text: str) -> date:
    t = (text or "").strip()[:10]
    try:
        return date.fromisoformat(t)
    except ValueError:
        raise ValueError(f"unparseable date {text!r}") from None


def _place_name(text: str) -> str:
    t = re.split(r"[,(;]", text or "")[0].strip()
    return _SUFFIX.sub("", t).strip()


class _Sides:
    def __init__(self, ctx: LoadContext, path: Path):
        self.ctx = ctx
        self.path = path
        self.r = ctx.resolver
        self.by_id: dict[str, str] = {}
        for e in pack_list(ctx, "actors.yaml", "actors"):
            if e.get("ucdp_id") is not None and e.get("id"):
                self.by_id[str(e["ucdp_id"])] = str(e["id"])
        for e in pack_list(ctx, "ucdp_actors.yaml", "ucdp_actors"):
            key = e.get("ucdp_id", e.get("actor_id"))
            if key is not None and e.get("actor"):
                self.by_id[str(key)] = str(e["actor"])
        self.cache: dict[tuple, list[tuple[str, str, bool]]] = {}

    def get(self, name: str, new_id: str, country: str) -> list[tuple[str, str, bool]]:
        """[(actor id, name, is_new)] for a side: one per ActorId when a coalition lists several."""
        key = (name, new_id, country)
        if key in self.cache:
            return self.cache[key]
        ids = [x for x in re.split(r"[,;\s]+", new_id or "") if x.isdigit()]
        names = [n.strip() for n in name.split(",")] if len(ids) > 1 else [name.strip()]
        if len(names) != len(ids):
            names = [name.strip()] * max(1, len(ids))
        out = []
        for i, n in enumerate(names):
            aid = ids[i] if i < len(ids) else ""
            if aid in self.by_id:
                out.append((self.by_id[aid], n, False))
                continue
            candidates = [n] + ([f"{n} ({country})"] if n.lower() == "civilians" and country else [])
            found = None
            for c in reversed(candidates):
                hits, _ = self.r.lookup(c, fuzzy=False)
                hits = {self.r.canonical(h) for h in hits if label_from_id(h) == T.Actor}
                if len(hits) == 1:
                    found = hits.pop()
                    break
            if found:
                out.append((found, n, False))
            else:
                local = f"{aid}-{slug(n)}" if aid else slug(f"{n} {country}" if n.lower() == "civilians" else n)
                out.append((f"actor:ucdp/{local}", n, True))
        self.cache[key] = out
        return out


def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    path = Path(path)
    if path.is_file():  # told before the first row is read: the writer sizes its bulk load by it
        ctx.options["_input_bytes"] = ctx.options.get("_input_bytes", 0) + path.stat().st_size
    return _load(path, ctx)


def _load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    source = f"{SOURCE_PREFIX}{slug(path.stem)}"
    ctx.options.setdefault("_sources", []).append(source)
    scope = ctx.options["_prune_scope"] = PruneScope()
    S = lambda subj, pred, record=None, **kw: Statement(subj, pred, source, loader=LOADER, record=record, **kw)  # noqa: E731
    sides = _Sides(ctx, path)
    places = DatasetPlaces(ctx.resolver, source, LOADER)
    created: set[str] = set()
    csvf = CsvFile(path, ctx, label=f"UCDP GED {path.name}", normalize=True)
    started = False
    for line, row, error in csvf:
        if not started:
            require_columns([h.lower() for h in csvf.header], REQUIRED, path, "a UCDP GED export")
            started = True
            yield S(source, "class", value=T.Dataset)
            yield S(source, "name", value=f"UCDP GED {path.name}")
            yield S(source, "title", value=f"UCDP Georeferenced Event Dataset: {path.name}")
            yield S(source, "publisher", value="Uppsala Conflict Data Program (UCDP)")
            yield S(source, "url", value="https://ucdp.uu.se/downloads/")
            yield S(source, "kind", value="dataset")
            yield S(source, "reliability", value="B")
        ctx.count("rows")
        if error:
            _skip(ctx, path, line, error)
            continue
        rid = row["id"]
        if not rid:
            _skip(ctx, path, line, "empty id")
            continue
        tov = row["type_of_violence"]
        if tov not in VIOLENCE:
            _skip(ctx, path, line, f"unknown type_of_violence {tov!r} (expected 1, 2 or 3)")
            continue
        try:
            start, end = _day(row["date_start"]), _day(row["date_end"] or row["date_start"])
            if end < start:
                raise ValueError(f"date_end {row['date_end']} is before date_start {row['date_start']}")
            nums = {}
            for col in ("best", "low", "high"):
                if row.get(col):
                    nums[col] = int(float(row[col]))
            lat = float(row["latitude"]) if row.get("latitude") else None
            lon = float(row["longitude"]) if row.get("longitude") else None
        except ValueError as e:
            _skip(ctx, path, line, str(e) if "date" in str(e) else f"not a number: {e}")
            continue
        ctx.count("events")
        E = f"event:ucdp/{rid}"
        ref = f"{path.name}:{line} id {rid}"
        srcs = "; ".join(x for x in (row.get("source_headline"), row.get("source_office"), row.get("source_date")) if x)
        quote = f"{ref}: {srcs}" if srcs else ref

        def P(pred, value, ev=ref):
            return S(E, pred, record=rid, value=str(value), evidence=ev)

        precision = DATE_PREC.get(row.get("date_prec", ""), "day")
        date_value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
        scope.add(rid, start.isoformat(), end.isoformat())
        where = _place_name(row.get("where_description", ""))
        yield S(E, "class", record=rid, value=VIOLENCE[tov], evidence=ref)
        yield P("name", f"{VIOLENCE_NAME[tov]}, {row.get('dyad_name') or row['side_a']}, "
                        f"{where or row.get('adm_2') or row.get('country', '')}, {start.isoformat()}")
        yield P("date", date_value, quote)
        yield P("date_precision", precision)
        if start != end:
            yield P("start_date", start.isoformat())
            yield P("end_date", end.isoformat())
        if row.get("where_prec") in WHERE_PREC:
            yield P("geo_precision", WHERE_PREC[row["where_prec"]])
        if lat is not None and lon is not None:
            yield P("lat", lat)
            yield P("lon", lon)
        low, high = nums.get("low", nums.get("best")), nums.get("high", nums.get("best"))
        if low is not None and high is not None:
            ev = f"{ref}: best estimate {nums.get('best', '?')} (low {low}, high {high})"
            yield P("fatalities_min", min(low, high), ev)
            yield P("fatalities_max", max(low, high), ev)
        country = row.get("country", "")
        cc = iso2(None, country)
        wp = row.get("where_prec", "")
        location = where if wp in ("1", "2") else ""
        admin2 = _place_name(row.get("adm_2", "")) if wp in ("1", "2", "3") else ""
        place, new = places.resolve(cc, country, _place_name(row.get("adm_1", "")), admin2, location,
                                    row.get("latitude"), row.get("longitude"), None, ref)
        yield from new
        if place:
            yield S(E, T.OCCURRED_AT, record=rid, object=place, evidence=ref, confidence="attributed")
        a = sides.get(row["side_a"], row.get("side_a_new_id", ""), country)
        b = sides.get(row["side_b"], row.get("side_b_new_id", ""), country)
        if tov == "3":
            roles = [(T.ATTRIBUTED_TO, a), (T.VICTIM, b)]
        else:
            roles = [(T.PARTICIPANT, a), (T.PARTICIPANT, b)]
        for pred, group in roles:
            for aid, name, is_new in group:
                yield S(E, pred, record=rid, object=aid, evidence=quote, confidence="attributed")
                if is_new and aid not in created:
                    created.add(aid)
                    ctx.count("new actors")
                    cls = T.CivilianGroup if name.lower() == "civilians" else (
                        T.Government if name.startswith("Government of") else T.ArmedGroup)
                    yield S(aid, "class", value=cls)
                    yield S(aid, "name", value=name if name.lower() != "civilians" else f"Civilians ({country})")
    if not started:
        require_columns([h.lower() for h in csvf.header], REQUIRED, path, "a UCDP GED export")
        ctx.issue(path, 1, "no event rows")


def _skip(ctx: LoadContext, path, line, reason) -> None:
    ctx.count("skipped rows")
    ctx.issue(path, line, reason, skipped="row")


def write(tx, statements, ctx: LoadContext):
    return write_records(tx, statements, ctx, SOURCE_PREFIX)
