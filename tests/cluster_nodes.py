"""Nodes of a test cluster: `python -m tempmail.devserver` with the environment `make run-cluster`
gives node N (tempmail/cluster.py), for the multi-node tests and bench/scale.py."""

import json
import os
import signal
import smtplib
import socket
import subprocess
import sys
import urllib.error
import urllib.request

from tempmail import cluster, lmtp_probe

import helpers


class Node:
    """One node of the cluster: `python -m tempmail.devserver` in a session of its own."""

    def __init__(self, settings, url, number, smtp_port, http_port, extra=None):
        self.environ = cluster.node_environ(settings, url, number, smtp_port, http_port)
        self.environ["TEMPMAIL_DOMAINS"] = helpers.DOMAIN
        self.environ["TEMPMAIL_CREATE_LIMIT"] = "10000 per hour"
        self.environ["TEMPMAIL_POLL_LIMIT"] = "100000 per minute"
        self.environ.update(extra or {})
        self.smtp_port = int(self.environ["TEMPMAIL_SMTP_PORT"])
        self.url = f"http://127.0.0.1:{self.environ['TEMPMAIL_HTTP_PORT']}"
        self.node_dir = self.environ["TEMPMAIL_NODE_DIR"]
        self.number = number
        self.start()

    def start(self):
        log = os.path.join(os.path.dirname(self.node_dir), f"node{self.number}.log")
        os.makedirs(os.path.dirname(log), exist_ok=True)
        self.log = open(log, "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "tempmail.devserver"],
                                        cwd=helpers.ROOT, env=self.environ, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        for port in (self.smtp_port, int(self.environ["TEMPMAIL_HTTP_PORT"])):
            if not helpers.port_open(port, self.process, 60):
                raise RuntimeError(f"node {self.number} did not start: see {log}")
        socket_path = os.path.join(self.node_dir, "router", "lmtp.sock")
        helpers.wait_for(lambda: lmtp_probe.answers(socket_path, timeout=2), timeout=60)

    def kill(self):
        """SIGKILL the whole node (devserver, Exim, router, gunicorn), as a crash would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.log.close()

    def stop(self):
        helpers.stop_process(self.process)
        self.log.close()

    def api(self, method, path, token=None, body=None, timeout=30):
        request = urllib.request.Request(
            self.url + "/api/v1" + path, method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json",
                     **({"Authorization": f"Bearer {token}"} if token else {})})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, dict(answer.headers), json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            with error:
                return error.code, dict(error.headers), json.loads(error.read() or b"null")

    def send(self, address, body):
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=60) as conn:
            conn.sendmail("sender@example.org", [address], body)


def pair():
    """Return a port p such that p and p + 1 are both free on 127.0.0.1 now."""
    for _ in range(100):
        port = helpers.free_port()
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
                return port
            except OSError:
                continue
    raise RuntimeError("no two adjacent free ports")
