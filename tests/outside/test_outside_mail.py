"""Other projects' test mails through the real Exim to live inboxes, read on the site and API."""

import collections
import glob
import html
import os

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


def test_mjml_mails_we_wrote_cover_what_senders_send():
    sources = sorted(glob.glob(os.path.join(corpora.MJML_SOURCES, "*.mjml")))
    stems = {os.path.splitext(os.path.basename(path))[0] for path in sources}
    assert len(sources) >= 15 and stems == set(corpora.MJML_ANSWERS), stems
    languages = set()
    for path in sources:
        with open(path, encoding="utf-8") as handle:
            languages.add(handle.read().split('lang="', 1)[1].split('"')[0])
    assert len(languages) >= 8, languages
    kinds = ("signup", "reset", "receipt", "shipping", "newsletter")
    assert all(any(kind in stem for stem in stems) for kind in kinds), stems


def check_answers(path: str, message: dict) -> None:
    """An MJML mail we wrote shows the code and action link it carries, and no other."""
    stem = os.path.splitext(os.path.basename(path))[0]
    code, link = corpora.MJML_ANSWERS[stem]
    assert (message["codes"] or [""])[0] == code, (stem, message["codes"])
    action = [found["url"] for found in message["links"] if found["kind"] == "action"]
    assert (action or [""])[0] == link, (stem, action)
    assert message["html"] and "<script" not in message["html"].lower()


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
    if path.endswith(".mjml"):
        check_answers(path, message)
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
