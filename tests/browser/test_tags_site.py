"""Tags by plus-addressing on the site in real Chromium: the live list row, the message page,
no serious axe violations, light and dark (#20)."""

import re

from playwright.sync_api import expect
import pytest
from test_accessibility import axe_source, problems  # noqa: F401  (a fixture and a helper)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme,language", [("light", "en"), ("dark", "ar")])
def test_a_tagged_message_shows_its_tag_live_and_on_its_page(
        browser, stack, axe_source, scheme, language):  # noqa: F811
    context = browser.new_context(color_scheme=scheme,
                                  extra_http_headers={"Accept-Language": language})
    context.add_init_script(path=axe_source)
    page = context.new_page()
    page.goto(stack.url + "/?again=1")
    page.locator("form.create button[type=submit]").click()
    expect(page.locator("#address")).to_have_text(re.compile(r"@tm\.test$"), timeout=15000)
    address = page.locator("#address").inner_text()
    local_part, domain = address.split("@")
    expect(page.locator(".tags-hint")).to_contain_text(f"{local_part}+tag@{domain}")
    stack.send(f"{local_part}+SignUp@{domain}",
               b"From: a@acme.example\r\nX-Tempmail-Tag: forged\r\nSubject: Welcome aboard\r\n\r\n"
               b"Your code is 604132.\r\n")
    row = page.locator(".messages li").first
    expect(row).to_contain_text("Welcome aboard", timeout=20000)   # arrived live
    expect(row.locator(".tag")).to_have_text(re.compile(r"\+signup$"))
    assert "forged" not in row.inner_text()
    assert problems(page) == []
    row.locator("a").first.click()
    expect(page.locator(".meta .tag")).to_have_text("+signup")
    assert problems(page) == []
    context.close()
