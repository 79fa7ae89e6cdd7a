"""Two nodes, one PostgreSQL registry, one shared data folder: the live parts follow the mail
across nodes. An event stream on node 1 (API and site) gets the message delivered through
node 2; the site's session and CSRF token made on one node hold on the other (one shared
secret key); one webhook worker posts while the other node's stands by and takes over."""

from http.cookiejar import CookieJar
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from standardwebhooks.webhooks import Webhook
from webhook_receiver import Receiver

from tempmail import config, hook_queue, webhook_worker
from tempmail.doctor import exim as exim_checks

import cluster_nodes
import helpers

pytestmark = pytest.mark.integration
API_KEY = "cluster-key"


@pytest.fixture(scope="module")
def nodes(pg_server):
    url = pg_server.create_database()
    data_dir = helpers.make_data_dir()
    settings = config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN})
    smtp_port, http_port = cluster_nodes.pair(), cluster_nodes.pair()
    extra = {"TEMPMAIL_STREAM_HEARTBEAT": "0.5", "TEMPMAIL_API_KEYS": API_KEY,
             "TEMPMAIL_WEBHOOK_ALLOW": "127.0.0.1"}
    started = []
    try:
        for number in (1, 2):
            started.append(cluster_nodes.Node(settings, url, number, smtp_port, http_port, extra))
        yield started, data_dir
    finally:
        for node in started:
            if node.process.poll() is None:
                node.stop()
        helpers.remove_tree(data_dir)


def _port(node):
    return int(node.url.rsplit(":", 1)[1])


def _create(node, **body):
    status, _, answer = node.api("POST", "/inboxes", token=API_KEY, body={"lifetime": 900, **body})
    assert status == 201, answer
    return answer


def _stream(node, path, headers):
    return helpers.EventStream("127.0.0.1", _port(node), path, headers, timeout=30)


def test_an_api_stream_on_node_1_gets_mail_delivered_through_node_2(nodes):
    (one, two), _ = nodes
    inbox = _create(one)
    stream = _stream(one, "/api/v1/inbox/events", {"Authorization": f"Bearer {inbox['token']}"})
    try:
        assert stream.status == 200
        assert stream.next() == {"comment": "keep-alive"}      # open and served
        two.send(inbox["address"], b"Subject: across nodes\r\n\r\ncode 616161\r\n")
        event = stream.next_event()
        assert event["event"] == "message"
        assert json.loads(event["data"])["subject"] == "across nodes"
        _, _, listed = two.api("GET", "/inbox/messages", token=inbox["token"])
        assert event["id"] == listed["messages"][0]["id"]
        assert two.api("DELETE", "/inbox", token=inbox["token"])[0] == 204
        ended = stream.next_event()                          # deleted on the other node
        assert ended["event"] == "end" and json.loads(ended["data"]) == {"reason": "deleted"}
    finally:
        stream.close()


def test_a_site_session_made_on_one_node_streams_on_the_other(nodes):
    (one, two), _ = nodes
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(one.url + "/", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or \
        re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert csrf, page[:2000]
    form = urllib.parse.urlencode({"csrf_token": csrf.group(1), "lifetime": "600"}).encode()
    # the form from node 1 is posted to node 2: its CSRF token and session cookie hold there
    opener.open(urllib.request.Request(two.url + "/new", data=form), timeout=30).read()
    page = opener.open(one.url + "/", timeout=30).read().decode()
    address = re.search(r'<output id="address" class="address-text">([^<]+)<', page)
    assert address, page[:2000]
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    stream = _stream(one, "/inbox/events", {"Cookie": cookie})
    try:
        assert stream.status == 200
        two.send(address.group(1), b"Subject: for the page\r\n\r\nhello\r\n")
        event = stream.next_event()
        assert event["event"] == "message"
        assert json.loads(event["data"])["subject"] == "for the page"
    finally:
        stream.close()


def _worker_holding_the_lock(data_dir):
    """Return the pid that holds the shared webhook worker lock (from /proc/locks), or None."""
    path = os.path.join(os.path.dirname(hook_queue.folder_in(data_dir)), webhook_worker.LOCK_NAME)
    try:
        inode = os.stat(path).st_ino
    except FileNotFoundError:
        return None
    with open("/proc/locks") as handle:
        for line in handle:
            fields = line.split()
            if "FLOCK" in fields and fields[-3].rsplit(":", 1)[-1] == str(inode):
                return int(fields[-4])
    return None


def _node_of(pid, nodes):
    for node in nodes:
        if os.getpgid(pid) == node.process.pid:
            return node
    raise AssertionError(f"pid {pid} belongs to no node")


def test_one_webhook_worker_posts_and_the_other_takes_over_when_its_node_dies(nodes):
    (one, two), data_dir = nodes
    receiver = Receiver()
    try:
        inbox = _create(one, webhook_url=receiver.url)
        holder = helpers.wait_for(lambda: _worker_holding_the_lock(data_dir), timeout=30)
        active = _node_of(holder, (one, two))
        standby = two if active is one else one
        two.send(inbox["address"], b"Subject: first\r\n\r\ncode 717171\r\n")
        [(_, headers, body, _)] = receiver.wait(1, timeout=30)
        assert Webhook(inbox["webhook"]["secret"]).verify(body, headers)["data"]["code"] == "717171"
        time.sleep(3)
        assert len(receiver.received) == 1              # posted once, not once per node
        active.kill()
        taken = helpers.wait_for(lambda: _worker_holding_the_lock(data_dir) not in (None, holder)
                                 and _worker_holding_the_lock(data_dir), timeout=30)
        assert _node_of(taken, (standby,)) is standby
        standby.send(inbox["address"], b"Subject: second\r\n\r\ncode 727272\r\n")
        received = receiver.wait(2, timeout=30)
        assert Webhook(inbox["webhook"]["secret"]).verify(received[1][2], received[1][1]
                                                          )["data"]["code"] == "727272"
    finally:
        receiver.stop()
        for node in (one, two):
            if node.process.poll() is not None:
                node.start()         # back for the other tests of this module


def test_the_doctor_on_each_node_checks_that_nodes_own_exim_and_router(nodes):
    (one, two), _ = nodes
    for node in (one, two):
        settings = config.load(node.environ)
        daemon = exim_checks.find_daemon(settings["DATA_DIR"], settings["NODE_DIR"])
        assert daemon is not None and daemon.port == node.smtp_port
        assert os.getpgid(daemon.pid) == node.process.pid      # this node's, not the other's
        done = subprocess.run([sys.executable, "-m", "tempmail.doctor", "--json", "--only", "exim",
                               "--only", "storage"], cwd=helpers.ROOT, env=node.environ,
                              capture_output=True, text=True, timeout=120)
        found = {r["name"]: r for r in json.loads(done.stdout)}
        assert found["exim.running"]["status"] == "ok"
        assert f"pid {daemon.pid}" in found["exim.running"]["detail"]
        assert found["exim.router"]["status"] == "ok", found["exim.router"]
        assert found["storage.registry"]["status"] == "ok", found["storage.registry"]
