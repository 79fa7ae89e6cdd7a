"""The inbox list and the message page find the same first code and link in every sample.

Both read HTML through one walker (htmlwalk); this runs the whole verification
corpus (every set tests/data/verification_sets.py lists as tuned on)
through the Maildir, the list and the page.
"""

import io

import pytest
from verification_sets import TUNED

from tempmail import maildir, rendering

from verification import as_message

CASES = TUNED
"""Every sample the extractor was tuned on: the list must also show the expected answer."""


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory):
    box = maildir.create(str(tmp_path_factory.mktemp("agree") / "mail"), "corpus")
    ids = {}
    for number, case in enumerate(CASES):
        ids[number] = maildir.deliver(box, io.BytesIO(as_message(case).as_bytes()))
    maildir._LISTINGS.items.clear()
    return box, ids


@pytest.mark.parametrize("number", range(len(CASES)),
                         ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_the_list_and_the_page_agree(mailbox, number):
    box, ids = mailbox
    listed = {entry["id"]: entry for entry in rendering.index(box)}[ids[number]]
    page = rendering.render(box, ids[number])
    assert listed["code"] == (page["codes"][0] if page["codes"] else "")
    assert listed["link"] == rendering.first_action_link(page["links"])
    case = CASES[number]
    assert listed["code"] == (case["codes"][0] if case["codes"] else "")
    assert listed["link"] == (case["link"] or "")
