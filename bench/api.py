"""API benchmark: how soon a waiting client hears of a delivered message.

    python bench/api.py [--runs N]

Each run: a client parks in GET /api/v1/inbox/messages?wait=30, a message is
sent through the project's Exim, and we time from the moment the router put
the message in new/ (the file's link time, the router's last act before exit)
to the moment the waiting response arrives. Target: median <= 300 ms.
"""

import argparse
import json
import os
import statistics
import threading
import time
import urllib.request

from tempmail import maildir

from common import report
import helpers


def call(url, method="GET", token=None, timeout=60):
    request = urllib.request.Request(url, method=method, headers={
        "Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def one_run(stack, service):
    inbox = call(stack.url + "/api/v1/inboxes", "POST")
    arrived = {}

    def wait():
        body = call(stack.url + "/api/v1/inbox/messages?wait=30", token=inbox["token"])
        arrived["at"] = time.time()
        arrived["count"] = len(body["messages"])
    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.3)
    stack.send(inbox["address"], b"Subject: your code\r\n\r\nYour code is 123456\r\n")
    waiter.join(40)
    entry = service.find(inbox["address"])
    path = service.mailbox_path(entry)
    [message_id] = maildir.list_ids(path)
    linked = os.stat(maildir.locate(path, message_id)).st_ctime
    assert arrived.get("count") == 1, arrived
    return arrived["at"] - linked


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    os.environ.setdefault("TEMPMAIL_CREATE_LIMIT", "100000 per hour")
    stack = helpers.Stack()
    try:
        service = helpers.Inboxes(helpers.settings(stack.data_dir, DOMAINS=helpers.DOMAIN))
        latencies = [one_run(stack, service) for _ in range(args.runs)]
    finally:
        stack.stop()
        helpers.remove_tree(stack.data_dir)
    latencies.sort()
    median = statistics.median(latencies) * 1000
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * len(latencies))) - 1)] * 1000
    print(f"router exit -> ?wait= response, {args.runs} runs through Exim and gunicorn")
    report("median (ms)", median, 300)
    report("p95 (ms)", p95)
    report("max (ms)", latencies[-1] * 1000)


if __name__ == "__main__":
    main()
