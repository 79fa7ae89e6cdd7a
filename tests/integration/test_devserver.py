"""`make run` (tempmail.devserver): three servers, the router restarted, no Exim log by default."""

import os
import shutil
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


# Run as nobody on Debian's own interpreter, from a copy of the package that
# nobody may read (the checkout and its virtualenv may sit under a private
# folder such as /root): only the standard-library half of the package is used.
UNPRIVILEGED = """
import os, smtplib, socket, subprocess, sys, time
from tempmail import eximctl, maildir
from tempmail.registry import open_registry
data_dir, domain = sys.argv[1], sys.argv[2]
eximctl.prepare(data_dir)
registry = open_registry(data_dir).init()
maildir.create(maildir.root_in(data_dir), "0" * 32)
registry.add("someone@" + domain, "0" * 32, "token", 600)
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
exim = subprocess.Popen(eximctl.command(data_dir, port, [domain], logs=False),
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert exim.poll() is None and time.monotonic() < deadline, exim.communicate()[0]
            time.sleep(0.05)
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as conn:
        conn.ehlo("client.test")
        conn.mail("sender@example.org")
        print(conn.rcpt("someone@" + domain)[0], conn.rcpt("nobody@" + domain)[0])
finally:
    exim.terminate()
    output = exim.communicate()[0]
print(sorted(os.listdir(os.path.join(data_dir, "exim", "log"))), b"someone@" in output)
"""


def test_exim_as_an_ordinary_user_starts_and_keeps_no_log():
    if os.geteuid() != 0:
        pytest.fail("this test switches to the user nobody: run the suite as root, as CI does")
    data_dir = tempfile.mkdtemp(prefix="tempmail-nobody-", dir="/tmp")
    code = tempfile.mkdtemp(prefix="tempmail-code-", dir="/tmp")
    os.chmod(code, 0o755)
    shutil.copytree(os.path.join(helpers.ROOT, "tempmail"), os.path.join(code, "tempmail"),
                    ignore=shutil.ignore_patterns("__pycache__", "web", "translations"))
    shutil.copytree(os.path.join(helpers.ROOT, "exim"), os.path.join(code, "exim"))
    for folder, _, files in os.walk(code):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    os.chown(data_dir, 65534, 65534)
    try:
        result = subprocess.run(
            ["/usr/bin/python3", "-c", UNPRIVILEGED, data_dir, helpers.DOMAIN], user="nobody",
            group="nogroup", extra_groups=[], cwd=code, capture_output=True, text=True,
            timeout=60, env=dict(os.environ, PYTHONPATH=code))
    finally:
        helpers.remove_tree(data_dir)
        helpers.remove_tree(code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["250 550", "[] False"]
