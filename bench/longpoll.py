"""Long-poll benchmark: the site's latency while many API clients wait for mail, in one run.

    python bench/longpoll.py [--clients 100 500] [--samples 40] [--deliveries 20]

Starts gunicorn with the project's gunicorn.conf.py on a free 127.0.0.1 port.
For each client count N: N raw sockets (one selector loop, one thread) park in
GET /api/v1/inbox/messages?wait=20, each on its own inbox; meanwhile the site's
welcome page and a non-waiting API call (GET /api/v1/inbox) are timed on fresh
connections; then messages are delivered with maildir.deliver to some of the
waiting inboxes and the time from delivery to each waiting response is taken.
Targets: page and API call worst <= 100 ms; delivery -> response median well
under a second (the API's target, bench/api.py, is 300 ms).
"""

import argparse
import http.client
import io
import selectors
import socket
import statistics
import threading
import time

from tempmail.inboxes import Inboxes

from common import report
import helpers
from serving import gunicorn, rss_kb, worker_of

WAIT = 20
MAIL = b"From: App <no-reply@app.example>\r\nSubject: Your code\r\n\r\ncode 123456\r\n"


def timed_get(port, path, token=None):
    """Return seconds for one GET on a fresh connection (status must be 200)."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Authorization": f"Bearer {token}"} if token else {})
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 200, (path, response.status)
    return time.perf_counter() - started


class Waiters:
    """N waiting clients on raw sockets, served by one selector loop in one thread."""

    def __init__(self, port, tokens):
        self.selector = selectors.DefaultSelector()
        self.answered = {}   # index -> (time of the first byte, status)
        for index, token in enumerate(tokens):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(f"GET /api/v1/inbox/messages?wait={WAIT} HTTP/1.1\r\nHost: bench\r\n"
                         f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n".encode())
            sock.setblocking(False)
            self.selector.register(sock, selectors.EVENT_READ, index)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stop.is_set() and self.selector.get_map():
            for key, _ in self.selector.select(timeout=0.05):
                data = key.fileobj.recv(65536)
                if key.data not in self.answered and data:
                    self.answered[key.data] = (time.time(), int(data.split(b" ", 2)[1]))
                if not data:
                    self.selector.unregister(key.fileobj)
                    key.fileobj.close()

    def close(self):
        self.stop.set()
        self.thread.join(5)
        for key in list(self.selector.get_map().values()):
            key.fileobj.close()
        self.selector.close()


def summary(name, samples, target=None):
    report(f"{name} median (ms)", statistics.median(samples) * 1000)
    report(f"{name} worst (ms)", max(samples) * 1000, target)


port_owner = []   # the gunicorn master's pid, once started


def one_round(port, service, clients, samples, deliveries):
    issued = [service.create() for _ in range(clients + 1)]
    api_token = issued.pop().token
    waiters = Waiters(port, [item.token for item in issued])
    try:
        time.sleep(1.5)   # let every request reach its wait (or its 503)
        rss = rss_kb(worker_of(port_owner[0])) / 1024 if port_owner else None
        refused = sum(1 for _, status in waiters.answered.values() if status == 503)
        pages, calls = [], []
        for _ in range(samples):
            pages.append(timed_get(port, "/"))
            calls.append(timed_get(port, "/api/v1/inbox", api_token))
            time.sleep(0.02)
        waiting = [i for i in range(clients) if i not in waiters.answered]
        delivered = {}
        for index in waiting[:deliveries]:
            delivered[index] = time.time()
            helpers.deliver(service.mailbox_path(issued[index].entry), io.BytesIO(MAIL),
                            issued[index].entry)
            time.sleep(0.02)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(i not in waiters.answered for i in delivered):
            time.sleep(0.02)
        latencies = [waiters.answered[i][0] - at for i, at in delivered.items()
                     if i in waiters.answered and waiters.answered[i][1] == 200]
    finally:
        waiters.close()
        for item in issued:   # releases the waits still parked on the server
            service.delete(item.entry)
    print(f"{clients} clients in ?wait={WAIT}: {clients - refused} waiting, {refused} answered 503")
    if rss is not None:
        report("  worker RSS while they wait (MB)", rss)
    summary("  site page / while waiting", pages, 100)
    summary("  API GET /api/v1/inbox while waiting", calls, 100)
    if latencies:
        summary(f"  delivery -> response ({len(latencies)} of {len(delivered)})", latencies)
    return pages, calls


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--deliveries", type=int, default=20)
    args = parser.parse_args()
    if not all(1 <= n <= 800 for n in args.clients) or not 1 <= args.samples <= 500:
        parser.error("clients in [1, 800], samples in [1, 500]")
    with gunicorn() as (server, port, data_dir):
        service = Inboxes(helpers.settings(data_dir))
        token = service.create().token
        port_owner.append(server.pid)
        for _ in range(3):   # warm up: templates, the registry, the limiter
            timed_get(port, "/")
            timed_get(port, "/api/v1/inbox", token)
        report("worker RSS with no waiting clients (MB)", rss_kb(worker_of(server.pid)) / 1024)
        quiet_pages = [timed_get(port, "/") for _ in range(args.samples)]
        quiet_calls = [timed_get(port, "/api/v1/inbox", token) for _ in range(args.samples)]
        print("no waiting clients")
        summary("  site page /", quiet_pages)
        summary("  API GET /api/v1/inbox", quiet_calls)
        for clients in args.clients:
            pages, calls = one_round(port, service, clients, args.samples, args.deliveries)
            report("  page median while waiting / quiet",
                   statistics.median(pages) / statistics.median(quiet_pages))
            report("  API median while waiting / quiet",
                   statistics.median(calls) / statistics.median(quiet_calls))
            time.sleep(1)


if __name__ == "__main__":
    main()
