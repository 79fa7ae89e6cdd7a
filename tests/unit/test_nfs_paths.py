"""What the Maildir writer does for a shared tree on NFS (docs/scale-out.md), without a mount:
a LINK retransmitted after its first attempt worked answers EEXIST, and that is a success;
names carry the host so two nodes never pick the same one."""

import errno
import os

import pytest

from tempmail import atomicfile, maildir

REAL_LINK = os.link


def retransmitted_link(*args, **kwargs):
    """Link for real, then answer as NFS does when the reply to the first LINK was lost."""
    REAL_LINK(*args, **kwargs)
    raise FileExistsError(errno.EEXIST, "File exists")


@pytest.fixture
def folder(tmp_path):
    fd = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    yield tmp_path, fd
    os.close(fd)


def test_a_link_that_worked_but_answered_eexist_is_published(monkeypatch, folder):
    path, fd = folder
    monkeypatch.setattr(os, "link", retransmitted_link)
    name = atomicfile.write(b"whole file", "final", fd)
    assert name == "final"
    assert (path / "final").read_bytes() == b"whole file"
    assert os.listdir(path) == ["final"]          # the private name is gone


def test_eexist_for_another_file_still_refuses_and_leaves_that_file_alone(folder):
    path, fd = folder
    (path / "final").write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        atomicfile.write(b"mine", "final", fd)
    assert (path / "final").read_bytes() == b"someone else's"
    assert os.listdir(path) == ["final"]


def test_link_durably_takes_a_retransmitted_link_as_done(monkeypatch, tmp_path):
    draft, target = tmp_path / "draft", tmp_path / "target"
    draft.write_bytes(b"x")
    monkeypatch.setattr(os, "link", retransmitted_link)
    atomicfile.link_durably(str(draft), str(target))
    assert os.path.samefile(draft, target)
    other = tmp_path / "other"
    other.write_bytes(b"y")
    monkeypatch.setattr(os, "link", REAL_LINK)
    with pytest.raises(FileExistsError):
        atomicfile.link_durably(str(other), str(target))


def test_maildir_deliver_over_a_retransmitted_link_delivers_once(monkeypatch, tmp_path):
    path = maildir.create(str(tmp_path / "mail"), "a" * 32)
    monkeypatch.setattr(os, "link", retransmitted_link)
    message_id = maildir.deliver(path, b"Subject: once\r\n\r\nbody\r\n")
    assert [entry[0] for entry in maildir.entries(path)] == [message_id.split(":")[0]]
    assert os.listdir(os.path.join(path, "tmp")) == []


def test_maildir_names_carry_the_host_and_never_repeat(tmp_path):
    path = maildir.create(str(tmp_path / "mail"), "b" * 32)
    names = {maildir.deliver(path, b"x") for _ in range(50)}
    assert len(names) == 50
    host = os.uname().nodename
    assert all(name.split(",")[0].endswith("." + host) for name in names), names
    keyed = maildir.deliver(path, b"y", key="abc123")
    assert f".Kabc123.{host}," in keyed
