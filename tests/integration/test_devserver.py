"""`make run` (tempmail.devserver): three servers, the router restarted, no Exim log by default."""

import os
import signal
import subprocess
import sys
import tempfile

import pytest

from tempmail import lmtp_probe, maildir
from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.integration


def children(pid):
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        return [int(child) for child in handle.read().split()]


def router_pid(stack):
    for child in children(stack.process.pid):
        with open(f"/proc/{child}/cmdline", "rb") as handle:
            if b"tempmail.lmtp_service" in handle.read():
                return child
    return None


def test_make_run_restarts_a_killed_router_and_keeps_no_exim_log():
    stack = helpers.Stack()
    try:
        socket_path = os.path.join(stack.data_dir, "router", "lmtp.sock")
        first = helpers.wait_for(lambda: router_pid(stack), timeout=20)
        helpers.wait_for(lambda: lmtp_probe.answers(socket_path), timeout=20)
        os.kill(first, signal.SIGKILL)   # our grandchild: the router make run started
        second = helpers.wait_for(
            lambda: (router_pid(stack) not in (None, first)) and router_pid(stack), timeout=20)
        helpers.wait_for(lambda: lmtp_probe.answers(socket_path), timeout=20)
        assert second != first
        inboxes = Inboxes(helpers.settings(stack.data_dir))
        issued = inboxes.create(domain=helpers.DOMAIN)
        stack.send(issued.address, b"Subject: after restart\r\n\r\nhello\r\n")
        helpers.wait_for(lambda: maildir.list_ids(inboxes.mailbox_path(issued.entry)),
                         timeout=30)
        log_dir = os.path.join(stack.data_dir, "exim", "log")
        assert os.listdir(log_dir) == []
    finally:
        stack.stop()
        helpers.remove_tree(stack.data_dir)


def test_make_run_names_the_folder_exim_cannot_enter():
    if os.geteuid() != 0:
        pytest.skip("Exim runs as the caller when not root, so every folder it can reach; "
                    "this check needs root")
    parent = tempfile.mkdtemp(prefix="tempmail-private-", dir="/tmp")   # mode 0700
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tempmail.devserver"], cwd=helpers.ROOT, timeout=60,
            env=dict(os.environ, TEMPMAIL_DATA_DIR=os.path.join(parent, "data"),
                     TEMPMAIL_SMTP_PORT=str(helpers.free_port()),
                     TEMPMAIL_HTTP_PORT=str(helpers.free_port())),
            capture_output=True, text=True)
    finally:
        helpers.remove_tree(parent)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert parent in lines[0] and "TEMPMAIL_DATA_DIR" in lines[0] and "chmod o+x" in lines[0]
    assert "tempmail is running" not in result.stdout


UNPRIVILEGED = """
import os, smtplib, subprocess, sys
import helpers
from tempmail import eximctl
from tempmail.inboxes import Inboxes
data_dir = sys.argv[1]
eximctl.prepare(data_dir)
issued = Inboxes(helpers.settings(data_dir)).create(domain=helpers.DOMAIN)
port = helpers.free_port()
exim = subprocess.Popen(eximctl.command(data_dir, port, [helpers.DOMAIN], logs=False),
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    assert helpers.port_open(port, exim, 15), exim.communicate()[0]
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as conn:
        conn.ehlo("client.test")
        conn.mail("sender@example.org")
        print(conn.rcpt(issued.address)[0], conn.rcpt("nobody@" + helpers.DOMAIN)[0])
finally:
    exim.terminate()
    output = exim.communicate()[0]
print(sorted(os.listdir(os.path.join(data_dir, "exim", "log"))), issued.address.encode() in output)
"""


def test_exim_as_an_ordinary_user_starts_and_keeps_no_log():
    if os.geteuid() != 0:
        pytest.skip("this run is not root, so it cannot switch to an ordinary user")
    data_dir = tempfile.mkdtemp(prefix="tempmail-nobody-", dir="/tmp")
    os.chown(data_dir, 65534, 65534)
    try:
        result = subprocess.run(
            [sys.executable, "-c", UNPRIVILEGED, data_dir], user="nobody", group="nogroup",
            extra_groups=[], cwd=helpers.ROOT, capture_output=True, text=True, timeout=60,
            env=dict(os.environ, PYTHONPATH=f"{helpers.ROOT}:{helpers.ROOT}/tests"))
    finally:
        helpers.remove_tree(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["250 550", "[] False"]
