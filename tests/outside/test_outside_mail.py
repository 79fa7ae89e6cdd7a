"""Other projects' test mails through the real Exim to live inboxes, read on the site and API."""

import collections
import html

import corpora
from livemail import LiveInboxes
import pytest

pytestmark = pytest.mark.integration

CASES = corpora.cases()


@pytest.fixture(scope="module")
def live(exim):
    return LiveInboxes(exim)


def test_enough_outside_mail_from_enough_projects():
    missing = [corpus.problem() for corpus, path in CASES if path is None]
    assert not missing, missing
    per_project = collections.Counter(corpus.project for corpus, _ in CASES)
    assert len(per_project) >= 2 and sum(per_project.values()) >= 100, per_project


def check_readable(raw: bytes, message: dict) -> None:
    """Where every text part declares the charset it is in, nothing shown is U+FFFD."""
    if not corpora.declares_clean_text(raw):
        return
    for field in ("from", "subject", "text", "html"):
        value = message[field] or ""
        assert "\ufffd" not in value, (field, value[:300])


@pytest.mark.parametrize("corpus, path", CASES, ids=[
    f"{corpus.project}:{path and path[len(corpus.root) + 1:]}" for corpus, path in CASES])
def test_outside_message_end_to_end(live, corpus, path):
    if path is None:
        pytest.fail(corpus.problem())
    raw = corpora.read_message(path)
    live.renew()
    live.send(corpora.as_wire(raw))
    [summary] = live.api_messages(1)
    message_id = summary["id"]
    message = live.api_get("/" + message_id).get_json()
    assert message["id"] == message_id
    stored = live.api_get(f"/{message_id}/raw").get_data()
    assert stored.endswith(corpora.as_stored(raw)), "not stored byte-exact"
    for attachment in message["attachments"]:
        response = live.api.get(attachment["url"], headers=live.auth)
        assert response.status_code == 200, attachment
        assert len(response.get_data()) == attachment["size"]
    if message["displayable"]:
        check_readable(raw, message)
    [site_id] = live.site_ids()
    page = live.site.get("/m/" + site_id)
    assert page.status_code == 200
    if message["subject"]:
        assert message["subject"][:40] in html.unescape(page.get_data(as_text=True))
    assert live.site.get(f"/m/{site_id}/frame").status_code in (200, 404)
    assert live.site.get(f"/m/{site_id}/source").status_code == 200
    for attachment in message["attachments"]:
        response = live.site.get(f"/m/{site_id}/attachments/{attachment['index']}")
        assert response.status_code == 200, attachment
        assert response.headers["Content-Disposition"].startswith("attachment")
