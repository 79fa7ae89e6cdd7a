"""TEMPMAIL_CAPTCHA=pow in real Chromium: the vendored ALTCHA widget solves, then the address."""

import base64
import json
import os
import re
import subprocess
import time
from urllib.parse import parse_qs

from playwright.sync_api import expect
import pytest
import test_accessibility

import helpers

pytestmark = pytest.mark.browser

ADDRESS = re.compile(r"^[a-z0-9]{16}@tm\.test$")


@pytest.fixture(scope="module")
def pow_stack():
    """`make run`'s stack with the proof of work on, at the shipped difficulty."""
    running = helpers.Stack(TEMPMAIL_CAPTCHA="pow")
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


def watch(page):
    """Collect console errors and CSP violations the page reports."""
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI))")
    return problems


def test_the_address_comes_only_after_the_widget_solves(browser, pow_stack):
    context = browser.new_context()
    page = context.new_page()
    problems = watch(page)
    sent = []
    page.on("request", lambda request: sent.append(request))
    page.goto(pow_stack.url + "/")
    expect(page.locator("altcha-widget")).to_be_attached()
    page.wait_for_function("window.$altcha && window.$altcha.algorithms.has('PBKDF2/SHA-256')")
    assert page.locator("#address").count() == 0
    configuration = page.evaluate("document.querySelector('altcha-widget').getConfiguration()")
    assert configuration["humanInteractionSignature"] is False and configuration["hideFooter"]
    assert not [r for r in sent if "/challenge" in r.url]  # nothing is solved before it is asked
    started = time.monotonic()
    page.locator("form.create button[type=submit]").click()
    expect(page.locator("#address")).to_have_text(ADDRESS, timeout=30000)
    elapsed = time.monotonic() - started
    urls = [r.url for r in sent]
    challenge = urls.index(pow_stack.url + "/api/v1/challenge")
    posts = [r for r in sent if r.method == "POST"]
    assert [r.url for r in posts] == [pow_stack.url + "/new"]
    assert challenge < urls.index(posts[0].url)
    assert all(url.startswith(pow_stack.url) for url in urls)  # no third party, no CDN
    form = parse_qs(posts[0].post_data)
    payload = json.loads(base64.b64decode(form["altcha"][0]))
    counter = payload["solution"]["counter"]
    assert counter >= 250 and payload["challenge"]["parameters"]["algorithm"] == "PBKDF2/SHA-256"
    print(f"\nproof of work in Chromium: counter {counter}, solved in "
          f"{payload['solution'].get('time', 0):.0f} ms of worker time; click to address "
          f"{elapsed * 1000:.0f} ms (the widget waits at least 500 ms)")
    assert problems == []
    context.close()


def test_a_solved_payload_is_refused_the_second_time(pow_stack):
    payload = helpers.solved_pow(pow_stack.url)
    first = helpers.json_call(pow_stack.url + "/api/v1/inboxes", {"altcha": payload})
    assert first[0] == 201, first
    second = helpers.json_call(pow_stack.url + "/api/v1/inboxes", {"altcha": payload})
    assert second[0] == 400 and "already used" in second[1]["detail"]


def test_without_javascript_the_page_says_the_check_needs_it(browser, pow_stack):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(pow_stack.url + "/")
    # Playwright turns scripts off without the parser knowing, so <noscript> is not rendered
    # here: its words are in the page, and pressing the button says what is missing.
    assert "This check needs JavaScript" in page.content()
    page.locator("form.create button[type=submit]").click()
    expect(page.locator(".notes .note.error")).to_contain_text("Please wait until the check")
    assert page.locator("#address").count() == 0
    context.close()


@pytest.fixture(scope="module")
def axe_path():
    """axe-core as test_accessibility.py uses it (make axe installs it)."""
    if not os.path.exists(test_accessibility.AXE):
        subprocess.run(["make", "-s", "axe"], cwd=helpers.ROOT, check=True)
    return test_accessibility.AXE


def axe_problems(page):
    return test_accessibility.problems(page)


@pytest.mark.parametrize("scheme,language", [("light", "en"), ("dark", "ar")])
def test_the_widget_passes_axe_while_and_after_solving(browser, pow_stack, axe_path, scheme,
                                                      language):
    context = browser.new_context(color_scheme=scheme,
                                  extra_http_headers={"Accept-Language": language})
    context.add_init_script(path=axe_path)
    page = context.new_page()
    page.goto(pow_stack.url + "/")
    page.wait_for_function("window.$altcha && window.$altcha.algorithms.has('PBKDF2/SHA-256')")
    assert axe_problems(page) == []
    page.evaluate("document.querySelector('altcha-widget').verify()")
    expect(page.locator("altcha-widget input[type=checkbox]")).to_be_checked(timeout=30000)
    label = page.locator("altcha-widget label")
    if language == "en":
        expect(label).to_have_text("Verified")
    else:  # the vendored translation for the page's language, not English
        expect(label).not_to_have_text(re.compile("Verified|robot"))
        assert label.inner_text().strip()
    assert axe_problems(page) == []
    context.close()
