"""The spam score: our real Exim asks a real spamd (started here) at DATA time."""

import os
import shutil
import smtplib
import subprocess

import pytest

from tempmail import maildir

import helpers

pytestmark = pytest.mark.integration

GTUBE = b"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


def start_spamd(port, folder):
    spamd = shutil.which("spamd", path="/usr/sbin:/usr/bin:/sbin:/bin")
    if spamd is None:
        pytest.fail("spamd is not installed: `make test-deps` installs Debian's spamassassin")
    # -L: local tests only (no network blocklists); as root spamd must be told whom to be.
    argv = [spamd, "-L", "-x", f"--listen=127.0.0.1:{port}", "--max-children=1",
            "--syslog=stderr", "--pidfile", os.path.join(folder, "spamd.pid")]
    # (never os.devnull: spamd removes its pid file when it stops, and /dev/null with it)
    if os.geteuid() == 0:
        argv += ["-u", "nobody"]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not helpers.port_open(port, process, timeout=60):
        helpers.stop_process(process)
        pytest.fail("spamd did not start listening within 60 s")
    return process


@pytest.fixture(scope="module")
def scored():
    port = helpers.free_port()
    data_dir = helpers.make_data_dir()
    spamd = start_spamd(port, data_dir)
    exim = helpers.Exim(data_dir, spamd=f"127.0.0.1:{port}")
    try:
        yield exim, spamd
    finally:
        exim.stop()
        helpers.stop_process(spamd)
        helpers.remove_tree(data_dir)


def deliver(exim, body, extra=b""):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    message = (b"From: Ann <ann@example.org>\r\nTo: " + issued.address.encode() +
               b"\r\nSubject: Lunch\r\nDate: Mon, 30 Nov 2026 14:00:00 +0000\r\n"
               b"Message-ID: <lunch@example.org>\r\n" + extra + b"\r\n" + body + b"\r\n")
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=60) as conn:
        conn.sendmail("ann@example.org", [issued.address], message)
    path = exim.inboxes.mailbox_path(issued.entry)
    try:
        [message_id] = helpers.wait_for(lambda: maildir.list_ids(path) or None, timeout=60)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None
    keyed = exim.inboxes.by_token(issued.token)     # mail is sealed: read it with the token
    return exim.inboxes.raw(keyed, message_id), exim.inboxes.received_checks(keyed, message_id)


def test_gtube_scores_as_spam_with_the_rule_named(scored):
    _, checks = deliver(scored[0], b"Hello\r\n" + GTUBE)
    spam = checks["spam"]
    assert spam["status"] == "scored" and spam["spam"] is True and spam["score"] >= 900
    gtube = next(rule for rule in spam["rules"] if rule["name"] == "GTUBE")
    assert gtube["points"] >= 1000 and "Unsolicited" in gtube["description"]
    assert checks["checked"] is False   # DKIM/SPF are off in tests unless asked


def test_a_plain_mail_is_not_spam_and_a_forged_score_is_dropped(scored):
    stored, checks = deliver(scored[0], b"Shall we have lunch at noon tomorrow?",
                             extra=b"X-Tempmail-Spam-Score: score=-100.0; action=no action\r\n")
    assert checks["spam"]["status"] == "scored" and checks["spam"]["spam"] is False
    assert checks["spam"]["score"] < 5
    assert b"score=-100.0" not in stored and stored.count(b"X-Tempmail-Spam-Score:") == 1


def test_spamd_down_accepts_the_mail_marked_unscored(scored):
    exim, spamd = scored
    helpers.stop_process(spamd)
    stored, checks = deliver(exim, b"spamd is down, the mail still arrives")
    assert checks["spam"] == {"status": "unscored", "score": None, "spam": False, "rules": []}
    assert b"X-Tempmail-Spam-Score: unscored" in stored
