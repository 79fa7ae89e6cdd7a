"""Cross-node wake-ups over LISTEN/NOTIFY, against a real PostgreSQL server."""

import threading

from tempmail import pgwake
from tempmail.registry_pg import PostgresRegistry

import helpers


def test_payloads_carry_ids_only_and_junk_is_ignored():
    assert pgwake.parse(pgwake.payload("ab12", "170.Kx.host,S=5")) == ("ab12", "170.Kx.host,S=5")
    for junk in ("", "ab12", "ab/12 x", "ab12 ../x", "ab12 a/b", "x" * 600):
        assert pgwake.parse(junk) is None


def test_an_announcement_reaches_a_listener_and_a_restart_is_survived(pg_server):
    url = pg_server.create_database()
    reg = PostgresRegistry(url).init()
    seen, connects = [], []
    arrived = threading.Event()

    def on_message(mailbox_id, message_id):
        seen.append((mailbox_id, message_id))
        arrived.set()

    listener = pgwake.Listener(url, on_message, on_connect=lambda: connects.append(1)).start()
    try:
        assert listener.connected.wait(10)
        reg.announce("ab12", "170.Kx.host,S=5")
        assert arrived.wait(10)
        assert seen == [("ab12", "170.Kx.host,S=5")]
        assert connects == [1]

        pg_server.stop()
        assert helpers.wait_for(lambda: not listener.connected.is_set(), timeout=20)
        pg_server.start()
        assert listener.connected.wait(30)
        assert len(connects) == 2        # told to look again: what came meanwhile is lost
        arrived.clear()
        reg.announce("cd34", "171.Ky.host,S=6")
        assert arrived.wait(10)
        assert seen[-1] == ("cd34", "171.Ky.host,S=6")
    finally:
        listener.stop()
        reg.close()
