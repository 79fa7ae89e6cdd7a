"""The address registry in PostgreSQL: the backend for several nodes (TEMPMAIL_REGISTRY_URL).

The same contract as the SQLite file (tests/unit/registry_contract.py runs one suite
against both), the same columns, the same rule for "live" (registry.LIVE), the same
keyed tombstones. psycopg 3 with a small connection pool; short connect and statement
timeouts, and every database error becomes RegistryError, which the mail path answers
with a temporary failure (451), never a bounce.
"""

from collections.abc import Callable
import hashlib
import hmac
import secrets
import threading
import time
from typing import Any

import psycopg
from psycopg import conninfo
import psycopg_pool

from tempmail.registry import LIVE, AddressTaken, Entry, RegistryError, Webhook

ROUTER_POOL = 8
"""Connections at most in a keep_open=False pool: the router's delivery threads
(TEMPMAIL_ROUTER_WORKERS, 8) each ask several questions per message; fewer made them
queue for a connection (bench/scale.py)."""

SCHEMA_LOCK = 7_146_511_280_415_221
"""The transaction-level advisory lock that serializes schema creation across nodes."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS addresses (
    address       text PRIMARY KEY,
    mailbox_id    text NOT NULL UNIQUE,
    token_hash    text NOT NULL UNIQUE,
    created_at    double precision NOT NULL,
    expires_at    double precision NOT NULL,
    idle_limit    double precision NOT NULL DEFAULT 0,
    last_activity double precision NOT NULL,
    public_key    bytea,
    wrapped_key   bytea
);
ALTER TABLE addresses ADD COLUMN IF NOT EXISTS public_key bytea;
ALTER TABLE addresses ADD COLUMN IF NOT EXISTS wrapped_key bytea;
CREATE INDEX IF NOT EXISTS addresses_expires ON addresses (expires_at);
CREATE TABLE IF NOT EXISTS tombstones (hash bytea PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (name text PRIMARY KEY, value bytea NOT NULL);
CREATE TABLE IF NOT EXISTS webhooks (
    address    text PRIMARY KEY,
    url        text,
    secret     text,
    allowed    boolean NOT NULL DEFAULT false,
    api_base   text NOT NULL DEFAULT '',
    client     text NOT NULL DEFAULT '',
    updated_at double precision NOT NULL
);
"""
HOOK_COLUMNS = "address, url, secret, allowed, api_base, client"

COLUMNS = ("address, mailbox_id, created_at, expires_at, idle_limit, last_activity,"
           " public_key, wrapped_key")
PG_LIVE = LIVE.replace(":now", "%(now)s")
CONNECT_TIMEOUT = 3
"""Seconds to wait for a connection to the server (libpq would wait forever)."""


def _entry(row: tuple) -> Entry:
    """Return the Entry of a row of COLUMNS (bytea comes back as bytes or memoryview)."""
    address, mailbox_id, created_at, expires_at, idle_limit, last_activity, public, wrapped = row
    return Entry(address, mailbox_id, created_at, expires_at, idle_limit, last_activity,
                 None if public is None else bytes(public), None if wrapped is None else bytes(wrapped))


def is_url(value: str | None) -> bool:
    """Return True if value names a PostgreSQL server (postgresql:// or postgres://)."""
    return bool(value) and str(value).split("://", 1)[0].lower() in ("postgresql", "postgres")


def hash_token(token: str) -> str:
    """Return the stored form of an inbox token (the same as the SQLite file's)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def connection_string(url: str, timeout: float) -> str:
    """Return url with a connect timeout and a statement timeout unless it names its own."""
    given = conninfo.conninfo_to_dict(url)
    extra: dict[str, Any] = {}
    if "connect_timeout" not in given:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    if "options" not in given:
        extra["options"] = f"-c statement_timeout={int(max(timeout, 1) * 1000)}"
    extra.setdefault("application_name", "tempmail")
    return conninfo.make_conninfo(url, **extra)


class PostgresRegistry:
    """The registry in a PostgreSQL database (tempmail.registry.Registry).

    Connections come from a pool opened on first use; keep_open=False keeps the pool
    small (the resident router needs one connection at a time).
    """

    def __init__(self, url: str, timeout: float = 10.0,
                 clock: Callable[[], float] = time.time, keep_open: bool = True) -> None:
        self.url = url
        self.timeout = timeout
        self.clock = clock
        self.keep_open = keep_open
        self._pool: psycopg_pool.ConnectionPool | None = None
        self._lock = threading.Lock()
        self._key: bytes | None = None

    def _connections(self) -> psycopg_pool.ConnectionPool:
        with self._lock:
            if self._pool is None:
                self._pool = psycopg_pool.ConnectionPool(
                    connection_string(self.url, self.timeout), min_size=1,
                    max_size=8 if self.keep_open else ROUTER_POOL, timeout=self.timeout,
                    open=False, name="tempmail-registry")
                try:
                    self._pool.open(wait=False)
                except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
                    self._pool = None
                    raise RegistryError(f"cannot reach the registry database: {exc}") from exc
            return self._pool

    def close(self) -> None:
        """Close the pool (the next call opens a new one)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def run(self, operation: Callable[[psycopg.Connection], Any]) -> Any:
        """Run operation(conn) in one transaction (for tools such as the migration)."""
        return self._run(operation)

    def _run(self, operation: Callable[[psycopg.Connection], Any], single: bool = False) -> Any:
        """Run operation(conn) in one transaction; map database errors to RegistryError.

        A pooled connection that died with the server since its last use is replaced,
        never the cause of an error: a transaction starts only on a connection that
        answered a check, and single (one statement that is safe to run twice: a
        read, a notification) runs as its own transaction in one round trip and
        once more on a fresh connection if its connection turns out dead.
        """
        try:
            for attempt in (0, 1):
                pool = self._connections()
                with pool.connection() as conn:
                    try:
                        if single:
                            return self._single(conn, operation)
                        psycopg_pool.ConnectionPool.check_connection(conn)
                    except psycopg.OperationalError:
                        if attempt or not _dead(conn):
                            raise
                    else:
                        with conn.transaction():
                            return operation(conn)
                pool.check()   # one was dead (a restart?): replace the others before the retry
            raise RegistryError("unreachable")  # pragma: no cover (the loop returns or raises)
        except (AddressTaken, RegistryError):
            raise
        except psycopg.errors.UniqueViolation as exc:
            raise AddressTaken(str(exc.diag.constraint_name or "")) from None
        except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
            raise RegistryError(f"registry operation failed: {type(exc).__name__}") from exc

    @staticmethod
    def _single(conn: psycopg.Connection, operation: Callable[[psycopg.Connection], Any]) -> Any:
        """Run one statement in autocommit: no BEGIN and COMMIT round trips."""
        conn.autocommit = True
        try:
            return operation(conn)
        finally:
            if not _dead(conn):
                try:
                    conn.autocommit = False
                except psycopg.ProgrammingError:
                    pass  # the statement is still on the wire of a closed socket: dead too

    def init(self) -> "PostgresRegistry":
        """Create the schema and the tombstone key; safe to call again, and from many nodes at once."""

        def setup(conn):
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            conn.execute(SCHEMA)
            conn.execute("INSERT INTO meta (name, value) VALUES ('tombstone_key', %s)"
                         " ON CONFLICT (name) DO NOTHING", (secrets.token_bytes(32),))
        self._run(setup)
        return self

    def _tombstone(self, conn: psycopg.Connection, address: str) -> bytes:
        """Return the keyed hash that stands for a retired address."""
        if self._key is None:
            row = conn.execute("SELECT value FROM meta WHERE name = 'tombstone_key'").fetchone()
            if row is None:
                raise RegistryError("the registry database has no tombstone key: run init")
            self._key = bytes(row[0])
        return hmac.new(self._key, address.encode("utf-8"), hashlib.sha256).digest()

    @staticmethod
    def hash_token(token: str) -> str:
        """Return the stored form of an inbox token."""
        return hash_token(token)

    def add(self, address: str, mailbox_id: str, token: str, lifetime: float,
            idle_limit: float = 0, now: float | None = None,
            public_key: bytes | None = None, wrapped_key: bytes | None = None) -> Entry:
        """Insert a live address; raise AddressTaken if it is live or was ever issued.

        public_key and wrapped_key (both or neither) are kept with the row and
        destroyed with it when the address is retired.
        """
        if (public_key is None) != (wrapped_key is None):
            raise ValueError("give both public_key and wrapped_key, or neither")
        now = self.clock() if now is None else now

        def insert(conn):
            if conn.execute("SELECT 1 FROM tombstones WHERE hash = %s",
                            (self._tombstone(conn, address),)).fetchone():
                raise AddressTaken(address)
            inserted = conn.execute(
                "INSERT INTO addresses (address, mailbox_id, token_hash, created_at, expires_at,"
                " idle_limit, last_activity, public_key, wrapped_key)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (address) DO NOTHING",
                (address, mailbox_id, hash_token(token), now, now + lifetime, idle_limit, now,
                 public_key, wrapped_key))
            if inserted.rowcount != 1:
                raise AddressTaken(address)
            return Entry(address, mailbox_id, now, now + lifetime, idle_limit, now,
                         public_key, wrapped_key)
        return self._run(insert)

    def _one(self, where: str, key: str, now: float) -> Entry | None:
        row = self._run(lambda conn: conn.execute(
            f"SELECT {COLUMNS} FROM addresses WHERE {where} = %(key)s AND {PG_LIVE}",
            {"key": key, "now": now}).fetchone(), single=True)
        return None if row is None else _entry(row)

    def lookup(self, address: str, now: float | None = None) -> Entry | None:
        """Return the live Entry for address, or None."""
        return self._one("address", address, self.clock() if now is None else now)

    def by_token(self, token: str, now: float | None = None) -> Entry | None:
        """Return the live Entry whose token this is, or None."""
        return self._one("token_hash", hash_token(token), self.clock() if now is None else now)

    def by_mailbox(self, mailbox_id: str, now: float | None = None) -> Entry | None:
        """Return the live Entry owning mailbox_id, or None."""
        return self._one("mailbox_id", mailbox_id, self.clock() if now is None else now)

    def live(self, now: float | None = None) -> list[Entry]:
        """Return every live Entry, soonest to end first."""
        now = self.clock() if now is None else now
        rows = self._run(lambda conn: conn.execute(
            f"SELECT {COLUMNS} FROM addresses WHERE {PG_LIVE} ORDER BY expires_at, address",
            {"now": now}).fetchall())
        return [_entry(row) for row in rows]

    def expired(self, now: float | None = None, limit: int = -1) -> list[Entry]:
        """Return the Entries that are no longer live (at most limit; -1 for all)."""
        now = self.clock() if now is None else now
        rows = self._run(lambda conn: conn.execute(
            f"SELECT {COLUMNS} FROM addresses WHERE NOT ({PG_LIVE}) ORDER BY expires_at"
            " LIMIT %(limit)s", {"now": now, "limit": None if limit < 0 else limit}).fetchall())
        return [_entry(row) for row in rows]

    def all_mailbox_ids(self) -> set[str]:
        """Return the mailbox ids that a registered address owns, live or not."""
        rows = self._run(lambda conn: conn.execute("SELECT mailbox_id FROM addresses").fetchall())
        return {row[0] for row in rows}

    def touch(self, address: str, now: float | None = None) -> None:
        """Record activity on a live address (never moving it backwards)."""
        now = self.clock() if now is None else now
        self._run(lambda conn: conn.execute(
            f"UPDATE addresses SET last_activity = greatest(last_activity, %(now)s)"
            f" WHERE address = %(key)s AND {PG_LIVE}", {"key": address, "now": now}))

    def extend(self, address: str, until: float, now: float | None = None) -> Entry | None:
        """Move a live address's end to until (never earlier); return the Entry or None."""
        now = self.clock() if now is None else now
        row = self._run(lambda conn: conn.execute(
            f"UPDATE addresses SET expires_at = greatest(expires_at, %(until)s),"
            f" last_activity = greatest(last_activity, %(now)s)"
            f" WHERE address = %(key)s AND {PG_LIVE} RETURNING {COLUMNS}",
            {"key": address, "until": until, "now": now}).fetchone())
        return None if row is None else _entry(row)

    def retire(self, address: str) -> Entry | None:
        """Replace the address by its tombstone; return its Entry, or None if absent."""
        return self.retire_many([address])[0]

    def retire_many(self, addresses: list[str]) -> list[Entry | None]:
        """Retire several addresses in one transaction; return their Entries (None if absent).

        Several nodes may retire the same address at once (purge on every node): the
        row lock taken by DELETE makes exactly one of them get the Entry back.
        """
        def delete(conn):
            retired = []
            for address in addresses:
                conn.execute("INSERT INTO tombstones (hash) VALUES (%s) ON CONFLICT DO NOTHING",
                             (self._tombstone(conn, address),))
                row = conn.execute(f"DELETE FROM addresses WHERE address = %s RETURNING {COLUMNS}",
                                   (address,)).fetchone()
                conn.execute("DELETE FROM webhooks WHERE address = %s", (address,))
                retired.append(None if row is None else _entry(row))
            return retired
        return self._run(delete)

    def counts(self, now: float | None = None) -> tuple[int, int, int]:
        """Return (live, retired-not-yet-purged, tombstones) counts."""
        now = self.clock() if now is None else now
        row = self._run(lambda conn: conn.execute(
            f"SELECT count(*) FILTER (WHERE {PG_LIVE}), count(*) FILTER (WHERE NOT ({PG_LIVE})),"
            " (SELECT count(*) FROM tombstones) FROM addresses", {"now": now}).fetchone())
        return int(row[0]), int(row[1]), int(row[2])

    def webhook(self, address: str) -> Webhook | None:
        """Return the webhook settings of address, or None if it has none."""
        row = self._run(lambda conn: conn.execute(
            f"SELECT {HOOK_COLUMNS} FROM webhooks WHERE address = %s", (address,)).fetchone(),
            single=True)
        return None if row is None else Webhook(row[0], row[1], row[2], bool(row[3]), row[4], row[5])

    def put_webhook(self, address: str, url: str | None, secret: str | None,
                    api_base: str = "", allowed: bool | None = None,
                    client: str | None = None, now: float | None = None) -> bool:
        """Set (or with url None, clear) a live address's webhook; False if it is not live."""
        now = self.clock() if now is None else now

        def put(conn):
            if conn.execute(f"SELECT 1 FROM addresses WHERE address = %(key)s AND {PG_LIVE}"
                            " FOR UPDATE", {"key": address, "now": now}).fetchone() is None:
                return False
            conn.execute(
                f"INSERT INTO webhooks ({HOOK_COLUMNS}, updated_at) VALUES"
                " (%(address)s, %(url)s, %(secret)s, coalesce(%(allowed)s, false), %(api_base)s,"
                "  coalesce(%(client)s, ''), %(now)s)"
                " ON CONFLICT (address) DO UPDATE SET url = excluded.url, secret = excluded.secret,"
                "  allowed = coalesce(%(allowed)s, webhooks.allowed), api_base = excluded.api_base,"
                "  client = coalesce(%(client)s, webhooks.client), updated_at = excluded.updated_at",
                {"address": address, "url": url, "secret": secret if url else None,
                 "allowed": allowed, "api_base": api_base if url else "", "client": client,
                 "now": now})
            return True
        return self._run(put)

    def quick_check(self) -> list[str]:
        """Return what is wrong with the database's registry ([]: it answers and has its tables)."""
        try:
            found = self._run(lambda conn: {row[0] for row in conn.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()")})
        except RegistryError as exc:
            return [str(exc)]
        return [f"table {name} is missing" for name in ("addresses", "tombstones", "meta")
                if name not in found]

    def newest_time(self) -> float | None:
        """Return the latest created_at or last_activity recorded, or None when empty."""
        row = self._run(lambda conn: conn.execute(
            "SELECT greatest(max(created_at), max(last_activity)) FROM addresses").fetchone())
        return None if row is None or row[0] is None else float(row[0])

    def checkpoint(self) -> bool:
        """Vacuum the address table so deleted rows' space is reclaimed; True if it ran.

        PostgreSQL keeps a deleted row's bytes until its page is reused; what a retired
        row held (a token's hash, times) is not secret without the token itself.
        """
        try:
            with self._connections().connection() as conn:
                conn.autocommit = True
                try:
                    conn.execute("VACUUM addresses")
                finally:
                    conn.autocommit = False
            return True
        except (psycopg.Error, psycopg_pool.PoolTimeout):
            return False

    def announce(self, mailbox_id: str, message_id: str) -> None:
        """NOTIFY the listeners of every node (tempmail.pgwake) that a message arrived."""
        from tempmail import pgwake  # noqa: PLC0415 (it imports this module)
        # its own transaction, committed without waiting for the disk: a notification
        # is not data (one lost with a crash is made good by the listeners' re-query)
        self._run(lambda conn: conn.execute(
            "SELECT set_config('synchronous_commit', 'off', true), pg_notify(%s, %s)",
            (pgwake.CHANNEL, pgwake.payload(mailbox_id, message_id))), single=True)


def _dead(conn: psycopg.Connection) -> bool:
    """Tell whether a connection died under a statement: psycopg marks it broken, or its
    socket closed while the statement was on the wire (status BAD, transaction ACTIVE)."""
    return conn.broken or conn.closed or conn.pgconn.status == psycopg.pq.ConnStatus.BAD \
        or conn.pgconn.transaction_status == psycopg.pq.TransactionStatus.ACTIVE
