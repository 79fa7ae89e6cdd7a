"""A person's visit, in real Chromium, through the real Exim."""

import base64
import re

from conftest import screenshot
from playwright.sync_api import expect
import pytest

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n% tempmail test attachment\n"


def verification_mail(address):
    return (
        f"From: Widgetly <no-reply@widgetly.example>\r\nTo: {address}\r\n"
        "Subject: Your Widgetly verification code\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        '--b1\r\nContent-Type: multipart/alternative; boundary="b2"\r\n\r\n'
        "--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Your verification code is 604132.\r\nOr confirm: https://app.widgetly.example/confirm?t=42\r\n"
        "--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<h2 style=\"color:#2457d6\">Welcome to Widgetly</h2><p>Your verification code is "
        "<b>604132</b>.</p><p><a href=\"https://app.widgetly.example/confirm?t=42\">Confirm your "
        "email</a></p><img src=\"https://img.widgetly.example/logo.png\" alt=\"logo\">\r\n"
        "--b2--\r\n--b1\r\nContent-Type: application/pdf; name=\"terms.pdf\"\r\n"
        "Content-Disposition: attachment; filename=\"terms.pdf\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(PDF).decode() +
        "\r\n--b1--\r\n").encode()


@pytest.mark.parametrize("viewport,name", [({"width": 1280, "height": 900}, "desktop"),
                                           ({"width": 390, "height": 844}, "phone")])
def test_get_an_address_receive_read_copy_download(browser, stack, viewport, name):
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=stack.url)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(stack.url + "/")
    address_box = page.locator("#address")
    expect(address_box).to_have_text(re.compile(r"^[a-z0-9]{16}@tm\.test$"), timeout=15000)
    address = address_box.inner_text()
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"\(\d+:\d\d(:\d\d)? left\)"))
    screenshot(page, f"{name}-1-empty-inbox.png")

    page.evaluate("window.__sameDocument = true")
    stack.send(address, verification_mail(address))
    entry = page.locator(".messages li a").first
    expect(entry).to_contain_text("Your Widgetly verification code", timeout=20000)
    assert page.evaluate("window.__sameDocument") is True  # it appeared without a reload
    expect(page.locator(".messages .row-code .code").first).to_have_text("604132")
    page.locator(".messages .row-code button.copy").first.click()  # the code, without opening
    assert page.evaluate("navigator.clipboard.readText()") == "604132"
    screenshot(page, f"{name}-2-inbox.png")

    entry.click()
    expect(page.locator("#code")).to_have_text("604132")
    expect(page.locator(".action-link")).to_have_attribute(
        "href", "https://app.widgetly.example/confirm?t=42")
    page.locator(".code-box button.copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == "604132"
    frame = page.frame_locator("iframe.mail-frame")
    expect(frame.locator("h2")).to_have_text("Welcome to Widgetly")
    screenshot(page, f"{name}-3-message.png")

    with page.expect_download() as download_info:
        page.locator(".attachments a").first.click()
    download = download_info.value
    assert download.suggested_filename == "terms.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read() == PDF
    assert all(url.startswith(stack.url) or url.startswith(("data:", "blob:"))
               for url in requests), [u for u in requests if not u.startswith(stack.url)]
    context.close()


def test_everything_works_without_javascript(browser, stack):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(stack.url + "/")
    assert page.locator("#address").count() == 0  # nothing is issued without asking
    page.locator("form.create button[type=submit]").click()
    address = page.locator("#address").inner_text()
    stack.send(address, verification_mail(address))
    for _ in range(40):
        page.locator("a[data-refresh]").click()
        if page.locator(".messages li").count():
            break
        page.wait_for_timeout(250)
    page.locator(".messages li a").first.click()
    assert page.locator("#code").inner_text() == "604132"
    page.locator("form[action$='/delete'] button.danger").last.click()
    assert page.locator(".messages li").count() == 0
    context.close()
