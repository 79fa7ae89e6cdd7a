"""The key that opens a sealed inbox, carried by the Entry a token found (never stored).

``Inboxes.by_token`` hands the faces a KeyedEntry, which unwraps the inbox's
private key with its token when the reading side first asks (key_of): a poll
that only compares validators never unwraps anything. An
Entry found any other way (by address, by mailbox id) carries no key, and a
sealed inbox then answers Locked. A signed part URL (the sandboxed frame sends
no cookie) carries the key as a ticket encrypted under the app's secret key.
"""

import dataclasses
import functools

from tempmail import registry, sealing
from tempmail.registry import Entry, RegistryError
from tempmail.sealedstore import Locked
from tempmail.sealing import MailboxKey


@dataclasses.dataclass(frozen=True)
class KeyedEntry(Entry):
    """An Entry that opens its mailbox: .key is the unwrapped key (None for a plain mailbox)."""

    token: str | None = dataclasses.field(default=None, repr=False, compare=False)
    given: MailboxKey | None = dataclasses.field(default=None, repr=False, compare=False)

    @functools.cached_property
    def key(self) -> MailboxKey | None:
        """The mailbox key, unwrapped on first use; RegistryError if the row's key is spoilt."""
        if self.given is not None or not self.sealed or self.token is None:
            return self.given
        if self.wrapped_key is None or self.public_key is None:
            raise RegistryError("an inbox key is missing from the registry")
        try:
            return sealing.unwrap(self.wrapped_key, self.token, self.public_key)
        except sealing.Unreadable:
            raise RegistryError("an inbox key does not open with its token") from None


def _fields(entry: Entry) -> dict:
    return {field.name: getattr(entry, field.name) for field in dataclasses.fields(Entry)}


def with_token(entry: Entry, token: str) -> KeyedEntry:
    """Return entry opened by token (the key is unwrapped when first needed)."""
    return KeyedEntry(**_fields(entry), token=token)


def with_key(entry: Entry, key: MailboxKey | None) -> KeyedEntry:
    """Return entry carrying key (which must be the key of entry's public key, or None)."""
    return KeyedEntry(**_fields(entry), given=key)


def key_of(entry: Entry) -> MailboxKey | None:
    """Return the key that opens entry's mailbox, None for a plain one; raise Locked."""
    if not entry.sealed:
        return None
    key = getattr(entry, "key", None)
    if key is None:
        raise Locked(entry.mailbox_id)
    return key


def carry_over(old: Entry, new: Entry | None) -> Entry | None:
    """Return new (a fresh look at old's row) still able to open it as old was."""
    if new is None or not isinstance(old, KeyedEntry):
        return new
    return KeyedEntry(**_fields(new), token=old.token, given=old.__dict__.get("key", old.given))


def ticket(entry: Entry, secret: bytes) -> str:
    """Return what a signed part URL carries to open entry's mailbox ("" for a plain one)."""
    key = key_of(entry)
    return "" if key is None else key.ticket(secret)


def from_ticket(entry: registry.Entry, ticket_text: str, secret: bytes) -> KeyedEntry | None:
    """Return entry opened by a part URL's ticket, or None if the ticket does not open it."""
    if not entry.sealed:
        return with_key(entry, None)
    if not isinstance(ticket_text, str):
        return None
    try:
        key = MailboxKey.from_ticket(ticket_text, secret)
    except sealing.Unreadable:
        return None
    return with_key(entry, key) if key.public_key == entry.public_key else None
