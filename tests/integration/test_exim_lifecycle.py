"""Lifecycle through a real Exim: expiry at RCPT, and nothing left after purge."""

import os
import smtplib
import sqlite3
import time

import pytest

from tempmail import maildir, purge
from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.integration


@pytest.fixture
def quiet_exim():
    """Exim as shipped: no logs of its own (they would name addresses)."""
    path = helpers.make_data_dir()
    daemon = helpers.Exim(path, logs=False)
    yield daemon
    daemon.stop()
    helpers.remove_tree(path)


def send(exim, address, body):
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        conn.sendmail("sender@example.org", [address], body)


def test_idle_addresses_are_refused_at_rcpt_before_purge(quiet_exim):
    service = Inboxes(helpers.settings(quiet_exim.data_dir, INACTIVITY=1))
    issued = service.create(domain=helpers.DOMAIN, lifetime=3600)
    assert helpers.rcpt(quiet_exim.port, issued.address)[0] == 250
    time.sleep(1.2)
    assert helpers.rcpt(quiet_exim.port, issued.address)[0] == 550
    assert os.path.isdir(service.mailbox_path(issued.entry))


def test_extended_addresses_are_accepted_again_never_after_delete(quiet_exim):
    service = quiet_exim.inboxes
    issued = service.create(domain=helpers.DOMAIN, lifetime=1.5)
    entry, _ = service.extend(issued.entry, 3600)
    time.sleep(1.6)
    assert helpers.rcpt(quiet_exim.port, issued.address)[0] == 250
    service.delete(entry)
    assert helpers.rcpt(quiet_exim.port, issued.address)[0] == 550


def files_under(root):
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if os.path.isfile(path):  # not the router's socket
                yield path


def test_nothing_of_a_purged_address_stays_readable(quiet_exim):
    service = quiet_exim.inboxes
    issued = service.create(domain=helpers.DOMAIN, lifetime=300)  # room for a slow machine
    marker_body = b"ForensicBodyMarker-7f3a9c"
    marker_subject = b"ForensicSubject-b81d22"
    send(quiet_exim, issued.address,
         b"Subject: " + marker_subject + b"\r\n\r\n" + marker_body + b"\r\n")
    path = service.mailbox_path(issued.entry)
    helpers.wait_for(lambda: maildir.list_ids(path), timeout=20)
    listing = service.list_messages(issued.entry)
    assert listing[0]["subject"] == marker_subject.decode()
    other = service.create(domain=helpers.DOMAIN, lifetime=3600)
    counts = purge.purge(service, now=time.time() + 301)
    assert counts.mailboxes == 1 and counts.messages == 1
    needles = [issued.address.encode(), issued.address.split("@")[0].encode(),
               issued.token.encode(), marker_body, marker_subject]
    scanned = 0
    for name in files_under(quiet_exim.data_dir):
        with open(name, "rb") as handle:
            data = handle.read()
        scanned += 1
        for needle in needles:
            assert needle not in data, f"{needle!r} is still in {name}"
    assert scanned >= 3
    # the scan can see a live address, so its silence about the purged one means something
    assert other.address.split("@")[0].encode() in _read(service.registry.path) + \
        _read(service.registry.path + "-wal")
    with sqlite3.connect(service.registry.path) as conn:
        assert conn.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 1
    conn.close()


def _read(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return b""
