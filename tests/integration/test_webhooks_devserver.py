"""`make run` runs the webhook worker: a webhook set over HTTP gets its POST; a killed worker
is started again."""

import json
import os
import signal
import urllib.request

import pytest
from standardwebhooks.webhooks import Webhook
from webhook_receiver import Receiver

import helpers

pytestmark = pytest.mark.integration


def worker_pid(stack):
    with open(f"/proc/{stack.process.pid}/task/{stack.process.pid}/children") as handle:
        for child in handle.read().split():
            try:
                with open(f"/proc/{child}/cmdline", "rb") as cmdline:
                    if b"tempmail.webhook_worker" in cmdline.read():
                        return int(child)
            except FileNotFoundError:
                continue   # a child that exited since the list was read
    return None


def test_make_run_posts_webhooks_and_restarts_a_killed_worker():
    receiver = Receiver()
    stack = helpers.Stack(TEMPMAIL_API_KEYS="dev-key", TEMPMAIL_WEBHOOK_ALLOW="127.0.0.1")
    try:
        first = helpers.wait_for(lambda: worker_pid(stack), timeout=20)
        os.kill(first, signal.SIGKILL)
        helpers.wait_for(lambda: worker_pid(stack) not in (None, first), timeout=20)
        request = urllib.request.Request(
            stack.url + "/api/v1/inboxes", method="POST",
            data=json.dumps({"webhook_url": receiver.url}).encode(),
            headers={"Content-Type": "application/json", "X-API-Key": "dev-key"})
        with urllib.request.urlopen(request, timeout=30) as response:
            inbox = json.loads(response.read())
        stack.send(inbox["address"], b"Subject: hello\r\n\r\nYour code is 707070\r\n")
        [(_, headers, body, _)] = receiver.wait(1, timeout=30)
        data = Webhook(inbox["webhook"]["secret"]).verify(body, headers)["data"]
        assert data["code"] == "707070"
        assert data["urls"]["inbox"] == stack.url + "/api/v1/inbox"
        with urllib.request.urlopen(stack.url + "/metrics", timeout=30) as response:
            text = response.read().decode()
        assert "tempmail_webhook_worker_up 1" in text
    finally:
        stack.stop()
        receiver.stop()
        helpers.remove_tree(stack.data_dir)
