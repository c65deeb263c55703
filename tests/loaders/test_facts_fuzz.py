"""Random input never crashes the facts loader: it is ingested or refused with an InputError."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from conflictkg.errors import InputError
from conflictkg.graph.resolver import Resolver
from conflictkg.loaders import facts
from conflictkg.loaders.base import LoadContext

yaml_ish = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["sources", "statements", "entities", "subject",
                                                                "predicate", "object", "value", "source", "id",
                                                                "url", "class", "name"]), children, max_size=5)),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=yaml_ish)
def test_random_documents(tmp_path, doc):
    import yaml

    p = Path(tmp_path) / "f.yaml"
    p.write_text(yaml.safe_dump(doc), encoding="utf-8")
    try:
        list(facts.load(p, LoadContext(Resolver())))
    except InputError:
        pass


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
def test_random_bytes(tmp_path, raw):
    p = Path(tmp_path) / "f.yaml"
    p.write_bytes(raw)
    try:
        list(facts.load(p, LoadContext(Resolver())))
    except InputError:
        pass
