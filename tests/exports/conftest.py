"""Fixtures of the export tests: one small store (test pack + events with every confidence level
and two hostile strings), shared by the module, and a headless Chromium with the network cut."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, chromium_available

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"  # as in tests/conftest.py (not importable under importlib mode)
SHARED = Path(os.environ.get("CONFLICTKG_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
EVENTS = HERE / "fixtures" / "events.yaml"
XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_QUOTE = "JNIM claimed the attack in a communique </script><script>alert(2)</script>"


def need(condition: bool, reason: str) -> None:
    """As in tests/conftest.py: skip locally when something external is missing, fail in CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


def build_store(path: Path, *extra: Path, pack: str = str(MINIPACK)):
    """A store on ``pack`` (the small test pack by default) with the events fixture and ``extra``."""
    from conflictkg.kg import KG

    old = os.environ.get("CONFLICTKG_PACK")
    os.environ["CONFLICTKG_PACK"] = pack
    try:
        kg = KG(path)
        kg.ingest([EVENTS, *extra])
    finally:
        if old is None:
            os.environ.pop("CONFLICTKG_PACK", None)
        else:
            os.environ["CONFLICTKG_PACK"] = old
    return kg


@pytest.fixture(scope="session")
def export_kg(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("exports") / "kg.db")


@pytest.fixture(scope="session")
def export_proj(export_kg):
    return export_kg.projection()


@pytest.fixture
def sub(export_proj):
    from conflictkg.exports import select

    return select(export_proj)


@pytest.fixture(scope="session")
def browser():
    ok, why = chromium_available()
    need(ok, why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page opened from a file with every non-file request aborted and recorded."""

    def __init__(self, browser, path: Path, viewport=(1400, 900)):
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri())
        # polled from here: wait_for_function compiles its predicate in the page, which the
        # page's Content-Security-Policy (no eval) refuses once polling starts
        deadline = time.monotonic() + 120
        while not self.page.evaluate("() => !!(window.ckg && window.ckg.ready)"):
            assert time.monotonic() < deadline, "page not ready after 120 s"
            time.sleep(0.05)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def _dialog(self, d):
        self.dialogs.append(d.message)
        d.dismiss()

    def console_errors(self) -> list[str]:
        return [t for kind, t in self.console if kind == "error"] + self.errors

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path: Path, **kw) -> Page:
        p = Page(browser, path, **kw)
        pages.append(p)
        return p

    yield opener
    for p in pages:
        p.close()
