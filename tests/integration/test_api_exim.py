"""The API end to end: gunicorn + Exim as `make run` starts them, used over HTTP and SMTP."""

import concurrent.futures
import json
import threading
import time
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def call(stack, method, path, token=None, body=None, timeout=90):
    request = urllib.request.Request(
        stack.url + "/api/v1" + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json",
                 **({"Authorization": "Bearer " + token} if token else {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_create_wait_receive_read_delete(stack):
    status, inbox = call(stack, "POST", "/inboxes", body={"lifetime": 600})
    assert status == 201
    result = {}
    waiter = threading.Thread(target=lambda: result.update(
        listing=call(stack, "GET", "/inbox/messages?wait=30&subject=confirm", inbox["token"])))
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
    status, message = call(stack, "GET", f"/inbox/messages/{message_id}", inbox["token"])
    assert message["codes"][0] == "118204"
    assert message["links"][0]["url"] == "https://acme.example/verify?token=Zk81"
    assert all("unsubscribe" not in link["url"] for link in message["links"])
    assert call(stack, "DELETE", "/inbox", inbox["token"])[0] == 204
    assert call(stack, "GET", "/inbox", inbox["token"])[0] == 401


def test_twenty_waiters_do_not_starve_other_requests(stack):
    inboxes = [call(stack, "POST", "/inboxes")[1] for _ in range(3)]
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        waiters = [pool.submit(call, stack, "GET", "/inbox/messages?wait=8", inboxes[0]["token"])
                   for _ in range(20)]
        time.sleep(1.0)  # all twenty are parked in their ?wait= now
        slowest = 0.0
        for _ in range(10):
            started = time.monotonic()
            status, _ = call(stack, "GET", "/inbox", inboxes[1]["token"], timeout=10)
            assert status == 200
            slowest = max(slowest, time.monotonic() - started)
        assert slowest < 2.0, slowest
        assert all(not waiter.done() for waiter in waiters)
        stack.send(inboxes[0]["address"], b"Subject: wake up\r\n\r\nall of you\r\n")
        results = [waiter.result(timeout=30) for waiter in waiters]
    assert all(status == 200 and len(body["messages"]) == 1 for status, body in results)
