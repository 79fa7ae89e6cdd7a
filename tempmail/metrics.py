"""Counters for /metrics: one small SQLite file beside the registry. Standard library only.

Exim adds to them from its RCPT ACL (recipients refused or deferred) with its
sqlite lookup; the router service counts deliveries in memory and adds them
once a second (one write a second instead of one per message); purge adds what
it removed. Counts only: no address, no IP, nothing about a message.
"""

import os
import sqlite3

from tempmail import sqlitefile

FILE_NAME = "metrics.sqlite3"
COUNTERS = ("accepted", "refused_unknown", "refused_relay", "refused_invalid",
            "deferred_registry", "deferred_disk", "deferred_ratelimit", "deferred_storage",
            "purge_runs", "purged_mailboxes", "purged_messages",
            "purged_bytes")
# Added by the webhook worker (tempmail.webhook_worker), once a heartbeat.
COUNTERS += ("webhook_sent", "webhook_failed", "webhook_refused", "webhook_dropped")


def path_in(data_dir: str) -> str:
    """Return the counters file's path inside data_dir."""
    return os.path.join(data_dir, FILE_NAME)


def init(data_dir: str) -> None:
    """Create the counters file (WAL, mode 0660, every counter at 0); safe to repeat, and at once."""

    def setup(conn):
        conn.execute("CREATE TABLE IF NOT EXISTS counters "
                     "(name TEXT PRIMARY KEY, value INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
        conn.executemany("INSERT OR IGNORE INTO counters (name, value) VALUES (?, 0)",
                         [(name,) for name in COUNTERS])

    sqlitefile.ensure(path_in(data_dir), setup)


def add(data_dir: str, amounts: dict) -> None:
    """Add {name: amount} to the counters; never raise (a lost count is no failure)."""
    try:
        conn = sqlite3.connect(f"file:{path_in(data_dir)}?mode=rw", uri=True,
                               isolation_level=None, timeout=5)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("UPDATE counters SET value = value + ? WHERE name = ?",
                             [(int(amount), name) for name, amount in amounts.items()])
            conn.execute("COMMIT")
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def read(data_dir: str) -> dict:
    """Return {name: value} for every counter (zeros when the file is missing)."""
    values = dict.fromkeys(COUNTERS, 0)
    try:
        conn = sqlite3.connect(f"file:{path_in(data_dir)}?mode=ro", uri=True, timeout=5)
        try:
            values.update(conn.execute("SELECT name, value FROM counters").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    return values
