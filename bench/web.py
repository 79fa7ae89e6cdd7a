"""Website benchmark: ratios against a trivial route on the same gunicorn, in one run.

    python bench/web.py [--requests N]

Targets: inbox list with 500 messages <= 4x; unchanged-inbox poll (304) <= 1.5x;
repeat view of a message <= 2x; first view of a 53 KB HTML newsletter <= 1.3x
one bleach clean of it (bleach.clean with its defaults, in this process).
The inbox is encrypted at rest (every message sealed to its key, as the router
stores it): the list and views pay for opening them.
"""

import argparse
import http.client
import io
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time

from tempmail import maildir
from tempmail.inboxes import Inboxes

from common import ROOT, report
import helpers


class Client:
    """One keep-alive HTTP connection that keeps the session cookie."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return response.status, response.getheader("ETag"), data

    def timed(self, path, headers=None, expect=200):
        started = time.perf_counter()
        status, _, _ = self.request("GET", path, headers=headers)
        elapsed = time.perf_counter() - started
        assert status == expect, (path, status)
        return elapsed


def start_gunicorn(data_dir, port):
    env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
               TEMPMAIL_POLL_LIMIT="1000000 per minute", TEMPMAIL_CREATE_LIMIT="1000 per minute",
               TEMPMAIL_MAILBOX_MAX_MESSAGES="1000")
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                                "--bind", f"127.0.0.1:{port}", "wsgi:app"], cwd=ROOT, env=env)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.1)


def new_inbox(client):
    _, _, page = client.request("GET", "/")
    token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1).decode()
    status, _, _ = client.request("POST", "/new", body=f"csrf_token={token}")
    assert status == 302


def median_ms(samples):
    return statistics.median(samples) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--newsletters", type=int, default=30)
    args = parser.parse_args()
    if min(args.requests, args.newsletters) < 1:
        parser.error("counts must be at least 1")
    import bleach
    data_dir = helpers.make_data_dir()
    port = helpers.free_port()
    server = start_gunicorn(data_dir, port)
    try:
        client = Client(port)
        new_inbox(client)
        service = Inboxes(helpers.settings(data_dir))
        entry = service.registry.live()[0]
        mailbox = service.mailbox_path(entry)
        sample = helpers.data("nested.eml")
        assert entry.sealed, "inboxes are encrypted at rest"
        for i in range(500):
            helpers.deliver(mailbox, io.BytesIO(sample.replace(b"Subject: Nested",
                                                               b"Subject: Nested %d" % i)), entry)
        time.sleep(0.2)  # let the Maildir's state settle (see rendering.RECENT_NS)
        started = time.perf_counter()
        status, etag, _ = client.request("GET", "/inbox/messages")  # builds the index once
        cold = time.perf_counter() - started
        message_id = maildir.list_ids(mailbox)[0]
        client.timed(f"/m/{message_id}")
        samples = {key: [] for key in ("trivial", "list", "poll", "view")}
        for _ in range(args.requests):
            samples["trivial"].append(client.timed("/robots.txt"))
            samples["list"].append(client.timed("/inbox/messages"))
            samples["poll"].append(client.timed("/inbox/messages", {"If-None-Match": etag}, 304))
            samples["view"].append(client.timed(f"/m/{message_id}"))
        trivial = median_ms(samples["trivial"])
        print(f"gunicorn gthread, one keep-alive client, median of {args.requests} interleaved;"
              " an encrypted inbox")
        report("trivial route /robots.txt (ms)", trivial)
        report("first inbox list, 500 sealed messages (ms)", cold * 1000)
        report("inbox list, 500 messages / trivial", median_ms(samples["list"]) / trivial, 4)
        report("unchanged-inbox poll (304) / trivial", median_ms(samples["poll"]) / trivial, 1.5)
        report("repeat view of a message / trivial", median_ms(samples["view"]) / trivial, 2)

        from tempmail import sanitize
        newsletter = helpers.data("newsletter.eml")
        html = newsletter.split(b"\r\n\r\n", 1)[1].decode()
        firsts, ours, defaults = [], [], []
        for i in range(args.newsletters):
            message_id = helpers.deliver(mailbox, io.BytesIO(newsletter.replace(
                b"Widgets weekly", b"Widgets weekly %d" % i)), entry)
            firsts.append(client.timed(f"/m/{message_id}"))
            for function, samples in ((lambda: sanitize.sanitize(html), ours),
                                      (lambda: bleach.clean(html), defaults)):
                started = time.perf_counter()
                function()
                samples.append(time.perf_counter() - started)
        first, clean, default = median_ms(firsts), median_ms(ours), median_ms(defaults)
        print(f"53 KB newsletter, median of {args.newsletters} interleaved")
        report("first view of the newsletter (ms)", first)
        report("one bleach clean, tempmail's allowlists (ms)", clean)
        report("one bleach.clean with bleach's defaults (ms)", default)
        report("first view / one clean (tempmail's)", first / clean, 1.3)
        report("first view / bleach.clean defaults (info)", first / default)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
