"""Where the inbox page finds its live stream (served by web/stream_server.py, not by Flask).

Behind nginx the stream is on the site's own origin (/inbox/events, routed to
the stream service). Under `make run` there is no proxy: the stream service
listens on STREAM_PORT of the same host, and the page's CSP lets it connect there.
"""

from urllib.parse import urlsplit

from flask import current_app, request

PAGE_STREAM = "/inbox/events"


def _port() -> int:
    return int(current_app.config.get("STREAM_PORT") or 0)


def stream_origin() -> str:
    """Return the stream service's origin when it is not the site's own, else ""."""
    port = _port()
    if not port:
        return ""
    host = urlsplit(request.host_url).hostname or "localhost"
    host = f"[{host}]" if ":" in host else host
    return f"{request.scheme}://{host}:{port}"


def stream_url() -> str:
    """Return the URL of the page's event stream."""
    return stream_origin() + PAGE_STREAM
