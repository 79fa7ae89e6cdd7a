"""The site in the reader's language, in real Chromium: right-to-left Arabic, the switcher without JS."""

import re

from conftest import screenshot
from playwright.sync_api import expect
import pytest

pytestmark = pytest.mark.browser


def mail(address):
    return (f"From: Widgetly <no-reply@widgetly.example>\r\nTo: {address}\r\n"
            "Subject: Your Widgetly verification code\r\n\r\n"
            "Your verification code is 604132.\r\n").encode()


def test_arabic_reads_right_to_left_with_translated_scripts(browser, stack):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="ar",
                                  timezone_id="Asia/Tokyo",
                                  extra_http_headers={"Accept-Language": "ar,en;q=0.5"})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=stack.url)
    page = context.new_page()
    page.goto(stack.url + "/")
    address_box = page.locator("#address")
    expect(address_box).to_have_text(re.compile(r"^[a-z0-9]{16}@tm\.test$"), timeout=15000)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == \
        ["ar", "rtl"]
    # the countdown and "Copied" come from the page's JSON island, in Arabic
    expect(page.locator("[data-countdown]")).to_have_text(re.compile(r"^\(متبقٍ \d+:\d\d(:\d\d)?\)$"))
    stack.send(address_box.inner_text(), mail(address_box.inner_text()))
    copy = page.locator(".messages .row-code button.copy").first
    expect(copy).to_have_text("نسخ", timeout=20000)
    copy.click()
    expect(copy).to_have_text("تم النسخ")
    assert page.evaluate("navigator.clipboard.readText()") == "604132"
    # the server wrote UTC; the script shows the reader's own zone (Tokyo, UTC+9), Latin digits
    when = page.locator(".messages time.when").first
    utc_text = when.get_attribute("title")
    assert utc_text.endswith("بالتوقيت العالمي") and "بالتوقيت العالمي" not in when.inner_text()
    tokyo = page.evaluate("""() => new Intl.DateTimeFormat("ar-u-nu-latn", {hour: "numeric",
        minute: "2-digit", timeZone: "Asia/Tokyo"}).format(new Date(
        document.querySelector(".messages time.when").getAttribute("datetime")))""")
    assert when.inner_text() == tokyo and re.search(r"\d\d", tokyo)
    # mirrored: the brand on the right, the language switcher on the left; the address
    # itself still reads left to right
    brand, switcher = page.locator(".brand").bounding_box(), page.locator(
        "details.languages").bounding_box()
    assert brand["x"] > switcher["x"] + switcher["width"]
    assert page.locator("#address").evaluate("e => getComputedStyle(e).direction") == "ltr"
    card, label = page.locator("section.address").bounding_box(), page.locator(
        "#addr-label").bounding_box()
    assert abs((card["x"] + card["width"]) - (label["x"] + label["width"])) < 40
    screenshot(page, "languages-ar-inbox.png")
    context.close()


def test_the_switcher_works_without_javascript(browser, stack):
    context = browser.new_context(java_script_enabled=False,
                                  extra_http_headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    page = context.new_page()
    page.goto(stack.url + "/api")
    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.locator("h1")).to_have_text("API pour les suites de tests")
    page.locator("details.languages summary").click()
    page.get_by_role("button", name="中文").click()
    expect(page).to_have_url(stack.url + "/api")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    expect(page.locator("h1")).to_have_text("面向测试套件的 API")
    page.goto(stack.url + "/")  # the cookie holds across pages, over Accept-Language
    expect(page.locator("form.create button[type=submit]")).to_have_text("获取地址")
    screenshot(page, "languages-zh-welcome-nojs.png")
    context.close()
