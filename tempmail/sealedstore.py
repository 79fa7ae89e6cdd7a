"""A mailbox's messages as plain bytes, whether sealed (encrypted at rest) or plain.

A mailbox is sealed when its address has a key pair (registry.Entry.sealed):
every file in it must then be a sealed message (tempmail.sealing) that this
mailbox's key opens; a file that does not (planted, tampered, cut short) is
not a message of this inbox and reads as MessageMissing. A plain mailbox
(created before encryption at rest) is read as it always was: key None.
"""

from collections.abc import Iterator
import os

from tempmail import maildir, partdecode, sealing
from tempmail.sealing import MailboxKey


class Locked(maildir.MessageMissing):
    """The mailbox is sealed and no key was given: only its inbox token opens it.

    A MessageMissing, so that a face that does not expect it answers "not found".
    """


def open_source(mailbox: str, message_id: str, key: MailboxKey | None) -> partdecode.Source:
    """Return message_id open for positioned reads: a descriptor (plain) or a SealedFile.

    Raise MessageMissing. The caller closes it (os.close or .close()).
    """
    with maildir.open_message(mailbox, message_id) as handle:
        fd = os.dup(handle.fileno())
    if key is None:
        return fd
    try:
        return sealing.SealedFile(fd, key)   # closes fd if it cannot open it
    except sealing.Unreadable:
        raise maildir.MessageMissing(message_id) from None


def close(source: partdecode.Source) -> None:
    """Close what open_source returned."""
    if isinstance(source, int):
        os.close(source)
    else:
        source.close()


def read(mailbox: str, message_id: str, key: MailboxKey | None,
         limit: int | None = None) -> bytes:
    """Return the plain bytes of message_id (at most limit); raise MessageMissing."""
    if key is None:
        return maildir.read(mailbox, message_id, limit)
    source = open_source(mailbox, message_id, key)
    try:
        return source.read(limit)  # type: ignore[union-attr]
    except sealing.Unreadable:
        raise maildir.MessageMissing(message_id) from None
    finally:
        close(source)


def stream(mailbox: str, message_id: str, key: MailboxKey | None) -> Iterator[bytes]:
    """Open message_id now (raise MessageMissing) and return an iterator over its plain bytes.

    A sealed chunk that fails to authenticate midway ends the stream with
    sealing.Unreadable (the response is cut, never completed with forged bytes).
    """
    if key is None:
        return maildir.stream(mailbox, message_id)
    source = open_source(mailbox, message_id, key)

    def chunks() -> Iterator[bytes]:
        try:
            yield from source.chunks()  # type: ignore[union-attr]
        finally:
            close(source)
    return chunks()


def size(message_id: str, sealed: bool) -> int:
    """Return the plain size of message_id from its name (a sealed one less the overhead)."""
    stored = maildir.size_of(message_id) or 0
    return sealing.plain_size(stored) if sealed else stored
