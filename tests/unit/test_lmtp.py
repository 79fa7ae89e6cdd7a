"""The router service's LMTP protocol over its real unix socket (RFC 2033)."""

import grp
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import time

import pytest

from tempmail import eximctl, lmtp_probe, lmtp_protocol, maildir, metrics
from tempmail import lmtp_status as S

import helpers

MAX_SIZE = 100_000
LIMIT = 2 * MAX_SIZE + 64 * 1024
RECEIVED = (b"Received: from [127.0.0.1]\r\n\tby vm with esmtp (Exim 4.96)\r\n"
            b"\tid 1xXykt-0003x5-0n\r\n\tfor someone@tm.test;\r\n")


@pytest.fixture(scope="module")
def served():
    """One router service (1 s registry timeout, 100 kB messages) and its data folder."""
    path = helpers.make_data_dir()
    inboxes = helpers.Inboxes(helpers.settings(path))
    inboxes.ensure_ready()
    router = helpers.Router(path, MAX_MESSAGE_SIZE=MAX_SIZE, REGISTRY_TIMEOUT=1)
    yield router, inboxes
    router.stop()
    helpers.remove_tree(path)


def client(router):
    conn = helpers.LMTPClient(router.socket)
    conn.greet()
    return conn


def stored(inboxes, issued):
    path = inboxes.mailbox_path(issued.entry)
    return [inboxes.raw(issued.entry, message_id) for message_id in maildir.list_ids(path)]


def files(inboxes, issued, sub):
    return os.listdir(os.path.join(inboxes.mailbox_path(issued.entry), sub))


def code(reply):
    return reply[0]


def test_lhlo_advertises_lmtp_and_helo_ehlo_are_refused(served):
    router, _ = served
    with helpers.LMTPClient(router.socket) as conn:
        assert code(conn.reply()) == 220
        status, lines = conn.command("LHLO client.test")
        assert status == 250 and f"250-SIZE {LIMIT}" in lines
        assert code(conn.command("HELO client.test")) == 400   # 500, made temporary
        assert code(conn.command("EHLO client.test")) == 400


def test_pipelined_transaction_gets_every_reply_in_order(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    with helpers.LMTPClient(router.socket) as conn:
        conn.send(("LHLO client.test\r\nMAIL FROM:<s@example.org>\r\n"
                   f"RCPT TO:<{live.address}>\r\nRCPT TO:<nobody@{helpers.DOMAIN}>\r\n"
                   "DATA\r\n").encode())
        replies = [code(conn.reply()) for _ in range(6)]
        conn.send(b"Subject: piped\r\n\r\nbody\r\n.\r\nNOOP\r\nQUIT\r\n")
        after = [code(conn.reply()) for _ in range(3)]
    assert replies == [220, 250, 250, 250, 550, 354]
    assert after == [250, 250, 221]  # one reply for the one accepted recipient
    assert stored(inboxes, live) == [b"Subject: piped\n\nbody\n"]


def test_mixed_recipients_get_one_reply_each(served):
    router, inboxes = served
    first, dead, moved = (inboxes.create(domain=helpers.DOMAIN) for _ in range(3))
    inboxes.registry.retire(dead.address)
    box = inboxes.mailbox_path(moved.entry)
    with client(router) as conn:
        assert code(conn.command("MAIL FROM:<s@example.org>")) == 250
        assert conn.command(f"RCPT TO:<{first.address}>") == (250, [S.OK])
        assert conn.command(f"RCPT TO:<{dead.address}>") == (550, [S.NO_SUCH_ADDRESS])
        assert code(conn.command(f"RCPT TO:<{moved.address.upper()}>")) == 250
        os.rename(box, box + ".away")  # its folder is gone by the time DATA ends
        try:
            assert code(conn.command("DATA")) == 354
            conn.send(b"Subject: mixed\r\n\r\nhello\r\n.\r\n")
            assert [conn.reply(), conn.reply()] == [(250, [S.DELIVERED]),
                                                    (451, [S.MAILBOX_MISSING])]
        finally:
            os.rename(box + ".away", box)
    assert len(stored(inboxes, first)) == 1 and stored(inboxes, moved) == []


def test_a_busy_registry_gets_451_at_rcpt(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    inboxes.registry.close()  # every open WAL connection holds a shared lock; drop ours
    holder = sqlite3.connect(inboxes.registry.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE addresses SET last_activity = last_activity")
    try:
        with client(router) as conn:
            conn.command("MAIL FROM:<s@example.org>")
            assert conn.command(f"RCPT TO:<{live.address}>") == (451, [S.REGISTRY_UNAVAILABLE])
    finally:
        holder.execute("COMMIT")
        holder.close()
    with client(router) as conn:
        conn.command("MAIL FROM:<s@example.org>")
        assert code(conn.command(f"RCPT TO:<{live.address}>")) == 250


def test_oversize_gets_452_per_recipient_and_stores_nothing(served):
    router, inboxes = served
    one, two = inboxes.create(domain=helpers.DOMAIN), inboxes.create(domain=helpers.DOMAIN)
    with client(router) as conn:
        assert code(conn.command(f"MAIL FROM:<s@example.org> SIZE={MAX_SIZE * 10}")) == 452
        conn.command("MAIL FROM:<s@example.org>")
        conn.command(f"RCPT TO:<{one.address}>")
        conn.command(f"RCPT TO:<{two.address}>")
        conn.command("DATA")
        conn.send(b"Subject: big\r\n\r\n" + (b"y" * 998 + b"\r\n") * (LIMIT // 1000 + 1)
                  + b".\r\n")
        assert [code(conn.reply()), code(conn.reply())] == [452, 452]
        assert code(conn.command("NOOP")) == 250
    assert stored(inboxes, one) == [] and stored(inboxes, two) == []


def test_bad_commands_get_4xx_and_the_session_goes_on(served):
    """aiosmtpd's 5xx go out as 4xx: Exim must retry, never bounce (the bounce is lost)."""
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    with helpers.LMTPClient(router.socket) as conn:
        conn.reply()
        assert code(conn.command("MAIL FROM:<s@example.org>")) == 403   # before LHLO
        assert code(conn.command("LHLO client.test")) == 250
        assert code(conn.command("RCPT TO:<a@tm.test>")) == 403         # before MAIL
        assert code(conn.command("DATA")) == 403                        # before RCPT
        assert code(conn.command("FROB")) == 400
        assert code(conn.command("NOOP " + "x" * 600)) == 400           # over 512
        assert code(conn.command("MAIL FROM:<s@example.org> BOGUS=1")) == 455
        assert code(conn.command("MAIL FROM:<s@example.org>")) == 250
        assert code(conn.command("MAIL FROM:<s@example.org>")) == 403   # nested
        assert code(conn.command(f"RCPT TO:<{live.address}> NOTIFY=NEVER")) == 455
        assert code(conn.command("RCPT TO:")) == 401
        assert code(conn.command("RSET")) == 250
        assert code(conn.command("QUIT")) == 221


def test_only_no_such_address_is_permanent():
    assert lmtp_protocol.temporary(S.NO_SUCH_ADDRESS) == S.NO_SUCH_ADDRESS
    assert lmtp_protocol.temporary("552 5.3.4 too big") == "452 4.3.4 too big"
    assert lmtp_protocol.temporary("500 Error: bad syntax") == "400 Error: bad syntax"
    assert lmtp_protocol.temporary("250 OK") == "250 OK"


def test_a_utf8_sender_is_accepted(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    with client(router) as conn:
        assert code(conn.command("MAIL FROM:<δοκιμή@παράδειγμα.δοκιμή> SMTPUTF8")) == 250
        assert code(conn.command(f"RCPT TO:<{live.address}>")) == 250


def test_lines_without_crlf_are_kept_and_do_not_end_data(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    with client(router) as conn:
        conn.send(b"NOOP\n")
        assert code(conn.reply()) == 250
        conn.command("MAIL FROM:<s@example.org>")
        conn.command(f"RCPT TO:<{live.address}>")
        conn.command("DATA")
        conn.send(b"Subject: lf\r\n\r\nbare\nlf\n.\nstill data\r\n..dot\r\n.\r\n")
        assert code(conn.reply()) == 250
    assert stored(inboxes, live) == [b"Subject: lf\n\nbare\nlf\n.\nstill data\n.dot\n"]


def test_a_client_vanishing_mid_data_leaves_nothing(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    conn = client(router)
    conn.command("MAIL FROM:<s@example.org>")
    conn.command(f"RCPT TO:<{live.address}>")
    conn.command("DATA")
    conn.send(b"Subject: cut\r\n\r\n" + b"partial line\r\n" * 1000)
    conn.close()
    time.sleep(0.3)
    assert files(inboxes, live, "new") == [] and files(inboxes, live, "tmp") == []
    assert lmtp_probe.answers(router.socket)
    assert router.process.poll() is None


def test_a_redelivered_message_is_stored_once_per_recipient(served):
    router, inboxes = served
    one, two = inboxes.create(domain=helpers.DOMAIN), inboxes.create(domain=helpers.DOMAIN)
    message = RECEIVED + b"Subject: twice\r\n\r\nsame Exim id\r\n.\r\n"
    for _ in range(3):
        with client(router) as conn:
            conn.command("MAIL FROM:<s@example.org>")
            conn.command(f"RCPT TO:<{one.address}>")
            conn.command(f"RCPT TO:<{two.address}>")
            conn.command("DATA")
            conn.send(message)
            assert [code(conn.reply()), code(conn.reply())] == [250, 250]
    assert len(stored(inboxes, one)) == 1 and len(stored(inboxes, two)) == 1


def test_deliveries_are_counted_for_metrics_and_never_logged_by_address(served):
    router, inboxes = served
    live = inboxes.create(domain=helpers.DOMAIN)
    before = metrics.read(router.data_dir)["accepted"]
    with client(router) as conn:
        for _ in range(3):
            conn.command("MAIL FROM:<s@example.org>")
            conn.command(f"RCPT TO:<{live.address}>")
            conn.command("DATA")
            conn.send(b"Subject: counted\r\n\r\nx\r\n.\r\n")
            assert code(conn.reply()) == 250
    helpers.wait_for(lambda: metrics.read(router.data_dir)["accepted"] >= before + 3, timeout=5)
    log = router.output()
    assert "listening on" in log
    assert "@" not in log and "example.org" not in log and "Subject" not in log


def test_the_socket_is_only_for_exims_group(served):
    router, _ = served
    info = os.stat(router.socket)
    assert stat.S_ISSOCK(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o660
    assert grp.getgrgid(info.st_gid).gr_name == eximctl.exim_identity()[1]
    if os.geteuid() != 0:
        pytest.skip("connecting as another user needs root (this run is not root)")
    probe = subprocess.run(  # Debian's interpreter: nobody may not read our virtualenv
        ["/usr/bin/python3", "-c", "import socket, sys; s = socket.socket(socket.AF_UNIX); "
         "s.connect(sys.argv[1])", router.socket],
        user="nobody", group="nogroup", extra_groups=[], capture_output=True, text=True)
    assert probe.returncode != 0 and "PermissionError" in probe.stderr


def test_idle_and_slow_data_sessions_are_closed_after_the_timeout(data_dir):
    inboxes = helpers.Inboxes(helpers.settings(data_dir))
    inboxes.ensure_ready()
    live = inboxes.create(domain=helpers.DOMAIN)
    router = helpers.Router(data_dir, ROUTER_TIMEOUT=1)
    try:
        with client(router) as idle:
            time.sleep(1.5)
            assert idle.reply() == (None, [])
        with client(router) as slow:
            slow.command("MAIL FROM:<s@example.org>")
            slow.command(f"RCPT TO:<{live.address}>")
            slow.command("DATA")
            started = time.monotonic()
            with pytest.raises(OSError):  # a line every 0.2 s: never idle, yet too slow
                while time.monotonic() - started < 5:
                    slow.send(b"trickle\r\n")
                    time.sleep(0.2)
            assert 0.9 < time.monotonic() - started < 3
    finally:
        router.stop()
    assert stored(inboxes, live) == []


def test_sessions_over_the_limit_wait_for_their_greeting(data_dir):
    router = helpers.Router(data_dir, ROUTER_MAX_CONNECTIONS=2)
    try:
        first, second = client(router), client(router)
        waiting = socket.socket(socket.AF_UNIX)
        waiting.connect(router.socket)
        waiting.settimeout(0.5)
        with pytest.raises(socket.timeout):
            waiting.recv(100)
        first.close()
        waiting.settimeout(5)
        assert waiting.recv(100).startswith(b"220")
        waiting.close()
        second.close()
    finally:
        router.stop()


def test_sigterm_finishes_the_transaction_then_says_421(data_dir):
    inboxes = helpers.Inboxes(helpers.settings(data_dir))
    inboxes.ensure_ready()
    live = inboxes.create(domain=helpers.DOMAIN)
    router = helpers.Router(data_dir)
    try:
        busy, idle = client(router), client(router)
        busy.command("MAIL FROM:<s@example.org>")
        busy.command(f"RCPT TO:<{live.address}>")
        busy.command("DATA")
        busy.send(b"Subject: in flight\r\n\r\n")
        router.process.send_signal(signal.SIGTERM)
        assert idle.reply() == (421, [S.SHUTTING_DOWN])    # idle sessions are told at once
        helpers.wait_for(lambda: not os.path.exists(router.socket), timeout=5)
        busy.send(b"the rest\r\n.\r\n")
        assert busy.reply() == (250, [S.DELIVERED])
        assert busy.command("MAIL FROM:<s@example.org>")[0] == 421
        assert router.process.wait(timeout=10) == 0
        busy.close()
        idle.close()
    finally:
        router.stop()
    assert stored(inboxes, live) == [b"Subject: in flight\n\nthe rest\n"]
