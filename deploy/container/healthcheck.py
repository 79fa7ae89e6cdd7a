"""The container's health check: exit 0 when the role answers, 1 (with one line) when not.

    healthcheck.py mail   the router socket answers LHLO and Exim greets with 220
    healthcheck.py web    GET /healthz on TEMPMAIL_BIND answers 200 (ok, or degraded while
                          only the router is down: the site still works)
"""

import os
import socket
import sys
import urllib.error
import urllib.request

from tempmail import config, lmtp_probe, lmtp_service

TIMEOUT = 5.0


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


def check_web() -> None:
    """Raise Unhealthy unless /healthz on TEMPMAIL_BIND answers 200."""
    bind = os.environ.get("TEMPMAIL_BIND", "0.0.0.0:8000")
    if bind.startswith("unix:"):
        raise Unhealthy("TEMPMAIL_BIND is a unix socket; check the site through its proxy")
    host, _, port = bind.rpartition(":")
    host = host.strip("[]")
    host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError as exc:
        raise Unhealthy(f"{url} does not answer ({type(exc).__name__})") from None
    if status != 200:
        raise Unhealthy(f"{url} answered {status}")


def main(argv: list) -> int:
    """Check the role argv names; return 0 if healthy."""
    try:
        if argv == ["mail"]:
            check_mail(config.load())
        elif argv == ["web"]:
            check_web()
        else:
            sys.stderr.write("usage: healthcheck.py mail|web\n")
            return 2
    except (Unhealthy, config.ConfigError, ValueError) as exc:
        sys.stderr.write(f"unhealthy: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
