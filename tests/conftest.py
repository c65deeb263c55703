"""Shared fixtures. Tests that need ../shared, Neo4j or Chromium skip with a reason locally,
and FAIL in CI (CI=true), where everything must be present."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", ROOT.parent / "shared"))
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip locally when something external is missing; fail in CI, where it must not be."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


def shared_path(rel: str) -> Path:
    p = SHARED / rel
    need(p.exists(), f"shared data not found: {p} (clone the project beside ../shared)")
    return p


@pytest.fixture
def shared():
    return shared_path


@pytest.fixture
def mini_kg(tmp_path, monkeypatch):
    """An empty store on the small test pack."""
    from conflictkg.kg import KG

    monkeypatch.setenv("CONFLICTKG_PACK", str(MINIPACK))
    kg = KG(tmp_path / "kg.db")
    kg.ensure()
    return kg


@pytest.fixture(scope="session")
def _sahel_template(tmp_path_factory):
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("sahel") / "kg.db"
    os.environ.pop("CONFLICTKG_PACK", None)
    KG(d, pack="sahel").ensure()
    return d


@pytest.fixture
def sahel_kg(_sahel_template, tmp_path):
    """A fresh store with the full Sahel region pack (copied from a session template: fast)."""
    from conflictkg.kg import KG

    d = tmp_path / "kg.db"
    shutil.copytree(_sahel_template, d)
    return KG(d, pack="sahel")
