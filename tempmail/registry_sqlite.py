"""The address registry in one SQLite file: the embedded default implementation.

One module on purpose: the schema and every query against the file stay side by
side. Standard library only. Timestamps are float Unix seconds. Every write runs
in ``BEGIN IMMEDIATE`` so the busy timeout applies (a deferred transaction that
upgrades to a write fails at once with "locked").
"""

from collections.abc import Callable
import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import time

from tempmail import hook_rows, sqlitefile
from tempmail.registry import LIVE, AddressTaken, Entry, RegistryError, Webhook

SCHEMA = """
CREATE TABLE IF NOT EXISTS addresses (
    address       TEXT PRIMARY KEY,
    mailbox_id    TEXT NOT NULL UNIQUE,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    REAL NOT NULL,
    expires_at    REAL NOT NULL,
    idle_limit    REAL NOT NULL DEFAULT 0,
    last_activity REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS addresses_expires ON addresses (expires_at);
CREATE TABLE IF NOT EXISTS tombstones (hash BLOB PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
""" + hook_rows.TABLE

COLUMNS = ("address, mailbox_id, created_at, expires_at, idle_limit, last_activity,"
           " public_key, wrapped_key")
KEY_COLUMNS = (("public_key", "BLOB"), ("wrapped_key", "BLOB"))
"""Columns added after the first schema (encryption at rest): migrated on open."""
FILE_NAME = "registry.sqlite3"


def connect(path: str, timeout: float = 10.0, create: bool = False,
            lean: bool = False) -> sqlite3.Connection:
    """Open the registry; without create, a missing file is an error, not a new database.

    lean skips the pragmas that only writers need (a lookup).
    """
    uri = "file:" + _uri_path(path) + ("?mode=rwc" if create else "?mode=rw")
    try:
        conn = sqlite3.connect(uri, timeout=timeout, isolation_level=None, uri=True,
                               check_same_thread=False)
        if not lean:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise RegistryError(f"cannot open the registry: {exc}") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> bool:
    """Add the columns a registry file of an older version lacks; return True if it did.

    Idempotent; runs inside the caller's transaction if there is one.
    """
    have = {row[1] for row in conn.execute("PRAGMA table_info(addresses)")}
    missing = [(name, kind) for name, kind in KEY_COLUMNS if name not in have]
    for name, kind in missing:
        conn.execute(f"ALTER TABLE addresses ADD COLUMN {name} {kind}")
    return bool(missing)


def with_migration(conn: sqlite3.Connection) -> None:
    """Bring an open registry file up to date: a cheap look, a write only when columns lack."""
    try:
        have = {row[1] for row in conn.execute("PRAGMA table_info(addresses)")}
        if not have or all(name in have for name, _ in KEY_COLUMNS):
            return   # no table yet (init makes it whole) or already current
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrate(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        raise RegistryError(f"cannot bring the registry up to date: {exc}") from exc


def _uri_path(path):
    path = os.path.abspath(os.fspath(path))
    return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")


class SQLiteRegistry:
    """The registry file: create, look up, extend, retire (tempmail.registry.Registry).

    keep_open: each thread reuses one connection (the app); without it every
    operation opens and closes its own (the resident router, so that nothing
    holds the file open between deliveries).
    """

    def __init__(self, path: str | os.PathLike, timeout: float = 10.0,
                 clock: Callable[[], float] = time.time,
                 keep_open: bool = True) -> None:
        self.path = os.fspath(path)
        self.timeout = timeout
        self.clock = clock
        self.keep_open = keep_open
        self._local = threading.local()  # one idle connection per thread, reused
        self._migrated = False  # a file of an older version gets its new columns once

    def _connection(self):
        """Return this thread's connection, reopened if the file was replaced under it.

        While a connection is open in WAL mode its -shm file exists; if the
        file's inode changed or the -shm is gone (someone swapped or removed the
        database), writes through the old connection would go nowhere.
        """
        conn = getattr(self._local, "conn", None)
        try:
            current = os.stat(self.path).st_ino
            intact = os.stat(self.path + "-shm") is not None
        except OSError:
            current, intact = None, False
        if conn is not None and (current != self._local.inode or not intact):
            self.close()
            conn = None
        if conn is None:
            conn = connect(self.path, self.timeout)
            if not self._migrated:
                with_migration(conn)
                self._migrated = True
            self._local.conn, self._local.inode = conn, current
        return conn

    def close(self) -> None:
        """Close this thread's connection (the next call opens a new one)."""
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            conn.close()

    def init(self) -> "SQLiteRegistry":
        """Create the file, its schema and its tombstone key; safe to call again, and at once."""

        def setup(conn):
            conn.executescript(SCHEMA)
            migrate(conn)
            conn.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('tombstone_key', ?)",
                         (secrets.token_bytes(32),))

        try:
            sqlitefile.ensure(self.path, setup, self.timeout)
        except sqlite3.Error as exc:
            raise RegistryError(f"cannot prepare the registry: {exc}") from exc
        return self

    def _run(self, operation, write=False):
        """Run operation(conn) in one transaction; map SQLite errors to RegistryError."""
        try:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                result = operation(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result
        except sqlite3.Error as exc:
            self.close()  # a broken or replaced file: start afresh next time
            raise RegistryError(f"registry operation failed: {exc}") from exc
        finally:
            if not self.keep_open:
                self.close()

    @staticmethod
    def _tombstone(conn, address, key=None):
        """Return the keyed hash that stands for a retired address."""
        if key is None:
            key = conn.execute("SELECT value FROM meta WHERE name = 'tombstone_key'").fetchone()[0]
        return hmac.new(key, address.encode("utf-8"), hashlib.sha256).digest()

    @staticmethod
    def hash_token(token: str) -> str:
        """Return the stored form of an inbox token."""
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    def add(self, address: str, mailbox_id: str, token: str, lifetime: float,
            idle_limit: float = 0, now: float | None = None,
            public_key: bytes | None = None, wrapped_key: bytes | None = None) -> Entry:
        """Insert a live address; raise AddressTaken if it is live or was ever issued."""
        now = self.clock() if now is None else now
        if (public_key is None) != (wrapped_key is None):
            raise ValueError("a public key goes with its wrapped private key")

        def insert(conn):
            if conn.execute("SELECT 1 FROM addresses WHERE address = ?", (address,)).fetchone() \
                    or conn.execute("SELECT 1 FROM tombstones WHERE hash = ?",
                                    (self._tombstone(conn, address),)).fetchone():
                raise AddressTaken(address)
            conn.execute("INSERT INTO addresses (address, mailbox_id, token_hash, created_at,"
                         " expires_at, idle_limit, last_activity, public_key, wrapped_key)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (address, mailbox_id, self.hash_token(token), now, now + lifetime,
                          idle_limit, now, public_key, wrapped_key))
            return Entry(address, mailbox_id, now, now + lifetime, idle_limit, now,
                         public_key, wrapped_key)
        return self._run(insert, write=True)

    def lookup(self, address: str, now: float | None = None) -> Entry | None:
        """Return the live Entry for address, or None."""
        now = self.clock() if now is None else now
        return self._one(f"SELECT {COLUMNS} FROM addresses WHERE address = :key AND {LIVE}",
                         address, now)

    def by_token(self, token: str, now: float | None = None) -> Entry | None:
        """Return the live Entry whose token this is, or None."""
        now = self.clock() if now is None else now
        return self._one(f"SELECT {COLUMNS} FROM addresses WHERE token_hash = :key AND {LIVE}",
                         self.hash_token(token), now)

    def by_mailbox(self, mailbox_id: str, now: float | None = None) -> Entry | None:
        """Return the live Entry owning mailbox_id, or None."""
        now = self.clock() if now is None else now
        return self._one(f"SELECT {COLUMNS} FROM addresses WHERE mailbox_id = :key AND {LIVE}",
                         mailbox_id, now)

    def _one(self, sql, key, now):
        row = self._run(lambda conn: conn.execute(sql, {"key": key, "now": now}).fetchone())
        return None if row is None else Entry(*row)

    def live(self, now: float | None = None) -> list[Entry]:
        """Return every live Entry, soonest to end first."""
        now = self.clock() if now is None else now
        rows = self._run(lambda conn: conn.execute(
            f"SELECT {COLUMNS} FROM addresses WHERE {LIVE} ORDER BY expires_at",
            {"now": now}).fetchall())
        return [Entry(*row) for row in rows]

    def expired(self, now: float | None = None, limit: int = -1) -> list[Entry]:
        """Return the Entries that are no longer live (at most limit; -1 for all)."""
        now = self.clock() if now is None else now
        rows = self._run(lambda conn: conn.execute(
            f"SELECT {COLUMNS} FROM addresses WHERE NOT ({LIVE}) LIMIT :limit",
            {"now": now, "limit": limit}).fetchall())
        return [Entry(*row) for row in rows]

    def all_mailbox_ids(self) -> set[str]:
        """Return the set of mailbox ids that a registry row owns, live or not."""
        rows = self._run(lambda conn: conn.execute("SELECT mailbox_id FROM addresses").fetchall())
        return {row[0] for row in rows}

    def touch(self, address: str, now: float | None = None) -> None:
        """Record activity on a live address."""
        now = self.clock() if now is None else now
        self._run(lambda conn: conn.execute(
            f"UPDATE addresses SET last_activity = max(last_activity, :now) "
            f"WHERE address = :key AND {LIVE}", {"key": address, "now": now}), write=True)

    def extend(self, address: str, until: float, now: float | None = None) -> Entry | None:
        """Move a live address's end to until (never earlier); return the Entry or None."""
        now = self.clock() if now is None else now

        def update(conn):
            conn.execute(f"UPDATE addresses SET expires_at = max(expires_at, :until), "
                         f"last_activity = max(last_activity, :now) WHERE address = :key AND {LIVE}",
                         {"key": address, "until": until, "now": now})
            row = conn.execute(f"SELECT {COLUMNS} FROM addresses WHERE address = :key AND {LIVE}",
                               {"key": address, "now": now}).fetchone()
            return None if row is None else Entry(*row)
        return self._run(update, write=True)

    def retire(self, address: str) -> Entry | None:
        """Replace the address's row by its tombstone; return its Entry, or None if absent."""
        return self.retire_many([address])[0]

    def retire_many(self, addresses: list[str]) -> list[Entry | None]:
        """Retire several addresses in one transaction; return their Entries (None if absent)."""
        def delete(conn):
            key = conn.execute("SELECT value FROM meta WHERE name = 'tombstone_key'").fetchone()[0]
            retired = []
            hook_rows.forget(conn, addresses)
            for address in addresses:
                row = conn.execute(f"SELECT {COLUMNS} FROM addresses WHERE address = ?",
                                   (address,)).fetchone()
                conn.execute("INSERT OR IGNORE INTO tombstones (hash) VALUES (?)",
                             (self._tombstone(conn, address, key),))
                if row is not None:
                    conn.execute("DELETE FROM addresses WHERE address = ?", (address,))
                retired.append(None if row is None else Entry(*row))
            return retired
        return self._run(delete, write=True)

    def counts(self, now: float | None = None) -> tuple[int, int, int]:
        """Return (live, retired-not-yet-purged, tombstones) counts."""
        now = self.clock() if now is None else now
        return self._run(lambda conn: (
            conn.execute(f"SELECT count(*) FROM addresses WHERE {LIVE}", {"now": now}).fetchone()[0],
            conn.execute(f"SELECT count(*) FROM addresses WHERE NOT ({LIVE})",
                         {"now": now}).fetchone()[0],
            conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]))

    def webhook(self, address: str) -> Webhook | None:
        """Return the webhook settings of address, or None if it has none."""
        return self._run(lambda conn: hook_rows.get(conn, address))

    def put_webhook(self, address: str, url: str | None, secret: str | None,
                    api_base: str = "", allowed: bool | None = None,
                    client: str | None = None, now: float | None = None) -> bool:
        """Set (or with url None, clear) a live address's webhook; False if it is not live."""
        now = self.clock() if now is None else now

        def put(conn):
            if conn.execute(f"SELECT 1 FROM addresses WHERE address = :key AND {LIVE}",
                            {"key": address, "now": now}).fetchone() is None:
                return False
            hook_rows.put(conn, address, url, secret, api_base, allowed, client, now)
            return True
        return self._run(put, write=True)

    def checkpoint(self) -> bool:
        """Fold the WAL into the file and truncate it, so deleted rows leave no copy there.

        Return True if the WAL was emptied; False if a reader kept part of it.
        """
        conn = connect(self.path, self.timeout)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return not busy
        except sqlite3.Error as exc:
            raise RegistryError(f"registry checkpoint failed: {exc}") from exc
        finally:
            conn.close()

    def announce(self, mailbox_id: str, message_id: str) -> None:
        """Nothing to do: on one machine the waiters see the Maildir change themselves."""

    def quick_check(self) -> list[str]:
        """Return what SQLite's PRAGMA quick_check finds wrong ([]: intact); read only."""
        conn = connect(self.path, self.timeout, lean=True)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        finally:
            conn.close()
        return [] if rows == ["ok"] else rows

    def newest_time(self) -> float | None:
        """Return the latest created_at or last_activity recorded, or None when empty."""
        return self._run(lambda conn: conn.execute(
            "SELECT max(max(created_at), max(last_activity)) FROM addresses").fetchone()[0])
