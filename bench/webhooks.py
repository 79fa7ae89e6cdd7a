"""Webhook benchmark: delivery -> webhook received, through real Exim, the router and the worker.

    python bench/webhooks.py [--samples 40] [--burst 40]

Starts Exim with the project's exim.conf and the router service on a free
127.0.0.1 port, the webhook worker (python -m tempmail.webhook_worker) and a
receiver on 127.0.0.1 (allowed with TEMPMAIL_WEBHOOK_ALLOW, as tests do). Each
sample sends one mail over SMTP to an inbox with a webhook and waits for the
POST. "Delivery" is the moment the router stored the message (the time in its
Maildir name, which the payload's message id carries); "sent" is when the SMTP
client started. Then a burst: --burst mails to --burst inboxes at once.
Target: delivery -> webhook received median <= 300 ms.
"""

import argparse
import json
import os
import smtplib
import statistics
import subprocess
import sys
import time

from webhook_receiver import Receiver

from tempmail.inboxes import Inboxes

from common import report
import helpers

TARGET_MS = 300
MAIL = (b"From: App <no-reply@app.example>\r\nSubject: Your code\r\n\r\n"
        b"Your sign-in code is 123456\r\n")


def delivered_at(body):
    """Return the delivery time (Unix seconds) the payload's message id carries."""
    return int(json.loads(body)["data"]["id"].split(".", 1)[0]) / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--burst", type=int, default=40)
    args = parser.parse_args()
    if not 1 <= args.samples <= 1000 or not 0 <= args.burst <= 500:
        parser.error("samples in [1, 1000], burst in [0, 500]")
    data_dir = helpers.make_data_dir()
    exim = helpers.Exim(data_dir, TM_MAILBOX_CAP=1000)
    receiver = Receiver()
    env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir,
               TEMPMAIL_DOMAINS=f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
               TEMPMAIL_WEBHOOK_ALLOW="127.0.0.1", TEMPMAIL_WEBHOOK_INBOX_RATE="1000",
               TEMPMAIL_WEBHOOK_CLIENT_RATE="100000")
    worker = subprocess.Popen([sys.executable, "-m", "tempmail.webhook_worker"],
                              cwd=helpers.ROOT, env=env, stderr=subprocess.DEVNULL)
    service = Inboxes(helpers.settings(data_dir, WEBHOOK_ALLOW="127.0.0.1"))
    try:
        def hooked():
            entry = service.create(lifetime=3600).entry
            service.note_api_key(entry, "bench")
            service.set_webhook(entry, receiver.url, "http://bench.example/api/v1")
            return entry

        entry = hooked()
        with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as smtp:
            smtp.sendmail("bench@example.org", [entry.address], MAIL)   # warm up
            receiver.wait(1)
            from_delivery, from_send = [], []
            for index in range(args.samples):
                sent = time.time()
                smtp.sendmail("bench@example.org", [entry.address], MAIL)
                arrived = receiver.wait(index + 2)
                body = arrived[-1][2]
                from_delivery.append(receiver.wall[-1] - delivered_at(body))
                from_send.append(receiver.wall[-1] - sent)
        print(f"one message at a time ({args.samples} samples)")
        report("  delivery -> webhook received median (ms)",
               statistics.median(from_delivery) * 1000, TARGET_MS)
        report("  delivery -> webhook received worst (ms)", max(from_delivery) * 1000)
        report("  SMTP send -> webhook received median (ms)", statistics.median(from_send) * 1000)
        report("  median / target", statistics.median(from_delivery) * 1000 / TARGET_MS, 1.0)
        if args.burst:
            inboxes = [hooked() for _ in range(args.burst)]
            before = len(receiver.received)
            with smtplib.SMTP("127.0.0.1", exim.port, timeout=60) as smtp:
                for item in inboxes:
                    smtp.sendmail("bench@example.org", [item.address], MAIL)
            receiver.wait(before + args.burst, timeout=120)
            burst = [wall - delivered_at(body) for wall, (_, _, body, _) in
                     zip(receiver.wall[before:], receiver.received[before:], strict=True)]
            print(f"a burst of {args.burst} messages to {args.burst} inboxes")
            report("  delivery -> webhook received median (ms)",
                   statistics.median(burst) * 1000, TARGET_MS)
            report("  delivery -> webhook received worst (ms)", max(burst) * 1000)
            report("  burst median / one-at-a-time median",
                   statistics.median(burst) / statistics.median(from_delivery))
    finally:
        helpers.stop_process(worker)
        receiver.stop()
        exim.stop()
        helpers.remove_tree(data_dir)


if __name__ == "__main__":
    main()
