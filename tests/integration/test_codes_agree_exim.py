"""Every verification sample, seen and blind, through the real Exim: the site's inbox list,
its message page and the API show the same first code and the same first action link.

Agreement only: whether the answer is right is bench/extract.py's figure (and, for the
seen part, tests/unit/test_list_page_agree.py), so the blind part stays blind here.
"""

import html
from pathlib import Path
import re
import sys

from livemail import LiveInboxes
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
from verification_sets import ALL  # noqa: E402

from verification import as_message  # noqa: E402

pytestmark = pytest.mark.integration
BATCH = 40
SAMPLES = ALL


def as_mail(case: dict, number: int, to: str) -> bytes:
    message = as_message(case)
    message.replace_header("From", f"Sample {number} <noreply@service.example>")
    message.replace_header("To", to)
    return message.as_bytes().replace(b"\n", b"\r\n")


def listed_answers(page: str) -> dict:
    """Return {message id: (code, link)} as the site's inbox list shows them."""
    answers = {}
    for item in page.split("<li>")[1:]:
        message_id = re.search(r'href="/m/([^"?]+)"', item).group(1)
        code = re.search(r'<output class="code">([^<]*)</output>', item)
        link = re.search(r'<a class="action-link" href="([^"]*)"', item)
        answers[message_id] = (html.unescape(code.group(1)) if code else "",
                               html.unescape(link.group(1)) if link else "")
    return answers


def page_answers(page: str) -> tuple:
    code = re.search(r'<output class="code" id="code">([^<]*)</output>', page)
    link = re.search(r'<div class="link-box"><span class="label">Link</span> '
                     r'<a class="action-link" href="([^"]*)"', page)
    return (html.unescape(code.group(1)) if code else "",
            html.unescape(link.group(1)) if link else "")


@pytest.mark.parametrize("start", range(0, len(SAMPLES), BATCH))
def test_list_page_and_api_agree(exim, start):
    live = LiveInboxes(exim)
    batch = SAMPLES[start:start + BATCH]
    for number, case in enumerate(batch, start):
        live.send(as_mail(case, number, live.api_address), utf8=True)
    summaries = live.api_messages(len(batch))
    api = {}
    for summary in summaries:
        message = live.api_get("/" + summary["id"]).get_json()
        link = next((x["url"] for x in message["links"] if x["kind"] == "action"), "")
        api[message["from"]] = (message["codes"][0] if message["codes"] else "", link)
    listed = listed_answers(live.site.get("/inbox/messages").get_data(as_text=True))
    assert len(listed) == len(batch)
    site = {}
    for message_id, answer in listed.items():
        page = live.site.get("/m/" + message_id).get_data(as_text=True)
        sender = re.search(r"Sample \d+ <noreply@service.example>", html.unescape(page)).group()
        assert page_answers(page) == answer, (sender, answer)
        site[sender] = answer
    assert site == api
    assert sum(bool(code or link) for code, link in api.values()) >= len(batch) // 2
