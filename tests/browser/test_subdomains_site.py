"""The create form's subdomain and style choices in real Chromium, with and without JS (#16)."""

import re

from playwright.sync_api import expect
import pytest
from test_accessibility import axe_source, problems  # noqa: F401  (a fixture and a helper)

import helpers

pytestmark = pytest.mark.browser
BASE = "sub.tm.test"


@pytest.fixture(scope="module")
def sub_stack():
    stack = helpers.Stack(TEMPMAIL_SUBDOMAIN_DOMAINS=BASE)
    yield stack
    stack.stop()
    helpers.remove_tree(stack.data_dir)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_random_subdomain_address_with_a_name_receives_mail(browser, sub_stack, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(sub_stack.url + "/?again=1")
    page.select_option("#domain", BASE)
    page.select_option("#subdomain", "random")
    page.select_option("#style", "name")
    page.locator("form.create button[type=submit]").click()
    shape = re.compile(r"^[a-z]+\.[a-z]+[0-9]+@[a-z0-9]{8}\.sub\.tm\.test$")
    expect(page.locator("#address")).to_have_text(shape, timeout=15000)
    address = page.locator("#address").inner_text()
    sub_stack.send(address.upper(), b"Subject: under a subdomain\r\n\r\nhello\r\n")
    if javascript:
        expect(page.locator(".messages li")).to_have_count(1, timeout=20000)
    else:
        helpers.wait_for(lambda: page.reload() and
                         page.locator(".messages li").count() == 1, timeout=20)
    expect(page.locator(".messages li").first).to_contain_text("under a subdomain")
    context.close()


def test_a_typed_subdomain_and_a_refused_one(browser, sub_stack):
    context = browser.new_context()
    page = context.new_page()
    page.goto(sub_stack.url + "/?again=1")
    page.select_option("#domain", BASE)
    page.fill("#subdomain_label", "autodiscover")
    page.locator("form.create button[type=submit]").click()
    expect(page.locator("body")).to_contain_text("reserved", timeout=15000)
    expect(page.locator("#subdomain_label")).to_have_value("autodiscover")
    page.fill("#subdomain_label", "My-Shop")
    page.fill("#name", "lena")
    page.locator("form.create button[type=submit]").click()
    expect(page.locator("#address")).to_have_text("lena@my-shop.sub.tm.test", timeout=15000)
    context.close()


def test_the_form_with_subdomains_has_no_serious_axe_violations(browser, sub_stack, axe_source):  # noqa: F811
    context = browser.new_context(extra_http_headers={"Accept-Language": "de"})
    context.add_init_script(path=axe_source)
    page = context.new_page()
    page.goto(sub_stack.url + "/?again=1")
    expect(page.locator("#subdomain")).to_be_visible()
    assert problems(page) == []
    context.close()
