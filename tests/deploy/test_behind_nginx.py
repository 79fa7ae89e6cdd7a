"""Real nginx + gunicorn (3 workers) + Redis + Exim, as shipped: limits, TLS, privacy."""

import concurrent.futures
import http.client
import json
import os
import re
import smtplib
import ssl
import subprocess

import pytest

from tempmail import purge
from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.deploy
CLIENT_IP = "127.0.0.7"      # the browser; must never be written anywhere
SENDER_IP = "127.0.0.8"      # the sending mail server


class Browser:
    """HTTPS from CLIENT_IP with a cookie jar of one."""

    def __init__(self, deployment, source=CLIENT_IP):
        self.deployment, self.source, self.cookie = deployment, source, None
        self.context = ssl.create_default_context(cafile=deployment.cert)

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPSConnection("127.0.0.1", self.deployment.https_port, timeout=60,
                                           context=self.context, source_address=(self.source, 0))
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                self.cookie = value.split(";", 1)[0]
        conn.close()
        return response, data

    def json(self, method, path, body=None, token=None, headers=None):
        headers = dict(headers or {}, **{"Content-Type": "application/json"})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response, data = self.request(method, path, None if body is None else json.dumps(body),
                                      headers)
        return response.status, json.loads(data or b"null"), response


def test_https_only_hsts_and_secure_cookies(deployment):
    browser = Browser(deployment)
    response, page = browser.request("GET", "/")
    assert response.status == 200
    assert response.getheader("Strict-Transport-Security").startswith("max-age=")
    assert len([h for h in response.getheaders() if h[0].lower() == "strict-transport-security"]) == 1
    cookie = response.getheader("Set-Cookie")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert response.getheader("Server") == "nginx"  # no version
    plain = http.client.HTTPConnection("127.0.0.1", deployment.http_port, timeout=10,
                                       source_address=(CLIENT_IP, 0))
    try:
        plain.request("GET", "/api")
        redirect = plain.getresponse()
        assert redirect.status == 301 and redirect.getheader("Location").startswith("https://")
    finally:
        plain.close()


def test_the_app_is_reachable_only_through_nginx(deployment):
    listening = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True, check=True).stdout
    assert "gunicorn" not in listening and f"pid={deployment.gunicorn.pid}," not in listening
    assert os.path.exists(deployment.socket)
    nginx_ports = [line for line in listening.splitlines() if "nginx" in line]
    assert nginx_ports and all("127.0.0.1:" in line for line in nginx_ports)


def test_health_and_metrics_stay_on_this_machine(deployment):
    outsider = Browser(deployment, source="127.0.0.9")
    for path in ("/healthz", "/metrics"):
        assert outsider.request("GET", path)[0].status == 403
    insider = Browser(deployment, source="127.0.0.1")
    response, body = insider.request("GET", "/healthz")
    assert response.status == 200 and json.loads(body)["status"] == "ok"
    response, body = insider.request("GET", "/metrics")
    assert response.status == 200 and b"tempmail_live_addresses" in body


def test_creation_limit_holds_across_workers_and_forged_forwarded_for(deployment):
    # A fresh client address; ten creations an hour (TEMPMAIL_CREATE_LIMIT) in all workers.
    def create(index):
        browser = Browser(deployment, source="127.0.0.21")
        return browser.json("POST", "/api/v1/inboxes", {},
                            headers={"X-Forwarded-For": f"203.0.113.{index}"})[0]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(create, range(30)))
    assert statuses.count(201) == 10 and statuses.count(429) == 20
    status, body, response = Browser(deployment, source="127.0.0.21").json(
        "POST", "/api/v1/inboxes", {}, headers={"X-Forwarded-For": "198.51.100.1"})
    assert status == 429 and int(response.getheader("Retry-After")) > 0
    assert Browser(deployment, source="127.0.0.22").json("POST", "/api/v1/inboxes", {})[0] == 201


def files_under(folder):
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            if os.path.isfile(path) and not os.path.islink(path):
                yield path


def test_privacy_audit_a_whole_life_leaves_nothing(deployment):
    browser = Browser(deployment)
    # the website
    response, page = browser.request("GET", "/")
    token = re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1).decode()
    response, _ = browser.request("POST", "/new", body=f"csrf_token={token}&lifetime=600",
                                  headers={"Content-Type": "application/x-www-form-urlencoded",
                                           "Referer": deployment.url + "/"})
    assert response.status == 302
    response, page = browser.request("GET", "/")
    site_address = re.search(rb'<output id="address" class="address-text">([^<]+)<', page).group(1).decode()
    # the API
    status, inbox, _ = browser.json("POST", "/api/v1/inboxes", {"lifetime": 600})
    assert status == 201
    secret = "PrivacyAuditBody-4b1e97"
    for address in (site_address, inbox["address"]):
        with smtplib.SMTP("127.0.0.1", deployment.exim.port, timeout=30,
                          source_address=(SENDER_IP, 0)) as smtp:
            smtp.sendmail("audit@example.org", [address],
                          f"Subject: audit {secret}\r\n\r\nYour code is 551177. {secret}\r\n".encode())
    status, listing, _ = browser.json("GET", "/api/v1/inbox/messages?wait=20", token=inbox["token"])
    message = browser.json("GET", f"/api/v1/inbox/messages/{listing['messages'][0]['id']}",
                           token=inbox["token"])[1]
    assert message["codes"] == ["551177"]
    helpers.wait_for(lambda: secret.encode() in browser.request("GET", "/inbox/messages")[1], 20)
    message_path = re.search(rb'href="(/m/[^"]+)"', browser.request("GET", "/inbox/messages")[1]).group(1)
    assert secret.encode() in browser.request("GET", message_path.decode())[1]
    # the end of the line
    service = Inboxes(helpers.settings(deployment.data_dir, DOMAINS=helpers.DOMAIN))
    counts = purge.purge(service, now=service.clock() + 10 * 3600)  # both lives are over
    assert counts.mailboxes >= 2
    needles = {CLIENT_IP.encode(), site_address.encode(), inbox["address"].encode(),
               site_address.split("@")[0].encode(), inbox["token"].encode(), secret.encode(),
               b"551177"}
    scanned = []
    for path in list(files_under(deployment.data_dir)) + deployment.logs():
        with open(path, "rb") as handle:
            data = handle.read()
        scanned.append(path)
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path}"
    assert any(path.endswith("gunicorn.log") for path in scanned)
    assert any("nginx" in path for path in scanned)
