"""Wake-ups across nodes: PostgreSQL LISTEN/NOTIFY, one listener connection per process.

The router that delivers a message announces it (registry.announce: NOTIFY on
CHANNEL with "<mailbox id> <message id>"); every web process listens on one
connection of its own and hands each announcement to a callback, which wakes the
waiters of that mailbox in this process (mailwatch). Notifications sent while
the listener was disconnected are lost, so after every (re)connect the
on_connect callback runs: it wakes every waiter, and each looks again.
LISTEN needs a session of its own: it does not work through PgBouncer's
transaction pooling (docs/scale-out.md).
"""

from collections.abc import Callable
import logging
import threading

import psycopg

from tempmail import registry_pg

CHANNEL = "tempmail_mail"
RETRY_MIN, RETRY_MAX = 0.2, 10.0
"""Seconds between reconnection attempts, doubling from the first to the last."""

log = logging.getLogger(__name__)


def payload(mailbox_id: str, message_id: str) -> str:
    """Return the notification text for one delivery (ids only: no address, no content)."""
    return f"{mailbox_id} {message_id}"


def parse(text: str) -> tuple[str, str] | None:
    """Return (mailbox_id, message_id) from a notification, or None if it is not one."""
    mailbox_id, _, message_id = text.partition(" ")
    if not mailbox_id.isalnum() or not message_id or "/" in message_id or len(text) > 512:
        return None
    return mailbox_id, message_id


class Listener:
    """A daemon thread listening on CHANNEL; call start() once, stop() to end it."""

    def __init__(self, url: str, on_message: Callable[[str, str], None],
                 on_connect: Callable[[], None] = lambda: None) -> None:
        self.conninfo = registry_pg.connection_string(url, timeout=10.0)
        self.on_message = on_message
        self.on_connect = on_connect
        self.stopping = threading.Event()
        self.connected = threading.Event()
        self.thread = threading.Thread(target=self._run, name="pgwake", daemon=True)

    def start(self) -> "Listener":
        """Start listening in the background."""
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread."""
        self.stopping.set()
        self.thread.join(timeout)

    def _run(self) -> None:
        delay = RETRY_MIN
        while not self.stopping.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    delay = RETRY_MIN
                    self.on_connect()    # whatever came while we were away: look again
                    while not self.stopping.is_set():
                        for note in conn.notifies(timeout=1.0, stop_after=64):
                            found = parse(note.payload)
                            if found:
                                self.on_message(*found)
            except psycopg.Error as exc:
                log.warning("the wake-up listener lost its database (%s); reconnecting",
                            type(exc).__name__)
            self.connected.clear()
            self.stopping.wait(delay)
            delay = min(delay * 2, RETRY_MAX)
