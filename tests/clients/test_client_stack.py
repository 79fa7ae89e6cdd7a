"""The client against `make run`'s stack: real Exim delivers real mail, gunicorn serves the API."""

from datetime import UTC, datetime
import secrets
import threading
import time

from client_helpers import mail, send_later
import pytest

from tempmail_client import Client, Conflict, InboxGone, NotFound, TempmailError, WaitTimeout

import helpers

pytestmark = pytest.mark.integration

VERIFY_HTML = (
    b"From: Acme <no-reply@acme.example>\r\nSubject: Please confirm your account\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Your confirmation code is <b>118 204</b>.</p>"
    b"<p><a href=\"https://acme.example/unsubscribe\">Unsubscribe</a></p>"
    b"<p><a href=\"https://acme.example/verify?token=Zk81\">Confirm account</a></p>")


def test_wait_read_list_and_delete_a_real_message(stack, inbox):
    started = time.monotonic()
    timer = send_later(stack, inbox.address, VERIFY_HTML, 1.0)
    message = inbox.wait_for(subject="CONFIRM", sender="acme.example", timeout=30)
    timer.join()
    assert time.monotonic() - started >= 1.0  # it waited for the mail, which came later
    assert message.code() == "118204"
    assert message.link() == "https://acme.example/verify?token=Zk81"
    assert message.subject == "Please confirm your account" and "118 204" in message.html
    assert b"Subject: Please confirm your account" in inbox.raw(message.id)

    assert [m.id for m in inbox.messages(subject="confirm")] == [message.id]
    assert inbox.messages(subject="no such subject") == []
    assert inbox.messages(sender="someone-else") == []
    assert inbox.info().message_count == 1

    inbox.delete_message(message.id)
    with pytest.raises(NotFound):
        inbox.read(message.id)
    with pytest.raises(NotFound):
        inbox.delete_message(message.id)
    assert inbox.messages() == []


def test_wait_for_skips_other_mail_and_polls_again_until_the_match(stack, inbox):
    inbox.client.max_wait_per_call = 1.0
    calls = []
    original = inbox.client.transport.request
    inbox.client.transport.request = lambda *a, **k: calls.append(a[1]) or original(*a, **k)
    stack.send(inbox.address, mail("Weekly news", "nothing to see, 424242"))
    attachment = (
        b"From: Shop <orders@shop.example>\r\nSubject: Your login code\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/plain\r\n\r\nYour login code: 771 903\r\n--b\r\n"
        b"Content-Type: text/plain; name=note.txt\r\nContent-Disposition: attachment;"
        b" filename=note.txt\r\n\r\nhello attachment\r\n--b--\r\n")
    timer = send_later(stack, inbox.address, attachment, 3.0)
    message = inbox.wait_for(subject="login code", sender="shop.example", timeout=30)
    timer.join()
    assert message.code() == "771903"
    assert calls.count("/inbox/messages") >= 3  # several one-second long polls, then a read
    [part] = message.attachments
    assert part.name == "note.txt"
    assert inbox.attachment(message.id, part.index).strip() == b"hello attachment"


def test_wait_for_times_out_with_its_own_type(stack, inbox):
    stack.send(inbox.address, mail("Your code", "code 555123", sender="other@else.example"))
    started = time.monotonic()
    with pytest.raises(WaitTimeout):
        inbox.wait_for(sender="acme.example", timeout=2)
    assert 2 <= time.monotonic() - started < 10
    assert inbox.wait_for(sender="else.example", timeout=5).code() == "555123"


def test_context_manager_deletes_the_inbox_and_gone_inboxes_say_so(stack, client):
    with client.create_inbox(lifetime=600) as inbox:
        token, address = inbox.token, inbox.address
        assert client.inbox(token).address == address
    with pytest.raises(InboxGone) as raised:
        client.inbox(token).info()
    assert "token" in raised.value.detail
    with pytest.raises(InboxGone):
        client.inbox(token).wait_for(timeout=1)
    client.inbox(token).delete()  # deleting what is gone is no error


def test_a_named_inbox_extends_and_its_name_cannot_be_taken_twice(stack, client):
    name = "ci-" + secrets.token_hex(4)
    with client.create_inbox(lifetime=120, domain=helpers.DOMAIN, name=name) as inbox:
        assert inbox.address == f"{name}@{helpers.DOMAIN}"
        before = inbox.expires_at
        with pytest.raises(Conflict) as raised:
            client.create_inbox(domain=helpers.DOMAIN, name=name)
        assert raised.value.status == 409 and raised.value.detail
        info = inbox.extend(600)
        assert info.address == inbox.address and inbox.expires_at == info.expires_at
        assert info.expires_at > before > datetime.now(UTC)


def test_one_inbox_read_from_two_threads(stack, inbox):
    results = []
    waiters = [threading.Thread(target=lambda: results.append(
        inbox.wait_for(subject="both", timeout=30).code())) for _ in range(2)]
    for waiter in waiters:
        waiter.start()
    time.sleep(0.5)
    stack.send(inbox.address, mail("For both of you", "code 246810"))
    for waiter in waiters:
        waiter.join(40)
    assert results == ["246810", "246810"]


def test_one_inbox_serves_many_tags(stack, inbox):
    local_part, domain = inbox.address.split("@")
    assert inbox.address_for("SignUp") == f"{local_part}+signup@{domain}"
    for bad in ("a+b", "", "a..b", "x" * 65, "caf\u00e9", "a b"):
        with pytest.raises(ValueError):
            inbox.address_for(bad)
    with pytest.raises(ValueError):
        inbox.messages(tag="a+b")
    stack.send(inbox.address_for("reset"), mail("Reset your password", "code 999000"))
    stack.send(inbox.address, mail("Plain", "code 123123"))
    timer = send_later(stack, inbox.address_for("signup"), mail("Welcome", "code 654321"), 1.0)
    message = inbox.wait_for(tag="signup", timeout=30)
    timer.join()
    assert message.code() == "654321" and message.tag == "signup"
    assert inbox.wait_for(tag="RESET", timeout=5).code() == "999000"
    listed = inbox.messages()
    assert sorted(str(m.tag) for m in listed) == ["None", "reset", "signup"]
    assert [m.subject for m in inbox.messages(tag="signup")] == ["Welcome"]
    assert inbox.messages(tag="signup", subject="nothing like it") == []
    with pytest.raises(WaitTimeout) as raised:
        inbox.wait_for(tag="never", timeout=1)
    assert "tag 'never'" in str(raised.value)


def test_create_inbox_with_a_style(stack, client):
    with client.create_inbox(lifetime=120, style="name") as inbox:
        local_part = inbox.address.split("@")[0]
        assert local_part[-1].isdigit() and "." in local_part
    with pytest.raises(TempmailError) as raised:
        client.create_inbox(style="poem")
    assert raised.value.status == 400 and "style" in raised.value.detail


@pytest.fixture(scope="module")
def subdomain_stack():
    running = helpers.Stack(TEMPMAIL_SUBDOMAIN_DOMAINS=f"mx.{helpers.DOMAIN}")
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


def test_create_inbox_under_a_subdomain_and_tag_its_mail(subdomain_stack):
    client = Client(subdomain_stack.url, environ={})
    base = f"mx.{helpers.DOMAIN}"
    with client.create_inbox(lifetime=300, domain=base, subdomain="random") as inbox:
        local_part, domain = inbox.address.split("@")
        assert domain.endswith("." + base) and domain.count(".") == base.count(".") + 1
        subdomain_stack.send(inbox.address_for("sub"), mail("Under a label", "code 808080"))
        message = inbox.wait_for(tag="sub", timeout=30)
        assert message.code() == "808080" and message.tag == "sub"
    label = "ci" + secrets.token_hex(3)
    with client.create_inbox(lifetime=300, domain=base, subdomain=label, name="me") as inbox:
        assert inbox.address == f"me@{label}.{base}"
