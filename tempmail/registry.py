"""The address registry: the one truth about which addresses live. The interface.

``Registry`` is what every implementation offers (tests/unit/registry_contract.py
runs one suite against each); ``open_registry`` picks the implementation for a
data folder: today the SQLite file (tempmail.registry_sqlite), the embedded
default. Standard library only: the router imports this.
"""

from collections.abc import Callable
import dataclasses
import os
import time
from typing import Protocol

# The one definition of "live", shared with exim/exim.conf (which spells it with
# SQLite's own clock) and pinned by tests/integration/test_exim_delivery.py.
LIVE = "expires_at > :now AND (idle_limit = 0 OR last_activity + idle_limit > :now)"
FILE_NAME = "registry.sqlite3"
TOUCH_EVERY = 60.0
"""At most this many seconds between two activity stamps of one address."""


class RegistryError(Exception):
    """The registry cannot answer now (missing, unreadable, locked, corrupt)."""


class AddressTaken(Exception):
    """The address is live or was issued before and is retired for good."""


@dataclasses.dataclass(frozen=True)
class Entry:
    """One registered address: where its mail lives and when it stops living."""

    address: str
    mailbox_id: str
    created_at: float
    expires_at: float
    idle_limit: float
    last_activity: float
    public_key: bytes | None = None
    """The address's X25519 public key (its mail is sealed to it); None: a plain mailbox
    created before encryption at rest."""
    wrapped_key: bytes | None = dataclasses.field(default=None, repr=False)
    """The private key, wrapped by a key derived from the inbox token (tempmail.sealing)."""

    @property
    def sealed(self) -> bool:
        """True if this address's mail is encrypted at rest."""
        return self.public_key is not None

    def ends_at(self) -> float:
        """Return when this address stops being live, counting the inactivity limit."""
        if self.idle_limit:
            return min(self.expires_at, self.last_activity + self.idle_limit)
        return self.expires_at

    def touch_due(self, now: float) -> bool:
        """Return True if activity now should be recorded (the one touch rule).

        At most every TOUCH_EVERY seconds, and often enough (a hundredth of the
        inactivity limit) that an idle limit never ends a used address.
        """
        every = min(TOUCH_EVERY, self.idle_limit / 100.0) if self.idle_limit else TOUCH_EVERY
        return now - self.last_activity >= every


@dataclasses.dataclass(frozen=True)
class Webhook:
    """An inbox's webhook settings: where events go, the signing secret, who registered it.

    allowed: the inbox was created with an API key (TEMPMAIL_WEBHOOKS=api lets only
    those have a webhook). url and secret are None while no webhook is set.
    api_base: the API's absolute URL the payload's links start with. client: a
    fingerprint of the API key that created the inbox ("" without one), the
    worker's per-client rate limit key.
    """

    address: str
    url: str | None = None
    secret: str | None = None
    allowed: bool = False
    api_base: str = ""
    client: str = ""


class Registry(Protocol):
    """What every registry offers; every method raises RegistryError when it cannot answer."""

    def init(self) -> "Registry":
        """Create the store and its schema if missing; safe to call again, and at once."""

    def add(self, address: str, mailbox_id: str, token: str, lifetime: float,
            idle_limit: float = 0, now: float | None = None,
            public_key: bytes | None = None, wrapped_key: bytes | None = None) -> Entry:
        """Insert a live address; raise AddressTaken if it is live or was ever issued.

        public_key and wrapped_key (both or neither) are kept with the row and
        destroyed with it when the address is retired.
        """

    def lookup(self, address: str, now: float | None = None) -> Entry | None:
        """Return the live Entry for address, or None."""

    def by_token(self, token: str, now: float | None = None) -> Entry | None:
        """Return the live Entry whose token this is, or None."""

    def by_mailbox(self, mailbox_id: str, now: float | None = None) -> Entry | None:
        """Return the live Entry owning mailbox_id, or None."""

    def live(self, now: float | None = None) -> list[Entry]:
        """Return every live Entry, soonest to end first."""

    def expired(self, now: float | None = None, limit: int = -1) -> list[Entry]:
        """Return the Entries that are no longer live (at most limit; -1 for all)."""

    def all_mailbox_ids(self) -> set[str]:
        """Return the mailbox ids that a registered address owns, live or not."""

    def touch(self, address: str, now: float | None = None) -> None:
        """Record activity on a live address (never moving it backwards)."""

    def extend(self, address: str, until: float, now: float | None = None) -> Entry | None:
        """Move a live address's end to until (never earlier); return the Entry or None."""

    def retire(self, address: str) -> Entry | None:
        """Replace the address by its tombstone; return its Entry, or None if absent."""

    def retire_many(self, addresses: list[str]) -> list[Entry | None]:
        """Retire several addresses at once; return their Entries (None if absent)."""

    def counts(self, now: float | None = None) -> tuple[int, int, int]:
        """Return (live, retired-not-yet-purged, tombstones) counts."""

    def webhook(self, address: str) -> Webhook | None:
        """Return the webhook settings of address, or None if it has none."""

    def put_webhook(self, address: str, url: str | None, secret: str | None,
                    api_base: str = "", allowed: bool | None = None,
                    client: str | None = None, now: float | None = None) -> bool:
        """Set (or with url None, clear) a live address's webhook; False if it is not live.

        allowed and client None keep what was recorded. Retiring the address
        deletes its webhook settings with it.
        """

    def checkpoint(self) -> bool:
        """Make deleted rows unrecoverable from the store's logs; True if fully done."""

    def announce(self, mailbox_id: str, message_id: str) -> None:
        """Tell other nodes a message arrived (a database); nothing for a local file."""

    def close(self) -> None:
        """Release this thread's connection (the next call opens a new one)."""

    def quick_check(self) -> list[str]:
        """Return what a quick integrity check finds wrong with the store ([]: intact)."""

    def newest_time(self) -> float | None:
        """Return the latest creation or activity time recorded, or None when empty."""


def path_in(data_dir: str) -> str:
    """Return the registry file's path inside data_dir."""
    return os.path.join(data_dir, FILE_NAME)


def open_registry(data_dir: str, timeout: float = 10.0,
                  clock: Callable[[], float] = time.time, keep_open: bool = True,
                  url: str | None = None) -> Registry:
    """Return the registry: the PostgreSQL database url names, else the data folder's SQLite file.

    keep_open=False: every operation opens and closes its own connection, so
    a resident process holds nothing open between calls (the SQLite file; a
    database keeps a small pool).
    """
    if url:
        from tempmail import registry_pg  # noqa: PLC0415 (psycopg only where it is configured)
        if not registry_pg.is_url(url):
            raise RegistryError("TEMPMAIL_REGISTRY_URL must start with postgresql://")
        return registry_pg.PostgresRegistry(url, timeout=timeout, clock=clock, keep_open=keep_open)
    from tempmail.registry_sqlite import SQLiteRegistry  # noqa: PLC0415 (it imports this module)
    return SQLiteRegistry(path_in(data_dir), timeout=timeout, clock=clock, keep_open=keep_open)
