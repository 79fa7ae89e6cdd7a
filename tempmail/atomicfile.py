"""The one way this package writes a file that others may read: whole, or not at all.

A file is written under a private name (O_EXCL|O_NOFOLLOW, unpredictable), made
durable if asked, then linked (never overwriting) or renamed (replacing) into
place through directory descriptors, so a planted symlink is never followed
and a reader never sees half a file. Standard library only.
"""

from collections.abc import Callable
import errno
import os
import secrets
from typing import BinaryIO

CHUNK = 1 << 16
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def private_name() -> str:
    """Return a fresh unpredictable name for a file being written."""
    return f".{secrets.token_hex(16)}.tmp"


def write(source: bytes | BinaryIO, name: str | Callable[[int], str], dir_fd: int, *,
          tmp_dir_fd: int | None = None, tmp_name: str | None = None, replace: bool = False,
          durable: bool = True, mode: int = 0o660, max_size: int | None = None) -> str:
    """Write source as name in dir_fd, whole or not at all; return the name published.

    The bytes go to tmp_name (default: a private name) in tmp_dir_fd (default:
    dir_fd), are fsynced if durable, then linked as name (FileExistsError if
    it exists) or, with replace, renamed over it; with durable the directory
    is fsynced too. name may be a function of the size written. max_size:
    past it, OSError(EFBIG). On any error neither the private file nor a
    half-published name is left behind.
    """
    tmp_dir_fd = dir_fd if tmp_dir_fd is None else tmp_dir_fd
    tmp_name = tmp_name or private_name()
    fd = os.open(tmp_name, _CREATE, mode, dir_fd=tmp_dir_fd)
    published = False
    try:
        try:
            size = _copy(source, fd, max_size)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        final = name(size) if callable(name) else name
        if replace:
            os.replace(tmp_name, final, src_dir_fd=tmp_dir_fd, dst_dir_fd=dir_fd)
        else:
            _link(tmp_name, tmp_dir_fd, final, dir_fd)
        published = True
        if durable:
            os.fsync(dir_fd)
    except BaseException:
        if published and not replace:
            unlink(final, dir_fd)
        unlink(tmp_name, tmp_dir_fd)
        raise
    if not replace:
        unlink(tmp_name, tmp_dir_fd)
    return final


def _link(source: str, source_dir_fd: int | None, target: str, target_dir_fd: int | None) -> None:
    """Hard-link source as target; FileExistsError only if target is another file.

    Over NFS a retransmitted LINK whose first attempt worked answers EEXIST: when
    target is already the very file (same device and inode), the link happened.
    """
    try:
        os.link(source, target, src_dir_fd=source_dir_fd, dst_dir_fd=target_dir_fd,
                follow_symlinks=False)
    except FileExistsError:
        try:
            ours = os.stat(source, dir_fd=source_dir_fd, follow_symlinks=False)
            there = os.stat(target, dir_fd=target_dir_fd, follow_symlinks=False)
        except OSError:
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), target) from None
        if not os.path.samestat(ours, there):
            raise


def link_durably(draft: str, path: str) -> None:
    """Link the finished file draft as path (FileExistsError if taken), then fsync its folder."""
    _link(draft, None, path, None)
    folder = os.open(os.path.dirname(path) or ".", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def unlink(name: str, dir_fd: int) -> None:
    """Remove name from dir_fd if it is there (a symlink is removed, never followed)."""
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        pass


def _copy(source: bytes | BinaryIO, fd: int, max_size: int | None) -> int:
    if isinstance(source, (bytes, bytearray, memoryview)):
        if max_size is not None and len(source) > max_size:
            raise OSError(errno.EFBIG, "larger than the size limit")
        _write_all(fd, memoryview(source))
        return len(source)
    size = 0
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    readinto = getattr(source, "readinto", None)
    while True:
        if readinto is not None:
            count = readinto(buffer)
        else:
            data = source.read(CHUNK)
            count = len(data)
            buffer[:count] = data
        if not count:
            return size
        size += count
        if max_size is not None and size > max_size:
            raise OSError(errno.EFBIG, "larger than the size limit")
        _write_all(fd, view[:count])


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data):]
