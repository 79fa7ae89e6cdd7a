"""A bound on the API clients waiting for mail (?wait=) in one process; past it, 503.

gunicorn's gthread worker gives every request a thread of its own, waiting
ones included. gunicorn.conf.py sizes the pool as TEMPMAIL_THREADS plus
TEMPMAIL_MAX_WAITERS, and this module lets at most MAX_WAITERS requests wait
at once, so TEMPMAIL_THREADS threads always remain for the site and for API
calls that do not wait. A client past the bound gets 503 with Retry-After.
"""

from collections.abc import Iterator
from contextlib import contextmanager
import threading

from flask import current_app

DEFAULT_MAX_WAITERS = 500
RETRY_AFTER = 2
"""Seconds a client past the bound is asked to wait before it tries again."""


def max_waiters() -> int:
    """Return MAX_WAITERS (TEMPMAIL_MAX_WAITERS, read by tempmail.config like every setting)."""
    return int(current_app.config.get("MAX_WAITERS", DEFAULT_MAX_WAITERS))


class Slots:
    """A counter of waiting requests that refuses, rather than blocks, past its bound."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.taken = 0

    def take(self, bound: int) -> bool:
        """Take a slot if fewer than bound are taken; return whether it was."""
        with self.lock:
            if self.taken >= bound:
                return False
            self.taken += 1
            return True

    def give(self) -> None:
        """Give a slot back."""
        with self.lock:
            self.taken -= 1


def slots() -> Slots:
    """Return this app's Slots (made on first use)."""
    return current_app.extensions.setdefault("tempmail.waiters", Slots())


@contextmanager
def waiting_slot() -> Iterator[bool]:
    """Hold a waiting slot for the block; yield False (and hold none) when all are taken."""
    held = slots()
    if not held.take(max_waiters()):
        yield False
        return
    try:
        yield True
    finally:
        held.give()
