"""The inbox narrowed to one tag in real Chromium against `make run` (real Exim): a click on a
row's tag, the filtered list kept live by the stream (another tag's mail stays out of the list,
the title count and notifications), "show all", a refused tag, and the same without JavaScript
(#20)."""

import os
import re

from conftest import screenshot
from playwright.sync_api import expect
import pytest
from test_accessibility import axe_source, problems  # noqa: F401  (a fixture and a helper)
from test_live_inbox import until

from tempmail import maildir
from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.browser

ADDRESS = re.compile(r"@tm\.test$")
# Lets the test say when the page is "in the background" (headless pages never are), so the
# page's title count of unseen mail can be watched.
PRETEND_HIDDEN = ("Object.defineProperty(Document.prototype, 'hidden', "
                  "{configurable: true, get: function () { return !!window.pretendHidden; }});")


def mail(address, subject):
    return (f"From: Shop <no-reply@shop.example>\r\nTo: {address}\r\nSubject: {subject}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\nHello from {subject}.\r\n").encode()


def tagged(address, tag):
    local_part, domain = address.split("@")
    return f"{local_part}+{tag}@{domain}"


def stored_tags(stack, address):
    """Return the tags of the messages the inbox holds, from their file names (mail is sealed)."""
    inboxes = Inboxes(helpers.settings(stack.data_dir))
    path = inboxes.mailbox_path(inboxes.find(address))
    names = [name for folder in ("new", "cur") for name in os.listdir(os.path.join(path, folder))]
    return sorted(maildir.tag_of(name) or "" for name in names)


def new_inbox(context, stack):
    page = context.new_page()
    page.goto(stack.url + "/")
    expect(page.locator("#address")).to_have_text(ADDRESS, timeout=15000)
    return page, page.locator("#address").inner_text()


def test_a_click_on_a_tag_narrows_the_list_and_only_that_tag_arrives_live(
        browser, stack, axe_source):  # noqa: F811
    context = browser.new_context()
    context.add_init_script(path=axe_source)
    context.add_init_script(PRETEND_HIDDEN)
    polls = []
    context.on("request", lambda request: polls.append(request.url)
               if "/inbox/messages" in request.url else None)
    page, address = new_inbox(context, stack)
    stack.send(tagged(address, "a"), mail(address, "Alpha one"))
    stack.send(tagged(address, "b"), mail(address, "Bravo one"))
    rows = page.locator("#messages ul.messages > li")
    expect(rows).to_have_count(2, timeout=20000)

    rows.filter(has_text="Alpha one").locator(".row-tag a").click()
    expect(page).to_have_url(stack.url + "/?tag=a")
    expect(rows).to_have_count(1)
    expect(rows.first.locator(".subject")).to_have_text("Alpha one")
    expect(page.locator(".tag-filter")).to_contain_text("+a")
    expect(page.locator(".tag-filter")).to_contain_text(tagged(address, "a"))
    expect(page.locator("[data-show-all]")).to_have_text("Show all mail")
    assert re.match(r"Inbox, tag \+a · tempmail$", page.title())
    assert problems(page) == []
    screenshot(page, "tag-filter.png")

    messages = page.locator("#messages")
    expect(messages).to_have_attribute("data-live", "stream", timeout=15000)
    until(page, lambda: any("tag=a" in url for url in polls), 10)   # the catch-up poll on open
    assert all(url.endswith("/inbox/messages?tag=a") for url in polls[-1:])
    page.wait_for_load_state("networkidle")
    before = len(polls)
    page.evaluate("window.pretendHidden = true")

    stack.send(tagged(address, "b"), mail(address, "Bravo two"))
    stack.send(tagged(address, "a"), mail(address, "Alpha two"))
    expect(rows).to_have_count(2, timeout=20000)
    expect(rows.first.locator(".subject")).to_have_text("Alpha two")
    until(page, lambda: stored_tags(stack, address) == ["a", "a", "b", "b"], 20)
    page.wait_for_timeout(1500)   # time enough for Bravo two's event to reach the page
    assert "Bravo" not in messages.inner_text()
    expect(rows).to_have_count(2)
    assert page.title().startswith("(1) ")   # counts what the list shows: Alpha two alone
    assert len(polls) == before   # the stream brought Alpha two (and Bravo two, left out)
    expect(messages).to_have_attribute("data-live", "stream")

    page.evaluate("window.pretendHidden = false")
    page.locator("[data-show-all]").click()
    expect(page).to_have_url(stack.url + "/")
    expect(rows).to_have_count(4)
    expect(page.locator(".tag-filter")).to_have_count(0)
    context.close()


def test_a_tag_no_mail_can_carry_is_refused_on_the_page(browser, stack, axe_source):  # noqa: F811
    context = browser.new_context(extra_http_headers={"Accept-Language": "de"})
    context.add_init_script(path=axe_source)
    page, address = new_inbox(context, stack)
    response = page.goto(stack.url + "/?tag=a%2Bb")
    assert response.status == 400
    expect(page.locator(".tag-filter[role=alert]")).to_contain_text("a+b")
    expect(page.locator("#address")).to_have_text(address)
    expect(page.locator("#messages")).to_have_count(0)
    assert problems(page) == []
    page.locator(".tag-filter a").click()
    expect(page).to_have_url(stack.url + "/")
    expect(page.locator("#messages")).to_have_count(1)
    context.close()


def test_without_javascript_the_tag_links_and_show_all_work(browser, stack):
    with_script = browser.new_context()
    page, address = new_inbox(with_script, stack)
    stack.send(tagged(address, "signup"), mail(address, "Welcome"))
    stack.send(tagged(address, "reset"), mail(address, "Reset"))
    until(page, lambda: stored_tags(stack, address) == ["reset", "signup"], 20)
    state = with_script.storage_state()
    with_script.close()

    context = browser.new_context(java_script_enabled=False, storage_state=state)
    page = context.new_page()
    page.goto(stack.url + "/")
    rows = page.locator("#messages ul.messages > li")
    expect(rows).to_have_count(2)
    rows.filter(has_text="Welcome").locator(".row-tag a").click()
    expect(page).to_have_url(stack.url + "/?tag=signup")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Welcome")
    page.locator("[data-refresh]").click()   # Refresh keeps the filter
    expect(page).to_have_url(stack.url + "/?tag=signup")
    expect(rows).to_have_count(1)
    page.locator("[data-show-all]").click()
    expect(rows).to_have_count(2)
    context.close()
