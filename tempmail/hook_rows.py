"""The webhooks table of the SQLite registry: one row per inbox with webhook settings.

Kept beside registry_sqlite.py so that module stays about addresses. Standard
library only. A registry file written before webhooks existed has no table:
every write creates it first (CREATE TABLE IF NOT EXISTS, in the write's own
transaction), and a read finds no row, so an old file migrates on first use.
"""

import sqlite3

from tempmail.registry import Webhook

TABLE = """
CREATE TABLE IF NOT EXISTS webhooks (
    address    TEXT PRIMARY KEY,
    url        TEXT,
    secret     TEXT,
    allowed    INTEGER NOT NULL DEFAULT 0,
    api_base   TEXT NOT NULL DEFAULT '',
    client     TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL
) WITHOUT ROWID;
"""
_COLUMNS = "address, url, secret, allowed, api_base, client"


def get(conn: sqlite3.Connection, address: str) -> Webhook | None:
    """Return the row of address as a Webhook, or None (also when the table is not there yet)."""
    try:
        row = conn.execute(f"SELECT {_COLUMNS} FROM webhooks WHERE address = ?",
                           (address,)).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    if row is None:
        return None
    return Webhook(row[0], row[1], row[2], bool(row[3]), row[4], row[5])


def put(conn: sqlite3.Connection, address: str, url: str | None, secret: str | None,
        api_base: str, allowed: bool | None, client: str | None, now: float) -> None:
    """Insert or update the row of address (inside a write transaction)."""
    conn.execute(TABLE)
    old = get(conn, address) or Webhook(address)
    conn.execute(f"INSERT OR REPLACE INTO webhooks ({_COLUMNS}, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (address, url, secret if url else None,
                  int(old.allowed if allowed is None else allowed),
                  api_base if url else "", old.client if client is None else client, now))


def forget(conn: sqlite3.Connection, addresses: list[str]) -> None:
    """Delete the rows of addresses (inside the write transaction that retires them)."""
    conn.execute(TABLE)
    conn.executemany("DELETE FROM webhooks WHERE address = ?", [(a,) for a in addresses])
