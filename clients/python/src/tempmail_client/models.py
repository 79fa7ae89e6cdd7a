"""What the API returns, as typed read-only records."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional


def parse_time(value: Optional[str]) -> Optional[datetime]:
    """Return an aware datetime for the API's ISO 8601 'Z' timestamps; None for None."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _tag(data: Mapping[str, Any]) -> Optional[str]:
    tag = data.get("tag")
    return str(tag) if tag else None


@dataclass(frozen=True)
class Link:
    """A link found in a message; kind 'action' is a confirm/login link, 'other' the rest."""

    url: str
    text: str = ""
    kind: str = "other"


@dataclass(frozen=True)
class Attachment:
    """One attachment of a message; `url` is its path on the API."""

    index: int
    name: str
    type: str
    size: int
    content_id: Optional[str] = None
    inline: bool = False
    url: str = ""


@dataclass(frozen=True)
class Summary:
    """One entry of an inbox listing (newest first)."""

    id: str
    sender: str
    to: str
    subject: str
    date: str
    size: int
    preview: str
    tag: Optional[str] = None
    """The tag of the plus-address it was sent to (local+tag@domain), None if none."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Summary":
        """Build a Summary from one item of GET /inbox/messages."""
        return cls(id=str(data["id"]), sender=str(data.get("from") or ""),
                   to=str(data.get("to") or ""), subject=str(data.get("subject") or ""),
                   date=str(data.get("date") or ""), size=int(data.get("size") or 0),
                   preview=str(data.get("preview") or ""), tag=_tag(data))


@dataclass(frozen=True)
class Message:
    """One message as GET /inbox/messages/ID returns it: text, sanitized HTML, codes, links."""

    id: str
    sender: str
    to: str
    subject: str
    text: str
    html: str
    codes: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    date: str = ""
    received: str = ""
    size: int = 0
    displayable: bool = True
    problem: Optional[str] = None
    raw_url: str = ""
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    tag: Optional[str] = None
    """The tag of the plus-address it was sent to (local+tag@domain), None if none."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Message":
        """Build a Message from the body of GET /inbox/messages/ID."""
        return cls(
            id=str(data["id"]), sender=str(data.get("from") or ""), to=str(data.get("to") or ""),
            subject=str(data.get("subject") or ""), text=str(data.get("text") or ""),
            html=str(data.get("html") or ""), codes=tuple(str(c) for c in data.get("codes") or ()),
            links=tuple(Link(url=str(item["url"]), text=str(item.get("text") or ""),
                             kind=str(item.get("kind") or "other"))
                        for item in data.get("links") or ()),
            attachments=tuple(Attachment(
                index=int(item["index"]), name=str(item.get("name") or ""),
                type=str(item.get("type") or ""), size=int(item.get("size") or 0),
                content_id=item.get("content_id"), inline=bool(item.get("inline")),
                url=str(item.get("url") or "")) for item in data.get("attachments") or ()),
            headers=tuple((str(h["name"]), str(h["value"])) for h in data.get("headers") or ()),
            cc=str(data.get("cc") or ""), date=str(data.get("date") or ""),
            received=str(data.get("received") or ""), size=int(data.get("size") or 0),
            displayable=bool(data.get("displayable", True)), problem=data.get("problem"),
            raw_url=str(data.get("raw_url") or ""), data=dict(data), tag=_tag(data))

    def code(self) -> Optional[str]:
        """Return the likeliest one-time code in the message, or None if it has none."""
        return self.codes[0] if self.codes else None

    def link(self) -> Optional[str]:
        """Return the URL of the first action (confirm/login) link, or None if there is none."""
        return next((link.url for link in self.links if link.kind == "action"), None)


@dataclass(frozen=True)
class InboxInfo:
    """An inbox's state: GET /inbox, or the answer to extend (then `capped` says if cut short)."""

    address: str
    created_at: Optional[datetime]
    expires_at: Optional[datetime]
    message_count: Optional[int] = None
    capped: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "InboxInfo":
        """Build an InboxInfo from GET /inbox or POST /inbox/extend."""
        count = data.get("message_count")
        return cls(address=str(data["address"]), created_at=parse_time(data.get("created_at")),
                   expires_at=parse_time(data.get("expires_at")),
                   message_count=None if count is None else int(count),
                   capped=bool(data.get("capped", False)))
