"""Client (a service, an optional API key) and Inbox (one address and its token)."""

import os
import re
import time
import urllib.parse
from collections.abc import Mapping
from datetime import datetime
from types import TracebackType
from typing import Any, Optional

from tempmail_client import errors
from tempmail_client.models import InboxInfo, Message, Summary, parse_time
from tempmail_client.transport import Transport

MAX_WAIT_PER_CALL = 60.0
"""The API's longest long poll (`?wait=`), in seconds."""
MIN_POLL_GAP = 0.5
"""Seconds between polls when the server answers a long poll at once with nothing."""
WAIT_MARGIN = 15.0
"""Extra seconds a long-poll call may take beyond its `wait` before the socket gives up."""
TAG_SEPARATOR = "+"
"""Plus-addressing: mail to local+tag@domain lands in local@domain's inbox, tagged."""
MAX_TAG_LENGTH = 64
_TAG = re.compile(rf"[a-z0-9._-]{{1,{MAX_TAG_LENGTH}}}")


def check_tag(tag: str) -> str:
    """Return tag in lower case (tags ignore case); raise ValueError if the service refuses it.

    A tag is 1 to 64 ASCII letters, digits, '.', '-' and '_', with no two dots in a row.
    """
    folded = tag.lower() if isinstance(tag, str) else ""
    if not (folded.isascii() and _TAG.fullmatch(folded)) or ".." in folded:
        raise ValueError(f"not a tag: {tag!r} (1 to {MAX_TAG_LENGTH} letters, digits, '.', '-'"
                         " and '_', no two dots in a row)")
    return folded


class Client:
    """A tempmail service: URL and API key from the arguments, else TEMPMAIL_URL / TEMPMAIL_API_KEY."""

    def __init__(self, url: Optional[str] = None, api_key: Optional[str] = None,
                 timeout: float = 30.0, max_retries: int = 3, max_retry_wait: float = 60.0,
                 environ: Optional[Mapping[str, str]] = None) -> None:
        env = os.environ if environ is None else environ
        url = url or env.get("TEMPMAIL_URL")
        if not url:
            raise errors.ConfigurationError(
                "no tempmail service URL: give url (--url) or set TEMPMAIL_URL")
        self.transport = Transport(url, api_key or env.get("TEMPMAIL_API_KEY") or None,
                                   timeout=timeout, max_retries=max_retries,
                                   max_retry_wait=max_retry_wait)
        self.max_wait_per_call = MAX_WAIT_PER_CALL

    def create_inbox(self, lifetime: Optional[float] = None, domain: Optional[str] = None,
                     name: Optional[str] = None, subdomain: Optional[str] = None,
                     style: Optional[str] = None) -> "Inbox":
        """Create an inbox (random name and domain unless given); raise Conflict if the name is taken.

        subdomain: "random" or a label of your own under domain, where the service offers
        subdomain addresses (GET /domains lists them); style: how a random local part is
        drawn ("random", "name" or "words").
        """
        body: dict[str, Any] = {}
        if lifetime is not None:
            body["lifetime"] = lifetime
        if domain is not None:
            body["domain"] = domain
        if name is not None:
            body["name"] = name
        if subdomain is not None:
            body["subdomain"] = subdomain
        if style is not None:
            body["style"] = style
        data = self.transport.request("POST", "/inboxes", body=body, api_key=True).json()
        return Inbox(self, str(data["token"]), str(data["address"]),
                     parse_time(data.get("expires_at")))

    def inbox(self, token: str, address: Optional[str] = None) -> "Inbox":
        """Return the Inbox of an existing token (no call is made until you use it)."""
        return Inbox(self, token, address)


class Inbox:
    """One inbox; as a context manager it deletes itself on exit."""

    def __init__(self, client: Client, token: str, address: Optional[str] = None,
                 expires_at: Optional[datetime] = None) -> None:
        self.client = client
        self.token = token
        self._address = address
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"<Inbox {self._address or '(address not fetched)'}>"

    def __enter__(self) -> "Inbox":
        return self

    def __exit__(self, kind: Optional[type[BaseException]], value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None:
        try:
            self.delete()
        except errors.TempmailError:
            if value is None:
                raise  # else the block's own exception says more than a failed clean-up

    @property
    def address(self) -> str:
        """The e-mail address (fetched once with GET /inbox if the token came alone)."""
        if self._address is None:
            self._address = self.info().address
        return self._address

    def address_for(self, tag: str) -> str:
        """Return the address whose mail lands in this inbox tagged `tag`: local+tag@domain.

        One inbox serves a whole test run: give each case its own tag and wait with
        wait_for(tag=...). Raises ValueError for a tag the service would refuse.
        """
        local_part, _, domain = self.address.rpartition("@")
        return f"{local_part}{TAG_SEPARATOR}{check_tag(tag)}@{domain}"

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.client.transport.request(method, path, token=self.token, **kwargs).json()

    def info(self) -> InboxInfo:
        """Return the inbox's address, times and message count; raise InboxGone if it is over."""
        info = InboxInfo.from_json(self._call("GET", "/inbox"))
        self._address, self.expires_at = info.address, info.expires_at
        return info

    def messages(self, subject: Optional[str] = None, sender: Optional[str] = None,
                 wait: float = 0.0, tag: Optional[str] = None) -> list[Summary]:
        """List messages (newest first) whose subject/sender contain the given text, ignoring case.

        tag: only mail sent to address_for(tag). With wait > 0 the server holds the call
        up to that many seconds (at most 60) until a matching message is there.
        """
        wait = max(0.0, min(float(wait), self.client.max_wait_per_call))
        query = {"wait": f"{wait:g}"} if wait else {}
        if subject:
            query["subject"] = subject
        if sender:
            query["from"] = sender
        if tag is not None:
            query["tag"] = check_tag(tag)
        data = self._call("GET", "/inbox/messages", query=query,
                          timeout=(wait + WAIT_MARGIN) if wait else None)
        return [Summary.from_json(item) for item in data["messages"]]

    def wait_for(self, subject: Optional[str] = None, sender: Optional[str] = None,
                 timeout: float = 60.0, tag: Optional[str] = None) -> Message:
        """Return the newest message matching subject/sender (and tag), waiting up to timeout s.

        tag: only mail sent to address_for(tag). Raises WaitTimeout when none came in
        time, InboxGone if the inbox ends meanwhile.
        """
        tag = None if tag is None else check_tag(tag)
        deadline = time.monotonic() + timeout
        while True:
            started = time.monotonic()
            remaining = max(0.0, deadline - started)
            found = self.messages(subject=subject, sender=sender, wait=remaining, tag=tag)
            if found:
                return self.read(found[0].id)
            now = time.monotonic()
            if now < deadline and now - started < MIN_POLL_GAP:  # the server did not hold the call
                time.sleep(min(MIN_POLL_GAP, deadline - now))
            if time.monotonic() >= deadline:
                wanted = ", ".join(f"{key} containing {value!r}" for key, value in
                                   (("subject", subject), ("sender", sender)) if value)
                if tag is not None:
                    wanted = ", ".join(filter(None, (f"tag {tag!r}", wanted)))
                raise errors.WaitTimeout(f"no message{' with ' + wanted if wanted else ''}"
                                         f" arrived within {timeout:g} s")

    def read(self, message_id: str) -> Message:
        """Return one message with its text, HTML, codes, links and attachments; NotFound if absent."""
        return Message.from_json(self._call("GET", "/inbox/messages/" + _segment(message_id)))

    def raw(self, message_id: str) -> bytes:
        """Return the message exactly as it was received."""
        return self.client.transport.request(
            "GET", f"/inbox/messages/{_segment(message_id)}/raw", token=self.token).body

    def attachment(self, message_id: str, index: int) -> bytes:
        """Return the bytes of one attachment (its `index` from Message.attachments)."""
        return self.client.transport.request(
            "GET", f"/inbox/messages/{_segment(message_id)}/attachments/{int(index)}",
            token=self.token).body

    def delete_message(self, message_id: str) -> None:
        """Delete one message; raise NotFound if it is not there."""
        self._call("DELETE", "/inbox/messages/" + _segment(message_id))

    def extend(self, seconds: float) -> InboxInfo:
        """Give the inbox more time; the answer's `capped` is True if the service cut it short."""
        info = InboxInfo.from_json(self._call("POST", "/inbox/extend", body={"seconds": seconds}))
        self._address, self.expires_at = info.address, info.expires_at
        return info

    def delete(self) -> None:
        """Delete the inbox and its mail; an inbox already gone counts as deleted."""
        try:
            self._call("DELETE", "/inbox")
        except errors.InboxGone:
            pass


def _segment(value: str) -> str:
    return urllib.parse.quote(str(value), safe="")


def create_inbox(lifetime: Optional[float] = None, domain: Optional[str] = None,
                 name: Optional[str] = None, url: Optional[str] = None,
                 api_key: Optional[str] = None, subdomain: Optional[str] = None,
                 style: Optional[str] = None) -> Inbox:
    """Create an inbox on the service named by url/api_key or TEMPMAIL_URL/TEMPMAIL_API_KEY."""
    return Client(url, api_key).create_inbox(lifetime=lifetime, domain=domain, name=name,
                                             subdomain=subdomain, style=style)
