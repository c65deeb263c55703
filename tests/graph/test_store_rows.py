"""Statements as store rows: the positional constructors the dataset loaders use make the same
statements (and content ids) as the keyword one, statements stay immutable, and what the store
binds (NULLs included) is what it gives back."""
import copy
import pickle

import pytest
from hypothesis import given, strategies as st

from conflictkg.graph.statements import Statement, link, prop, statement_id
from conflictkg.graph.store import open_store

text = st.text(min_size=1, max_size=20)
maybe = st.one_of(st.none(), text)


@given(text, text, text, text, maybe)
def test_prop_is_the_keyword_statement(subject, value, source, evidence, record):
    a = prop(subject, "name", value, source, evidence, "acled", record)
    b = Statement(subject, "name", source, value=value, evidence=evidence, loader="acled", record=record)
    assert a == b and a.id == b.id == statement_id(b)
    assert (a.object, a.span, a.confidence, a.valid_from, a.valid_until) == (None,) * 5


@given(text, text, text, st.sampled_from([None, "attributed", "possible", "denied"]))
def test_link_is_the_keyword_statement(subject, obj, source, confidence):
    a = link(subject, "ATTRIBUTED_TO", obj, source, "quote", confidence, "acled", "R1")
    b = Statement(subject, "ATTRIBUTED_TO", source, object=obj, evidence="quote", confidence=confidence,
                  loader="acled", record="R1")
    assert a == b and a.id == statement_id(b) and a.is_relationship


def test_statements_are_immutable_and_survive_copy_and_pickle():
    s = Statement("event:e", "date", "source:s", value="2020-04-06", span=(3, 9), evidence="on 6 April")
    with pytest.raises(AttributeError):
        s.value = "2021-01-01"
    for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
        assert c == s and type(c) is Statement and c.span == (3, 9)
    t = s.with_(value="2021-01-01")
    assert t.value == "2021-01-01" and t.id != s.id and t.span == s.span and s.value == "2020-04-06"
    assert s.with_(evidence="other").id == s.id
    with pytest.raises(TypeError):
        s.with_(colour="red")


def test_rows_come_back_as_written_nulls_included(tmp_path):
    store = open_store(tmp_path / "db")
    sts = [
        Statement("event:e", "date", "source:s", value="2020-04-06", evidence="q", span=(1, 5),
                  valid_from="2020", loader="report"),
        link("event:e", "ATTRIBUTED_TO", "actor:a", "source:s", "", None, "acled", None),
        prop("event:e", "name", "E", "source:s"),
    ]
    with store.transaction() as tx:
        assert tx.add(sts).new == 3
    assert list(store.statements()) == sts
    with store.reader() as con:
        nulls = con.execute("SELECT count(*) FROM statements WHERE confidence IS NULL AND valid_until IS NULL "
                            "AND record IS NULL").fetchone()[0]
        stamps = {r[0] for r in con.execute("SELECT ingested FROM statements")}
    assert nulls == 3 and len(stamps) == 1 and next(iter(stamps)).startswith("20")
