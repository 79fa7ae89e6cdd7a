"""Open an inbox on another device, new mail in a background tab, in real Chromium."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ADDRESS = re.compile(r"^[a-z0-9]{16}@tm\.test$")


def new_inbox(browser, stack):
    """A browser context holding a fresh address; return (context, page, address)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(stack.url + "/")
    expect(page.locator("#address")).to_have_text(ADDRESS, timeout=15000)
    return context, page, page.locator("#address").inner_text()


def test_the_link_opens_the_inbox_in_another_browser_without_sending_the_token(browser, stack):
    first, page, address = new_inbox(browser, stack)
    page.locator("details.share summary").click()
    expect(page.locator("svg.qr")).to_be_visible()
    link = page.locator("#open-link").input_value()
    token = link.partition("#")[2]
    assert link.startswith(stack.url + "/open#") and len(token) >= 20

    second = browser.new_context()
    sent = []
    second.on("request", lambda request: sent.append(request))
    other = second.new_page()
    other.goto(link)
    expect(other.locator("#address")).to_have_text(address, timeout=15000)
    assert "#" not in other.url and token not in other.url  # cleared from the address bar
    assert other.evaluate("history.length") <= 2
    posts = [r for r in sent if r.method == "POST"]
    assert [r.url for r in posts] == [stack.url + "/open"]
    assert token in (posts[0].post_data or "")  # it travels in the body
    assert "csrf_token=" in (posts[0].post_data or "")
    for request in sent:  # what goes over the wire: never a fragment, never the token
        assert token not in request.url.partition("#")[0]
        assert token not in (request.headers.get("referer") or "")
    first.close()
    second.close()


def test_without_javascript_the_token_is_pasted(browser, stack):
    first, page, address = new_inbox(browser, stack)
    token = page.locator("#open-link").input_value().partition("#")[2]
    second = browser.new_context(java_script_enabled=False)
    other = second.new_page()
    other.goto(stack.url + "/open")
    other.locator("#token").fill(token)
    other.locator("#open-form button[type=submit]").click()
    expect(other.locator("#address")).to_have_text(address)
    first.close()
    second.close()
