import os
import sys

import pytest

from tempmail.extract import extract, find_codes

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "data"))
from verification import CASES, score  # noqa: E402


def test_corpus_covers_many_languages():
    assert len({case["lang"] for case in CASES}) >= 10 and len(CASES) >= 30


def test_precision_and_recall_on_the_corpus():
    rates, misses = score(extract)
    assert min(min(pair) for pair in rates.values()) >= 0.9, (rates, misses)


@pytest.mark.parametrize("text", [
    "Order #123456 has shipped", "Call us at +1 555 123 4567 for a code", "Total: 1234,56 €",
    "Your code expires on 2026-11-24 at 10:30", "Use promo code SAVE20 for 20% off",
])
def test_things_that_are_not_codes(text):
    assert find_codes("", text) == []


def test_unsubscribe_and_tracking_links_are_left_out():
    links = extract("Confirm", None,
                    '<a href="https://x.example/unsubscribe">Unsubscribe</a>'
                    '<a href="https://t.example/open?id=1"><img src="p.gif"></a>'
                    '<a href="https://x.example/confirm?t=1">Confirm</a>')["links"]
    assert [l["url"] for l in links] == ["https://x.example/confirm?t=1"]


def test_a_code_on_its_own_line_far_from_the_keyword():
    filler = "We are glad you are here. " * 8
    html = (f"<h1>Verify your email address</h1><p>{filler}</p>"
            "<div style='font-size:32px'>771 902</div><p>This expires in 10 minutes.</p>")
    assert extract("Verify your email", None, html)["codes"] == ["771902"]
    assert extract("Welcome", None, f"<p>{filler}</p><div>2026</div>")["codes"] == []
