"""Open an inbox on another device, new mail in a background tab, in real Chromium."""

import os
import re

from playwright.sync_api import expect
import pytest

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
    with open(os.path.join(stack.data_dir, "stack.log"), errors="replace") as log:
        assert token not in log.read()  # nor in what the stack logged
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


FAKE_NOTIFICATIONS = """
window.__shown = []; window.__asked = 0;
function FakeNotification(title, options) { window.__shown.push({title: title, body: options.body}); }
FakeNotification.permission = "default";
FakeNotification.requestPermission = function () {
  window.__asked += 1; FakeNotification.permission = "granted"; return Promise.resolve("granted");
};
window.Notification = FakeNotification;
"""
BACKGROUND = """hidden => {
  Object.defineProperty(document, "hidden", {configurable: true, get: () => hidden});
  Object.defineProperty(document, "visibilityState", {configurable: true,
                                                      get: () => hidden ? "hidden" : "visible"});
  document.dispatchEvent(new Event("visibilitychange"));
}"""


def mail(address, sender, subject):
    return (f"From: {sender}\r\nTo: {address}\r\nSubject: {subject}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n").encode()


def test_a_background_tab_counts_new_mail_and_notifies_only_after_opting_in(browser, stack):
    context = browser.new_context()
    context.add_init_script(script=FAKE_NOTIFICATIONS)
    page = context.new_page()
    page.goto(stack.url + "/")
    expect(page.locator("#address")).to_have_text(ADDRESS, timeout=15000)
    address = page.locator("#address").inner_text()
    title = page.title()
    button = page.locator("[data-notify]")
    expect(button).to_have_text("Notify me of new mail")
    expect(button).to_have_attribute("aria-pressed", "false")

    page.evaluate(BACKGROUND, True)
    stack.send(address, mail(address, "Alpha <alpha@example.org>", "First one"))
    expect(page).to_have_title("(1) " + title, timeout=30000)
    assert page.evaluate("window.__asked") == 0  # nothing asked without the click
    assert page.evaluate("window.__shown") == []  # and nothing shown

    page.evaluate(BACKGROUND, False)
    expect(page).to_have_title(title)  # visible again: the count is reset
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(button).to_have_text("Stop notifications")
    assert page.evaluate("window.__asked") == 1

    page.evaluate(BACKGROUND, True)
    stack.send(address, mail(address, "Beta <beta@example.org>", "Second one"))
    stack.send(address, mail(address, "Gamma <gamma@example.org>", "Third one"))
    expect(page).to_have_title("(2) " + title, timeout=30000)
    shown = page.evaluate("window.__shown")
    assert {note["title"] for note in shown} == {"New mail"}
    bodies = sorted(note["body"] for note in shown)
    assert len(bodies) == 2
    assert "Beta" in bodies[0] and "Second one" in bodies[0]
    assert "Gamma" in bodies[1] and "Third one" in bodies[1]
    assert not any("First one" in body for body in bodies)

    page.evaluate(BACKGROUND, False)
    expect(page).to_have_title(title)
    button.click()  # and off again
    expect(button).to_have_attribute("aria-pressed", "false")
    context.close()
