"""The ontology as Python objects, loaded from ``ontology.yaml`` (the single source of truth).

Unknown names raise :class:`OntologyError`, so a typo in a loader or a query fails loudly
instead of creating a stray label (the rdflib ``DefinedNamespace`` idea).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import ConflictKGError


class OntologyError(ConflictKGError):
    """A name that is not in the ontology."""


@dataclass(frozen=True)
class ClassDef:
    name: str
    label: str
    description: str = ""
    cameo: tuple[str, ...] = ()
    acled: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PropertyDef:
    name: str
    type: str
    labels: tuple[str, ...]
    description: str = ""
    vocabulary: str | None = None


@dataclass(frozen=True)
class RelationshipDef:
    name: str
    pairs: tuple[tuple[str, str], ...]
    description: str = ""
    symmetric: bool = False
    internal: bool = False
    prov: str | None = None


@dataclass
class Ontology:
    namespace: str
    prefix: str
    version: str
    labels: dict[str, dict]
    classes: dict[str, ClassDef]
    properties: dict[str, PropertyDef]
    relationship_properties: dict[str, PropertyDef]
    relationships: dict[str, RelationshipDef]
    vocabularies: dict[str, dict]
    compatible_classes: list[list[str]] = field(default_factory=list)

    # -- lookups that raise on unknown names ------------------------------------------------
    def cls(self, name: str) -> ClassDef:
        try:
            return self.classes[name]
        except KeyError:
            raise OntologyError(f"unknown class {name!r} (known: {', '.join(sorted(self.classes))})") from None

    def rel(self, name: str) -> RelationshipDef:
        try:
            return self.relationships[name]
        except KeyError:
            raise OntologyError(
                f"unknown relationship type {name!r} (known: {', '.join(sorted(self.relationships))})"
            ) from None

    def label_of(self, class_or_label: str) -> str:
        if class_or_label in self.labels:
            return class_or_label
        return self.cls(class_or_label).label

    def classes_of(self, label: str) -> list[str]:
        return [c.name for c in self.classes.values() if c.label == label]

    def is_a(self, class_name: str, wanted: str) -> bool:
        """True when ``class_name`` is ``wanted`` or belongs to the label ``wanted``."""
        if class_name == wanted:
            return True
        if wanted in self.labels:
            return class_name in self.classes and self.classes[class_name].label == wanted
        return False

    def allows(self, rel: str, subject_class: str, object_class: str) -> bool:
        """Whether the ontology allows ``subject_class -[rel]-> object_class``."""
        return any(
            self.is_a(subject_class, s) and self.is_a(object_class, o) for s, o in self.rel(rel).pairs
        )

    def label_pairs(self, rel: str) -> list[tuple[str, str]]:
        """(FROM label, TO label) pairs for the store schema, without duplicates."""
        out: list[tuple[str, str]] = []
        for s, o in self.rel(rel).pairs:
            pair = (self.label_of(s), self.label_of(o))
            if pair not in out:
                out.append(pair)
        return out

    def vocabulary(self, name: str) -> list[str]:
        v = self.vocabularies[name]
        return list(v.get("ordered", [])) + list(v.get("other", []))

    def props_for(self, label: str) -> list[PropertyDef]:
        return [p for p in self.properties.values() if "*" in p.labels or label in p.labels]

    def compatible(self, a: str, b: str) -> bool:
        return a == b or any(a in group and b in group for group in self.compatible_classes)

    def acled_class(self, event_type: str, sub_event_type: str) -> str | None:
        key = (event_type.strip().lower(), sub_event_type.strip().lower())
        for c in self.classes.values():
            for et, st in c.acled:
                if (et.lower(), st.lower()) == key:
                    return c.name
        return None

    # -- confidence scale ---------------------------------------------------------------------
    @property
    def confidence_levels(self) -> list[str]:
        return self.vocabulary("confidence")

    def confidence_rank(self, level: str | None) -> int:
        """Higher is stronger; ``denied`` and unknown levels rank below every positive level."""
        ordered = self.vocabularies["confidence"]["ordered"]
        if level in ordered:
            return len(ordered) - ordered.index(level)
        return 0

    def best_confidence(self, levels) -> str | None:
        positive = [lv for lv in levels if lv in self.vocabularies["confidence"]["ordered"]]
        if positive:
            return max(positive, key=self.confidence_rank)
        return "denied" if "denied" in levels else None


def _parse(data: dict) -> Ontology:
    classes = {
        name: ClassDef(
            name=name,
            label=d["label"],
            description=d.get("description", ""),
            cameo=tuple(d.get("cameo", [])),
            acled=tuple(tuple(x) for x in d.get("acled", [])),
        )
        for name, d in data["classes"].items()
    }
    props = {
        name: PropertyDef(name, d["type"], tuple(d.get("labels", ["*"])), d.get("description", ""), d.get("vocabulary"))
        for name, d in data["properties"].items()
    }
    rprops = {
        name: PropertyDef(name, d["type"], (), d.get("description", ""), d.get("vocabulary"))
        for name, d in data["relationship_properties"].items()
    }
    rels = {
        name: RelationshipDef(
            name=name,
            pairs=tuple(tuple(p) for p in d["pairs"]),
            description=d.get("description", ""),
            symmetric=bool(d.get("symmetric", False)),
            internal=bool(d.get("internal", False)),
            prov=d.get("prov"),
        )
        for name, d in data["relationships"].items()
    }
    onto = Ontology(
        namespace=data["namespace"],
        prefix=data["prefix"],
        version=str(data["version"]),
        labels=data["labels"],
        classes=classes,
        properties=props,
        relationship_properties=rprops,
        relationships=rels,
        vocabularies=data["vocabularies"],
        compatible_classes=data.get("compatible_classes", []),
    )
    _check(onto)
    return onto


def _check(onto: Ontology) -> None:
    """Internal consistency: every class points at a label, every pair at a class or label."""
    for c in onto.classes.values():
        if c.label not in onto.labels:
            raise OntologyError(f"class {c.name} has unknown label {c.label}")
    for r in onto.relationships.values():
        for s, o in r.pairs:
            onto.label_of(s)
            onto.label_of(o)
    for p in onto.properties.values():
        if p.vocabulary and p.vocabulary not in onto.vocabularies:
            raise OntologyError(f"property {p.name} uses unknown vocabulary {p.vocabulary}")
    for group in onto.compatible_classes:
        for c in group:
            onto.cls(c)


def source_text() -> str:
    return resources.files(__package__).joinpath("ontology.yaml").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load() -> Ontology:
    """The project ontology (cached)."""
    return _parse(yaml.safe_load(source_text()))


ONTOLOGY = load()
