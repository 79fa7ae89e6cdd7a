"""The webhook worker in one process: what it posts, when it retries, drops, waits and refuses."""

import io
import json
import time

import pytest
from standardwebhooks.webhooks import Webhook
from webhook_receiver import Receiver

from tempmail import hook_queue, metrics, purge, router
from tempmail.inbox_keys import key_of
from tempmail.inboxes import Inboxes
from tempmail.ratewindow import Buckets
from tempmail.webhook_worker import Worker, payload

import helpers

MAIL = b"From: Shop <a@shop.example>\nSubject: Your code\n\nYour code is 424242\n"


def settings(data_dir, **more):
    values = {"WEBHOOK_ALLOW": "127.0.0.1", "WEBHOOK_BACKOFF": 0.05,
              "WEBHOOK_BACKOFF_MAX": 0.2}
    values.update(more)
    return helpers.settings(data_dir, **values)


@pytest.fixture
def receiver():
    made = Receiver()
    yield made
    made.stop()


def hooked(service, url, key="k"):
    entry = service.create(lifetime=600).entry
    service.note_api_key(entry, key)
    return entry, service.set_webhook(entry, url, "http://tm.example/api/v1")


def deliver(data_dir, address, raw=MAIL):
    local_part, domain = address.split("@")
    assert router.main(["--data-dir", data_dir], io.BytesIO(raw),
                       {"LOCAL_PART": local_part, "DOMAIN": domain}) == 0


def run_until(worker, predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not predicate() or worker.busy:
        assert time.monotonic() < deadline, "timed out"
        worker.scan()
        time.sleep(0.02)


def test_posts_a_signed_event_and_removes_it(data_dir, receiver):
    service = Inboxes(settings(data_dir))
    entry, secret = hooked(service, receiver.url)
    deliver(data_dir, entry.address)
    worker = Worker(settings(data_dir))
    run_until(worker, lambda: not hook_queue.pending(data_dir))
    [(_, headers, body, _)] = receiver.received
    data = Webhook(secret).verify(body, headers)["data"]
    assert (data["code"], data["subject"], data["inbox"]) == ("424242", "Your code", entry.address)
    assert worker.take_counts() == {"webhook_sent": 1}


def test_retries_back_off_with_the_same_id(data_dir, receiver):
    receiver.answers[:] = [503, 503, 503, 204]
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, receiver.url)
    deliver(data_dir, entry.address)
    worker = Worker(settings(data_dir))
    run_until(worker, lambda: not hook_queue.pending(data_dir))
    ids = {headers["webhook-id"] for _, headers, _, _ in receiver.received}
    gaps = [b[0] - a[0] for a, b in zip(receiver.received, receiver.received[1:], strict=False)]
    assert len(receiver.received) == 4 and len(ids) == 1
    assert gaps[0] >= 0.04 and gaps[1] >= 0.09 and gaps[2] >= 0.18  # 0.05, 0.1, 0.2 (capped)
    assert worker.take_counts() == {"webhook_sent": 1, "webhook_failed": 3}


def test_backoff_doubles_and_is_capped(data_dir):
    worker = Worker(settings(data_dir, WEBHOOK_BACKOFF=5, WEBHOOK_BACKOFF_MAX=900))
    delays = [worker.backoff(n) for n in range(1, 12)]
    assert 5 <= delays[0] <= 5.5 and 10 <= delays[1] <= 11 and 20 <= delays[2] <= 22
    assert all(900 <= d <= 990 for d in delays[8:])
    assert worker.backoff(10 ** 6) <= 990


def test_events_of_dead_inboxes_or_removed_webhooks_are_dropped(data_dir, receiver):
    service = Inboxes(settings(data_dir))
    gone, _ = hooked(service, receiver.url)
    unhooked, _ = hooked(service, receiver.url)
    deliver(data_dir, gone.address)
    deliver(data_dir, unhooked.address)
    assert len(hook_queue.pending(data_dir)) == 2
    service.registry.retire(gone.address)                       # as purge retires it
    service.registry.put_webhook(unhooked.address, None, None)  # removed behind the API's back
    worker = Worker(settings(data_dir))
    worker.scan()
    assert hook_queue.pending(data_dir) == [] and receiver.received == []
    assert worker.take_counts() == {"webhook_dropped": 2}


def test_webhooks_off_drops_and_api_mode_needs_the_key(data_dir, receiver):
    service = Inboxes(settings(data_dir, WEBHOOKS="all"))
    entry = service.create(lifetime=600).entry
    service.set_webhook(entry, receiver.url, "http://tm.example/api/v1")  # made without a key
    deliver(data_dir, entry.address)  # the router (mode api) records nothing for it
    assert hook_queue.pending(data_dir) == []
    deliver_all = helpers.settings(data_dir, WEBHOOKS="all")
    from tempmail import delivery
    limits = delivery.Limits.from_settings(deliver_all)
    assert limits.webhooks == "all"
    assert delivery.deliver(data_dir, entry.address, MAIL, limits) == delivery.DELIVERED
    assert len(hook_queue.pending(data_dir)) == 1
    Worker(settings(data_dir)).scan()  # a worker in mode api drops it
    assert hook_queue.pending(data_dir) == [] and receiver.received == []


def test_a_refused_target_never_gets_a_connection(data_dir):
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, "http://127.0.0.1:9/")
    service.registry.put_webhook(entry.address, "http://rebind.example/hook", "whsec_AAAA")
    deliver(data_dir, entry.address)
    asked, connected = [], []

    def resolver(host, port, type=0):
        asked.append(host)
        return [(2, 1, 6, "", ("169.254.169.254", port))]
    worker = Worker(settings(data_dir, WEBHOOK_ALLOW=""), resolver=resolver,
                    connector=lambda *a, **k: connected.append(a))
    run_until(worker, lambda: worker.counts["refused"] >= 1 or asked and not worker.busy)
    assert asked == ["rebind.example"] and connected == []
    assert hook_queue.pending(data_dir)  # kept: retried while the inbox lives


def test_the_inbox_rate_limit_delays_without_dropping(data_dir, receiver):
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, receiver.url)
    for n in range(3):
        deliver(data_dir, entry.address, MAIL.replace(b"424242", b"42424%d" % n))
    worker = Worker(settings(data_dir, WEBHOOK_INBOX_RATE=2))
    for _ in range(20):
        next_due = worker.scan()
        time.sleep(0.02)
    assert len(receiver.received) == 2 and len(hook_queue.pending(data_dir)) == 1
    assert 20 < next_due - time.time() <= 30  # one more token in 30 s
    other, _ = hooked(service, receiver.url, key="another")
    deliver(data_dir, other.address)
    run_until(worker, lambda: len(receiver.received) == 3)  # other inboxes are not held up


def test_buckets():
    buckets = Buckets(2, 60.0)
    assert buckets.wait("a", 0.0) == 0 and buckets.wait("a", 0.0) == 0
    assert buckets.wait("a", 0.0) == pytest.approx(30.0)
    assert buckets.wait("a", 0.0, take=False) == pytest.approx(30.0)
    assert buckets.wait("b", 0.0) == 0
    assert buckets.wait("a", 30.0) == 0
    assert buckets.wait("a", 30.0) > 0


def test_the_payload_has_the_api_urls_and_no_body():
    event = {"created": 1_800_000_000.0, "message": {
        "id": "1800000000000000000.Kab.host,S=42", "from": "x", "subject": "s",
        "received": "2027-01-15T08:00:00Z", "size": 42, "code": "1", "link": ""}}
    body = json.loads(payload(event, "a@tm.test", "https://tm.example/api/v1"))
    assert body["type"] == "message.received" and body["timestamp"] == "2027-01-15T08:00:00Z"
    assert body["data"]["urls"]["message"] == \
        "https://tm.example/api/v1/inbox/messages/1800000000000000000.Kab.host%2CS%3D42"
    assert payload(event, "a@tm.test", "https://tm.example/api/v1") == \
        payload(event, "a@tm.test", "https://tm.example/api/v1")  # the same bytes every try


def test_purge_removes_the_events_of_expired_inboxes(data_dir, receiver):
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, receiver.url)
    deliver(data_dir, entry.address)
    assert hook_queue.pending(data_dir)
    purge.purge(service, now=time.time() + 10_000)
    assert hook_queue.pending(data_dir) == []
    assert service.registry.webhook(entry.address) is None


def test_metrics_show_the_webhook_counts(data_dir, app):
    metrics.init(data_dir)
    metrics.add(data_dir, {"webhook_sent": 3, "webhook_failed": 2})
    text = app.test_client().get("/metrics").get_data(as_text=True)
    assert 'tempmail_webhook_attempts_total{outcome="sent"} 3' in text
    assert 'tempmail_webhook_attempts_total{outcome="failed"} 2' in text
    assert "tempmail_webhook_events_queued 0" in text
    assert "tempmail_webhook_worker_up 0" in text


def test_a_parser_fault_still_records_an_event(monkeypatch):
    from tempmail import hook_record, listentry

    def broken(*args):
        raise RuntimeError("a parser bug")
    monkeypatch.setattr(listentry, "entry", broken)
    summary = hook_record.summarize(b"Subject: x\n\nhello\n", "1.Kab.host,S=18")
    assert summary["id"] == "1.Kab.host,S=18" and summary["code"] == "" and summary["size"] == 18


def test_an_inbox_keeps_at_most_its_message_cap_of_events(data_dir):
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, "http://127.0.0.1:9/")
    for n in range(5):
        deliver(data_dir, entry.address, MAIL.replace(b"424242", b"10000%d" % n))
        time.sleep(0.01)
    worker = Worker(settings(data_dir, MAILBOX_MAX_MESSAGES=3),
                    connector=lambda *a, **k: (_ for _ in ()).throw(OSError("down")))
    worker.scan()
    left = [hook_queue.load(data_dir, name)["message"]["code"]
            for name in hook_queue.pending(data_dir)]
    assert sorted(left) == ["100002", "100003", "100004"]
    assert worker.take_counts()["webhook_dropped"] == 2


@pytest.mark.parametrize("name", ["newsletter.eml", "encoded-words.eml", "nested.eml",
                                  "garbage.eml", "cp1252.eml"])
def test_the_event_summary_agrees_with_the_inbox_list(data_dir, name):
    from tempmail import hook_record, rendering
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, "http://127.0.0.1:9/")
    raw = helpers.data(name)
    deliver(data_dir, entry.address, raw)
    [event] = [hook_queue.load(data_dir, n) for n in hook_queue.pending(data_dir)]
    listed = rendering.summarize(service.mailbox_path(entry), event["message"]["id"],
                                 key_of(entry))
    assert event["message"] == {key: listed[key] for key in hook_record.SUMMARY_FIELDS}


def test_a_malformed_event_is_dropped_not_fatal(data_dir, receiver):
    service = Inboxes(settings(data_dir))
    entry, _ = hooked(service, receiver.url)
    hook_queue.record(data_dir, entry.mailbox_id, "abc", {"message": {"id": 5}})  # no "created"
    hook_queue.record(data_dir, entry.mailbox_id, "def", ["not", "an", "object"])
    worker = Worker(settings(data_dir))
    worker.scan()
    assert hook_queue.pending(data_dir) == [] and receiver.received == []


def test_a_second_worker_stands_by_and_takes_over(tmp_path):
    """Nodes sharing a data folder each run a worker: one posts, the other waits its turn."""
    import os
    import threading

    from tempmail import webhook_worker
    held = webhook_worker.take_lock(str(tmp_path))
    stopping, got = threading.Event(), []
    waiter = threading.Thread(target=lambda: got.append(
        webhook_worker._take_lock_or_stand_by(str(tmp_path), stopping)))
    waiter.start()
    waiter.join(1.5)
    assert waiter.is_alive() and got == []          # standing by while the first one runs
    os.close(held)
    waiter.join(5)
    assert got and isinstance(got[0], int)          # took over
    os.close(got[0])
    stopping.set()
    assert webhook_worker._take_lock_or_stand_by(str(tmp_path), stopping) is None


def test_listing_skips_an_event_sent_while_it_was_listed(data_dir, monkeypatch):
    for n in range(3):
        hook_queue.record(data_dir, "a" * 32, f"{n:032x}", {"n": n})
    [first, *rest] = hook_queue.pending(data_dir)
    real_scandir = hook_queue.os.scandir

    class Racing:
        """A listing whose first entry the worker removes before it is looked at."""

        def __init__(self, fd):
            self.listed = real_scandir(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.listed.close()

        def __iter__(self):
            for item in self.listed:
                if item.name == first:
                    hook_queue.remove(data_dir, first)
                yield item

    monkeypatch.setattr(hook_queue.os, "scandir", Racing)
    assert hook_queue.pending(data_dir) == rest
