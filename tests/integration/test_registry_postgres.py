"""Exim and the router service with the registry in PostgreSQL: Exim's own pgsql lookup
at RCPT time, the router's check, and a database that goes away while mail flows."""

import smtplib
import time

import pytest

import helpers

pytestmark = pytest.mark.integration

MAIL = b"From: a@example.org\r\nSubject: hello over pg\r\n\r\ncode 424242\r\n"


@pytest.fixture
def pg_exim(pg_server):
    url = pg_server.create_database()
    data_dir = helpers.make_data_dir()
    exim = helpers.Exim(data_dir, router_settings={"REGISTRY_URL": url})
    yield exim
    exim.stop()
    helpers.remove_tree(data_dir)


def _rcpt(port, address):
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as conn:
        conn.ehlo()
        conn.mail("a@example.org")
        return conn.rcpt(address)


def test_exim_reads_the_postgresql_registry_at_rcpt_and_the_router_delivers(pg_exim):
    issued = pg_exim.inboxes.create(lifetime=600)
    assert pg_exim.inboxes.registry_file is None  # nothing in DATA_DIR speaks for the registry
    code, _ = _rcpt(pg_exim.port, issued.address)
    assert code == 250
    assert _rcpt(pg_exim.port, f"nobody@{helpers.DOMAIN}")[0] == 550
    assert _rcpt(pg_exim.port, "x'or'1'='1@" + helpers.DOMAIN)[0] == 550  # quoted, not run
    assert _rcpt(pg_exim.port, '"x\\\\\'or\'1\'=\'1"@' + helpers.DOMAIN)[0] == 550

    with smtplib.SMTP("127.0.0.1", pg_exim.port, timeout=30) as conn:
        conn.sendmail("a@example.org", [issued.address.upper()], MAIL)
    assert helpers.wait_for(lambda: pg_exim.inboxes.messages(issued.entry), timeout=30)
    [listed] = pg_exim.inboxes.messages(issued.entry)
    assert listed["subject"] == "hello over pg"


def test_an_expired_or_retired_address_is_refused(pg_exim):
    issued = pg_exim.inboxes.create(lifetime=600)
    short = pg_exim.inboxes.create(lifetime=1)
    time.sleep(1.2)
    assert _rcpt(pg_exim.port, short.address)[0] == 550
    pg_exim.inboxes.delete(issued.entry)
    assert _rcpt(pg_exim.port, issued.address)[0] == 550


def test_the_database_down_means_4xx_and_the_mail_arrives_once_it_is_back(pg_server, pg_exim):
    issued = pg_exim.inboxes.create(lifetime=600)
    pg_exim.router.stop()            # Exim accepts and keeps the message: the socket is closed
    with smtplib.SMTP("127.0.0.1", pg_exim.port, timeout=30) as conn:
        conn.sendmail("a@example.org", [issued.address], MAIL)
    pg_server.stop()
    try:
        code, text = _rcpt(pg_exim.port, issued.address)
        assert 400 <= code < 500, (code, text)        # a live address is never refused for good
        pg_exim.router.log = open(pg_exim.router.log.name, "ab")
        pg_exim.router.start()       # starts without its database; answers 451 meanwhile
        time.sleep(3)                # Exim retries every second (TM_RETRY_EVERY) and is deferred
        assert not pg_exim.inboxes.messages(issued.entry)
        assert helpers.wait_for(lambda: b"451 4.3.0 address registry unavailable"
                                in pg_exim.mainlog_bytes(), timeout=20), pg_exim.mainlog()
    finally:
        pg_server.start()
    assert helpers.wait_for(lambda: pg_exim.inboxes.messages(issued.entry), timeout=60)
    assert "bounce" not in pg_exim.mainlog().lower() and "**" not in pg_exim.mainlog()
