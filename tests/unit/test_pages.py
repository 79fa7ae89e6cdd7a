from http.server import BaseHTTPRequestHandler, HTTPServer
import io
import json
import os
import re
import threading

import pytest

from tempmail import create_app, router

import helpers


def make_app(data_dir, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
              "RATELIMIT_STORAGE_URI": "memory://"}
    values.update(config)
    return create_app(values)


@pytest.fixture
def site(data_dir):
    return make_app(data_dir).test_client()


def csrf(client, path="/"):
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def new_address(client, **form):
    response = client.post("/new", data=dict({"csrf_token": csrf(client)}, **form))
    assert response.status_code == 302, response.get_data(as_text=True)
    page = client.get("/").get_data(as_text=True)
    return re.search(r'<output id="address" class="address-text">([^<]+)</output>', page).group(1)


def deliver(data_dir, address, raw):
    local_part, domain = address.split("@")
    assert router.main(["--data-dir", data_dir], io.BytesIO(raw),
                       {"LOCAL_PART": local_part, "DOMAIN": domain}) == 0


def message_ids(client):
    return re.findall(r'href="/m/([^"]+)"', client.get("/inbox/messages").get_data(as_text=True))


def check_headers(response):
    headers = response.headers
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "frame-ancestors" in csp or "sandbox" in csp


def test_first_visit_offers_an_address_without_creating_one(site, data_dir):
    response = site.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "data-autosubmit" in page and 'action="/new"' in page
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    assert f'nonce="{nonce}"' in page
    assert not any(True for _ in helpers.os.scandir(helpers.os.path.join(data_dir, "mail")))


def test_create_and_see_the_inbox(site, data_dir):
    address = new_address(site)
    assert address.endswith("@" + helpers.DOMAIN)
    page = site.get("/").get_data(as_text=True)
    assert "Waiting for mail" in page and 'data-copy="' + address in page
    deliver(data_dir, address, helpers.data("nested.eml"))
    assert "Nested" in site.get("/inbox/messages").get_data(as_text=True)


def test_the_inbox_list_shows_a_code_ready_to_copy(site, data_dir):
    address = new_address(site)
    deliver(data_dir, address, b"Subject: Your sign-in code\n\nUse 583201 to sign in.\n")
    deliver(data_dir, address, b"Subject: Order 4827193 shipped\n\nIt is on its way.\n")
    listing = site.get("/inbox/messages").get_data(as_text=True)
    assert listing.count('class="row-code"') == 1 and 'data-copy="583201"' in listing


def test_polling_answers_304_until_mail_arrives(site, data_dir):
    address = new_address(site)
    first = site.get("/inbox/messages")
    tag = first.headers["ETag"]
    again = site.get("/inbox/messages", headers={"If-None-Match": tag})
    assert again.status_code == 304
    check_headers(again)
    deliver(data_dir, address, b"Subject: new\n\nx\n")
    changed = site.get("/inbox/messages", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag


def test_message_page_code_frame_parts_and_downloads(site, data_dir):
    address = new_address(site)
    deliver(data_dir, address, helpers.data("nested.eml"))
    [message_id] = message_ids(site)
    page = site.get(f"/m/{message_id}")
    check_headers(page)
    text = page.get_data(as_text=True)
    assert 'id="code">771204<' in text and 'sandbox="allow-popups' in text
    assert "allow-scripts" not in text and "allow-same-origin" not in text
    frame = site.get(f"/m/{message_id}/frame")
    csp = frame.headers["Content-Security-Policy"]
    assert "sandbox" in csp and "script-src" not in csp and "default-src 'none'" in csp
    assert "https:" not in csp
    part_url = re.search(r'src="(/p/[^"]+)"', frame.get_data(as_text=True)).group(1)
    fresh = make_app(data_dir).test_client()  # the sandboxed frame sends no cookie
    image = fresh.get(part_url)
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert fresh.get(part_url[:-3] + "xyz").status_code == 404
    pdf_index = re.search(r'href="/m/[^"]+/attachments/(\d+)" download>résumé', text).group(1)
    download = site.get(f"/m/{message_id}/attachments/{pdf_index}")
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    source = site.get(f"/m/{message_id}/source")
    assert source.data == helpers.data("nested.eml")
    assert "attachment" in source.headers["Content-Disposition"]


def test_remote_content_only_on_request(site, data_dir):
    address = new_address(site)
    deliver(data_dir, address, helpers.data("newsletter.eml"))
    [message_id] = message_ids(site)
    assert "Load remote content" in site.get(f"/m/{message_id}").get_data(as_text=True)
    blocked = site.get(f"/m/{message_id}/frame")
    assert "img.example.org" not in blocked.get_data(as_text=True)
    allowed = site.get(f"/m/{message_id}/frame?remote=1")
    assert "img.example.org" in allowed.get_data(as_text=True)
    assert "img-src 'self' data: https: http:" in allowed.headers["Content-Security-Policy"]


def test_a_message_that_cannot_be_parsed_shows_its_source(site, data_dir):
    address = new_address(site)
    deliver(data_dir, address, helpers.data("deep-nesting.eml"))
    [message_id] = message_ids(site)
    page = site.get(f"/m/{message_id}")
    assert page.status_code == 200
    assert "Cannot display this message" in page.get_data(as_text=True)
    assert "deep text" in page.get_data(as_text=True)


def test_other_peoples_messages_are_404_like_missing_ones(data_dir):
    app = make_app(data_dir)
    alice, mallory = app.test_client(), app.test_client()
    address = new_address(alice)
    new_address(mallory)
    deliver(data_dir, address, helpers.data("nested.eml"))
    [message_id] = message_ids(alice)
    for suffix in ("", "/frame", "/source", "/attachments/5"):
        foreign = mallory.get(f"/m/{message_id}{suffix}")
        missing = mallory.get(f"/m/1.P1R1.nope,S=1{suffix}")
        assert foreign.status_code == missing.status_code == 404
        assert foreign.data == missing.data
        check_headers(foreign)


@pytest.mark.parametrize("path", ["/new", "/extend", "/delete", "/switch", "/m/x/delete"])
def test_posts_without_csrf_are_refused(site, path):
    new_address(site)
    response = site.post(path, data={})
    assert response.status_code == 400
    check_headers(response)


def test_extend_delete_and_switch(site, data_dir):
    first = new_address(site)
    second = new_address(site)
    token = csrf(site)
    page = site.get("/").get_data(as_text=True)
    assert first in page and second in page  # both held; second selected
    assert site.post("/switch", data={"csrf_token": token, "address": first}).status_code == 302
    assert f'data-copy="{first}"' in site.get("/").get_data(as_text=True)
    assert site.post("/switch", data={"csrf_token": token, "address": "x@y.z"}).status_code == 404
    before = re.search(r'data-expires="(\d+)"', site.get("/").get_data(as_text=True)).group(1)
    assert site.post("/extend", data={"csrf_token": token}).status_code == 302
    after = re.search(r'data-expires="(\d+)"', site.get("/").get_data(as_text=True)).group(1)
    assert int(after) >= int(before) + 3599
    assert site.post("/delete", data={"csrf_token": token}).status_code == 302
    page = site.get("/").get_data(as_text=True)
    assert first not in page and second in page


def test_get_never_changes_state(site, data_dir):
    address = new_address(site)
    deliver(data_dir, address, b"Subject: keep\n\nx\n")
    [message_id] = message_ids(site)
    for path in ("/delete", "/extend", "/new", f"/m/{message_id}/delete", "/switch"):
        assert site.get(path).status_code == 405
    assert message_ids(site) == [message_id]


def test_session_cookie_flags(data_dir):
    client = make_app(data_dir).test_client()
    new_address(client)
    cookie = client.get_cookie("tempmail")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure
    secure = make_app(data_dir).test_client()
    page = secure.get("/", base_url="https://localhost/")
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    response = secure.post("/new", data={"csrf_token": token}, base_url="https://localhost/",
                           headers={"Referer": "https://localhost/"})
    assert "Secure" in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" in response.headers


def test_error_pages_carry_headers(site):
    for response in (site.get("/nope"), site.get("/m/nope"), site.put("/")):
        assert response.status_code in (404, 405)
        check_headers(response)


def test_creation_is_rate_limited(data_dir):
    client = make_app(data_dir, CREATE_LIMIT="2 per hour").test_client()
    new_address(client)
    new_address(client)
    response = client.post("/new", data={"csrf_token": csrf(client)})
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    check_headers(response)


def test_rate_limit_keys_are_hashes_not_addresses(data_dir):
    app = make_app(data_dir)
    from tempmail.web.limits import client_key
    with app.test_request_context(environ_base={"REMOTE_ADDR": "2001:db8::1"}):
        first = client_key()
    with app.test_request_context(environ_base={"REMOTE_ADDR": "2001:db8::ffff"}):
        same_64 = client_key()
    with app.test_request_context(environ_base={"REMOTE_ADDR": "2001:db8:0:1::1"}):
        other_64 = client_key()
    with app.test_request_context(environ_base={"REMOTE_ADDR": "192.0.2.7"}):
        v4 = client_key()
    assert first == same_64 != other_64
    assert "2001" not in first and "192" not in v4 and len(v4) == 32


class Verifier(BaseHTTPRequestHandler):
    answers = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        Verifier.answers.append(body)
        ok = "response=right" in body and "secret=s3cret" in body and "remoteip" not in body
        data = json.dumps({"success": ok}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def verifier():
    server = HTTPServer(("127.0.0.1", 0), Verifier)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/verify"
    server.shutdown()
    server.server_close()


def test_captcha_must_be_answered_before_an_address_is_issued(data_dir, verifier):
    app = make_app(data_dir, CAPTCHA=True, CAPTCHA_SITE_KEY="site", CAPTCHA_SECRET="s3cret",
                   CAPTCHA_VERIFY_URL=verifier, TESTING=False)
    client = app.test_client()
    app.extensions["tempmail"].ensure_ready()
    response = client.get("/")
    page = response.get_data(as_text=True)
    assert "data-autosubmit" not in page and "recaptcha/api.js" in page
    assert "https://www.google.com" in response.headers["Content-Security-Policy"]
    token = csrf(client)
    for form in ({}, {"g-recaptcha-response": "wrong"}):
        response = client.post("/new", data=dict(form, csrf_token=token))
        assert response.status_code == 302
        assert app.extensions["tempmail"].registry.counts()[0] == 0
    assert "CAPTCHA" in client.get("/?again=1").get_data(as_text=True)
    client.post("/new", data={"csrf_token": token, "g-recaptcha-response": "right"})
    assert app.extensions["tempmail"].registry.counts()[0] == 1
    assert all("remoteip" not in body for body in Verifier.answers)


class Clock:
    def __init__(self):
        import time
        self.now = time.time()

    def __call__(self):
        return self.now


def test_an_expired_inbox_is_gone_from_the_site_before_any_purge(data_dir):
    clock = Clock()
    app = create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                      "RATELIMIT_STORAGE_URI": "memory://"}, clock=clock)
    client = app.test_client()
    address = new_address(client, lifetime="600")
    deliver(data_dir, address, b"Subject: soon gone\n\nx\n")
    [message_id] = message_ids(client)
    clock.now += 601
    page = client.get("/").get_data(as_text=True)
    assert address not in page and "Get an address" in page
    assert client.get(f"/m/{message_id}").status_code == 404
    assert client.get("/inbox/messages").status_code == 404
    assert os.path.isdir(os.path.join(data_dir, "mail"))  # nothing purged yet


def test_every_route_answers_with_the_security_headers(data_dir):
    app = make_app(data_dir)
    client = app.test_client()
    address = new_address(client)
    deliver(data_dir, address, helpers.data("nested.eml"))
    [message_id] = message_ids(client)
    frame = client.get(f"/m/{message_id}/frame").get_data(as_text=True)
    part = re.search(r'src="(/p/[^"]+)"', frame).group(1)
    paths = {"/", "/inbox/messages", f"/m/{message_id}", f"/m/{message_id}/frame", part,
             f"/m/{message_id}/attachments/6", f"/m/{message_id}/source", "/api", "/robots.txt",
             "/healthz", "/metrics", "/static/site.css", "/api/v1/openapi.json", "/api/v1/domains",
             "/open"}
    covered = set()
    for path in paths:
        response = client.get(path)
        response.close()
        assert response.status_code == 200, path
        check_headers(response)
        adapter = app.url_map.bind("localhost")
        covered.add(adapter.match(path.split("?")[0])[0])
    get_endpoints = {rule.endpoint for rule in app.url_map.iter_rules()
                     if "GET" in rule.methods and not rule.rule.startswith("/api/v1/inbox")}
    assert get_endpoints - covered == set()


def test_a_mailbox_purged_mid_request_is_a_404_not_a_500(data_dir):
    import shutil
    app = make_app(data_dir)
    client = app.test_client()
    new_address(client)
    entry = app.extensions["tempmail"].registry.live()[0]
    shutil.rmtree(app.extensions["tempmail"].mailbox_path(entry))
    for path in ("/", "/inbox/messages", "/m/1.P1R1.x,S=1"):
        assert client.get(path).status_code in (404, 200)
    assert client.get("/inbox/messages").status_code == 404
    assert not os.path.exists(app.extensions["tempmail"].mailbox_path(entry))
