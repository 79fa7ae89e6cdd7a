import multiprocessing
import os
import sqlite3
import time

import pytest

from tempmail import registry
from tempmail.registry import AddressTaken, Registry, RegistryError


@pytest.fixture
def reg(tmp_path):
    return Registry(tmp_path / "registry.sqlite3").init()


def test_add_lookup_and_token(reg):
    entry = reg.add("a@tm.test", "m1", "secret-token", 60, now=1000.0)
    assert entry.expires_at == 1060.0
    assert reg.lookup("a@tm.test", now=1001.0).mailbox_id == "m1"
    assert reg.by_token("secret-token", now=1001.0).address == "a@tm.test"
    assert reg.by_token("other-token", now=1001.0) is None


def test_token_is_stored_only_as_a_hash(reg):
    reg.add("a@tm.test", "m1", "plain-token-value-xyz", 60)
    reg.checkpoint()
    data = b""
    for name in os.listdir(os.path.dirname(reg.path)):
        with open(os.path.join(os.path.dirname(reg.path), name), "rb") as handle:
            data += handle.read()
    assert b"plain-token-value-xyz" not in data
    assert Registry.hash_token("plain-token-value-xyz").encode() in data


def test_expiry_and_idle_limit(reg):
    reg.add("a@tm.test", "m1", "t1", 100, now=1000.0)
    reg.add("b@tm.test", "m2", "t2", 100, idle_limit=10, now=1000.0)
    assert reg.lookup("a@tm.test", now=1099.9) is not None
    assert reg.lookup("a@tm.test", now=1100.0) is None
    assert reg.lookup("b@tm.test", now=1009.0) is not None
    assert reg.lookup("b@tm.test", now=1010.0) is None
    reg.touch("b@tm.test", now=1009.0)
    assert reg.lookup("b@tm.test", now=1015.0) is not None
    assert [e.address for e in reg.live(now=1015.0)] == ["a@tm.test", "b@tm.test"]
    assert [e.address for e in reg.expired(now=1100.0)] == ["a@tm.test", "b@tm.test"]
    assert reg.by_token("t1", now=1100.0) is None


def test_the_clock_is_injectable(tmp_path):
    now = [5000.0]
    reg = Registry(tmp_path / "r.sqlite3", clock=lambda: now[0]).init()
    reg.add("a@tm.test", "m1", "t", 10)
    assert reg.lookup("a@tm.test") is not None
    now[0] += 10
    assert reg.lookup("a@tm.test") is None


def test_retired_addresses_are_never_issued_again(reg):
    reg.add("a@tm.test", "m1", "t1", 60)
    with pytest.raises(AddressTaken):
        reg.add("a@tm.test", "m2", "t2", 60)
    assert reg.retire("a@tm.test").mailbox_id == "m1"
    assert reg.lookup("a@tm.test") is None
    with pytest.raises(AddressTaken):
        reg.add("a@tm.test", "m3", "t3", 60)
    assert reg.counts() == (0, 0, 1)


def test_tombstones_hold_only_a_keyed_hash(reg):
    reg.add("findme@tm.test", "m1", "t1", 60)
    reg.retire("findme@tm.test")
    reg.checkpoint()
    with open(reg.path, "rb") as handle:
        assert b"findme" not in handle.read()


def test_extend_never_shortens(reg):
    reg.add("a@tm.test", "m1", "t1", 60, now=1000.0)
    assert reg.extend("a@tm.test", 2000.0, now=1001.0).expires_at == 2000.0
    assert reg.extend("a@tm.test", 1500.0, now=1001.0).expires_at == 2000.0
    assert reg.extend("a@tm.test", 9000.0, now=2001.0) is None


def test_a_missing_file_is_an_error_not_a_new_database(tmp_path):
    path = tmp_path / "nope.sqlite3"
    with pytest.raises(RegistryError):
        registry.lookup_live(str(path), "a@tm.test", time.time())
    with pytest.raises(RegistryError):
        Registry(path).lookup("a@tm.test")
    assert not path.exists()


def test_wal_mode_and_group_writable_file(reg):
    assert oct(os.stat(reg.path).st_mode & 0o777) == "0o660"
    conn = sqlite3.connect(reg.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_long_exclusive_lock_is_an_error_after_the_timeout(reg):
    reg.add("a@tm.test", "m1", "t1", 60)
    reg.close()  # every open WAL connection holds a shared lock; drop ours
    holder = sqlite3.connect(reg.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE addresses SET last_activity = last_activity")
    try:
        started = time.monotonic()
        with pytest.raises(RegistryError):
            registry.lookup_live(reg.path, "a@tm.test", time.time(), timeout=0.3)
        assert time.monotonic() - started < 5
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert registry.lookup_live(reg.path, "a@tm.test", time.time()) is not None


def _writer(path, worker, count, errors):
    reg = Registry(path, timeout=30)
    for i in range(count):
        try:
            reg.add(f"w{worker}-{i}@tm.test", f"m{worker}-{i}", f"t{worker}-{i}", 3600)
            if i % 5 == 0:
                reg.retire(f"w{worker}-{i}@tm.test")
            reg.touch(f"w{worker}-{i}@tm.test")
        except Exception as exc:  # pragma: no cover - reported below
            errors.put(repr(exc))


def _reader(path, rounds, errors):
    for i in range(rounds):
        try:
            registry.lookup_live(path, f"w0-{i % 50}@tm.test", time.time(), timeout=30)
            Registry(path, timeout=30).live()
        except Exception as exc:  # pragma: no cover - reported below
            errors.put(repr(exc))


def test_concurrent_writers_and_readers_never_see_locked(reg):
    errors = multiprocessing.Queue()
    writers = [multiprocessing.Process(target=_writer, args=(reg.path, w, 60, errors))
               for w in range(4)]
    readers = [multiprocessing.Process(target=_reader, args=(reg.path, 150, errors))
               for _ in range(3)]
    for process in writers + readers:
        process.start()
    for process in writers + readers:
        process.join(120)
        assert process.exitcode == 0
    found = []
    while not errors.empty():
        found.append(errors.get())
    assert found == []
    live, _, tombstones = reg.counts()
    assert (live, tombstones) == (4 * 48, 4 * 12)
