"""The PostgreSQL registry's pooled connections: one that died with its server process since
its last use is replaced without an error, for reads (one round trip each) and for writes."""

import psycopg

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
