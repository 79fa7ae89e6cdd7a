"""The container's health check: exit 0 when the role answers, 1 (with one line) when not.

    healthcheck.py mail   the router socket answers LHLO and Exim greets with 220
    healthcheck.py web    GET /healthz on TEMPMAIL_BIND answers 200 (ok, or degraded while
                          only the router is down: the site still works)
    healthcheck.py webhooks   the worker's heartbeat file (DATA/webhooks/worker.alive, touched
                          every 5 s) is younger than 30 s: the worker holding the data folder runs
    healthcheck.py streams    GET /api/v1/inbox/events without a token on TEMPMAIL_STREAM_BIND
                          answers 401: the service answers and has read the registry
"""

import os
import socket
import sys
import time
import urllib.error
import urllib.request

from tempmail import config, hook_queue, lmtp_probe, lmtp_service

TIMEOUT = 5.0
HEARTBEAT_AGE = 30.0
"""Seconds the webhook worker's heartbeat may be old (it beats every 5 s); /metrics says the same."""
STREAM_PATH = "/api/v1/inbox/events"


class Unhealthy(Exception):
    """The role does not answer as it should."""


def check_mail(settings: dict) -> None:
    """Raise Unhealthy unless the router socket and Exim's SMTP port both answer."""
    try:
        lmtp_probe.check(lmtp_service.socket_path(settings), timeout=TIMEOUT)
    except lmtp_probe.NoAnswer as exc:
        raise Unhealthy(f"the router socket does not answer ({exc})") from None
    port = int(os.environ.get("TEMPMAIL_SMTP_PORT", "2525"))
    listen = os.environ.get("TEMPMAIL_SMTP_LISTEN", "0.0.0.0")
    host = "127.0.0.1" if listen in ("0.0.0.0", "") else listen
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
            greeting = sock.makefile("rb").readline(512)
            sock.sendall(b"QUIT\r\n")
    except OSError as exc:
        raise Unhealthy(f"Exim does not answer on {host}:{port} ({type(exc).__name__})") from None
    if not greeting.startswith(b"220"):
        raise Unhealthy(f"Exim on {host}:{port} did not greet with 220")


def local_url(bind: str, path: str) -> str:
    """Return the URL of path on a HOST:PORT bind as seen from inside the container."""
    if bind.startswith("unix:"):
        raise Unhealthy(f"{bind} is a unix socket; check the service through its proxy")
    host, _, port = bind.rpartition(":")
    host = host.strip("[]")
    host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}{path}"


def status_of(url: str) -> int:
    """Return the HTTP status url answers (raise Unhealthy if it does not answer)."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError as exc:
        raise Unhealthy(f"{url} does not answer ({type(exc).__name__})") from None


def check_web() -> None:
    """Raise Unhealthy unless /healthz on TEMPMAIL_BIND answers 200."""
    url = local_url(os.environ.get("TEMPMAIL_BIND", "0.0.0.0:8000"), "/healthz")
    status = status_of(url)
    if status != 200:
        raise Unhealthy(f"{url} answered {status}")


def check_streams() -> None:
    """Raise Unhealthy unless the stream service answers a tokenless API stream with 401.

    401 needs the service up and the registry read; 503 (registry busy, or every stream
    slot taken) and anything else is unhealthy.
    """
    url = local_url(os.environ.get("TEMPMAIL_STREAM_BIND", "0.0.0.0:8001"), STREAM_PATH)
    status = status_of(url)
    if status != 401:
        raise Unhealthy(f"{url} answered {status}, not 401")


def check_webhooks(settings: dict, now: float | None = None) -> None:
    """Raise Unhealthy unless the webhook worker's heartbeat file was touched lately."""
    path = hook_queue.alive_path(settings["DATA_DIR"])
    try:
        age = (time.time() if now is None else now) - os.stat(path).st_mtime
    except OSError as exc:
        raise Unhealthy(f"no heartbeat from the webhook worker ({exc.strerror}: {path})") from None
    if age > HEARTBEAT_AGE:
        raise Unhealthy(f"the webhook worker's last heartbeat is {age:.0f} s old")


def main(argv: list) -> int:
    """Check the role argv names; return 0 if healthy."""
    try:
        if argv == ["mail"]:
            check_mail(config.load())
        elif argv == ["web"]:
            check_web()
        elif argv == ["webhooks"]:
            check_webhooks(config.load())
        elif argv == ["streams"]:
            check_streams()
        else:
            sys.stderr.write("usage: healthcheck.py mail|web|webhooks|streams\n")
            return 2
    except (Unhealthy, config.ConfigError, ValueError) as exc:
        sys.stderr.write(f"unhealthy: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
