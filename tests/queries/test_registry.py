"""The query registry: every query is documented, its Cypher is portable and takes values only as
parameters, and bad arguments are refused with a clear message."""
import re

import pytest

from conflictkg.errors import ConflictKGError
from conflictkg.ontology.model import ONTOLOGY
from conflictkg.queries import QUERIES, QueryError, render, run
from conflictkg.queries.base import SHARED_CYPHER

EXPECTED = {"affiliations", "attributions", "channels", "brokers", "hostages", "timeline", "manoeuvre", "neighbourhood"}
TEXTS = [(name, part, text) for name, q in QUERIES.items() for part, text in q.cypher.items()] + \
        [("shared", part, text) for part, text in SHARED_CYPHER.items()]


def test_every_query_is_registered_with_help_params_and_examples():
    assert EXPECTED <= set(QUERIES)
    for name, q in QUERIES.items():
        assert q.help and q.cypher and q.examples, name
        assert all(f"conflictkg query {name}" in e for e in q.examples), name
        assert all(p.help for p in q.params), name


@pytest.mark.parametrize("name, part, text", TEXTS, ids=[f"{n}.{p}" for n, p, _ in TEXTS])
@pytest.mark.parametrize("dialect", ["lbug", "neo4j"])
def test_cypher_texts_are_portable_and_use_ontology_names_only(name, part, text, dialect):
    out = render(text, dialect)
    assert "@type" not in out and "[[" not in out
    if dialect == "neo4j":
        assert "label(" not in out
        assert "SHORTEST" not in out.upper()
    else:
        assert "type(" not in out.replace("label(", "")
    # no literal values: strings and numbers travel as $parameters ('' only as a sort sentinel)
    bare = out.replace("''", "")
    assert "'" not in bare and '"' not in bare
    # every label and relationship type in a pattern is an ontology name
    for name_ in re.findall(r"[(\[]\w*:([A-Za-z_|]+)", out):
        for n in name_.split("|"):
            assert n in ONTOLOGY.labels or n in ONTOLOGY.relationships, (n, out)
    # no list comprehensions (LadybugDB has none) and no unbounded variable-length patterns
    assert not re.search(r"\[\s*\w+\s+IN\s+[^\]]*\|", out)
    for m in re.finditer(r"\*(\d*)\.\.(\d*)", out):
        assert m.group(2), f"unbounded variable-length pattern in {name}.{part}"
    assert not re.search(r"\*\s*\]", out), f"unbounded variable-length pattern in {name}.{part}"


def test_optional_clauses_are_dropped_when_their_parameter_is_absent():
    t = "MATCH (e:Event) WHERE e.id IS NOT NULL [[since: AND e.end_date >= $since]] RETURN @type(r)"
    assert render(t, "lbug", present=set()) == "MATCH (e:Event) WHERE e.id IS NOT NULL RETURN label(r)"
    assert render(t, "neo4j", present={"since"}) == \
        "MATCH (e:Event) WHERE e.id IS NOT NULL AND e.end_date >= $since RETURN type(r)"
    with pytest.raises(QueryError):
        render(t, "sparql")


def test_texts_for_a_dialect():
    texts = QUERIES["timeline"].texts("neo4j")
    assert all("type(r)" in t for k, t in texts.items() if k == "actor_events")


class _NoBackend:
    def run(self, cypher, params):  # pragma: no cover - must never be reached
        raise AssertionError("the query ran despite bad arguments")


@pytest.mark.parametrize("name, args, message", [
    ("nope", {}, "no query named 'nope'"),
    ("affiliations", {"actor": "JNIM", "colour": "red"}, "takes no argument colour"),
    ("attributions", {"actor": "JNIM", "since": "2020-13"}, "--since"),
    ("attributions", {"actor": "JNIM", "min_confidence": "sure"}, "--min-confidence must be one of"),
    ("affiliations", {"actor": "JNIM", "depth": "deep"}, "--depth must be a whole number"),
    ("affiliations", {"actor": "JNIM", "depth": -1}, "must not be negative"),
])
def test_bad_arguments_are_refused_before_running(name, args, message):
    with pytest.raises(ConflictKGError) as e:
        run(name, _NoBackend(), resolver=None, **args)
    assert message in str(e.value)


def test_unnamed_events_get_a_readable_name():
    from conflictkg.queries.base import event_name

    assert event_name("Attack on Bamba", "event:x", "Attack", ["Bamba"]) == "Attack on Bamba"
    assert event_name("event:x", "event:x", "Attack", ["Tarkint", "Bamba"]) == "Attack in Bamba, Tarkint"
    assert event_name(None, "event:x", "Negotiation") == "Negotiation"
    assert event_name(None, "event:x", None) == "Event"
