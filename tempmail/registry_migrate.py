"""Move a registry from the SQLite file to PostgreSQL: live addresses (with their webhook
settings) and tombstones.

`flask tempmail registry migrate --to postgresql://…`. Nothing lost, safe to rerun:
rows are copied with ON CONFLICT DO NOTHING, and the database takes the file's
tombstone key, so an address retired in the file stays retired in the database
(tombstones are keyed hashes and cannot be re-keyed). Columns are copied by name,
so whatever both schemas hold travels. Stop the nodes that write the file first.
"""

import dataclasses
import hashlib
import hmac
import os
import sqlite3
from typing import TYPE_CHECKING

from tempmail import registry

if TYPE_CHECKING:
    import psycopg

BATCH = 1000


class MigrationError(Exception):
    """The migration cannot be done as asked; the message says why."""


@dataclasses.dataclass
class Moved:
    """What one run copied (rows already there are not counted)."""

    addresses: int = 0
    tombstones: int = 0
    revoked: int = 0

    def summary(self) -> str:
        """Return one line saying what moved."""
        return (f"copied {self.addresses} addresses and {self.tombstones} tombstones; "
                f"{self.revoked} addresses in the database were retired in the file")


def migrate(data_dir: str, url: str, timeout: float = 10.0) -> Moved:
    """Copy DATA_DIR's registry file into the database at url; return what moved."""
    path = registry.path_in(data_dir)
    if not os.path.exists(path):
        raise MigrationError(f"no registry file at {path}")
    from tempmail import registry_pg  # noqa: PLC0415 (psycopg only when a database is used)
    target = registry_pg.PostgresRegistry(url, timeout=timeout).init()
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise MigrationError(f"cannot open {path}: {exc}") from None
    try:
        with source:
            return target.run(lambda conn: _copy(source, conn))
    except sqlite3.Error as exc:
        raise MigrationError(f"cannot read {path}: {exc}") from None
    finally:
        source.close()
        target.close()


def _copy(source: sqlite3.Connection, conn: "psycopg.Connection") -> Moved:
    moved = Moved()
    key = _same_key(source, conn)
    wanted = [row[1] for row in source.execute("PRAGMA table_info(addresses)")]
    present = {row[0] for row in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'addresses'"
        " AND table_schema = current_schema()")}
    columns = [name for name in wanted if name in present]
    listed = ", ".join(columns)
    marks = ", ".join(["%s"] * len(columns))
    rows = source.execute(f"SELECT {listed} FROM addresses")
    while batch := rows.fetchmany(BATCH):
        for row in batch:
            done = conn.execute(f"INSERT INTO addresses ({listed}) VALUES ({marks})"
                                " ON CONFLICT DO NOTHING", row)
            moved.addresses += done.rowcount
    if source.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'webhooks'"
                      ).fetchone():
        hooks = source.execute("SELECT address, url, secret, allowed, api_base, client, updated_at"
                               " FROM webhooks")
        while batch := hooks.fetchmany(BATCH):
            for row in batch:
                conn.execute("INSERT INTO webhooks (address, url, secret, allowed, api_base, client,"
                             " updated_at) SELECT %s, %s, %s, %s, %s, %s, %s WHERE EXISTS"
                             " (SELECT 1 FROM addresses WHERE address = %s) ON CONFLICT DO NOTHING",
                             (*row[:3], bool(row[3]), *row[4:], row[0]))
    hashes = source.execute("SELECT hash FROM tombstones")
    retired = set()
    while batch := hashes.fetchmany(BATCH):
        for (digest,) in batch:
            retired.add(bytes(digest))
            done = conn.execute("INSERT INTO tombstones (hash) VALUES (%s) ON CONFLICT DO NOTHING",
                                (bytes(digest),))
            moved.tombstones += done.rowcount
    # An address copied by an earlier run and retired in the file since then goes too.
    for (address,) in conn.execute("SELECT address FROM addresses").fetchall():
        if hmac.new(key, address.encode("utf-8"), hashlib.sha256).digest() in retired:
            conn.execute("DELETE FROM addresses WHERE address = %s", (address,))
            moved.revoked += 1
    return moved


def _same_key(source: sqlite3.Connection, conn: "psycopg.Connection") -> bytes:
    """Give the database the file's tombstone key; refuse if it already uses another."""
    row = source.execute("SELECT value FROM meta WHERE name = 'tombstone_key'").fetchone()
    if row is None:
        raise MigrationError("the registry file has no tombstone key (not a tempmail registry?)")
    key = bytes(row[0])
    theirs = conn.execute("SELECT value FROM meta WHERE name = 'tombstone_key' FOR UPDATE"
                          ).fetchone()
    if theirs is not None and bytes(theirs[0]) == key:
        return key
    used = conn.execute("SELECT (SELECT count(*) FROM addresses) + (SELECT count(*) FROM tombstones)"
                        ).fetchone()
    if used is not None and used[0]:
        raise MigrationError("the database already holds another registry (other tombstone key); "
                             "migrate into an empty database")
    conn.execute("UPDATE meta SET value = %s WHERE name = 'tombstone_key'", (key,))
    return key
