"""Real headless Chromium (Debian's package) against `make run`'s stack."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import helpers

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "tests", "screenshots")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    assert os.path.exists(CHROMIUM), "install Debian's chromium (make test does)"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


class Stack:
    """`python -m tempmail.devserver` (Exim + gunicorn), as `make run` starts it."""

    def __init__(self):
        self.data_dir = helpers.make_data_dir()
        self.smtp_port, self.http_port = helpers.free_port(), helpers.free_port()
        env = dict(os.environ, TEMPMAIL_DATA_DIR=self.data_dir,
                   TEMPMAIL_DOMAINS=helpers.DOMAIN, TEMPMAIL_SMTP_PORT=str(self.smtp_port),
                   TEMPMAIL_HTTP_PORT=str(self.http_port))
        self.log = open(os.path.join(self.data_dir, "stack.log"), "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "tempmail.devserver"],
                                        cwd=ROOT, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.http_port}"
        deadline = time.monotonic() + 60
        for port in (self.smtp_port, self.http_port):
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if self.process.poll() is not None or time.monotonic() > deadline:
                        self.stop()
                        with open(os.path.join(self.data_dir, "stack.log"), errors="replace") as f:
                            raise RuntimeError("the stack did not start:\n" + f.read()[-3000:])
                    time.sleep(0.1)

    def send(self, address, message):
        import smtplib
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as conn:
            conn.sendmail("sender@example.org", [address], message)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


@pytest.fixture(scope="session")
def stack():
    running = Stack()
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


class Canary(BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):
        Canary.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def canary():
    """An HTTP server on 127.0.0.1 that records every request a payload manages to make."""
    Canary.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", Canary.hits
    server.shutdown()
    server.server_close()


def screenshot(page, name):
    os.makedirs(SHOTS, exist_ok=True)
    path = os.path.join(SHOTS, name)
    page.screenshot(path=path, full_page=True)
    return path
