"""Two full nodes (Exim, router service, gunicorn) sharing one data folder and one PostgreSQL
registry, as `make run-cluster` starts them: any node serves any inbox."""

import os
import smtplib
import threading
import time
import urllib.error
import urllib.request

import pytest

from tempmail import config, purge
from tempmail.inboxes import Inboxes

import cluster_nodes
import helpers

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def nodes(pg_server):
    url = pg_server.create_database()
    data_dir = helpers.make_data_dir()
    settings = config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN})
    smtp_port, http_port = cluster_nodes.pair(), cluster_nodes.pair()
    started = [cluster_nodes.Node(settings, url, n, smtp_port, http_port) for n in (1, 2)]
    yield started, url, data_dir
    for node in started:
        if node.process.poll() is None:
            node.stop()
    helpers.remove_tree(data_dir)


def _create(node):
    status, _, body = node.api("POST", "/inboxes", body={"lifetime": 900})
    assert status == 201, body
    return body["address"], body["token"]


def _messages(node, token, wait=0):
    status, _, body = node.api("GET", f"/inbox/messages{'?wait=' + str(wait) if wait else ''}",
                               token=token, timeout=wait + 30)
    assert status == 200, body
    return body["messages"]


def test_any_node_serves_any_inbox(nodes):
    (one, two), _, _ = nodes
    address, token = _create(one)
    two.send(address, b"Subject: via node two\r\n\r\ncode 515151\r\n")
    listed = helpers.wait_for(lambda: _messages(one, token), timeout=30)
    assert listed[0]["subject"] == "via node two"
    assert [m["id"] for m in _messages(two, token)] == [listed[0]["id"]]
    status, _, body = two.api("GET", f"/inbox/messages/{listed[0]['id']}", token=token)
    assert status == 200 and "515151" in body["codes"]


def test_a_waiter_on_one_node_wakes_on_a_delivery_through_the_other(nodes):
    (one, two), _, _ = nodes
    address, token = _create(one)
    result = {}

    def wait():
        started = time.monotonic()
        result["messages"] = _messages(one, token, wait=30)
        result["seconds"] = time.monotonic() - started
    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(1.0)
    two.send(address, b"Subject: wake up\r\n\r\nhello\r\n")
    waiter.join(60)
    assert [m["subject"] for m in result["messages"]] == ["wake up"]
    assert result["seconds"] < 25        # answered by the delivery, not by the wait running out


def test_unknown_and_expired_recipients_are_refused_at_rcpt_on_both(nodes):
    (one, two), url, data_dir = nodes
    service = Inboxes(config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN,
                                       "REGISTRY_URL": url, "MIN_LIFETIME": 1, "LIFETIME": 1}))
    short = service.create(lifetime=1)
    time.sleep(1.2)
    for node in (one, two):
        for address in (f"nobody-{node.number}@{helpers.DOMAIN}", short.address):
            with smtplib.SMTP("127.0.0.1", node.smtp_port, timeout=30) as conn:
                conn.ehlo()
                conn.mail("a@example.org")
                assert conn.rcpt(address)[0] == 550


def test_both_nodes_purging_at_once_purge_each_mailbox_once(nodes):
    (one, two), url, data_dir = nodes
    services = [Inboxes(config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN,
                                         "REGISTRY_URL": url, "NODE_DIR": node.node_dir}))
                for node in (one, two)]
    later = time.time() + 3600
    created = [services[n % 2].create(lifetime=600) for n in range(40)]
    for issued in created[:10]:
        one.send(issued.address, b"Subject: x\r\n\r\ny\r\n")
    waiting = len(services[0].registry.expired(now=later))
    assert waiting >= 40
    results, errors = [], []

    def run(service):
        try:
            results.append(purge.purge(service, now=later))
        except Exception as exc:  # noqa: BLE001 (the assertion below names it)
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(service,)) for service in services]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert sum(counts.mailboxes for counts in results) == waiting     # each one once
    for issued in created:
        assert services[0].registry.lookup(issued.address) is None
        assert not os.path.exists(services[0].mailbox_path(issued.entry))
    expired_now = services[0].registry.expired(now=later)
    assert expired_now == []


def test_the_database_down_means_4xx_and_503_and_nothing_accepted_is_lost(pg_server, nodes):
    (one, two), _, _ = nodes
    address, token = _create(one)
    accepted, deferred = [], []

    def send(node, n):
        try:
            node.send(address, f"Subject: during outage {n}\r\n\r\nbody {n}\r\n".encode())
            accepted.append(n)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            assert all(400 <= code < 500 for code in codes), codes   # never a bounce
            deferred.append(n)
    for n in range(5):
        send((one, two)[n % 2], n)
    pg_server.stop()
    try:
        for n in range(5, 10):
            send((one, two)[n % 2], n)
        for node in (one, two):
            status, headers, _ = node.api("GET", "/inbox/messages", token=token)
            assert status == 503 and headers.get("Retry-After")
        with pytest.raises(urllib.error.HTTPError) as health:
            urllib.request.urlopen(one.url + "/healthz", timeout=30)
        health.value.close()
        assert health.value.code == 503
    finally:
        pg_server.start()
    assert deferred, "with the database down, RCPT should have been deferred"
    for node in (one, two):   # each pool reconnects on psycopg_pool's backoff: 503 until then
        helpers.wait_for(lambda node=node: node.api("GET", "/inbox/messages", token=token)[0]
                         == 200, timeout=60)
    for n in deferred:     # a real sender retries what was deferred
        send((one, two)[n % 2], n)
    subjects = helpers.wait_for(
        lambda: {m["subject"] for m in _messages(one, token)} >= {f"during outage {n}"
                                                                 for n in accepted} and
        {m["subject"] for m in _messages(one, token)}, timeout=90)
    assert subjects == {f"during outage {n}" for n in range(10)}


def test_a_node_killed_mid_load_delivers_what_it_accepted_once_it_is_back(nodes):
    (one, two), _, _ = nodes
    address, token = _create(one)
    accepted = []
    stop = threading.Event()

    def load():
        n = 0
        while not stop.is_set() and n < 400:
            try:
                two.send(address, f"Subject: load {n}\r\n\r\nbody\r\n".encode())
                accepted.append(n)
            except (OSError, smtplib.SMTPException):
                pass    # the node died under us: not accepted, the sender keeps it
            n += 1
    sender = threading.Thread(target=load)
    sender.start()
    helpers.wait_for(lambda: len(accepted) >= 20, timeout=60)
    two.kill()
    stop.set()
    sender.join(60)
    two.start()
    expected = {f"load {n}" for n in accepted}
    helpers.wait_for(lambda: {m["subject"] for m in _messages(one, token)} >= expected,
                     timeout=120)
    subjects = [m["subject"] for m in _messages(one, token)]
    assert len(subjects) == len(set(subjects))           # each once
