"""The router's part in webhooks: record an event durably, before the 250. Standard library only.

Nothing is posted on the mail path. For an inbox with a webhook (and webhooks
allowed for it by TEMPMAIL_WEBHOOKS), delivery asks ``wanted`` before storing
and ``record`` after: the message's list entry is computed from the bytes in
hand (listentry, budgeted: parsing limits and RECORD_SECONDS of CPU) and
written with the event to the queue (hook_queue). If that write fails the
delivery answers a temporary failure, so Exim retries and the redelivery (found
by its delivery key) records the event again: at least once.
"""

import secrets
import time

from tempmail import hook_queue, listentry, maildir, registry

OFF, API, ALL = "off", "api", "all"
MODES = (OFF, API, ALL)
RECORD_SECONDS = 0.25
"""CPU seconds the summary of one message may cost on the mail path; past them it has no code."""
SUMMARY_FIELDS = ("id", "from", "subject", "received", "size", "code", "link", "tag")


def wanted(reg: registry.Registry, address: str, mode: str) -> bool:
    """Return True if a delivery to address must record a webhook event.

    Raise RegistryError when the registry cannot say (the delivery is deferred).
    """
    if mode not in (API, ALL):
        return False
    hook = reg.webhook(address)
    return hook is not None and bool(hook.url) and (mode == ALL or hook.allowed)


def fresh_key() -> str:
    """Return a delivery key for a message that came without one (hand delivery)."""
    return secrets.token_hex(16)


def webhook_id(key: str) -> str:
    """Return the webhook-id of the event of one delivery: the same on every attempt."""
    return f"msg_{key}"


def summarize(message: bytes, message_id: str) -> dict:
    """Return the summary an event carries; a message the parser trips on gets an empty one.

    Never raises for the message's sake: a fault here must not defer the mail forever.
    """
    try:
        entry = listentry.entry(message, message_id, RECORD_SECONDS)
    except Exception:  # the parser has budgets and should not raise; if it does, say less
        entry = {"id": message_id, "from": "", "subject": "", "size": len(message), "code": "",
                 "link": "", "received": "", "tag": maildir.tag_of(message_id)}
    return {name: entry[name] for name in SUMMARY_FIELDS}


def record(data_dir: str, mailbox_id: str, mailbox: str, key: str, message: bytes,
           now: float | None = None) -> bool:
    """Write the event of the message delivered under key; return False if it could not be."""
    try:
        message_id = maildir.find_key(mailbox, key)
        if message_id is None:
            return True  # trimmed at once (over the mailbox cap): nothing to tell
        summary = summarize(message, message_id)
        summary["size"] = len(message)   # as received, like the inbox list (not as sealed)
        event = {"v": 1, "webhook_id": webhook_id(key), "mailbox": mailbox_id,
                 "created": time.time() if now is None else now, "message": summary}
        hook_queue.record(data_dir, mailbox_id, key, event)
        return True
    except (OSError, ValueError, maildir.MailboxMissing):
        return False
