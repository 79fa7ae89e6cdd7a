"""aiosmtpd's LMTP server class with the router's limits and its shutdown behaviour.

Policy lives in the handler (tempmail.lmtp_handler); this subclass adds only
what a resident delivery agent needs from the protocol side: a bounded number of
sessions (the rest wait for their greeting), 421 to new transactions while the
service drains, one reply per recipient even when DATA itself fails, and no
permanent refusal but "no such address".

Why that last rule: the only client is Exim, which has already said 250 to the
sender. Any 5xx from us makes Exim fail the recipient, and the bounce it makes
is dropped (nothing is sent out): the mail is lost. So every 5xx aiosmtpd would
send (bad syntax, an unknown parameter, oversize) goes out as the same reply
with a 4 in front: Exim keeps the message, retries, and an operator sees it in
the queue. Found by a UTF-8 envelope sender, which aiosmtpd's default strict
ASCII mode refused with 500 (SMTPUTF8 is now on; it only affects the envelope).
"""

import asyncio
from typing import Any, AnyStr

from aiosmtpd.lmtp import LMTP

from tempmail import lmtp_status as S

HOSTNAME = "tempmail-router"
DATA_HEADROOM = 64 * 1024   # Exim adds Return-path, Envelope-to, Delivery-date, Received


def data_limit(max_message: int) -> int:
    """Return the most DATA bytes a session reads for a message Exim accepted at max_message.

    Exim counts a message with LF line ends; on the wire every LF becomes CRLF
    and a leading dot doubles, so a message of one-character lines doubles.
    """
    return 2 * max_message + DATA_HEADROOM


class Gate:
    """The sessions of one service: at most limit at once, and whether it is draining."""

    def __init__(self, limit: int) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.sessions: set = set()
        self.draining = False
        self.changed = asyncio.Event()

    def busy(self) -> int:
        """Return how many sessions are inside a transaction (MAIL to the DATA replies)."""
        return sum(1 for session in self.sessions if session.in_transaction)

    def drain(self) -> None:
        """Refuse new transactions with 421; close idle sessions now."""
        self.draining = True
        for session in list(self.sessions):
            if not session.in_transaction:
                session.say_goodbye()
        self.changed.set()


class RouterLMTP(LMTP):
    """One LMTP session of the router service.

    timeout: aiosmtpd closes a session that sends no command for that long, and
    since it restarts the clock only at a command, it also bounds the whole
    DATA phase (one message per session in memory, for at most that long).
    """

    line_length_limit = 1024 * 1024 + 3
    """Longest DATA line (and the read buffer's limit). RFC 5321 s 4.5.3.1.6 allows
    1000, but Exim accepts and stores longer lines, so refusing them here would turn
    accepted mail into bounces; exim.conf refuses lines over 1 MB at SMTP time instead."""

    def __init__(self, handler: Any, gate: Gate, max_message: int, timeout: float = 300.0,
                 loop: Any = None) -> None:
        super().__init__(handler, data_size_limit=data_limit(max_message),
                         enable_SMTPUTF8=True, hostname=HOSTNAME, ident="tempmail LMTP",
                         timeout=timeout, loop=loop)
        self.gate = gate
        self.in_transaction = False
        self._replies_due = 0
        self._after_go_ahead = False

    async def _handle_client(self) -> None:
        async with self.gate.slots:   # over the limit, the client waits for its greeting
            if self.gate.draining or self.transport is None:
                self.say_goodbye()
                return
            self.gate.sessions.add(self)
            try:
                await super()._handle_client()
            finally:
                self.gate.sessions.discard(self)
                self.gate.changed.set()

    def say_goodbye(self) -> None:
        """Send 421 and close, outside any transaction."""
        transport = self.transport
        if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
            transport.write(S.SHUTTING_DOWN.encode() + b"\r\n")
            transport.close()

    async def smtp_MAIL(self, arg: str) -> None:
        if self.gate.draining:
            await self.push(S.SHUTTING_DOWN)
            if self.transport is not None:
                self.transport.close()
            return
        await super().smtp_MAIL(arg)
        self.in_transaction = self.envelope is not None and bool(self.envelope.mail_from)

    async def smtp_RSET(self, arg: str) -> None:
        await super().smtp_RSET(arg)
        self._end_transaction()

    async def smtp_DATA(self, arg: str) -> None:
        self._replies_due = len(self.envelope.rcpt_tos) if self.envelope is not None else 0
        try:
            await super().smtp_DATA(arg)
        finally:
            self._replies_due, self._after_go_ahead = 0, False
            if self.envelope is None or self.envelope.mail_from is None:  # the transaction ended
                self._end_transaction()

    def _end_transaction(self) -> None:
        self.in_transaction = False
        if self.gate.draining:
            self.gate.changed.set()

    async def push(self, status: AnyStr) -> None:
        """Send a reply; after the DATA go-ahead, one failure line stands for every recipient.

        RFC 2033 s 4.2: after the final dot the server sends one reply per
        accepted recipient. aiosmtpd sends a single 552/500 for an oversize
        message or line; repeat it so the client never waits for more.
        """
        if isinstance(status, str):
            if status.startswith("354"):
                self._after_go_ahead = True
            elif self._after_go_ahead and self._replies_due > 1 and "\r\n" not in status \
                    and status[:1] in ("4", "5"):
                status = "\r\n".join([status] * self._replies_due)
            status = "\r\n".join(temporary(line) for line in status.split("\r\n"))
        await super().push(status)


def temporary(reply: str) -> str:
    """Return reply with a 5xx turned into the same 4xx, unless it is NO_SUCH_ADDRESS."""
    if not reply.startswith("5") or reply == S.NO_SUCH_ADDRESS:
        return reply
    code, _, text = reply.partition(" ")
    if text[:2] == "5.":
        text = "4" + text[1:]
    return "4" + code[1:] + (" " + text if text else "")
