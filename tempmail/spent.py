"""Keys that may be used once (solved CAPTCHA challenges), shared by every process.

A small SQLite file in the data folder: gunicorn's workers and several app
processes see one set, which an in-process set could not give. A key is kept
until its own expiry (after which what it stands for is refused anyway), and
expired keys are dropped by the next spend, so the file stays small.
Standard library only.
"""

import os
import sqlite3
import time

from tempmail import sqlitefile

SCHEMA = ("CREATE TABLE IF NOT EXISTS spent (key TEXT PRIMARY KEY, expires REAL NOT NULL) "
          "WITHOUT ROWID",
          "CREATE INDEX IF NOT EXISTS spent_expires ON spent (expires)")
MAX_KEY = 256


class SpentError(Exception):
    """The store could not be read or written (busy past the timeout, disk full, ...)."""


class SpentKeys:
    """A set of one-time keys with expiry, in one SQLite file."""

    def __init__(self, path: str | os.PathLike, timeout: float = 10.0) -> None:
        self.path = os.fspath(path)
        self.timeout = timeout
        self._ready = False

    def _setup(self, conn: sqlite3.Connection) -> None:
        for statement in SCHEMA:
            conn.execute(statement)

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            os.makedirs(os.path.dirname(self.path), mode=0o2770, exist_ok=True)
            sqlitefile.ensure(self.path, self._setup, self.timeout)
            self._ready = True
        return sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)

    def spend(self, key: str, expires: float, now: float | None = None) -> bool:
        """Record key as used until expires; return False if it was used already.

        Raise SpentError if the file cannot be used; ValueError for an empty or
        oversized key.
        """
        if not key or len(key) > MAX_KEY:
            raise ValueError("a one-time key is 1 to 256 characters")
        now = time.time() if now is None else now
        try:
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("DELETE FROM spent WHERE expires < ?", (now,))
                added = conn.execute("INSERT OR IGNORE INTO spent (key, expires) VALUES (?, ?)",
                                     (key, max(float(expires), now))).rowcount == 1
                conn.execute("COMMIT")
                return added
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            raise SpentError(f"one-time key store unavailable ({type(exc).__name__})") from exc

    def __len__(self) -> int:
        """Return how many keys are held (expired ones included until the next spend)."""
        try:
            conn = self._connect()
            try:
                return conn.execute("SELECT count(*) FROM spent").fetchone()[0]
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            raise SpentError(f"one-time key store unavailable ({type(exc).__name__})") from exc
