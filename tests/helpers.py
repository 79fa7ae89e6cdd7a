"""Shared test helpers: data folders Exim can use, free ports, a real Exim daemon."""

import grp
import http.client
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from tempmail import config, eximctl, lmtp_probe, lmtp_service, maildir, sealing
from tempmail.inboxes import Inboxes
from tempmail.web import sse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAIN = "tm.test"
OTHER_DOMAIN = "tm2.test"


def make_data_dir():
    """Return a new data folder under /tmp that the Exim user can enter."""
    path = tempfile.mkdtemp(prefix="tempmail-test-", dir="/tmp")
    eximctl.prepare(path)
    return path


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings(data_dir, **overrides):
    values = {"DATA_DIR": data_dir, "DOMAINS": f"{DOMAIN},{OTHER_DOMAIN}"}
    values.update(overrides)
    return config.load({}, values)


def exim_user_kwargs():
    """Return Popen kwargs that run a child as the user Exim delivers as."""
    if os.geteuid() != 0:
        return {}
    user, group = eximctl.exim_identity()
    return {"user": pwd.getpwnam(user).pw_uid, "group": grp.getgrnam(group).gr_gid,
            "extra_groups": []}


# Tests send many messages over many connections from 127.0.0.1: lift the
# per-client limits unless a test is about them.
TEST_MACROS = {"TM_RETRY_EVERY": "1s", "TM_PER_HOST_MAX": 500, "TM_RATE_LIMIT": "1000000 / 1m"}


class Router:
    """The router service (python -m tempmail.lmtp_service) for one data folder."""

    def __init__(self, data_dir, **settings):
        self.data_dir = data_dir
        self.socket = lmtp_service.socket_path({"DATA_DIR": data_dir})
        self.env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir,
                        TEMPMAIL_DOMAINS=f"{DOMAIN},{OTHER_DOMAIN}")
        self.env.update({f"TEMPMAIL_{key}": str(value) for key, value in settings.items()})
        self.log = open(os.path.join(data_dir, "router.log"), "ab")
        self.process = None
        self.start()

    def start(self, wait=True):
        self.process = subprocess.Popen(eximctl.router_command(self.data_dir), cwd=ROOT,
                                        env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
                                        **eximctl.router_user_kwargs())
        if wait and not self.wait_ready():
            self.stop()
            raise RuntimeError("the router service did not start:\n" + self.output())

    def wait_ready(self, timeout=30.0):
        deadline = time.monotonic() + timeout
        while not lmtp_probe.answers(self.socket, timeout=2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def output(self):
        with open(os.path.join(self.data_dir, "router.log"), errors="replace") as handle:
            return handle.read()[-4000:]

    def kill(self):
        """SIGKILL the service (as the OOM killer would) and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def stop(self, timeout=30.0):
        """SIGTERM the service, wait, close its log; return its exit status."""
        stop_process(self.process, timeout)
        self.log.close()
        return self.process.returncode


class Exim:
    """A real Exim daemon with the project's exim.conf on a free 127.0.0.1 port,
    and the router service it delivers to (router=False: start none)."""

    def __init__(self, data_dir, config=eximctl.CONFIG, router=True, router_settings=None,
                 subdomain_bases=(), wrap=(), **macros):
        self.data_dir = data_dir
        self.port = free_port()
        router_settings = dict(router_settings or {})
        url = router_settings.get("REGISTRY_URL")
        self.inboxes = Inboxes(settings(data_dir, SUBDOMAIN_DOMAINS=",".join(subdomain_bases),
                                        **({"REGISTRY_URL": url} if url else {})))
        self.inboxes.ensure_ready()
        if url:
            macros.setdefault("TM_PGSQL_SERVERS", eximctl.pgsql_servers(url))
        if "TM_MAILBOX_CAP" in macros:  # the cap is the router's business now
            router_settings["MAILBOX_MAX_MESSAGES"] = macros.pop("TM_MAILBOX_CAP")
        self.router = Router(data_dir, **router_settings) if router else None
        argv = eximctl.command(data_dir, self.port, (DOMAIN, OTHER_DOMAIN), queue_interval="1s",
                               config=config, subdomain_bases=subdomain_bases,
                               **{**TEST_MACROS, **macros})
        self.log = open(os.path.join(data_dir, "exim-stderr.log"), "wb")
        # wrap: an argv prefix (tests/authdns.py runs Exim with its own resolv.conf)
        self.process = subprocess.Popen([*wrap, *argv], stdout=self.log, stderr=subprocess.STDOUT)
        if not port_open(self.port, self.process, timeout=15):
            self.stop()
            raise RuntimeError(f"Exim did not start: {self.mainlog()}")

    def mainlog_bytes(self):
        """Return Exim's main log as it is now (b"" before the first line)."""
        try:
            with open(os.path.join(self.data_dir, "exim", "log", "mainlog"), "rb") as handle:
                return handle.read()
        except FileNotFoundError:
            return b""

    def mainlog(self):
        text = ""
        for name in ("exim-stderr.log", "exim/log/mainlog", "exim/log/paniclog", "router.log"):
            path = os.path.join(self.data_dir, name)
            if os.path.exists(path):
                with open(path, errors="replace") as handle:
                    text += f"--- {name}\n" + handle.read()[-4000:]
        return text

    def stop(self):
        stop_process(self.process, timeout=10)
        self.log.close()
        if self.router is not None:
            self.router.stop()


def port_open(port, process, timeout=30.0):
    """Wait until 127.0.0.1:port accepts; False if process died or time ran out first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.05)


def stop_process(process, timeout=30.0):
    """End a process we started (SIGTERM, then SIGKILL after timeout) and reap it."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for(predicate, timeout=20.0, interval=0.05):
    """Poll predicate until it returns something true; return it, or raise AssertionError."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {predicate}")
        time.sleep(interval)


def deliver(mailbox, raw, entry):
    """Put raw into mailbox as the router does (sealed to entry's public key if it has one).

    Return the message id. For tests that write a Maildir directly.
    """
    raw = raw if isinstance(raw, bytes) else raw.read()
    if entry.public_key is not None:
        raw = sealing.seal(raw, entry.public_key)
    return maildir.deliver(mailbox, raw)


def plain_inbox(service, lifetime=600):
    """Register an address as the version before encryption at rest did (no key pair).

    Return (address, token, mailbox id); its mail is stored and read plain.
    """
    import secrets
    mailbox_id = secrets.token_hex(16)
    maildir.create(service.mail_root, mailbox_id)
    address = f"plain-{mailbox_id[:8]}@{DOMAIN}"
    token = secrets.token_urlsafe(32)
    service.registry.add(address, mailbox_id, token, lifetime)
    return address, token, mailbox_id


def site_with_inbox(data_dir):
    """Return (app, test client, Inboxes, Entry) after the client took an inbox on the site."""
    from tempmail import create_app
    app = create_app({"DATA_DIR": data_dir, "DOMAINS": DOMAIN, "TESTING": True,
                      "RATELIMIT_STORAGE_URI": "memory://"})
    site = app.test_client()
    form = site.get("/?again=1").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    site.post("/new", data={"csrf_token": token})
    service = app.extensions["tempmail"]
    return app, site, service, service.registry.live()[0]


def data(name):
    """Return the bytes of tests/data/<name>."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name), "rb") as f:
        return f.read()


def remove_tree(path):
    shutil.rmtree(path, ignore_errors=True)


class Stack:
    """`python -m tempmail.devserver` (Exim, router, gunicorn), as `make run` starts it."""

    def __init__(self, **environ):
        self.data_dir = make_data_dir()
        self.smtp_port, self.http_port = free_port(), free_port()
        env = dict(os.environ, TEMPMAIL_DATA_DIR=self.data_dir,
                   TEMPMAIL_DOMAINS=DOMAIN, TEMPMAIL_SMTP_PORT=str(self.smtp_port),
                   TEMPMAIL_HTTP_PORT=str(self.http_port),
                   # the whole session's tests share one client address: lift creation limits
                   TEMPMAIL_CREATE_LIMIT="10000 per hour", **environ)
        self.log = open(os.path.join(self.data_dir, "stack.log"), "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "tempmail.devserver"],
                                        cwd=ROOT, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.http_port}"
        if not all(port_open(port, self.process, 60) for port in (self.smtp_port, self.http_port)):
            self.stop()
            with open(os.path.join(self.data_dir, "stack.log"), errors="replace") as handle:
                raise RuntimeError("the stack did not start:\n" + handle.read()[-3000:])

    def send(self, address, message):
        import smtplib
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as conn:
            conn.sendmail("sender@example.org", [address], message)

    def stop(self):
        stop_process(self.process)
        self.log.close()


class LMTPClient:
    """A raw LMTP client on a unix socket: send bytes as they are, read replies one by one."""

    def __init__(self, path, timeout=10.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.stream = self.sock.makefile("rb")

    def send(self, data):
        self.sock.sendall(data)

    def reply(self):
        """Return (code, [text lines]) of the next reply; (None, []) if the server closed."""
        lines = []
        while True:
            line = self.stream.readline()
            if not line:
                return None, lines
            lines.append(line.rstrip(b"\r\n").decode("ascii", "replace"))
            if line[3:4] != b"-":
                return int(line[:3]), lines

    def command(self, line):
        self.send(line.encode() + b"\r\n")
        return self.reply()

    def greet(self):
        assert self.reply()[0] == 220
        assert self.command("LHLO client.test")[0] == 250

    def close(self):
        self.stream.close()
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def smtp(port):
    """Return an SMTP connection to 127.0.0.1:port that has said EHLO."""
    import smtplib
    conn = smtplib.SMTP("127.0.0.1", port, timeout=30)
    conn.ehlo("client.test")
    return conn


def rcpt(port, address):
    """Return the (code, text) Exim on port answers to RCPT TO address, after a MAIL FROM."""
    with smtp(port) as conn:
        conn.mail("sender@example.org")
        return conn.rcpt(address)


def api_call(base_url, method, path, token=None, body=None, timeout=60):
    """Call the JSON API under base_url (with a bearer token, a JSON body); return (status,
    decoded JSON), errors included."""
    import json
    from urllib import request
    from urllib.error import HTTPError
    req = request.Request(
        base_url + "/api/v1" + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json",
                 **({"Authorization": "Bearer " + token} if token else {})})
    try:
        with request.urlopen(req, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except HTTPError as error:
        with error:
            return error.code, json.loads(error.read() or b"null")


def json_call(url, body=None, timeout=30):
    """GET url, or POST body as JSON; return (status, decoded JSON), errors included."""
    import json
    from urllib import request
    from urllib.error import HTTPError
    data = None if body is None else json.dumps(body).encode()
    req = request.Request(url, data=data,
                          headers={"Content-Type": "application/json"} if data else {})
    try:
        with request.urlopen(req, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def solved_pow(base_url):
    """Fetch a CAPTCHA=pow challenge from base_url and return the solved payload (base64)."""
    import altcha
    status, challenge = json_call(base_url + "/api/v1/challenge")
    assert status == 200, challenge
    parsed = altcha.Challenge.from_dict(challenge)
    return altcha.Payload(parsed, altcha.solve_challenge(parsed)).to_base64()
class EventStream:
    """GET a text/event-stream (HTTP or HTTPS) and read its events one by one, as a browser's
    EventSource would."""

    def __init__(self, host, port, path, headers=None, timeout=10.0, context=None,
                 source_address=None):
        if context is not None:
            self.conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=context,
                                                    source_address=source_address)
        else:
            self.conn = http.client.HTTPConnection(host, port, timeout=timeout,
                                                   source_address=source_address)
        self.conn.request("GET", path, headers=dict(headers or {}))
        self.response = self.conn.getresponse()
        self.status = self.response.status

    def header(self, name):
        return self.response.getheader(name)

    def body(self):
        """Return the rest of a refused (non-stream) answer."""
        return self.response.read()

    def next(self):
        """Return the next event or comment ({"event", "data", "id"} or {"comment"});
        None when the server closed the stream. A silent server raises TimeoutError."""
        block = b""
        while True:
            line = self.response.readline()
            if not line:
                return None
            block += line
            if line in (b"\n", b"\r\n"):
                parsed = [item for item in sse.parse(block) if "comment" in item or item["data"]]
                if parsed:
                    return parsed[0]
                block = b""

    def next_event(self, skip_comments=True):
        """Return the next event that is not a comment (None when the stream closed)."""
        while True:
            found = self.next()
            if found is None or not (skip_comments and "comment" in found):
                return found

    def close(self):
        self.conn.close()
