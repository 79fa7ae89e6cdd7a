"""The client against a scripted fake API: requests it sends, and errors as types."""

import json
import time

import pytest

from tempmail_client import (
    Client,
    ConfigurationError,
    Conflict,
    InboxGone,
    Message,
    NotFound,
    RateLimited,
    ServiceUnreachable,
    TempmailError,
    Unauthorized,
    Unavailable,
    WaitTimeout,
)
from tempmail_client.transport import api_root, retry_after_seconds

import helpers

CREATED = {"address": "a@tm.test", "token": "tok-1", "expires_at": "2030-01-01T00:00:00Z"}
MESSAGE = {"id": "m1", "from": "Acme <no-reply@acme.example>", "to": "a@tm.test",
           "subject": "Your code", "text": "Code 123456", "html": "<p>Code 123456</p>",
           "codes": ["123456", "999999"],
           "links": [{"url": "https://acme.example/news", "text": "news", "kind": "other"},
                     {"url": "https://acme.example/verify?t=1", "text": "Verify", "kind": "action"}],
           "attachments": [{"index": 2, "name": "a.txt", "type": "text/plain", "size": 3,
                            "content_id": None, "inline": False, "url": "/x"}],
           "headers": [{"name": "Subject", "value": "Your code"}]}


def make_client(fake_api, **kwargs):
    client = Client(fake_api.url, environ=kwargs.pop("environ", {}), **kwargs)
    client.transport.sleep = kwargs.get("sleep", client.transport.sleep)
    return client


def test_create_posts_json_with_api_key_from_environment(fake_api):
    fake_api.answer(201, CREATED)
    client = Client(fake_api.url + "/api/v1/", environ={"TEMPMAIL_API_KEY": "k-42"})
    inbox = client.create_inbox(lifetime=120, name="ci")
    sent = fake_api.requests[0]
    assert (sent["method"], sent["path"]) == ("POST", "/api/v1/inboxes")
    assert sent["headers"]["Content-Type"] == "application/json"
    assert sent["headers"]["X-API-Key"] == "k-42"
    assert json.loads(sent["body"]) == {"lifetime": 120, "name": "ci"}
    assert (inbox.address, inbox.token, inbox.expires_at.year) == ("a@tm.test", "tok-1", 2030)


def test_every_post_has_a_json_body_and_inbox_calls_carry_the_token(fake_api):
    fake_api.answer(201, CREATED)
    fake_api.answer(200, {"address": "a@tm.test", "created_at": "2030-01-01T00:00:00Z",
                          "expires_at": "2030-01-01T02:00:00Z", "capped": True})
    inbox = make_client(fake_api).create_inbox()
    info = inbox.extend(3600)
    create, extend = fake_api.requests
    assert create["body"] == b"{}" and create["headers"]["Content-Type"] == "application/json"
    assert "X-API-Key" not in create["headers"]
    assert json.loads(extend["body"]) == {"seconds": 3600}
    assert extend["headers"]["Content-Type"] == "application/json"
    assert extend["headers"]["Authorization"] == "Bearer tok-1"
    assert info.capped and inbox.expires_at.hour == 2


@pytest.mark.parametrize("status, on_inbox, kind", [
    (401, False, Unauthorized), (401, True, InboxGone), (404, True, NotFound),
    (409, False, Conflict), (415, False, TempmailError), (500, True, TempmailError)])
def test_status_codes_become_exception_types_with_the_detail(fake_api, status, on_inbox, kind):
    fake_api.problem(status, f"detail of {status}")
    client = make_client(fake_api)
    with pytest.raises(kind) as raised:
        client.inbox("tok").read("m1") if on_inbox else client.create_inbox()
    assert type(raised.value) is kind
    assert raised.value.detail == f"detail of {status}" and raised.value.status == status
    assert raised.value.problem["status"] == status


def test_an_error_page_that_is_not_json_still_gives_a_typed_error(fake_api):
    fake_api.answer(502, raw=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    with pytest.raises(TempmailError) as raised:
        make_client(fake_api).inbox("tok").info()
    assert raised.value.status == 502 and "502" in raised.value.detail


def test_429_waits_retry_after_and_retries(fake_api):
    fake_api.problem(429, "slow down", {"Retry-After": "1"})
    fake_api.answer(200, {"messages": []})
    client = make_client(fake_api)
    started = time.monotonic()
    assert client.inbox("tok").messages() == []
    assert time.monotonic() - started >= 0.95
    assert len(fake_api.requests) == 2


def test_429_gives_up_after_the_bounded_retries(fake_api):
    slept = []
    client = make_client(fake_api, max_retries=2)
    client.transport.sleep = slept.append
    for _ in range(5):
        fake_api.problem(429, "slow down", {"Retry-After": "7"})
    with pytest.raises(RateLimited) as raised:
        client.create_inbox()
    assert slept == [7.0, 7.0] and len(fake_api.requests) == 3
    assert raised.value.retry_after == 7.0 and raised.value.detail == "slow down"


def test_a_retry_after_longer_than_allowed_is_raised_at_once(fake_api):
    slept = []
    client = make_client(fake_api, max_retry_wait=30)
    client.transport.sleep = slept.append
    fake_api.problem(429, "come back in an hour", {"Retry-After": "3600"})
    with pytest.raises(RateLimited) as raised:
        client.create_inbox()
    assert slept == [] and raised.value.retry_after == 3600.0


def test_503_with_retry_after_is_retried_then_raised_as_unavailable(fake_api):
    slept = []
    client = make_client(fake_api, max_retries=1)
    client.transport.sleep = slept.append
    fake_api.problem(503, "registry busy", {"Retry-After": "2"})
    fake_api.problem(503, "registry busy", {"Retry-After": "2"})
    with pytest.raises(Unavailable):
        client.inbox("tok").info()
    assert slept == [2.0]


def test_retry_after_as_seconds_or_http_date():
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_wait_for_long_polls_at_most_60_s_a_call_and_loops(fake_api):
    fake_api.answer(200, {"messages": []})
    fake_api.answer(200, {"messages": [{"id": "m1", "from": "x", "to": "y", "subject": "s",
                                        "date": "", "size": 1, "preview": ""}]})
    fake_api.answer(200, MESSAGE)
    message = make_client(fake_api).inbox("tok").wait_for(subject="Your Code",
                                                           sender="acme", timeout=300)
    first, second, read = fake_api.requests
    assert first["path"].startswith("/api/v1/inbox/messages?wait=60&")
    assert "subject=Your+Code" in first["path"] and "from=acme" in first["path"]
    assert second["path"].startswith("/api/v1/inbox/messages?wait=")
    assert read["path"] == "/api/v1/inbox/messages/m1"
    assert message.code() == "123456" and message.link() == "https://acme.example/verify?t=1"


def test_wait_for_raises_wait_timeout(fake_api):
    for _ in range(20):
        fake_api.answer(200, {"messages": []})
    with pytest.raises(WaitTimeout) as raised:
        make_client(fake_api).inbox("tok").wait_for(subject="never", timeout=0.2)
    assert isinstance(raised.value, TimeoutError) and "'never'" in str(raised.value)


def test_message_helpers():
    message = Message.from_json(MESSAGE)
    assert message.sender == "Acme <no-reply@acme.example>"
    assert message.attachments[0].name == "a.txt" and message.headers[0][0] == "Subject"
    bare = Message.from_json({"id": "m2", "links": [{"url": "https://x.example/", "kind": "other"}]})
    assert bare.code() is None and bare.link() is None


def test_configuration_errors():
    with pytest.raises(ConfigurationError):
        Client(environ={})
    with pytest.raises(ConfigurationError):
        Client("ftp://example.org", environ={})
    assert api_root("http://h:1/api/v1/") == "http://h:1/api/v1"
    assert Client(environ={"TEMPMAIL_URL": "http://h:2"}).transport.root == "http://h:2/api/v1"


def test_unreachable_service():
    client = Client(f"http://127.0.0.1:{helpers.free_port()}", environ={})
    with pytest.raises(ServiceUnreachable):
        client.inbox("tok").info()


def test_a_body_cut_short_is_a_typed_error(fake_api):
    fake_api.answer(200, raw=b'{"messages": [', headers={"Content-Length": "100"})
    with pytest.raises(ServiceUnreachable):
        make_client(fake_api).inbox("tok").messages()


def test_the_context_manager_keeps_the_block_s_own_error_when_clean_up_fails(fake_api):
    client = make_client(fake_api)
    fake_api.answer(201, CREATED)
    with pytest.raises(KeyError):
        with client.create_inbox():
            raise KeyError("the test's own failure")
    fake_api.answer(201, CREATED)
    with pytest.raises(TempmailError) as raised:
        with client.create_inbox():
            pass
    assert raised.value.detail == "the fake API ran out of answers"
    assert [r["method"] for r in fake_api.requests] == ["POST", "DELETE", "POST", "DELETE"]
