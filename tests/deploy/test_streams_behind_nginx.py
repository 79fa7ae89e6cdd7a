"""The live inbox's event streams through the shipped nginx site (TLS, HTTP/1.1 to the
stream service's unix socket): unbuffered, held open, and for the page's cookie too."""

import json
import re
import smtplib
import ssl
import time

import pytest
from test_behind_nginx import CLIENT_IP, SENDER_IP, Browser

import helpers

pytestmark = pytest.mark.deploy


def stream(deployment, path, headers):
    context = ssl.create_default_context(cafile=deployment.cert)
    return helpers.EventStream("127.0.0.1", deployment.https_port, path, headers, timeout=20,
                               context=context, source_address=(CLIENT_IP, 0))


def send(deployment, address, subject):
    with smtplib.SMTP("127.0.0.1", deployment.exim.port, timeout=30,
                      source_address=(SENDER_IP, 0)) as smtp:
        smtp.sendmail("shop@example.org", [address],
                      f"Subject: {subject}\r\n\r\nYour code is 314159\r\n".encode())


def test_the_api_stream_passes_through_nginx_as_it_is_written(deployment):
    browser = Browser(deployment)
    status, inbox, _ = browser.json("POST", "/api/v1/inboxes", {"lifetime": 600})
    assert status == 201
    events = stream(deployment, "/api/v1/inbox/events",
                    {"Authorization": f"Bearer {inbox['token']}"})
    try:
        assert events.status == 200
        assert events.header("Content-Type").startswith("text/event-stream")
        assert events.header("X-Accel-Buffering") is None   # nginx acts on it, keeps it in
        started = time.monotonic()
        assert events.next() == {"comment": "keep-alive"}   # unbuffered: the 1 s heartbeat
        assert time.monotonic() - started < 5
        send(deployment, inbox["address"], "Through nginx")
        event = events.next_event()
        listed = browser.json("GET", "/api/v1/inbox/messages", token=inbox["token"])[1]
        assert event["event"] == "message" and event["id"] == listed["messages"][0]["id"]
        assert json.loads(event["data"]) == listed["messages"][0]
        assert browser.json("DELETE", "/api/v1/inbox", token=inbox["token"])[0] == 204
        ended = events.next_event()
        assert ended["event"] == "end" and json.loads(ended["data"]) == {"reason": "deleted"}
    finally:
        events.close()


def test_the_page_stream_reads_the_secure_session_cookie_through_nginx(deployment):
    browser = Browser(deployment)
    response, page = browser.request("GET", "/")
    token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1).decode()
    response, _ = browser.request("POST", "/new", body=f"csrf_token={token}&lifetime=600",
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 302
    assert browser.cookie.startswith("__Host-")   # HTTPS: the prefixed cookie
    response, page = browser.request("GET", "/")
    address = re.search(rb'<output id="address" class="address-text">([^<]+)<', page).group(1)
    assert b'data-stream="/inbox/events"' in page   # same origin behind nginx
    events = stream(deployment, "/inbox/events", {"Cookie": browser.cookie})
    try:
        assert events.status == 200
        send(deployment, address.decode(), "For the page")
        data = json.loads(events.next_event()["data"])
        assert data["subject"] == "For the page" and "314159" in data["html"]
    finally:
        events.close()
    stranger = stream(deployment, "/inbox/events", {})
    assert stranger.status == 404
    stranger.close()
