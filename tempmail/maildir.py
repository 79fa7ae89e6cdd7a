"""The mailbox store: one Maildir per address. Standard library only.

Layout: <root>/<mailbox-id>/{tmp,new,cur}. File names are
``<time_ns>.<unique>.<host>[,T=<tag>],S=<size>`` (plus ``:2,<flags>`` in cur/), so
they sort by delivery time and carry their size and the tag of a plus-address
(local+tag@domain; see tag_of); ``<unique>`` is ``K<key>`` for a
keyed delivery (see find_key), else pid and random. Message ids handed to the
web and the CLI are the name without the ``:2,`` part; ids coming back are
matched against a directory listing, never joined into a path.

This module is the one owner of the Maildir: create, deliver, list (cached on
the folders' mtimes), locate, read, stream, delete, etag, trim and remove.
Nothing in a mailbox is trusted (Exim's group can write it): every folder and
file is opened through safedir, and what is not a regular file is skipped.
"""

from collections.abc import Iterator
import contextlib
import errno
import fcntl
import hashlib
import os
import re
import shutil
import stat
import threading
import time
from typing import BinaryIO, NamedTuple

from tempmail import atomicfile, safedir
from tempmail.memo import Memo
from tempmail.safedir import SKIPPED, Opened  # noqa: F401 (SKIPPED is part of the store's face)

SUBDIRS = ("tmp", "new", "cur")
DIR_MODE = 0o2770
FILE_MODE = 0o660
CHUNK = 1 << 16
RECENT_NS = 50_000_000
"""A listing younger than this is not cached: file times are coarse, and two deliveries
in one tick would otherwise look like one."""
TAG_FIELD = ",T="
_TAG_CHARS = re.compile(r"[a-z0-9._-]{1,64}")
_HOST = os.uname().nodename.replace("/", "_").replace(":", "_").replace(",", "_") or "localhost"


class MailboxMissing(Exception):
    """The mailbox folder does not exist (never created, purged, or not a real folder)."""


class MessageMissing(KeyError):
    """No message with that id in the mailbox (never there, or deleted)."""


class Listing(NamedTuple):
    """What a mailbox holds: ids newest first, where each lies, and the state it was read at."""

    ids: list
    places: dict          # id -> (sub-folder, file name)
    state: tuple | None   # None: too recent to stand for the contents


def root_in(data_dir: str) -> str:
    """Return the folder holding one Maildir per mailbox id inside data_dir."""
    return os.path.join(data_dir, "mail")


class _opened(Opened):
    """safedir.Opened whose missing or planted mailbox is MailboxMissing."""

    def __enter__(self) -> Opened:
        try:
            return super().__enter__()
        except safedir.NotAFolder:
            raise MailboxMissing(self.path) from None


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
        fd = os.open(folder, safedir.DIR_FLAGS)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return path


def deliver(path: str, source: BinaryIO | bytes, max_size: int | None = None,
            key: str | None = None, tag: str | None = None) -> str:
    """Write source's bytes into the Maildir at path durably; return the new message id.

    tmp/ name, write, fsync, link into new/, fsync new/ (atomicfile.write). On
    any error nothing is left in new/ and the error propagates; a mailbox or
    sub-folder that is missing or not a real folder is MailboxMissing. key
    (letters and digits), when given, is written into the name so find_key can
    tell this delivery already happened (a redelivery after a lost reply). tag
    (lower-case letters, digits, '.', '-', '_'), when given, is kept in the name.
    """
    if key is not None and not (key.isalnum() and key.isascii()):
        raise ValueError("a delivery key is letters and digits only")
    if tag is not None and not _TAG_CHARS.fullmatch(tag):
        raise ValueError("a tag is lower-case letters, digits, '.', '-' and '_' only")
    unique = f"K{key}" if key else f"P{os.getpid()}R{os.urandom(6).hex()}"
    name = f"{time.time_ns()}.{unique}.{_HOST}" + (f"{TAG_FIELD}{tag}" if tag else "")
    with _opened(path, "tmp", "new") as opened:
        tmp, new = opened.fds["tmp"], opened.fds["new"]
        if tmp is None or new is None:
            raise MailboxMissing(path)
        return atomicfile.write(source, lambda size: f"{name},S={size}", new, tmp_dir_fd=tmp,
                                tmp_name=name, mode=FILE_MODE, max_size=max_size)


def find_key(path: str, key: str) -> str | None:
    """Return the id of the message delivered under key, or None."""
    marker = f".K{key}."
    return next((message_id for message_id in listing(path).ids if marker in message_id), None)


def entries(path: str) -> list[tuple[str, str, str]]:
    """Return (message_id, subdir, filename) for every regular file in new/ and cur/."""
    found = []
    with _opened(path, "new", "cur") as opened:
        for sub in ("new", "cur"):
            fd = opened.fds[sub]
            if fd is None:
                continue
            with os.scandir(fd) as listed:
                for item in listed:
                    if item.name.startswith("."):
                        continue
                    try:
                        regular = item.is_file(follow_symlinks=False)
                    except OSError:
                        regular = False
                    if not regular:
                        safedir.skip("entry")
                        continue
                    found.append((item.name.split(":", 1)[0], sub, item.name))
    return found


def order_key(message_id: str) -> tuple[int, str]:
    """Return the sort key of a message id: delivery time, then the id."""
    head = message_id.split(".", 1)[0]
    return (int(head) if head.isdigit() else 0, message_id)


_LISTINGS = Memo(2048)
"""Listings per mailbox, kept while the folders' mtimes stand still (as mailbox.Maildir)."""


def state(path: str) -> tuple[int, ...] | None:
    """Return a cheap value that changes when a message arrives in or leaves the Maildir."""
    try:
        return tuple(os.stat(os.path.join(path, sub), follow_symlinks=False).st_mtime_ns
                     for sub in ("new", "cur"))
    except (FileNotFoundError, NotADirectoryError):
        return None


_ANNOUNCED: dict[str, set[str]] = {}
"""Names another node said it delivered, per mailbox, until a listing of new/ shows them."""
_ANNOUNCED_LOCK = threading.Lock()
MAX_ANNOUNCED = 256
"""Names kept per mailbox; more than a listing needs before the folder shows them itself."""
MAX_ANNOUNCED_MAILBOXES = 4096
"""Mailboxes with pending names; the oldest are forgotten first (their folders catch up)."""


def announce(path: str, message_id: str) -> None:
    """Note that message_id was delivered into the Maildir at path (by another node).

    Over NFS a client caches a folder's attributes and listing for seconds, but
    looks a new name up at the server: the next listing adds the name, checked
    by lstat, until new/ shows it. Unsafe names are ignored.
    """
    if not message_id or message_id.startswith(".") or "/" in message_id or "\0" in message_id:
        return
    with _ANNOUNCED_LOCK:
        names = _ANNOUNCED.pop(path, set())
        if len(names) < MAX_ANNOUNCED:
            names.add(message_id)
        _ANNOUNCED[path] = names          # newest last
        while len(_ANNOUNCED) > MAX_ANNOUNCED_MAILBOXES:
            del _ANNOUNCED[next(iter(_ANNOUNCED))]
    _LISTINGS.discard(path)


def _announced(path: str, places: dict) -> bool:
    """Add announced names missing from places that exist in new/; return True if any was added."""
    with _ANNOUNCED_LOCK:
        names = _ANNOUNCED.get(path)
        if not names:
            return False
        listed = set(places)
        waiting = names - listed
        names.difference_update(names & listed)
        if not names:
            del _ANNOUNCED[path]
    added, gone = False, set()
    for name in waiting:
        try:
            info = os.lstat(os.path.join(path, "new", name))
        except OSError:
            gone.add(name)   # deleted, or moved to cur/ (a listing shows it there)
            continue
        if stat.S_ISREG(info.st_mode):
            places[name] = ("new", name)
            added = True
    if gone:
        with _ANNOUNCED_LOCK:
            if path in _ANNOUNCED:
                _ANNOUNCED[path] -= gone
                if not _ANNOUNCED[path]:
                    del _ANNOUNCED[path]
    return added


def listing(path: str) -> Listing:
    """Return the mailbox's Listing, from memory while new/ and cur/ are unchanged."""
    current = state(path)
    if current is None:
        raise MailboxMissing(path)
    if time.time_ns() - max(current) < RECENT_NS:
        current = None
    elif (cached := _LISTINGS.get(path)) is not None and cached.state == current:
        return cached
    places = {message_id: (sub, filename) for message_id, sub, filename in entries(path)}
    if _announced(path, places):
        current = None     # the folder's own listing is behind: do not keep this one
    found = Listing(sorted(places, key=order_key, reverse=True), places, current)
    if current is not None:
        _LISTINGS.put(path, found)
    return found


def list_ids(path: str) -> list[str]:
    """Return the message ids in the Maildir at path, newest first."""
    return listing(path).ids


def etag(path: str, extra: str = "") -> str:
    """Return a validator that changes whenever a message arrives or leaves.

    Made from the ids alone (a message's bytes never change), so the same
    contents give the same validator however fresh the listing is.
    """
    found = listing(path)
    return hashlib.sha256(("\n".join(found.ids) + "|" + extra).encode()).hexdigest()[:32]


def tag_of(message_id: str) -> str | None:
    """Return the tag recorded in a message id (local+tag@domain), or None."""
    _, found, rest = message_id.partition(TAG_FIELD)
    tag = rest.split(",", 1)[0]
    return tag if found and _TAG_CHARS.fullmatch(tag) else None


def size_of(message_id: str) -> int | None:
    """Return the size recorded in a message id, or None."""
    _, _, size = message_id.rpartition(",S=")
    return int(size) if size.isdigit() else None


def locate(path: str, message_id: str) -> tuple[str, str]:
    """Return (sub-folder, file name) of message_id in the Maildir at path; raise MessageMissing."""
    place = listing(path).places.get(message_id)
    if place is None:
        raise MessageMissing(message_id)
    return place


def open_message(path: str, message_id: str) -> BinaryIO:
    """Return message_id's file open for reading; raise MessageMissing.

    Opened without following a symlink at any step below path; it must be a
    regular file. The caller closes it.
    """
    sub, filename = locate(path, message_id)
    with _opened(path, sub) as opened:
        if opened.fds[sub] is None:
            raise MessageMissing(message_id)
        try:
            fd = os.open(filename, safedir.READ_FLAGS, dir_fd=opened.fds[sub])
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) or exc.errno in safedir.REFUSED:
                raise MessageMissing(message_id) from None
            raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        safedir.skip("entry")
        raise MessageMissing(message_id)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read(path: str, message_id: str, limit: int | None = None) -> bytes:
    """Return the raw bytes of message_id (at most limit); raise MessageMissing."""
    with open_message(path, message_id) as handle:
        return handle.read() if limit is None else handle.read(limit)


def stream(path: str, message_id: str, chunk: int = CHUNK) -> Iterator[bytes]:
    """Open message_id now (raise MessageMissing) and return an iterator over its bytes."""
    handle = open_message(path, message_id)

    def chunks() -> Iterator[bytes]:
        with handle:
            while data := handle.read(chunk):
                yield data
    return chunks()


def delete(path: str, message_id: str) -> None:
    """Remove message_id from the Maildir at path; raise MessageMissing."""
    sub, filename = locate(path, message_id)
    with _opened(path, sub) as opened:
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
    folder (or a lock file where a folder cannot be locked, as on NFS), so
    concurrent deliveries never delete more than needed.
    """
    def over(found: list) -> bool:
        if len(found) > keep:
            return True
        return max_bytes is not None and \
            sum(size_of(entry[0]) or 0 for entry in found) > max_bytes
    if not over(entries(path)):
        return 0
    with _opened(path, "new", "cur", "tmp") as opened, _trim_lock(opened):
        oldest_first = sorted(entries(path), key=lambda entry: order_key(entry[0]))
        removed = 0
        while len(oldest_first) > 1 and over(oldest_first):
            _, sub, filename = oldest_first.pop(0)
            folder = opened.fds[sub]
            if folder is not None:
                atomicfile.unlink(filename, folder)
            removed += 1
        return removed


TRIM_LOCK = ".trim.lock"
"""In tmp/: the lock file trim falls back to where a folder cannot be locked (NFS)."""


@contextlib.contextmanager
def _trim_lock(opened: Opened) -> Iterator[None]:
    """Hold the mailbox's trim lock: flock on its folder, or on tmp/TRIM_LOCK over NFS.

    NFS emulates flock with byte-range locks, which need a file opened for writing:
    a folder's lock is refused there (EBADF, ENOLCK), and a file serves instead.
    """
    fd = None
    try:
        fcntl.flock(opened.fd, fcntl.LOCK_EX)
    except OSError as exc:
        if exc.errno not in (errno.EBADF, errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP) \
                or opened.fds.get("tmp") is None:
            raise
        fd = os.open(TRIM_LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC,
                     FILE_MODE, dir_fd=opened.fds["tmp"])
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


def clean_tmp(path: str, older_than: float, dry_run: bool = False) -> int:
    """Remove files in tmp/ last changed before older_than (Unix seconds); return the count.

    Only regular files count; a planted symlink is skipped and counted, never
    followed, and a symlinked tmp/ is not entered.
    """
    count = 0
    with _opened(path, "tmp") as opened:
        fd = opened.fds["tmp"]
        if fd is None:
            return 0
        with os.scandir(fd) as listed:
            for item in listed:
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if not stat.S_ISREG(info.st_mode):
                    safedir.skip("entry")
                    continue
                if info.st_mtime < older_than:
                    count += 1
                    if not dry_run:
                        atomicfile.unlink(item.name, fd)
    return count


def remove_mailbox(path: str) -> None:
    """Remove a mailbox folder and all in it; a symlink in its place is removed, not followed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(info.st_mode):
        safedir.skip("mailbox")
        os.unlink(path)
        return
    try:
        shutil.rmtree(path)  # fd-based on Linux: unlinks symlinks inside, follows none
    except FileNotFoundError:
        pass


def known_mailboxes(root: str) -> list[str]:
    """Return the names in the mail root (mailbox ids, and anything planted there)."""
    try:
        return os.listdir(root)
    except FileNotFoundError:
        return []
