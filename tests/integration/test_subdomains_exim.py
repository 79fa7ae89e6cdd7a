"""Subdomain addresses through a real Exim: one label under a base, only if live (#16)."""

from http.cookiejar import CookieJar
import re
import smtplib
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tempmail import maildir, purge
from tempmail.inboxes import AddressUnavailable, Inboxes

import helpers

pytestmark = pytest.mark.integration
BASE = "sub.tm.test"          # a base that is not a plain domain
PLAIN_BASE = helpers.DOMAIN   # a base that also takes plain addresses


@pytest.fixture(scope="module")
def sub_exim():
    path = helpers.make_data_dir()
    daemon = helpers.Exim(path, subdomain_bases=(BASE, PLAIN_BASE))
    yield daemon
    daemon.stop()
    helpers.remove_tree(path)


def send(exim, address, subject):
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        conn.sendmail("sender@example.org", [address],
                      f"Subject: {subject}\r\nTo: {address}\r\n\r\nhello\r\n".encode())


def subjects(exim, issued, count):
    path = exim.inboxes.mailbox_path(issued.entry)
    try:
        helpers.wait_for(lambda: len(maildir.list_ids(path)) >= count, timeout=20)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None
    return sorted(item["subject"] for item in exim.inboxes.list_messages(issued.entry))


def test_random_and_chosen_subdomain_addresses_receive_mail(sub_exim):
    random_one = sub_exim.inboxes.create(domain=BASE, subdomain="random", style="name")
    chosen = sub_exim.inboxes.create(domain=BASE, subdomain="Team-7", name="lena")
    under_plain = sub_exim.inboxes.create(domain=PLAIN_BASE, subdomain="random")
    plain = sub_exim.inboxes.create(domain=PLAIN_BASE)
    assert re.fullmatch(r"[a-z]+\.[a-z]+[0-9]+@[a-z0-9]{8}\.sub\.tm\.test", random_one.address)
    assert chosen.address == "lena@team-7.sub.tm.test"
    for issued in (random_one, chosen, under_plain, plain):
        send(sub_exim, issued.address, "for " + issued.address)
        assert subjects(sub_exim, issued, 1) == ["for " + issued.address]


def test_only_one_live_label_under_a_configured_base_is_accepted(sub_exim):
    issued = sub_exim.inboxes.create(domain=BASE, subdomain="shop", name="anna")
    assert helpers.rcpt(sub_exim.port, issued.address)[0] == 250
    refused = {
        "same name, other label": "anna@other.sub.tm.test",
        "two labels deep": "anna@x.shop.sub.tm.test",
        "unregistered label": "anna@nolabel.sub.tm.test",
        "the base itself": "anna@sub.tm.test",
        "a plain-only domain": f"anna@shop.{helpers.OTHER_DOMAIN}",
        "another base": "anna@shop.elsewhere.test",
        "label of the plain base, other name": f"bob@shop.{PLAIN_BASE}",
    }
    for why, address in refused.items():
        code, text = helpers.rcpt(sub_exim.port, address)
        assert code == 550, (why, code, text)
    assert b"relay" in helpers.rcpt(sub_exim.port, "anna@shop.elsewhere.test")[1]
    assert b"relay" in helpers.rcpt(sub_exim.port, "anna@x.shop.other.test")[1]


def test_upper_case_and_a_trailing_dot_reach_the_same_inbox(sub_exim):
    issued = sub_exim.inboxes.create(domain=BASE, subdomain="random")
    local, domain = issued.address.split("@")
    for variant in (issued.address.upper(), f"{local}@{domain.upper()}.",
                    f"{local.upper()}@{domain}."):
        assert helpers.rcpt(sub_exim.port, variant)[0] == 250, variant
        send(sub_exim, variant, "v " + variant)
    assert len(subjects(sub_exim, issued, 3)) == 3
    plain = sub_exim.inboxes.create(domain=helpers.OTHER_DOMAIN)
    assert helpers.rcpt(sub_exim.port, plain.address.upper() + ".")[0] == 250


def test_delete_extend_and_purge_work_for_subdomain_addresses(sub_exim):
    service = sub_exim.inboxes
    deleted = service.create(domain=BASE, subdomain="random", lifetime=3600)
    assert helpers.rcpt(sub_exim.port, deleted.address)[0] == 250
    service.delete(deleted.entry)
    assert helpers.rcpt(sub_exim.port, deleted.address)[0] == 550
    extended = service.create(domain=BASE, subdomain="random", lifetime=1.5)
    entry, _ = service.extend(extended.entry, 3600)
    expiring = service.create(domain=BASE, subdomain="gone", name="carl", lifetime=1.5)
    send(sub_exim, expiring.address, "soon gone")
    subjects(sub_exim, expiring, 1)
    time.sleep(1.7)
    assert helpers.rcpt(sub_exim.port, extended.address)[0] == 250
    assert helpers.rcpt(sub_exim.port, expiring.address)[0] == 550
    counts = purge.purge(service)
    assert counts.mailboxes >= 1
    assert service.find(expiring.address) is None
    with pytest.raises(AddressUnavailable):       # never reissued: the address is tombstoned
        service.create(domain=BASE, subdomain="gone", name="carl")
    assert service.create(domain=BASE, subdomain="gone", name="dora").address \
        == "dora@gone.sub.tm.test"                 # the label is free for other names
    assert service.find(entry.address) is not None


@pytest.fixture(scope="module")
def sub_stack():
    stack = helpers.Stack(TEMPMAIL_SUBDOMAIN_DOMAINS=BASE, TEMPMAIL_ADDRESS_STYLE="words")
    yield stack
    stack.stop()
    helpers.remove_tree(stack.data_dir)


def test_api_create_wait_and_read_a_subdomain_inbox(sub_stack):
    status, domains = helpers.api_call(sub_stack.url, "GET", "/domains")
    assert status == 200 and domains["subdomain_domains"] == [BASE]
    assert domains["default_style"] == "words"
    status, inbox = helpers.api_call(sub_stack.url, "POST", "/inboxes", body={"domain": BASE,
                                                              "subdomain": "random"})
    assert status == 201, inbox
    assert re.fullmatch(r"[a-z]+(\.[a-z]+){1,2}[0-9]{2}@[a-z0-9]{8}\.sub\.tm\.test",
                        inbox["address"])
    started = time.monotonic()
    sub_stack.send(inbox["address"].upper(),
                   b"Subject: waited for\r\n\r\nyour code is 424242\r\n")
    status, listing = helpers.api_call(sub_stack.url, "GET", "/inbox/messages?wait=30", inbox["token"])
    assert status == 200 and listing["messages"][0]["subject"] == "waited for"
    assert time.monotonic() - started < 30
    status, refused = helpers.api_call(sub_stack.url, "POST", "/inboxes", body={"domain": BASE,
                                                                "subdomain": "autodiscover"})
    assert status == 400 and "reserved" in refused["detail"]


def test_the_site_creates_and_shows_a_subdomain_inbox_without_javascript(sub_stack):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    page = opener.open(sub_stack.url + "/", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or \
        re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert csrf and 'name="subdomain"' in page
    form = {"csrf_token": csrf.group(1), "domain": BASE, "subdomain": "custom",
            "subdomain_label": "MyShop", "name": "", "style": "name", "lifetime": "3600"}
    page = opener.open(urllib.request.Request(
        sub_stack.url + "/new", data=urllib.parse.urlencode(form).encode()), timeout=30
    ).read().decode()
    address = re.search(r"[a-z]+\.[a-z]+[0-9]+@myshop\.sub\.tm\.test", page)
    assert address, page[:3000]
    sub_stack.send(address.group(0), b"Subject: seen on the site\r\n\r\nhello\r\n")
    helpers.wait_for(lambda: "seen on the site" in opener.open(
        sub_stack.url + "/", timeout=30).read().decode(), timeout=30)


def test_registry_entries_of_other_styles_pass_hand_typed_validation(sub_exim):
    service = Inboxes(helpers.settings(sub_exim.data_dir, SUBDOMAIN_DOMAINS=BASE))
    for style in ("random", "name", "words"):
        issued = service.create(domain=BASE, subdomain="random", style=style)
        local = issued.address.split("@")[0]
        assert service.create(domain=BASE, subdomain="random", name=local).address \
            .startswith(local + "@")
