"""The router service behind a real Exim: kills, outages, load, nothing lost or doubled."""

import concurrent.futures
import os
import random
import re
import smtplib
import threading
import time

import pytest

from tempmail import maildir

import helpers

pytestmark = pytest.mark.integration

# Production retries every minute; here Exim's queue runner and retry rule run
# every second, so a 60 s outage spans ~60 retries of each message, as an hour
# would in production. TEMPMAIL_TEST_OUTAGE shortens it while developing.
OUTAGE = float(os.environ.get("TEMPMAIL_TEST_OUTAGE", "60"))
BIG = 2 * 1024 * 1024


def message(number, size=0):
    body = (b"z" * 76 + b"\r\n") * (size // 78)
    return (b"Subject: marker %d\r\nX-Marker: %d\r\n\r\n" % (number, number) + body +
            b"END-%d\r\n" % number)


def markers(exim, issued):
    """Return the markers of the messages the inbox lists, as the site, API and CLI see it."""
    found = []
    for summary in exim.inboxes.list_messages(issued.entry):
        data = exim.inboxes.raw(issued.entry, summary["id"])
        number = int(re.search(rb"X-Marker: (\d+)", data).group(1))
        assert data.endswith(b"END-%d\n" % number), f"partial message {summary['id']}"
        found.append(number)
    return found


def assert_nothing_partial(exim, inboxes):
    for issued in inboxes:
        markers(exim, issued)


@pytest.fixture
def served_exim():
    path = helpers.make_data_dir()
    daemon = helpers.Exim(path, router_settings={"MAILBOX_MAX_MESSAGES": 5000,
                                                 "MAILBOX_MAX_BYTES": 2 * 1024 ** 3})
    yield daemon
    daemon.stop()
    helpers.remove_tree(path)


def test_sigkill_at_random_points_loses_and_doubles_nothing(served_exim):
    exim, router = served_exim, served_exim.router
    inboxes = [exim.inboxes.create(domain=helpers.DOMAIN) for _ in range(3)]
    boxes = [exim.inboxes.mailbox_path(issued.entry) for issued in inboxes]
    accepted, stop = {issued.address: [] for issued in inboxes}, threading.Event()
    big_accepted = threading.Event()
    counter, lock = iter(range(1_000_000)), threading.Lock()

    def sender():
        with smtplib.SMTP("127.0.0.1", exim.port, timeout=60) as conn:
            while not stop.is_set():
                with lock:
                    number = next(counter)
                issued = inboxes[number % 3]
                conn.sendmail("s@example.org", [issued.address],
                              message(number, BIG if number % 10 == 0 else 2000))
                accepted[issued.address].append(number)
                if number % 10 == 0:
                    big_accepted.set()
                time.sleep(0.1)   # mail keeps flowing, without piling up a huge queue

    def count(sub):
        return sum(len(os.listdir(os.path.join(box, sub))) for box in boxes)

    kills = 0
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        senders = [pool.submit(sender) for _ in range(4)]
        try:
            for round_ in range(36):
                way = round_ % 4
                if way == 0:      # anywhere: before DATA, between commands
                    time.sleep(random.uniform(0.05, 0.4))
                elif way == 3:    # mid-DATA of a 2 MB message: Exim starts delivering it
                    big_accepted.clear()          # right after its 250; LMTP takes ~0.1 s
                    big_accepted.wait(3)
                    time.sleep(random.uniform(0.005, 0.08))
                else:             # right after a file lands in new/ (fsync done, 250 maybe not),
                    sub = "new" if way == 1 else "tmp"    # or while one is being written
                    before, deadline = count(sub), time.monotonic() + 3
                    while count(sub) <= before and time.monotonic() < deadline:
                        time.sleep(0.0005)
                router.kill()
                kills += 1
                assert_nothing_partial(exim, inboxes)
                router.start()
        finally:
            stop.set()
            for future in senders:
                future.result(timeout=120)
    assert kills >= 36
    deferrals = [line for line in exim.mainlog_bytes().splitlines() if b" == " in line]
    assert any(b"closed after end of data" in line for line in deferrals)  # fsync, no 250 yet
    assert any(b"Broken pipe" in line or b"reset by peer" in line or b"closed after DATA" in line
               for line in deferrals)                                    # mid-DATA
    assert any(b"Failed to connect to socket" in line for line in deferrals)  # while down
    total = sum(len(numbers) for numbers in accepted.values())
    assert total >= 60, total

    def all_arrived():
        return all(len(markers(exim, issued)) >= len(accepted[issued.address])
                   for issued in inboxes)
    try:
        helpers.wait_for(all_arrived, timeout=180, interval=0.5)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None
    for issued in inboxes:   # a killed write may leave a tmp/ file: never listed, purged later
        assert sorted(markers(exim, issued)) == sorted(accepted[issued.address])


def test_mail_sent_while_the_router_is_down_arrives_when_it_is_back(served_exim):
    exim, router = served_exim, served_exim.router
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    router.stop()
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        for number in range(20):
            conn.sendmail("s@example.org", [issued.address], message(number))
    time.sleep(OUTAGE)
    assert markers(exim, issued) == []
    router.log = open(os.path.join(exim.data_dir, "router.log"), "ab")
    router.start()
    helpers.wait_for(lambda: len(markers(exim, issued)) >= 20, timeout=60)
    assert sorted(markers(exim, issued)) == list(range(20))


def test_500_deliveries_over_50_connections_to_one_mailbox(served_exim):
    exim = served_exim
    issued = exim.inboxes.create(domain=helpers.DOMAIN)

    def send(connection):
        with smtplib.SMTP("127.0.0.1", exim.port, timeout=120) as conn:
            for i in range(10):
                conn.sendmail("s@example.org", [issued.address], message(connection * 10 + i))
    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        try:
            list(pool.map(send, range(50)))
        except smtplib.SMTPException as exc:
            raise AssertionError(f"{exc!r}\n{exim.mainlog()}") from None
    helpers.wait_for(lambda: len(maildir.list_ids(exim.inboxes.mailbox_path(issued.entry)))
                     >= 500, timeout=180, interval=0.2)
    assert sorted(markers(exim, issued)) == list(range(500))


def test_a_message_at_exims_size_limit_arrives_even_when_the_wire_doubles_it(data_dir):
    exim = helpers.Exim(data_dir, TM_SIZE_LIMIT="1M",
                        router_settings={"MAX_MESSAGE_SIZE": 1024 * 1024})
    try:
        issued = exim.inboxes.create(domain=helpers.DOMAIN)
        body = b"Subject: dots\r\n\r\n" + b".\r\n" * 330_000   # ".\n" stored, "..\r\n" sent: 1.3 MB
        with smtplib.SMTP("127.0.0.1", exim.port, timeout=60) as conn:
            conn.sendmail("s@example.org", [issued.address], body)
        path = exim.inboxes.mailbox_path(issued.entry)
        [message_id] = helpers.wait_for(lambda: maildir.list_ids(path), timeout=60)
        assert exim.inboxes.raw(issued.entry, message_id).endswith(b"Subject: dots\n\n" + b".\n" * 330_000)
    finally:
        exim.stop()
