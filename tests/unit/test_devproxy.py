"""make run's front (web/devproxy.py): everything but the stream paths reaches the upstream as
sent, and its answer comes back whole (status, repeated headers, body, streamed)."""

import asyncio
import concurrent.futures
import os

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

from tempmail.web import devproxy


async def upstream_handler(request):
    body = await request.read()
    if request.path == "/big":
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        await response.prepare(request)
        for _ in range(64):
            await response.write(b"x" * 65536)
        await response.write_eof()
        return response
    response = web.json_response({
        "method": request.method, "path_qs": request.raw_path, "body": body.decode(),
        "host": request.headers.get("Host"), "forwarded": request.headers.get("X-Forwarded-For"),
        "proto": request.headers.get("X-Forwarded-Proto"),
        "cookie": request.headers.get("Cookie")}, status=201)
    response.headers.add("Set-Cookie", "a=1; Path=/")
    response.headers.add("Set-Cookie", "b=2; Path=/")
    return response


async def own_route(request):
    return web.Response(text="stream")


async def scenario(folder):
    socket_path = os.path.join(folder, "up.sock")
    upstream = web.Application()
    upstream.router.add_route("*", "/{tail:.*}", upstream_handler)
    runner = web.AppRunner(upstream)
    await runner.setup()
    await web.UnixSite(runner, socket_path).start()
    front = web.Application()
    front.router.add_get("/inbox/events", own_route)
    devproxy.add_fallback(front, socket_path)
    server = TestServer(front)
    try:
        await server.start_server()
        async with ClientSession() as client:
            async with client.get(server.make_url("/inbox/events")) as response:
                assert await response.text() == "stream"   # its own routes stay its own
            async with client.post(server.make_url("/a%2Fb?x=1&y=%20"), data=b"csrf=1&z=2",
                                   headers={"Cookie": "tempmail=abc",
                                            "X-Forwarded-For": "6.6.6.6"}) as response:
                assert response.status == 201
                got = await response.json()
                assert response.headers.getall("Set-Cookie") == ["a=1; Path=/", "b=2; Path=/"]
            assert got["method"] == "POST" and got["path_qs"] == "/a%2Fb?x=1&y=%20"
            assert got["body"] == "csrf=1&z=2" and got["cookie"] == "tempmail=abc"
            assert got["host"] == f"127.0.0.1:{server.port}"
            assert got["forwarded"] == "127.0.0.1" and got["proto"] == "http"   # forged one dropped
            async with client.get(server.make_url("/big")) as response:
                assert len(await response.read()) == 64 * 65536
    finally:
        await server.close()
        await runner.cleanup()


def test_the_front_passes_requests_and_answers_through_whole(tmp_path):
    # a loop of its own in a thread of its own, whatever another test left in this one
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, scenario(str(tmp_path))).result(timeout=120)
