"""Long polls: a bounded number wait, woken by one watcher thread on delivery or expiry."""

import io
import threading
import time

import pytest

from tempmail import create_app, mailwatch
from tempmail.inboxes import Inboxes

import helpers

MAIL = b"From: App <no-reply@app.example>\r\nSubject: Your code\r\n\r\ncode 123456\r\n"


def until(condition, seconds=5.0):
    """Wait until condition() is true; fail after seconds."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class Waiting(threading.Thread):
    """Run function in a thread, keeping its result and how long it took."""

    def __init__(self, function, *args):
        super().__init__(daemon=True)
        self.function, self.args = function, args
        self.result = self.seconds = None

    def run(self):
        started = time.monotonic()
        self.result = self.function(*self.args)
        self.seconds = time.monotonic() - started


@pytest.fixture
def service(data_dir):
    inboxes = Inboxes(helpers.settings(data_dir))
    inboxes.ensure_ready()
    return inboxes


def parked(service, entry):
    """Return a started Waiting on entry's inbox, once the watcher knows of it."""
    waiter = Waiting(service.wait_for_messages, entry, 20.0)
    before = mailwatch.WATCHER.count()
    waiter.start()
    until(lambda: mailwatch.WATCHER.count() > before)
    return waiter


def test_a_waiter_is_woken_promptly_by_a_delivery(service):
    entry = service.create().entry
    before = mailwatch.WATCHER.count()
    waiter = parked(service, entry)
    delivered = time.monotonic()
    helpers.deliver(service.mailbox_path(entry), io.BytesIO(MAIL), entry)
    waiter.join(10)
    assert [item["subject"] for item in waiter.result] == ["Your code"]
    assert time.monotonic() - delivered < 2.0   # generous: the watcher looks every 50 ms
    assert mailwatch.WATCHER.count() == before   # unregistered on the way out


def test_a_waiter_is_released_when_its_inbox_expires(service):
    entry = service.create(lifetime=1).entry
    waiter = Waiting(service.wait_for_messages, entry, 20.0)
    waiter.start()
    waiter.join(10)
    assert waiter.result == [] and waiter.seconds < 5.0


def test_a_waiter_is_released_when_its_inbox_is_deleted(service):
    entry = service.create().entry
    waiter = parked(service, entry)
    service.delete(entry)
    waiter.join(10)
    assert waiter.result == [] and waiter.seconds < 3.0


def test_many_waiters_share_one_watcher_thread_and_each_gets_its_own_mail(service):
    entries = [service.create().entry for _ in range(30)]
    waiters = [Waiting(service.wait_for_messages, entry, 20.0) for entry in entries]
    before = mailwatch.WATCHER.count()
    for waiter in waiters:
        waiter.start()
    until(lambda: mailwatch.WATCHER.count() >= before + 30)
    assert [t.name for t in threading.enumerate()].count("mailwatch") == 1
    for entry in entries[::2]:
        helpers.deliver(service.mailbox_path(entry), io.BytesIO(MAIL), entry)
    for waiter in waiters[::2]:
        waiter.join(10)
        assert len(waiter.result) == 1
    assert all(waiter.is_alive() for waiter in waiters[1::2])   # no mail, still waiting
    for entry in entries[1::2]:
        service.delete(entry)
    for waiter in waiters[1::2]:
        waiter.join(10)
        assert waiter.result == []


@pytest.fixture
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                       "RATELIMIT_STORAGE_URI": "memory://", "MAX_WAITERS": 1})


def test_past_the_bound_a_waiter_gets_503_with_retry_after_and_others_still_answer(app):
    first, second = app.test_client(), app.test_client()
    tokens = [first.post("/api/v1/inboxes", json={}).json["token"] for _ in range(2)]
    headers = [{"Authorization": f"Bearer {token}"} for token in tokens]
    service = app.extensions["tempmail"]
    entry = service.by_token(tokens[0])
    holder = Waiting(lambda: first.get("/api/v1/inbox/messages?wait=20", headers=headers[0]))
    holder.start()
    until(lambda: app.extensions.get("tempmail.waiters") is not None
          and app.extensions["tempmail.waiters"].taken == 1)
    refused = second.get("/api/v1/inbox/messages?wait=20", headers=headers[1])
    assert refused.status_code == 503 and refused.mimetype == "application/problem+json"
    assert int(refused.headers["Retry-After"]) >= 1
    assert second.get("/api/v1/inbox/messages", headers=headers[1]).status_code == 200
    assert second.get("/api/v1/inbox", headers=headers[1]).status_code == 200
    assert second.get("/robots.txt").status_code == 200
    helpers.deliver(service.mailbox_path(entry), io.BytesIO(MAIL), entry)
    holder.join(10)
    assert holder.result.status_code == 200 and len(holder.result.json["messages"]) == 1
    assert app.extensions["tempmail.waiters"].taken == 0   # the slot came back
    again = second.get("/api/v1/inbox/messages?wait=0.2", headers=headers[1])
    assert again.status_code == 200 and again.json == {"messages": []}


def test_a_wake_from_another_node_reaches_event_and_callback_waiters(tmp_path):
    """crossnode wakes a mailbox's waiters by name: threads (event) and event loops (notify)."""
    from tempmail import mailwatch
    watcher = mailwatch.Watcher(step=60)        # its own look would come far too late
    path = str(tmp_path / "box")
    called = []
    plain = watcher.add(path)
    looped = watcher.add(path, notify=lambda: called.append(1))
    other = watcher.add(str(tmp_path / "other"))
    watcher.wake(path)
    assert plain.event.is_set() and looped.event.is_set() and called == [1]
    assert not other.event.is_set()
    watcher.wake_all()
    assert other.event.is_set() and called == [1, 1]


def test_one_failing_waiter_or_unreadable_maildir_does_not_stop_the_watcher(tmp_path, monkeypatch):
    from tempmail import maildir
    box_a = maildir.create(str(tmp_path / "a"), "a")
    box_b = maildir.create(str(tmp_path / "b"), "b")
    watcher = mailwatch.Watcher(step=0.01)

    def broken():
        raise RuntimeError("Event loop is closed")
    watcher.add(box_a, broken)
    healthy = watcher.add(box_b)
    real_state, unreadable = maildir.state, []

    def state(path):
        if path == box_a and unreadable:
            raise PermissionError(13, "Permission denied")
        return real_state(path)
    monkeypatch.setattr(maildir, "state", state)
    maildir.deliver(box_a, b"Subject: one\r\n\r\nx\r\n")
    time.sleep(0.2)   # the broken waiter's wake-up raised in the watcher thread
    unreadable.append(True)
    time.sleep(0.1)   # and its Maildir cannot be read now
    assert watcher.thread.is_alive()
    maildir.deliver(box_b, b"Subject: two\r\n\r\nx\r\n")
    assert healthy.wait(5)
