"""The small findings of the outside audit (issue #19, point 5), one test each."""

import os
import re
import runpy
import socket
import subprocess
import sys

import pytest

from tempmail import create_app, weblog

import helpers

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                       "RATELIMIT_STORAGE_URI": "memory://"})


def test_a_cross_site_form_post_creates_no_inbox(app):
    client = app.test_client()
    for headers, body in [({"Content-Type": "application/x-www-form-urlencoded"}, ""),
                          ({"Content-Type": "text/plain"}, '{"lifetime": 600}'),
                          ({"Content-Type": "multipart/form-data; boundary=x"}, "")]:
        response = client.post("/api/v1/inboxes", data=body, headers=headers)
        assert response.status_code == 415, (headers, response.status_code)
    assert client.post("/api/v1/inboxes", data='{"a": 1}').status_code == 415  # no type at all
    for site in ("cross-site", "same-site"):
        response = client.post("/api/v1/inboxes", headers={"Sec-Fetch-Site": site})
        assert response.status_code == 403
    response = client.post("/api/v1/inboxes", json={}, headers={"Origin": "https://evil.test"})
    assert response.status_code == 403
    service = app.extensions["tempmail"]
    service.ensure_ready()
    assert service.registry.counts()[0] == 0


def test_json_and_bodiless_api_calls_still_work(app):
    client = app.test_client()
    assert client.post("/api/v1/inboxes", json={"lifetime": 600}).status_code == 201
    assert client.post("/api/v1/inboxes").status_code == 201
    assert client.post("/api/v1/inboxes", headers={"Sec-Fetch-Site": "same-origin",
                                                   "Origin": "http://localhost"}).status_code == 201


def test_the_session_cookie_is_host_prefixed_over_https(app):
    client = app.test_client()
    response = client.get("/", base_url="https://tempmail.test")
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies and all(c.startswith("__Host-tempmail=") for c in cookies)
    assert all("Secure" in c and "Path=/" in c and "Domain" not in c for c in cookies)
    plain = app.test_client().get("/").headers.getlist("Set-Cookie")
    assert plain and all(c.startswith("tempmail=") for c in plain)


def test_the_site_works_over_https_with_the_prefixed_cookie(app):
    client = app.test_client()
    base = "https://tempmail.test"
    form = client.get("/", base_url=base).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    refused = client.post("/new", data={"csrf_token": token}, base_url=base,
                          headers={"Sec-Fetch-Site": "cross-site"})
    assert refused.status_code == 403
    # as a browser sends it under Referrer-Policy: no-referrer: no Referer, Origin null
    page = client.post("/new", data={"csrf_token": token}, base_url=base, follow_redirects=True,
                       headers={"Sec-Fetch-Site": "same-origin", "Origin": "null"})
    assert page.status_code == 200
    assert b"@" + helpers.DOMAIN.encode() in page.data


@pytest.mark.parametrize("line,kept", [
    ("Invalid request from ip=127.0.0.1: Invalid HTTP method", "Invalid HTTP method"),
    ("peer 2001:db8::1 and [::1]:8000 and 10.1.2.3 went away", "went away"),
    ("fe80::1%eth0 closed", "closed"),
])
def test_the_log_redactor_leaves_no_address(line, kept):
    out = weblog.redact(line)
    assert kept in out
    for address in ("127.0.0.1", "2001:db8::1", "::1", "10.1.2.3", "fe80::1"):
        assert address not in out


def test_gunicorn_logs_no_client_address_for_a_bad_request(data_dir):
    port = helpers.free_port()
    env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
               TEMPMAIL_BIND=f"127.0.0.1:{port}")
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                                "wsgi:app"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert helpers.port_open(port, process)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GAR BAGE\x01 /\r\n\r\n")
            assert sock.recv(100).startswith(b"HTTP/1.1 400")
    finally:
        helpers.stop_process(process)
    with process.stderr:
        log = process.stderr.read()
    assert "Invalid request from ip=-" in log
    assert "127.0.0.1" not in log.replace(f"127.0.0.1:{port}", "")  # only our own bind line


def test_memory_rate_limits_get_one_worker():
    config = os.path.join(ROOT, "gunicorn.conf.py")
    env = {k: v for k, v in os.environ.items() if k != "TEMPMAIL_RATELIMIT_STORAGE_URI"}
    try:
        os.environ.clear()
        os.environ.update(env, TEMPMAIL_WORKERS="4")
        assert runpy.run_path(config)["workers"] == 1
        os.environ["TEMPMAIL_RATELIMIT_STORAGE_URI"] = "redis://127.0.0.1:6379/0"
        assert runpy.run_path(config)["workers"] == 4
    finally:
        os.environ.clear()
        os.environ.update(env)
