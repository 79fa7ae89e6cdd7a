"""Tags by plus-addressing with a real Exim and the router service: local+tag@domain lands in
local@domain's inbox with its tag; RCPT refusals; two tags of one message; forged headers."""

import threading
import time

import pytest

from tempmail import maildir

import helpers

pytestmark = pytest.mark.integration


def mail(subject, extra=b""):
    return (b"From: Sender <sender@example.org>\r\nSubject: " + subject.encode() +
            b"\r\n" + extra + b"\r\nbody of " + subject.encode() + b"\r\n")


def listed(exim, issued, count):
    def ready():
        found = exim.inboxes.messages(issued.entry)
        return found if len(found) >= count else None
    try:
        return helpers.wait_for(ready, timeout=30)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None


def local_and_domain(issued):
    return issued.address.split("@")


def test_a_tagged_address_lands_in_the_base_inbox_with_its_tag(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local}+x@{domain}"], mail("tagged"))
    [item] = listed(exim, issued, 1)
    assert item["tag"] == "x" and item["subject"] == "tagged"
    message = exim.inboxes.message(issued.entry, item["id"])
    assert message["tag"] == "x"
    raw = exim.inboxes.raw(issued.entry, item["id"])
    assert f"Envelope-to: {local}+x@{domain}\n".encode() in raw   # Exim names the whole address


def test_the_plain_address_is_untagged_and_an_empty_tag_is_none(exim):
    issued = exim.inboxes.create(domain=helpers.OTHER_DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [issued.address], mail("plain"))
    [item] = listed(exim, issued, 1)
    assert item["tag"] is None
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local}+@{domain}"], mail("empty tag"))
    assert [m["tag"] for m in listed(exim, issued, 2)] == [None, None]


def test_tags_are_case_insensitive_and_kept_in_lower_case(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local.upper()}+Sign.Up_2-b@{domain}"],
                      mail("case"))
    [item] = listed(exim, issued, 1)
    assert item["tag"] == "sign.up_2-b"


@pytest.mark.parametrize("local_part", ["nobody+x", "+x", "nobody+"])
def test_an_unknown_base_is_refused_at_rcpt(exim, local_part):
    exim.inboxes.create(domain=helpers.DOMAIN)
    code, text = helpers.rcpt(exim.port, f"{local_part}@{helpers.DOMAIN}")
    assert code == 550 and b"no such address" in text


def test_an_expired_base_is_refused_with_any_tag(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN, lifetime=1)
    local, domain = local_and_domain(issued)
    assert helpers.rcpt(exim.port, f"{local}+x@{domain}")[0] == 250
    time.sleep(1.2)
    assert helpers.rcpt(exim.port, f"{local}+x@{domain}")[0] == 550


@pytest.mark.parametrize("tag", ["a+b", "a b", "x" * 65, "caf\u00e9", "a=b", "a,b"])
def test_a_malformed_tag_is_refused_at_rcpt_with_the_rule(exim, tag):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    local_part = f'"{local}+{tag}"' if set(tag) & set(" ,") else f"{local}+{tag}"  # quoted: legal
    with helpers.smtp(exim.port) as conn:
        conn.mail("sender@example.org")
        conn.send(f"RCPT TO:<{local_part}@{domain}>\r\n".encode())  # bytes as they are
        code, text = conn.getreply()
    assert code == 550 and b"invalid tag" in text, (code, text)
    assert helpers.rcpt(exim.port, f"{local}+{'x' * 64}@{domain}")[0] == 250   # the longest tag taken


def test_two_tags_of_one_message_are_two_deliveries_each_with_its_tag(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.smtp(exim.port) as conn:
        refused = conn.sendmail("sender@example.org",
                                [f"{local}+signup@{domain}", f"{local}+reset@{domain}",
                                 issued.address], mail("one message"))
    assert refused == {}
    found = listed(exim, issued, 3)
    assert sorted(str(m["tag"]) for m in found) == ["None", "reset", "signup"]
    assert {m["subject"] for m in found} == {"one message"}
    time.sleep(1.0)   # nothing more arrives (no duplicate of either)
    assert len(exim.inboxes.messages(issued.entry)) == 3


def test_a_tag_header_from_the_sender_is_not_the_tag(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    forged = b"X-Tempmail-Tag: forged\r\nX-Original-To: " + f"{local}+forged@{domain}".encode() + b"\r\n"
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [issued.address], mail("forged plain", forged))
    [item] = listed(exim, issued, 1)
    assert item["tag"] is None
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local}+real@{domain}"], mail("forged", forged))
    assert {m["subject"]: m["tag"] for m in listed(exim, issued, 2)} == \
        {"forged plain": None, "forged": "real"}
    assert exim.inboxes.messages(issued.entry, tag="forged") == []


def test_the_service_filters_by_tag_and_waits_for_one(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local}+a@{domain}"], mail("for a"))
    listed(exim, issued, 1)
    result = {}

    def wait():
        started = time.monotonic()
        result["found"] = exim.inboxes.wait_for_messages(issued.entry, 20, tag="b")
        result["took"] = time.monotonic() - started
    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.5)
    with helpers.smtp(exim.port) as conn:   # another tag first: the waiter keeps waiting
        conn.sendmail("sender@example.org", [f"{local}+c@{domain}"], mail("for c"))
    listed(exim, issued, 2)
    time.sleep(0.3)
    assert waiter.is_alive()
    with helpers.smtp(exim.port) as conn:
        conn.sendmail("sender@example.org", [f"{local}+B@{domain}"], mail("for b"))
    waiter.join(30)
    assert [m["subject"] for m in result["found"]] == ["for b"] and result["took"] < 15
    assert [m["subject"] for m in exim.inboxes.messages(issued.entry, tag="a")] == ["for a"]
    assert len(exim.inboxes.messages(issued.entry)) == 3


def test_a_redelivery_is_deduplicated_per_tag(exim):
    """The router keys a delivery on Exim's id and the whole address: the same message again
    to the same tag is one copy, to another tag a second one."""
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    message = (b"Received: from client.test by tm.test with esmtp (Exim 4.96)\r\n"
               b"\tid 1tAgXy-000Abc-Zz; Mon, 30 Nov 2026 12:00:00 +0000\r\n" + mail("again"))

    def deliver(tag):
        with helpers.LMTPClient(exim.router.socket) as client:
            client.greet()
            assert client.command("MAIL FROM:<sender@example.org>")[0] == 250
            assert client.command(f"RCPT TO:<{local}+{tag}@{domain}>")[0] == 250
            assert client.command("DATA")[0] == 354
            client.send(message + b".\r\n")
            return client.reply()[0]
    assert [deliver(tag) for tag in ("one", "one", "two", "one", "two")] == [250] * 5
    path = exim.inboxes.mailbox_path(issued.entry)
    assert sorted(maildir.tag_of(i) or "" for i in maildir.list_ids(path)) == ["one", "two"]


def test_the_router_refuses_a_malformed_tag_and_an_unknown_base(exim):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    local, domain = local_and_domain(issued)
    with helpers.LMTPClient(exim.router.socket) as client:
        client.greet()
        assert client.command("MAIL FROM:<sender@example.org>")[0] == 250
        assert client.command(f"RCPT TO:<{local}+a+b@{domain}>")[0] == 550
        assert client.command(f"RCPT TO:<nobody+a@{domain}>")[0] == 550
        assert client.command(f"RCPT TO:<{local}+ok@{domain}>")[0] == 250


def test_postgresql_registry_looks_up_the_base_address(pg_server):
    url = pg_server.create_database()
    data_dir = helpers.make_data_dir()
    exim = helpers.Exim(data_dir, router_settings={"REGISTRY_URL": url})
    try:
        issued = exim.inboxes.create(lifetime=600)
        local, domain = local_and_domain(issued)
        assert helpers.rcpt(exim.port, f"nobody+x@{domain}")[0] == 550
        code, text = helpers.rcpt(exim.port, f"{local}+a+b@{domain}")
        assert code == 550 and b"invalid tag" in text
        with helpers.smtp(exim.port) as conn:
            conn.sendmail("sender@example.org", [f"{local}+pg@{domain}"], mail("over pg"))
        [item] = listed(exim, issued, 1)
        assert item["tag"] == "pg"
    finally:
        exim.stop()
        helpers.remove_tree(data_dir)
