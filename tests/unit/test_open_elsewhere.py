"""Open this inbox on another device: the token travels in the URL fragment and a form body only."""

import html
import re

import pytest

from tempmail import create_app
from tempmail.web import pages

import helpers


@pytest.fixture
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                       "RATELIMIT_STORAGE_URI": "memory://"})


def csrf(client, path):
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def inbox_page(client):
    """Create an address in this client; return the inbox page's text."""
    response = client.post("/new", data={"csrf_token": csrf(client, "/?again=1")})
    assert response.status_code == 302
    return client.get("/").get_data(as_text=True)


def shown_address(page):
    found = re.search(r'<output id="address" class="address-text">([^<]+)</output>', page)
    return found.group(1) if found else None


def open_link(page):
    return html.unescape(re.search(r'id="open-link" type="text" readonly value="([^"]+)"',
                                   page).group(1))


def test_the_inbox_page_gives_a_link_whose_token_is_only_in_the_fragment(app):
    page = inbox_page(app.test_client())
    link = open_link(page)
    base, _, token = link.partition("#")
    assert base == "http://localhost/open" and len(token) >= 20
    with app.app_context():
        entry = app.extensions["tempmail"].by_token(token)
    assert entry is not None and entry.address == shown_address(page)
    # the token is nowhere a URL the server would see: not in any href, src or action
    for url in re.findall(r'(?:href|src|action)="([^"]*)"', page):
        assert token not in url
    assert "Whoever has this link reads the mail of this inbox." in page


def test_the_qr_code_is_inline_svg_the_csp_allows(app):
    page = inbox_page(app.test_client())
    svg = re.search(r"<svg role=\"img\"[^>]*class=\"qr\".*?</svg>", page, re.S)
    assert svg is not None
    assert "<title>QR code that opens this inbox</title>" in svg.group(0)
    assert "style=" not in svg.group(0) and "<script" not in svg.group(0)
    assert "<img" not in svg.group(0) and "href" not in svg.group(0)


def test_a_second_browser_opens_the_inbox_with_the_posted_token(app):
    first = app.test_client()
    page = inbox_page(first)
    token = open_link(page).partition("#")[2]
    second = app.test_client()
    assert shown_address(second.get("/?again=1").get_data(as_text=True)) is None
    opened = second.get("/open").get_data(as_text=True)
    assert 'action="/open"' in opened and 'name="token"' in opened  # the no-script form
    response = second.post("/open", data={"csrf_token": csrf(second, "/open"), "token": token})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert shown_address(second.get("/").get_data(as_text=True)) == shown_address(page)


def test_a_pasted_whole_link_works_too(app):
    page = inbox_page(app.test_client())
    second = app.test_client()
    second.post("/open", data={"csrf_token": csrf(second, "/open"), "token": open_link(page)})
    assert shown_address(second.get("/").get_data(as_text=True)) == shown_address(page)


def test_a_wrong_token_opens_nothing_and_says_so(app):
    client = app.test_client()
    response = client.post("/open", data={"csrf_token": csrf(client, "/open"),
                                          "token": "not-a-token"}, follow_redirects=True)
    assert "opens no live inbox" in response.get_data(as_text=True)
    assert shown_address(client.get("/").get_data(as_text=True)) is None


def test_opening_needs_the_csrf_token(app):
    page = inbox_page(app.test_client())
    token = open_link(page).partition("#")[2]
    app.config["WTF_CSRF_ENABLED"] = True
    other = app.test_client()
    assert other.post("/open", data={"token": token}).status_code == 400
    assert shown_address(other.get("/").get_data(as_text=True)) is None


def test_a_deleted_inbox_cannot_be_opened(app):
    first = app.test_client()
    token = open_link(inbox_page(first)).partition("#")[2]
    first.post("/delete", data={"csrf_token": csrf(first, "/")})
    second = app.test_client()
    second.post("/open", data={"csrf_token": csrf(second, "/open"), "token": token})
    assert shown_address(second.get("/").get_data(as_text=True)) is None


def test_the_qr_code_is_made_once_per_link_and_language_and_kept_under_a_hash(app):
    pages.QR_CODES.items.clear()   # the memo is bounded: earlier tests may have filled it
    client = app.test_client()
    page = inbox_page(client)
    token = open_link(page).partition("#")[2]
    kept = [key for key in pages.QR_CODES.items if token.encode() in repr(key).encode()]
    assert kept == []  # the cache key is a hash, never the secret
    before = len(pages.QR_CODES.items)
    again = client.get("/").get_data(as_text=True)
    assert len(pages.QR_CODES.items) == before
    german = client.get("/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert len(pages.QR_CODES.items) == before + 1
    assert "<title>QR-Code, der dieses Postfach öffnet</title>" in german
    assert re.search(r"<svg role=\"img\".*?</svg>", again, re.S).group(0) == \
        re.search(r"<svg role=\"img\".*?</svg>", page, re.S).group(0)
