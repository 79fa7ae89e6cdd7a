"""Encryption at rest through the service layer: sealed on delivery, opened only with the token."""

import base64
import os
import re
import shutil
import sqlite3

import pytest

from tempmail import delivery, maildir, rendering, sealing
from tempmail.inboxes import Inboxes, Locked, MessageMissing, RegistryError
from tempmail.web import pages

import helpers

SUBJECT = "Quarterly secret 7f3a"
BODY = "the body says hush-hush-91c2 and your code is 538201"
PICTURE = b"\x89PNG\r\n\x1a\n" + b"inline-picture-bytes-e4d1" * 20
LIMITS = delivery.Limits(max_messages=100, registry_timeout=1)


def mail(address):
    picture = base64.encodebytes(PICTURE).decode()
    return (f"From: Shop <shop@example.test>\r\nTo: {address}\r\nSubject: {SUBJECT}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            f"<p>{BODY}</p><img src=\"cid:pic@x\"><img src=\"https://remote.example/t.png\">\r\n"
            "--b\r\nContent-Type: image/png; name=p.png\r\nContent-ID: <pic@x>\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{picture}--b--\r\n").encode()


SECRETS = (SUBJECT.encode(), b"hush-hush-91c2", b"538201", b"inline-picture-bytes-e4d1",
           base64.encodebytes(PICTURE)[:40])


def plain_hits(folder):
    """Return the files under folder holding a secret of the test mail in plain text."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as handle:
                data = handle.read()
            found += [(path, secret) for secret in SECRETS if secret in data]
    return found


@pytest.fixture
def service(data_dir):
    inboxes = Inboxes(helpers.settings(data_dir))
    inboxes.ensure_ready()
    return inboxes


def received(service, data_dir):
    issued = service.create(domain=helpers.DOMAIN)
    assert delivery.deliver(data_dir, issued.address, mail(issued.address), LIMITS) == \
        delivery.DELIVERED
    return issued, service.by_token(issued.token)


def read_everything(service, entry):
    [item] = service.messages(entry)
    message = service.message(entry, item["id"])
    html = service.message_html(entry, item["id"], lambda index: f"/part/{index}")
    service.message_html(entry, item["id"], lambda index: f"/part/{index}", remote=True)
    meta, chunks, _ = service.attachment_stream(entry, item["id"], message["attachments"][0]["index"])
    return item, message, html, b"".join(chunks)


def test_the_owner_reads_everything_and_the_disk_holds_no_plain_byte(service, data_dir):
    issued, entry = received(service, data_dir)
    assert entry.sealed and entry.key is not None
    item, message, html, picture = read_everything(service, entry)
    assert item["subject"] == SUBJECT and item["code"] == "538201"
    assert item["size"] == len(mail(issued.address)) == message["size"]
    assert BODY in html and picture == PICTURE
    assert service.raw(entry, item["id"]) == mail(issued.address)
    assert b"".join(service.raw_stream(entry, item["id"])) == mail(issued.address)
    index = message["attachments"][0]["index"]
    assert service.attachment(entry, item["id"], index)[1] == PICTURE
    cache = os.path.join(service.mailbox_path(entry), ".cache")
    assert len(os.listdir(cache)) >= 3   # the index and both renderings: cached, sealed
    assert plain_hits(data_dir) == []
    [name] = os.listdir(os.path.join(service.mailbox_path(entry), "new"))
    with open(os.path.join(service.mailbox_path(entry), "new", name), "rb") as handle:
        assert sealing.is_sealed(handle.read(len(sealing.MAGIC)))


def test_an_entry_found_without_the_token_reads_nothing(service, data_dir):
    issued, entry = received(service, data_dir)
    [item] = service.messages(entry)
    for keyless in (service.find(issued.address), service.by_mailbox(entry.mailbox_id),
                    service.refresh(service.find(issued.address))):
        assert keyless.sealed
        for method, *args in ((service.messages,), (service.message, item["id"]),
                              (service.raw, item["id"]), (service.raw_stream, item["id"]),
                              (service.attachment_stream, item["id"], 1),
                              (service.wait_for_messages, 0)):
            with pytest.raises(Locked):
                method(keyless, *args)
        assert isinstance(Locked("x"), MessageMissing)   # a face that does not know says 404
        [blind] = service.sizes(keyless)
        assert blind["id"] == item["id"] and blind["size"] == item["size"]
    assert service.message_count(service.find(issued.address)) == 1


def test_refresh_keeps_the_key(service, data_dir):
    _, entry = received(service, data_dir)
    assert service.refresh(entry).key.public_key == entry.public_key   # unwrapped afresh
    key = entry.key
    assert service.refresh(entry).key is key   # or handed over, once unwrapped
    assert service.messages(service.refresh(entry))[0]["subject"] == SUBJECT


def test_a_part_ticket_opens_the_mailbox_for_the_signed_url_only(service, data_dir):
    _, entry = received(service, data_dir)
    ticket = service.part_ticket(entry, "app-secret")
    assert entry.key.cache_key.hex() not in ticket
    opened = service.by_mailbox(entry.mailbox_id, ticket, "app-secret")
    assert service.messages(opened)[0]["subject"] == SUBJECT
    assert service.by_mailbox(entry.mailbox_id, ticket, "other-secret") is None
    assert service.by_mailbox(entry.mailbox_id, "", "app-secret") is None
    other = service.by_token(service.create(domain=helpers.DOMAIN).token)
    assert service.by_mailbox(other.mailbox_id, ticket, "app-secret") is None


def test_a_file_planted_or_tampered_in_a_sealed_mailbox_is_not_a_message(service, data_dir):
    _, entry = received(service, data_dir)
    mailbox = service.mailbox_path(entry)
    planted = maildir.deliver(mailbox, b"From: forger@example.test\r\nSubject: trust me\r\n\r\nx\r\n")
    [real] = [m for m in maildir.list_ids(mailbox) if m != planted]
    with pytest.raises(MessageMissing):
        service.message(entry, planted)
    with pytest.raises(MessageMissing):
        service.raw(entry, planted)
    assert [item["id"] for item in service.messages(entry)] == [real]
    sub, name = maildir.locate(mailbox, real)
    path = os.path.join(mailbox, sub, name)
    with open(path, "r+b") as handle:
        handle.seek(sealing.HEAD + 10)
        byte = handle.read(1)
        handle.seek(sealing.HEAD + 10)
        handle.write(bytes([byte[0] ^ 1]))
    rendering.forget_mailbox(mailbox)
    shutil.rmtree(os.path.join(mailbox, ".cache"))
    with pytest.raises(MessageMissing):
        service.raw(entry, real)


def test_delete_destroys_the_key_first_and_copies_of_the_files_stay_unreadable(service, data_dir,
                                                                               tmp_path):
    issued, entry = received(service, data_dir)
    read_everything(service, entry)
    registry_file = os.path.join(data_dir, "registry.sqlite3")
    copies = tmp_path / "copies"
    shutil.copytree(service.mailbox_path(entry), copies)
    wrapped = entry.wrapped_key
    assert service.delete(entry) == 1
    assert not any(key[0] == service.mailbox_path(entry) for key in rendering._RENDERS.items)
    for suffix in ("", "-wal"):
        if os.path.exists(registry_file + suffix):
            with open(registry_file + suffix, "rb") as handle:
                assert wrapped not in handle.read()
    conn = sqlite3.connect(registry_file)
    try:
        rows = conn.execute("SELECT public_key, wrapped_key FROM addresses").fetchall()
    finally:
        conn.close()
    assert rows == []
    assert service.by_token(issued.token) is None   # even the token opens nothing now
    # The files copied before the delete, with the registry file in hand: nothing comes back.
    assert plain_hits(copies) == [] and plain_hits(data_dir) == []
    for root, _, names in os.walk(copies):
        for name in names:
            stranger = sealing.new_key_pair()
            with pytest.raises(sealing.Unreadable):
                sealing.SealedFile(os.open(os.path.join(root, name), os.O_RDONLY),
                                   sealing.unwrap(sealing.wrap(stranger[1], "t", stranger[0]),
                                                  "t", stranger[0]))


def test_a_plain_mailbox_from_before_keeps_working(service, data_dir):
    """An address registered before encryption at rest (no key) gets and shows plain mail."""
    address, token, _ = helpers.plain_inbox(service)
    assert delivery.deliver(data_dir, address, mail(address), LIMITS) == delivery.DELIVERED
    entry = service.by_token(token)
    assert not entry.sealed and entry.key is None
    item, message, html, picture = read_everything(service, entry)
    assert item["subject"] == SUBJECT and BODY in html and picture == PICTURE
    assert item["size"] == len(mail(address))
    found = service.find(address)   # plain: readable by address too, as before
    assert service.messages(found)[0]["subject"] == SUBJECT
    [name] = os.listdir(os.path.join(service.mailbox_path(entry), "new"))
    with open(os.path.join(service.mailbox_path(entry), "new", name), "rb") as handle:
        assert handle.read() == mail(address)


def site_with_inbox(data_dir):
    app, site, service, entry = helpers.site_with_inbox(data_dir)
    assert delivery.deliver(data_dir, entry.address, mail(entry.address), LIMITS) == \
        delivery.DELIVERED
    return app, site, service, entry


def test_the_site_shows_a_sealed_message_and_its_inline_picture(data_dir):
    app, site, service, entry = site_with_inbox(data_dir)
    [message_id] = maildir.list_ids(service.mailbox_path(entry))
    page = site.get(f"/m/{message_id}").get_data(as_text=True)
    assert SUBJECT in page
    frame = site.get(f"/m/{message_id}/frame").get_data(as_text=True)
    assert BODY in frame
    [part] = re.findall(r'src="(/p/[^"]+)"', frame)
    fresh = app.test_client()   # the sandboxed frame sends no cookie
    response = fresh.get(part)
    assert response.status_code == 200 and response.data == PICTURE
    signed = part.rsplit("/", 1)[1]
    with app.app_context():
        mailbox_id, _, index, ticket = pages._signer().loads(signed)
        assert mailbox_id == entry.mailbox_id and ticket
        old_style = pages._signer().dumps([entry.mailbox_id, message_id, index])
    assert fresh.get(f"/p/{old_style}").status_code == 404   # no ticket: locked, not found
    assert fresh.get(f"/p/{signed[:-3]}xyz").status_code == 404
    assert plain_hits(data_dir) == []


def test_deleting_an_inbox_forgets_its_pages_in_memory(data_dir):
    app, site, service, entry = site_with_inbox(data_dir)
    [message_id] = maildir.list_ids(service.mailbox_path(entry))
    site.get("/")
    site.get(f"/m/{message_id}")
    assert any(key[0] == entry.mailbox_id for key in pages.PAGES.items)
    form = site.get("/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    assert site.post("/delete", data={"csrf_token": token}).status_code == 302
    assert not any(key[0] == entry.mailbox_id for key in pages.PAGES.items)
    assert not any(key[0] == entry.mailbox_id for key in pages.FRAGMENTS.items)
    assert not any(key[0] == service.mailbox_path(entry) for key in rendering._RENDERS.items)
    assert service.mailbox_path(entry) not in rendering._INDEXES.items


def test_a_spoilt_wrapped_key_is_a_registry_error_not_a_crash(service, data_dir):
    issued, entry = received(service, data_dir)
    conn = sqlite3.connect(os.path.join(data_dir, "registry.sqlite3"))
    try:
        spoilt = bytes([entry.wrapped_key[0] ^ 1]) + entry.wrapped_key[1:]
        conn.execute("UPDATE addresses SET wrapped_key = ? WHERE address = ?",
                     (spoilt, issued.address))
        conn.commit()
    finally:
        conn.close()
    spoilt_entry = service.by_token(issued.token)   # found: the key is unwrapped when read
    assert service.etag(spoilt_entry) and service.message_count(spoilt_entry) == 1
    with pytest.raises(RegistryError):
        service.messages(spoilt_entry)
    assert service.by_token("not-the-token") is None


def test_memory_forgets_a_mailbox_purged_by_another_process(service, data_dir):
    _, entry = received(service, data_dir)
    read_everything(service, entry)
    path = service.mailbox_path(entry)
    forgotten = []
    service.forgetters.append(forgotten.append)
    assert path in rendering.remembered_mailboxes()
    service.registry.retire(entry.address)
    shutil.rmtree(path)   # what purge, another process, does
    service._next_sweep = 0.0   # SWEEP_EVERY seconds later
    service.by_token("any-token")   # a request: the sweep is due
    assert path not in rendering.remembered_mailboxes() and forgotten == [entry.mailbox_id]
    service.by_token("any-token")   # not due again so soon: nothing more to do
    assert forgotten == [entry.mailbox_id]
