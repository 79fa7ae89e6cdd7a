"""The key that opens a sealed inbox, carried by the Entry a token found (never stored).

``Inboxes.by_token`` unwraps the inbox's private key with its token and hands
the faces a KeyedEntry; the reading side takes the key from it (key_of). An
Entry found any other way (by address, by mailbox id) carries no key, and a
sealed inbox then answers Locked. A signed part URL (the sandboxed frame sends
no cookie) carries the key as a ticket encrypted under the app's secret key.
"""

import dataclasses

from tempmail import registry, sealing
from tempmail.registry import Entry, RegistryError
from tempmail.sealedstore import Locked
from tempmail.sealing import MailboxKey


@dataclasses.dataclass(frozen=True)
class KeyedEntry(Entry):
    """An Entry with the unwrapped key of its mailbox (None for a plain mailbox)."""

    key: MailboxKey | None = dataclasses.field(default=None, repr=False, compare=False)


def with_token(entry: Entry, token: str) -> KeyedEntry:
    """Return entry with its key unwrapped by token; RegistryError if the row's key is spoilt."""
    key = None
    if entry.public_key is not None:
        if entry.wrapped_key is None:
            raise RegistryError("an inbox key is missing from the registry")
        try:
            key = sealing.unwrap(entry.wrapped_key, token, entry.public_key)
        except sealing.Unreadable:
            raise RegistryError("an inbox key does not open with its token") from None
    return with_key(entry, key)


def with_key(entry: Entry, key: MailboxKey | None) -> KeyedEntry:
    """Return entry carrying key (which must be the key of entry's public key, or None)."""
    fields = {field.name: getattr(entry, field.name) for field in dataclasses.fields(Entry)}
    return KeyedEntry(**fields, key=key)


def key_of(entry: Entry) -> MailboxKey | None:
    """Return the key that opens entry's mailbox, None for a plain one; raise Locked."""
    if not entry.sealed:
        return None
    key = getattr(entry, "key", None)
    if key is None:
        raise Locked(entry.mailbox_id)
    return key


def carry_over(old: Entry, new: Entry | None) -> Entry | None:
    """Return new (a fresh look at old's row) still carrying old's key."""
    key = getattr(old, "key", None)
    return new if new is None or key is None else with_key(new, key)


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
