"""Ctrl-C, as a user presses it: a real SIGINT to a real `conflictkg` process. One line,
`interrupted`, exit code 130, from the first second (while the command is still importing) to the
middle of an ingest; and an interrupted ingest leaves the store whole: the file in all or nothing,
no temporary file left, and the same store as an uninterrupted ingest once it is run again."""
from __future__ import annotations

import fcntl
import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE_LIBS = ("yaml", "pyarrow", "ladybug")  # shared objects the command loads while importing
# What a shell reports as exit status 130: exit(130), or the end by SIGINT that Python chooses
# itself when the interrupt landed in code an extension ran through PyRun_String (pybind11's
# exec while the graph engine's module loads), even though the command caught it.
EXIT_130 = (130, -signal.SIGINT)


def _conflictkg(*args, db: Path) -> subprocess.Popen:
    env = dict(os.environ, CONFLICTKG_DB=str(db))
    env.pop("CONFLICTKG_PACK", None)
    # A suite started as a background job of a non-interactive shell (`make test &`) runs with
    # SIGINT ignored, and an ignored signal stays ignored across exec: the command would never see
    # the Ctrl-C. A user's foreground command starts with the default action, so the child does too.
    return subprocess.Popen([sys.executable, "-m", "conflictkg", *args], env=env, cwd=str(ROOT),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_until(cond, proc, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if proc.poll() is not None:
            pytest.fail(f"the command ended before {what}: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def _importing(proc) -> bool:
    """Past the interpreter's own start-up (which no program can handle), inside our imports."""
    try:
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
    except OSError:
        return False
    return any(lib in maps for lib in CORE_LIBS)


def _interrupt(proc) -> tuple[int, str, str]:
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc to time the signal")
def test_ctrl_c_while_the_command_is_still_starting_is_one_line_and_exit_130(sahel_kg):
    proc = _conflictkg("query", "hostages", db=sahel_kg.store.path)
    _wait_until(lambda: _importing(proc), proc, "the command's imports began")
    rc, out, err = _interrupt(proc)
    assert rc in EXIT_130 and err == "interrupted\n", (rc, err)
    assert "Traceback" not in out


def _synthetic_acled(path: Path, rows: int) -> Path:
    spec = importlib.util.spec_from_file_location("gen_acled", ROOT / "benchmarks" / "gen_acled.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    with path.open("w", encoding="utf-8", newline="") as f:
        gen.generate(rows, f, seed=11)
    return path


def _writer_holds_lock(store_path: Path) -> bool:
    fd = os.open(store_path / "write.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def test_ctrl_c_during_an_ingest_keeps_the_store_whole(sahel_kg, tmp_path):
    import shutil

    from conflictkg.kg import KG

    csv_file = _synthetic_acled(tmp_path / "synthetic-acled.csv", 4000)
    reference = tmp_path / "reference.db"
    shutil.copytree(sahel_kg.store.path, reference)
    before = sahel_kg.store.count()
    full = KG(reference, pack="sahel")
    full.ingest([csv_file])
    after = full.store.count()
    assert after > before

    db = sahel_kg.store.path
    proc = _conflictkg("ingest", str(csv_file), db=db)
    _wait_until(lambda: _writer_holds_lock(db), proc, "the ingest took the writer lock")
    time.sleep(0.5)  # well inside the file's transaction (loading 4,000 rows takes seconds)
    rc, out, err = _interrupt(proc)
    last = err.strip().splitlines()[-1]
    assert rc in EXIT_130 and last.startswith("interrupted"), err
    assert "Traceback" not in err
    kg = KG(db, pack="sahel")
    assert kg.store.count() in (before, after)  # the file all or nothing
    # and the message says which (an interrupt in the first second, still importing, says nothing more)
    if last != "interrupted":
        assert ("rolled back" in last) == (kg.store.count() == before), (last, kg.store.count(), before)
    leftovers = [p.name for p in db.iterdir() if p.name not in ("statements.sqlite", "statements.sqlite-wal",
                                                                 "statements.sqlite-shm", "graph.lbug", "write.lock")]
    assert leftovers == []
    kg.ingest([csv_file])  # run again: the same store as without the interrupt
    assert kg.store.count() == after
    q = "MATCH (e:Event) RETURN count(e)"
    assert kg.cypher(q).rows == full.cypher(q).rows


def test_the_command_does_not_import_the_entry_point_module():
    """``python -m conflictkg`` runs ``conflictkg/__main__.py`` as ``__main__``; a library module
    importing ``conflictkg.__main__`` would load that file a second time under its package name,
    with its own copies of the handler's constants."""
    code = ("import sys, conflictkg.cli, conflictkg.interrupt; "
            "assert 'conflictkg.__main__' not in sys.modules, sorted(m for m in sys.modules if m.startswith('conflictkg'))")
    res = subprocess.run([sys.executable, "-c", code], cwd=str(ROOT), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
