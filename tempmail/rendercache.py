"""Where renderings are kept: cache files in ``<mailbox>/.cache``, and work in progress.

Exim's user can write the Maildirs, so nothing under them is trusted. The cache
folder is opened with O_NOFOLLOW|O_DIRECTORY and every file in it through that
descriptor (``dir_fd``) with O_NOFOLLOW, so a symlink planted as ``.cache`` or
in it is never followed: a planted ``.cache`` that is not a real directory of
ours means no caching at all. The folder is ours alone (0700; an older 2770 one
is narrowed), and only files we own are read. New files get unpredictable
names and O_EXCL.

In a sealed mailbox (encrypted at rest) every cache file is sealed with the
mailbox's cache key (sealing.seal_cache, bound to its name); without the key
nothing is cached on disk.

Per process, work in progress is shared: a second request for what another thread is computing waits for
that result instead of starting again.
"""

from concurrent.futures import Future
import json
import os
import stat
import threading

from tempmail import atomicfile, maildir, sealing

CACHE = ".cache"
VERSION = 4                    # bump when the cached shape changes
READ_LIMIT = 64 * 1024 * 1024
"""Largest cache file read back; anything larger was not written by us."""
_NOFOLLOW = os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


class Folder:
    """The open ``.cache`` folder of one mailbox, or a stand-in that caches nothing."""

    def __init__(self, mailbox: str, key: sealing.MailboxKey | None = None) -> None:
        self.fd = _open_folder(mailbox)
        self.cache_key = None if key is None else key.cache_key

    def __enter__(self) -> "Folder":
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def load(self, name: str) -> dict | None:
        """Return the cached dict called name if it is ours and current, else None."""
        if self.fd is None:
            return None
        try:
            fd = os.open(name, os.O_RDONLY | _NOFOLLOW, dir_fd=self.fd)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > READ_LIMIT \
                    or info.st_uid != os.geteuid():
                return None
            with os.fdopen(fd, "rb", closefd=False) as handle:
                body = handle.read(READ_LIMIT)
            if self.cache_key is not None:
                body = sealing.open_cache(self.cache_key, name, body)
            elif sealing.is_sealed(body):
                return None
            data = json.loads(body)
            return data if isinstance(data, dict) and data.get("version") == VERSION else None
        except (OSError, ValueError, RecursionError, sealing.Unreadable):
            return None
        finally:
            os.close(fd)

    def store(self, name: str, data: dict) -> None:
        """Write data as name: a new file with an unpredictable name, renamed over."""
        if self.fd is None:
            return
        body = json.dumps(dict(data, version=VERSION), ensure_ascii=False,
                          separators=(",", ":")).encode()
        if self.cache_key is not None:
            body = sealing.seal_cache(self.cache_key, name, body)
        try:
            atomicfile.write(body, name, self.fd, replace=True, durable=False)
        except OSError:
            pass  # a cache that cannot be written is only slower

    def remove(self, name: str) -> None:
        """Remove the entry called name (a planted symlink is removed, never followed)."""
        if self.fd is not None:
            try:
                os.unlink(name, dir_fd=self.fd)
            except OSError:
                pass


def _open_folder(mailbox):
    """Return a descriptor of <mailbox>/.cache, made if missing; None if it is not a real
    directory; raise maildir.MailboxMissing if the mailbox is gone (never recreate it)."""
    path = os.path.join(mailbox, CACHE)
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:
        raise maildir.MailboxMissing(mailbox) from None
    except OSError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
    except OSError:
        return None  # a symlink or a file planted as .cache: compute without caching
    try:
        info = os.fstat(fd)
        if info.st_uid == os.geteuid():
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.fchmod(fd, 0o700)
            return fd
    except OSError:
        pass
    os.close(fd)  # someone else's folder: compute without caching
    return None


_IN_FLIGHT: dict = {}
_IN_FLIGHT_LOCK = threading.Lock()


def shared(key, compute):
    """Return compute(), or, if another thread is computing key, wait for its result."""
    with _IN_FLIGHT_LOCK:
        future = _IN_FLIGHT.get(key)
        owner = future is None
        if owner:
            future = _IN_FLIGHT[key] = Future()
    if not owner:
        return future.result()
    try:
        result = compute()
    except BaseException as exc:
        future.set_exception(exc)
        raise
    else:
        future.set_result(result)
        return result
    finally:
        with _IN_FLIGHT_LOCK:
            del _IN_FLIGHT[key]
