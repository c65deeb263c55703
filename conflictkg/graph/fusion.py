"""Event fusion: reports of the same real-world event from different sources become one event.

Runs after each file's load, inside its transaction (``kg.POST_LOAD_HOOKS``). Two events are the
same when all of these hold:

* they come from different sources, and not both from the same coded dataset (two ACLED rows are
  two events by ACLED's own definition);
* their classes are compatible (``ONTOLOGY.compatible``);
* their dates overlap within their precision, a day-precision date widened by a day either way
  (``dates.overlaps``: "19 March" and "20 March" can be the same attack);
* they happened at the same place, within 10 km of each other, or in the same commune or cercle
  (province, department) — a shared ancestor below the region level;
* their actors do not contradict each other: when both name a perpetrator they share one, a group
  matching its parent (Katiba Macina is part of JNIM); when only one does, the other's parties
  include it or the other names nobody; "unidentified" actors count as nobody.

Each fusion is recorded as an automatic ``merge`` judgement, which the projection applies: the
fused event keeps every source's values, shows disagreements in ``disputed`` and the fatality range.
A ``split`` judgement (``conflictkg resolve split A B``) is never overridden. When several events
of one source match, only the best (same place before nearby before same cercle, then the closest
date) is fused, and a cluster never takes two events of the same source or dataset. Automatic
merges whose events no longer match (a newer export moved the event) are retracted.

Candidates are blocked by place keys and a coarse grid, then by date window, and only the events
of the smaller sources are scanned against the others, so the cost follows the events that can
fuse, not the size of the largest dataset.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import overlaps, parse_partial
from ..ontology import terms as T
from ..ontology.model import ONTOLOGY
from .resolver import canonical_map

SLACK_DAYS = 1
MAX_KM = 10.0
GRID_DEG = 0.2  # > 10 km in longitude up to about 60 degrees of latitude
FINE_LEVELS = {"cercle", "province", "department", "commune", "district", "arrondissement", "municipality"}
ROLE_PREDICATES = (T.ATTRIBUTED_TO, T.TARGETED, T.VICTIM, T.PARTICIPANT)
EVENT_PREDICATES = ("class", "date", "start_date", "end_date", "lat", "lon", "geo_precision", T.OCCURRED_AT) + ROLE_PREDICATES
_DATASET = re.compile(r"^event:([a-z0-9-]+)/")


@dataclass
class Ev:
    id: str
    classes: set = field(default_factory=set)
    sources: set = field(default_factory=set)
    dates: list = field(default_factory=list)
    starts: list = field(default_factory=list)
    ends: list = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    geo: str | None = None
    places: set = field(default_factory=set)
    perps: set = field(default_factory=set)
    targets: set = field(default_factory=set)
    others: set = field(default_factory=set)
    # derived
    when: str | None = None
    lo: int = 0
    hi: int = 0
    keys: set = field(default_factory=set)

    @property
    def dataset(self) -> str | None:
        m = _DATASET.match(self.id)
        return m.group(1) if m else None


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _chunks(items, n=500):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


class _Graph:
    """The parts of the store fusion reads: events, places and actor hierarchy."""

    def __init__(self, tx):
        self.con = tx.con
        self.judgements = tx.judgements()
        self.canon = canonical_map(self.judgements)
        self.events: dict[str, Ev] = {}
        self.place_parent: dict[str, set] = defaultdict(set)
        self.place_info: dict[str, dict] = defaultdict(dict)
        self.actor_parent: dict[str, set] = defaultdict(set)

    def c(self, i: str) -> str:
        return self.canon.get(i, i)

    def load_events(self, ids) -> None:
        preds = _marks(len(EVENT_PREDICATES))
        for chunk in _chunks(ids):
            sql = (f"SELECT subject, predicate, object, value, source, confidence FROM statements "
                   f"WHERE subject IN ({_marks(len(chunk))}) AND predicate IN ({preds})")
            for row in self.con.execute(sql, list(chunk) + list(EVENT_PREDICATES)):
                self._add(*row)

    def _add(self, subj, pred, obj, value, source, conf) -> None:
        e = self.events.get(subj)
        if e is None:
            e = self.events[subj] = Ev(subj)
        if pred == "class":
            e.classes.add(value)
            e.sources.add(source)
        elif pred == "date":
            e.dates.append(value)
        elif pred == "start_date":
            e.starts.append(value)
        elif pred == "end_date":
            e.ends.append(value)
        elif pred == "geo_precision":
            e.geo = value
        elif pred in ("lat", "lon"):
            try:
                setattr(e, pred, float(value))
            except (TypeError, ValueError):
                pass
        elif pred == T.OCCURRED_AT:
            e.places.add(obj)
        elif pred == T.ATTRIBUTED_TO:
            (e.others if conf == "denied" else e.perps).add(obj)
        elif pred in (T.TARGETED, T.VICTIM):
            e.targets.add(obj)
        else:
            e.others.add(obj)

    def load_context(self) -> None:
        for subj, pred, obj, value in self.con.execute(
                "SELECT subject, predicate, object, value FROM statements WHERE subject >= 'place:' "
                "AND subject < 'place;' AND predicate IN ('LOCATED_IN', 'lat', 'lon', 'level', 'class')"):
            if pred == "LOCATED_IN":
                self.place_parent[self.c(subj)].add(self.c(obj))
            else:
                self.place_info[self.c(subj)].setdefault(pred, value)
        for subj, obj in self.con.execute(
                "SELECT subject, object FROM statements WHERE subject >= 'actor:' AND subject < 'actor;' "
                "AND predicate IN ('PART_OF', 'MEMBER_OF') AND (confidence IS NULL OR confidence != 'denied')"):
            self.actor_parent[self.c(subj)].add(self.c(obj))

    # -- derived facts ---------------------------------------------------------------------------
    def place_ancestors(self, pid: str) -> set[str]:
        seen, todo = set(), list(self.place_parent.get(pid, ()))
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(self.place_parent.get(p, ()))
        return seen

    def fine(self, pid: str) -> bool:
        """Below the region level: a commune, cercle, province, department, a settlement or site."""
        info = self.place_info.get(pid, {})
        cls, level = info.get("class"), info.get("level")
        if cls in (T.Settlement, T.Site):
            return True
        if cls == T.AdminArea:
            if level:
                return level in FINE_LEVELS
            return pid.count("/") >= 2  # place:<cc>/<region>/<cercle>
        return False

    def coords(self, e: Ev) -> tuple[float, float] | None:
        """A point for the 10 km test: the event's own coordinates unless the dataset says they only
        stand for a region, else those of a settlement or site it happened at. The point an area or
        an administrative unit is filed under says nothing about where in it an event happened."""
        if e.lat is not None and e.lon is not None and e.geo != "region":
            return e.lat, e.lon
        for p in sorted(e.places):
            info = self.place_info.get(p, {})
            if info.get("class") not in (T.Settlement, T.Site):
                continue
            try:
                return float(info["lat"]), float(info["lon"])
            except (KeyError, TypeError, ValueError):
                continue
        return None

    def actors_up(self, ids: set) -> set:
        out = set()
        for a in ids:
            a = self.c(a)
            if "unidentified" in a:
                continue  # "Unidentified Armed Group": nobody in particular
            todo = [a]
            while todo:
                x = todo.pop()
                if x not in out:
                    out.add(x)
                    todo.extend(self.actor_parent.get(x, ()))
        return out

    def prepare(self, e: Ev) -> bool:
        """Fill the date window and place keys; False when the event cannot be compared."""
        spans = []
        for d in e.dates:
            try:
                spans.append(parse_partial(d))
            except ValueError:
                continue
        if e.starts and e.ends:
            try:
                spans.append((min(e.starts), max(e.ends), "day"))
            except ValueError:
                pass
        if not spans or not e.classes:
            return False
        s = min(x[0] for x in spans)
        en = max(x[1] for x in spans)
        day = all(x[2] == "day" for x in spans)
        if len(spans) == 1 and not (e.starts and e.ends):
            e.when = e.dates[0]
        else:
            e.when = s if s == en else f"{s}/{en}"
        slack = SLACK_DAYS if day else 0
        e.lo = (date.fromisoformat(s) - timedelta(days=slack)).toordinal()
        e.hi = (date.fromisoformat(en) + timedelta(days=slack)).toordinal()
        e.places = {self.c(p) for p in e.places}
        for p in e.places:
            e.keys.add(("p", p))
            for a in self.place_ancestors(p):
                if self.fine(a):
                    e.keys.add(("p", a))
        xy = self.coords(e)
        e.lat, e.lon = xy if xy else (None, None)
        return True


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / GRID_DEG)), int(math.floor(lon / GRID_DEG))


def _most_specific(named: set, shared: set, g: _Graph) -> str:
    """The shared actor as the sources name it (JNIM rather than its parent al-Qaeda)."""
    direct = sorted({g.c(x) for x in named} & shared)
    return direct[0] if direct else sorted(shared)[0]


def match(g: _Graph, a: Ev, b: Ev) -> tuple | None:
    """(score, reason) when ``a`` and ``b`` are the same event, else None."""
    if not any(ONTOLOGY.compatible(x, y) for x in a.classes for y in b.classes):
        return None
    if not overlaps(a.when, b.when, SLACK_DAYS):
        return None
    shared_places = a.places & b.places
    if shared_places:
        where, wscore = f"same place {sorted(shared_places)[0]}", 3
    else:
        km = None
        if a.lat is not None and b.lat is not None:
            km = _km((a.lat, a.lon), (b.lat, b.lon))
        if km is not None and km <= MAX_KM:
            where, wscore = f"{km:.1f} km apart", 2
        else:
            common = {k[1] for k in a.keys & b.keys}
            if not common:
                return None
            where, wscore = f"both in {sorted(common)[0]}", 1
    pa, pb = g.actors_up(a.perps), g.actors_up(b.perps)
    ta, tb = g.actors_up(a.targets), g.actors_up(b.targets)
    if pa and pb:
        shared = pa & pb
        if not shared:
            return None  # two different perpetrators: two events
        who = f"shared perpetrator {_most_specific(a.perps | b.perps, shared, g)}"
    elif ta & tb:
        who = f"shared target {_most_specific(a.targets | b.targets, ta & tb, g)}"
    else:
        who = ""
    oa, ob = g.actors_up(a.others), g.actors_up(b.others)
    involved_a, involved_b = pa | ta | oa, pb | tb | ob
    # one source names a perpetrator, the other only the parties: the perpetrator must be one of them
    if (pa and not pb and ob and not pa & involved_b) or (pb and not pa and oa and not pb & involved_a):
        return None
    if not (pa and pb) and not (ta & tb):
        if involved_a & involved_b:
            who = f"shared actor {_most_specific(a.perps | a.others | b.perps | b.others, involved_a & involved_b, g)}"
        else:
            who = "perpetrator unknown in one source"
    classes = f"{'/'.join(sorted(a.classes))} ~ {'/'.join(sorted(b.classes))}"
    gap = min(abs(a.lo - b.lo), abs(a.hi - b.hi))
    score = (wscore, -gap, len(involved_a & involved_b), bool(a.classes & b.classes))
    reason = f"auto fusion: {classes}; dates {a.when} ~ {b.when}; {where}; {who}"
    return score, reason


def _big_candidates(con, g: _Graph, big: str, scan: list[Ev]) -> set[str]:
    """Events of the largest source that could match one of ``scan``: their dates first (one pass
    over that source's date statements), then their place keys and grid cells; only those are
    loaded in full. Keeps a 1,000,000-event dataset from being read whole after every load."""
    windows = sorted((e.lo - SLACK_DAYS, e.hi + SLACK_DAYS) for e in scan)
    merged: list[list[int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    starts = [m[0] for m in merged]
    lo_s = f"{date.fromordinal(merged[0][0]).year - 1:04d}"
    hi_s = date.fromordinal(merged[-1][1]).isoformat() + "~"
    by_date: dict[str, tuple[int, int]] = {}
    for subj, value in con.execute(
            "SELECT subject, value FROM statements WHERE source = ? AND predicate IN ('date', 'start_date', 'end_date') "
            "AND subject >= 'event:' AND subject < 'event;' AND value >= ? AND value <= ?", (big, lo_s, hi_s)):
        if subj in by_date or subj in g.events:
            continue
        try:
            if len(value) == 10:
                a = b = date.fromisoformat(value).toordinal()
            else:
                x, y, _ = parse_partial(value)
                a, b = date.fromisoformat(x).toordinal(), date.fromisoformat(y).toordinal()
        except ValueError:
            continue
        k = bisect_right(starts, b) - 1
        if k >= 0 and merged[k][1] >= a:
            old = by_date.get(subj)
            by_date[subj] = (min(a, old[0]), max(b, old[1])) if old else (a, b)
    if not by_date:
        return set()
    # where and when each scanned event could meet a candidate
    reach: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for e in scan:
        window = (e.lo - SLACK_DAYS, e.hi + SLACK_DAYS)
        for k in e.keys:
            reach[k].append(window)
        if e.lat is not None:
            ci, cj = _cell(e.lat, e.lon)
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    reach[("g", ci + di, cj + dj)].append(window)
    where: dict[str, Ev] = {}
    for chunk in _chunks(by_date):
        for subj, pred, obj, value in con.execute(
                f"SELECT subject, predicate, object, value FROM statements WHERE subject IN ({_marks(len(chunk))}) "
                f"AND predicate IN ('OCCURRED_AT', 'lat', 'lon', 'geo_precision')", chunk):
            e = where.setdefault(subj, Ev(subj))
            if pred == T.OCCURRED_AT:
                e.places.add(g.c(obj))
            elif pred == "geo_precision":
                e.geo = value
            else:
                try:
                    setattr(e, pred, float(value))
                except (TypeError, ValueError):
                    pass
    out = set()
    for subj, e in where.items():
        ekeys = {("p", p) for p in e.places}
        for p in e.places:
            ekeys |= {("p", a) for a in g.place_ancestors(p) if g.fine(a)}
        xy = g.coords(e)
        if xy:
            ekeys.add(("g",) + _cell(*xy))
        a, b = by_date[subj]
        if any(lo <= b and a <= hi for k in ekeys for lo, hi in reach.get(k, ())):
            out.add(subj)
    g.load_events(out)
    return out


def fuse(tx, ctx=None, file_summary=None) -> int:
    """Find and record fusions among the stored events; returns how many merges were recorded."""
    con = tx.con
    by_source = con.execute(
        "SELECT source, count(*) FROM statements WHERE subject >= 'event:' AND subject < 'event;' "
        "AND predicate = 'class' GROUP BY source").fetchall()
    g = _Graph(tx)
    auto = [j for j in g.judgements if j.kind == "merge" and j.auto]
    if len(by_source) < 2 and not auto:
        return 0
    by_source.sort(key=lambda x: -x[1])
    big = by_source[0][0] if by_source else None
    small_sources = [s for s, _ in by_source[1:]]
    small: set[str] = set()
    for chunk in _chunks(small_sources, 200):
        small |= {r[0] for r in con.execute(
            f"SELECT subject FROM statements WHERE source IN ({_marks(len(chunk))}) AND predicate = 'class' "
            f"AND subject >= 'event:' AND subject < 'event;'", chunk)}
    endpoints = {x for j in g.judgements for x in (j.a, j.b) if x.startswith("event:")}
    g.load_context()
    g.load_events(small | endpoints)
    prepared = {i: e for i, e in g.events.items() if g.prepare(e)}
    scan = [prepared[i] for i in small if i in prepared]
    if scan and big:
        for i in _big_candidates(con, g, big, scan):
            e = g.events.get(i)
            if e is not None and g.prepare(e):
                prepared[i] = e

    # blocking index: place keys and grid cells -> events sorted by window start
    index: dict[tuple, list] = defaultdict(list)
    for e in prepared.values():
        keys = set(e.keys)
        if e.lat is not None:
            keys.add(("g",) + _cell(e.lat, e.lon))
        for k in keys:
            index[k].append(e)
    starts: dict[tuple, list[int]] = {}
    longest: dict[tuple, int] = {}
    for k, evs in index.items():
        evs.sort(key=lambda x: x.lo)
        starts[k] = [x.lo for x in evs]
        longest[k] = max(x.hi - x.lo for x in evs)

    def candidates(e: Ev):
        keys = set(e.keys)
        if e.lat is not None:
            ci, cj = _cell(e.lat, e.lon)
            keys |= {("g", ci + di, cj + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)}
        seen = set()
        for k in keys:
            evs = index.get(k)
            if not evs:
                continue
            a = bisect_left(starts[k], e.lo - longest[k])
            b = bisect_right(starts[k], e.hi)
            for x in evs[a:b]:
                if x.id != e.id and x.id not in seen and x.hi >= e.lo:
                    seen.add(x.id)
                    yield x

    # re-check automatic merges first: a newer export may have moved an event
    unfused = 0
    for j in auto:
        a, b = prepared.get(j.a), prepared.get(j.b)
        if a is None or b is None or match(g, a, b) is None:
            tx.retract_judgement(j.id)
            unfused += 1
    if unfused:
        g.judgements = tx.judgements()
        g.canon = canonical_map(g.judgements)

    # clusters as the judgements left them
    members: dict[str, set] = defaultdict(set)
    for i in prepared:
        members[g.c(i)].add(i)
    splits = {tuple(sorted((j.a, j.b))) for j in g.judgements if j.kind == "split"}

    def blocked(a: Ev, b: Ev) -> bool:
        if a.dataset and a.dataset == b.dataset:
            return True
        return bool(a.sources & b.sources)

    pairs = []
    for e in scan:
        for x in candidates(e):
            if blocked(e, x) or g.c(e.id) == g.c(x.id):
                continue
            a, b = sorted((e, x), key=lambda ev: ev.id)  # the reason reads in the judgement's order
            m = match(g, a, b)
            if m:
                pairs.append((m[0], a.id, b.id, m[1]))

    # greedy, best pairs first; clusters never take two events of one source or one dataset
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        x = g.c(x)
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def info(root: str):
        ids = members.get(root, {root})
        evs = [prepared[i] for i in ids if i in prepared]
        return ids, set().union(*(e.sources for e in evs)) if evs else set(), {e.dataset for e in evs if e.dataset}

    pairs.sort(key=lambda p: (p[0], p[1], p[2]), reverse=True)
    fused = 0
    for _, a, b, reason in pairs:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ida, sa, da = info(ra)
        idb, sb, db = info(rb)
        if sa & sb or da & db:
            continue
        if any(tuple(sorted((x, y))) in splits for x in ida for y in idb):
            continue
        tx.add_judgement("merge", a, b, reason, auto=True)
        parent[rb] = ra
        members[ra] = ida | idb
        fused += 1
    if ctx is not None:
        if fused:
            ctx.count("fused", fused)
        if unfused:
            ctx.count("unfused", unfused)
    return fused


def hook(tx, ctx, file_summary) -> None:
    fuse(tx, ctx, file_summary)


def _register() -> None:
    from ..kg import POST_LOAD_HOOKS

    if hook not in POST_LOAD_HOOKS:
        POST_LOAD_HOOKS.append(hook)


_register()
