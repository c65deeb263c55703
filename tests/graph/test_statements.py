from hypothesis import given, strategies as st

from conflictkg.graph.statements import Statement, source_id_for_url, statement_id, validate
from conflictkg.ontology.model import OntologyError

import pytest

text = st.text(min_size=1, max_size=30)


@given(text, text, text, st.one_of(st.none(), text))
def test_id_is_content_addressed(subject, source, value, evidence):
    a = Statement(subject, "name", source, value=value, evidence=evidence or "", span=(1, 2), loader="x")
    b = Statement(subject, "name", source, value=value, evidence="other quote", span=(5, 9), loader="y")
    assert a.id == b.id == statement_id(a)
    assert Statement(subject, "name", source + "!", value=value).id != a.id


def test_relationship_and_property_ids_differ():
    a = Statement("actor:a", "PART_OF", "source:s", object="actor:b")
    b = Statement("actor:a", "PART_OF", "source:s", value="actor:b")
    assert a.id != b.id


def test_validate_rejects_unknown_names():
    with pytest.raises(OntologyError):
        validate(Statement("actor:a", "FRIENDS_WITH", "source:s", object="actor:b"))
    with pytest.raises(OntologyError):
        validate(Statement("actor:a", "class", "source:s", value="Brigade"))
    with pytest.raises(OntologyError):
        validate(Statement("actor:a", "PART_OF", "source:s", object="actor:b", confidence="sure"))
    with pytest.raises(OntologyError):
        validate(Statement("event:e", "status", "source:s", value="maybe"))
    with pytest.raises(OntologyError):
        validate(Statement("actor:a", "PART_OF", "", object="actor:b"))
    validate(Statement("actor:a", "PART_OF", "source:s", object="actor:b", confidence="probable"))


def test_source_ids_ignore_url_spelling():
    a = source_id_for_url("http://www.rfi.fr/fr/ticker/x")
    b = source_id_for_url("https://rfi.fr/fr/ticker/x/")
    assert a == b and a.startswith("source:rfi.fr/")
    assert source_id_for_url("https://rfi.fr/fr/ticker/y") != a
