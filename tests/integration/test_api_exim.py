"""The API end to end: gunicorn + Exim as `make run` starts them, used over HTTP and SMTP."""

import concurrent.futures
import threading
import time

import pytest

import helpers

pytestmark = pytest.mark.integration


def test_create_wait_receive_read_delete(stack):
    status, inbox = helpers.api_call(stack.url, "POST", "/inboxes", body={"lifetime": 600})
    assert status == 201
    result = {}
    waiter = threading.Thread(target=lambda: result.update(
        listing=helpers.api_call(stack.url, "GET", "/inbox/messages?wait=30&subject=confirm", inbox["token"])))
    waiter.start()
    time.sleep(0.5)
    stack.send(inbox["address"], (
        b"From: Acme <no-reply@acme.example>\r\nSubject: Please confirm your account\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Your confirmation code is <b>118 204</b>.</p>"
        b"<p><a href=\"https://acme.example/verify?token=Zk81\">Confirm account</a></p>"
        b"<p><a href=\"https://acme.example/unsubscribe\">Unsubscribe</a></p>"))
    waiter.join(40)
    status, listing = result["listing"]
    assert status == 200 and len(listing["messages"]) == 1
    message_id = listing["messages"][0]["id"]
    status, message = helpers.api_call(stack.url, "GET", f"/inbox/messages/{message_id}", inbox["token"])
    assert message["codes"][0] == "118204"
    assert message["links"][0]["url"] == "https://acme.example/verify?token=Zk81"
    assert all("unsubscribe" not in link["url"] for link in message["links"])
    assert helpers.api_call(stack.url, "DELETE", "/inbox", inbox["token"])[0] == 204
    assert helpers.api_call(stack.url, "GET", "/inbox", inbox["token"])[0] == 401


def test_twenty_waiters_do_not_starve_other_requests(stack):
    inboxes = [helpers.api_call(stack.url, "POST", "/inboxes")[1] for _ in range(3)]
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        waiters = [pool.submit(helpers.api_call, stack.url, "GET", "/inbox/messages?wait=8", inboxes[0]["token"])
                   for _ in range(20)]
        time.sleep(1.0)  # all twenty are parked in their ?wait= now
        slowest = 0.0
        for _ in range(10):
            started = time.monotonic()
            status, _ = helpers.api_call(stack.url, "GET", "/inbox", inboxes[1]["token"], timeout=10)
            assert status == 200
            slowest = max(slowest, time.monotonic() - started)
        assert slowest < 2.0, slowest
        assert all(not waiter.done() for waiter in waiters)
        stack.send(inboxes[0]["address"], b"Subject: wake up\r\n\r\nall of you\r\n")
        results = [waiter.result(timeout=30) for waiter in waiters]
    assert all(status == 200 and len(body["messages"]) == 1 for status, body in results)
