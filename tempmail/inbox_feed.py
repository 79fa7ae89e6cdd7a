"""The service layer's live side: an inbox's new messages as they land, for event streams.

A Feed is one open stream's view of one inbox. It registers with mailwatch
(the one watcher thread of the process, which also wakes the API's ?wait=),
so the stream is told of a change by a callback and never polls on its own;
news() then returns the messages the stream has not sent yet, oldest first.
Every method is quick and blocking (a stat, the cached index): an event loop
calls them from a small thread pool, never a thread per stream.
"""

from collections.abc import Callable
import dataclasses

from tempmail import maildir, mailwatch, rendering
from tempmail.inbox_keys import key_of
from tempmail.registry import Entry

MAX_EVENT_ID = 200
"""Longest Last-Event-ID taken (ids are Maildir names, well under this)."""


class BadEventId(ValueError):
    """A Last-Event-ID that no stream of ours could have sent."""


def check_event_id(value: str | None) -> str | None:
    """Return a Last-Event-ID fit to resume from (None: none given); raise BadEventId."""
    if value is None or value == "":
        return None
    if len(value) > MAX_EVENT_ID or not value.isascii() or not value.isprintable():
        raise BadEventId(value[:MAX_EVENT_ID])
    return value


@dataclasses.dataclass
class Feed:
    """One stream's view of an inbox: what landed since it last looked, and whether it lives."""

    entry: Entry
    path: str
    watch: mailwatch.Watch
    seen: set[str]
    state: tuple | None
    refresh: Callable[[Entry], Entry | None]
    clock: Callable[[], float]
    tag: str | None = None     # only messages sent to this plus-address

    def news(self) -> list[dict] | None:
        """Return the summaries not returned before, oldest first; None once the Maildir is gone."""
        self.watch.clear()
        state = maildir.state(self.path)
        if state is None:
            return None
        if state == self.state:
            return []
        try:
            index = rendering.index(self.path, key_of(self.entry))   # newest first; one parse each
        except maildir.MailboxMissing:
            return None
        self.state = state
        fresh = [item for item in reversed(index) if item["id"] not in self.seen
                 and (self.tag is None or item.get("tag") == self.tag)]
        self.seen = {item["id"] for item in index}
        return fresh

    def ends_at(self) -> float:
        """Return when the inbox stops living unless it is extended (ask alive() then)."""
        return self.entry.ends_at()

    def alive(self) -> str | None:
        """Ask the registry; return None while the inbox lives, else "expired" or "deleted"."""
        current = self.refresh(self.entry)
        if current is not None and maildir.state(self.path) is not None:
            self.entry = current
            return None
        return "expired" if self.clock() >= self.entry.ends_at() else "deleted"

    def close(self) -> None:
        """Stop watching the inbox."""
        mailwatch.WATCHER.remove(self.watch)


class InboxFeeds:
    """Open feeds on live inboxes (mixed into Inboxes)."""

    mail_root: str
    clock: Callable[[], float]

    def refresh(self, entry: Entry) -> Entry | None:
        raise NotImplementedError  # Inboxes provides it

    def feed(self, entry: Entry, last_id: str | None, wake: Callable[[], None],
             tag: str | None = None) -> Feed:
        """Open a Feed on entry's inbox; wake() is called from the watcher at every change.

        Without last_id the feed starts from what the inbox holds now (only
        new mail follows); with it, every message delivered after the one
        last_id names (by delivery time, so a deleted one works too) comes
        first. "0" replays the whole inbox. tag: only the messages sent to that
        plus-address (a tag check_tag returned). Raise MailboxMissing if it is gone.
        """
        path = f"{self.mail_root}/{entry.mailbox_id}"
        watch = mailwatch.WATCHER.add(path, wake)
        try:
            ids = maildir.list_ids(path)
        except BaseException:
            mailwatch.WATCHER.remove(watch)
            raise
        if last_id is None:
            seen = set(ids)
        else:
            after = maildir.order_key(last_id)
            seen = {message_id for message_id in ids if maildir.order_key(message_id) <= after}
        return Feed(entry, path, watch, seen, None, self.refresh, self.clock, tag)
