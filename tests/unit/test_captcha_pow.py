"""TEMPMAIL_CAPTCHA=pow: signed challenges, solutions accepted once, on the site and the API."""

import base64
import json
import multiprocessing
import re
import time

import altcha
from flask import Flask
import pytest

from tempmail import config, create_app
from tempmail.spent import SpentError, SpentKeys
from tempmail.web import captcha_pow

import helpers

EASY = {"CAPTCHA": "pow", "CAPTCHA_POW_COST": 1, "CAPTCHA_POW_MAX_NUMBER": 40}


def make_app(data_dir, **settings):
    values = {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
              "RATELIMIT_STORAGE_URI": "memory://", **EASY}
    values.update(settings)
    app = create_app(values)
    app.extensions["tempmail"].ensure_ready()
    return app


def solve(challenge):
    """Return the payload the widget would send for a challenge (a dict from the server)."""
    parsed = altcha.Challenge.from_dict(challenge)
    solution = altcha.solve_challenge(parsed)
    assert solution is not None
    return altcha.Payload(parsed, solution).to_base64()


def fresh(client):
    response = client.get("/api/v1/challenge")
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.json


def b64(value):
    return base64.b64encode(json.dumps(value).encode()).decode()


def inbox_count(app):
    return app.extensions["tempmail"].registry.counts()[0]


# settings


@pytest.mark.parametrize("value,mode", [("pow", "pow"), (" POW ", "pow"), ("on", True),
                                        ("yes", True), ("true", True), ("1", True),
                                        ("off", False), ("no", False), ("", False), ("0", False),
                                        (True, True), (False, False)])
def test_the_captcha_setting_has_three_modes(value, mode):
    assert config.load({}, {"CAPTCHA": value})["CAPTCHA"] == mode


@pytest.mark.parametrize("env,message", [
    ({"TEMPMAIL_CAPTCHA": "recapcha"}, "must be off, pow"),
    ({"TEMPMAIL_CAPTCHA_POW_COST": "lots"}, "CAPTCHA_POW_COST must be a whole number"),
    ({"TEMPMAIL_CAPTCHA_POW_COST": "0"}, "CAPTCHA_POW_COST must be at least 1"),
    ({"TEMPMAIL_CAPTCHA_POW_MAX_NUMBER": "1"}, "at least 2"),
    ({"TEMPMAIL_CAPTCHA_POW_COST": "2000000"}, "at most 1000000"),
    ({"TEMPMAIL_CAPTCHA_POW_MAX_NUMBER": str(2 ** 32)}, "32 bits"),
    ({"TEMPMAIL_CAPTCHA_POW_LIFETIME": "5"}, "CAPTCHA_POW_LIFETIME must be at least 10"),
])
def test_bad_captcha_settings_are_refused_at_start_up(env, message):
    with pytest.raises(config.ConfigError, match=message):
        config.load(env)


def test_the_app_refuses_to_start_without_the_vendored_widget(tmp_path):
    app = Flask("bare", static_folder=str(tmp_path))
    app.config.update(DATA_DIR=str(tmp_path), REGISTRY_TIMEOUT=1.0)
    with pytest.raises(config.ConfigError, match="make altcha"):
        captcha_pow.init_app(app)


# the challenge endpoint


def test_a_challenge_is_signed_short_lived_and_needs_no_session(data_dir):
    client = make_app(data_dir, CAPTCHA_POW_LIFETIME=120).test_client()
    before = time.time()
    response = client.get("/api/v1/challenge")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["RateLimit-Limit"] == "60"  # CHALLENGE_LIMIT, told as the API does
    challenge = response.json
    parameters = challenge["parameters"]
    assert parameters["algorithm"] == "PBKDF2/SHA-256" and parameters["cost"] == 1
    assert before + 119 <= parameters["expiresAt"] <= time.time() + 121
    assert re.fullmatch(r"[0-9a-f]{64}", challenge["signature"])
    assert parameters["keySignature"]  # the server checks an answer with one HMAC
    assert fresh(client)["parameters"]["nonce"] != parameters["nonce"]


def test_the_secret_counter_stays_in_the_configured_range(data_dir):
    client = make_app(data_dir, CAPTCHA_POW_MAX_NUMBER=30).test_client()
    for _ in range(5):
        challenge = altcha.Challenge.from_dict(fresh(client))
        assert 15 <= altcha.solve_challenge(challenge).counter <= 30


def test_no_challenge_endpoint_without_pow(data_dir):
    for mode in (False, True):
        client = make_app(data_dir, CAPTCHA=mode).test_client()
        assert client.get("/api/v1/challenge").status_code == 404


def test_challenges_are_rate_limited(data_dir):
    client = make_app(data_dir, CHALLENGE_LIMIT="3 per minute").test_client()
    assert [client.get("/api/v1/challenge").status_code for _ in range(4)] == [200] * 3 + [429]
    refused = client.get("/api/v1/challenge")
    assert refused.mimetype == "application/problem+json" and "Retry-After" in refused.headers


# the API


def test_the_api_issues_an_inbox_for_a_solved_challenge_once(data_dir):
    app = make_app(data_dir)
    client = app.test_client()
    payload = solve(fresh(client))
    created = client.post("/api/v1/inboxes", json={"altcha": payload})
    assert created.status_code == 201, created.get_data(as_text=True)
    again = client.post("/api/v1/inboxes", json={"altcha": payload})
    assert again.status_code == 400 and "already used" in again.json["detail"]
    assert inbox_count(app) == 1


def test_the_api_says_what_it_needs_when_the_proof_is_missing(data_dir):
    client = make_app(data_dir).test_client()
    for body in ({}, {"altcha": ""}, {"altcha": None}):
        refused = client.post("/api/v1/inboxes", json=body)
        assert refused.status_code == 400
        assert "'altcha'" in refused.json["detail"] and "/api/v1/challenge" in refused.json["detail"]


def test_an_api_key_stands_in_for_the_proof_of_work(data_dir):
    client = make_app(data_dir, API_KEYS="k3y").test_client()
    assert client.post("/api/v1/inboxes", json={}).status_code == 401
    assert client.post("/api/v1/inboxes", json={}, headers={"X-API-Key": "k3y"}).status_code == 201


def _tampered(client):
    challenge = fresh(client)
    good = json.loads(base64.b64decode(solve(challenge)))
    cheaper = json.loads(json.dumps(good))
    cheaper["challenge"]["parameters"]["cost"] = 0
    later = json.loads(json.dumps(good))
    later["challenge"]["parameters"]["expiresAt"] += 3600
    wrong_key = json.loads(json.dumps(good))
    wrong_key["solution"]["derivedKey"] = "00" * 32
    unsigned = json.loads(json.dumps(good))
    del unsigned["challenge"]["signature"]
    odd = json.loads(json.dumps(good))
    odd["challenge"]["parameters"]["nonce"] = "not hex"
    return [b64(cheaper), b64(later), b64(wrong_key), b64(unsigned), b64(odd)]


MALFORMED = ["%%%", "e30=", b64([]), b64({"challenge": [], "solution": {}}), b64("text"),
             b64({"challenge": {"parameters": {}, "signature": "x"}, "solution": {}}),
             "A" * 5000, base64.b64encode(b"\xff\xfe").decode(), b64({"challenge": {
                 "parameters": {"expiresAt": 2 ** 40}, "signature": "x"},
                 "solution": {"counter": 1, "derivedKey": "00"}})]


def test_forged_and_malformed_answers_are_refused_never_a_500(data_dir):
    app = make_app(data_dir)
    client = app.test_client()
    for payload in _tampered(client) + MALFORMED + [12, ["x"], {"a": 1}]:
        refused = client.post("/api/v1/inboxes", json={"altcha": payload})
        assert refused.status_code == 400, (payload, refused.get_data(as_text=True))
        assert refused.mimetype == "application/problem+json"
    assert inbox_count(app) == 0


def test_an_answer_signed_with_another_secret_is_refused(data_dir):
    other = make_app(helpers.make_data_dir(), SECRET_KEY="b" * 64).test_client()
    payload = solve(fresh(other))
    client = make_app(data_dir, SECRET_KEY="a" * 64).test_client()
    refused = client.post("/api/v1/inboxes", json={"altcha": payload})
    assert refused.status_code == 400 and "not accepted" in refused.json["detail"]


def test_an_expired_challenge_is_refused(data_dir):
    app = make_app(data_dir, CAPTCHA_POW_LIFETIME=60)
    with app.test_request_context():
        stale = captcha_pow.new_challenge(now=time.time() - 61)
    refused = app.test_client().post("/api/v1/inboxes", json={"altcha": solve(stale)})
    assert refused.status_code == 400 and "expired" in refused.json["detail"]


def test_the_create_limit_still_applies_with_the_captcha_on(data_dir):
    client = make_app(data_dir, CREATE_LIMIT="2 per hour").test_client()
    statuses = [client.post("/api/v1/inboxes", json={"altcha": solve(fresh(client))}).status_code
                for _ in range(3)]
    assert statuses == [201, 201, 429]


def test_a_broken_replay_store_answers_503_not_500(data_dir, tmp_path):
    app = make_app(data_dir)
    blocker = tmp_path / "file"
    blocker.write_text("")
    app.extensions["tempmail_pow"] = SpentKeys(blocker / "sub" / "spent.sqlite3", timeout=0.1)
    client = app.test_client()
    refused = client.post("/api/v1/inboxes", json={"altcha": solve(fresh(client))})
    assert refused.status_code == 503 and "Retry-After" in refused.headers


def test_the_openapi_description_names_the_field_and_the_challenge_route(data_dir):
    spec = make_app(data_dir).test_client().get("/api/v1/openapi.json").json
    assert "altcha" in spec["components"]["schemas"]["NewInbox"]["properties"]
    assert spec["paths"]["/challenge"]["get"]["operationId"] == "getChallenge"
    plain = make_app(data_dir, CAPTCHA=False).test_client().get("/api/v1/openapi.json").json
    assert "/challenge" not in plain["paths"]
    page = make_app(data_dir).test_client().get("/api").get_data(as_text=True)
    assert "/api/v1/challenge" in page and "altcha.solve_challenge" in page
    keyed = make_app(data_dir, API_KEYS="k").test_client().get("/api").get_data(as_text=True)
    assert "altcha.solve_challenge" not in keyed


# replay across processes


def test_a_challenge_spent_by_one_app_process_is_refused_by_another(data_dir):
    first, second = make_app(data_dir).test_client(), make_app(data_dir).test_client()
    payload = solve(fresh(first))
    assert first.post("/api/v1/inboxes", json={"altcha": payload}).status_code == 201
    refused = second.post("/api/v1/inboxes", json={"altcha": payload})
    assert refused.status_code == 400 and "already used" in refused.json["detail"]


def _spend(args):
    path, key = args
    return SpentKeys(path).spend(key, time.time() + 60)


def test_racing_processes_spend_a_key_exactly_once(tmp_path):
    path = str(tmp_path / "spent.sqlite3")
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.map(_spend, [(path, "same")] * 16)
    assert results.count(True) == 1 and results.count(False) == 15


def test_spent_keys_are_dropped_once_expired(tmp_path):
    keys = SpentKeys(tmp_path / "spent.sqlite3")
    now = time.time()
    assert keys.spend("a", now + 10, now) and not keys.spend("a", now + 10, now)
    assert keys.spend("b", now + 100, now)
    assert keys.spend("c", now + 200, now + 50)  # "a" has expired: dropped on the way
    assert len(keys) == 2
    with pytest.raises(ValueError):
        keys.spend("", now)
    with pytest.raises(SpentError):
        SpentKeys(tmp_path / "spent.sqlite3" / "x", timeout=0.1).spend("d", now)


# the site


def static(client, path):
    """GET a static file, closing it (its headers stay readable)."""
    response = client.get(path)
    response.close()
    return response


def csrf(client, path="/"):
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def test_the_create_form_carries_the_widget_under_a_strict_csp(data_dir):
    client = make_app(data_dir).test_client()
    response = client.get("/")
    page = response.get_data(as_text=True)
    assert '<altcha-widget name="altcha"' in page and 'challenge="/api/v1/challenge"' in page
    assert "data-autosubmit" not in page
    assert '"humanInteractionSignature": false' in page  # it records no mouse or key timings
    assert "needs JavaScript" in page and "Everything works without it" not in page
    csp = response.headers["Content-Security-Policy"]
    assert "worker-src 'self'" in csp and "unsafe" not in csp and "blob:" not in csp
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    scripts = re.findall(r"<script[^>]*>", page)
    assert any("vendor/altcha/altcha.min.js" in tag for tag in scripts)
    assert all(f'nonce="{nonce}"' in tag for tag in scripts)
    for path in ("/static/vendor/altcha/altcha.min.js", "/static/vendor/altcha/pbkdf2.js",
                 "/static/vendor/altcha/altcha.css", "/static/vendor/altcha/LICENSE.txt"):
        assert static(client, path).status_code == 200
    worker = static(client, "/static/vendor/altcha/pbkdf2.js")
    assert "sandbox" not in worker.headers["Content-Security-Policy"]  # crypto.subtle in the worker
    assert "sandbox" in static(client, "/static/icon.svg").headers["Content-Security-Policy"]
    assert "sandbox" in client.get("/api/v1/challenge").headers["Content-Security-Policy"]


def test_the_widget_speaks_the_page_language(data_dir):
    client = make_app(data_dir).test_client()
    client.set_cookie("lang", "de")
    page = client.get("/").get_data(as_text=True)
    assert 'language="de"' in page and "vendor/altcha/i18n/de.js" in page
    assert static(client, "/static/vendor/altcha/i18n/de.js").status_code == 200


def test_the_site_issues_an_address_only_for_a_solved_challenge_once(data_dir):
    app = make_app(data_dir, TESTING=False)
    client = app.test_client()
    token = csrf(client)
    assert client.post("/new", data={"csrf_token": token}).status_code == 302
    assert "Please wait until the check" in client.get("/?again=1").get_data(as_text=True)
    assert inbox_count(app) == 0
    payload = solve(fresh(client))
    assert client.post("/new", data={"csrf_token": token, "altcha": payload}).status_code == 302
    assert inbox_count(app) == 1
    other = app.test_client()
    other.set_cookie("lang", "de")
    other.post("/new", data={"csrf_token": csrf(other), "altcha": payload})
    assert inbox_count(app) == 1
    assert "bereits verwendet" in other.get("/?again=1").get_data(as_text=True)


def test_without_pow_the_form_has_no_widget(data_dir):
    page = make_app(data_dir, CAPTCHA=False).test_client().get("/").get_data(as_text=True)
    assert "altcha" not in page and "data-autosubmit" in page


def test_the_site_create_limit_still_applies_with_the_captcha_on(data_dir):
    app = make_app(data_dir, TESTING=False, CREATE_LIMIT="1 per hour")
    client = app.test_client()
    token = csrf(client)
    first = client.post("/new", data={"csrf_token": token, "altcha": solve(fresh(client))})
    second = client.post("/new", data={"csrf_token": token, "altcha": solve(fresh(client))})
    assert (first.status_code, second.status_code) == (302, 429)
    assert inbox_count(app) == 1
