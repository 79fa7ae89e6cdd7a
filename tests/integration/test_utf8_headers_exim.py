"""Headers in UTF-8 through a real Exim with SMTPUTF8: shown, listed and filtered decoded."""

import html
import urllib.parse

from livemail import LiveInboxes
import pytest

pytestmark = pytest.mark.integration

FROM = "Jürgen Müller <jürgen@bücher.example>"
SUBJECT = "Grüße — 您的验证码 482913"


@pytest.fixture(scope="module")
def live(exim):
    return LiveInboxes(exim)


def test_smtputf8_sender_and_utf8_headers(live):
    raw = (f"From: {FROM}\r\nTo: {live.api_address}\r\nSubject: {SUBJECT}\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\nIhr Code: 482913\r\n").encode()
    live.send(raw, sender="jürgen@bücher.example", utf8=True)
    [summary] = live.api_messages(1)
    assert (summary["from"], summary["subject"]) == (FROM, SUBJECT)
    query = urllib.parse.urlencode({"from": "JÜRGEN", "subject": "grüße — 您的", "wait": 5})
    found = live.api.get("/api/v1/inbox/messages?" + query, headers=live.auth).get_json()
    assert [item["id"] for item in found["messages"]] == [summary["id"]]
    message = live.api_get("/" + summary["id"]).get_json()
    assert message["from"] == FROM and message["subject"] == SUBJECT
    assert "482913" in message["codes"]
    raw_back = live.api_get(f"/{summary['id']}/raw").get_data()
    assert raw_back.endswith(raw.replace(b"\r\n", b"\n"))
    assert b"Return-path: <j\xc3\xbcrgen@b\xc3\xbccher.example>" in raw_back
    [site_id] = live.site_ids()
    listing = html.unescape(live.site.get("/inbox/messages").get_data(as_text=True))
    page = html.unescape(live.site.get("/m/" + site_id).get_data(as_text=True))
    for text in (listing, page):
        assert "Jürgen Müller" in text and SUBJECT in text and "\ufffd" not in text


def test_filter_misses_when_the_decoded_text_differs(live):
    query = urllib.parse.urlencode({"subject": "grusse", "wait": 0})
    found = live.api.get("/api/v1/inbox/messages?" + query, headers=live.auth).get_json()
    assert found["messages"] == []


def test_raw_latin1_and_windows_1252_without_smtputf8(live):
    raw = (b"From: Jo\xe3o Ver\xe3o <joao@example.org>\r\nTo: " + live.api_address.encode() +
           b"\r\nSubject: Forma\xe7\xe3o \x96 Ver\xe3o Brand\x99\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nol\xe1\r\n")
    live.send(raw)
    summaries = live.api_messages(2)
    subjects = {item["subject"]: item for item in summaries}
    assert "Formação – Verão Brand™" in subjects
    assert subjects["Formação – Verão Brand™"]["from"] == "João Verão <joao@example.org>"
    listing = html.unescape(live.site.get("/inbox/messages").get_data(as_text=True))
    assert "Formação – Verão Brand™" in listing and "\ufffd" not in listing


def test_header_list_on_the_site_is_decoded(live):
    raw = ("From: Ünïcode <u@example.org>\r\nX-Note: ☃ snow\r\nSubject: list\r\n\r\nx\r\n"
           ).encode()
    live.send(raw, utf8=True)
    live.api_messages(3)
    ids = live.site_ids()
    pages = [html.unescape(live.site.get("/m/" + i).get_data(as_text=True)) for i in ids]
    [page] = [page for page in pages if "Ünïcode" in page]
    assert "<td>☃ snow</td>" in page and "\ufffd" not in page
