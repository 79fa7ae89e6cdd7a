"""Live inbox over real parts: mail sent over SMTP to `make run`'s Exim arrives as an event on
an open API stream served by the stream service (tempmail.web.stream_server)."""

import http.client
import json

import pytest

import helpers

pytestmark = pytest.mark.integration
MAIL = b"From: Shop <no-reply@shop.example>\r\nSubject: Your code\r\n\r\nYour code is 987654\r\n"


@pytest.fixture(scope="module")
def live_stack():
    running = helpers.Stack(TEMPMAIL_STREAM_HEARTBEAT="0.5")
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


def api(stack, method, path, token=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", stack.http_port, timeout=30)
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, json.loads(body) if body else None


def new_inbox(stack):
    status, body = api(stack, "POST", "/api/v1/inboxes")
    assert status == 201
    return body["address"], body["token"]


def open_stream(stack, token, **headers):
    return helpers.EventStream("127.0.0.1", stack.http_port, "/api/v1/inbox/events",
                               {"Authorization": f"Bearer {token}", **headers}, timeout=30)


def test_smtp_mail_arrives_as_an_event_shaped_like_the_list(live_stack):
    address, token = new_inbox(live_stack)
    stream = open_stream(live_stack, token)
    try:
        assert stream.status == 200
        live_stack.send(address, MAIL)
        event = stream.next_event()
        _, listed = api(live_stack, "GET", "/api/v1/inbox/messages", token)
        assert event["event"] == "message"
        assert event["id"] == listed["messages"][0]["id"]
        assert json.loads(event["data"]) == listed["messages"][0]
        assert json.loads(event["data"])["subject"] == "Your code"
    finally:
        stream.close()


def test_a_reconnect_with_last_event_id_gets_what_arrived_meanwhile(live_stack):
    address, token = new_inbox(live_stack)
    stream = open_stream(live_stack, token)
    live_stack.send(address, MAIL)
    first = stream.next_event()["id"]
    stream.close()
    for n in (1, 2):
        live_stack.send(address, MAIL.replace(b"Your code", f"Mail {n}".encode(), 1))
    helpers.wait_for(lambda: len(api(live_stack, "GET", "/api/v1/inbox/messages", token)[1]
                                 ["messages"]) == 3, timeout=30)
    resumed = open_stream(live_stack, token, **{"Last-Event-ID": first})
    try:
        subjects = [json.loads(resumed.next_event()["data"])["subject"] for _ in range(2)]
        assert subjects == ["Mail 1", "Mail 2"]
    finally:
        resumed.close()


def test_an_idle_stream_carries_heartbeats_and_ends_when_the_inbox_is_deleted(live_stack):
    _, token = new_inbox(live_stack)
    stream = open_stream(live_stack, token)
    try:
        assert stream.next() == {"comment": "keep-alive"}
        assert api(live_stack, "DELETE", "/api/v1/inbox", token)[0] == 204
        event = stream.next_event()
        assert event["event"] == "end" and json.loads(event["data"]) == {"reason": "deleted"}
        assert stream.next() is None
    finally:
        stream.close()
    refused = open_stream(live_stack, token)
    assert refused.status == 401 and json.loads(refused.body())["status"] == 401
    refused.close()
