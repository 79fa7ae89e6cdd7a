"""Attachment download benchmark: worker memory and time to first byte, in one run.

    python bench/attachment.py [--megabytes 9] [--downloads 10]

Starts gunicorn with the project's gunicorn.conf.py on a free 127.0.0.1 port,
delivers one message carrying a MEGABYTES attachment (base64), views it once
(the rendering is cached), then downloads the attachment DOWNLOADS times.
Targets: the worker's RSS after the downloads <= 1.3x its RSS before them;
time to first byte of the download is reported against a trivial route
(/robots.txt). RSS is read from /proc/<worker>/status (VmRSS), the worker
being the gunicorn master's child.
"""

import argparse
import base64
import http.client
import io
import json
import os
import statistics
import time

from tempmail.inboxes import Inboxes

from common import report
import helpers
from serving import gunicorn, rss_kb, worker_of


def fetch(port, path, token=None):
    """Return (seconds to the first body byte, seconds to the end, body size, status)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": f"Bearer {token}"} if token else {})
    response = conn.getresponse()
    first = response.read(1)
    ttfb = time.perf_counter() - started
    size = len(first)
    while chunk := response.read(1 << 16):
        size += len(chunk)
    total = time.perf_counter() - started
    conn.close()
    return ttfb, total, size, response.status


def message_with(payload):
    body = base64.encodebytes(payload)
    return (b"From: Sender <s@example.org>\r\nTo: x@" + helpers.DOMAIN.encode() + b"\r\n"
            b"Subject: Big attachment\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/plain\r\n\r\nSee the attachment.\r\n--b\r\n"
            b"Content-Type: application/pdf; name=big.pdf\r\n"
            b"Content-Disposition: attachment; filename=big.pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"--b--\r\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=9)
    parser.add_argument("--downloads", type=int, default=10)
    args = parser.parse_args()
    if not 0 < args.megabytes <= 30 or not 1 <= args.downloads <= 100:
        parser.error("megabytes in (0, 30], downloads in [1, 100]")
    with gunicorn() as (server, port, data_dir):
        worker = worker_of(server.pid)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", "/api/v1/inboxes", body="{}",
                     headers={"Content-Type": "application/json"})
        token = json.loads(conn.getresponse().read())["token"]
        conn.close()
        service = Inboxes(helpers.settings(data_dir))
        entry = service.by_token(token)
        payload = os.urandom(int(args.megabytes * 1024 * 1024))
        message_id = helpers.deliver(service.mailbox_path(entry), io.BytesIO(message_with(payload)),
                                     entry)
        fresh = rss_kb(worker)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", f"/api/v1/inbox/messages/{message_id}",
                     headers={"Authorization": f"Bearer {token}"})
        message = json.loads(conn.getresponse().read())
        conn.close()
        url = next(a["url"] for a in message["attachments"] if a["name"] == "big.pdf")
        for _ in range(3):
            fetch(port, "/robots.txt")
        before = rss_kb(worker)
        firsts, totals, trivial = [], [], []
        for _ in range(args.downloads):
            ttfb, total, size, status = fetch(port, url, token)
            assert status == 200 and size == len(payload), (status, size)
            firsts.append(ttfb)
            totals.append(total)
            trivial.append(fetch(port, "/robots.txt")[0])
        after = rss_kb(worker)
        median = statistics.median
        print(f"gunicorn gthread, {args.megabytes:g} MB attachment (base64), "
              f"{args.downloads} downloads")
        report("worker RSS fresh (MB)", fresh / 1024)
        report("worker RSS after the first view (MB)", before / 1024)
        report(f"worker RSS after {args.downloads} downloads (MB)", after / 1024)
        report("RSS after downloads / before downloads", after / before, 1.3)
        report("RSS after downloads / fresh worker (info)", after / fresh)
        report("download, time to first byte (ms, median)", median(firsts) * 1000)
        report("trivial route, time to first byte (ms, median)", median(trivial) * 1000)
        report("download TTFB / trivial TTFB", median(firsts) / median(trivial))
        report("whole download (ms, median)", median(totals) * 1000)


if __name__ == "__main__":
    main()
