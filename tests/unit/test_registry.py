import multiprocessing
import os
import sqlite3
import time

import pytest

from tempmail.registry import RegistryError, open_registry
from tempmail.registry_sqlite import SQLiteRegistry as Registry

from registry_contract import RegistryContract


@pytest.fixture
def reg(tmp_path):
    return Registry(tmp_path / "registry.sqlite3").init()


class TestSQLiteRegistryContract(RegistryContract):
    """The contract, on the SQLite file (kept open, as the app does)."""

    @pytest.fixture
    def make(self, tmp_path):
        made = iter(range(1000))
        return lambda clock=None: Registry(tmp_path / f"r{next(made)}.sqlite3",
                                           **({"clock": clock} if clock else {})).init()


class TestSQLiteRegistryOpenedPerOperation(RegistryContract):
    """The contract, on the SQLite file opened and closed per operation (the router)."""

    @pytest.fixture
    def make(self, tmp_path):
        made = iter(range(1000))

        def make(clock=None):
            folder = tmp_path / f"d{next(made)}"
            folder.mkdir()
            return open_registry(str(folder), keep_open=False,
                                 **({"clock": clock} if clock else {})).init()
        return make


def test_token_is_stored_only_as_a_hash(reg):
    reg.add("a@tm.test", "m1", "plain-token-value-xyz", 60)
    reg.checkpoint()
    data = b""
    for name in os.listdir(os.path.dirname(reg.path)):
        with open(os.path.join(os.path.dirname(reg.path), name), "rb") as handle:
            data += handle.read()
    assert b"plain-token-value-xyz" not in data
    assert Registry.hash_token("plain-token-value-xyz").encode() in data


def test_tombstones_hold_only_a_keyed_hash(reg):
    reg.add("findme@tm.test", "m1", "t1", 60)
    reg.retire("findme@tm.test")
    reg.checkpoint()
    with open(reg.path, "rb") as handle:
        assert b"findme" not in handle.read()


def test_a_missing_file_is_an_error_not_a_new_database(tmp_path):
    path = tmp_path / "nope.sqlite3"
    with pytest.raises(RegistryError):
        Registry(path, keep_open=False).lookup("a@tm.test")
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
            Registry(reg.path, timeout=0.3, keep_open=False).lookup("a@tm.test")
        assert time.monotonic() - started < 5
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert Registry(reg.path, keep_open=False).lookup("a@tm.test") is not None


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
            Registry(path, timeout=30, keep_open=False).lookup(f"w0-{i % 50}@tm.test")
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


class TestPostgresRegistryContract(RegistryContract):
    """The contract, on PostgreSQL (a throwaway server, a fresh database per registry)."""

    @pytest.fixture
    def make(self, pg_server):
        from tempmail.registry_pg import PostgresRegistry
        made = []

        def make(clock=None):
            reg = PostgresRegistry(pg_server.create_database(),
                                   **({"clock": clock} if clock else {})).init()
            made.append(reg)
            return reg
        yield make
        for reg in made:
            reg.close()


def test_a_registry_file_from_before_webhooks_migrates_on_first_use(tmp_path):
    path = tmp_path / "registry.sqlite3"
    old = Registry(path).init()
    old.add("a@tm.test", "m1", "t1", 60)
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE webhooks")  # as the previous version wrote it
    conn.commit()
    conn.close()
    reg = Registry(path)
    assert reg.webhook("a@tm.test") is None            # a read needs no table
    assert reg.put_webhook("a@tm.test", "https://example.org/h", "whsec_x")
    assert reg.webhook("a@tm.test").url == "https://example.org/h"
    reg.init()
    reg.init()                                          # idempotent, keeps the row
    assert reg.webhook("a@tm.test").secret == "whsec_x"
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE webhooks")
    conn.commit()
    conn.close()
    assert reg.retire("a@tm.test").mailbox_id == "m1"  # retiring migrates too
    assert reg.webhook("a@tm.test") is None


OLD_SCHEMA = """
CREATE TABLE addresses (
    address       TEXT PRIMARY KEY,
    mailbox_id    TEXT NOT NULL UNIQUE,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    REAL NOT NULL,
    expires_at    REAL NOT NULL,
    idle_limit    REAL NOT NULL DEFAULT 0,
    last_activity REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX addresses_expires ON addresses (expires_at);
CREATE TABLE tombstones (hash BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
"""


def old_registry(path):
    """Write a registry file as the version before encryption at rest made it, one row in."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(OLD_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('tombstone_key', ?)", (os.urandom(32),))
    conn.execute("INSERT INTO addresses VALUES ('old@tm.test', 'm-old', ?, 1000, 9e9, 0, 1000)",
                 (Registry.hash_token("old-token"),))
    conn.close()


def columns(path):
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(addresses)")]
    finally:
        conn.close()


@pytest.mark.parametrize("first", ["init", "a lookup by a router", "a lookup by the app"])
def test_a_registry_of_the_previous_version_is_migrated_on_open(tmp_path, first):
    path = tmp_path / "registry.sqlite3"
    old_registry(path)
    if first == "init":
        Registry(path).init()
    elif first == "a lookup by a router":
        open_registry(str(tmp_path), keep_open=False).lookup("old@tm.test", now=2000.0)
    else:
        Registry(path).by_token("old-token", now=2000.0)
    assert columns(path)[-2:] == ["public_key", "wrapped_key"]
    for _ in range(2):   # idempotent: again, and by another instance
        reg = Registry(path).init()
        old = reg.lookup("old@tm.test", now=2000.0)
        assert old is not None and not old.sealed and old.mailbox_id == "m-old"
        assert reg.by_token("old-token", now=2000.0).address == "old@tm.test"
    assert columns(path).count("public_key") == 1
    new = reg.add("new@tm.test", "m-new", "new-token", 60, public_key=b"P" * 32,
                  wrapped_key=b"W" * 72, now=2000.0)
    assert reg.by_token("new-token", now=2001.0) == new


def test_exims_lookup_query_works_unchanged_on_a_migrated_file(tmp_path):
    path = tmp_path / "registry.sqlite3"
    old_registry(path)
    Registry(path).init()
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "exim", "exim.conf")) as conf:
        query = conf.read()
    assert "public_key" not in query and "wrapped_key" not in query
    conn = sqlite3.connect(path)
    try:   # the columns Exim's RCPT lookup reads are all still there, and the index
        assert conn.execute("SELECT mailbox_id FROM addresses WHERE address = 'old@tm.test'"
                            ).fetchone() == ("m-old",)
        assert "addresses_expires" in {row[1] for row in conn.execute("PRAGMA index_list(addresses)")}
    finally:
        conn.close()
