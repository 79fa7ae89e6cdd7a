import errno
import io
import os

import pytest

from tempmail import maildir


@pytest.fixture
def box(tmp_path):
    return maildir.create(str(tmp_path / "mail"), "box1")


def test_create_makes_the_three_folders(box):
    assert sorted(os.listdir(box)) == ["cur", "new", "tmp"]


def test_deliver_writes_the_exact_bytes_into_new(box):
    data = bytes(range(256)) * 1000 + b"\nFrom the end\n.\n"
    message_id = maildir.deliver(box, io.BytesIO(data))
    assert os.listdir(os.path.join(box, "tmp")) == []
    assert os.listdir(os.path.join(box, "new")) == [message_id]
    assert maildir.read(box, message_id) == data
    assert maildir.size_of(message_id) == len(data)


def test_ids_sort_newest_first_and_are_found_in_cur_too(box):
    first = maildir.deliver(box, io.BytesIO(b"1"))
    second = maildir.deliver(box, io.BytesIO(b"2"))
    os.rename(os.path.join(box, "new", first), os.path.join(box, "cur", first + ":2,S"))
    assert maildir.list_ids(box) == [second, first]
    assert maildir.read(box, first) == b"1"


def test_unknown_ids_are_key_errors_never_paths(box):
    maildir.deliver(box, io.BytesIO(b"x"))
    for bad in ("../../etc/passwd", "nope", "", "new"):
        with pytest.raises(KeyError):
            maildir.read(box, bad)
        with pytest.raises(KeyError):
            maildir.delete(box, bad)


def test_delete(box):
    message_id = maildir.deliver(box, io.BytesIO(b"x"))
    maildir.delete(box, message_id)
    assert maildir.list_ids(box) == []


def test_a_missing_mailbox_is_reported(tmp_path):
    with pytest.raises(maildir.MailboxMissing):
        maildir.deliver(str(tmp_path / "gone"), io.BytesIO(b"x"))
    with pytest.raises(maildir.MailboxMissing):
        maildir.list_ids(str(tmp_path / "gone"))


@pytest.mark.parametrize("target", ["write", "fsync", "link"])
def test_a_failure_leaves_nothing_behind(box, monkeypatch, target):
    real = getattr(maildir.os, target)
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if target != "fsync" or len(calls) == 1:
            raise OSError(errno.EIO, "I/O error")
        return real(*args, **kwargs)
    monkeypatch.setattr(maildir.os, target, failing)
    with pytest.raises(OSError):
        maildir.deliver(box, io.BytesIO(b"hello" * 100000))
    monkeypatch.undo()
    assert os.listdir(os.path.join(box, "new")) == []
    assert os.listdir(os.path.join(box, "tmp")) == []


def test_a_failed_directory_fsync_removes_the_new_entry(box, monkeypatch):
    real, calls = os.fsync, []

    def failing(fd):
        calls.append(fd)
        if len(calls) == 2:  # the file first, then new/
            raise OSError(errno.EIO, "I/O error")
        return real(fd)
    monkeypatch.setattr(maildir.os, "fsync", failing)
    with pytest.raises(OSError):
        maildir.deliver(box, io.BytesIO(b"x"))
    monkeypatch.undo()
    assert len(calls) == 2
    assert os.listdir(os.path.join(box, "new")) == []
    assert os.listdir(os.path.join(box, "tmp")) == []


def test_trim_drops_the_oldest(box):
    ids = [maildir.deliver(box, io.BytesIO(str(i).encode())) for i in range(5)]
    assert maildir.trim(box, 5) == 0
    assert maildir.trim(box, 3) == 2
    assert maildir.list_ids(box) == ids[:1:-1]


def test_size_limit(box):
    with pytest.raises(OSError):
        maildir.deliver(box, io.BytesIO(b"x" * 100), max_size=10)
    assert maildir.list_ids(box) == []


def test_trim_by_bytes_drops_the_oldest_and_keeps_the_newest(tmp_path):
    path = maildir.create(str(tmp_path), "box")
    ids = [maildir.deliver(path, io.BytesIO(b"x" * 1000)) for _ in range(5)]
    assert maildir.trim(path, keep=100, max_bytes=2500) == 3
    assert sorted(maildir.list_ids(path)) == sorted(ids[3:])
    assert maildir.trim(path, keep=100, max_bytes=10) == 1  # the newest always stays
    assert maildir.list_ids(path) == [ids[4]]


def test_a_keyed_delivery_is_found_again(box):
    assert maildir.find_key(box, "ab12") is None
    message_id = maildir.deliver(box, io.BytesIO(b"x"), key="ab12")
    assert ".Kab12." in message_id and maildir.find_key(box, "ab12") == message_id
    os.rename(os.path.join(box, "new", message_id), os.path.join(box, "cur", message_id + ":2,S"))
    assert maildir.find_key(box, "ab12") == message_id
    assert maildir.find_key(box, "ab1") is None
    with pytest.raises(ValueError):
        maildir.deliver(box, io.BytesIO(b"x"), key="../x")


def test_an_announced_name_is_listed_before_the_folder_shows_it(tmp_path, monkeypatch):
    """Another node delivered; this node's cached view of new/ is behind (NFS): the name
    announced over the database is looked up by name and listed at once."""
    path = maildir.create(str(tmp_path), "a" * 32)
    first = maildir.deliver(path, b"Subject: one\r\n\r\nx")
    assert maildir.list_ids(path) == [first]
    stale = maildir.entries(path)
    monkeypatch.setattr(maildir, "entries", lambda _path: list(stale))   # readdir is behind
    hidden = "1999999999000000000.Kfromnode2.other,S=5"
    with open(os.path.join(path, "new", hidden), "wb") as handle:
        handle.write(b"hello")
    maildir.announce(path, "../escape")
    maildir.announce(path, ".hidden")
    assert hidden not in maildir.list_ids(path)
    maildir.announce(path, hidden)
    assert maildir.list_ids(path) == [hidden, first]
    assert maildir.read(path, hidden) == b"hello"
    maildir.announce(path, "1.never-arrived,S=1")       # an announcement with no file: ignored
    assert "1.never-arrived,S=1" not in maildir.list_ids(path)
