import os
import sys

import pytest

from tempmail.extract import extract, find_codes

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "data"))
from verification import CASES  # noqa: E402


def score(cases):
    """Return (code precision, code recall, link precision, link recall) over cases."""
    counts = {"code": [0, 0, 0], "link": [0, 0, 0]}  # true positive, false positive, false neg
    for case in cases:
        found = extract(case["subject"], case.get("text"), case.get("html"))
        got = {"code": found["codes"][:1],
               "link": [l["url"] for l in found["links"] if l["kind"] == "action"][:1]}
        want = {"code": case["codes"][:1], "link": [case["link"]] if case["link"] else []}
        for kind in counts:
            if got[kind] and got[kind] == want[kind]:
                counts[kind][0] += 1
            else:
                counts[kind][1] += bool(got[kind])
                counts[kind][2] += bool(want[kind])
    result = []
    for tp, fp, fn in counts.values():
        result += [tp / max(1, tp + fp), tp / max(1, tp + fn)]
    return tuple(result)


def test_corpus_covers_many_languages():
    assert len({case["lang"] for case in CASES}) >= 10 and len(CASES) >= 30


def test_precision_and_recall_on_the_corpus():
    code_p, code_r, link_p, link_r = score(CASES)
    assert min(code_p, code_r, link_p, link_r) >= 0.9, (code_p, code_r, link_p, link_r)


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
