"""Live inbox benchmark: delivery -> event on the page with many open streams, and the rest
of the site meanwhile, in one run.

    python bench/streams.py [--streams 1000] [--deliveries 30] [--samples 20]

Starts `make run`'s stack (helpers.Stack: real Exim, the router, gunicorn, the stream
service) on loopback and makes --streams inboxes. Phase 1 holds one page stream, phase 2
one page stream per inbox (the inbox page's /inbox/events with its session cookie, all on
one asyncio loop in this process). In each phase mail is sent through Exim to inboxes
with an open stream, and we time from the moment the router linked the message into new/
(the file's ctime, as bench/api.py) to the moment its event arrived; meanwhile the inbox
page, its list fragment, a message page and the API's inbox and list calls are timed on
fresh connections straight to gunicorn's socket, where nginx sends them in production
(make run's front, web/devproxy.py, is left out of that path). Targets (issue #17):
median delivery -> event <= 200 ms with 1,000 streams open, every other page and API call
within 100 ms (worst case; the 95th percentile is printed too). Ratios compare the phases.
"""

import argparse
import asyncio
import http.client
import os
import random
import socket
import statistics
import threading
import time

import aiohttp

from tempmail import create_app, maildir
from tempmail.inboxes import Inboxes

from common import median_ms, report, rss_kb
import helpers

MAIL = ("From: Shop <no-reply@shop.example>\r\nTo: {to}\r\nSubject: Your code {n}\r\n"
        "\r\nYour code is {code}\r\n")


class Listeners:
    """Page streams on one asyncio loop in a thread; record when each message event lands."""

    def __init__(self, port):
        self.port = port
        self.loop = asyncio.new_event_loop()
        self.arrived = {}    # message id -> time.time() of its event
        self.opened = 0
        self.refused = []
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.ready.wait(10)

    def _run(self):
        asyncio.set_event_loop(self.loop)

        async def start():
            self.session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0, force_close=True),
                timeout=aiohttp.ClientTimeout(total=None, sock_read=None))
        self.loop.run_until_complete(start())
        self.ready.set()
        self.loop.run_forever()

    async def _listen(self, cookie):
        url = f"http://127.0.0.1:{self.port}/inbox/events"
        try:
            async with self.session.get(url, headers={"Cookie": f"tempmail={cookie}"}) as response:
                if response.status != 200:
                    self.refused.append(response.status)
                    return
                self.opened += 1
                async for line in response.content:
                    if line.startswith(b"id: "):
                        self.arrived[line[4:].strip().decode()] = time.time()
        except (aiohttp.ClientError, asyncio.CancelledError):
            pass

    def open(self, cookies, timeout=120):
        """Open one stream per cookie; return once all answered."""
        target = self.opened + len(cookies)
        for cookie in cookies:
            asyncio.run_coroutine_threadsafe(self._listen(cookie), self.loop)
        deadline = time.monotonic() + timeout
        while self.opened + len(self.refused) < target:
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {self.opened} of {target} streams opened")
            time.sleep(0.05)
        if self.refused:
            raise RuntimeError(f"streams refused: {sorted(set(self.refused))}")

    def close(self):
        async def stop():
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()
            await self.session.close()
        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


class UnixHTTPConnection(http.client.HTTPConnection):
    """HTTP to gunicorn's unix socket, where nginx would send the request in production."""

    def __init__(self, path, timeout):
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def timed_get(web_socket, path, headers):
    """Return seconds for one GET on a fresh connection (the answer must be 200)."""
    started = time.perf_counter()
    conn = UnixHTTPConnection(web_socket, timeout=30)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 200, (path, response.status)
    return time.perf_counter() - started


def one_delivery(stack, service, issued, listeners, n):
    """Send one mail through Exim; return (delivery -> event, SMTP start -> event) seconds."""
    path = service.mailbox_path(issued.entry)
    before = set(maildir.list_ids(path))
    sent = time.time()
    stack.send(issued.address, MAIL.format(to=issued.address, n=n, code=100000 + n).encode())
    [message_id] = helpers.wait_for(lambda: set(maildir.list_ids(path)) - before, 30,
                                    interval=0.01)
    helpers.wait_for(lambda: message_id in listeners.arrived, 30, interval=0.005)
    linked = os.stat(os.path.join(path, *maildir.locate(path, message_id))).st_ctime
    return listeners.arrived[message_id] - linked, listeners.arrived[message_id] - sent


def measure(stack, service, inboxes, listeners, deliveries, samples, calls):
    """Deliver to inboxes (whose streams are open) while timing calls; return the figures."""
    latencies, after_smtp, timings = [], [], {name: [] for name in calls}
    stop = threading.Event()
    web_socket = os.path.join(stack.data_dir, "run", "web.sock")   # gunicorn under make run

    def time_calls():
        while not stop.is_set() or min(len(v) for v in timings.values()) < samples:
            for name, (path, headers) in calls.items():
                timings[name].append(timed_get(web_socket, path, headers))
            time.sleep(0.05)
    timer = threading.Thread(target=time_calls)
    timer.start()
    try:
        for n in range(deliveries):
            latency, since_smtp = one_delivery(stack, service, random.choice(inboxes),
                                               listeners, n)
            latencies.append(latency)
            after_smtp.append(since_smtp)
            time.sleep(0.2)
    finally:
        stop.set()
        timer.join(120)
    return latencies, after_smtp, timings


def percentile(samples, percent):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))]


def stream_service_pid(stack):
    with open(f"/proc/{stack.process.pid}/task/{stack.process.pid}/children") as handle:
        for child in handle.read().split():
            with open(f"/proc/{child}/cmdline", "rb") as cmdline:
                if b"tempmail.web.stream_server" in cmdline.read():
                    return int(child)
    raise RuntimeError("no stream service")


def threads_of(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("Threads:"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=1000)
    parser.add_argument("--deliveries", type=int, default=30)
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()
    stack = helpers.Stack(TEMPMAIL_STREAM_PER_CLIENT=str(args.streams + 10),
                          TEMPMAIL_STREAM_MAX=str(args.streams + 10),
                          TEMPMAIL_POLL_LIMIT="1000000 per minute")
    listeners = None
    try:
        service = Inboxes(helpers.settings(stack.data_dir))
        inboxes = [service.create(domain=helpers.DOMAIN) for _ in range(args.streams)]
        flask_app = create_app({"DATA_DIR": stack.data_dir, "DOMAINS": helpers.DOMAIN,
                                "RATELIMIT_STORAGE_URI": "memory://"})
        sign = flask_app.session_interface.get_signing_serializer(flask_app).dumps
        cookies = [sign({"inboxes": [i.token], "current": i.token}) for i in inboxes]
        first = inboxes[0]
        stack.send(first.address, MAIL.format(to=first.address, n="x", code=999999).encode())
        message_id = helpers.wait_for(lambda: maildir.list_ids(service.mailbox_path(first.entry)),
                                      30)[0]
        forwarded = {"X-Forwarded-For": "127.0.0.1", "X-Forwarded-Proto": "http"}
        page = {"Cookie": f"tempmail={cookies[0]}", **forwarded}
        api = {"Authorization": f"Bearer {first.token}", **forwarded}
        calls = {"inbox page": ("/", page), "list fragment": ("/inbox/messages", page),
                 "message page": (f"/m/{message_id}", page),
                 "API inbox": ("/api/v1/inbox", api), "API list": ("/api/v1/inbox/messages", api)}
        listeners = Listeners(stack.http_port)
        pid = stream_service_pid(stack)

        listeners.open(cookies[1:2])
        one = measure(stack, service, inboxes[1:2], listeners, args.deliveries, args.samples,
                      calls)
        listeners.open(cookies[:1] + cookies[2:])   # now one stream per inbox
        opened = listeners.opened
        many = measure(stack, service, inboxes[1:], listeners, args.deliveries, args.samples,
                       calls)

        print(f"\n{opened} page streams open; stream service: {threads_of(pid)} threads, "
              f"{rss_kb(pid) / 1024:.0f} MB resident")
        report("delivery -> event, 1 stream, median ms", median_ms(one[0]))
        report(f"delivery -> event, {opened} streams, median ms", median_ms(many[0]),
               target=200)
        report(f"delivery -> event, {opened} streams, worst ms", max(many[0]) * 1000)
        report(f"SMTP session start -> event, {opened} streams, median ms", median_ms(many[1]))
        report("ratio: median with many streams / with one", statistics.median(many[0]) /
               statistics.median(one[0]))
        worst_all = 0.0
        for name in calls:
            idle, busy = one[2][name], many[2][name]
            worst_all = max(worst_all, max(busy))
            report(f"{name}: median ms, {opened} streams", median_ms(busy))
            report(f"{name}: 95th percentile ms, {opened} streams", percentile(busy, 95) * 1000,
                   target=100)
            report(f"{name}: worst ms, 1 stream / {opened} streams", max(idle) * 1000)
            report(f"{name}: worst ms, {opened} streams", max(busy) * 1000, target=100)
            report(f"{name}: ratio of medians, many / one stream",
                   statistics.median(busy) / statistics.median(idle))
        report("every page and API call: worst ms", worst_all * 1000, target=100)
    finally:
        if listeners is not None:
            listeners.close()
        stack.stop()
        helpers.remove_tree(stack.data_dir)


if __name__ == "__main__":
    main()
