"""Hostile mails: worst list and open, and a plain page's latency while they are read.

    python bench/hostile.py [--seconds S]

The hostile set is the audit's mails (issue 19) scaled to the 10 MB size limit,
plus nested and repetitive variants. First, in this process, each is listed
(rendering.index) and opened (rendering.render) cold, alone. Then, on a real
gunicorn (the shipped gunicorn.conf.py), two attacker clients keep delivering
and reading fresh hostile copies while a reader lists their own inbox and opens
a plain message. Targets: each hostile list and open under 1 s; the plain page
under 100 ms (median; the worst is printed too) while they are being read.
"""

import argparse
import io
import shutil
import statistics
import tempfile
import threading
import time

from tempmail import config, maildir, rendering
from tempmail.inboxes import Inboxes

from common import report
import helpers
from web import Client, new_inbox, start_gunicorn

SIZE = config.DEFAULTS["MAX_MESSAGE_SIZE"]


def message(body, content_type="text/plain", subject="Your verification code"):
    head = (f"From: a@x.example\r\nTo: b@{helpers.DOMAIN}\r\nSubject: {subject}\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {content_type}; charset=utf-8\r\n\r\n").encode()
    body = body.encode()
    return head + body[:SIZE - len(head) - 2] + b"\r\n"


def repeat(unit, size=SIZE):
    return unit * (size // len(unit))


def hostile_set():
    """Return {name: raw message}, each near the 10 MB size limit."""
    html = "text/html"
    unique = "".join(f"code {100000 + i} " for i in range(SIZE // 12))
    both = repeat("code 123456 ", SIZE // 2)
    return {
        "text: 'code 123456 ' repeated": message(repeat("code 123456 ")),
        "text: 'code N' with unique codes": message(unique),
        "text: 'enter 123456 ' repeated": message(repeat("enter 123456 ")),
        "text: one line without spaces": message(repeat("x")),
        "text: 'kod' repeated (one word)": message(repeat("kod")),
        "text: dashes and codes on lines": message(repeat("123456\n" + "-" * 60 + "\n")),
        "html: '<style ' repeated": message(repeat("<style "), html),
        "html: '<a ' repeated": message(repeat("<a "), html),
        "html: '<script ' repeated": message(repeat("<script "), html),
        "html: '<div>' nested": message(repeat("<div>"), html),
        "html: '<b><i>' nested": message(repeat("<b><i>"), html),
        "html: '<table><tr><td>' nested": message(repeat("<table><tr><td>"), html),
        "html: lone '<' repeated": message(repeat("<"), html),
        "html: '&amp;' repeated": message(repeat("&amp;"), html),
        "html: attribute full of '&'": message("<p title=\"" + repeat("&") + "\">x</p>", html),
        "html: keyword and code repeated": message(repeat("<p>code 123456</p>"), html),
        "html: many links": message(repeat('<a href="https://x.example/v?a=1&b=2">verify</a> '),
                                    html),
        "html: '<!--' repeated": message(repeat("<!--x"), html),
        "html: CSS blocks nested in <style>": message("<style>" + repeat("{"), html),
        "html: style attributes, unique": message(
            "".join(f'<p style="width:{i}px">x</p>' for i in range(SIZE // 32)), html),
        "headers: 490 x 16 KB of encoded words": (
            "".join(f"X-H{i}: {repeat('=?utf-8?q?a?= ', 16000)}\r\n" for i in range(490))
            + "Subject: x\r\n\r\nbody").encode(),
        "multipart: text and html, both hostile": message(
            f"--b\r\nContent-Type: text/plain\r\n\r\n{both}\r\n--b\r\nContent-Type: text/html\r\n"
            f"\r\n{repeat('<a ', SIZE // 2)}\r\n--b--", "multipart/alternative; boundary=b"),
    }


def settle(mailbox):
    time.sleep(maildir.RECENT_NS / 1e9 + 0.01)
    maildir._LISTINGS.items.clear()
    rendering._INDEXES.items.clear()


def alone(mails):
    """Time a cold list and a cold open of each mail, each in its own mailbox."""
    root = tempfile.mkdtemp(prefix="tempmail-hostile-")
    worst = {"list": 0.0, "open": 0.0}
    try:
        print(f"{'hostile mail (10 MB)':<44} {'list s':>7} {'open s':>7}  rendered as")
        for number, (name, raw) in enumerate(mails.items()):
            mailbox = maildir.create(root, f"m{number}")
            message_id = maildir.deliver(mailbox, io.BytesIO(raw))
            settle(mailbox)
            started = time.perf_counter()
            entry = rendering.index(mailbox)[0]
            listed = time.perf_counter() - started
            started = time.perf_counter()
            data = rendering.render(mailbox, message_id)
            opened = time.perf_counter() - started
            shown = "page" if data["ok"] else "raw source (" + (data["problem"] or "")[:34] + ")"
            code = f" code {entry['code']}" if entry["code"] else ""
            print(f"{name:<44} {listed:7.3f} {opened:7.3f}  {shown}{code}", flush=True)
            worst["list"], worst["open"] = max(worst["list"], listed), max(worst["open"], opened)
            shutil.rmtree(mailbox, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report("worst hostile list, alone (s)", worst["list"], 1.0)
    report("worst hostile open, alone (s)", worst["open"], 1.0)
    return worst


def under_attack(mails, seconds):
    """Serve a plain list and message on gunicorn while attackers read fresh hostile mail."""
    data_dir = helpers.make_data_dir()
    port = helpers.free_port()
    server = start_gunicorn(data_dir, port)
    stop, attacks, lock = threading.Event(), [], threading.Lock()
    try:
        service = Inboxes(helpers.settings(data_dir))
        reader = Client(port)
        new_inbox(reader)
        plain_entry = service.registry.live()[0]
        plain_box = service.mailbox_path(plain_entry)
        plain = helpers.deliver(plain_box, io.BytesIO(message(
            "Hello,\r\n\r\nYour verification code is 482913.\r\n\r\nThanks")), plain_entry)
        attackers = []
        for _ in range(2):
            client = Client(port)
            new_inbox(client)
            attackers.append(client)
        boxes = [(service.mailbox_path(entry), entry) for entry in service.registry.live()
                 if service.mailbox_path(entry) != plain_box]
        kinds = list(mails.values())

        def attack(client, mailbox, offset):
            turn = offset
            while not stop.is_set():
                raw = kinds[turn % len(kinds)]
                message_id = helpers.deliver(mailbox[0], io.BytesIO(raw), mailbox[1])
                started = time.perf_counter()
                client.request("GET", "/inbox/messages")
                client.request("GET", f"/m/{message_id}")
                with lock:
                    attacks.append(time.perf_counter() - started)
                maildir.delete(mailbox[0], message_id)
                turn += 1
        threads = [threading.Thread(target=attack, args=(client, box, i * 7))
                   for i, (client, box) in enumerate(zip(attackers, boxes, strict=True))]
        time.sleep(0.2)
        reader.timed("/inbox/messages")
        reader.timed(f"/m/{plain}")
        quiet = [reader.timed("/inbox/messages") for _ in range(20)]
        for thread in threads:
            thread.start()
        lists, opens, until = [], [], time.monotonic() + seconds
        while time.monotonic() < until:
            lists.append(reader.timed("/inbox/messages"))
            opens.append(reader.timed(f"/m/{plain}"))
            time.sleep(0.02)
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"gunicorn (gunicorn.conf.py), {len(attackers)} attackers reading fresh 10 MB hostile "
          f"mail for {seconds:g} s: {len(attacks)} hostile list+open, {len(lists)} plain pages")
    report("hostile list+open over HTTP, median (s)", statistics.median(attacks))
    report("hostile list+open over HTTP, worst (s)", max(attacks))
    report("plain inbox list, quiet, median (ms)", statistics.median(quiet) * 1000)
    report("plain inbox list under attack, median (ms)", statistics.median(lists) * 1000, 100)
    report("plain message under attack, median (ms)", statistics.median(opens) * 1000, 100)
    pages = sorted(lists + opens)
    report("plain page under attack, 95th percentile (ms)", pages[int(len(pages) * 0.95)] * 1000)
    report("plain page under attack, worst (ms)", pages[-1] * 1000)
    report("plain list under attack / quiet (ratio)",
           statistics.median(lists) / statistics.median(quiet))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    mails = hostile_set()
    alone(mails)
    under_attack(mails, args.seconds)


if __name__ == "__main__":
    main()
