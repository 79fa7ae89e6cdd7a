"""Folders under the data dir opened without following a symlink. Standard library only.

Exim's group can write every mailbox folder, so nothing in them is trusted: a
mailbox folder, its sub-folders and its files are opened through directory
descriptors with O_NOFOLLOW. What is found where only our files belong (a
planted symlink, a FIFO) is counted in SKIPPED and never followed.
"""

from collections import Counter
import errno
import os
import threading

DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: a FIFO planted under a file's name must not hang the reader.
READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
REFUSED = (errno.ELOOP, errno.ENOTDIR, errno.EMLINK)

SKIPPED: Counter = Counter()
"""What was found where only our files belong, by kind (mailbox, folder, entry)."""
_skipped_lock = threading.Lock()


class NotAFolder(Exception):
    """The folder is missing, or something else (a symlink, a file) stands in its place."""


def skip(kind: str) -> None:
    """Count one planted or foreign thing that was left alone."""
    with _skipped_lock:
        SKIPPED[kind] += 1


def open_folder(path: str) -> int:
    """Open path, following no symlink at it or at its parent; raise NotAFolder."""
    parent, name = os.path.split(path.rstrip("/"))
    try:
        parent_fd = os.open(parent or ".", DIR_FLAGS)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) or exc.errno in REFUSED:
            raise NotAFolder(path) from None
        raise
    try:
        return os.open(name, DIR_FLAGS, dir_fd=parent_fd)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise NotAFolder(path) from None
        if exc.errno in REFUSED:
            skip("mailbox")
            raise NotAFolder(path) from None
        raise
    finally:
        os.close(parent_fd)


def open_sub(folder_fd: int, name: str) -> int | None:
    """Open the sub-folder name of an open folder; None if absent or not a real folder."""
    try:
        return os.open(name, DIR_FLAGS, dir_fd=folder_fd)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in REFUSED:
            skip("folder")
            return None
        raise


class Opened:
    """A folder and the named sub-folders, open as descriptors (None if absent); closed on exit."""

    def __init__(self, path: str, *subs: str) -> None:
        self.path, self.subs = path, subs
        self.fds: dict[str, int | None] = {}

    def __enter__(self) -> "Opened":
        self.fd = open_folder(self.path)
        try:
            for sub in self.subs:
                self.fds[sub] = open_sub(self.fd, sub)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        for fd in self.fds.values():
            if fd is not None:
                os.close(fd)
        os.close(self.fd)
