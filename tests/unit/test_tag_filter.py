"""The inbox page filtered to one tag (/?tag=…, #20): the list, "show all", a refused tag,
the polling fragment and its ETag, and the page stream's rows (which carry their tag)."""

import json
import re

import pytest
from test_pages import make_app
from test_streams import Served, stream_app

from tempmail import delivery
from tempmail.web import streams

LIMITS = delivery.Limits(max_messages=100, registry_timeout=1)


def mail(subject):
    return (f"From: Acme <no-reply@acme.example>\nSubject: {subject}\n\n"
            f"About {subject}.\n").encode()


@pytest.fixture
def site(data_dir):
    return make_app(data_dir, WTF_CSRF_ENABLED=False).test_client()


def new_inbox(site):
    assert site.post("/new", data={}).status_code in (302, 303)
    page = site.get("/").get_data(as_text=True)
    return re.search(r'<output id="address" class="address-text">([^<]+)</output>', page).group(1)


def send(data_dir, address, tag, subject):
    local_part, domain = address.split("@")
    target = f"{local_part}+{tag}@{domain}" if tag else address
    delivery.deliver(data_dir, target, mail(subject), LIMITS)


@pytest.fixture
def inbox(site, data_dir):
    """An inbox holding one mail tagged a, one tagged b and one untagged."""
    address = new_inbox(site)
    send(data_dir, address, "a", "Alpha one")
    send(data_dir, address, "b", "Bravo one")
    send(data_dir, address, None, "Plain one")
    return address


def subjects(text):
    return re.findall(r'<span class="subject" dir="auto">([^<]*)</span>', text)


def messages_div(text):
    return re.search(r'<div id="messages"[^>]*>', text)


def test_each_tag_on_the_list_links_to_the_list_of_that_tag(site, inbox):
    text = site.get("/").get_data(as_text=True)
    assert sorted(subjects(text)) == ["Alpha one", "Bravo one", "Plain one"]
    links = re.findall(r'<div class="row-tag"><a href="([^"]+)"', text)
    assert sorted(links) == ["/?tag=a", "/?tag=b"]
    assert "Showing only" not in text and 'data-tag=""' in messages_div(text).group(0)
    # the row's own link still comes first: the tag link is no link inside a link
    rows = [row for row in text.split("<li>")[1:] if "row-tag" in row]
    assert len(rows) == 2
    for row in rows:
        assert row.index('href="/m/') < row.index("</a>") < row.index('href="/?tag=')


def test_the_filtered_list_shows_one_tag_says_which_and_links_to_all(site, inbox):
    response = site.get("/?tag=a")
    text = response.get_data(as_text=True)
    assert response.status_code == 200
    assert subjects(text) == ["Alpha one"]
    local_part, domain = inbox.split("@")
    assert "Showing only the mail tagged" in text
    assert f"<code>{local_part}+a@{domain}</code>" in text
    assert re.search(r'<a href="/" data-show-all>Show all mail</a>', text)
    div = messages_div(text).group(0)
    assert 'data-poll="/inbox/messages?tag=a"' in div and 'data-tag="a"' in div
    assert re.search(r'<a class="button" href="/\?tag=a" data-refresh>', text)
    assert re.search(r"<title>Inbox, tag \+a · tempmail</title>", text)
    shown_all = site.get("/").get_data(as_text=True)   # "show all" is the plain page
    assert len(subjects(shown_all)) == 3


def test_a_tag_is_matched_as_mail_carries_it_in_lower_case(site, inbox):
    assert subjects(site.get("/?tag=A").get_data(as_text=True)) == ["Alpha one"]
    assert subjects(site.get("/?tag=").get_data(as_text=True)) != ["Alpha one"]   # empty: all


def test_a_tag_with_no_mail_says_so_and_keeps_watching(site, inbox):
    text = site.get("/?tag=signup").get_data(as_text=True)
    assert subjects(text) == []
    assert "No mail tagged" in text and "+signup" in text
    assert 'data-tag="signup"' in messages_div(text).group(0)


@pytest.mark.parametrize("bad", ["a+b", "a..b", "x" * 65, "caf\u00e9", "<script>alert(1)</script>"])
def test_a_tag_no_mail_can_carry_is_a_clear_400_on_the_page(site, inbox, bad):
    response = site.get("/", query_string={"tag": bad})
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "No mail can carry the tag" in text and "letters, digits" in text
    assert re.search(r'<a href="/">Show all mail</a>', text)
    assert messages_div(text) is None and subjects(text) == []   # nothing polls a bad filter
    assert "<script>alert" not in text and "Traceback" not in text
    assert inbox in text   # still the inbox page: the address, its tools


def test_the_refusal_reads_in_the_readers_language(site, inbox):
    text = site.get("/?tag=a%2Bb", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Keine E-Mail kann das Tag" in text and "Alle E-Mails zeigen" in text


def test_the_fragment_filters_and_its_etag_is_its_own(site, data_dir, inbox):
    everything = site.get("/inbox/messages")
    only_a = site.get("/inbox/messages?tag=a")
    only_b = site.get("/inbox/messages?tag=b")
    assert only_a.status_code == 200 and subjects(only_a.get_data(as_text=True)) == ["Alpha one"]
    assert subjects(only_b.get_data(as_text=True)) == ["Bravo one"]
    assert len(subjects(everything.get_data(as_text=True))) == 3
    etags = {everything.headers["ETag"], only_a.headers["ETag"], only_b.headers["ETag"]}
    assert len(etags) == 3
    # the page's data-etag is the fragment's: its first poll is a 304
    page = site.get("/?tag=a").get_data(as_text=True)
    etag = re.search(r'data-etag="([^"]+)"', page).group(1)
    assert only_a.headers["ETag"] == f'"{etag}"'
    assert site.get("/inbox/messages?tag=a",
                    headers={"If-None-Match": only_a.headers["ETag"]}).status_code == 304
    # a validator of one filter never passes for another
    assert site.get("/inbox/messages",
                    headers={"If-None-Match": only_a.headers["ETag"]}).status_code == 200
    assert site.get("/inbox/messages?tag=b",
                    headers={"If-None-Match": only_a.headers["ETag"]}).status_code == 200
    send(data_dir, inbox, "a", "Alpha two")
    fresh = site.get("/inbox/messages?tag=a", headers={"If-None-Match": only_a.headers["ETag"]})
    assert fresh.status_code == 200
    assert subjects(fresh.get_data(as_text=True)) == ["Alpha two", "Alpha one"]
    assert len(subjects(site.get("/inbox/messages").get_data(as_text=True))) == 4


def test_the_fragment_cache_keeps_filtered_and_whole_lists_apart(site, inbox):
    for _ in range(2):   # the second round is served from the kept fragments
        assert len(subjects(site.get("/inbox/messages").get_data(as_text=True))) == 3
        assert subjects(site.get("/inbox/messages?tag=a").get_data(as_text=True)) == ["Alpha one"]
        assert subjects(site.get("/inbox/messages?tag=A").get_data(as_text=True)) == ["Alpha one"]
        empty = site.get("/inbox/messages?tag=none").get_data(as_text=True)
        assert subjects(empty) == [] and "No mail tagged" in empty


def test_the_fragment_refuses_a_bad_tag(site, inbox):
    assert site.get("/inbox/messages?tag=a%2Bb").status_code == 400


def test_the_page_stream_sends_each_row_with_its_tag(data_dir):
    served = Served(stream_app(data_dir))
    try:
        flask_app = served.streams.flask
        service = served.streams.inboxes
        issued = service.create()
        cookie = flask_app.session_interface.get_signing_serializer(flask_app).dumps(
            {"inboxes": [issued.token], "current": issued.token})
        stream = served.open(streams.PAGE_PATH, headers={"Cookie": f"tempmail={cookie}"})
        assert stream.status == 200
        send(data_dir, issued.address, "a", "Alpha live")
        send(data_dir, issued.address, None, "Plain live")
        tagged, plain = (json.loads(stream.next_event()["data"]) for _ in range(2))
        assert tagged["tag"] == "a" and 'href="/?tag=a"' in tagged["html"]
        assert plain["tag"] is None and "row-tag" not in plain["html"]
    finally:
        served.stop()
