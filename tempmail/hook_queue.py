"""The webhook queue: one small JSON file per event in DATA/webhooks/queue. Standard library only.

The router writes an event (atomicfile: private name, fsync, link, fsync the
folder) before it answers 250, so an accepted message always has its event on
disk; the webhook worker posts it and then removes the file. The data folder is
the interface between the two processes, as for the Maildirs.

A file is named ``<mailbox-id>.<delivery-key>.json``: a redelivery of the same
message writes the same name (and finds it there), and an inbox's events are
found by their prefix, so deleting or purging the inbox deletes them too. An
event holds the message's small summary (sender, subject, size, first code,
first link: what the POST carries), never its body, and only until it is sent.
"""

import json
import os
import re
import stat

from tempmail import atomicfile, safedir

FOLDER = os.path.join("webhooks", "queue")
ALIVE_NAME = "worker.alive"
"""The file in DATA/webhooks the worker touches while it runs (its heartbeat)."""
DIR_MODE = 0o2770
FILE_MODE = 0o660
MAX_EVENT = 64 * 1024
_NAME = re.compile(r"[0-9a-f]{32}\.[0-9a-zA-Z]{1,64}\.json")


def folder_in(data_dir: str) -> str:
    """Return the queue folder's path inside data_dir."""
    return os.path.join(data_dir, FOLDER)


def alive_path(data_dir: str) -> str:
    """Return the heartbeat file's path inside data_dir."""
    return os.path.join(os.path.dirname(folder_in(data_dir)), ALIVE_NAME)


def event_name(mailbox_id: str, key: str) -> str:
    """Return the file name of the event for one delivery."""
    return f"{mailbox_id}.{key}.json"


def ensure(data_dir: str) -> None:
    """Create DATA/webhooks and its queue folder, group-writable (router and worker share them)."""
    path = folder_in(data_dir)
    if os.path.isdir(path):
        return
    for folder in (os.path.dirname(path), path):
        try:
            os.mkdir(folder, DIR_MODE)
            os.chmod(folder, DIR_MODE, follow_symlinks=False)  # the umask took group write
        except FileExistsError:
            pass


def _open(data_dir: str, create: bool) -> int | None:
    path = folder_in(data_dir)
    if create:
        ensure(data_dir)
    try:
        return safedir.open_folder(path)
    except safedir.NotAFolder:
        if create:
            raise OSError(f"the webhook queue {FOLDER} is not a folder") from None
        return None


def record(data_dir: str, mailbox_id: str, key: str, event: dict) -> bool:
    """Write the event durably; return True if written now, False if it was there already."""
    body = json.dumps(event, separators=(",", ":")).encode("utf-8")
    if len(body) > MAX_EVENT:
        raise ValueError("a webhook event is larger than MAX_EVENT")
    fd = _open(data_dir, create=True)
    assert fd is not None
    try:
        atomicfile.write(body, event_name(mailbox_id, key), fd, mode=FILE_MODE)
        return True
    except FileExistsError:
        return False
    finally:
        os.close(fd)


def pending(data_dir: str) -> list[str]:
    """Return the names of the events waiting, oldest first (by file time)."""
    fd = _open(data_dir, create=False)
    if fd is None:
        return []
    try:
        found = []
        with os.scandir(fd) as listed:
            for item in listed:
                if not _NAME.fullmatch(item.name):
                    continue
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue  # sent and removed while we listed
                if stat.S_ISREG(info.st_mode):
                    found.append((info.st_mtime_ns, item.name))
    finally:
        os.close(fd)
    return [name for _, name in sorted(found)]


def load(data_dir: str, name: str) -> dict | None:
    """Return the event in name, or None if it is gone or unreadable."""
    fd = _open(data_dir, create=False)
    if fd is None or not _NAME.fullmatch(name):
        return None
    try:
        file_fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    with os.fdopen(file_fd, "rb") as handle:
        data = handle.read(MAX_EVENT + 1)
    try:
        event = json.loads(data)
    except ValueError:
        return None
    return event if isinstance(event, dict) else None


def mailbox_of(name: str) -> str:
    """Return the mailbox id an event file name starts with."""
    return name.split(".", 1)[0]


def remove(data_dir: str, name: str) -> None:
    """Remove one event (sent, or its inbox is gone)."""
    fd = _open(data_dir, create=False)
    if fd is None:
        return
    try:
        atomicfile.unlink(name, fd)
    finally:
        os.close(fd)


def drop_mailbox(data_dir: str, mailbox_id: str) -> int:
    """Remove every event of one inbox; return how many went."""
    names = [name for name in pending(data_dir) if mailbox_of(name) == mailbox_id]
    for name in names:
        remove(data_dir, name)
    return len(names)


def keep_only(data_dir: str, mailbox_ids: set[str]) -> int:
    """Remove the events of every inbox not in mailbox_ids (purge); return how many went."""
    names = [name for name in pending(data_dir) if mailbox_of(name) not in mailbox_ids]
    for name in names:
        remove(data_dir, name)
    return len(names)


def state(data_dir: str) -> int | None:
    """Return a cheap value that changes when an event is added or removed (the folder's mtime)."""
    try:
        return os.stat(folder_in(data_dir), follow_symlinks=False).st_mtime_ns
    except OSError:
        return None
