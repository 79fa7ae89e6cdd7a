"""The live inbox in real Chromium against `make run`: new mail arrives over the event stream
without a poll, and the page falls back to polling when the stream cannot be held."""

import re

from playwright.sync_api import expect
import pytest

from tempmail.inboxes import Inboxes

import helpers

pytestmark = pytest.mark.browser

ADDRESS = re.compile(r"^[a-z0-9]{16}@tm\.test$")


def mail(address, subject, code):
    return (f"From: Shop <no-reply@shop.example>\r\nTo: {address}\r\nSubject: {subject}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\nYour code is {code}\r\n").encode()


def until(page, predicate, seconds):
    """Wait for predicate while Playwright delivers its events (time.sleep would not)."""
    for _ in range(int(seconds * 10)):
        if predicate():
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out after {seconds}s")


def open_inbox(browser, stack, route_streams=None):
    """A fresh inbox page; return (context, page, address, the page's fragment polls, stream requests)."""
    context = browser.new_context()
    if route_streams is not None:
        context.route(re.compile(r".*/inbox/events$"), route_streams)
    polls, streams = [], []

    def seen(request):
        if request.url.endswith("/inbox/messages"):
            polls.append(request.url)
        elif request.url.endswith("/inbox/events"):
            streams.append(request)
    context.on("request", seen)
    page = context.new_page()
    page.goto(stack.url + "/")
    expect(page.locator("#address")).to_have_text(ADDRESS, timeout=15000)
    return context, page, page.locator("#address").inner_text(), polls, streams


def test_new_mail_arrives_over_the_stream_before_any_poll(browser, stack):
    context, page, address, polls, streams = open_inbox(browser, stack)
    messages = page.locator("#messages")
    expect(messages).to_have_attribute("data-live", "stream", timeout=15000)
    assert streams and streams[0].resource_type == "eventsource"
    assert streams[0].url == stack.url + "/inbox/events"   # the site's own origin, as behind nginx
    until(page, lambda: len(polls) >= 1, 10)   # the one catch-up poll on open
    page.wait_for_load_state("networkidle")
    before = len(polls)

    stack.send(address, mail(address, "Sign-in code", "735194"))
    row = messages.locator("ul.messages > li")
    expect(row).to_have_count(1, timeout=15000)
    expect(row.locator("output.code")).to_have_text("735194")
    expect(row.locator(".subject")).to_have_text("Sign-in code")
    assert len(polls) == before   # no poll brought it: the stream did
    expect(messages).to_have_attribute("data-live", "stream")

    stack.send(address, mail(address, "Second", "246810"))
    expect(row).to_have_count(2, timeout=15000)
    expect(row.first.locator("output.code")).to_have_text("246810")   # newest first
    assert len(polls) == before
    context.close()


@pytest.mark.parametrize("refusal", ["unreachable", "503"])
def test_without_the_stream_the_page_polls_as_before(browser, stack, refusal):
    def refuse(route):
        if refusal == "unreachable":
            route.abort("connectionrefused")
        else:
            route.fulfill(status=503, headers={"Retry-After": "5"}, body="")
    context, page, address, polls, streams = open_inbox(browser, stack, refuse)
    messages = page.locator("#messages")
    expect(messages).to_have_attribute("data-live", "poll", timeout=15000)
    until(page, lambda: len(polls) >= 1, 15)   # polling carries on
    stack.send(address, mail(address, "Polled", "112358"))
    expect(messages.locator("output.code")).to_have_text("112358", timeout=20000)
    assert len(polls) >= 2
    context.close()


def test_the_page_leaves_an_inbox_deleted_elsewhere(browser, stack):
    context, page, address, _, _ = open_inbox(browser, stack)
    expect(page.locator("#messages")).to_have_attribute("data-live", "stream", timeout=15000)
    inboxes = Inboxes(helpers.settings(stack.data_dir))
    inboxes.delete(inboxes.find(address))
    expect(page.locator("#messages")).to_have_attribute("data-live", "ended", timeout=15000)
    expect(page.locator("#address")).not_to_have_text(address, timeout=20000)
    context.close()
