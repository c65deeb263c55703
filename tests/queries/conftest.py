"""A small Sahel graph with known answers: the mini pack plus fixtures/sahel-queries.yaml."""
from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.kg import KG
from conflictkg.queries import run

HERE = Path(__file__).resolve().parent
MINIPACK = HERE.parent / "fixtures" / "minipack"
FACTS = HERE / "fixtures" / "sahel-queries.yaml"


def build(path: Path) -> KG:
    kg = KG(path, pack=str(MINIPACK))
    kg.ingest([FACTS])
    return kg


@pytest.fixture(scope="package")
def qkg(tmp_path_factory):
    return build(tmp_path_factory.mktemp("queries") / "kg.db")


@pytest.fixture(scope="package")
def q(qkg):
    """``q(name, **args) -> QueryResult`` on the embedded engine of the test graph."""
    eng = qkg.engine()
    resolver = qkg.resolver()
    judgements = qkg.store.judgements()

    def call(name, **args):
        if name == "attributions":
            args.setdefault("judgements", judgements)
        return run(name, eng, resolver, **args)

    call.engine, call.resolver = eng, resolver
    yield call
    eng.close()


def col(res, name):
    return [r[name] for r in res.records()]
