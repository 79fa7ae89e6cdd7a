"""Webhooks end to end: real Exim -> router service -> queue -> webhook worker -> a receiver.

The receiver listens on 127.0.0.1 (allowed by TEMPMAIL_WEBHOOK_ALLOW, as an
operator would allow a host); no test sends traffic anywhere but loopback.
"""

import json
import os
import signal
import smtplib
import subprocess
import sys
import time

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError
from webhook_receiver import Receiver

from tempmail import hook_queue, metrics
from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.integration
API_BASE = "https://tm.example/api/v1"
MAIL = (b"From: Acme <no-reply@acme.example>\r\nSubject: Confirm your account\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Private words. Your confirmation code is <b>118 204</b>.</p>"
        b"<p><a href=\"https://acme.example/verify?token=Zk81\">Confirm account</a></p>")


class WorkerProcess:
    """python -m tempmail.webhook_worker for the data folder, with a quick backoff."""

    def __init__(self, data_dir, **settings):
        self.data_dir = data_dir
        self.env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir,
                        TEMPMAIL_DOMAINS=f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
                        TEMPMAIL_WEBHOOK_ALLOW="127.0.0.1", TEMPMAIL_WEBHOOK_BACKOFF="0.2",
                        TEMPMAIL_WEBHOOK_BACKOFF_MAX="1")
        self.env.update({f"TEMPMAIL_{key}": str(value) for key, value in settings.items()})
        self.log = open(os.path.join(data_dir, "webhooks.log"), "ab")
        self.start()

    def start(self):
        self.process = subprocess.Popen([sys.executable, "-m", "tempmail.webhook_worker"],
                                        cwd=helpers.ROOT, env=self.env, stdout=self.log,
                                        stderr=subprocess.STDOUT)

    def kill(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        helpers.stop_process(self.process, timeout=20)
        self.log.close()
        return self.process.returncode

    def output(self):
        with open(os.path.join(self.data_dir, "webhooks.log"), errors="replace") as handle:
            return handle.read()


@pytest.fixture
def receiver():
    made = Receiver()
    yield made
    made.stop()


@pytest.fixture
def worker(exim):
    running = WorkerProcess(exim.data_dir)
    yield running
    running.stop()


def hooked_inbox(exim, url):
    """Create an inbox as an API-key client would, give it a webhook; return (entry, secret)."""
    inboxes = service(exim)
    entry = inboxes.create(lifetime=600).entry
    inboxes.note_api_key(entry, "test-key")
    return entry, inboxes.set_webhook(entry, url, API_BASE)


def service(exim):
    """The service layer as the web app has it, with the operator allowing 127.0.0.1."""
    return Inboxes(helpers.settings(exim.data_dir, WEBHOOK_ALLOW="127.0.0.1"))


def send(exim, address, message=MAIL):
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        conn.sendmail("sender@example.org", [address], message)


def queued(exim, mailbox_id):
    return [n for n in hook_queue.pending(exim.data_dir) if n.startswith(mailbox_id)]


def test_a_signed_summary_arrives_and_verifies(exim, worker, receiver):
    entry, secret = hooked_inbox(exim, receiver.url)
    send(exim, entry.address)
    [(_, headers, body, path)] = receiver.wait(1)
    event = Webhook(secret).verify(body, headers)  # the Standard Webhooks verifier
    assert path == "/hook" and headers["Content-Type"] == "application/json"
    assert headers["webhook-id"].startswith("msg_")
    assert event["type"] == "message.received"
    data = event["data"]
    assert data["inbox"] == entry.address
    assert (data["from"], data["subject"], data["code"], data["link"]) == (
        "Acme <no-reply@acme.example>", "Confirm your account", "118204",
        "https://acme.example/verify?token=Zk81")
    assert data["size"] > len(MAIL) - 10 and data["received"].endswith("Z")
    assert data["urls"]["message"].startswith(API_BASE + "/inbox/messages/")
    assert data["urls"]["raw"] == data["urls"]["message"] + "/raw"
    assert data["urls"]["messages"] == API_BASE + "/inbox/messages"
    assert b"Private words" not in body
    [message_id] = [m["id"] for m in exim.inboxes.messages(entry)]
    assert data["id"] == message_id
    helpers.wait_for(lambda: not queued(exim, entry.mailbox_id))
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace(b"118204", b"118205"), headers)


def test_two_failures_then_success_is_three_attempts_with_one_id(exim, worker, receiver):
    receiver.answers[:] = [500, 500, 200]
    entry, _ = hooked_inbox(exim, receiver.url)
    send(exim, entry.address)
    attempts = receiver.wait(3)
    assert len({headers["webhook-id"] for _, headers, _, _ in attempts}) == 1
    assert attempts[1][0] - attempts[0][0] >= 0.15  # backoff, not a busy loop
    assert attempts[2][0] - attempts[1][0] >= attempts[1][0] - attempts[0][0] - 0.05
    helpers.wait_for(lambda: not queued(exim, entry.mailbox_id))
    helpers.wait_for(lambda: metrics.read(exim.data_dir)["webhook_failed"] >= 2, timeout=15)
    assert len(receiver.received) == 3


def test_a_receiver_down_for_a_while_gets_the_event_when_back(exim, worker):
    port = helpers.free_port()
    entry, secret = hooked_inbox(exim, f"http://127.0.0.1:{port}/hook")
    send(exim, entry.address)
    helpers.wait_for(lambda: queued(exim, entry.mailbox_id))
    time.sleep(4)  # several refused connections, backing off to TEMPMAIL_WEBHOOK_BACKOFF_MAX
    assert queued(exim, entry.mailbox_id)
    back = Receiver(port)
    try:
        [(_, headers, body, _)] = back.wait(1, timeout=15)
        Webhook(secret).verify(body, headers)
        helpers.wait_for(lambda: not queued(exim, entry.mailbox_id))
    finally:
        back.stop()


def test_a_worker_killed_mid_post_posts_again_after_restart(exim, receiver):
    running = WorkerProcess(exim.data_dir)
    try:
        receiver.answers[:] = ["hang"]
        entry, secret = hooked_inbox(exim, receiver.url)
        send(exim, entry.address)
        [(_, first, _, _)] = receiver.wait(1)
        running.kill()               # SIGKILL, by its PID, while the POST is unanswered
        assert queued(exim, entry.mailbox_id)
        receiver.release()
        running.start()
        attempts = receiver.wait(2)
        assert attempts[1][1]["webhook-id"] == first["webhook-id"]
        Webhook(secret).verify(attempts[1][2], attempts[1][1])
        helpers.wait_for(lambda: not queued(exim, entry.mailbox_id))
    finally:
        running.stop()


def test_events_of_a_deleted_inbox_are_dropped_unsent(exim, receiver):
    entry, _ = hooked_inbox(exim, receiver.url)
    send(exim, entry.address)       # no worker running: the event waits in the queue
    helpers.wait_for(lambda: queued(exim, entry.mailbox_id))
    exim.inboxes.delete(entry)
    assert not queued(exim, entry.mailbox_id)
    running = WorkerProcess(exim.data_dir)
    try:
        other, _ = hooked_inbox(exim, receiver.url)
        send(exim, other.address)
        [(_, _, body, _)] = receiver.wait(1)
        assert json.loads(body)["data"]["inbox"] == other.address
    finally:
        running.stop()


def test_a_target_no_longer_allowed_is_refused_at_send_time(exim, receiver):
    entry, _ = hooked_inbox(exim, receiver.url)  # allowed when registered
    running = WorkerProcess(exim.data_dir, WEBHOOK_ALLOW="")  # the operator withdrew it
    try:
        send(exim, entry.address)
        helpers.wait_for(lambda: metrics.read(exim.data_dir)["webhook_refused"] >= 1, timeout=15)
        assert receiver.received == []
        assert queued(exim, entry.mailbox_id)  # kept, retried while the inbox lives
    finally:
        running.stop()
        exim.inboxes.delete(entry)


def test_the_worker_logs_no_url_payload_or_address(exim, receiver):
    running = WorkerProcess(exim.data_dir)
    try:
        receiver.answers[:] = [500]
        entry, _ = hooked_inbox(exim, receiver.url)
        send(exim, entry.address)
        receiver.wait(2)
    finally:
        running.stop()
    log = running.output()
    assert "127.0.0.1" not in log and entry.address not in log and "Acme" not in log
    assert "tm.test" not in log
