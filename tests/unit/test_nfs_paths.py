"""What the Maildir writer does for a shared tree on NFS (docs/scale-out.md), without a mount:
a LINK retransmitted after its first attempt worked answers EEXIST, and that is a success;
names carry the host so two nodes never pick the same one."""

import errno
import fcntl
import os
import stat

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


def nfs_flock(real):
    """fcntl.flock as over NFS: a folder cannot be locked (byte-range locks need a writable file)."""
    def flock(fd, operation):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EBADF, "Bad file descriptor")
        return real(fd, operation)
    return flock


def test_trim_locks_a_file_where_a_folder_cannot_be_locked(monkeypatch, tmp_path):
    path = maildir.create(str(tmp_path / "mail"), "c" * 32)
    ids = [maildir.deliver(path, f"Subject: {n}\r\n\r\n".encode()) for n in range(5)]
    monkeypatch.setattr(fcntl, "flock", nfs_flock(fcntl.flock))
    assert maildir.trim(path, keep=3) == 2
    assert sorted(entry[0] for entry in maildir.entries(path)) == sorted(
        message_id.split(":")[0] for message_id in ids[2:])
    assert os.listdir(os.path.join(path, "tmp")) == [maildir.TRIM_LOCK]
    assert maildir.trim(path, keep=3) == 0


def test_trim_still_refuses_a_lock_error_that_is_not_nfs(monkeypatch, tmp_path):
    path = maildir.create(str(tmp_path / "mail"), "d" * 32)
    for n in range(3):
        maildir.deliver(path, f"Subject: {n}\r\n\r\n".encode())

    def broken(fd, operation):
        raise OSError(errno.EIO, "I/O error")
    monkeypatch.setattr(fcntl, "flock", broken)
    with pytest.raises(OSError) as refused:
        maildir.trim(path, keep=1)
    assert refused.value.errno == errno.EIO
    assert len(maildir.entries(path)) == 3
