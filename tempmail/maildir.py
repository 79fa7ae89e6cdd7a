"""Maildir storage: deliver durably, list, read, delete. Standard library only.

Layout: <root>/<mailbox-id>/{tmp,new,cur}. File names are
``<time_ns>.P<pid>R<random>.<host>,S=<size>`` (plus ``:2,<flags>`` in cur/), so
they sort by delivery time and carry their size. Message ids handed to the web
and the CLI are the name without the ``:2,`` part; ids coming back are matched
against a directory listing, never joined into a path.

Exim's group can write every folder here, so nothing in them is trusted: the
mailbox folder, its sub-folders and its files are opened through directory
descriptors with ``O_NOFOLLOW``; entries that are not regular files (a planted
symlink, a FIFO) are skipped and counted in ``SKIPPED``, never followed, read
or deleted through.
"""

import errno
import fcntl
import os
import stat
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

SUBDIRS = ("tmp", "new", "cur")
DIR_MODE = 0o2770
FILE_MODE = 0o660
CHUNK = 1 << 16
_HOST = os.uname().nodename.replace("/", "_").replace(":", "_").replace(",", "_") or "localhost"
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: a FIFO planted under a message's name must not hang the reader.
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_REFUSED = (errno.ELOOP, errno.ENOTDIR, errno.EMLINK)

SKIPPED: Counter = Counter()   # things found where only our files belong, by kind
_skipped_lock = threading.Lock()


def root_in(data_dir: str) -> str:
    """Return the folder holding one Maildir per mailbox id inside data_dir."""
    return os.path.join(data_dir, "mail")


class MailboxMissing(Exception):
    """The mailbox folder does not exist (never created, purged, or not a real folder)."""


class MessageMissing(KeyError):
    """No message with that id in the mailbox (never there, or deleted)."""


def _skip(kind: str) -> None:
    with _skipped_lock:
        SKIPPED[kind] += 1


def create(root: str, mailbox_id: str) -> str:
    """Create the Maildir for mailbox_id under root; return its path."""
    os.makedirs(root, mode=DIR_MODE, exist_ok=True)
    path = os.path.join(root, mailbox_id)
    os.mkdir(path, DIR_MODE)
    os.chmod(path, DIR_MODE, follow_symlinks=False)
    for sub in SUBDIRS:
        os.mkdir(os.path.join(path, sub), DIR_MODE)
        os.chmod(os.path.join(path, sub), DIR_MODE, follow_symlinks=False)
    for folder in (path, root):
        fd = os.open(folder, _DIR_FLAGS)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return path


def _open_mailbox(path: str) -> int:
    """Open the mailbox folder, following no symlink at it or at mail/; raise MailboxMissing."""
    parent, name = os.path.split(path.rstrip("/"))
    try:
        parent_fd = os.open(parent or ".", _DIR_FLAGS)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) or exc.errno in _REFUSED:
            raise MailboxMissing(path) from None
        raise
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=parent_fd)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise MailboxMissing(path) from None
        if exc.errno in _REFUSED:
            _skip("mailbox")
            raise MailboxMissing(path) from None
        raise
    finally:
        os.close(parent_fd)


def _open_sub(box_fd: int, sub: str) -> int | None:
    """Open tmp/, new/ or cur/ of an open mailbox; None if absent or not a real folder."""
    try:
        return os.open(sub, _DIR_FLAGS, dir_fd=box_fd)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in _REFUSED:
            _skip("folder")
            return None
        raise


class _Opened:
    """The mailbox folder and the named sub-folders, open as descriptors; closed on exit."""

    def __init__(self, path: str, *subs: str):
        self.path, self.subs, self.fds = path, subs, {}

    def __enter__(self) -> "_Opened":
        self.box = _open_mailbox(self.path)
        try:
            for sub in self.subs:
                self.fds[sub] = _open_sub(self.box, sub)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        for fd in self.fds.values():
            if fd is not None:
                os.close(fd)
        os.close(self.box)


def _unique_name(key: str | None) -> str:
    unique = f"K{key}" if key else f"P{os.getpid()}R{os.urandom(6).hex()}"
    return f"{time.time_ns()}.{unique}.{_HOST}"


def find_key(path: str, key: str) -> str | None:
    """Return the id of the message delivered under key, or None."""
    marker = f".K{key}."
    return next((entry[0] for entry in entries(path) if marker in entry[0]), None)


def deliver(path: str, stream: BinaryIO, max_size: int | None = None,
            key: str | None = None) -> str:
    """Write stream's bytes into the Maildir at path; return the new message id.

    tmp/ name, write, fsync, link into new/, fsync new/, remove the tmp/ name.
    On any error nothing is left in new/ and the error propagates; a mailbox
    or sub-folder that is missing or not a real folder is MailboxMissing.
    key (hex), when given, is written into the name so find_key can tell that
    this delivery already happened (a redelivery after a lost reply).
    """
    if key is not None and not (key.isalnum() and key.isascii()):
        raise ValueError("a delivery key is letters and digits only")
    with _Opened(path, "tmp", "new") as opened:
        tmp, new = opened.fds["tmp"], opened.fds["new"]
        if tmp is None or new is None:
            raise MailboxMissing(path)
        name = _unique_name(key)
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                     FILE_MODE, dir_fd=tmp)
        final = None
        try:
            try:
                size = _copy(stream, fd, max_size)
                os.fsync(fd)
            finally:
                os.close(fd)
            final = f"{name},S={size}"
            os.link(name, final, src_dir_fd=tmp, dst_dir_fd=new, follow_symlinks=False)
            os.fsync(new)
        except BaseException:
            if final is not None:
                _unlink_at(new, final)
            _unlink_at(tmp, name)
            raise
        _unlink_at(tmp, name)
        return final


def _copy(stream: BinaryIO, fd: int, max_size: int | None) -> int:
    """Copy stream into fd; return the byte count; EFBIG past max_size."""
    size = 0
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    read = getattr(stream, "readinto", None)
    while True:
        count = read(buffer) if read else _read_into(stream, buffer)
        if not count:
            return size
        size += count
        if max_size is not None and size > max_size:
            raise OSError(errno.EFBIG, "message larger than the size limit")
        data = view[:count]
        while data:
            data = data[os.write(fd, data):]


def _read_into(stream: BinaryIO, buffer: bytearray) -> int:
    data = stream.read(len(buffer))
    buffer[:len(data)] = data
    return len(data)


def _unlink_at(dir_fd: int, name: str) -> None:
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        pass


def entries(path: str) -> list[tuple[str, str, str]]:
    """Return (message_id, subdir, filename) for every regular file in new/ and cur/."""
    found = []
    with _Opened(path, "new", "cur") as opened:
        for sub in ("new", "cur"):
            fd = opened.fds[sub]
            if fd is None:
                continue
            with os.scandir(fd) as listing:
                for item in listing:
                    if item.name.startswith("."):
                        continue
                    try:
                        regular = item.is_file(follow_symlinks=False)
                    except OSError:
                        regular = False
                    if not regular:
                        _skip("entry")
                        continue
                    found.append((item.name.split(":", 1)[0], sub, item.name))
    return found


def order_key(message_id: str) -> tuple[int, str]:
    """Return the sort key of a message id: delivery time, then the id."""
    head = message_id.split(".", 1)[0]
    return (int(head) if head.isdigit() else 0, message_id)


def list_ids(path: str) -> list[str]:
    """Return the message ids in the Maildir at path, newest first."""
    return sorted((entry[0] for entry in entries(path)), key=order_key, reverse=True)


def state(path: str) -> tuple[int, int] | None:
    """Return a cheap value that changes when a message arrives in or leaves the Maildir."""
    try:
        return tuple(os.stat(os.path.join(path, sub), follow_symlinks=False).st_mtime_ns
                     for sub in ("new", "cur"))
    except (FileNotFoundError, NotADirectoryError):
        return None


def size_of(message_id: str) -> int | None:
    """Return the size recorded in a message id, or None."""
    _, _, size = message_id.rpartition(",S=")
    return int(size) if size.isdigit() else None


def locate(path: str, message_id: str) -> str:
    """Return the file path of message_id in the Maildir at path; raise MessageMissing."""
    for known, sub, filename in entries(path):
        if known == message_id:
            return os.path.join(path, sub, filename)
    raise MessageMissing(message_id)


def _split(path: str, located: str) -> tuple[str, str]:
    """Return (sub-folder, file name) of a located file; it must lie in path's new/ or cur/."""
    folder, filename = os.path.split(located)
    parent, sub = os.path.split(folder)
    if os.path.normpath(parent) != os.path.normpath(path) or sub not in ("new", "cur") \
            or filename in ("", ".", ".."):
        raise MessageMissing(located)
    return sub, filename


def read(path: str, message_id: str, limit: int | None = None, locate=locate) -> bytes:
    """Return the raw bytes of message_id (at most limit); raise MessageMissing.

    locate finds the file; the app passes one that remembers listings. The
    file is opened without following a symlink at any step below path and must
    be a regular file.
    """
    sub, filename = _split(path, locate(path, message_id))
    with _Opened(path, sub) as opened:
        if opened.fds[sub] is None:
            raise MessageMissing(message_id)
        try:
            fd = os.open(filename, _READ_FLAGS, dir_fd=opened.fds[sub])
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) or exc.errno in _REFUSED:
                raise MessageMissing(message_id) from None
            raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            _skip("entry")
            raise MessageMissing(message_id)
        os.set_blocking(fd, True)
        return handle.read() if limit is None else handle.read(limit)


def delete(path: str, message_id: str, locate=locate) -> None:
    """Remove message_id from the Maildir at path; raise MessageMissing."""
    sub, filename = _split(path, locate(path, message_id))
    with _Opened(path, sub) as opened:
        if opened.fds[sub] is None:
            raise MessageMissing(message_id)
        try:
            os.unlink(filename, dir_fd=opened.fds[sub])
        except FileNotFoundError:
            raise MessageMissing(message_id) from None


def trim(path: str, keep: int, max_bytes: int | None = None) -> int:
    """Delete the oldest messages until at most keep remain, holding at most max_bytes.

    Return how many went. The newest message always stays (max_bytes is at
    least the size limit). Serialized per mailbox with flock on the mailbox
    folder, so concurrent deliveries never delete more than needed.
    """
    def over(found: list) -> bool:
        if len(found) > keep:
            return True
        return max_bytes is not None and \
            sum(size_of(entry[0]) or 0 for entry in found) > max_bytes
    if not over(entries(path)):
        return 0
    with _Opened(path, "new", "cur") as opened:
        fcntl.flock(opened.box, fcntl.LOCK_EX)
        oldest_first = sorted(entries(path), key=lambda entry: order_key(entry[0]))
        removed = 0
        while len(oldest_first) > 1 and over(oldest_first):
            _, sub, filename = oldest_first.pop(0)
            if opened.fds[sub] is not None:
                _unlink_at(opened.fds[sub], filename)
            removed += 1
        return removed


def clean_tmp(path: str, older_than: float, dry_run: bool = False) -> int:
    """Remove files in tmp/ last changed before older_than (Unix seconds); return the count.

    Only regular files count; a planted symlink is skipped and counted, never
    followed, and a symlinked tmp/ is not entered.
    """
    count = 0
    with _Opened(path, "tmp") as opened:
        fd = opened.fds["tmp"]
        if fd is None:
            return 0
        with os.scandir(fd) as listing:
            for item in listing:
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if not stat.S_ISREG(info.st_mode):
                    _skip("entry")
                    continue
                if info.st_mtime < older_than:
                    count += 1
                    if not dry_run:
                        _unlink_at(fd, item.name)
    return count


def remove_mailbox(path: str) -> None:
    """Remove a mailbox folder and all in it; a symlink in its place is removed, not followed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        _skip("mailbox")
        os.unlink(path)
        return
    try:
        shutil.rmtree(path)  # fd-based on Linux: unlinks symlinks inside, follows none
    except FileNotFoundError:
        pass
