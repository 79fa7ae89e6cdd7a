"""Live inbox: server-sent events for the inbox page and for the API, on an event loop.

    GET /inbox/events          the page's stream (session cookie: the selected inbox)
    GET /api/v1/inbox/events   the API's stream (Authorization: Bearer <token>)

Each new message is `event: message`, `id:` its id and `data:` its list entry
as GET /api/v1/inbox/messages lists it (the page's also carries `html`, the
row the page inserts, rendered by the site's own template). A reconnect with
Last-Event-ID gets what arrived after that id first; a comment line every
HEARTBEAT seconds keeps idle proxies from cutting the stream; `event: end`
(data {"reason": "expired"|"deleted"}) closes it for good. The API's stream takes
?tag= like the list: only mail sent to local+tag@domain then follows.

An open stream is a coroutine waiting on an asyncio.Event, woken from the one
watcher thread of the process (mailwatch, via the service layer's Feed): no
thread and no polling loop per stream. The blocking service calls (a token
check, the cached index, a row's rendering) run on a small thread pool. Open
streams are bounded per process (503 past it) and per client (429), each with
Retry-After. stream_server.py runs this beside gunicorn; docs/architecture.md
says why.
"""

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
import functools
import json
import time

from aiohttp import web
from flask import Flask, render_template
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.test import EnvironBuilder

from tempmail.inboxes import BadEventId, InboxError, MailboxMissing, RegistryError, check_event_id
from tempmail.web import browser_inboxes, limits, sse
from tempmail.web.api import list_entry
from tempmail.web.problems import TYPES

PAGE_PATH = "/inbox/events"
API_PATH = "/api/v1/inbox/events"
RETRY_MS = 3000
"""How long a client waits before it reconnects after a cut (the SSE retry field)."""
WRITE_TIMEOUT = 30.0
"""Seconds a write may wait for a client that does not read; then the stream is dropped."""
RETRY_AFTER = 5
SETTINGS = {"STREAM_MAX": (int, 5000), "STREAM_PER_CLIENT": (int, 20),
            "STREAM_HEARTBEAT": (float, 15.0), "STREAM_THREADS": (int, 4)}
HEADERS = {"Content-Type": "text/event-stream; charset=utf-8",
           "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
           "Server": "tempmail"}


def setting(config, name: str):
    """Return stream setting name from the app's config (TEMPMAIL_STREAM_*), checked."""
    kind, default = SETTINGS[name]
    given = config.get(name)
    try:
        value = kind(default if given in (None, "") else given)
    except (TypeError, ValueError):
        raise ValueError(f"TEMPMAIL_{name} must be a number, got {given!r}") from None
    if value <= 0:
        raise ValueError(f"TEMPMAIL_{name} must be positive, got {given!r}")
    return value


class Streams:
    """The open streams of this process: their bound, who holds them, how they are fed."""

    def __init__(self, flask_app: Flask, clock: Callable[[], float] = time.time) -> None:
        config = flask_app.config
        self.flask = flask_app
        self.inboxes = flask_app.extensions["tempmail"]
        self.secret = config["SECRET_KEY"]
        self.proxies = int(config.get("PROXIES") or 0)
        self.max_streams = setting(config, "STREAM_MAX")
        self.per_client = setting(config, "STREAM_PER_CLIENT")
        self.heartbeat = setting(config, "STREAM_HEARTBEAT")
        self.pool = ThreadPoolExecutor(setting(config, "STREAM_THREADS"),
                                       thread_name_prefix="streams")
        self.clock = clock
        self.open: Counter[str] = Counter()   # client key -> its open streams
        self.total = 0
        self.wakers: set[asyncio.Event] = set()
        self.stopping = False

    async def run(self, function: Callable, *args):
        """Run a blocking service call on the pool."""
        return await asyncio.get_running_loop().run_in_executor(
            self.pool, functools.partial(function, *args))

    def count(self) -> int:
        """Return how many streams are open (or being opened)."""
        return self.total

    # -- who is asking ------------------------------------------------------------------

    def _forwarded(self, request: web.Request, name: str) -> str | None:
        """Return the value the trusted proxy put in header name (as ProxyFix reads it)."""
        values = [v.strip() for v in ",".join(request.headers.getall(name, [])).split(",")]
        values = [v for v in values if v]
        return values[-self.proxies] if self.proxies and len(values) >= self.proxies else None

    def client(self, request: web.Request) -> str:
        """Return the keyed hash of the client's network (never the address itself)."""
        address = self._forwarded(request, "X-Forwarded-For") if self.proxies else request.remote
        return limits.key_for(address or "unknown", self.secret)

    def base_url(self, request: web.Request) -> str:
        scheme = (self._forwarded(request, "X-Forwarded-Proto") if self.proxies else None) \
            or request.scheme
        return f"{'https' if scheme == 'https' else 'http'}://{request.host}"

    def _page_context(self, request: web.Request):
        headers = {name: request.headers[name] for name in ("Cookie", "Accept-Language")
                   if name in request.headers}
        return functools.partial(EnvironBuilder, path=PAGE_PATH, base_url=self.base_url(request),
                                 headers=headers)

    def page_inbox(self, builder: Callable[[], EnvironBuilder]):
        """Return the Entry of the inbox the session cookie has selected, or None."""
        with self.flask.request_context(builder().get_environ()):
            selected = browser_inboxes.current()
        if selected is None:
            return None
        self.inboxes.visit(selected[1])
        return selected[1]

    def page_row(self, builder: Callable[[], EnvironBuilder], item: dict) -> dict:
        """Return the page's event data: the list entry and its row in the page's language."""
        with self.flask.request_context(builder().get_environ()):
            row = render_template("_message_row.html", m=item)
        return dict(list_entry(item), html=row)

    def api_inbox(self, token: str | None):
        """Return the live Entry the bearer token opens, or None."""
        entry = self.inboxes.by_token(token) if token else None
        if entry is not None:
            self.inboxes.visit(entry)
        return entry

    # -- the handlers -------------------------------------------------------------------

    async def api_events(self, request: web.Request) -> web.StreamResponse:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        token = token.strip() if scheme.lower() == "bearer" else ""
        client = self.client(request)
        refused = self._admit(client, api=True)
        if refused is not None:
            return refused
        self.open[client] += 1
        self.total += 1
        try:
            try:
                last_id = check_event_id(request.headers.get("Last-Event-ID"))
                tag = self.inboxes.check_tag(request.query.get("tag"))
                entry = await self.run(self.api_inbox, token)
            except BadEventId:
                return problem(400, "Last-Event-ID is not an id this stream sends.")
            except InboxError as exc:
                return problem(400, f"'tag': {exc}")
            except RegistryError:
                return problem(503, "The address registry is busy; try again shortly.",
                               {"Retry-After": "2"})
            if entry is None:
                return problem(401, "A valid inbox token is required (Authorization: Bearer "
                               "<token>); unknown, expired and deleted inboxes all answer this way.",
                               {"WWW-Authenticate": 'Bearer realm="tempmail"'})
            return await self._stream(request, entry, last_id, self._api_data, tag)
        finally:
            self._release(client)

    async def page_events(self, request: web.Request) -> web.StreamResponse:
        client = self.client(request)
        refused = self._admit(client, api=False)
        if refused is not None:
            return refused
        self.open[client] += 1
        self.total += 1
        try:
            builder = self._page_context(request)
            try:
                last_id = check_event_id(request.headers.get("Last-Event-ID"))
            except BadEventId:
                last_id = None   # not ours: start from now, the page's catch-up poll covers it
            try:
                entry = await self.run(self.page_inbox, builder)
            except RegistryError:
                return web.Response(status=503, headers={"Retry-After": "2"})
            if entry is None:
                return web.Response(status=404)   # the page falls back to polling, which reloads

            async def data(item: dict) -> dict:
                return await self.run(self.page_row, builder, item)
            return await self._stream(request, entry, last_id, data)
        finally:
            self._release(client)

    async def _api_data(self, item: dict) -> dict:
        return list_entry(item)

    def _admit(self, client: str, api: bool) -> web.StreamResponse | None:
        """Return a refusal when this process or this client holds too many streams."""
        headers = {"Retry-After": str(RETRY_AFTER)}
        if self.stopping or self.count() >= self.max_streams:
            detail = "Too many event streams are open right now; retry shortly, or poll."
            return problem(503, detail, headers) if api else web.Response(status=503,
                                                                          headers=headers)
        if self.open[client] >= self.per_client:
            detail = "This client holds too many event streams; close some first."
            return problem(429, detail, headers) if api else web.Response(status=429,
                                                                          headers=headers)
        return None

    def _release(self, client: str) -> None:
        self.total -= 1
        self.open[client] -= 1
        if self.open[client] <= 0:
            del self.open[client]

    # -- one stream ---------------------------------------------------------------------

    async def _stream(self, request: web.Request, entry, last_id: str | None,
                      data: Callable[[dict], Awaitable[dict]],
                      tag: str | None = None) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        woken = asyncio.Event()
        try:
            feed = await self.run(self.inboxes.feed, entry, last_id,
                                  lambda: loop.call_soon_threadsafe(woken.set), tag)
        except MailboxMissing:
            return web.Response(status=404)
        self.wakers.add(woken)
        response = web.StreamResponse(headers=HEADERS)
        try:
            await response.prepare(request)
            await self._write(response, sse.retry(RETRY_MS))
            reason = await self._follow(response, feed, woken, data)
            if reason is not None:
                await self._write(response, sse.json_event({"reason": reason}, name="end"))
                await response.write_eof()
        except (ConnectionError, TimeoutError):
            pass   # the client went away or stopped reading: nothing to tell anyone
        finally:
            self.wakers.discard(woken)
            feed.close()
        return response

    async def _follow(self, response, feed, woken: asyncio.Event,
                      data: Callable[[dict], Awaitable[dict]]) -> str | None:
        """Send the feed's news until the inbox ends (return why) or we stop (None)."""
        beat = time.monotonic() + self.heartbeat
        while not self.stopping:
            woken.clear()
            news = await self.run(feed.news)
            if news is None:
                return await self.run(feed.alive) or "deleted"
            for item in news:
                payload = sse.json_event(await data(item), name="message", event_id=item["id"])
                await self._write(response, payload)
                beat = time.monotonic() + self.heartbeat
            if self.clock() >= feed.ends_at():
                try:
                    reason = await self.run(feed.alive)   # extended meanwhile, or over
                except RegistryError:
                    reason = None   # busy: ask again at the next wake-up
                if reason is not None:
                    return reason
            left = feed.ends_at() - self.clock()   # past it and still live: look once a second
            wait = min(beat - time.monotonic(), max(0.05, left) if left > 0 else 1.0)
            try:
                await asyncio.wait_for(woken.wait(), max(0.0, wait))
            except TimeoutError:
                pass
            if time.monotonic() >= beat:
                await self._write(response, sse.HEARTBEAT)
                beat = time.monotonic() + self.heartbeat
        return None

    async def _write(self, response: web.StreamResponse, payload: bytes) -> None:
        await asyncio.wait_for(response.write(payload), WRITE_TIMEOUT)

    async def shutdown(self, _app: web.Application | None = None) -> None:
        """Stop every stream (clients reconnect with Last-Event-ID elsewhere or later)."""
        self.stopping = True
        for woken in list(self.wakers):
            woken.set()

    async def cleanup(self, _app: web.Application | None = None) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def problem(status: int, detail: str, headers: dict | None = None) -> web.Response:
    """Return an RFC 9457 problem like the API's (web/problems.py), outside Flask."""
    body = {"type": f"/api/v1/problems/{TYPES.get(status, 'error')}",
            "title": HTTP_STATUS_CODES.get(status, "Error"),
            "status": status, "detail": detail}
    return web.Response(status=status, text=json.dumps(body), headers={
        "Content-Type": "application/problem+json", "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff", **(headers or {})})


STREAMS = web.AppKey("streams", Streams)
"""Where make_app keeps the Streams of an application (for tests and tools)."""


def make_app(flask_app: Flask, clock: Callable[[], float] = time.time) -> web.Application:
    """Return the aiohttp application serving the two stream routes."""
    streams = Streams(flask_app, clock)
    app = web.Application()
    app[STREAMS] = streams
    app.router.add_get(API_PATH, streams.api_events, allow_head=False)
    app.router.add_get(PAGE_PATH, streams.page_events, allow_head=False)
    app.on_shutdown.append(streams.shutdown)
    app.on_cleanup.append(streams.cleanup)
    return app
