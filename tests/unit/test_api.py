import io
import json
import threading
import time

import pytest

from tempmail import create_app, router

import helpers

NESTED = helpers.data("nested.eml")


class Clock:
    def __init__(self):
        self.now = time.time()

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


def make_app(data_dir, clock=None, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
              "TESTING": True, "RATELIMIT_STORAGE_URI": "memory://"}
    values.update(config)
    return create_app(values, clock=clock)


@pytest.fixture
def api(data_dir, clock):
    return make_app(data_dir, clock).test_client()


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def create(api, **body):
    response = api.post("/api/v1/inboxes", json=body)
    assert response.status_code == 201, response.json
    return response.json


def deliver(data_dir, address, raw):
    local_part, domain = address.split("@")
    assert router.main(["--data-dir", data_dir], io.BytesIO(raw),
                       {"LOCAL_PART": local_part, "DOMAIN": domain}) == 0


def assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == status and body["detail"] and body["title"] and body["type"]
    return body


def test_create_returns_address_token_expiry(api):
    response = api.post("/api/v1/inboxes", json={"domain": helpers.OTHER_DOMAIN, "name": "qa-1"})
    assert response.status_code == 201
    assert response.json["address"] == f"qa-1@{helpers.OTHER_DOMAIN}"
    assert set(response.json) == {"address", "token", "expires_at"}
    assert response.headers["Location"].endswith("/api/v1/inbox")


def test_create_without_body_works(api):
    assert api.post("/api/v1/inboxes").status_code == 201


@pytest.mark.parametrize("lifetime,expected", [(5, 60), (600, 600), (10 ** 9, 48 * 3600)])
def test_lifetime_is_clamped(api, clock, lifetime, expected):
    created = create(api, lifetime=lifetime)
    info = api.get("/api/v1/inbox", headers=auth(created["token"])).json
    from datetime import datetime
    span = (datetime.fromisoformat(info["expires_at"][:-1]) -
            datetime.fromisoformat(info["created_at"][:-1])).total_seconds()
    assert abs(span - expected) <= 1


@pytest.mark.parametrize("body,status", [
    ("not json", 400), ([1, 2], 400), ({"lifetime": "soon"}, 400), ({"lifetime": -5}, 400),
    ({"lifetime": True}, 400), ({"name": 5}, 400), ({"name": "../x"}, 400),
    ({"domain": "evil.test"}, 400),
])
def test_bad_create_requests_are_problems(api, body, status):
    kwargs = {"data": body, "content_type": "application/json"} if isinstance(body, str) \
        else {"json": body}
    assert_problem(api.post("/api/v1/inboxes", **kwargs), status)


def test_a_used_name_is_409(api):
    create(api, name="dup", domain=helpers.DOMAIN)
    body = assert_problem(api.post("/api/v1/inboxes", json={"name": "dup", "domain": helpers.DOMAIN}),
                          409)
    assert "never issued twice" in body["detail"]


def test_api_keys_guard_creation(data_dir):
    client = make_app(data_dir, API_KEYS="k1,k2").test_client()
    assert_problem(client.post("/api/v1/inboxes"), 401)
    assert_problem(client.post("/api/v1/inboxes", headers={"X-API-Key": "nope"}), 401)
    assert client.post("/api/v1/inboxes", headers={"X-API-Key": "k2"}).status_code == 201
    assert client.post("/api/v1/inboxes", headers=auth("k1")).status_code == 201


def test_too_large_bodies_are_413(api):
    assert_problem(api.post("/api/v1/inboxes", data="x" * 100_000,
                            content_type="application/json"), 413)


def test_creation_is_rate_limited_with_retry_after(data_dir):
    client = make_app(data_dir, CREATE_LIMIT="2 per hour").test_client()
    for _ in range(2):
        assert client.post("/api/v1/inboxes").status_code == 201
    response = client.post("/api/v1/inboxes")
    assert_problem(response, 429)
    assert 3000 < int(response.headers["Retry-After"]) <= 3601


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer"}, auth("wrong"),
                                     {"Authorization": "Basic abc"}])
def test_missing_or_bad_tokens_are_401(api, headers):
    body = assert_problem(api.get("/api/v1/inbox", headers=headers), 401)
    assert "Bearer" in api.get("/api/v1/inbox", headers=headers).headers["WWW-Authenticate"]
    assert body["detail"]


def test_get_inbox(api):
    created = create(api)
    info = api.get("/api/v1/inbox", headers=auth(created["token"])).json
    assert info["address"] == created["address"] and info["message_count"] == 0


def test_expired_inboxes_answer_like_unknown_ones(api, clock):
    created = create(api, lifetime=60)
    clock.now += 61
    expired = api.get("/api/v1/inbox", headers=auth(created["token"]))
    unknown = api.get("/api/v1/inbox", headers=auth("x" * 43))
    assert_problem(expired, 401)
    assert expired.json == unknown.json


def test_delete_inbox(api, data_dir):
    created = create(api, name="gone", domain=helpers.DOMAIN)
    assert api.delete("/api/v1/inbox", headers=auth(created["token"])).status_code == 204
    assert_problem(api.get("/api/v1/inbox", headers=auth(created["token"])), 401)
    assert_problem(api.post("/api/v1/inboxes", json={"name": "gone", "domain": helpers.DOMAIN}), 409)


def test_extend(api):
    created = create(api, lifetime=600)
    response = api.post("/api/v1/inbox/extend", json={"seconds": 600}, headers=auth(created["token"]))
    assert response.status_code == 200 and response.json["capped"] is False
    assert response.json["expires_at"] > created["expires_at"]
    response = api.post("/api/v1/inbox/extend", json={"seconds": 10 ** 7},
                        headers=auth(created["token"]))
    assert response.json["capped"] is True
    for body in ({}, {"seconds": -1}, {"seconds": "x"}):
        assert_problem(api.post("/api/v1/inbox/extend", json=body, headers=auth(created["token"])),
                       400)


def test_messages_list_and_read(api, data_dir):
    created = create(api)
    assert api.get("/api/v1/inbox/messages", headers=auth(created["token"])).json == {"messages": []}
    deliver(data_dir, created["address"], b"From: a@example.org\nSubject: first\n\nhello\n")
    deliver(data_dir, created["address"], NESTED)
    listing = api.get("/api/v1/inbox/messages", headers=auth(created["token"])).json["messages"]
    assert [m["subject"] for m in listing] == ["Nested", "first"]
    assert set(listing[0]) == {"id", "from", "to", "subject", "date", "size", "preview", "tag"}
    message = api.get(f"/api/v1/inbox/messages/{listing[0]['id']}",
                      headers=auth(created["token"])).json
    assert message["codes"] == ["771204"]
    assert message["text"].startswith("Plain version")
    assert "<img" in message["html"] and "/attachments/" in message["html"]
    assert {a["name"] for a in message["attachments"]} >= {"résumé _.._.pdf"}
    assert all(set(a) >= {"name", "type", "size", "url"} for a in message["attachments"])
    assert all(a["url"].startswith("/api/v1/inbox/messages/") for a in message["attachments"])
    assert {"name": "Subject", "value": "Nested"} in message["headers"]
    raw = api.get(message["raw_url"], headers=auth(created["token"]))
    assert raw.mimetype == "message/rfc822" and raw.data == NESTED
    pdf = next(a for a in message["attachments"] if a["type"] == "application/pdf")
    download = api.get(pdf["url"], headers=auth(created["token"]))
    assert download.data == b"%PDF-1.4 fake"
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert_problem(api.get(pdf["url"].rsplit("/", 1)[0] + "/99", headers=auth(created["token"])), 404)


def test_filters_and_wait(api, data_dir):
    created = create(api)
    token = created["token"]
    started = time.monotonic()
    response = api.get("/api/v1/inbox/messages?wait=0.5", headers=auth(token))
    assert response.json == {"messages": []} and time.monotonic() - started >= 0.45
    deliver(data_dir, created["address"], b"From: Shop <shop@example.org>\nSubject: Promo\n\nx\n")
    started = time.monotonic()
    response = api.get("/api/v1/inbox/messages?wait=0.5&subject=verify", headers=auth(token))
    assert response.json == {"messages": []} and time.monotonic() - started >= 0.45
    threading.Timer(0.3, deliver, (data_dir, created["address"],
                                   b"From: App <no-reply@app.example>\nSubject: Verify it\n\n1\n")).start()
    started = time.monotonic()
    response = api.get("/api/v1/inbox/messages?wait=10&subject=VERIFY&from=app.example",
                       headers=auth(token))
    assert [m["subject"] for m in response.json["messages"]] == ["Verify it"]
    assert time.monotonic() - started < 5
    assert_problem(api.get("/api/v1/inbox/messages?wait=soon", headers=auth(token)), 400)


def test_foreign_and_unknown_messages_answer_alike(api, data_dir):
    mine, theirs = create(api), create(api)
    deliver(data_dir, theirs["address"], b"Subject: secret\n\nx\n")
    their_id = api.get("/api/v1/inbox/messages", headers=auth(theirs["token"])).json["messages"][0]["id"]
    for suffix in ("", "/raw", "/attachments/0"):
        foreign = api.get(f"/api/v1/inbox/messages/{their_id}{suffix}", headers=auth(mine["token"]))
        unknown = api.get(f"/api/v1/inbox/messages/1.P1R1.x,S=1{suffix}", headers=auth(mine["token"]))
        assert_problem(foreign, 404)
        assert foreign.json == unknown.json
    assert_problem(api.delete(f"/api/v1/inbox/messages/{their_id}", headers=auth(mine["token"])), 404)


def test_delete_message(api, data_dir):
    created = create(api)
    deliver(data_dir, created["address"], b"Subject: bye\n\nx\n")
    message_id = api.get("/api/v1/inbox/messages", headers=auth(created["token"])).json["messages"][0]["id"]
    assert api.delete(f"/api/v1/inbox/messages/{message_id}", headers=auth(created["token"])).status_code == 204
    assert_problem(api.get(f"/api/v1/inbox/messages/{message_id}", headers=auth(created["token"])), 404)


def test_unknown_routes_and_methods_are_problems(api):
    assert_problem(api.get("/api/v1/nothing"), 404)
    response = api.put("/api/v1/inboxes")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_every_api_response_has_security_headers(api):
    created = create(api)
    for response in (api.get("/api/v1/inbox", headers=auth(created["token"])),
                     api.get("/api/v1/inbox"), api.get("/api/v1/openapi.json"),
                     api.get("/api/v1/nope")):
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def _described(spec):
    return {(path, method.upper()) for path, operations in spec["paths"].items()
            for method in operations}


def test_openapi_describes_exactly_the_routes(api):
    spec = api.get("/api/v1/openapi.json").json
    assert spec["openapi"].startswith("3.1")
    app = api.application
    routed = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        path = rule.rule[len("/api/v1"):].replace("<message_id>", "{id}").replace("<int:index>", "{n}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            routed.add((path, method))
    assert routed == _described(spec)
    for operations in spec["paths"].values():
        for operation in operations.values():
            assert operation["summary"] and operation["responses"]
    json.dumps(spec)


def test_the_api_page_lists_every_route(data_dir):
    client = make_app(data_dir).test_client()
    page = client.get("/api").get_data(as_text=True)
    spec = client.get("/api/v1/openapi.json").json
    for path in spec["paths"]:
        assert f"/api/v1{path}" in page


def test_domains_lists_the_offered_ones_only(data_dir):
    client = make_app(data_dir, OFFERED_DOMAINS=helpers.OTHER_DOMAIN).test_client()
    assert client.get("/api/v1/domains").get_json() == {"domains": [helpers.OTHER_DOMAIN]}
    created = client.post("/api/v1/inboxes").get_json()
    assert created["address"].endswith("@" + helpers.OTHER_DOMAIN)
    response = client.post("/api/v1/inboxes", json={"domain": helpers.DOMAIN})
    assert response.status_code == 400 and "not offered" in response.get_json()["detail"]


def test_a_retired_domain_still_receives(data_dir):
    from tempmail import config
    settings = config.load({}, {"DATA_DIR": data_dir, "DOMAINS": f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
                                "OFFERED_DOMAINS": helpers.OTHER_DOMAIN})
    assert settings["DOMAINS"] == (helpers.DOMAIN, helpers.OTHER_DOMAIN)
    with pytest.raises(config.ConfigError, match="not in TEMPMAIL_DOMAINS"):
        config.load({}, {"DOMAINS": helpers.DOMAIN, "OFFERED_DOMAINS": "elsewhere.test"})


def test_every_api_answer_carries_rate_limit_headers(data_dir):
    client = make_app(data_dir, POLL_LIMIT="3 per minute", CREATE_LIMIT="2 per hour").test_client()
    created = client.post("/api/v1/inboxes")
    assert created.headers["RateLimit-Limit"] == "2"
    assert created.headers["RateLimit-Remaining"] == "1"
    assert 3500 <= int(created.headers["RateLimit-Reset"]) <= 3601
    assert created.headers["RateLimit-Policy"] == "2;w=3600"
    token = created.get_json()["token"]
    answers = [client.get(path, headers=auth(token)) for path in
               ("/api/v1/openapi.json", "/api/v1/inbox/messages/nope", "/api/v1/domains")]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0"]
    refused = client.get("/api/v1/domains")
    assert refused.status_code == 429 and refused.headers["RateLimit-Remaining"] == "0"
    assert 0 < int(refused.headers["Retry-After"]) <= 61
