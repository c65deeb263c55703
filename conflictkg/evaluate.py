"""Scoring an extracted graph against a gold annotation (``../shared/gold/README.md``).

A gold file says what an investigator expects the graph to hold after ingesting ONE report with
the default region pack. This module holds the scoring as pure functions over two plain values:

- :class:`Gold`, parsed and checked from the gold YAML (:func:`load_gold`, :func:`parse_gold`);
- :class:`GraphView`, the part of the projected graph the scoring looks at, built from a
  :class:`~conflictkg.graph.projection.Projection` and the ids of the report's sources
  (:func:`view_from_projection`). The scorer never looks at extractor internals.

:func:`score_report` compares the two; :func:`combine` micro-averages several reports into the
figures and the JSON document the README specifies; :func:`render_table` prints them.
:func:`evaluate_files` is the one impure part: it ingests each report into its own temporary
store and scores it. Gold files are read here and nowhere else, so that scores stay honest.

Choices where the README leaves room (each one applied the same way to every gold set):

- "Provenance from this report": a statement whose source is the report's Source or a source it
  cites. An entity has it when such a statement is about it (subject) or points at it (object,
  e.g. the target of an attack). Relations are found only when such a statement states them: a
  relation the region pack alone holds is not credited to the extractor.
- Event slots count perpetrators as actors; their confidence is scored only in the attribution
  figures. The attribution figures hold the perpetrators and the gold relations that carry a
  ``confidence`` (e.g. HELD_HOSTAGE_BY, LINKED_TO), so "attributions" and "attributions with
  confidence" have the same denominators and differ only by the confidence level.
- A graph value for a slot the gold leaves empty (fatalities, status, troops, concerns, an extra
  target...) is a false positive; a wrong value is a miss and a false positive. ``name`` is
  scored only where the gold names the event (extractors may give events descriptive labels).
  Mediators (MEDIATED_BY) have no gold slot and are not scored.
- A gold place name shared by several graph places is narrowed by the gold's own LOCATED_IN
  relations (gold "Bamba LOCATED_IN Bourem" excludes the Bamba of Koro) before the containment test.
- The confidence of a relation is the best level among this report's own statements of it.
- Precision with nothing predicted is 1.0 when nothing was expected either, else 0.0; recall
  likewise; F1 is 0.0 when both are 0.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from .dates import parse_partial
from .errors import ConflictKGError, InputError
from .graph.resolver import normalize
from .ontology.model import ONTOLOGY

#: The figures the README asks for, in the order they are printed.
CATEGORIES = ("entities", "events", "slots", "attributions", "attributions_confidence", "relations")
#: What the overall figure micro-averages.
OVERALL_PARTS = ("entities", "events", "slots", "relations")
ACTOR_SLOTS = {"targets": "TARGETED", "victims": "VICTIM", "participants": "PARTICIPANT"}
PERPETRATOR = "ATTRIBUTED_TO"
#: Relationship types scored as event slots or not scored at all, so never relation false positives.
NOT_RELATIONS = frozenset({"ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT", "MEDIATED_BY",
                           "OCCURRED_AT", "CONCERNS", "CITES", "STATED_IN", "ABOUT"})
ENTITY_LABELS = ("Actor", "Place")
TOP_KEYS = {"report", "published", "language", "entities", "also_ok", "events", "relations", "sources"}
EVENT_KEYS = {"key", "type", "date", "place", "name", "fatalities", "targets", "victims",
              "participants", "perpetrators", "status", "troops", "concerns"}
LINE = "__line__"  # set by conflictkg.loaders.base.read_yaml on every mapping


# -- figures -------------------------------------------------------------------------------------

@dataclass
class Counts:
    """True positives, false positives and misses of one category, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


# -- gold ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class GoldEvent:
    key: str
    type: str
    date: str | None
    place: str | None
    name: str | None = None
    fatalities: dict | None = None
    targets: tuple[str, ...] = ()
    victims: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    perpetrators: tuple[tuple[str, str | None], ...] = ()
    status: str | None = None
    troops: int | None = None
    concerns: str | None = None

    def describe(self) -> str:
        return f"{self.key} ({self.type}, {self.date or 'no date'}, {self.place or 'no place'})"


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str
    confidence: str | None = None

    def describe(self) -> str:
        conf = f" [{self.confidence}]" if self.confidence else ""
        return f"{self.subject} {self.predicate} {self.object}{conf}"


@dataclass
class Gold:
    path: Path
    report: Path
    published: str | None
    language: str | None
    entities: list[GoldEntity]
    also_ok: list[str]
    events: list[GoldEvent]
    relations: list[GoldRelation]
    warnings: list[str] = field(default_factory=list)

    def names_for(self, name: str) -> tuple[str, ...]:
        """Every spelling the gold gives for ``name`` (its entity's name and aliases)."""
        key = normalize(name)
        for e in self.entities:
            if key in {normalize(n) for n in e.names}:
                return e.names
        return (name,)

    def entity(self, name: str) -> GoldEntity | None:
        key = normalize(name)
        for e in self.entities:
            if key in {normalize(n) for n in e.names}:
                return e
        return None


def load_gold(path: str | Path) -> Gold:
    """Read and check one gold file; :class:`InputError` (file, line, reason) when malformed."""
    from .loaders.base import read_yaml

    path = Path(path)
    if not path.is_file():
        raise InputError("no such gold file", str(path))
    return parse_gold(read_yaml(path), path)


def _text(value) -> str | None:
    """YAML gives dates and years as objects: the gold means their ISO text."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def parse_gold(data, path: str | Path) -> Gold:
    """Check a parsed gold document against the README format and return it as a :class:`Gold`.

    Raises :class:`InputError` naming the file, the line when known, and what is wrong."""
    path = Path(path)

    def bad(msg: str, item=None):
        line = item.get(LINE) if isinstance(item, dict) else None
        raise InputError(f"malformed gold file: {msg}", str(path), line)

    if not isinstance(data, dict):
        bad(f"the top level must be a mapping, not {type(data).__name__}")
    warnings = [f"{path}: unknown top-level key {k!r} ignored" for k in data if k != LINE and k not in TOP_KEYS]
    for k in ("report", "entities", "events"):
        if k not in data:
            bad(f"missing '{k}'", data)
    if not isinstance(data["report"], str) or not data["report"].strip():
        bad("'report' must be the path of the report, relative to the gold file", data)
    report = (path.parent / data["report"]).resolve()
    if not report.is_file():
        bad(f"report not found: {data['report']} (looked for {report})", data)
    published = _text(data.get("published"))
    if published is not None:
        _check_date(published, bad, data, "published")
    language = data.get("language")
    if language is not None and language not in ("en", "fr"):
        bad(f"language must be en or fr, not {language!r}", data)

    entities = []
    for item in _list(data, "entities", bad):
        if not isinstance(item, dict) or "name" not in item or "type" not in item:
            bad("each entity needs a name and a type", item if isinstance(item, dict) else data)
        typ = str(item["type"])
        if typ not in ONTOLOGY.labels and typ not in ONTOLOGY.classes:
            bad(f"entity {item['name']!r}: unknown type {typ!r}", item)
        if typ in ONTOLOGY.classes and ONTOLOGY.classes[typ].label not in ENTITY_LABELS or typ in ("Event", "Source", "Claim"):
            bad(f"entity {item['name']!r}: type {typ!r} is not an actor or place class", item)
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            bad(f"entity {item['name']!r}: aliases must be a list", item)
        entities.append(GoldEntity(str(item["name"]), typ, tuple(str(a) for a in aliases)))

    also_ok = []
    for item in _list(data, "also_ok", bad):
        if isinstance(item, dict):
            bad("also_ok entries are names", item)
        also_ok.append(str(item))

    events: list[GoldEvent] = []
    keys: set[str] = set()
    for item in _list(data, "events", bad):
        if not isinstance(item, dict):
            bad("each event must be a mapping", data)
        for k in ("key", "type"):
            if item.get(k) in (None, ""):
                bad(f"event needs a '{k}'", item)
        key = str(item["key"])
        if key in keys:
            bad(f"duplicate event key {key!r}", item)
        keys.add(key)
        unknown = sorted(k for k in item if k != LINE and k not in EVENT_KEYS)
        if unknown:
            warnings.append(f"{path}:{item.get(LINE)}: event {key}: unknown keys {unknown} ignored")
        typ = str(item["type"])
        if not (typ == "Event" or (typ in ONTOLOGY.classes and ONTOLOGY.classes[typ].label == "Event")):
            bad(f"event {key}: unknown event type {typ!r}", item)
        when = _text(item.get("date"))
        if when is not None:
            _check_date(when, bad, item, f"event {key}: date")
        perps = []
        for p in item.get("perpetrators") or []:
            if not isinstance(p, dict) or not p.get("actor"):
                bad(f"event {key}: each perpetrator needs an actor", item)
            conf = p.get("confidence")
            if conf is not None and conf not in ONTOLOGY.confidence_levels:
                bad(f"event {key}: confidence must be one of {', '.join(ONTOLOGY.confidence_levels)}, not {conf!r}", p)
            perps.append((str(p["actor"]), conf))
        fat = item.get("fatalities")
        if fat is not None:
            fat = {k: v for k, v in fat.items() if k != LINE} if isinstance(fat, dict) else fat
            if (not isinstance(fat, dict) or not fat or not set(fat) <= {"min", "max", "exact"}
                    or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in fat.values())
                    or ("exact" in fat and len(fat) > 1)):
                bad(f"event {key}: fatalities must be {{min: n}}, {{max: n}}, {{min: n, max: m}} or {{exact: n}}", item)
        status = item.get("status")
        if status is not None and status not in ONTOLOGY.vocabulary("negotiation_status"):
            bad(f"event {key}: status must be one of {', '.join(ONTOLOGY.vocabulary('negotiation_status'))}", item)
        troops = item.get("troops")
        if troops is not None and (not isinstance(troops, int) or isinstance(troops, bool) or troops <= 0):
            bad(f"event {key}: troops must be a positive count", item)
        slots = {}
        for slot in ACTOR_SLOTS:
            v = item.get(slot) or []
            if not isinstance(v, list):
                bad(f"event {key}: {slot} must be a list of names", item)
            slots[slot] = tuple(str(a) for a in v)
        events.append(GoldEvent(
            key=key, type=typ, date=when, place=_text(item.get("place")), name=_text(item.get("name")),
            fatalities=fat, perpetrators=tuple(perps), status=status, troops=troops,
            concerns=_text(item.get("concerns")), **slots))
    for ev in events:
        if ev.concerns is not None and (ev.concerns not in keys or ev.concerns == ev.key):
            bad(f"event {ev.key}: concerns must be the key of another event, not {ev.concerns!r}", data)

    relations = []
    for item in _list(data, "relations", bad):
        if not isinstance(item, dict) or not all(item.get(k) not in (None, "") for k in ("subject", "predicate", "object")):
            bad("each relation needs a subject, a predicate and an object", item if isinstance(item, dict) else data)
        pred = str(item["predicate"])
        if pred not in ONTOLOGY.relationships:
            bad(f"unknown predicate {pred!r} (the ontology's relationship types: {', '.join(sorted(ONTOLOGY.relationships))})", item)
        conf = item.get("confidence")
        if conf is not None and conf not in ONTOLOGY.confidence_levels:
            bad(f"confidence must be one of {', '.join(ONTOLOGY.confidence_levels)}, not {conf!r}", item)
        relations.append(GoldRelation(str(item["subject"]), pred, str(item["object"]), conf))
    return Gold(path, report, published, language, entities, also_ok, events, relations, warnings)


def _list(data: dict, key: str, bad) -> list:
    v = data.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        bad(f"'{key}' must be a list", data)
    return v


def _check_date(text: str, bad, item, what: str) -> None:
    try:
        parse_partial(text)
    except ValueError as e:
        bad(f"{what}: {e}", item)


# -- the graph as the scorer sees it ------------------------------------------------------------

@dataclass
class GNode:
    """An actor or place node: its class and every name it answers to."""

    id: str
    label: str
    cls: str | None
    names: tuple[str, ...]
    keys: frozenset[str]


@dataclass
class GEvent:
    id: str
    cls: str | None
    names: tuple[str, ...]
    keys: frozenset[str]
    start: str | None = None
    end: str | None = None
    date: str | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    status: str | None = None
    troops: int | None = None

    def describe(self) -> str:
        return f"{self.id} ({self.cls}, {self.date or 'no date'})"


@dataclass
class GraphView:
    """What the scorer reads from a projected graph.

    ``nodes``: every actor and place (region pack included), to resolve gold names;
    ``from_report``: those with provenance from the report; ``events``: events with provenance
    from the report; ``rels``: relationships this report states, with the best confidence among
    its own statements of them; ``parents``: LOCATED_IN from any source (the pack's gazetteer).
    """

    nodes: dict[str, GNode] = field(default_factory=dict)
    from_report: set[str] = field(default_factory=set)
    events: dict[str, GEvent] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], str | None] = field(default_factory=dict)
    parents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _index: dict[str, set[str]] | None = field(default=None, repr=False)

    def ids_named(self, names: Iterable[str], label: str | None = None, only_report: bool = False) -> set[str]:
        """Node ids answering to any of ``names`` (compared as the resolver compares names)."""
        if self._index is None:
            self._index = defaultdict(set)
            for n in self.nodes.values():
                for k in n.keys:
                    self._index[k].add(n.id)
        out: set[str] = set()
        for name in names:
            out |= self._index.get(normalize(name), set())
        if label:
            out = {i for i in out if self.nodes[i].label == label}
        if only_report:
            out &= self.from_report
        return out

    def ancestors(self, node_id: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.parents.get(node_id, ()))
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(self.parents.get(p, ()))
        return seen

    def objects(self, subject: str, predicate: str) -> dict[str, str | None]:
        """Objects of ``subject -[predicate]->`` stated by the report, with their confidence."""
        return {o: c for (s, p, o), c in self.rels.items() if s == subject and p == predicate}

    def has_rel(self, s: str, p: str, o: str) -> bool:
        if (s, p, o) in self.rels:
            return True
        return ONTOLOGY.rel(p).symmetric and (o, p, s) in self.rels

    def rel_confidence(self, s: str, p: str, o: str) -> str | None:
        if (s, p, o) in self.rels:
            return self.rels[(s, p, o)]
        return self.rels.get((o, p, s))

    def name_of(self, node_id: str) -> str:
        n = self.nodes.get(node_id) or self.events.get(node_id)
        return n.names[0] if n and n.names else node_id


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (normalize(n) for n in names if n) if k)


def _names(row: dict) -> tuple[str, ...]:
    names = [row.get("name")] + list(row.get("aliases") or [])
    return tuple(dict.fromkeys(str(n) for n in names if n))


def view_from_projection(proj, report_sources: Iterable[str]) -> GraphView:
    """The :class:`GraphView` of a projection, given the ids of the report's own sources.

    ``report_sources`` is widened with every source the report CITES."""
    report_sources = set(report_sources)
    for (t, _, _), rows in proj.rels.items():
        if t == "CITES":
            report_sources |= {r["to"] for r in rows if r["from"] in report_sources}
    view = GraphView()
    touched: set[str] = set()
    confidences: dict[str, list[str]] = defaultdict(list)  # rel id -> the report's confidence levels
    for c in proj.nodes.get("Claim", []):
        if c.get("source") in report_sources:
            touched.add(c["subject"])
            if c.get("object"):
                touched.add(c["object"])
                if c.get("confidence"):
                    confidences[c["rel_id"]].append(c["confidence"])
    for label in ENTITY_LABELS:
        for row in proj.nodes.get(label, []):
            names = _names(row)
            view.nodes[row["id"]] = GNode(row["id"], label, row.get("class"), names, _keys(names))
            if row["id"] in touched or report_sources & set(row.get("sources") or ()):
                view.from_report.add(row["id"])
    for row in proj.nodes.get("Event", []):
        if row["id"] in touched or report_sources & set(row.get("sources") or ()):
            names = tuple(n for n in _names(row) if n != row["id"])
            view.events[row["id"]] = GEvent(
                row["id"], row.get("class"), names, _keys(names), row.get("start_date"), row.get("end_date"),
                row.get("date"), row.get("fatalities_min"), row.get("fatalities_max"), row.get("status"),
                row.get("troops"))
    for (t, _, _), rows in proj.rels.items():
        if t in ("STATED_IN", "ABOUT"):
            continue
        for r in rows:
            if t == "LOCATED_IN":
                view.parents[r["from"]].add(r["to"])
            if report_sources & set(r.get("sources") or ()):
                view.rels[(r["from"], t, r["to"])] = ONTOLOGY.best_confidence(confidences.get(r["id"], []))
    return view


# -- scoring one report --------------------------------------------------------------------------

@dataclass
class ReportScore:
    report: str
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    type_found: int = 0
    type_correct: int = 0
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    matches: dict[str, str] = field(default_factory=dict)  # gold event key -> graph event id

    def hit(self, cat: str) -> None:
        self.counts[cat].tp += 1

    def miss(self, cat: str, kind: str, item: str) -> None:
        self.counts[cat].fn += 1
        self.misses.append({"report": self.report, "kind": kind, "item": item})

    def false(self, cat: str, kind: str, item: str) -> None:
        self.counts[cat].fp += 1
        self.false_positives.append({"report": self.report, "kind": kind, "item": item})

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in OVERALL_PARTS:
            total += self.counts[c]
        return total


def date_gap(gold_date: str | None, start: str | None, end: str | None) -> int | None:
    """Days between the gold date and a graph event's [start, end], or None when they don't match.

    A gold day matches within ±1 day; a gold month, year or range matches any overlap; a gold
    ``null`` matches anything (gap 0). A graph event without a date matches only a null."""
    if gold_date is None:
        return 0
    if not start:
        return None
    gs, ge, _ = parse_partial(gold_date)
    slack = 1 if len(gold_date) == 10 else 0  # a single day, not a range of days
    try:
        es = date.fromisoformat(parse_partial(start)[0])
        ee = date.fromisoformat(parse_partial(end or start)[1])
    except ValueError:
        return None
    gs_d, ge_d = date.fromisoformat(gs), date.fromisoformat(ge)
    gap = (gs_d - ee).days if ee < gs_d else (es - ge_d).days if es > ge_d else 0
    return gap if gap <= slack else None


def fatalities_agree(gold: dict, fmin: int | None, fmax: int | None) -> bool:
    """``exact`` needs min = max = n; ``min``/``max`` need the graph's bound to equal the gold's."""
    if "exact" in gold:
        return fmin == gold["exact"] and fmax == gold["exact"]
    return all((fmin if k == "min" else fmax) == v for k, v in gold.items())


def _fat_text(fat: dict | None = None, fmin=None, fmax=None) -> str:
    if fat is not None:
        return ", ".join(f"{k} {v}" for k, v in fat.items())
    if fmin is not None and fmin == fmax:
        return f"exact {fmin}"
    return ", ".join(f"{k} {v}" for k, v in (("min", fmin), ("max", fmax)) if v is not None)


def _is_a(cls: str | None, wanted: str) -> bool:
    return bool(cls) and cls in ONTOLOGY.classes and ONTOLOGY.is_a(cls, wanted)


def _place_ok(gold: Gold, ev: GoldEvent, event_id: str, view: GraphView) -> tuple[bool, bool]:
    """(matches, exact): the event happened at the gold place or inside it (LOCATED_IN*)."""
    if ev.place is None:
        return True, True
    wanted = gold_place_ids(gold, ev.place, view)
    places = set(view.objects(event_id, "OCCURRED_AT"))
    if places & wanted:
        return True, True
    return any(view.ancestors(p) & wanted for p in places), False


def gold_place_ids(gold: Gold, name: str, view: GraphView) -> set[str]:
    """Graph places a gold place name stands for. A name shared by several places (two Bambas in
    Mali) is narrowed by the gold's own LOCATED_IN relations ("Bamba LOCATED_IN Bourem") when the
    graph's hierarchy can tell them apart; otherwise every place with the name is accepted."""
    ids = view.ids_named(gold.names_for(name), label="Place")
    keys = _keys(gold.names_for(name))
    for rel in gold.relations:
        if rel.predicate == "LOCATED_IN" and normalize(rel.subject) in keys:
            parents = view.ids_named(gold.names_for(rel.object), label="Place")
            kept = {i for i in ids if view.ancestors(i) & parents}
            if kept:
                ids = kept
    return ids


def _actor_match(view: GraphView, gold: Gold, name: str, graph_id: str) -> bool:
    node = view.nodes.get(graph_id)
    return bool(node) and bool(node.keys & _keys(gold.names_for(name)))


def _event_slots(gold: Gold, ev: GoldEvent, gid: str, view: GraphView, key_of: dict[str, str],
                 score: ReportScore | None) -> int:
    """Score the slots of a matched pair into ``score`` (when given); return the slots agreed."""
    agreed = 0

    def hit(cat):
        nonlocal agreed
        agreed += cat == "slots"
        if score:
            score.hit(cat)

    def miss(cat, kind, item):
        if score:
            score.miss(cat, kind, f"{ev.key}: {item}")

    def false(cat, kind, item):
        if score:
            score.false(cat, kind, f"{ev.key} = {gid}: {item}")

    g = view.events[gid]
    # perpetrators: as actors (slots and attributions) and as (actor, confidence)
    graph_perps = view.objects(gid, PERPETRATOR)
    for actor, conf in ev.perpetrators:
        found = {o: c for o, c in graph_perps.items() if _actor_match(view, gold, actor, o)}
        for cat in ("slots", "attributions"):
            hit(cat) if found else miss(cat, "slot" if cat == "slots" else "attribution", f"perpetrator {actor}")
        if conf is not None:
            if conf in found.values():
                hit("attributions_confidence")
            else:
                got = ", ".join(sorted({c or "none" for c in found.values()}))
                miss("attributions_confidence", "attribution_confidence",
                     f"perpetrator {actor} [{conf}]" + (f" (graph: {got})" if found else ""))
    for o, c in graph_perps.items():
        gold_for = [(a, cf) for a, cf in ev.perpetrators if _actor_match(view, gold, a, o)]
        if not gold_for:
            false("slots", "slot", f"perpetrator {view.name_of(o)}")
            false("attributions", "attribution", f"perpetrator {view.name_of(o)}")
            false("attributions_confidence", "attribution_confidence", f"perpetrator {view.name_of(o)} [{c}]")
        elif all(cf is not None for _, cf in gold_for) and c not in {cf for _, cf in gold_for}:
            false("attributions_confidence", "attribution_confidence", f"perpetrator {view.name_of(o)} [{c}]")
    # targets, victims, participants: as actors
    for slot, pred in ACTOR_SLOTS.items():
        wanted = getattr(ev, slot)
        graph = view.objects(gid, pred)
        for actor in wanted:
            if any(_actor_match(view, gold, actor, o) for o in graph):
                hit("slots")
            else:
                miss("slots", "slot", f"{slot[:-1]} {actor}")
        for o in graph:
            if not any(_actor_match(view, gold, a, o) for a in wanted):
                false("slots", "slot", f"{slot[:-1]} {view.name_of(o)}")
    # fatalities: the graph's bounds agree with the gold's
    has_fat = g.fatalities_min is not None or g.fatalities_max is not None
    if ev.fatalities is not None:
        if has_fat and fatalities_agree(ev.fatalities, g.fatalities_min, g.fatalities_max):
            hit("slots")
        else:
            miss("slots", "slot", f"fatalities {_fat_text(ev.fatalities)}"
                 + (f" (graph: {_fat_text(None, g.fatalities_min, g.fatalities_max)})" if has_fat else ""))
            if has_fat:
                false("slots", "slot", f"fatalities {_fat_text(None, g.fatalities_min, g.fatalities_max)}")
    elif has_fat:
        false("slots", "slot", f"fatalities {_fat_text(None, g.fatalities_min, g.fatalities_max)}")
    # status and troops: values
    for slot in ("status", "troops"):
        want, got = getattr(ev, slot), getattr(g, slot)
        if want is not None and got == want:
            hit("slots")
            continue
        if want is not None:
            miss("slots", "slot", f"{slot} {want}" + (f" (graph: {got})" if got is not None else ""))
        if got is not None:
            false("slots", "slot", f"{slot} {got}")
    # concerns: another matched event
    graph_concerns = {key_of.get(o, o) for o in view.objects(gid, "CONCERNS")}
    if ev.concerns is not None:
        hit("slots") if ev.concerns in graph_concerns else miss("slots", "slot", f"concerns {ev.concerns}")
    for k in graph_concerns - {ev.concerns}:
        false("slots", "slot", f"concerns {k}")
    # name: only where the gold names the event
    if ev.name is not None:
        hit("slots") if normalize(ev.name) in g.keys else miss("slots", "slot", f"name {ev.name}")
    return agreed


def match_events(gold: Gold, view: GraphView) -> dict[str, str]:
    """One-to-one greedy matching of gold events to the report's graph events.

    Candidate pairs (class is the gold type or a subclass, place is the gold place or inside it,
    dates overlap) are taken best first: most slots agreed, exact class, exact place, closest
    date, then gold order and graph id so that the result never depends on dict order."""
    pairs = []
    for gi, ev in enumerate(gold.events):
        for gid, g in view.events.items():
            if not _is_a(g.cls, ev.type):
                continue
            gap = date_gap(ev.date, g.start, g.end)
            if gap is None:
                continue
            ok, exact_place = _place_ok(gold, ev, gid, view)
            if not ok:
                continue
            agreed = _event_slots(gold, ev, gid, view, {}, None)
            pairs.append((-agreed, g.cls != ev.type, not exact_place, gap, gi, gid))
    pairs.sort()
    matched: dict[str, str] = {}
    used: set[str] = set()
    for *_, gi, gid in pairs:
        key = gold.events[gi].key
        if key not in matched and gid not in used:
            matched[key] = gid
            used.add(gid)
    return matched


def score_report(gold: Gold, view: GraphView, report: str | None = None) -> ReportScore:
    """Score one report's graph against its gold (README steps 2–5)."""
    score = ReportScore(report or str(gold.report))

    # entities
    gold_keys: set[str] = set()
    for ent in gold.entities:
        keys = _keys(ent.names)
        gold_keys |= keys
        found = view.ids_named(ent.names, only_report=True)
        if not found:
            score.miss("entities", "entity", f"{ent.name} ({ent.type})")
            continue
        score.hit("entities")
        score.type_found += 1
        if any(_is_a(view.nodes[i].cls, ent.type) or view.nodes[i].label == ent.type for i in found):
            score.type_correct += 1
        else:
            got = ", ".join(sorted({str(view.nodes[i].cls) for i in found}))
            score.misses.append({"report": score.report, "kind": "type", "item": f"{ent.name}: gold {ent.type}, graph {got}"})
    allowed = gold_keys | _keys(gold.also_ok)
    for i in sorted(view.from_report):
        n = view.nodes[i]
        if not n.keys & allowed:
            score.false("entities", "entity", f"{n.names[0] if n.names else i} ({n.cls}, {i})")

    # events
    matched = match_events(gold, view)
    score.matches = matched
    key_of = {gid: k for k, gid in matched.items()}
    for ev in gold.events:
        if ev.key in matched:
            score.hit("events")
        else:
            score.miss("events", "event", ev.describe())
    for gid in sorted(set(view.events) - set(key_of)):
        places = ", ".join(view.name_of(p) for p in view.objects(gid, "OCCURRED_AT")) or "no place"
        score.false("events", "event", f"{view.events[gid].describe()} at {places}")

    # slots of matched events
    for ev in gold.events:
        if ev.key in matched:
            _event_slots(gold, ev, matched[ev.key], view, key_of, score)

    # relations
    used: set[tuple[str, str, str]] = set()
    for rel in gold.relations:
        subs, objs = _ends(gold, rel.subject, matched, view), _ends(gold, rel.object, matched, view)
        hits = [(s, rel.predicate, o) for s in subs for o in objs if view.has_rel(s, rel.predicate, o)]
        for s, p, o in hits:
            used.add((s, p, o))
            used.add((o, p, s))
        if hits:
            score.hit("relations")
        else:
            score.miss("relations", "relation", rel.describe())
        if rel.confidence is None:
            continue
        if hits:
            score.hit("attributions")
        else:
            score.miss("attributions", "attribution", rel.describe())
        got = {view.rel_confidence(*h) for h in hits}
        if rel.confidence in got:
            score.hit("attributions_confidence")
        else:
            shown = ", ".join(sorted(c or "none" for c in got))
            score.miss("attributions_confidence", "attribution_confidence",
                       rel.describe() + (f" (graph: {shown})" if hits else ""))
            for h in hits:
                score.false("attributions_confidence", "attribution_confidence",
                            f"{view.name_of(h[0])} {h[1]} {view.name_of(h[2])} [{view.rel_confidence(*h)}]")
    for (s, p, o) in sorted(view.rels):
        if p in NOT_RELATIONS or (s, p, o) in used:
            continue
        score.false("relations", "relation", f"{view.name_of(s)} {p} {view.name_of(o)} ({s} -> {o})")
    return score


def _ends(gold: Gold, end: str, matched: dict[str, str], view: GraphView) -> set[str]:
    """Graph ids a relation end stands for: the event matched to a gold key, or every node with
    one of the gold entity's names (a gold name may match several graph entities)."""
    if end in {e.key for e in gold.events}:
        return {matched[end]} if end in matched else set()
    return view.ids_named(gold.names_for(end))


# -- several reports ----------------------------------------------------------------------------

def combine(scores: list[ReportScore]) -> dict:
    """The README's JSON document, micro-averaged over the given reports."""
    totals = {c: Counts() for c in CATEGORIES}
    overall = Counts()
    found = correct = 0
    misses, fps = [], []
    for s in scores:
        for c in CATEGORIES:
            totals[c] += s.counts[c]
        overall += s.overall
        found += s.type_found
        correct += s.type_correct
        misses += s.misses
        fps += s.false_positives
    out: dict = {"reports": len(scores)}
    out.update({c: totals[c].as_dict() for c in CATEGORIES})
    out["overall"] = overall.as_dict()
    out["type_accuracy"] = round(correct / found, 4) if found else None
    out["misses"] = misses
    out["false_positives"] = fps
    return out


LABELS = {"entities": "entities", "events": "events", "slots": "event slots", "attributions": "attributions (actor)",
          "attributions_confidence": "attributions with confidence", "relations": "relations",
          "overall": "overall (micro)"}


def render_table(result: dict, scores: list[ReportScore] | None = None) -> str:
    """The figures as a text table, then the per-report overall F1, the misses and false positives."""
    from .formatting import table

    rows = [[LABELS[c], f"{result[c]['precision']:.3f}", f"{result[c]['recall']:.3f}", f"{result[c]['f1']:.3f}",
             result[c]["tp"], result[c]["fp"], result[c]["fn"]] for c in (*CATEGORIES, "overall")]
    out = [f"{result['reports']} report(s)", table(["figure", "precision", "recall", "F1", "tp", "fp", "fn"], rows, 120)]
    ta = result["type_accuracy"]
    out.append(f"type accuracy over found entities: {'n/a' if ta is None else f'{ta:.3f}'}")
    if scores and len(scores) > 1:
        out.append("")
        out.append("per report (overall F1): " + "; ".join(f"{Path(s.report).name} {s.overall.f1:.3f}" for s in scores))
    for title, items in (("Misses", result["misses"]), ("False positives", result["false_positives"])):
        out.append("")
        out.append(f"{title} ({len(items)}):")
        last = None
        for it in items:
            if it["report"] != last:
                out.append(f"  {it['report']}")
                last = it["report"]
            out.append(f"    {it['kind']}: {it['item']}")
    return "\n".join(out)


# -- running: ingest each report alone, then score --------------------------------------------

def report_sources(before: set[str], statements) -> set[str]:
    """Sources of the statements that are not in ``before`` (statement ids): the report's own."""
    return {st.source for st in statements if st.id not in before}


def evaluate_files(paths: Iterable[str | Path], pack: str | None = None, keep: Path | None = None,
                   progress: Callable[[str], None] | None = None) -> tuple[dict, list[ReportScore], list[str]]:
    """Ingest each gold file's report alone into a fresh store (region pack only) and score it.

    Returns the combined figures (:func:`combine`), the per-report scores and the gold warnings.
    Every gold file is checked before any report is ingested. ``keep`` keeps each store there."""
    from .kg import KG

    golds = [load_gold(p) for p in paths]
    if not golds:
        raise ConflictKGError("no gold files given")
    warnings = [w for g in golds for w in g.warnings]
    work = Path(tempfile.mkdtemp(prefix="conflictkg-eval-"))
    try:
        template = work / "template.db"
        KG(template, pack=pack).ensure()  # the pack is loaded once; each report gets a copy
        scores = []
        for n, gold in enumerate(golds):
            if progress:
                progress(str(gold.path))
            db = (Path(keep) if keep else work) / f"{n:03d}-{gold.path.stem}.db"
            if db.exists():
                shutil.rmtree(db)
            shutil.copytree(template, db)
            kg = KG(db, pack=pack)
            before = {st.id for st in kg.store.statements()}
            options = {k: v for k, v in (("published", gold.published), ("lang", gold.language)) if v}
            try:
                kg.ingest([gold.report], kind="report", options=options)
            except ConflictKGError as e:
                raise ConflictKGError(f"cannot ingest the report of {gold.path}: {e}") from None
            view = view_from_projection(kg.projection(), report_sources(before, kg.store.statements()))
            scores.append(score_report(gold, view, _shown(gold.report)))
        return combine(scores), scores, warnings
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _shown(p: Path) -> str:
    """A report path as short as it can be: relative to the working directory when inside it."""
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)
