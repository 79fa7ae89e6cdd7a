"""A real Exim with exim/exim.conf on 127.0.0.1: RCPT answers and deliveries."""

import concurrent.futures
import os
import smtplib
import sqlite3
import time

import pytest

from tempmail import maildir

import helpers

pytestmark = pytest.mark.integration


def stored(exim, issued, count=1, timeout=20):
    path = exim.inboxes.mailbox_path(issued.entry)

    def ready():
        ids = maildir.list_ids(path)
        return ids if len(ids) >= count else None
    try:
        ids = helpers.wait_for(ready, timeout=timeout)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None
    return [exim.inboxes.raw(issued.entry, message_id) for message_id in ids]


def test_a_live_address_receives_the_exact_bytes(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    body = (b"From: Sender <sender@example.org>\r\nTo: " + issued.address.encode() +
            b"\r\nSubject: exact\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=latin-1"
            b"\r\n\r\nFrom the start of a line\r\n.leading dot\r\n..two dots\r\n"
            b"caf\xe9 \xff\xfe bytes\r\n" + b"x" * 5000 + b"\r\n\r\ntrailing blank line\r\n")
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [issued.address], body)
    [data] = stored(exim, issued)
    expected = body.replace(b"\r\n", b"\n")
    assert data.endswith(expected)
    trace = data[:-len(expected)]
    assert trace.startswith(b"Return-path: <sender@example.org>\n")
    assert b"Received: from " in trace and b"Envelope-to: " in trace
    assert b"\nFrom " not in trace and not data.startswith(b"From ")


def test_upper_case_recipients_are_accepted(exim):
    issued = exim.inboxes.create(domain=helpers.OTHER_DOMAIN)
    assert helpers.rcpt(exim.port, issued.address.upper())[0] == 250


@pytest.mark.parametrize("local_part", [
    "nobody", "../x", "a/b", ".x", "a..b", "x%y", "a|b", "a!b", '"x\' or 1=1 --"',
    '"x\' OR \'1\'=\'1"', "postmaster",
])
def test_unknown_and_path_trick_recipients_get_550(exim, local_part):
    exim.inboxes.create(domain=helpers.DOMAIN)
    code, _ = helpers.rcpt(exim.port, f"{local_part}@{helpers.DOMAIN}")
    assert code == 550


def test_relay_is_refused_with_550(exim):
    code, text = helpers.rcpt(exim.port, "someone@example.org")
    assert code == 550 and b"relay" in text


def test_an_expired_address_gets_550_before_any_purge(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN, lifetime=1.5)
    assert helpers.rcpt(exim.port, issued.address)[0] == 250
    time.sleep(1.6)
    assert helpers.rcpt(exim.port, issued.address)[0] == 550
    assert os.path.isdir(exim.inboxes.mailbox_path(issued.entry))


def test_a_retired_address_gets_550(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    exim.inboxes.registry.retire(issued.address)
    assert helpers.rcpt(exim.port, issued.address)[0] == 550


def test_an_unreadable_registry_gets_451_not_550(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    os.chmod(exim.inboxes.registry.path, 0)
    try:
        code, _ = helpers.rcpt(exim.port, issued.address)
    finally:
        os.chmod(exim.inboxes.registry.path, 0o660)
    assert code == 451
    assert helpers.rcpt(exim.port, issued.address)[0] == 250


def test_a_locked_registry_gets_451_not_550(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    exim.inboxes.registry.close()  # every open WAL connection holds a shared lock; drop ours
    holder = sqlite3.connect(exim.inboxes.registry.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE addresses SET last_activity = last_activity")
    try:
        code, text = helpers.rcpt(exim.port, issued.address)
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert code == 451, text
    assert helpers.rcpt(exim.port, issued.address)[0] == 250


def test_a_corrupt_registry_gets_451_not_550(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    path = exim.inboxes.registry.path
    os.rename(path, path + ".good")
    try:
        with open(path, "wb") as handle:
            handle.write(b"this is not a database" * 100)
        os.chmod(path, 0o660)
        code, _ = helpers.rcpt(exim.port, issued.address)
    finally:
        os.replace(path + ".good", path)
    assert code == 451


def test_an_oversize_message_gets_552(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    big = b"Subject: big\r\n\r\n" + (b"y" * 998 + b"\r\n") * 10600  # over 10M
    with helpers.smtp(exim.port) as conn:
        code, _ = conn.docmd("MAIL FROM:<sender@example.org>")
        assert code == 250  # no SIZE given: refused after DATA
        assert conn.rcpt(issued.address)[0] == 250
        code, _ = conn.data(big)
    assert code == 552
    with helpers.smtp(exim.port) as conn:
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            conn.sendmail("sender@example.org", [issued.address], big)
    assert refused.value.smtp_code == 552
    assert maildir.list_ids(exim.inboxes.mailbox_path(issued.entry)) == []


def test_200_concurrent_deliveries_to_one_mailbox_all_arrive(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)

    def send(connection):
        with helpers.smtp(exim.port) as conn:
            for i in range(10):
                conn.sendmail("sender@example.org", [issued.address],
                              b"Subject: n%d-%d\r\n\r\nbody\r\n" % (connection, i))
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        list(pool.map(send, range(20)))
    messages = stored(exim, issued, count=200, timeout=120)
    subjects = {m.split(b"Subject: ")[1].split(b"\n")[0] for m in messages}
    assert len(messages) == 200 and len(subjects) == 200


def test_a_message_deferred_by_a_router_fault_arrives_after_the_fault_clears(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    path = exim.inboxes.mailbox_path(issued.entry)
    os.rename(path, path + ".away")
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [issued.address], b"Subject: later\r\n\r\nkept\r\n")
    helpers.wait_for(lambda: b"mailbox unavailable" in exim.mainlog_bytes(), timeout=20)
    os.rename(path + ".away", path)
    [data] = stored(exim, issued, timeout=60)
    assert data.endswith(b"Subject: later\n\nkept\n")


def test_a_utf8_envelope_sender_is_delivered_not_bounced(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("δοκιμή@παράδειγμα.δοκιμή", [issued.address],
                      "Subject: ü\r\n\r\nbody ü\r\n".encode(), mail_options=["SMTPUTF8"])
    [data] = stored(exim, issued)
    assert data.endswith("Subject: ü\n\nbody ü\n".encode())
