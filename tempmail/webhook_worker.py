"""The webhook worker: posts the events the router queued, signed, at least once.

    python -m tempmail.webhook_worker [--data-dir DIR]

One per data folder (a lock file says so). It watches DATA/webhooks/queue the
way mailwatch watches a Maildir: one stat of the folder every STEP seconds, a
listing only when the folder changed (or every RESCAN seconds, or while a retry
is due), so an idle worker costs a stat twenty times a second and no thread per
event. Each due event is checked (its inbox still live, its webhook still set
and allowed, the rate limits), then posted by a small thread pool
(hook_send); a 2xx removes the event, anything else is retried with
exponential backoff (TEMPMAIL_WEBHOOK_BACKOFF, doubling, at most
TEMPMAIL_WEBHOOK_BACKOFF_MAX) for as long as the inbox lives, always with the
same webhook-id. Killed mid-post, it posts the event again when it restarts.

It logs counts and kinds of failure, never a URL, a payload or an address.
"""

import argparse
import collections
import concurrent.futures
import fcntl
import json
import logging
import os
import random
import signal
import socket
import sys
import threading
import time
from urllib.parse import quote

from tempmail import config, hook_queue, hook_record, hook_send, metrics, registry
from tempmail import hook_target as target_guard
from tempmail.ratewindow import Buckets
from tempmail.timefmt import iso

log = logging.getLogger("tempmail.webhooks")
STEP = 0.05
"""Seconds between two looks at the queue folder."""
RESCAN = 2.0
"""Seconds after which the queue is listed even if its folder looks unchanged."""
RECENT_NS = 50_000_000
"""A folder changed this recently may change again within its timestamp's tick: list it."""
HEARTBEAT = 5.0
LOCK_NAME = "worker.lock"
METRIC_NAMES = {"sent": "webhook_sent", "failed": "webhook_failed",
                "refused": "webhook_refused", "dropped": "webhook_dropped"}


class AlreadyRunning(Exception):
    """Another webhook worker holds this data folder."""


def payload(event: dict, address: str, api_base: str) -> bytes:
    """Return the JSON body of one event: the summary and the API URLs, never the message body."""
    message = dict(event["message"])
    messages_url = f"{api_base}/inbox/messages"
    one = f"{messages_url}/{quote(str(message.get('id', '')), safe='')}"
    data = {"inbox": address, **message,
            "urls": {"message": one, "raw": f"{one}/raw", "messages": messages_url,
                     "inbox": f"{api_base}/inbox"}}
    body = {"type": "message.received", "timestamp": iso(float(event["created"])),
            "data": data}
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Worker:
    """The queue of one data folder and the threads posting it."""

    def __init__(self, settings: dict, resolver: target_guard.Resolver | None = None,
                 connector: hook_send.Connector | None = None) -> None:
        self.settings = settings
        self.data_dir = settings["DATA_DIR"]
        self.mode = settings["WEBHOOKS"]
        self.policy = target_guard.Policy.from_settings(settings)
        self.node_dir = settings.get("NODE_DIR") or self.data_dir
        self.registry = registry.open_registry(self.data_dir, settings["REGISTRY_TIMEOUT"],
                                               keep_open=False,
                                               url=settings.get("REGISTRY_URL") or None)
        self.resolver = resolver or socket.getaddrinfo
        self.connector = connector or socket.create_connection
        self.pool = concurrent.futures.ThreadPoolExecutor(settings["WEBHOOK_WORKERS"],
                                                          thread_name_prefix="webhook")
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.busy: set[str] = set()                        # names being posted now
        self.retry: dict[str, tuple[int, float]] = {}      # name -> (failed attempts, due at)
        self.counts: collections.Counter = collections.Counter()
        self.inbox_rate = Buckets(settings["WEBHOOK_INBOX_RATE"], 60.0)
        self.client_rate = Buckets(settings["WEBHOOK_CLIENT_RATE"], 60.0)

    # -- one look at the queue -------------------------------------------------------

    def scan(self, now: float | None = None) -> float:
        """Start posting every due event; return when the next retry is due (inf if none)."""
        now = time.time() if now is None else now
        next_due = float("inf")
        for name in self._within_cap(hook_queue.pending(self.data_dir)):
            with self.lock:
                if name in self.busy:
                    continue
                attempts, due = self.retry.get(name, (0, 0.0))
            if due > now:
                next_due = min(next_due, due)
                continue
            wait = self._consider(name, attempts, now)
            if wait:
                next_due = min(next_due, now + wait)
        with self.lock:  # forget retries of events that are gone
            listed = set(hook_queue.pending(self.data_dir)) | self.busy
            self.retry = {k: v for k, v in self.retry.items() if k in listed}
        return next_due

    def _consider(self, name: str, attempts: int, now: float) -> float:
        """Post the event in name if it may go now; return seconds to wait if limited, else 0."""
        mailbox = hook_queue.mailbox_of(name)
        wait = self.inbox_rate.wait(mailbox, now, take=False)
        if wait > 0:
            return wait  # before reading anything: a flooded inbox costs nothing per look
        event = hook_queue.load(self.data_dir, name)
        try:
            entry = self.registry.by_mailbox(mailbox, now)
            hook = self.registry.webhook(entry.address) if entry is not None else None
        except registry.RegistryError:
            return 1.0  # ask again in a moment
        wanted = hook is not None and hook.url and self.mode != hook_record.OFF and \
            (self.mode == hook_record.ALL or hook.allowed)
        if event is None or entry is None or not wanted or "message" not in event:
            self._drop(name)  # inbox gone, webhook removed or off, or not an event
            return 0.0
        assert hook is not None and hook.url and hook.secret
        wait = self.client_rate.wait(self._client(hook), now, take=False)
        if wait > 0:
            return wait
        self.inbox_rate.wait(mailbox, now)
        self.client_rate.wait(self._client(hook), now)
        try:
            body = payload(event, entry.address, hook.api_base)
        except (KeyError, TypeError, ValueError):
            self._drop(name)  # not an event this version wrote
            return 0.0
        with self.lock:
            self.busy.add(name)
        self.pool.submit(self._post, name, attempts, str(event.get("webhook_id")), hook.url,
                         hook.secret, body)
        return 0.0

    def _within_cap(self, names: list[str]) -> list[str]:
        """Drop the oldest events of an inbox holding more than its mailbox's message cap.

        Its mail is trimmed the same way, so those messages are gone anyway; a
        flooded inbox whose receiver is down cannot grow the queue without end.
        """
        cap = self.settings["MAILBOX_MAX_MESSAGES"]
        per_inbox = collections.Counter(hook_queue.mailbox_of(name) for name in names)
        if all(count <= cap for count in per_inbox.values()):
            return names
        kept = []
        for name in names:  # oldest first
            mailbox = hook_queue.mailbox_of(name)
            if per_inbox[mailbox] > cap and name not in self.busy:
                per_inbox[mailbox] -= 1
                self._drop(name)
            else:
                kept.append(name)
        return kept

    @staticmethod
    def _client(hook: registry.Webhook) -> str:
        """Return the per-client limit's key: the API key's fingerprint, else the target host."""
        if hook.client:
            return "key:" + hook.client
        try:
            return "host:" + target_guard.check_url(hook.url or "", target_guard.Policy()).host
        except target_guard.TargetRefused:
            return "host:?"

    def _drop(self, name: str) -> None:
        hook_queue.remove(self.data_dir, name)
        with self.lock:
            self.retry.pop(name, None)
            self.counts["dropped"] += 1

    # -- one POST, on a pool thread ----------------------------------------------------

    def _post(self, name: str, attempts: int, webhook_id: str, url: str, secret: str,
              body: bytes) -> None:
        outcome = "failed"
        try:
            checked = target_guard.check_url(url, self.policy)  # again: the policy may have changed
            address = target_guard.resolve(checked, self.policy, self.resolver)
            headers = hook_send.signed_headers(secret, webhook_id, body, time.time())
            status = hook_send.post(checked, address, body, headers, connector=self.connector)
            if 200 <= status < 300:
                outcome = "sent"
        except target_guard.TargetRefused:
            outcome = "refused"
        except hook_send.SendFailed:
            outcome = "failed"
        except Exception as exc:  # never let one event stop the worker
            log.error("webhook attempt failed: %s", type(exc).__name__)
        if outcome == "sent":
            hook_queue.remove(self.data_dir, name)
        with self.lock:
            self.busy.discard(name)
            self.counts[outcome] += 1
            if outcome == "sent":
                self.retry.pop(name, None)
            else:
                self.retry[name] = (attempts + 1, time.time() + self.backoff(attempts + 1))
        self.wake.set()

    def backoff(self, failures: int) -> float:
        """Return the seconds to wait after the failures-th failed attempt (doubling, capped)."""
        base, most = self.settings["WEBHOOK_BACKOFF"], self.settings["WEBHOOK_BACKOFF_MAX"]
        delay = min(most, base * 2 ** min(failures - 1, 40))
        return delay * (1 + random.random() / 10)  # a little spread: retries do not march in step

    # -- the loop -----------------------------------------------------------------------

    def take_counts(self) -> dict:
        """Return the counts since the last call, by metric name, and start again from zero."""
        with self.lock:
            counts, self.counts = self.counts, collections.Counter()
        return {METRIC_NAMES[key]: value for key, value in counts.items() if value}

    def run(self, stopping: threading.Event) -> None:
        """Look at the queue until stopping is set, then let the posts in flight finish."""
        last_state, last_scan, next_due, last_beat = None, 0.0, 0.0, 0.0
        while not stopping.is_set():
            now = time.time()
            state = hook_queue.state(self.data_dir)
            recent = state is not None and time.time_ns() - state < RECENT_NS
            if state != last_state or recent or now >= next_due or now - last_scan >= RESCAN \
                    or self.wake.is_set():
                self.wake.clear()
                last_state, last_scan = state, now
                try:
                    next_due = self.scan(now)
                except Exception as exc:  # keep serving the other events; say what kind
                    log.error("cannot read the webhook queue: %s", type(exc).__name__)
                    next_due = now + RESCAN
            if now - last_beat >= HEARTBEAT:
                last_beat = now
                self._beat()
            self.wake.wait(STEP)
        self.pool.shutdown(wait=True)
        self._beat()

    def _beat(self) -> None:
        """Add the counts to /metrics and touch the heartbeat file /metrics reads."""
        counts = self.take_counts()
        if counts:
            metrics.add(self.node_dir, counts)
        path = hook_queue.alive_path(self.data_dir)
        try:
            with open(path, "a"):
                pass
            os.utime(path)
        except OSError:
            pass


def take_lock(data_dir: str) -> int:
    """Hold the data folder's worker lock for the life of the process; raise AlreadyRunning."""
    hook_queue.ensure(data_dir)
    folder = os.path.dirname(hook_queue.folder_in(data_dir))
    fd = os.open(os.path.join(folder, LOCK_NAME),
                 os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise AlreadyRunning(folder) from None
    return fd


STANDBY_POLL = 1.0
"""Seconds between two tries for the lock while another worker holds it."""


def _take_lock_or_stand_by(data_dir: str, stopping: threading.Event) -> int | None:
    """Return the data folder's worker lock, waiting while another worker holds it.

    Several nodes sharing a data folder each run a worker: one posts, the others
    stand by and take over when it stops. None if told to stop while waiting.
    """
    said = False
    while not stopping.is_set():
        try:
            return take_lock(data_dir)
        except AlreadyRunning:
            if not said:
                log.info("another webhook worker holds this data folder; standing by")
                said = True
            stopping.wait(STANDBY_POLL)
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the worker until SIGTERM or SIGINT; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tempmail.webhook_worker",
                                     description="tempmail webhook worker")
    parser.add_argument("--data-dir", help="overrides TEMPMAIL_DATA_DIR")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="tempmail-webhooks: %(message)s",
                        stream=sys.stderr)
    try:
        settings = config.load(overrides={"DATA_DIR": args.data_dir} if args.data_dir else None)
    except config.ConfigError as exc:
        log.error("configuration error: %s", exc)
        return 2
    data_dir = settings["DATA_DIR"]
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    try:
        lock = _take_lock_or_stand_by(data_dir, stopping)
        if lock is None:
            return 0
        metrics.init(settings["NODE_DIR"])
    except OSError as exc:
        log.error("cannot prepare the data folder: %s", type(exc).__name__)
        return 1
    worker = Worker(settings)

    def stop(*_):
        stopping.set()
        worker.wake.set()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("started (webhooks: %s)", settings["WEBHOOKS"])
    try:
        worker.run(stopping)
    finally:
        os.close(lock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
