"""Run the report loader on a snippet against the small test pack (no store writes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext


MINIPACK = Path(__file__).resolve().parents[1] / "fixtures" / "minipack"


@pytest.fixture(scope="module")
def mini_resolver(tmp_path_factory):
    from conflictkg.kg import KG

    kg = KG(tmp_path_factory.mktemp("mini") / "kg.db", pack=str(MINIPACK))
    kg.ensure()
    return kg.resolver()


@pytest.fixture(scope="module")
def sahel(tmp_path_factory):
    """A resolver over the full Sahel pack, as a fresh store has it."""
    from conflictkg.kg import KG

    kg = KG(tmp_path_factory.mktemp("sahel") / "kg.db")
    kg.ensure()
    return kg.resolver()


@pytest.fixture
def roles(sahel_roles):
    """{event class: {(role, actor id)}} of a snippet."""
    def _run(text, lang="en"):
        return sahel_roles(text, lang, "2020-05-10")[2]
    return _run


@pytest.fixture
def sahel_read(sahel, tmp_path):
    """The statements the report loader gives for a snippet, read with the Sahel pack."""
    def _read(text: str, lang: str, published: str) -> list:
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        return list(report.load(p, LoadContext(sahel, {"lang": lang, "published": published})))
    return _read


@pytest.fixture
def sahel_roles(sahel_read):
    """(statements, {event id: class}, {event class: {(role, actor id)}}) of a snippet."""
    def _read(text: str, lang: str, published: str) -> tuple:
        sts = sahel_read(text, lang, published)
        cls = event_classes(sts)
        return sts, cls, role_slots(sts, cls)
    return _read


def event_classes(sts) -> dict:
    """{event id: class}"""
    return {s.subject: s.value for s in sts if s.subject.startswith("event:") and s.predicate == "class"}


def role_slots(sts, cls: dict) -> dict:
    """{event class: {(role, actor id)}}"""
    out: dict = {}
    for s in sts:
        if s.subject in cls and s.object and s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT"):
            out.setdefault(cls[s.subject], set()).add((s.predicate, s.object))
    return out


class Out:
    """The statements a snippet gives, with helpers to ask about them."""

    def __init__(self, statements, issues, resolver):
        self.all = statements
        self.issues = issues
        self.names = {e.id: (e.name or e.id) for e in resolver.entities.values()}
        for s in statements:
            if s.predicate == "name":
                self.names[s.subject] = s.value

    def events(self, cls=None):
        out = {}
        for s in self.all:
            if s.subject.startswith("event:") and s.predicate == "class" and (cls is None or s.value == cls):
                out[s.subject] = s.value
        return sorted(out)

    def classes(self):
        """Event classes in the order the extractor emitted them, each once."""
        seen = []
        for s in self.all:
            if s.subject.startswith("event:") and s.predicate == "class" and s.value not in seen:
                seen.append(s.value)
        return seen

    def props(self, eid):
        return {s.predicate: s.value for s in self.all if s.subject == eid and s.value is not None}

    def rel(self, subject=None, predicate=None, obj=None):
        return {(s.subject, s.predicate, s.object, s.confidence) for s in self.all
                if s.object and (subject is None or s.subject == subject) and (predicate is None or s.predicate == predicate)
                and (obj is None or s.object == obj)}

    def entities(self):
        return {s.subject for s in self.all if s.subject.startswith(("actor:", "place:"))}


@pytest.fixture
def run(mini_resolver, tmp_path):
    def _run(text, name="r.txt", **options):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        ctx = LoadContext(mini_resolver, options)
        return Out(list(report.load(p, ctx)), ctx.issues, mini_resolver)
    return _run


@pytest.fixture
def where(sahel_read):
    """Places of a snippet read with the Sahel pack (used by the place tests of several sessions):
    (events as [(class, place)], LOCATED_IN as {place: {container}}, names as {place: {name}})."""
    def _run(text, lang="en"):
        sts = sahel_read(text, lang, "2020-05-10")
        cls = event_classes(sts)
        at = {s.subject: s.object for s in sts if s.predicate == "OCCURRED_AT"}
        events = [(c, at.get(e)) for e, c in cls.items()]
        parents: dict = {}
        names: dict = {}
        for s in sts:
            if s.predicate == "LOCATED_IN":
                parents.setdefault(s.subject, set()).add(s.object)
            elif s.predicate in ("name", "alias") and s.subject.startswith("place:"):
                names.setdefault(s.subject, set()).add(s.value)
        return events, parents, names
    return _run
