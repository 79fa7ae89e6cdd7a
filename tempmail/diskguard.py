"""The disk reserve: refuse new mail while the data dir's disk has less free than it.

The router service checks before each write and, every second, keeps a flag
file up to date that Exim's RCPT ACL tests with ``${if exists{...}}``, so
senders get 452 at RCPT before the disk is full. Standard library only.
"""

import os

FLAG_NAME = "disk-low"


def free_bytes(path: str) -> int:
    """Return the bytes an unprivileged writer may still use on path's file system."""
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def has_room(path: str, reserve: int, size: int = 0) -> bool:
    """Return whether size more bytes leave at least reserve free on path's disk (0: off)."""
    if not reserve:
        return True
    try:
        return free_bytes(path) - size >= reserve
    except OSError:
        return False


def update_flag(path: str, reserve: int, flag: str) -> bool:
    """Create flag when path's disk is below reserve, remove it otherwise; return 'low'."""
    low = not has_room(path, reserve)
    try:
        if low:
            fd = os.open(flag, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o640)
            os.close(fd)
        else:
            os.unlink(flag)
    except FileNotFoundError:
        pass
    except OSError:
        pass  # no inode left for the flag: deliveries still check before each write
    return low
