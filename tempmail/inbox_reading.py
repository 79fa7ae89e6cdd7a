"""The service layer's reading side: an inbox's messages as the faces show them.

Inboxes (inboxes.py) mixes this in; the site, the API and the CLI call these
methods and never the store (maildir), the renderings or the registry.

A sealed inbox (encrypted at rest) is read with the key its Entry carries
(inbox_keys.key_of: an Entry from Inboxes.by_token); without it every reading
method raises Locked, and only the counts, sizes and dates stay visible.
"""

from collections.abc import Callable, Iterator
import time

from tempmail import (
    dmarc,
    maildir,
    mailwatch,
    messages,
    mimestream,
    received_checks,
    rendering,
    sealedstore,
)
from tempmail.inbox_keys import key_of
from tempmail.registry import Entry

WAIT_STEP = 0.05
"""Shortest sleep of a waiter between two looks at its inbox's expiry."""
WAIT_RECHECK = 1.0
"""Longest sleep of a waiter without news: it then looks at its inbox and the clock again."""


class InboxReading:
    """Read, wait for, serve and delete the mail of a live inbox (an Entry)."""

    mail_root: str
    clock: Callable[[], float]

    def mailbox_path(self, entry: Entry) -> str:
        """Return the Maildir folder of a live Entry (for tests and tools, not the faces)."""
        return f"{self.mail_root}/{entry.mailbox_id}"

    def messages(self, entry: Entry, tag: str | None = None) -> list[dict]:
        """Return the summaries of entry's messages, newest first (see rendering.index).

        tag: only the messages sent to that plus-address (a tag check_tag returned).
        """
        found = rendering.index(self.mailbox_path(entry), key_of(entry))
        return found if tag is None else [item for item in found if item.get("tag") == tag]

    list_messages = messages

    def sizes(self, entry: Entry) -> list[dict]:
        """Return id, received and size of entry's messages, newest first (no key needed)."""
        return [{"id": message_id, "received": messages.delivered_at(message_id),
                 "size": sealedstore.size(message_id, entry.sealed)}
                for message_id in maildir.list_ids(self.mailbox_path(entry))]

    def message_count(self, entry: Entry) -> int:
        """Return how many messages entry's inbox holds."""
        return len(maildir.list_ids(self.mailbox_path(entry)))

    def etag(self, entry: Entry, extra: str = "") -> str:
        """Return a validator that changes whenever mail arrives in or leaves entry's inbox."""
        return maildir.etag(self.mailbox_path(entry), extra)

    def has_message(self, entry: Entry, message_id: str) -> bool:
        """Return True if entry's inbox holds message_id."""
        try:
            maildir.locate(self.mailbox_path(entry), message_id)
        except (maildir.MessageMissing, maildir.MailboxMissing):
            return False
        return True

    def message(self, entry: Entry, message_id: str) -> dict:
        """Return the rendering of one message (see rendering.render); raise MessageMissing."""
        return rendering.render(self.mailbox_path(entry), message_id, key_of(entry))

    def received_checks(self, entry: Entry, message_id: str) -> dict:
        """Return how a message was received: DKIM, SPF, DMARC and spam verdicts (issue 20).

        See received_checks.checks; DMARC asks DNS (TEMPMAIL_DNS_RESOLVER or the
        system's), within a few seconds, answers kept a while.
        """
        data = self.message(entry, message_id)
        policies = getattr(self, "_dmarc_policies", None)
        if policies is None:
            settings = getattr(self, "settings", {}) or {}
            policies = dmarc.Policies(settings.get("DNS_RESOLVER") or "")
            self._dmarc_policies = policies
        from_header = next((str(value) for name, value in data["headers"]
                            if str(name).lower() == "from"), "")
        return received_checks.checks(data["headers"], from_header, policies)

    def message_html(self, entry: Entry, message_id: str, part_url: Callable[[int], str],
                     remote: bool = False) -> str:
        """Return a message's sanitized HTML with its parts at part_url(index)."""
        mailbox, key = self.mailbox_path(entry), key_of(entry)
        html = rendering.html_with_remote(mailbox, message_id, key) if remote else \
            rendering.render(mailbox, message_id, key)["html"]
        return rendering.link_parts(html or "", part_url) or ""

    def raw(self, entry: Entry, message_id: str, limit: int | None = None) -> bytes:
        """Return a message exactly as received (at most limit bytes); raise MessageMissing."""
        return sealedstore.read(self.mailbox_path(entry), message_id, key_of(entry), limit)

    def raw_stream(self, entry: Entry, message_id: str) -> Iterator[bytes]:
        """Return the message as received, in chunks (opened now: raise MessageMissing)."""
        return sealedstore.stream(self.mailbox_path(entry), message_id, key_of(entry))

    def attachment(self, entry: Entry, message_id: str, index: int) -> tuple[dict, bytes] | None:
        """Return (its metadata, its bytes) of part index of a message, or None."""
        mailbox, key = self.mailbox_path(entry), key_of(entry)
        meta = next((a for a in rendering.render(mailbox, message_id, key)["attachments"]
                     if a["index"] == index), None)
        if meta is None:
            return None
        try:
            _, payload = messages.attachment(sealedstore.read(mailbox, message_id, key), index)
        except KeyError:  # no such part
            return None
        return meta, payload

    def attachment_stream(self, entry: Entry, message_id: str,
                          index: int) -> tuple[dict, Iterator[bytes], int | None] | None:
        """Return (its metadata, its bytes in chunks, their count if known) of part index, or None.

        The part is found in the file and decoded as it is sent (mimestream), so
        memory stays bounded whatever its size; a message that walk does not
        follow exactly is decoded whole in memory (attachment), at most
        messages.Limits.size bytes.
        """
        mailbox, key = self.mailbox_path(entry), key_of(entry)
        meta = next((a for a in rendering.render(mailbox, message_id, key)["attachments"]
                     if a["index"] == index), None)
        if meta is None:
            return None
        source = sealedstore.open_source(mailbox, message_id, key)
        try:
            part = mimestream.find_part(source, index, messages.DEFAULT_LIMITS)
            if part is not None:
                size = part.size if part.size == meta["size"] else None
                return meta, mimestream.open_part(source, part), size
            raw = sealedstore.read(mailbox, message_id, key, messages.DEFAULT_LIMITS.size + 1)
        finally:
            sealedstore.close(source)
        if len(raw) > messages.DEFAULT_LIMITS.size:
            return None
        try:
            _, payload = messages.attachment(raw, index)
        except KeyError:  # no such part
            return None
        return meta, iter((payload,)), len(payload)

    def delete_message(self, entry: Entry, message_id: str) -> None:
        """Remove one message of entry's and its cached renderings; raise MessageMissing."""
        mailbox = self.mailbox_path(entry)
        maildir.delete(mailbox, message_id)
        rendering.forget(mailbox, message_id)

    def wait_for_messages(self, entry: Entry, seconds: float,
                          wanted: Callable[[dict], bool] = lambda item: True,
                          tag: str | None = None) -> list[dict]:
        """Return the summaries wanted() accepts, waiting up to seconds for the first one.

        tag: only the messages sent to that plus-address (a tag check_tag returned).

        Returns early with an empty list when the inbox expires or is deleted.
        The wait blocks on mailwatch (one watcher thread per process wakes it
        when the Maildir changes), so a waiter costs a sleeping thread, no CPU.
        """
        mailbox, key = self.mailbox_path(entry), key_of(entry)
        deadline = time.monotonic() + seconds
        seen = None
        with mailwatch.watching(mailbox, register=seconds > 0) as watch:
            while True:
                watch.clear()
                state = maildir.state(mailbox)
                if state is None:
                    return []
                if state != seen:
                    seen = state
                    found = [item for item in rendering.index(mailbox, key) if wanted(item)
                             and (tag is None or item.get("tag") == tag)]
                    if found:
                        return found
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                if self.clock() >= entry.ends_at():  # ask the registry only when it may be over
                    current = self.refresh(entry)
                    if current is None:
                        return []
                    entry = current
                watch.wait(min(left, WAIT_RECHECK, max(WAIT_STEP, entry.ends_at() - self.clock())))

    def refresh(self, entry: Entry) -> Entry | None:
        """Return entry as the registry has it now, or None if it is no longer live."""
        raise NotImplementedError  # Inboxes provides it
