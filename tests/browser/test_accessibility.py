"""axe-core on every page a person sees, light and dark; the whole flow with the keyboard alone."""

import json
import os
import re
import subprocess

from playwright.sync_api import expect
import pytest
from test_end_to_end import verification_mail

import helpers

pytestmark = pytest.mark.browser

with open(os.path.join(helpers.ROOT, "Makefile")) as _makefile:
    AXE_VERSION = re.search(r"^AXE_VERSION := (\S+)$", _makefile.read(), re.M).group(1)
AXE = os.path.join(helpers.ROOT, "tests", "browser", ".vendor", f"axe-core-{AXE_VERSION}",
                   "node_modules", "axe-core", "axe.min.js")
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="session")
def axe_source():
    """axe-core from npm, installed once by `make axe` (pinned there) into a git-ignored folder."""
    if not os.path.exists(AXE):
        subprocess.run(["make", "-s", "axe"], cwd=helpers.ROOT, check=True)
    with open(os.path.join(os.path.dirname(AXE), "package.json")) as handle:
        assert json.load(handle)["version"] == AXE_VERSION
    return AXE


def problems(page):
    """Run axe on the page (not inside the sandboxed mail frame: that is the sender's HTML)."""
    result = page.evaluate("axe.run(document, {resultTypes: ['violations'], iframes: false})")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5], v["help"])
            for v in result["violations"] if v["impact"] in BLOCKING]


@pytest.mark.parametrize("scheme,language", [("light", "en"), ("dark", "en"), ("dark", "ar")])
def test_no_serious_or_critical_axe_violations(browser, stack, axe_source, scheme, language):
    context = browser.new_context(color_scheme=scheme,
                                  extra_http_headers={"Accept-Language": language})
    context.add_init_script(path=axe_source)  # like DevTools: outside the page's CSP
    page = context.new_page()
    found = {}

    page.goto(stack.url + "/?again=1")
    assert page.evaluate("typeof axe.run") == "function"
    assert page.evaluate("document.documentElement.lang") == language
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    found["welcome"] = problems(page)

    page.locator("form.create button[type=submit]").click()
    expect(page.locator("#address")).to_have_text(re.compile(r"@tm\.test$"), timeout=15000)
    address = page.locator("#address").inner_text()
    stack.send(address, verification_mail(address))
    expect(page.locator(".messages li")).to_have_count(1, timeout=20000)
    page.locator("details.share summary").click()
    page.locator("details.another summary").click()
    found["inbox"] = problems(page)

    page.locator(".messages li a").first.click()
    expect(page.locator("#code")).to_have_text("604132")
    page.locator("details.headers summary").click()
    found["message"] = problems(page)

    page.goto(stack.url + "/open")
    found["open"] = problems(page)
    context.close()
    assert found == {"welcome": [], "inbox": [], "message": [], "open": []}


def test_the_axe_harness_reports_a_planted_violation(browser, stack, axe_source):
    context = browser.new_context()
    context.add_init_script(path=axe_source)
    page = context.new_page()
    page.goto(stack.url + "/?again=1")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<button></button>')")
    assert [found[:2] for found in problems(page)] == [("button-name", "critical")]
    context.close()


def tab_to(page, selector, limit=60):
    """Press Tab until the focused element matches selector; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement.matches(sel)", selector):
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", f"{selector} has focus but shows no focus ring"
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_whole_flow_with_the_keyboard_alone(browser, stack):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=stack.url)
    page = context.new_page()
    page.goto(stack.url + "/?again=1")

    tab_to(page, "form.create button[type=submit]")  # create an address
    page.keyboard.press("Enter")
    expect(page.locator("#address")).to_have_text(re.compile(r"^[a-z0-9]{16}@tm\.test$"),
                                                  timeout=15000)
    address = page.locator("#address").inner_text()

    stack.send(address, verification_mail(address))
    expect(page.locator(".messages li")).to_have_count(1, timeout=20000)
    tab_to(page, ".messages li a[href^='/m/']")  # open the message
    page.keyboard.press("Enter")
    expect(page.locator("#code")).to_have_text("604132")

    tab_to(page, ".code-box button.copy")  # copy the code
    page.keyboard.press("Space")
    expect(page.locator(".code-box button.copy")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == "604132"

    tab_to(page, "form[action$='/delete'] button.danger")  # delete the message
    page.keyboard.press("Enter")
    expect(page.locator(".notes")).to_contain_text("Message deleted.")
    expect(page.locator(".messages li")).to_have_count(0)
    expect(page.locator("#address")).to_have_text(address)
    context.close()
