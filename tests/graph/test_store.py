import multiprocessing
import time

import pytest

from conflictkg.errors import StoreBusyError
from conflictkg.graph.statements import Statement
from conflictkg.graph.store import Store


def _hold_lock(path, seconds, ready):
    s = Store(path)
    with s.write_lock():
        ready.set()
        time.sleep(seconds)


def test_transaction_rolls_back_on_error(tmp_path):
    s = Store(tmp_path / "db")
    with s.transaction() as tx:
        tx.add([Statement("actor:a", "name", "source:s", value="A")])
    with pytest.raises(RuntimeError):
        with s.transaction() as tx:
            tx.add([Statement("actor:b", "name", "source:s", value="B")])
            raise RuntimeError("loader failed half-way")
    assert s.count() == 1


def test_duplicates_are_one_statement(tmp_path):
    s = Store(tmp_path / "db")
    st = [Statement("actor:a", "name", "source:s", value="A"), Statement("actor:a", "name", "source:s", value="A")]
    with s.transaction() as tx:
        res = tx.add(st)
    assert (res.read, res.new) == (2, 1)
    with s.transaction() as tx:
        assert tx.add(st).new == 0
    assert s.count() == 1


def test_second_writer_gets_a_clear_message(tmp_path):
    path = tmp_path / "db"
    Store(path).create()
    ready = multiprocessing.Event()
    p = multiprocessing.Process(target=_hold_lock, args=(path, 3, ready))
    p.start()
    try:
        assert ready.wait(10)
        s = Store(path, lock_timeout=0.3)
        with pytest.raises(StoreBusyError, match="another conflictkg process is writing"):
            with s.transaction() as tx:
                tx.add([Statement("actor:a", "name", "source:s", value="A")])
    finally:
        p.join()
    assert Store(path).count() == 0


def test_records_can_be_replaced(tmp_path):
    s = Store(tmp_path / "db")
    with s.transaction() as tx:
        tx.add([Statement("event:1", "fatalities_min", "source:d", value="3", record="R1"),
                Statement("event:2", "fatalities_min", "source:d", value="4", record="R2")])
    with s.transaction() as tx:
        assert tx.records_of("source:d") == {"R1", "R2"}
        assert tx.retract_records("source:d", ["R1"]) == 1
    assert s.count() == 1


def test_atomic_write_leaves_no_half_file_and_normal_mode(tmp_path):
    import os

    from conflictkg.graph.files import atomic_path, atomic_write_text

    target = tmp_path / "out.txt"
    atomic_write_text(target, "ok")
    assert target.read_text() == "ok"
    umask = os.umask(0)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~umask)
    with pytest.raises(ValueError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise ValueError("export failed")
    assert target.read_text() == "ok"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_new_store_is_not_made_among_other_files(tmp_path):
    """`--db .` or `--db ~/reports` must not scatter a store's files among the user's own."""
    from conflictkg.errors import ConflictKGError

    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ConflictKGError, match="is not a conflictkg store and holds other files \\(notes.txt\\)"):
        with Store(tmp_path).transaction() as tx:
            tx.add([Statement("actor:x", "name", "source:s", value="X")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with Store(empty).transaction() as tx:  # a new or empty directory is fine
        tx.add([Statement("actor:x", "name", "source:s", value="X")])
    assert Store(empty).count() == 1
