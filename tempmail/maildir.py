"""Maildir storage: deliver durably, list, read, delete. Standard library only.

Layout: <root>/<mailbox-id>/{tmp,new,cur}. File names are
``<time_ns>.P<pid>R<random>.<host>,S=<size>`` (plus ``:2,<flags>`` in cur/), so
they sort by delivery time and carry their size. Message ids handed to the web
and the CLI are the name without the ``:2,`` part; ids coming back are matched
against a directory listing, never joined into a path.

The delivery path (deliver, trim) runs in the router once per message and uses
the built-in ``posix`` module: importing ``os`` costs the router 1.4 ms
(a seventh of the interpreter's whole start) for nothing it needs.
"""

import posix
import time

SUBDIRS = ("tmp", "new", "cur")
DIR_MODE = 0o2770
FILE_MODE = 0o660
CHUNK = 1 << 16
_HOST = posix.uname().nodename.replace("/", "_").replace(":", "_").replace(",", "_") or "localhost"


def root_in(data_dir):
    """Return the folder holding one Maildir per mailbox id inside data_dir."""
    return f"{data_dir.rstrip('/')}/mail"


def _join(*parts):
    return "/".join(parts)


class MailboxMissing(Exception):
    """The mailbox folder does not exist (never created, or purged)."""


class MessageMissing(KeyError):
    """No message with that id in the mailbox (never there, or deleted)."""


def create(root, mailbox_id):
    """Create the Maildir for mailbox_id under root; return its path."""
    import os
    os.makedirs(root, mode=DIR_MODE, exist_ok=True)
    path = os.path.join(root, mailbox_id)
    os.mkdir(path, DIR_MODE)
    os.chmod(path, DIR_MODE)
    for sub in SUBDIRS:
        os.mkdir(os.path.join(path, sub), DIR_MODE)
        os.chmod(os.path.join(path, sub), DIR_MODE)
    _fsync_dir(path)
    _fsync_dir(root)
    return path


def _fsync_dir(path):
    fd = posix.open(path, posix.O_RDONLY | posix.O_DIRECTORY)
    try:
        posix.fsync(fd)
    finally:
        posix.close(fd)


def _unique_name():
    return f"{time.time_ns()}.P{posix.getpid()}R{posix.urandom(6).hex()}.{_HOST}"


def deliver(path, stream, max_size=None):
    """Write stream's bytes into the Maildir at path; return the new message id.

    tmp/ name, write, fsync, link into new/, fsync new/, remove the tmp/ name.
    On any error nothing is left in new/ and the error propagates.
    """
    name = _unique_name()
    tmp = _join(path, "tmp", name)
    try:
        fd = posix.open(tmp, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL | posix.O_NOFOLLOW
                        | posix.O_CLOEXEC, FILE_MODE)
    except FileNotFoundError:
        raise MailboxMissing(path) from None
    final = None
    try:
        try:
            size = 0
            read = getattr(stream, "readinto", None)
            buffer = bytearray(CHUNK)
            view = memoryview(buffer)
            while True:
                count = read(buffer) if read else _read_into(stream, buffer)
                if not count:
                    break
                size += count
                if max_size is not None and size > max_size:
                    raise OSError(27, "message larger than the size limit")  # EFBIG
                _write_all(fd, view[:count])
            posix.fsync(fd)
        finally:
            posix.close(fd)
        final = _join(path, "new", f"{name},S={size}")
        posix.link(tmp, final)
        _fsync_dir(_join(path, "new"))
    except BaseException:
        if final is not None:
            _remove(final)
        _remove(tmp)
        raise
    _remove(tmp)
    return f"{name},S={size}"


def _read_into(stream, buffer):
    data = stream.read(len(buffer))
    buffer[:len(data)] = data
    return len(data)


def _write_all(fd, data):
    while data:
        written = posix.write(fd, data)
        data = data[written:]


def _remove(path):
    try:
        posix.unlink(path)
    except FileNotFoundError:
        pass


def entries(path):
    """Yield (message_id, subdir, filename) for every message in new/ and cur/."""
    for sub in ("new", "cur"):
        try:
            names = posix.listdir(_join(path, sub))
        except FileNotFoundError:
            try:
                posix.stat(path)
            except FileNotFoundError:
                raise MailboxMissing(path) from None
            continue
        for filename in names:
            if filename.startswith("."):
                continue
            yield filename.split(":", 1)[0], sub, filename


def order_key(message_id):
    head = message_id.split(".", 1)[0]
    return (int(head) if head.isdigit() else 0, message_id)


def list_ids(path):
    """Return the message ids in the Maildir at path, newest first."""
    return sorted((entry[0] for entry in entries(path)), key=order_key, reverse=True)


def state(path):
    """Return a cheap value that changes when a message arrives in or leaves the Maildir."""
    try:
        return tuple(posix.stat(_join(path, sub)).st_mtime_ns for sub in ("new", "cur"))
    except FileNotFoundError:
        return None


def size_of(message_id):
    """Return the size recorded in a message id, or None."""
    _, _, size = message_id.rpartition(",S=")
    return int(size) if size.isdigit() else None


def locate(path, message_id):
    """Return the file path of message_id in the Maildir at path; raise MessageMissing."""
    for known, sub, filename in entries(path):
        if known == message_id:
            return _join(path, sub, filename)
    raise MessageMissing(message_id)


def read(path, message_id, limit=None, locate=locate):
    """Return the raw bytes of message_id (at most limit); raise MessageMissing.

    locate finds the file; the app passes one that remembers listings.
    """
    try:
        with open(locate(path, message_id), "rb") as handle:
            return handle.read() if limit is None else handle.read(limit)
    except FileNotFoundError:
        raise MessageMissing(message_id) from None


def delete(path, message_id, locate=locate):
    """Remove message_id from the Maildir at path; raise MessageMissing."""
    try:
        posix.unlink(locate(path, message_id))
    except FileNotFoundError:
        raise MessageMissing(message_id) from None


def trim(path, keep, max_bytes=None):
    """Delete the oldest messages until at most keep remain, holding at most max_bytes.

    Return how many went. The newest message always stays (max_bytes is at
    least the size limit). Serialized per mailbox with flock on the mailbox
    folder, so concurrent deliveries never delete more than needed.
    """
    def over(found):
        if len(found) > keep:
            return True
        return max_bytes is not None and \
            sum(size_of(entry[0]) or 0 for entry in found) > max_bytes
    if not over(list(entries(path))):
        return 0
    import fcntl
    fd = posix.open(path, posix.O_RDONLY | posix.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        oldest_first = sorted(entries(path), key=lambda entry: order_key(entry[0]))
        removed = 0
        while len(oldest_first) > 1 and over(oldest_first):
            _, sub, filename = oldest_first.pop(0)
            _remove(_join(path, sub, filename))
            removed += 1
        return removed
    finally:
        posix.close(fd)
