"""The live-inbox stream service: `python -m tempmail.web.stream_server` beside gunicorn.

Serves GET /inbox/events and GET /api/v1/inbox/events (web/streams.py) on one
asyncio event loop with aiohttp's HTTP server; nginx routes those two paths
here and everything else to gunicorn (deploy/nginx/tempmail.conf). It reads
the same TEMPMAIL_* settings and secret key as the app, whose service layer,
session cookie and templates it uses.

    TEMPMAIL_STREAM_BIND       unix:/run/tempmail-stream/stream.sock (default) or HOST:PORT
    TEMPMAIL_STREAM_UPSTREAM   make run only: gunicorn's unix socket, to which every other
                               request is passed (web/devproxy.py); unset behind nginx

Privacy: no access log; an error line never names a client address.
"""

import asyncio
import logging
import os
import signal
import sys

from aiohttp import web

from tempmail.config import ConfigError
from tempmail.weblog import redact

DEFAULT_BIND = "unix:/run/tempmail-stream/stream.sock"
SHUTDOWN_SECONDS = 5.0
BACKLOG = 1024


class _Redact(logging.Filter):
    """Keep every client address out of the log (aiohttp names the peer in its errors)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        return True


def parse_bind(bind: str) -> tuple[str, str | int]:
    """Return ("unix", path) or (host, port) for a bind setting; raise ValueError."""
    if bind.startswith("unix:"):
        path = bind[len("unix:"):]
        if not path:
            raise ValueError("unix: needs a path")
        return "unix", path
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"not HOST:PORT nor unix:PATH: {bind!r}")
    return host.strip("[]"), int(port)


async def serve(app: web.Application, bind: str, ready: asyncio.Event | None = None) -> None:
    """Serve app on bind until SIGTERM or SIGINT; then end every stream and return."""
    where, port = parse_bind(bind)
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True,
                           shutdown_timeout=SHUTDOWN_SECONDS)
    await runner.setup()
    if where == "unix":
        path = str(port)
        if os.path.exists(path):
            os.unlink(path)   # a stale socket of an earlier run
        site: web.BaseSite = web.UnixSite(runner, path, backlog=BACKLOG)
    else:
        site = web.TCPSite(runner, where, int(port), backlog=BACKLOG, reuse_address=True)
    await site.start()
    if where == "unix":
        os.chmod(str(port), 0o660)   # nginx reaches it through the group (docs/deploy.md)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    if ready is not None:
        ready.set()
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main(argv: list[str] | None = None) -> int:
    """Run the stream service with the app's settings; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        sys.stderr.write("usage: python -m tempmail.web.stream_server\n"
                         "  (settings from TEMPMAIL_*; TEMPMAIL_STREAM_BIND says where to listen)\n")
        return 2
    handler = logging.StreamHandler()
    handler.addFilter(_Redact())
    handler.setFormatter(logging.Formatter("[%(asctime)s] [streams] %(levelname)s %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    bind = os.environ.get("TEMPMAIL_STREAM_BIND", DEFAULT_BIND)
    try:
        parse_bind(bind)
        from tempmail.app import create_app
        from tempmail.web.streams import make_app
        app = make_app(create_app())
        upstream = os.environ.get("TEMPMAIL_STREAM_UPSTREAM")
        if upstream:
            from tempmail.web.devproxy import add_fallback
            add_fallback(app, upstream)
    except (ConfigError, ValueError) as exc:
        sys.stderr.write(f"tempmail: stream service configuration error: {exc}\n")
        return 2
    asyncio.run(serve(app, bind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
