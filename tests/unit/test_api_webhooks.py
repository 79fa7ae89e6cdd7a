"""The webhook routes of the API: set at creation or by PUT, shown, removed, refused clearly."""

import io
import json
import os

import pytest

from tempmail import create_app, hook_queue, router
from tempmail.registry import open_registry, path_in

import helpers

HOOK = "http://127.0.0.1:9/hook"


def make_app(data_dir, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
              "TESTING": True, "RATELIMIT_STORAGE_URI": "memory://",
              "WEBHOOK_ALLOW": "127.0.0.1"}
    values.update(config)
    return create_app(values)


@pytest.fixture
def api(data_dir):
    return make_app(data_dir, API_KEYS="key-1").test_client()


KEY = {"X-API-Key": "key-1"}


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_webhook_at_creation_answers_the_secret_once(api, data_dir):
    made = api.post("/api/v1/inboxes", json={"webhook_url": HOOK}, headers=KEY)
    assert made.status_code == 201, made.json
    hook = made.json["webhook"]
    assert hook["url"] == HOOK and hook["secret"].startswith("whsec_")
    assert len(hook["secret"]) > 40
    shown = api.get("/api/v1/inbox/webhook", headers=auth(made.json["token"]))
    assert shown.json == {"url": HOOK}  # never the secret again
    stored = open_registry(data_dir).webhook(made.json["address"])
    assert stored.secret == hook["secret"] and stored.allowed
    assert stored.api_base == "http://localhost/api/v1"


def test_put_replaces_url_and_secret_delete_removes(api, data_dir):
    made = api.post("/api/v1/inboxes", headers=KEY).json
    first = api.put("/api/v1/inbox/webhook", json={"url": HOOK}, headers=auth(made["token"]))
    assert first.status_code == 200 and first.json["url"] == HOOK
    second = api.put("/api/v1/inbox/webhook", json={"url": HOOK + "2"},
                     headers=auth(made["token"]))
    assert second.json["secret"] != first.json["secret"]
    assert api.get("/api/v1/inbox/webhook", headers=auth(made["token"])).json["url"] == HOOK + "2"
    assert api.delete("/api/v1/inbox/webhook", headers=auth(made["token"])).status_code == 204
    assert api.get("/api/v1/inbox/webhook", headers=auth(made["token"])).json == {"url": None}
    # allowed once, allowed again (the API key was recorded at creation)
    assert api.put("/api/v1/inbox/webhook", json={"url": HOOK},
                   headers=auth(made["token"])).status_code == 200


@pytest.mark.parametrize("url,words", [
    ("http://10.0.0.1/hook", "private, local or reserved"),
    ("http://0x7f000001:8080/", "private, local or reserved"),
    ("ftp://example.org/", "http:// or https://"),
    ("http://u:p@example.org/", "user name or password"),
    ("http://93.184.216.34:8080/", "port is not allowed (allowed: 80, 443)"),
    ("not a url", "not a valid"),
    (5, "not a valid"),
])
def test_refused_urls_are_clear_400s_and_create_nothing(data_dir, url, words):
    client = make_app(data_dir, API_KEYS="key-1", WEBHOOK_ALLOW="").test_client()
    response = client.post("/api/v1/inboxes", json={"webhook_url": url}, headers=KEY)
    assert response.status_code == 400
    assert words in response.json["detail"]
    assert not os.path.exists(path_in(data_dir)) or open_registry(data_dir).counts()[0] == 0


def test_put_refuses_a_private_target(data_dir):
    client = make_app(data_dir, API_KEYS="key-1", WEBHOOK_ALLOW="").test_client()
    made = client.post("/api/v1/inboxes", headers=KEY).json
    response = client.put("/api/v1/inbox/webhook", json={"url": "http://[::1]/"},
                          headers=auth(made["token"]))
    assert response.status_code == 400
    assert client.put("/api/v1/inbox/webhook", json={}, headers=auth(made["token"])) \
        .status_code == 400
    assert client.put("/api/v1/inbox/webhook", json={"url": HOOK}).status_code == 401


def test_api_mode_needs_an_inbox_created_with_a_key(data_dir):
    client = make_app(data_dir).test_client()  # no API keys: nobody creates with one
    response = client.post("/api/v1/inboxes", json={"webhook_url": HOOK})
    assert response.status_code == 403 and "API key" in response.json["detail"]
    made = client.post("/api/v1/inboxes").json
    assert client.put("/api/v1/inbox/webhook", json={"url": HOOK},
                      headers=auth(made["token"])).status_code == 403


def test_all_mode_opens_them_to_every_inbox_and_off_closes_them(data_dir):
    client = make_app(data_dir, WEBHOOKS="all").test_client()
    assert client.post("/api/v1/inboxes", json={"webhook_url": HOOK}).status_code == 201
    client = make_app(data_dir, WEBHOOKS="off", API_KEYS="key-1").test_client()
    response = client.post("/api/v1/inboxes", json={"webhook_url": HOOK}, headers=KEY)
    assert response.status_code == 403 and "turned off" in response.json["detail"]


def _deliver(data_dir, address, raw):
    local_part, domain = address.split("@")
    assert router.main(["--data-dir", data_dir], io.BytesIO(raw),
                       {"LOCAL_PART": local_part, "DOMAIN": domain}) == 0


def test_deleting_the_inbox_deletes_its_webhook_and_queue(api, data_dir):
    made = api.post("/api/v1/inboxes", json={"webhook_url": HOOK}, headers=KEY).json
    other = api.post("/api/v1/inboxes", json={"webhook_url": HOOK}, headers=KEY).json
    _deliver(data_dir, made["address"], b"Subject: one\n\nYour code is 424242\n")
    _deliver(data_dir, other["address"], b"Subject: two\n\nhello\n")
    assert len(hook_queue.pending(data_dir)) == 2
    assert api.delete("/api/v1/inbox", headers=auth(made["token"])).status_code == 204
    assert open_registry(data_dir).webhook(made["address"]) is None
    left = hook_queue.pending(data_dir)
    assert len(left) == 1
    event = hook_queue.load(data_dir, left[0])
    assert event["message"]["subject"] == "two"


def test_the_event_holds_the_summary_not_the_body(api, data_dir):
    made = api.post("/api/v1/inboxes", json={"webhook_url": HOOK}, headers=KEY).json
    _deliver(data_dir, made["address"],
             b"From: Shop <a@shop.example>\nSubject: Confirm\nContent-Type: text/html\n\n"
             b"<p>secret body text: code 551177</p>"
             b"<a href='https://shop.example/verify?t=1'>Verify your email</a>")
    [name] = hook_queue.pending(data_dir)
    with open(os.path.join(hook_queue.folder_in(data_dir), name), "rb") as handle:
        raw = handle.read()
    assert b"secret body text" not in raw
    message = json.loads(raw)["message"]
    assert set(message) == {"id", "from", "subject", "received", "size", "code", "link", "tag"}
    assert message["code"] == "551177"
    assert message["link"] == "https://shop.example/verify?t=1"
    assert message["from"] == "Shop <a@shop.example>"


def test_no_event_without_a_webhook_or_with_webhooks_off(data_dir):
    client = make_app(data_dir, API_KEYS="key-1").test_client()
    made = client.post("/api/v1/inboxes", headers=KEY).json
    _deliver(data_dir, made["address"], b"Subject: x\n\nhello\n")
    assert hook_queue.pending(data_dir) == []


def test_openapi_names_the_webhook_routes(api):
    spec = api.get("/api/v1/openapi.json").json
    assert {"get", "put", "delete"} <= set(spec["paths"]["/inbox/webhook"])
    assert "webhook_url" in spec["components"]["schemas"]["NewInbox"]["properties"]
    assert "messageReceived" in spec["webhooks"]
