"""The router's aiosmtpd handler: maps delivery outcomes to LMTP replies, nothing more.

The registry check and the Maildir write live in tempmail.delivery; they block
(SQLite, fsync), so they run on a small thread pool while the event loop keeps
serving other connections. Never logs an address or message content.
"""

import asyncio
import collections
from collections.abc import Callable
import concurrent.futures
import logging
import threading
import time
from typing import Any

from tempmail import delivery
from tempmail import lmtp_status as S

log = logging.getLogger("tempmail.router")

REPLIES = {
    delivery.DELIVERED: S.DELIVERED,
    delivery.DUPLICATE: S.DELIVERED,
    delivery.LIVE: S.OK,
    delivery.NO_SUCH_ADDRESS: S.NO_SUCH_ADDRESS,
    delivery.REGISTRY_UNAVAILABLE: S.REGISTRY_UNAVAILABLE,
    delivery.MAILBOX_MISSING: S.MAILBOX_MISSING,
    delivery.DISK_FULL: S.DISK_FULL,
    delivery.STORAGE_ERROR: S.STORAGE_ERROR,
}


class Counters:
    """Outcome counts since the last take(), shared by the worker threads."""

    def __init__(self) -> None:
        self._counts: collections.Counter = collections.Counter()
        self._lock = threading.Lock()

    def add(self, outcome: str) -> None:
        """Count one outcome."""
        with self._lock:
            self._counts[outcome] += 1

    def take(self) -> dict:
        """Return the counts so far and start again from zero."""
        with self._lock:
            counts, self._counts = dict(self._counts), collections.Counter()
        return counts


class Handler:
    """RCPT: is the address live? DATA: store the message for each recipient, then reply."""

    def __init__(self, data_dir: str, limits: delivery.Limits,
                 executor: concurrent.futures.Executor,
                 clock: Callable[[], float] = time.time,
                 counters: Counters | None = None) -> None:
        self.data_dir = data_dir
        self.limits = limits
        self.executor = executor
        self.clock = clock
        self.counters = counters or Counters()

    async def _run(self, function: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, function, *args)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        """Accept a live recipient; 550 a dead one; 451 when the registry cannot say."""
        outcome = await self._run(delivery.check, self.data_dir, address, self.clock(),
                                  self.limits.registry_timeout, self.limits.registry_url)
        if outcome == delivery.LIVE:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return REPLIES[outcome]

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        """Return one reply per accepted recipient, each sent only after its own fsync."""
        # LMTP carries CRLF lines; a Maildir holds LF lines, as Exim's own spool does.
        message = envelope.original_content.replace(b"\r\n", b"\n")
        exim_id = delivery.exim_message_id(message)
        replies = []
        for address in envelope.rcpt_tos:
            key = delivery.delivery_key(exim_id, address.lower())
            try:
                outcome = await self._run(delivery.deliver, self.data_dir, address, message,
                                          self.limits, key, self.clock())
            except Exception as exc:  # any doubt: Exim keeps the message and retries
                log.error("delivery failed: %s", type(exc).__name__)
                replies.append(S.UNEXPECTED)
                continue
            self.counters.add(outcome)
            replies.append(REPLIES[outcome])
        return "\r\n".join(replies)

    async def handle_exception(self, error: Exception) -> str:
        """Answer a fault in a command with a temporary error, never aiosmtpd's 500."""
        log.error("LMTP command failed: %s", type(error).__name__)
        return S.UNEXPECTED
