"""Live inbox streams: SSE framing and resume, and the stream service on a real socket
(aiohttp on 127.0.0.1 in a thread; mail put in place with helpers.deliver)."""

import asyncio
import json
import threading
import time

from aiohttp import web
import pytest

from tempmail import create_app, mailwatch
from tempmail.inbox_feed import BadEventId, check_event_id
from tempmail.web import sse, streams

import helpers

MAIL = b"From: App <no-reply@app.example>\r\nSubject: Your code\r\n\r\nYour code is 424242\r\n"


# -- framing -----------------------------------------------------------------------------

def test_an_event_has_its_name_id_and_one_data_line_per_line():
    framed = sse.event("one\ntwo\r\nthree", name="message", event_id="42")
    assert framed == b"event: message\nid: 42\ndata: one\ndata: two\ndata: three\n\n"
    assert sse.parse(framed) == [{"event": "message", "data": "one\ntwo\nthree", "id": "42"}]


def test_json_data_is_one_line_and_reads_back():
    value = {"subject": "line\nbreak \u2028 \u00e9", "n": 1}
    framed = sse.json_event(value, name="message", event_id="7")
    assert framed.count(b"\ndata: ") == 1
    assert json.loads(sse.parse(framed)[0]["data"]) == value


@pytest.mark.parametrize("bad", ["a\nb", "a\rb", "a\0b"])
def test_a_field_that_would_break_the_framing_is_refused(bad):
    with pytest.raises(sse.FramingError):
        sse.event("x", event_id=bad)
    with pytest.raises(sse.FramingError):
        sse.event("x", name=bad)


def test_heartbeat_and_retry_are_no_events():
    parsed = sse.parse(sse.retry(3000) + sse.HEARTBEAT + sse.event("x"))
    assert parsed == [{"comment": "keep-alive"}, {"event": "message", "data": "x", "id": ""}]


@pytest.mark.parametrize("value", ["x" * 201, "caf\u00e9", "a\nb", "a\tb"])
def test_last_event_id_must_look_like_ours(value):
    with pytest.raises(BadEventId):
        check_event_id(value)


def test_no_last_event_id_is_none():
    assert check_event_id(None) is None and check_event_id("") is None
    assert check_event_id("1700000000000000000.P1R2.host,S=10") == \
        "1700000000000000000.P1R2.host,S=10"


# -- the service layer's feed ------------------------------------------------------------

@pytest.fixture
def inboxes(app):
    service = app.extensions["tempmail"]
    service.ensure_ready()
    return service


def deliver(inboxes, entry, subject="Your code"):
    mail = MAIL.replace(b"Your code\r\n", subject.encode() + b"\r\n", 1)
    message_id = helpers.deliver(inboxes.mailbox_path(entry), mail, entry)   # sealed, as the router
    time.sleep(0.002)   # distinct delivery times
    return message_id


def test_a_feed_returns_only_what_is_new_oldest_first(inboxes):
    entry = inboxes.create().entry
    deliver(inboxes, entry)
    feed = inboxes.feed(entry, None, lambda: None)
    try:
        assert feed.news() == []
        first, second = deliver(inboxes, entry, "one"), deliver(inboxes, entry, "two")
        assert [item["id"] for item in feed.news()] == [first, second]
        assert feed.news() == []
    finally:
        feed.close()


def test_a_feed_resumes_after_an_id_even_a_deleted_one(inboxes):
    entry = inboxes.create().entry
    ids = [deliver(inboxes, entry, f"m{n}") for n in range(4)]
    inboxes.delete_message(entry, ids[1])
    for last, expected in ((ids[0], ids[2:]), (ids[1], ids[2:]), (ids[3], []), ("0", ids[:1] + ids[2:])):
        feed = inboxes.feed(entry, last, lambda: None)
        try:
            assert [item["id"] for item in feed.news()] == expected, last
        finally:
            feed.close()


def test_a_feed_is_woken_by_the_one_watcher(inboxes):
    entry = inboxes.create().entry
    woken = threading.Event()
    feed = inboxes.feed(entry, None, woken.set)
    try:
        deliver(inboxes, entry)
        assert woken.wait(5)
    finally:
        feed.close()
    assert all(watch.path != feed.path for watches in mailwatch.WATCHER.watches.values()
               for watch in watches)


# -- the stream service ------------------------------------------------------------------

class Served:
    """web/streams.py's app on 127.0.0.1 with its own event loop in a thread."""

    def __init__(self, flask_app, clock=time.time):
        self.app = streams.make_app(flask_app, clock)
        self.streams = self.app[streams.STREAMS]
        self.port = helpers.free_port()
        self.opened = []
        self.loop = asyncio.new_event_loop()
        started = threading.Event()

        def run():
            asyncio.set_event_loop(self.loop)
            self.runner = web.AppRunner(self.app, access_log=None, handler_cancellation=True,
                                        shutdown_timeout=2)
            self.loop.run_until_complete(self.runner.setup())
            self.loop.run_until_complete(web.TCPSite(self.runner, "127.0.0.1", self.port).start())
            started.set()
            self.loop.run_forever()
        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        assert started.wait(10)

    def open(self, path=streams.API_PATH, token=None, headers=None):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        stream = helpers.EventStream("127.0.0.1", self.port, path, headers, timeout=10)
        self.opened.append(stream)
        return stream

    def stop(self):
        for stream in self.opened:
            stream.close()
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(20)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def stream_app(data_dir, clock=None, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
              "RATELIMIT_STORAGE_URI": "memory://", "STREAM_HEARTBEAT": 0.3, **config}
    return create_app(values) if clock is None else create_app(values, clock=clock)


@pytest.fixture
def served(data_dir):
    running = Served(stream_app(data_dir))
    yield running
    running.stop()


def service_of(served):
    return served.streams.inboxes


def test_a_delivery_becomes_a_message_event_shaped_like_the_api_list(served):
    issued = service_of(served).create()
    stream = served.open(token=issued.token)
    assert stream.status == 200
    assert stream.header("Content-Type").startswith("text/event-stream")
    assert stream.header("X-Accel-Buffering") == "no"
    message_id = deliver(service_of(served), issued.entry)
    event = stream.next_event()
    assert event["event"] == "message" and event["id"] == message_id
    listed = served.streams.flask.test_client().get(
        "/api/v1/inbox/messages", headers={"Authorization": f"Bearer {issued.token}"}).get_json()
    assert json.loads(event["data"]) == listed["messages"][0]
    stream.close()


def test_a_reconnect_with_last_event_id_gets_what_it_missed(served):
    issued = service_of(served).create()
    ids = [deliver(service_of(served), issued.entry, f"m{n}") for n in range(3)]
    stream = served.open(token=issued.token, headers={"Last-Event-ID": ids[0]})
    assert [stream.next_event()["id"] for _ in range(2)] == ids[1:]
    stream.close()


def test_an_idle_stream_gets_heartbeats(served):
    issued = service_of(served).create()
    stream = served.open(token=issued.token)
    assert stream.next() == {"comment": "keep-alive"}
    assert stream.next() == {"comment": "keep-alive"}
    stream.close()


def test_the_stream_ends_when_the_inbox_is_deleted(served):
    issued = service_of(served).create()
    stream = served.open(token=issued.token)
    service_of(served).delete(issued.entry)
    event = stream.next_event()
    assert event["event"] == "end" and json.loads(event["data"]) == {"reason": "deleted"}
    assert stream.next() is None
    again = served.open(token=issued.token)
    assert again.status == 401


def test_the_stream_ends_when_the_inbox_expires(data_dir):
    now = [time.time()]
    running = Served(stream_app(data_dir, clock=lambda: now[0], MIN_LIFETIME=1, LIFETIME=2),
                     clock=lambda: now[0])
    try:
        issued = service_of(running).create()
        stream = running.open(token=issued.token)
        assert stream.next() == {"comment": "keep-alive"}
        now[0] += 3
        event = stream.next_event()
        assert event["event"] == "end" and json.loads(event["data"]) == {"reason": "expired"}
    finally:
        running.stop()


def test_bad_requests_get_clear_problems(served):
    assert served.open().status == 401
    assert served.open(token="nope").status == 401
    issued = service_of(served).create()
    refused = served.open(token=issued.token, headers={"Last-Event-ID": "x" * 500})
    assert refused.status == 400
    assert json.loads(refused.body())["status"] == 400


def test_the_page_stream_follows_the_session_cookie_and_sends_the_row(served):
    flask_app = served.streams.flask
    issued = service_of(served).create()
    cookie = flask_app.session_interface.get_signing_serializer(flask_app).dumps(
        {"inboxes": [issued.token], "current": issued.token})
    assert served.open(streams.PAGE_PATH).status == 404
    forged = served.open(streams.PAGE_PATH, headers={"Cookie": f"tempmail={cookie[:-4]}AAAA"})
    assert forged.status == 404
    stream = served.open(streams.PAGE_PATH, headers={"Cookie": f"tempmail={cookie}",
                                                     "Accept-Language": "de"})
    assert stream.status == 200
    message_id = deliver(service_of(served), issued.entry)
    event = stream.next_event()
    data = json.loads(event["data"])
    assert event["id"] == message_id and data["id"] == message_id
    assert data["html"].lstrip().startswith("<li>") and "424242" in data["html"]
    assert f'href="/m/{message_id}"' in data["html"] and "Kopieren" in data["html"]
    stream.close()


def test_streams_are_bounded_per_process_and_per_client(data_dir):
    running = Served(stream_app(data_dir, STREAM_MAX=3, STREAM_PER_CLIENT=2))
    try:
        issued = service_of(running).create()
        held = [running.open(token=issued.token) for _ in range(2)]
        assert [s.status for s in held] == [200, 200]
        over = running.open(token=issued.token)
        assert over.status == 429 and over.header("Retry-After")
        held.append(running.open(token=issued.token, headers={}))  # still 429: same client
        assert held[-1].status == 429
        running.streams.per_client = 10
        held.append(running.open(token=issued.token))
        assert held[-1].status == 200
        full = running.open(token=issued.token)
        assert full.status == 503 and int(full.header("Retry-After")) > 0
        for stream in held:
            stream.close()
    finally:
        running.stop()


def test_open_streams_cost_no_thread_each(served):
    issued = service_of(served).create()
    before = threading.active_count()
    opened = [served.open(token=issued.token) for _ in range(18)]
    assert all(stream.status == 200 for stream in opened)
    deliver(service_of(served), issued.entry)
    assert all(stream.next_event()["event"] == "message" for stream in opened)
    # at most the pool's threads and the one watcher, however many streams
    assert threading.active_count() <= before + served.streams.pool._max_workers + 1
    for stream in opened:
        stream.close()


def test_flask_reached_without_the_stream_service_says_so(client):
    assert client.get("/api/v1/inbox/events").status_code == 401
    token = client.post("/api/v1/inboxes").get_json()["token"]
    refused = client.get("/api/v1/inbox/events", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 503 and refused.headers["Retry-After"]
    assert "wait=" in refused.get_json()["detail"]
    assert client.get("/inbox/events").status_code == 404   # the page then polls


@pytest.mark.parametrize("value", ["abc", "0", "-3"])
def test_a_bad_stream_setting_is_named(value):
    with pytest.raises(ValueError, match="TEMPMAIL_STREAM_MAX must be"):
        streams.setting({"STREAM_MAX": value}, "STREAM_MAX")


def test_stream_settings_default_and_read_strings():
    assert streams.setting({}, "STREAM_HEARTBEAT") == 15.0
    assert streams.setting({"STREAM_PER_CLIENT": "7"}, "STREAM_PER_CLIENT") == 7


def test_the_stream_service_log_names_no_client_address():
    import logging

    from tempmail.web import stream_server
    record = logging.LogRecord("aiohttp.server", logging.ERROR, __file__, 1,
                               "Error handling request from %s", ("203.0.113.9",), None)
    assert stream_server._Redact().filter(record)
    assert "203.0.113.9" not in record.getMessage()


@pytest.mark.parametrize("bind, parsed", [("unix:/run/x.sock", ("unix", "/run/x.sock")),
                                          ("127.0.0.1:8000", ("127.0.0.1", 8000)),
                                          ("[::1]:8000", ("::1", 8000))])
def test_bind_settings(bind, parsed):
    from tempmail.web import stream_server
    assert stream_server.parse_bind(bind) == parsed


@pytest.mark.parametrize("bind", ["unix:", "localhost", "1.2.3.4:99999", ":80"])
def test_bad_bind_settings_are_refused(bind):
    from tempmail.web import stream_server
    with pytest.raises(ValueError):
        stream_server.parse_bind(bind)
