"""ACLED event exports (CSV), in the layouts found in the wild.

* the standard **dyadic** export: one row per event, ``actor1``/``assoc_actor_1``/``inter1`` and
  ``actor2``/``assoc_actor_2``/``inter2``;
* the **monadic** export: one row per actor and event (no ``actor2``), joined on ``event_id_cnty``.
  Rows of one event need not be adjacent: they are grouped in a sliding window of events, so memory
  stays bounded by the window, not by the file.

Dates as ``06 April 2020``, ``2020-04-06`` or ``16-Feb-21``; UTF-8 with or without BOM; CRLF; quoted
newlines in ``notes``. Each event becomes ``event:acled/<event_id_cnty>`` with its class (the
ontology's ACLED mapping), date and precision, place, fatalities, and its actors in the role the row
supports: who perpetrated is read from the sub-event type, the ``inter`` codes and the notes (an
armed clash is attributed to one side only when the notes say that side attacked), with the notes'
hedges setting the confidence ("suspected" → possible, "presumed" → probable, a claim of
responsibility → claimed). ACLED actor labels map to pack actors through the pack's
``acled_actors.yaml``; an ``and/or`` label attributes the event to each candidate at ``possible``.
Associated actors are kept as participants and as ``PART_OF``/``ALLIED_WITH`` evidence.

Every event statement carries ``record=<event_id_cnty>``: a newer export of the event replaces them,
and ``--prune`` retracts events a full re-export no longer contains. Bad rows (unparseable date,
unknown event type, wrong number of fields) are reported with file, line and reason and skipped.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..graph.resolver import normalize
from ..graph.statements import Statement, label_from_id, link, prop, slug
from ..ontology import terms as T
from ..ontology.model import ONTOLOGY
from .base import LoadContext
from .datasets import (CsvFile, DatasetPlaces, PruneScope, csv_header, iso2, pack_affiliations,
                       pack_list, require_columns, weaker, write_records)

kind = "acled"
upsert = True
LOADER = "acled"
SOURCE_PREFIX = "source:acled/"

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1")
#: how many events stay open while the rows of a monadic export are joined
WINDOW = 2000

GEO_PRECISION = {"1": "exact", "2": "near", "3": "region"}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MONTHS.update({m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])})
MONTHS["sept"] = 9

# ACLED actor type codes; newer exports write the type as text.
INTER_TEXT = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3, "political militias": 3,
    "identity militia": 4, "identity militias": 4, "rioters": 5, "protesters": 6, "civilians": 7,
    "external/other forces": 8, "other forces": 8,
}
ARMED = {1, 2, 3, 4, 8}
NON_STATE = {2, 3, 4}
STATE = {1, 8}
CIVILIANS = 7
CROWD = {5, 6}

MISSION = re.compile(r"\b(United Nations|MINUSMA|MISMA|EUTM|EUCAP|African Union|AFISMA|UN:|Mission)\b")


def _inter(text: str) -> int | None:
    t = (text or "").strip()
    if t.isdigit():
        return int(t)
    return INTER_TEXT.get(t.lower())


def actor_class(label: str, inter: int | None) -> str:
    """Class of an actor ACLED introduces, from its ``inter`` code (and the label for the codes
    that cover several kinds: a government, a UN mission)."""
    if label.startswith("Government of") or label.startswith("Former Government of"):
        return T.Government
    if inter == 1:
        return T.StateForce
    if inter in (2, 3):
        return T.ArmedGroup
    if inter == 4:
        return T.Militia
    if inter in (5, 6, 7):
        return T.CivilianGroup
    if inter == 8:
        return T.InternationalMission if MISSION.search(label) else T.StateForce
    return T.Organization


# -- dates ---------------------------------------------------------------------------------------

_D_MONTH_Y = re.compile(r"^(\d{1,2})[ \-/]([A-Za-z]{3,9})\.?[ \-/,]*(\d{2}|\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def parse_date(text: str, year_hint: str | None = None) -> date:
    """``06 April 2020``, ``6-Apr-2020``, ``16-Feb-21`` or ``2020-04-06``; ValueError otherwise.
    A two-digit year takes its century from the row's ``year`` column when there is one."""
    t = (text or "").strip()
    m = _ISO_DAY.match(t)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _D_MONTH_Y.match(t)
    if m:
        day, mon, yr = m.groups()
        month = MONTHS.get(mon.lower())
        if month is None:
            raise ValueError(f"unknown month {mon!r}")
        if len(yr) == 2:
            y2 = int(yr)
            if year_hint and year_hint.strip().isdigit() and int(year_hint) % 100 == y2:
                year = int(year_hint)
            else:
                year = 2000 + y2 if y2 < 70 else 1900 + y2
        else:
            year = int(yr)
        return date(year, month, int(day))
    raise ValueError(f"unparseable date {t!r}")


# -- actor labels --------------------------------------------------------------------------------

@dataclass
class Mapped:
    """The actors an ACLED label stands for; ``cap`` limits the confidence (an and/or label)."""

    ids: list[str]
    cap: str | None = None
    new: bool = False


class Labels:
    """ACLED labels to actor ids: the pack table, then the resolver's exact names, else a new
    unverified ``actor:acled/<slug>`` reported once per label."""

    def __init__(self, ctx: LoadContext, path: Path):
        self.ctx = ctx
        self.path = path
        self.r = ctx.resolver
        self.table: dict[str, dict] = {}
        for e in pack_list(ctx, "acled_actors.yaml", "acled_actors"):
            if e.get("label"):
                self.table[str(e["label"])] = e
                self.table.setdefault(normalize(str(e["label"])), e)
        self.cache: dict[str, Mapped] = {}

    def get(self, label: str, inter: int | None, line: int) -> Mapped:
        m = self.cache.get(label)
        if m is not None:
            return m
        e = self.table.get(label) or self.table.get(normalize(label))
        if e is not None and (e.get("actor") or e.get("candidates")):
            if e.get("candidates"):
                m = Mapped([str(c) for c in e["candidates"]], cap="possible")
            else:
                m = Mapped([str(e["actor"])])
        else:
            m = self._resolve(label)
            if m is None:
                aid = f"actor:acled/{slug(label)}"
                m = Mapped([aid], new=True)
                self.ctx.count("new actors")
                self.ctx.note(self.path, line, f"ACLED actor label {label!r} is not in the pack's table: "
                                                f"kept as new unverified actor {aid}")
        self.cache[label] = m
        return m

    def _resolve(self, label: str) -> Mapped | None:
        for name in (label, re.sub(r"\s*\((?:\d{4})?-?(?:\d{4})?-?\)\s*$", "", label)):
            ids, _ = self.r.lookup(name, fuzzy=False)
            ids = {self.r.canonical(i) for i in ids if label_from_id(i) == T.Actor}
            if len(ids) == 1:
                return Mapped([ids.pop()])
        return None

    def known(self, aid: str) -> bool:
        return aid in self.r.entities

    def cls(self, aid: str) -> str | None:
        e = self.r.entities.get(aid)
        return e.cls if e else None


# -- reading the notes ---------------------------------------------------------------------------

GENERIC = {
    1: ["soldiers", "soldier", "army", "military", "troops", "forces", "gendarmes", "gendarmerie",
        "police", "policemen", "guards", "FAMa", "FDS", "VDP"],
    2: ["militants", "militant", "jihadists", "jihadist", "gunmen", "assailants", "insurgents",
        "fighters", "rebels", "armed men", "terrorists", "combatants", "islamists", "extremists"],
    4: ["militia", "militiamen", "militias", "dozo", "dozos", "hunters", "self-defense", "self-defence"],
    5: ["rioters", "mob", "youths", "protesters"],
    7: ["civilians", "villagers", "residents", "herders", "farmers", "traders"],
    8: ["French", "Barkhane", "peacekeepers", "MINUSMA", "troops", "forces", "soldiers", "G5 Sahel"],
}
GENERIC[3] = GENERIC[2]
GENERIC[6] = GENERIC[5]
DEMONYM = {"Mali": "Malian", "Burkina Faso": "Burkinabe", "Niger": "Nigerien", "France": "French",
           "Chad": "Chadian", "Mauritania": "Mauritanian", "the United States": "US", "United States": "US",
           "Nigeria": "Nigerian", "Algeria": "Algerian", "Senegal": "Senegalese", "Guinea": "Guinean",
           "Ivory Coast": "Ivorian", "Togo": "Togolese", "Benin": "Beninese", "Estonia": "Estonian"}

ATTACK_VERB = re.compile(
    r"\b(?:attack(?:ed|ing)?|ambush(?:ed|ing)?|assault(?:ed|ing)?|raid(?:ed|ing)?|storm(?:ed|ing)?|"
    r"overr[au]n|besieg(?:ed|ing)|launched an? (?:attack|assault|raid|offensive))\b", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", re.I)
POSSIBLE = re.compile(r"\b(?:suspected|alleged(?:ly)?|possibl[ey]|may have|might have|unconfirmed|unverified)\b", re.I)
PROBABLE = re.compile(r"\b(?:presum(?:ed|ably)|likely|probabl[ey]|believed to|thought to)\b", re.I)
CLAIM = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|the\s+(?:attacks?|ambush|assault|abduction|kidnapping|"
    r"killings?|operation|bombing|explosion|raid))|\bresponsibility\s+(?:was|has been|had been)\s+claimed|"
    r"\bclaimed\s+by\b", re.I)
HEDGED_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:is|are|was|were|being)\s+(?:\w+\s+)?"
                          r"(?:suspected|believed|thought|presumed|alleged|likely|possibly|probably)\b", re.I)
DENIAL = re.compile(r"\b(?:denied|rejected|refuted)\s+(?:any\s+)?(?:responsibility|involvement|the claim)", re.I)
SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@dataclass
class Side:
    """One actor column of a row (with its associated actors). Made once per distinct
    (label, associated actors, inter) and shared by every row that codes the same side."""

    label: str
    inter: int | None
    mapped: Mapped
    assoc: list[tuple[str, Mapped]] = field(default_factory=list)
    specific: re.Pattern | None = None
    generic: re.Pattern | None = None
    #: (actor id, confidence) for this side as a target, victim or participant
    passive: list[tuple[str, str | None]] = field(default_factory=list)
    #: (actor id, confidence) of the associated actors when the side perpetrated
    companions: list[tuple[str, str | None]] = field(default_factory=list)
    #: its actor nodes and affiliations are emitted (by the first row that codes it)
    actors_done: bool = False

    def match(self, text: str, generic: bool) -> list[re.Match]:
        pat = self.generic if generic else self.specific
        return list(pat.finditer(text)) if pat is not None else []


def _pattern(words) -> re.Pattern | None:
    words = sorted({w for w in words if w and len(w) >= 2}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


class Notes:
    """What the free-text notes say about who did it and how surely."""

    def __init__(self, text: str):
        self.text = text or ""
        self._sentences: list[str] | None = None

    @property
    def sentences(self) -> list[str]:
        if self._sentences is None:
            self._sentences = [s for s in SENTENCE.split(self.text) if s.strip()]
        return self._sentences

    def attacker(self, sides: list[Side]) -> int | None:
        """Index of the side the notes say attacked, ambushed, assaulted... (None if unclear)."""
        for sent in self.sentences:
            for m in ATTACK_VERB.finditer(sent):
                before, after = sent[:m.start()], sent[m.end():]
                if PASSIVE.search(before):
                    by = re.match(r"\s*by\b(.{0,80})", after, re.S)
                    if not by:
                        continue
                    hit = self._closest(sides, by.group(1), first=True)
                else:
                    hit = self._closest(sides, before, first=False)
                if hit is not None:
                    return hit
        return None

    @staticmethod
    def _closest(sides: list[Side], text: str, first: bool) -> int | None:
        for generic in (False, True):
            best: dict[int, int] = {}
            for i, s in enumerate(sides):
                ms = s.match(text, generic)
                if ms:
                    best[i] = ms[0].start() if first else ms[-1].end()
            if best:
                key = min if first else max
                pos = key(best.values())
                winners = [i for i, p in best.items() if p == pos]
                return winners[0] if len(winners) == 1 else None
        return None

    def confidence(self, side: Side) -> str:
        """claimed / attributed / probable / possible for ``side`` as perpetrator."""
        mentions = [(sent, m) for sent in self.sentences for m in side.match(sent, False)]
        if not mentions:
            mentions = [(sent, m) for sent in self.sentences for m in side.match(sent, True)]
        for sent in self.sentences:
            if CLAIM.search(sent) and (side.match(sent, False) or len(mentions) == 0):
                return "claimed"
        if mentions:
            # "suspected JNIM militants", "JNIM militants are suspected of": the hedge must sit
            # right before the mention or be predicated of it, not qualify another actor
            sent, m = mentions[0]
            before = sent[max(0, m.start() - 40): m.start()]
            after = HEDGED_AFTER.match(sent[m.end():])
            windows = [before, after.group(0) if after else ""]
        else:
            windows = [self.sentences[0] if self.sentences else ""]
        if any(POSSIBLE.search(w) for w in windows):
            return "possible"
        if any(PROBABLE.search(w) for w in windows):
            return "probable"
        return "attributed"

    def denied(self, side: Side) -> bool:
        return any(DENIAL.search(s) and side.match(s, False) for s in self.sentences)


# -- who did what ---------------------------------------------------------------------------------

TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _plan(et: str, st: str, inters: tuple, attacker: int | None) -> tuple[list[int], tuple]:
    """Which sides (by position) perpetrated, and which were targets, victims or participants,
    from the event type, the sides' ``inter`` codes and the attacker the notes name (battles)."""
    perps: list[int] = []
    targets: list[int] = []
    victims: list[int] = []
    idx = list(range(len(inters)))
    civ = [i for i in idx if inters[i] == CIVILIANS]

    def pick(codes) -> list[int]:
        hit = [i for i in idx if inters[i] in codes]
        return hit[:1] if len(hit) >= 1 else []

    if et == "Violence against civilians":
        perps = [i for i in idx if inters[i] != CIVILIANS][:1]
        victims = civ if perps else [i for i in idx]
        if not civ and len(idx) > 1:
            perps, victims = [0], idx[1:]
    elif et == "Explosions/Remote violence":
        codes = STATE if st in ("Air/drone strike", "Shelling/artillery/missile attack") else NON_STATE
        armed = [i for i in idx if inters[i] != CIVILIANS]
        cands = [i for i in armed if inters[i] in codes]
        perps = cands if len(cands) == 1 else armed[:1]
    elif et == "Battles":
        if st == "Non-state actor overtakes territory":
            perps = pick(NON_STATE) or idx[:1]
        elif st == "Government regains territory":
            perps = pick(STATE) or idx[:1]
        else:
            perps = [attacker] if attacker is not None else []
    elif et == "Strategic developments" and st == "Looting/property destruction":
        perps = [i for i in idx if inters[i] != CIVILIANS][:1]
        victims = civ
    elif et == "Protests" and st == "Excessive force against protesters":
        perps = pick(STATE)
        victims = [i for i in idx if inters[i] in CROWD]
    elif et == "Riots" and st == "Mob violence":
        perps = pick({5})
        victims = civ
    if perps:
        targets = [i for i in idx if i not in perps and i not in victims]
        victims = [i for i in victims if i not in perps]
        if et != "Battles":
            # civilians hit by a one-sided event are its victims, other parties its targets
            victims = sorted(set(victims) | {i for i in targets if inters[i] == CIVILIANS})
            targets = [i for i in targets if i not in victims]
    participants = [i for i in idx if i not in perps and i not in targets and i not in victims]
    return perps, ((targets, T.TARGETED), (victims, T.VICTIM), (participants, T.PARTICIPANT))


# -- the loader ----------------------------------------------------------------------------------

def sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() not in (".csv", ".txt"):
        return False
    return "event_id_cnty" in csv_header(head)


class _Row:
    __slots__ = ("line", "row")

    def __init__(self, line: int, row: dict):
        self.line = line
        self.row = row


class _Loader:
    def __init__(self, path: Path, ctx: LoadContext):
        self.path = path
        self.ctx = ctx
        self.name = path.name
        self.source = f"{SOURCE_PREFIX}{slug(path.stem)}"
        self.labels = Labels(ctx, path)
        self.places = DatasetPlaces(ctx.resolver, self.source, LOADER)
        self.affil = pack_affiliations(ctx)
        self.emitted_affil: set[tuple] = set()
        self.keywords: dict[str, tuple] = {}
        # decisions that depend only on values repeated across rows, made once per distinct value
        self.classes: dict[tuple[str, str], str | None] = {}
        self.days: dict[tuple[str, str | None], date] = {}
        self.countries: dict[tuple, str] = {}
        self.sides: dict[tuple[str, str, str], Side] = {}
        self.plans: dict[tuple, tuple] = {}
        self.scope = PruneScope()
        ctx.options["_prune_scope"] = self.scope
        ctx.options.setdefault("_sources", []).append(self.source)

    def S(self, subject, predicate, record=None, **kw) -> Statement:
        return Statement(subject, predicate, self.source, loader=LOADER, record=record, **kw)

    # -- reading -------------------------------------------------------------------------------
    def run(self) -> Iterator[Statement]:
        csvf = CsvFile(self.path, self.ctx, label=f"ACLED {self.name}", normalize=True)
        rows = iter(csvf)
        first = next(rows, None)  # reading the first row fills in the header
        header = {h.lower(): h for h in csvf.header}
        if "event_id_cnty" in header and not ({"event_type", "actor1"} & set(header)):
            self.ctx.issue(self.path, 1, "not an ACLED event export (no event_type or actor1 column; it looks "
                                         "like a list of event ids): nothing loaded from it")
            return
        require_columns(header, REQUIRED, self.path, "an ACLED export")
        self.dyadic = "actor2" in header
        self.has_notes = "notes" in header
        for col in ("location", "latitude", "longitude", "fatalities", "time_precision"):
            if col not in header:
                self.ctx.note(self.path, 1, f"column {col!r} is absent: events are loaded without it")
        yield from self._source()
        window: OrderedDict[str, list[_Row]] = OrderedDict()

        def rows_all():
            if first is not None:
                yield first
            yield from rows

        for line, row, error in rows_all():
            self.ctx.count("rows")
            if error:
                self._skip(line, error)
                continue
            eid = row.get("event_id_cnty", "")
            if not eid:
                self._skip(line, "empty event_id_cnty")
                continue
            if eid in window:
                window[eid].append(_Row(line, row))
                continue
            window[eid] = [_Row(line, row)]
            if len(window) > WINDOW:
                old, group = window.popitem(last=False)
                yield from self._event(old, group)
        for eid, group in window.items():
            yield from self._event(eid, group)

    def _skip(self, line: int, reason: str) -> None:
        self.ctx.count("skipped rows")
        self.ctx.issue(self.path, line, reason, skipped="row")

    def _source(self) -> Iterator[Statement]:
        s = self.source
        yield self.S(s, "class", value=T.Dataset)
        yield self.S(s, "name", value=f"ACLED export {self.name}")
        yield self.S(s, "title", value=f"ACLED export {self.name}")
        yield self.S(s, "publisher", value="ACLED (Armed Conflict Location & Event Data Project)")
        yield self.S(s, "url", value="https://acleddata.com")
        yield self.S(s, "kind", value="dataset")
        yield self.S(s, "reliability", value="B")

    # -- one event -------------------------------------------------------------------------------
    def _check(self, r: _Row) -> tuple[str, date, int | None] | None:
        row = r.row
        key = (row["event_type"], row["sub_event_type"])
        cls = self.classes.get(key, False)
        if cls is False:
            cls = self.classes[key] = ONTOLOGY.acled_class(*key)
        if cls is None:
            self._skip(r.line, f"unknown event type {row['event_type']!r} / {row['sub_event_type']!r}")
            return None
        dkey = (row["event_date"], row.get("year"))
        day = self.days.get(dkey)
        if day is None:
            try:
                day = parse_date(*dkey)
            except ValueError as e:
                reason = str(e)  # "day is out of range for month" alone does not say which date
                self._skip(r.line, reason if repr(row["event_date"]) in reason
                           else f"event_date {row['event_date']!r}: {reason}")
                return None
            if len(self.days) > 100_000:  # bounded, whatever the file's spread of dates
                self.days.clear()
            self.days[dkey] = day
        fat = row.get("fatalities", "")
        fatalities = None
        if fat:
            try:
                fatalities = int(float(fat))
                if fatalities < 0:
                    raise ValueError
            except ValueError:
                self._skip(r.line, f"fatalities is not a count: {fat!r}")
                return None
        for col in ("latitude", "longitude"):
            v = row.get(col, "")
            if v:
                try:
                    x = float(v)
                except ValueError:
                    self._skip(r.line, f"{col} is not a number: {v!r}")
                    return None
                if not (-90 <= x <= 90 if col == "latitude" else -180 <= x <= 180):
                    self._skip(r.line, f"{col} out of range: {v!r}")
                    return None
        return cls, day, fatalities

    def _event(self, eid: str, group: list[_Row]) -> list[Statement]:
        checked = [(r, self._check(r)) for r in group]
        good = [(r, c) for r, c in checked if c is not None]
        if not good:
            return []
        r0, (cls, day, fatalities) = good[0]
        row = r0.row
        self.ctx.count("events")
        E = "event:acled/" + eid
        src = self.source
        ref = f"{self.name}:{r0.line} {eid}"
        notes = row.get("notes", "")
        quote = f"{ref}: {notes}" if notes else ref

        # the bulk of a dataset: property statements of one event, made positionally
        def P(pred, value, ev=ref):
            return prop(E, pred, value, src, ev, LOADER, eid)

        tp = row.get("time_precision", "1") or "1"
        iso_day = day.isoformat()
        start = end = iso_day
        if tp == "3":
            date_value, precision = f"{day.year:04d}-{day.month:02d}", "month"
        else:
            date_value, precision = iso_day, "day"
        loc = row.get("location") or row.get("admin2") or row.get("admin1") or row.get("country") or "?"
        # the name's date is the event's: a month-precision event's day is ACLED's stand-in
        out = [P("class", cls), P("name", f"{row['sub_event_type']}, {loc}, {date_value}"),
               P("date", date_value, quote), P("date_precision", precision)]
        if tp == "2":
            # ACLED: the event happened during the week around this day
            start, end = (day - timedelta(days=3)).isoformat(), (day + timedelta(days=3)).isoformat()
            out.append(P("start_date", start))
            out.append(P("end_date", end))
        elif tp == "3":
            from ..dates import parse_partial

            start, end, _ = parse_partial(date_value)
        self.scope.add(eid, start, end)
        gp = row.get("geo_precision")
        if gp in GEO_PRECISION:
            out.append(P("geo_precision", GEO_PRECISION[gp]))
        lat, lon = row.get("latitude") or None, row.get("longitude") or None
        if lat and lon:
            out.append(P("lat", str(float(lat))))
            out.append(P("lon", str(float(lon))))
        if fatalities is not None:
            f = str(fatalities)
            out.append(P("fatalities_min", f))
            out.append(P("fatalities_max", f))
        ckey = (row.get("iso3"), row.get("country"))
        cc = self.countries.get(ckey)
        if cc is None:
            cc = self.countries[ckey] = iso2(*ckey)
        place, new_place = self.places.resolve(cc, row.get("country", ""), row.get("admin1", ""),
                                              row.get("admin2", ""), row.get("location", ""),
                                              lat, lon, row.get("admin3"), ref)
        out += new_place
        if place:
            out.append(link(E, T.OCCURRED_AT, place, src, ref, "attributed", LOADER, eid))

        sides: list[Side] = []
        for r, _ in good:
            rw = r.row
            s = self._side(r, rw.get("actor1", ""), rw.get("assoc_actor_1", ""), rw.get("inter1", ""))
            if s is not None:
                sides.append(s)
            if self.dyadic:
                s = self._side(r, rw.get("actor2", ""), rw.get("assoc_actor_2", ""), rw.get("inter2", ""))
                if s is not None:
                    sides.append(s)
        self._roles(E, eid, row, sides, Notes(notes), quote, ref, out)
        return out

    def _side(self, r: _Row, label: str, assoc: str, inter: str) -> Side | None:
        if not label:
            return None
        key = (label, assoc, inter)
        side = self.sides.get(key)
        if side is not None:
            return side
        code = _inter(inter)
        mapped = self.labels.get(label, code, r.line)
        side = Side(label, code, mapped)
        for a in (x.strip() for x in assoc.split(";")):
            if a:
                side.assoc.append((a, self.labels.get(a, code, r.line)))
        spec, gen = self._keywords(label, mapped, code)
        side.specific, side.generic = spec, gen
        for m in [mapped] + [m for _, m in side.assoc]:
            side.passive += [(aid, weaker("attributed", m.cap)) for aid in m.ids]
        for _, m in side.assoc:
            side.companions += [(aid, weaker("attributed", m.cap)) for aid in m.ids]
        self.sides[key] = side
        return side

    def _keywords(self, label: str, mapped: Mapped, inter: int | None):
        k = self.keywords.get(label)
        if k is None:
            words = set()
            base = re.sub(r"\s*\([^)]*\)", "", label).strip()
            if ":" in base:
                acr, rest = base.split(":", 1)
                words |= {acr.strip(), rest.strip()}
            else:
                words.add(base)
            for aid in mapped.ids:
                e = self.labels.r.entities.get(aid)
                if e:
                    words |= {n for n in e.names if len(n) >= 3 and n.lower() not in ("the", "and")}
            gen = set(GENERIC.get(inter, []))
            m = re.match(r"^(?:Military|Police) Forces of (.+?)\s*(?:\(|$)", label)
            if m and m.group(1) in DEMONYM:
                dem = DEMONYM[m.group(1)]
                words |= {f"{dem} {w}" for w in ("army", "soldiers", "forces", "troops", "military", "gendarmes", "police")}
                gen.add(dem)
            if "and/or" in label:
                words |= {p.strip() for p in re.sub(r"\s*\([^)]*\)", "", label).split("and/or")}
            k = self.keywords[label] = (_pattern(words), _pattern(gen))
        return k

    # -- who did what ----------------------------------------------------------------------------
    def _roles(self, E, eid, row, sides: list[Side], notes: Notes, quote, ref, out: list) -> None:
        et, st = row["event_type"], row["sub_event_type"]
        inters = tuple(s.inter for s in sides)
        # who perpetrated depends on the event type and the sides' inter codes, and for an armed
        # clash on which side the notes say attacked: plan once per distinct combination
        attacker = None
        if et == "Battles" and st not in TERRITORY and len(sides) > 1:
            attacker = notes.attacker(sides)
        key = (et, st, inters, attacker)
        plan = self.plans.get(key)
        if plan is None:
            plan = self.plans[key] = _plan(et, st, inters, attacker)
        perps, groups = plan

        src = self.source
        seen: set[tuple] = set()

        def rel(pred, aid, conf):
            k = (pred, aid, conf)
            if k not in seen:
                seen.add(k)
                out.append(link(E, pred, aid, src, quote, conf, LOADER, eid))

        for i in perps:
            s = sides[i]
            conf = notes.confidence(s)
            denied = notes.denied(s)
            for aid in s.mapped.ids:
                rel(T.ATTRIBUTED_TO, aid, weaker(conf, s.mapped.cap))
                if denied:
                    rel(T.ATTRIBUTED_TO, aid, "denied")
            for aid, c in s.companions:
                rel(T.PARTICIPANT, aid, c)
        for group, pred in groups:
            for i in group:
                for aid, c in sides[i].passive:
                    rel(pred, aid, c)
        for s in sides:
            if not s.actors_done:
                # a side's actor nodes and affiliations are emitted once, by the first row coding it
                s.actors_done = True
                out += self._actors(s, ref)

    def _actors(self, s: Side, ref: str) -> Iterator[Statement]:
        """Unknown actors get a node; associated actors are affiliation evidence."""
        for label, m in [(s.label, s.mapped)] + s.assoc:
            for aid in m.ids:
                if not self.labels.known(aid) and (aid, "node") not in self.emitted_affil:
                    self.emitted_affil.add((aid, "node"))
                    yield self.S(aid, "class", value=actor_class(label, s.inter))
                    yield self.S(aid, "name", value=label if len(m.ids) == 1 else aid.split(":", 1)[1])
        if s.inter not in ARMED or len(s.mapped.ids) != 1:
            return
        main = s.mapped.ids[0]
        main_cls = self.labels.cls(main) or actor_class(s.label, s.inter)
        armed = (T.ArmedGroup, T.Militia, T.StateForce, T.InternationalMission)
        for label, m in s.assoc:
            if len(m.ids) != 1 or m.ids[0] == main:
                continue
            other = m.ids[0]
            other_cls = self.labels.cls(other) or actor_class(label, s.inter)
            if main_cls not in armed or other_cls not in armed:
                continue
            a, pred, b, conf = self._affiliation(main, s.label, other, label, main_cls, other_cls)
            key = (a, pred, b)
            if key in self.emitted_affil:
                continue
            self.emitted_affil.add(key)
            yield self.S(a, pred, object=b, confidence=conf,
                         evidence=f"{ref}: {s.label!r} coded with associated actor {label!r}")

    def _affiliation(self, main, main_label, other, other_label, main_cls, other_cls):
        """Direction and kind of the link between an actor and its associated actor: the pack's
        curated PART_OF/MEMBER_OF when it has one, ACLED's naming of sub-units ("Katiba ...")
        otherwise; two forces or groups fighting side by side are allies."""
        for a, b in ((main, other), (other, main)):
            pred = self.affil.get((a, b))
            if pred:
                return a, pred, b, "attributed"
        if main_label.startswith("Katiba") and other_cls == T.ArmedGroup and not other_label.startswith("Katiba"):
            return main, T.PART_OF, other, "probable"
        if other_label.startswith("Katiba") and main_cls == T.ArmedGroup and not main_label.startswith("Katiba"):
            return other, T.PART_OF, main, "probable"
        a, b = sorted((main, other))
        return a, T.ALLIED_WITH, b, "probable"


def load(path: Path, ctx: LoadContext) -> Iterator[Statement]:
    path = Path(path)
    if not path.is_file():
        raise InputError("not a file", str(path))
    # told before the first row is read: the writer sizes its bulk load by it
    ctx.options["_input_bytes"] = ctx.options.get("_input_bytes", 0) + path.stat().st_size
    return _Loader(path, ctx).run()


def write(tx, statements, ctx: LoadContext):
    """Store the statements, each event replacing its earlier version (see ``datasets.write_records``)."""
    return write_records(tx, statements, ctx, SOURCE_PREFIX)
