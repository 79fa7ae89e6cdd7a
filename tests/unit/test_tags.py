"""Tags by plus-addressing without Exim: the rules, the file name, delivery, the service,
the API (list, wait, message, stream) and the pages. tests/integration/test_tags_exim.py
does the same through a real Exim."""

import io
import json
import threading
import time

import pytest
from test_api import assert_problem, auth, create, make_app
from test_streams import Served, stream_app

from tempmail import addresses, delivery, maildir, rendering, router
from tempmail.inbox_keys import key_of
from tempmail.inboxes import InboxError

import helpers

LIMITS = delivery.Limits(max_messages=100, registry_timeout=1)
MAIL = b"From: Acme <no-reply@acme.example>\nSubject: Your code\n\nYour code is 424242.\n"


def mail(subject):
    return MAIL.replace(b"Your code\n", subject.encode() + b"\n", 1)


# -- the rules ------------------------------------------------------------------------

@pytest.mark.parametrize("address, expected", [
    ("abc+signup@tm.test", ("abc@tm.test", "signup")),
    ("ABC+Sign.Up_2-x@TM.test", ("abc@tm.test", "sign.up_2-x")),
    ("abc@tm.test", ("abc@tm.test", None)),
    ("abc+@tm.test", ("abc@tm.test", None)),
    ("abc+" + "x" * 64 + "@tm.test", ("abc@tm.test", "x" * 64)),
])
def test_split_tag(address, expected):
    assert addresses.split_tag(address) == expected


@pytest.mark.parametrize("address", [
    "abc+a+b@tm.test", "abc+a..b@tm.test", "abc+" + "x" * 65 + "@tm.test", "abc+a b@tm.test",
    "abc+caf\u00e9@tm.test", "abc+a/b@tm.test", "+x@tm.test", "abc+x", "abc+a,b@tm.test",
])
def test_split_tag_refuses_what_exim_refuses(address):
    with pytest.raises(addresses.AddressError):
        addresses.split_tag(address)


def test_tagged_builds_the_address_and_checks_the_tag():
    assert addresses.tagged("abc@tm.test", "Reset") == "abc+reset@tm.test"
    with pytest.raises(addresses.AddressError):
        addresses.tagged("abc@tm.test", "a+b")


def test_a_custom_name_may_not_hold_the_separator():
    with pytest.raises(addresses.AddressError) as raised:
        addresses.check_local_part("me+work")
    assert "'+'" in str(raised.value) and "tag" in str(raised.value)


def test_the_service_checks_a_filter_tag(data_dir):
    service = helpers.Inboxes(helpers.settings(data_dir))
    assert service.check_tag(None) is None and service.check_tag("") is None
    assert service.check_tag("SignUp") == "signup"
    with pytest.raises(InboxError):
        service.check_tag("a+b")
    with pytest.raises(InboxError):
        service.create(name="me+work", domain=helpers.DOMAIN)


# -- the file name --------------------------------------------------------------------

def test_the_tag_is_kept_in_the_file_name(data_dir):
    path = maildir.create(maildir.root_in(data_dir), "box")
    tagged = maildir.deliver(path, b"x", key="k1", tag="sign.up")
    plain = maildir.deliver(path, b"y", key="k2")
    assert maildir.tag_of(tagged) == "sign.up" and maildir.tag_of(plain) is None
    assert maildir.size_of(tagged) == 1 and maildir.find_key(path, "k1") == tagged
    for bad in ("A", "a/b", "a,b", "a:b", "", "x" * 65):
        with pytest.raises(ValueError):
            maildir.deliver(path, b"z", tag=bad)
    assert maildir.tag_of("1.K2.host,T=,S=3") is None
    assert maildir.tag_of("1.K2.host,T=../x,S=3") is None


# -- delivery -------------------------------------------------------------------------

@pytest.fixture
def service(data_dir):
    found = helpers.Inboxes(helpers.settings(data_dir))
    found.ensure_ready()
    return found


def tagged_address(issued, tag):
    local_part, domain = issued.address.split("@")
    return f"{local_part}+{tag}@{domain}"


def test_delivery_to_a_tag_lands_in_the_base_inbox(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    address = tagged_address(issued, "SignUp")
    assert delivery.check(data_dir, address, time.time()) == delivery.LIVE
    assert delivery.deliver(data_dir, address, mail("tagged"), LIMITS) == delivery.DELIVERED
    assert delivery.deliver(data_dir, issued.address, mail("plain"), LIMITS) == delivery.DELIVERED
    tags = {m["subject"]: m["tag"] for m in service.messages(issued.entry)}
    assert tags == {"tagged": "signup", "plain": None}
    assert [m["subject"] for m in service.messages(issued.entry, tag="signup")] == ["tagged"]


def test_delivery_refuses_a_malformed_tag_and_an_unknown_base(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    for address in (tagged_address(issued, "a+b"), f"nobody+x@{helpers.DOMAIN}"):
        assert delivery.check(data_dir, address, time.time()) == delivery.NO_SUCH_ADDRESS
        assert delivery.deliver(data_dir, address, MAIL, LIMITS) == delivery.NO_SUCH_ADDRESS
    assert service.messages(issued.entry) == []


def test_redeliveries_are_found_per_tag(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    outcomes = []
    for tag in ("one", "one", "two", "two", "one"):
        address = tagged_address(issued, tag)
        key = delivery.delivery_key("1tAgXy-000Abc-Zz", address)
        outcomes.append(delivery.deliver(data_dir, address, MAIL, LIMITS, key))
    assert outcomes == [delivery.DELIVERED, delivery.DUPLICATE, delivery.DELIVERED,
                        delivery.DUPLICATE, delivery.DUPLICATE]
    assert sorted(m["tag"] for m in service.messages(issued.entry)) == ["one", "two"]


def test_the_hand_router_takes_a_tagged_local_part(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    local_part, domain = issued.address.split("@")
    assert router.main(["--data-dir", data_dir], io.BytesIO(MAIL),
                       {"LOCAL_PART": f"{local_part}+cli", "DOMAIN": domain}) == 0
    assert [m["tag"] for m in service.messages(issued.entry)] == ["cli"]


def test_a_forged_tag_header_is_just_a_header(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    forged = b"X-Tempmail-Tag: forged\n" + MAIL
    delivery.deliver(data_dir, issued.address, forged, LIMITS)
    [item] = service.messages(issued.entry)
    assert item["tag"] is None
    assert service.message(issued.entry, item["id"])["tag"] is None


def test_an_index_cached_before_tags_gains_them(data_dir, service):
    issued = service.create(domain=helpers.DOMAIN)
    delivery.deliver(data_dir, tagged_address(issued, "old"), MAIL, LIMITS)
    path = service.mailbox_path(issued.entry)
    [item] = service.messages(issued.entry)
    key = key_of(issued.entry)                # the mailbox is sealed
    rendered = dict(rendering.render(path, item["id"], key))
    rendering._INDEXES.discard(path)
    rendering._RENDERS.discard((path, item["id"]))
    with rendering.Folder(path, key) as folder:   # as the version before tags wrote them
        index = folder.load("index.json")
        del index["entries"][item["id"]]["tag"]
        folder.store("index.json", index)
        del rendered["tag"]
        folder.store(rendering._cache_name(item["id"], ".json"), rendered)
    with rendering.Folder(path, key) as folder:
        assert "tag" not in folder.load(rendering._cache_name(item["id"], ".json"))
    assert service.messages(issued.entry)[0]["tag"] == "old"
    assert service.message(issued.entry, item["id"])["tag"] == "old"


# -- the API --------------------------------------------------------------------------

@pytest.fixture
def api(data_dir):
    return make_app(data_dir).test_client()


def test_the_api_lists_filters_and_shows_tags(api, data_dir):
    created = create(api)
    local_part, domain = created["address"].split("@")
    for tag, subject in (("signup", "Welcome"), (None, "Plain"), ("reset", "Reset")):
        to = f"{local_part}+{tag}@{domain}" if tag else created["address"]
        delivery.deliver(data_dir, to, mail(subject), LIMITS)
        time.sleep(0.002)
    token = auth(created["token"])
    listing = api.get("/api/v1/inbox/messages", headers=token).json["messages"]
    assert [(m["subject"], m["tag"]) for m in listing] == \
        [("Reset", "reset"), ("Plain", None), ("Welcome", "signup")]
    only = api.get("/api/v1/inbox/messages?tag=SIGNUP", headers=token).json["messages"]
    assert [m["subject"] for m in only] == ["Welcome"]
    assert api.get("/api/v1/inbox/messages?tag=signup&subject=nope",
                   headers=token).json["messages"] == []
    assert len(api.get("/api/v1/inbox/messages?tag=", headers=token).json["messages"]) == 3
    message = api.get(f"/api/v1/inbox/messages/{only[0]['id']}", headers=token).json
    assert message["tag"] == "signup"
    plain = api.get(f"/api/v1/inbox/messages/{listing[1]['id']}", headers=token).json
    assert plain["tag"] is None
    for bad in ("a+b", "x" * 65, "a..b", "caf%C3%A9"):
        response = api.get(f"/api/v1/inbox/messages?tag={bad}", headers=token)
        assert_problem(response, 400)
        assert "tag" in response.json["detail"]


def test_the_long_poll_waits_for_its_tag(api, data_dir):
    created = create(api)
    local_part, domain = created["address"].split("@")
    delivery.deliver(data_dir, f"{local_part}+other@{domain}", mail("Other"), LIMITS)
    result = {}

    def wait():
        started = time.monotonic()
        result["response"] = api.get("/api/v1/inbox/messages?wait=20&tag=mine",
                                     headers=auth(created["token"]))
        result["took"] = time.monotonic() - started
    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.4)
    delivery.deliver(data_dir, created["address"], mail("Untagged"), LIMITS)
    time.sleep(0.4)
    assert waiter.is_alive()   # neither of those is its tag
    delivery.deliver(data_dir, f"{local_part}+mine@{domain}", mail("Mine"), LIMITS)
    waiter.join(30)
    assert [m["subject"] for m in result["response"].json["messages"]] == ["Mine"]
    assert result["took"] < 15


def test_the_openapi_document_describes_tags(api):
    spec = api.get("/api/v1/openapi.json").json
    for path in ("/inbox/messages", "/inbox/events"):
        names = [p["name"] for p in spec["paths"][path]["get"]["parameters"]]
        assert "tag" in names
    for schema in ("MessageSummary", "Message"):
        assert "tag" in spec["components"]["schemas"][schema]["properties"]


def test_the_api_stream_follows_only_its_tag(data_dir):
    served = Served(stream_app(data_dir))
    try:
        service = served.streams.inboxes
        issued = service.create()
        local_part, domain = issued.address.split("@")
        refused = served.open(path="/api/v1/inbox/events?tag=a%2Bb", token=issued.token)
        assert refused.status == 400 and "tag" in json.loads(refused.body())["detail"]
        stream = served.open(path="/api/v1/inbox/events?tag=Wanted", token=issued.token)
        assert stream.status == 200
        delivery.deliver(data_dir, issued.address, mail("Plain"), LIMITS)
        delivery.deliver(data_dir, f"{local_part}+other@{domain}", mail("Other"), LIMITS)
        delivery.deliver(data_dir, f"{local_part}+wanted@{domain}", mail("Wanted"), LIMITS)
        event = stream.next_event()
        data = json.loads(event["data"])
        assert event["event"] == "message" and data["subject"] == "Wanted"
        assert data["tag"] == "wanted"
    finally:
        served.stop()


# -- the pages ------------------------------------------------------------------------

def test_the_site_shows_the_tag_in_the_list_and_on_the_message(data_dir):
    app = make_app(data_dir, WTF_CSRF_ENABLED=False)
    site = app.test_client()
    assert site.post("/new", data={}).status_code in (302, 303)
    page = site.get("/").get_data(as_text=True)
    address = page.split('data-copy="', 1)[1].split('"', 1)[0]
    local_part, domain = address.split("@")
    assert f"{local_part}+<var>tag</var>@{domain}" in page   # the hint names the address
    delivery.deliver(data_dir, f"{local_part}+signup@{domain}", mail("Welcome"), LIMITS)
    page = site.get("/").get_data(as_text=True)
    assert '<span class="tag" dir="ltr"><span class="visually-hidden">Tag: </span>+signup</span>' in page
    message_id = page.split('href="/m/', 1)[1].split('"', 1)[0]
    shown = site.get(f"/m/{message_id}").get_data(as_text=True)
    assert "<dt>Tag</dt>" in shown and "+signup</span>" in shown
    german = site.get("/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "landet ebenfalls hier" in german
