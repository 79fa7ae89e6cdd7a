"""Nothing the Exim user plants in a Maildir is followed, read, written or deleted through.

Exim's group may write every mailbox folder, so a compromised Exim can plant
symlinks (and FIFOs) where the app, the router and purge look. Each test plants
one, points it at a file or folder outside the data dir, and proves the outside
stays untouched and unread.
"""

import io
import os
import time

import pytest

from tempmail import maildir, purge
from tempmail.inboxes import Inboxes

import helpers

SECRET = b"root-only secret, never to be served\n"
FAKE_ID = f"{time.time_ns() + 10**12}.P1R000000000000.planted,S={len(SECRET)}"


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def outside(tmp_path):
    """A root-only file and a folder outside the data dir, both old enough to look stale."""
    folder = tmp_path / "outside"
    folder.mkdir()
    secret = folder / "secret"
    secret.write_bytes(SECRET)
    secret.chmod(0o600)
    for sub in ("tmp", "new", "cur"):
        (folder / sub).mkdir()
        (folder / sub / FAKE_ID).write_bytes(SECRET)
    old = time.time() - 40 * 3600
    for path in [secret] + [folder / sub / FAKE_ID for sub in ("tmp", "new", "cur")]:
        os.utime(path, (old, old))
    return folder


@pytest.fixture
def clock():
    return Clock(time.time())


@pytest.fixture
def service(data_dir, clock):
    inboxes = Inboxes(helpers.settings(data_dir), clock=clock)
    inboxes.ensure_ready()
    return inboxes


@pytest.fixture
def issued(service):
    issued = service.create(lifetime=3600)
    maildir.deliver(service.mailbox_path(issued.entry), io.BytesIO(b"Subject: real\n\nhello\n"))
    return issued


def untouched(outside):
    assert (outside / "secret").read_bytes() == SECRET
    for sub in ("tmp", "new", "cur"):
        assert (outside / sub / FAKE_ID).read_bytes() == SECRET
    assert sorted(os.listdir(outside)) == ["cur", "new", "secret", "tmp"]
    assert all(os.listdir(outside / sub) == [FAKE_ID] for sub in ("tmp", "new", "cur"))


@pytest.mark.parametrize("sub", ["new", "cur"])
def test_a_symlinked_message_is_not_listed_nor_read(service, issued, outside, sub, monkeypatch):
    box = service.mailbox_path(issued.entry)
    before = maildir.SKIPPED["entry"]
    os.symlink(outside / "secret", os.path.join(box, sub, FAKE_ID))
    ids = maildir.list_ids(box)
    assert len(ids) == 1 and FAKE_ID not in ids
    assert maildir.SKIPPED["entry"] > before
    with pytest.raises(maildir.MessageMissing):
        maildir.read(box, FAKE_ID)
    # even a locate that trusts the planted name does not open through the link
    monkeypatch.setattr(maildir, "locate", lambda path, _: (sub, FAKE_ID))
    with pytest.raises(maildir.MessageMissing):
        maildir.read(box, FAKE_ID)
    untouched(outside)


def test_a_planted_fifo_does_not_hang_the_reader(service, issued, monkeypatch):
    box = service.mailbox_path(issued.entry)
    os.mkfifo(os.path.join(box, "new", FAKE_ID))
    assert FAKE_ID not in maildir.list_ids(box)
    monkeypatch.setattr(maildir, "locate", lambda path, _: ("new", FAKE_ID))
    with pytest.raises(maildir.MessageMissing):
        maildir.read(box, FAKE_ID)


def test_the_api_serves_no_planted_file(app, data_dir, outside):
    client = app.test_client()
    token = client.post("/api/v1/inboxes", json={}).get_json()["token"]
    service = app.extensions["tempmail"]
    box = service.mailbox_path(service.by_token(token))
    os.symlink(outside / "secret", os.path.join(box, "new", FAKE_ID))
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/inbox/messages", headers=headers).get_json() == {"messages": []}
    for path in (f"/api/v1/inbox/messages/{FAKE_ID}/raw", f"/api/v1/inbox/messages/{FAKE_ID}"):
        response = client.get(path, headers=headers)
        assert response.status_code == 404 and SECRET not in response.data
    assert client.delete(f"/api/v1/inbox/messages/{FAKE_ID}", headers=headers).status_code == 404
    untouched(outside)


@pytest.mark.parametrize("sub", ["new", "tmp"])
def test_delivery_refuses_a_symlinked_folder(service, issued, outside, sub):
    box = service.mailbox_path(issued.entry)
    os.rename(os.path.join(box, sub), os.path.join(box, sub + ".real"))
    os.symlink(outside / sub, os.path.join(box, sub))
    with pytest.raises(maildir.MailboxMissing):
        maildir.deliver(box, io.BytesIO(b"Subject: x\n\nbody\n"))
    untouched(outside)


def test_a_symlinked_new_folder_is_not_listed(service, issued, outside):
    box = service.mailbox_path(issued.entry)
    os.rename(os.path.join(box, "new"), os.path.join(box, "new.real"))
    os.symlink(outside / "new", os.path.join(box, "new"))
    assert maildir.list_ids(box) == []
    untouched(outside)


def test_purge_never_deletes_through_a_tmp_symlink(service, issued, outside, clock):
    box = service.mailbox_path(issued.entry)
    link = os.path.join(box, "tmp", "planted")
    os.symlink(outside / "secret", link)
    os.utime(link, (clock.now - 40 * 3600,) * 2, follow_symlinks=False)
    purge.purge(service, now=clock.now)
    assert os.path.islink(link)  # skipped, not followed and not deleted
    untouched(outside)


def test_purge_never_enters_a_symlinked_tmp_folder(service, issued, outside, clock):
    box = service.mailbox_path(issued.entry)
    os.rename(os.path.join(box, "tmp"), os.path.join(box, "tmp.real"))
    os.symlink(outside / "tmp", os.path.join(box, "tmp"))
    counts = purge.purge(service, now=clock.now)
    assert counts.stale == 0
    untouched(outside)


def test_a_symlinked_mailbox_is_missing_and_purged_as_a_link(service, outside, clock):
    issued = service.create(lifetime=60)
    box = service.mailbox_path(issued.entry)
    maildir.remove_mailbox(box)
    os.symlink(outside, box)
    with pytest.raises(maildir.MailboxMissing):
        maildir.list_ids(box)
    with pytest.raises(maildir.MailboxMissing):
        maildir.deliver(box, io.BytesIO(b"x"))
    clock.now += 61
    counts = purge.purge(service, now=clock.now)
    assert counts.mailboxes == 1 and counts.messages == 0
    assert not os.path.lexists(box)
    untouched(outside)


def test_deleting_an_inbox_with_a_symlinked_mailbox_removes_only_the_link(service, outside):
    issued = service.create(lifetime=600)
    box = service.mailbox_path(issued.entry)
    maildir.remove_mailbox(box)
    os.symlink(outside, box)
    assert service.delete(issued.entry) == 0
    assert not os.path.lexists(box)
    untouched(outside)


def test_an_orphan_symlink_is_removed_as_a_link(service, outside, clock):
    link = os.path.join(service.mail_root, "0" * 32)
    os.symlink(outside, link)
    counts = purge.purge(service, now=clock.now)
    assert counts.orphans == 1 and not os.path.lexists(link)
    untouched(outside)
