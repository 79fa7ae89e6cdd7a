"""make run only: the stream service hands every other request to gunicorn, as nginx does.

`make run` has no nginx, yet the page and API clients must find the event
streams on the site's own origin, as in production (one URL, no CORS, the
session cookie sent as it is). So under make run the stream service listens
on the HTTP port, serves its two paths itself and passes everything else,
byte for byte, to gunicorn on a unix socket (TEMPMAIL_STREAM_UPSTREAM), adding
X-Forwarded-For and X-Forwarded-Proto like deploy/nginx/tempmail-proxy.conf.
Production never uses this: nginx routes by path (deploy/nginx/tempmail.conf).
"""

from aiohttp import ClientError, ClientSession, ClientTimeout, DummyCookieJar, UnixConnector, web
from multidict import CIMultiDict
from yarl import URL

HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                        "proxy-connection", "te", "trailer", "trailers", "transfer-encoding",
                        "upgrade"})
CHUNK = 64 * 1024
SESSION = web.AppKey("devproxy", ClientSession)


def add_fallback(app: web.Application, socket_path: str) -> None:
    """Pass every request app does not route itself to the HTTP server on socket_path."""

    async def start(app: web.Application) -> None:
        app[SESSION] = ClientSession(
            connector=UnixConnector(path=socket_path, limit=0, force_close=True),
            timeout=ClientTimeout(total=None, sock_connect=30), auto_decompress=False,
            cookie_jar=DummyCookieJar())

    async def close(app: web.Application) -> None:
        await app[SESSION].close()

    async def forward(request: web.Request) -> web.StreamResponse:
        headers = CIMultiDict((name, value) for name, value in request.headers.items()
                              if name.lower() not in HOP_BY_HOP and name.lower() not in
                              ("content-length", "x-forwarded-for", "x-forwarded-proto"))
        headers["X-Forwarded-For"] = request.remote or ""
        headers["X-Forwarded-Proto"] = request.scheme
        body = await request.read() if request.body_exists else None
        try:
            upstream = await app[SESSION].request(
                request.method, URL("http://app" + request.raw_path, encoded=True),
                headers=headers, data=body, allow_redirects=False,
                skip_auto_headers=("Accept-Encoding", "User-Agent", "Content-Type"))
        except ClientError:
            return web.Response(status=502, text="gunicorn is not answering (make run)\n")
        async with upstream:
            response = web.StreamResponse(status=upstream.status, reason=upstream.reason)
            for name, value in upstream.headers.items():
                if name.lower() not in HOP_BY_HOP:
                    response.headers.add(name, value)
            await response.prepare(request)
            if request.method != "HEAD":
                async for chunk in upstream.content.iter_chunked(CHUNK):
                    await response.write(chunk)
            await response.write_eof()
            return response

    app.on_startup.append(start)
    app.on_cleanup.append(close)
    app.router.add_route("*", "/{tail:.*}", forward)
