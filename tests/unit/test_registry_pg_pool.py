"""The PostgreSQL registry's pooled connections: one that died with its server process since
its last use is replaced without an error, for reads (one round trip each) and for writes."""

import psycopg
import pytest

from tempmail.registry_pg import PostgresRegistry


def _kill_other_sessions(url):
    """Terminate every other session of the database, as a server restart or failover would."""
    with psycopg.connect(url, autocommit=True) as conn:
        killed = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()[0]
    assert killed >= 1


def test_a_dead_pooled_connection_is_replaced_for_reads_writes_and_notifications(pg_server):
    url = pg_server.create_database()
    reg = PostgresRegistry(url).init()
    try:
        entry = reg.add("first@tm.test", "a" * 32, "token-1", 600)
        _kill_other_sessions(url)
        assert reg.lookup("first@tm.test") == entry
        _kill_other_sessions(url)
        second = reg.add("second@tm.test", "b" * 32, "token-2", 600)
        assert reg.by_token("token-2") == second
        _kill_other_sessions(url)
        reg.announce("b" * 32, "1.Kx.host,S=1")
        assert reg.webhook("second@tm.test") is None
        assert reg.lookup("nobody@tm.test") is None
    finally:
        reg.close()


class _ClosedUnderAStatement:
    """A connection whose socket closed while a statement was on the wire: psycopg does not
    mark it broken, and changing autocommit raises ProgrammingError (CI saw this once)."""
    broken = closed = False

    class pgconn:
        status = psycopg.pq.ConnStatus.BAD
        transaction_status = psycopg.pq.TransactionStatus.ACTIVE

    def __init__(self):
        self._autocommit = False

    @property
    def autocommit(self):
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value):
        if not value:
            raise psycopg.ProgrammingError("can't change 'autocommit' now")
        self._autocommit = value


def test_a_statement_on_a_socket_that_closed_raises_the_error_a_retry_expects():
    def closed(conn):
        raise psycopg.OperationalError("connection socket closed")
    with pytest.raises(psycopg.OperationalError):  # _run retries this one on a fresh connection
        PostgresRegistry._single(_ClosedUnderAStatement(), closed)
