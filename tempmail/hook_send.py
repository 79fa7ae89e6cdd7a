"""One signed POST to a checked address: the webhook worker's HTTP client.

Signed as the Standard Webhooks spec says (``webhook-id``, ``webhook-timestamp``,
``webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">``) with the
``standardwebhooks`` package. The connection goes to the address the SSRF guard
checked (hook_target.resolve), never to a second lookup of the name; for
https the certificate is checked against the name (SNI too). 5 s to connect,
10 s for the whole exchange (a timer shuts the socket at the deadline, so a
server sending one byte a second gains nothing); redirects are not followed
and the response body is never read.
"""

import base64
from collections.abc import Callable
import datetime
import http.client
import secrets
import socket
import ssl
import threading
import time

from standardwebhooks.webhooks import Webhook

from tempmail import hook_target

CONNECT_TIMEOUT = 5.0
TOTAL_TIMEOUT = 10.0
USER_AGENT = "tempmail-webhooks/1"
SECRET_PREFIX = "whsec_"


class SendFailed(Exception):
    """The POST could not be made or got no answer (args[0] says what kind of failure)."""


def new_secret() -> str:
    """Return a fresh signing secret in the Standard Webhooks form (whsec_ + base64)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def signed_headers(secret: str, webhook_id: str, body: bytes, now: float) -> dict[str, str]:
    """Return the Standard Webhooks headers for body sent now."""
    stamp = datetime.datetime.fromtimestamp(int(now), tz=datetime.UTC)
    signature = Webhook(secret).sign(webhook_id, stamp, body.decode("utf-8"))
    return {"webhook-id": webhook_id, "webhook-timestamp": str(int(now)),
            "webhook-signature": signature}


Connector = Callable[..., socket.socket]


def post(target: hook_target.Target, address: hook_target.Address, body: bytes,
         headers: dict[str, str], connect_timeout: float = CONNECT_TIMEOUT,
         total_timeout: float = TOTAL_TIMEOUT,
         connector: Connector = socket.create_connection) -> int:
    """POST body to target at address; return the status code; raise SendFailed."""
    started = time.monotonic()
    try:
        sock = connector((str(address), target.port), timeout=connect_timeout)
    except OSError as exc:
        raise SendFailed("connect") from exc
    holder = [sock]
    left = max(0.0, total_timeout - (time.monotonic() - started))
    timer = threading.Timer(left, _cut, (holder,))
    timer.daemon = True
    timer.start()
    try:
        sock.settimeout(left)
        if target.scheme == "https":
            context = ssl.create_default_context()
            holder[0] = context.wrap_socket(sock, server_hostname=target.host)
        conn = http.client.HTTPConnection(target.host, target.port, timeout=left)
        conn.sock = holder[0]  # already connected, to the checked address
        conn.putrequest("POST", target.path, skip_host=True, skip_accept_encoding=True)
        for name, value in {"Host": target.host_header, "User-Agent": USER_AGENT,
                            "Content-Type": "application/json",
                            "Content-Length": str(len(body)), **headers}.items():
            conn.putheader(name, value)
        conn.endheaders(body)
        response = conn.getresponse()  # status line and headers only; the body is ignored
        return response.status
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise SendFailed(type(exc).__name__) from exc
    finally:
        timer.cancel()
        try:
            holder[0].close()
        except OSError:
            pass


def _cut(holder: list) -> None:
    """End a connection that ran past its deadline (any blocked read or write fails)."""
    try:
        holder[0].shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
