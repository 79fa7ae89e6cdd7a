"""Hostile HTML rendered in real Chromium: no script runs, no request leaves the site."""

import re
from urllib.parse import urlsplit

from conftest import screenshot
from playwright.sync_api import expect
import pytest

pytestmark = pytest.mark.browser


def payloads(c):
    """Hostile HTML bodies; c is the canary URL every leak would hit."""
    return {
        "scripts": f"""<p>scripts</p><script>alert(1);fetch('{c}/script')</script>
            <img src=x onerror="alert(2);fetch('{c}/onerror')"><body onload="fetch('{c}/onload')">
            <svg><script>fetch('{c}/svg')</script></svg><svg onload="fetch('{c}/svgload')"></svg>
            <x onclick="fetch('{c}/x')">x</x><details open ontoggle="fetch('{c}/toggle')">d</details>""",
        "urls": f"""<p>urls</p><a id=l1 href="javascript:fetch('{c}/js')">a</a>
            <a href="jav&#x09;ascript:fetch('{c}/tab')">b</a>
            <a href="&#106;&#97;vascript:fetch('{c}/entity')">c</a>
            <a href="data:text/html,<script>fetch('{c}/data')</script>">d</a>
            <iframe src="{c}/iframe"></iframe><object data="{c}/object"></object>
            <embed src="{c}/embed"><video poster="{c}/poster"></video>
            <img srcset="{c}/srcset 1x"><link rel=stylesheet href="{c}/link">""",
        "mutation": f"""<p>mutation</p>
            <math><mtext><table><mglyph><style><img src=x onerror="fetch('{c}/math')">
            <noscript><p title="</noscript><img src=x onerror=fetch('{c}/noscript')>"></noscript>
            <svg><style><img src=x onerror="fetch('{c}/svgstyle')"></style></svg>
            <template><img src=x onerror="fetch('{c}/template')"></template>""",
        "document": f"""<base href="{c}/base/"><img src="relative.png">
            <meta http-equiv="refresh" content="0;url={c}/refresh">
            <form action="{c}/form" method=post><input name=p value=1><button id=go>go</button></form>
            <p>document</p>""",
        "css": f"""<style>@import url({c}/import); body {{ background: url({c}/cssblock) }}
            p {{ color: green }} .o {{ position: fixed; top: 0; left: 0 }}</style>
            <p>css</p><div style="background:url({c}/inline)">i</div>
            <div style="background-image:image-set('{c}/set' 1x)">s</div>
            <div style="b\\61ckground:u\\72l({c}/escaped)">e</div>
            <div style="cursor:url({c}/cursor),auto">c</div>
            <div class="o" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9">overlay</div>""",
        "remote": f"""<p>remote</p><img id=remote src="{c}/remote.gif" alt="remote">""",
    }


def open_message(page, subject):
    page.goto(page.url.split("/m/")[0].rstrip("/") + "/")
    page.locator(".messages li a", has_text=subject).first.click()
    page.wait_for_load_state("networkidle")


def test_hostile_html_is_inert_in_chromium(browser, stack, canary):
    base, hits = canary
    context = browser.new_context()
    requests, dialogs = [], []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(stack.url + "/")
    address = page.locator("#address").inner_text(timeout=15000)
    bodies = payloads(base)
    for subject, html in bodies.items():
        stack.send(address, (f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode())
    expect(page.locator(".messages li")).to_have_count(len(bodies), timeout=30000)
    for subject in bodies:
        open_message(page, subject)
        frame = page.frame_locator("iframe.mail-frame")
        expect(frame.locator("body")).to_contain_text(subject)
        positions = frame.locator("body").evaluate_all(
            "els => Array.from(els[0].querySelectorAll('*')).map(e => getComputedStyle(e).position)")
        assert "fixed" not in positions and "absolute" not in positions, subject
        if subject == "document":
            frame.locator("button, #go").first.click(timeout=2000) if frame.locator(
                "button").count() else None
        page.wait_for_timeout(300)
    screenshot(page, "hostile-css.png")
    assert dialogs == []
    assert hits == []
    leaving = [url for url in requests if urlsplit(url).port != stack.http_port
               and not url.startswith(("data:", "about:", "blob:"))]
    assert leaving == []

    # The same canary does see a request once the reader asks for remote content,
    # so the silence above means something.
    open_message(page, "remote")
    page.locator("a", has_text="Load remote content").click()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert any(hit.startswith("/remote.gif") for hit in hits)
    assert re.search(r"remote=1", page.url)
    context.close()
