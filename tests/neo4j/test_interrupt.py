"""A push cut short converges when run again: the push client killed half-way, and the server
killed half-way (then restarted on its own store with `tools/neo4j/up.sh --keep`)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conflictkg.graph import neo4j_store

pytestmark = pytest.mark.neo4j
ROOT = Path(__file__).resolve().parents[2]
MINIPACK = ROOT / "tests" / "fixtures" / "minipack"
TOOL = ROOT / "tools" / "neo4j"
N_EVENTS = 150
ACTORS = ["actor:jnim", "actor:isgs", "actor:katiba-macina", "actor:fama"]
PLACES = ["place:ml/gao/bourem/bamba", "place:ml/mopti/koro/bamba", "place:ml/gao/gao/gao",
          "place:ml/timbuktu/niafunke/niafunke", "place:ml/gao/bourem/bourem"]


def _facts(path: Path) -> Path:
    """Synthetic but well-formed facts: N events three days apart (so event fusion keeps them
    apart), each dated, placed and attributed, two sources."""
    import datetime as dt

    lines = ["sources:",
             "  - {id: synth-a, title: Synthetic A, publisher: test, reliability: C}",
             "  - {id: synth-b, title: Synthetic B, publisher: test, reliability: B}",
             "entities:"]
    day0 = dt.date(2015, 1, 1)
    events = []
    for i in range(N_EVENTS):
        d = (day0 + dt.timedelta(days=3 * i)).isoformat()
        eid = f"event:{d}-attack-synth-{i}"
        events.append((eid, d, i))
        lines.append(f"  - {{id: '{eid}', name: 'Synthetic attack {i}', class: Attack, source: synth-a}}")
    lines.append("statements:")
    for eid, d, i in events:
        src = "synth-a" if i % 2 else "synth-b"
        lines += [f"  - {{subject: '{eid}', predicate: date, value: '{d}', source: {src}}}",
                  f"  - {{subject: '{eid}', predicate: fatalities_min, value: {i % 17}, source: {src}}}",
                  f"  - {{subject: '{eid}', predicate: OCCURRED_AT, object: '{PLACES[i % len(PLACES)]}', source: {src}}}",
                  f"  - {{subject: '{eid}', predicate: ATTRIBUTED_TO, object: '{ACTORS[i % len(ACTORS)]}', "
                  f"source: {src}, confidence: {'attributed' if i % 3 else 'probable'}}}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from conflictkg.kg import KG

    d = tmp_path_factory.mktemp("interrupt")
    kg = KG(d / "kg.db", pack=str(MINIPACK))
    kg.ingest([_facts(d / "synthetic.yaml")])
    return kg


def _push_process(db: Path, batch: int) -> subprocess.Popen:
    env = dict(os.environ, CONFLICTKG_PACK=str(MINIPACK))
    return subprocess.Popen([sys.executable, "-m", "conflictkg.cli", "neo4j", "push", "--db", str(db),
                             "--batch-size", str(batch)], env=env, cwd=str(ROOT),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _ours(neo) -> int:
    return neo.value("MATCH (n) WHERE n._ckg IS NOT NULL RETURN count(n)") + \
        neo.value("MATCH ()-[r]->() WHERE r._ckg IS NOT NULL RETURN count(r)")


def _wait_partial(neo, proc, total: int, timeout: float = 120) -> int:
    """Poll until the push has written something but not everything; returns what it had."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        n = _ours(neo)
        if 0 < n < total // 2:
            return n
        if proc.poll() is not None:
            pytest.fail(f"the push ended before it could be interrupted (rc {proc.returncode}); "
                        f"{proc.stderr.read()}")
        time.sleep(0.02)
    proc.kill()
    pytest.fail("the push wrote nothing within the timeout")


def _converges(big_store, neo, target):
    proj = big_store.projection()
    total = sum(1 for _ in neo4j_store.node_rows(proj)) + sum(1 for _ in neo4j_store.rel_rows(proj))
    s = neo4j_store.push(proj, target)
    assert s.plan.node_new + s.plan.rel_new > 0  # there was something left to do
    assert neo4j_store.status(proj, target).in_sync
    assert _ours(neo) == total
    with big_store.engine() as eng, neo4j_store.Neo4jBackend(target=target) as nb:
        assert neo4j_store.counts(nb) == neo4j_store.counts(eng)
    content = neo.content()
    neo4j_store.push(proj, target, wipe=True)  # a clean push from nothing gives the same graph
    assert neo.content() == content
    return total


def test_push_client_killed_half_way_converges(big_store, neo, neo4j_target):
    proj = big_store.projection()
    total = sum(1 for _ in neo4j_store.node_rows(proj)) + sum(1 for _ in neo4j_store.rel_rows(proj))
    proc = _push_process(big_store.store.path, batch=10)
    partial = _wait_partial(neo, proc, total)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    left = _ours(neo)
    assert partial <= left < total, (partial, left, total)
    _converges(big_store, neo, neo4j_target)


def _our_server(target) -> int | None:
    """The pid of the server of tools/neo4j when it is the one the tests talk to."""
    pidfile, portfile = TOOL / "run" / "neo4j.pid", TOOL / "run" / "neo4j.port"
    try:
        pid = int(pidfile.read_text().strip())
        port = portfile.read_text().strip()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    host = urlparse(target.uri)
    if b"conflictkg-neo4j.jar" not in cmd or host.hostname not in ("127.0.0.1", "localhost") \
            or str(host.port or 7687) != port:
        return None
    return pid


def test_server_killed_half_way_then_restarted_converges(big_store, neo, neo4j_target):
    pid = _our_server(neo4j_target)
    if pid is None:
        msg = f"{neo4j_target.uri} is not the server of tools/neo4j, which this test kills and restarts"
        pytest.fail(msg) if os.environ.get("CI", "").lower() in ("1", "true", "yes") else pytest.skip(msg)
    proj = big_store.projection()
    total = sum(1 for _ in neo4j_store.node_rows(proj)) + sum(1 for _ in neo4j_store.rel_rows(proj))
    proc = _push_process(big_store.store.path, batch=10)
    _wait_partial(neo, proc, total)
    os.kill(pid, signal.SIGKILL)  # no checkpoint, no clean shutdown: recovery from the log
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, (proc.returncode, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: lost the connection to Neo4j") \
        and "run the same command again" in lines[0], err
    up = subprocess.run([str(TOOL / "up.sh"), "--keep"], capture_output=True, text=True, timeout=400)
    assert up.returncode == 0, up.stdout + up.stderr
    left = _ours(neo)
    assert 0 < left < total  # what was committed before the kill survived the crash
    _converges(big_store, neo, neo4j_target)
