"""A live inbox behind a real Exim, read through the app as a person and a client would.

Mail goes in over SMTP to the `exim` fixture's port; it is read back through the Flask
app on the same data folder: the site (a browser session that made the address) and the
JSON API (a bearer token), each inbox made through its own face.
"""

import re
import smtplib
import time

from tempmail import create_app

import helpers

PAGE_BUDGET = 5.0
"""Seconds one page or API answer may take, first rendering included."""


class Timed:
    """A test client whose every answer is checked: no 5xx, within PAGE_BUDGET."""

    def __init__(self, client):
        self.client, self.slowest = client, 0.0

    def request(self, method, path, **kwargs):
        started = time.monotonic()
        response = self.client.open(path, method=method, **kwargs)
        took = time.monotonic() - started
        self.slowest = max(self.slowest, took)
        assert response.status_code < 500, f"{method} {path}: {response.status_code}"
        assert took < PAGE_BUDGET, f"{method} {path} took {took:.2f}s"
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)


class LiveInboxes:
    """One address made on the site and one through the API, both fed by a real Exim."""

    def __init__(self, exim, **config):
        values = {"DATA_DIR": exim.data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                  "RATELIMIT_STORAGE_URI": "memory://",  # limits wide, not off: the limiter
                  "CREATE_LIMIT": "100000 per hour",      # is one object for every app, and
                  "POLL_LIMIT": "100000 per minute"}      # RATELIMIT_ENABLED=False outlives us
        values.update(config)
        self.exim = exim
        app = create_app(values)
        self.site, self.api = Timed(app.test_client()), Timed(app.test_client())
        self.renew()

    def renew(self):
        """Make two new empty addresses (the site's becomes the session's current one)."""
        self.site_address = self._site_address()
        created = self.api.post("/api/v1/inboxes", json={"lifetime": 3600}).get_json()
        self.api_address, self.token = created["address"], created["token"]
        self.auth = {"Authorization": "Bearer " + self.token}

    def _site_address(self):
        page = self.site.get("/").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        assert self.site.post("/new", data={"csrf_token": token}).status_code == 302
        page = self.site.get("/").get_data(as_text=True)
        return re.search(r'<output id="address" class="address-text">([^<]+)</output>',
                         page).group(1)

    def send(self, raw: bytes, sender: str = "sender@example.org", utf8: bool = False):
        """Send raw to both addresses in one SMTP transaction."""
        with smtplib.SMTP("127.0.0.1", self.exim.port, timeout=30) as conn:
            conn.ehlo("client.test")
            options = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []
            refused = conn.sendmail(sender, [self.site_address, self.api_address], raw,
                                    mail_options=options)
            assert not refused, refused

    def api_messages(self, count: int, timeout: float = 30.0) -> list[dict]:
        """Return the API's listing once it holds count messages."""
        def ready():
            listing = self.api.get("/api/v1/inbox/messages", headers=self.auth).get_json()
            return listing["messages"] if len(listing["messages"]) >= count else None
        try:
            return helpers.wait_for(ready, timeout=timeout, interval=0.02)
        except AssertionError:
            raise AssertionError(self.exim.mainlog()) from None

    def api_get(self, path: str):
        """Return the API's answer for path under /api/v1/inbox/messages."""
        return self.api.get("/api/v1/inbox/messages" + path, headers=self.auth)

    def site_ids(self) -> list[str]:
        """Return the message ids the site's inbox list links to."""
        page = self.site.get("/inbox/messages").get_data(as_text=True)
        return re.findall(r'href="/m/([^"?]+)"', page)
