"""One delivery to one recipient: the live check, then the durable Maildir write.

What the router service runs for every recipient, with no network in sight
(the LMTP handler only turns these outcomes into replies). Standard library only.

Redelivery is harmless: Exim's message id and the recipient make a delivery
key, whose digest is written into the Maildir file name
(``<time_ns>.K<digest>.<host>,S=<size>``). Linking that file into new/ is the
one commit point, so a delivery killed after the fsync but before its 250 is
found by the next attempt, which answers 250 without writing a second copy.

Encryption at rest: an address with a public key (every one created since)
gets its message sealed to that key (tempmail.sealing) before anything is
written, so its Maildir file is ciphertext from the first byte; an older
address without a key keeps getting plain files until it expires.

A tagged recipient (local+tag@domain, plus-addressing) is delivered to the inbox
of local@domain with the tag kept in the file name (maildir.tag_of); Exim passes
the whole address (rcpt_include_affixes), so the delivery key, made from the
whole address, tells apart the copies of one message sent to two tags.
"""

import dataclasses
import errno
import hashlib
import os
import re
import time

from tempmail import addresses, diskguard, hook_record, maildir, registry, sealing

# Outcomes of deliver() and check().
DELIVERED = "delivered"
DUPLICATE = "duplicate"                  # stored by an earlier attempt: success
LIVE = "live"
NO_SUCH_ADDRESS = "no_such_address"      # unknown, expired or retired: permanent
REGISTRY_UNAVAILABLE = "registry_unavailable"
MAILBOX_MISSING = "mailbox_missing"
DISK_FULL = "disk_full"                  # ENOSPC, quota, or below the disk reserve
STORAGE_ERROR = "storage_error"          # any other failure writing: temporary

HEADER_SCAN = 16384                      # the trace headers Exim prepends fit in this
_EXIM_ID = re.compile(rb"\bid ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})\b")


@dataclasses.dataclass(frozen=True)
class Limits:
    """What one delivery may use: the mailbox caps, the message size, the disk reserve."""

    max_messages: int = 100
    max_bytes: int | None = None
    max_size: int | None = None
    disk_reserve: int = 0
    registry_timeout: float = 5.0
    registry_url: str = ""
    webhooks: str = hook_record.API   # TEMPMAIL_WEBHOOKS: off, api or all

    @classmethod
    def from_settings(cls, settings: dict) -> "Limits":
        """Return the limits the TEMPMAIL_* settings ask for.

        No max_size: Exim enforces MAX_MESSAGE_SIZE at SMTP time and the LMTP
        session bounds what it reads; refusing here a message Exim accepted
        (its own trace headers make it a little larger) would defer it forever.
        """
        return cls(settings["MAILBOX_MAX_MESSAGES"], settings["MAILBOX_MAX_BYTES"],
                   None, settings["DISK_RESERVE"], settings["REGISTRY_TIMEOUT"],
                   settings.get("REGISTRY_URL") or "", settings.get("WEBHOOKS", hook_record.API))


def exim_message_id(message: bytes) -> str | None:
    """Return the Exim message id from the first Received header, or None.

    Exim prepends its own Received header (after Return-path, Envelope-to and
    Delivery-date, also its own) to every message it delivers, so the first
    Received header is never the sender's.
    """
    head = message[:HEADER_SCAN]
    end = head.find(b"\n\n")
    if end == -1:
        end = head.find(b"\r\n\r\n")
    lines = (head if end == -1 else head[:end]).split(b"\n")
    for index, line in enumerate(lines):
        if line[:9].lower() == b"received:":
            field = [line]
            for more in lines[index + 1:]:
                if more[:1] not in (b" ", b"\t"):
                    break
                field.append(more)
            found = _EXIM_ID.search(b" ".join(field))
            return found.group(1).decode("ascii") if found else None
    return None


def delivery_key(exim_id: str | None, address: str) -> str | None:
    """Return the digest that names one message for one recipient, or None without an id."""
    if not exim_id:
        return None
    return hashlib.sha256(f"{exim_id}\0{address}".encode()).hexdigest()[:32]


def check(data_dir: str, address: str, now: float, timeout: float = 5.0, url: str = "") -> str:
    """Return LIVE, NO_SUCH_ADDRESS or REGISTRY_UNAVAILABLE for address (its inbox, if tagged)."""
    try:
        address, _ = addresses.split_tag(address)
    except addresses.AddressError:
        return NO_SUCH_ADDRESS
    try:
        entry = _registry(data_dir, timeout, url).lookup(address, now)
    except registry.RegistryError:
        return REGISTRY_UNAVAILABLE
    return NO_SUCH_ADDRESS if entry is None else LIVE


def deliver(data_dir: str, address: str, message: bytes, limits: Limits,
            key: str | None = None, now: float | None = None) -> str:
    """Store message for address if it is live; return an outcome, never raise for a fault.

    DELIVERED or DUPLICATE only once the file and new/ are fsynced. A tagged
    address (local+tag@domain) goes to local@domain's inbox, tagged.
    """
    try:
        address, tag = addresses.split_tag(address)
    except addresses.AddressError:
        return NO_SUCH_ADDRESS
    now = time.time() if now is None else now
    try:
        entry = _registry(data_dir, limits.registry_timeout, limits.registry_url).lookup(address, now)
    except registry.RegistryError:
        return REGISTRY_UNAVAILABLE
    if entry is None:
        return NO_SUCH_ADDRESS
    if limits.max_size is not None and len(message) > limits.max_size:
        return STORAGE_ERROR
    root = maildir.root_in(data_dir)
    if not diskguard.has_room(root, limits.disk_reserve, len(message)):
        return DISK_FULL
    mailbox = os.path.join(root, entry.mailbox_id)
    try:
        hooked = hook_record.wanted(_registry(data_dir, limits.registry_timeout,
                                              limits.registry_url), address, limits.webhooks)
    except registry.RegistryError:
        return REGISTRY_UNAVAILABLE
    key = key or (hook_record.fresh_key() if hooked else None)
    try:
        outcome, message_id = store(mailbox, message, key, entry.public_key, tag)
        maildir.trim(mailbox, limits.max_messages, limits.max_bytes)
    except maildir.MailboxMissing:
        return MAILBOX_MISSING
    except ValueError:
        return STORAGE_ERROR   # a registry row whose public key is spoilt: retry, never plain
    except OSError as exc:
        return DISK_FULL if exc.errno in (errno.ENOSPC, errno.EDQUOT) else STORAGE_ERROR
    if hooked and key and not hook_record.record(data_dir, entry.mailbox_id, mailbox, key,
                                                 message, now):
        return STORAGE_ERROR  # the message is kept; Exim retries and the event is recorded then
    if message_id is not None:
        try:    # other nodes' waiters (a database registry); nothing for the SQLite file
            _registry(data_dir, TOUCH_TIMEOUT, limits.registry_url).announce(entry.mailbox_id,
                                                                              message_id)
        except registry.RegistryError:
            pass  # the message is safe; a waiter elsewhere finds it on its next look
    if entry.touch_due(now):
        try:
            _registry(data_dir, TOUCH_TIMEOUT, limits.registry_url).touch(address, now)
        except registry.RegistryError:
            pass  # the message is safe; a missed activity stamp only shortens an idle life
    return outcome


TOUCH_TIMEOUT = 1.0
"""Seconds an activity stamp may wait for the registry; the message is safe without it."""
_REGISTRIES: dict = {}


def _registry(data_dir: str, timeout: float, url: str = "") -> registry.Registry:
    """Return the registry of data_dir (or url), opening and closing a connection per operation."""
    key = (data_dir, timeout, url)
    found = _REGISTRIES.get(key)
    if found is None:
        found = _REGISTRIES[key] = registry.open_registry(data_dir, timeout, keep_open=False,
                                                          url=url or None)
    return found


def store(mailbox: str, message: bytes, key: str | None = None,
          public_key: bytes | None = None, tag: str | None = None) -> tuple[str, str | None]:
    """Write message into the Maildir durably, sealed to public_key when there is one (tag
    kept in the file's name); return (DELIVERED, its id), or (DUPLICATE, None) if key is there.

    maildir.deliver: tmp/ name, write, fsync, link into new/, fsync new/, no
    symlink followed. With public_key the file holds the message sealed to it
    (sealing.seal), never a plain byte. Raise MailboxMissing or OSError; on any
    error nothing is left in new/.
    """
    if key and maildir.find_key(mailbox, key) is not None:
        return DUPLICATE, None
    if public_key is not None:
        message = sealing.seal(message, public_key)
    return DELIVERED, maildir.deliver(mailbox, message, key=key, tag=tag)
