"""Create a SQLite file in WAL mode atomically. Standard library only.

Several processes may start on an empty data folder at once (gunicorn's
workers, purge from cron, the CLI). Creating the file in place lets one of
them switch it to WAL while another already holds a read lock, and SQLite then
fails at once with "database is locked": switching the journal mode does not
wait on the busy timeout. So the file is built whole under a private name,
schema and all, and linked into place; whoever links first wins, and nobody
ever opens a half-made file.
"""

import os
import secrets
import sqlite3
import time

from tempmail import atomicfile


def create(path, setup, mode=0o660):
    """Make path a WAL-mode database prepared by setup(conn), unless it exists.

    Return True if this call created it. setup runs on an autocommit
    connection to the private file before anyone else can see it.
    """
    path = os.fspath(path)
    if os.path.exists(path):
        return False
    draft = f"{path}.{secrets.token_hex(8)}.new"
    try:
        conn = sqlite3.connect(draft, isolation_level=None)
        try:
            os.chmod(draft, mode)
            conn.execute("PRAGMA journal_mode = WAL")
            setup(conn)
        finally:
            conn.close()  # the last connection checkpoints and removes -wal and -shm
        _fsync(draft)
        try:
            atomicfile.link_durably(draft, path)
        except FileExistsError:
            return False
        return True
    finally:
        for leftover in (draft, draft + "-wal", draft + "-shm"):
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass


def ensure(path, setup, timeout=10.0, mode=0o660):
    """Create path as create() does, or bring an existing file up to date.

    On an existing file, setup runs again (it must be safe to repeat), after
    the file is switched to WAL if it was not; every statement waits on the
    busy timeout. sqlite3.Error propagates.
    """
    if create(path, setup, mode):
        return
    conn = sqlite3.connect(path, isolation_level=None, timeout=timeout)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            enable_wal(conn, timeout)
        setup(conn)
    finally:
        conn.close()


def enable_wal(conn, timeout):
    """Switch an existing database to WAL, retrying while others hold it until timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _fsync(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
