"""The UCDP Actor Dataset (CSV, CC BY 4.0): names, name changes, splinters, alliances and joined
groups of the actors UCDP codes.

Only actors relevant to the region are loaded, to keep the graph focused: those located in one of
the region's countries (the ``Location`` column; by default Mali, Burkina Faso and Niger, or
``options['countries']``), minus foreign governments that appear there only as troop contributors,
plus every actor the pack maps. The actors they name as predecessor, ally or joined group are
added as endpoints. Rows repeat per conflict: the first row of an ``ActorId`` is used.

Each UCDP actor is mapped to a pack actor through the pack's ``ucdp_actors.yaml`` (or an actor's
``ucdp_id``), else to an exact name the resolver knows, else to a new unverified
``actor:ucdp/<ActorId>-<slug>``. Statements: UCDP's names as aliases, ``ucdp_id``, ``SPLINTER_OF``
(Splinter/NamePrev), ``ALLIED_WITH`` (Alliance/NameAlliance), ``PART_OF`` (JoinGroup/GroupName),
each with the row as evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..graph.statements import ALIAS, Statement, label_from_id, slug
from ..ontology import terms as T
from .base import LoadContext
from .datasets import CsvFile, csv_header, iso2, pack_list, require_columns

kind = "ucdp-actors"
upsert = False
LOADER = "ucdp-actors"

REQUIRED = ("ActorId", "NameData", "Location")
DEFAULT_COUNTRIES = ("Mali", "Burkina Faso", "Niger")
NAME_FIELDS = ("NameData", "NameOrig", "NameOrigFull", "NameOrigFullEng")
# name-change fields list several names, comma-separated, in the order the names were used
NEW_NAME_FIELDS = ("NewName", "NewNameFullMotherTongue", "NewNameFullEng")
# UCDP 'Org': 1 non-state armed group, 2 supporters of a party, 3 informal (ethnic) group, 4 government
ORG_CLASS = {"1": T.ArmedGroup, "2": T.Militia, "3": T.Militia, "4": T.Government}
NONE = {"", "n/a", "na", "-", "none", "0"}


def sniff(path: Path, head: bytes) -> bool:
    cols = csv_header(head)
    return "actorid" in cols and "namedata" in cols


def _names(value: str, multi: bool) -> list[str]:
    v = (value or "").strip()
    if v.lower() in NONE:
        return []
    parts = v.split(",") if multi else [v]
    return [" ".join(p.split()) for p in parts if p.strip() and p.strip().lower() not in NONE]


def _ids(value: str) -> list[str]:
    return [x for x in re.split(r"[,;\s]+", value or "") if x.isdigit()]


@dataclass
class _Actor:
    line: int
    row: dict


def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    path = Path(path)
    countries = [c.strip() for c in (ctx.options.get("countries") or DEFAULT_COUNTRIES)]
    source = f"source:ucdp/{slug(path.stem)}"
    S = lambda subj, pred, **kw: Statement(subj, pred, source, loader=LOADER, **kw)  # noqa: E731

    actors: dict[str, _Actor] = {}
    csvf = CsvFile(path, ctx, label=f"UCDP actors {path.name}")
    for line, row, error in csvf:
        if not actors:
            require_columns(csvf.header, REQUIRED, path, "a UCDP actor list")
        if error:
            ctx.issue(path, line, error, skipped="row")
            continue
        ctx.count("rows")
        aid = (row.get("ActorId") or "").strip()
        if not aid.isdigit():
            ctx.issue(path, line, f"ActorId is not a number: {aid!r}", skipped="row")
            continue
        actors.setdefault(aid, _Actor(line, row))  # one row per conflict: the first is enough
    if not actors:
        raise InputError("no actor rows", str(path))

    mapping: dict[str, str] = {}
    for e in pack_list(ctx, "actors.yaml", "actors"):
        if e.get("ucdp_id") is not None and e.get("id"):
            mapping[str(e["ucdp_id"])] = str(e["id"])
    for e in pack_list(ctx, "ucdp_actors.yaml", "ucdp_actors"):
        key = e.get("ucdp_id", e.get("actor_id", e.get("ActorId")))
        if key is not None and e.get("actor"):
            mapping[str(key)] = str(e["actor"])

    def located(a: _Actor) -> bool:
        where = [w.strip() for w in a.row.get("Location", "").split(",")]
        if not any(c in where for c in countries):
            return False
        if a.row.get("Org") == "4":
            # foreign governments are 'located' in Mali as MINUSMA troop contributors
            name = a.row.get("NameData", "")
            return any(name.endswith(c) for c in countries)
        return True

    relevant = {aid for aid, a in actors.items() if located(a) or aid in mapping}
    linked = set()
    for aid in relevant:
        row = actors[aid].row
        for col in ("ActorIdPrev", "ActorIdAlliance", "ActorIdGroup"):
            linked |= {x for x in _ids(row.get(col, "")) if x in actors}
    keep = relevant | linked
    ctx.count("actors", len(keep))
    ctx.count("other actors skipped", len(actors) - len(keep))

    r = ctx.resolver
    ids: dict[str, str] = {}
    for aid in sorted(keep, key=int):
        row = actors[aid].row
        if aid in mapping:
            ids[aid] = mapping[aid]
            continue
        found = None
        for n in _names(row.get("NameData", ""), False) + _names(row.get("NameOrigFullEng", ""), False):
            cands, _ = r.lookup(n, fuzzy=False)
            cands = {r.canonical(c) for c in cands if label_from_id(c) == T.Actor}
            if len(cands) == 1:
                found = cands.pop()
                break
        ids[aid] = found or f"actor:ucdp/{aid}-{slug(row.get('NameData', aid))}"

    version = next((a.row.get("Version") for a in actors.values() if a.row.get("Version")), "")
    title = f"UCDP Actor Dataset {version}".strip()
    yield S(source, "class", value=T.Dataset)
    yield S(source, "name", value=title)
    yield S(source, "title", value=title)
    yield S(source, "publisher", value="Uppsala Conflict Data Program (UCDP)")
    yield S(source, "url", value="https://ucdp.uu.se/downloads/")
    yield S(source, "kind", value="dataset")
    yield S(source, "reliability", value="B")

    for aid in sorted(keep, key=int):
        a = actors[aid]
        row = a.row
        me = ids[aid]
        ref = f"{path.name}:{a.line} ActorId {aid}"
        if me not in r.entities:
            ctx.count("new actors")
            yield S(me, "class", value=ORG_CLASS.get(row.get("Org", ""), T.Organization))
            yield S(me, "name", value=_names(row.get("NameData", ""), False)[0] if _names(row.get("NameData", ""), False) else aid)
        yield S(me, "ucdp_id", value=aid, evidence=ref)
        names: list[str] = []
        for f in NAME_FIELDS:
            names += _names(row.get(f, ""), False)
        if row.get("NameChange") == "1":
            for f in NEW_NAME_FIELDS:
                names += _names(row.get(f, ""), True)
        known = {n.lower() for n in (r.entities[me].names if me in r.entities else ())}
        for n in dict.fromkeys(names):
            # two-letter names ('IS') would match ordinary words in text
            if len(n) < 3 or n.lower() in known:
                continue
            yield S(me, ALIAS, value=n, evidence=ref)
        for c in (w.strip() for w in row.get("Location", "").split(",")):
            if c in countries:
                yield S(me, "countries", value=iso2(None, c).upper(), evidence=ref)
        for flag, name_col, id_col, pred, what in (
                ("Splinter", "NamePrev", "ActorIdPrev", T.SPLINTER_OF, "splinter of"),
                ("Alliance", "NameAlliance", "ActorIdAlliance", T.ALLIED_WITH, "alliance with"),
                ("JoinGroup", "GroupName", "ActorIdGroup", T.PART_OF, "joined")):
            if row.get(flag) != "1":
                continue
            others = _ids(row.get(id_col, ""))
            labels = _names(row.get(name_col, ""), True)
            for i, oid in enumerate(others):
                if oid not in ids:
                    ctx.issue(path, a.line, f"ActorId {aid} refers to unknown ActorId {oid} ({id_col})", skipped="link")
                    continue
                if ids[oid] == me:
                    continue
                other_name = labels[i] if i < len(labels) else oid
                yield S(me, pred, object=ids[oid], confidence="attributed",
                        evidence=f"{ref}: {row.get('NameData', '')} - {what} {other_name} (ActorId {oid})")
