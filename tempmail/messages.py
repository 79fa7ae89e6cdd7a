"""Raw message bytes -> the view model the CLI, the API and the pages show.

Every byte is hostile. Parsing has budgets (size, parts, depth, header length,
time); a message beyond them, or one the parser chokes on, comes back with
``ok = False`` and a reason, and the caller shows its raw source instead.
Nothing here raises on a malformed message.
"""

import codecs
import dataclasses
import email
import email.header
from email.parser import BytesHeaderParser
import email.utils
import mimetypes
import re
import time

from tempmail import headers as header_text

HEADER_BUDGET = 64 * 1024     # bytes of header section read when the full parse failed
HEADER_VALUE_MAX = 998 * 4    # longest header value kept, in characters
HEADERS_DECODED = 256 * 1024
"""Characters of header values decoded (RFC 2047) per message, ~0.25 us each; past them
the rest are shown as they came (490 headers of 16 KB encoded words took 2 s)."""


@dataclasses.dataclass(frozen=True)
class Limits:
    """Parsing budgets; a message beyond any of them is shown as raw source."""

    size: int = 32 * 1024 * 1024
    parts: int = 2000
    depth: int = 24
    header_value: int = 16 * 1024
    headers: int = 500
    seconds: float = 2.0


DEFAULT_LIMITS = Limits()


class BudgetExceeded(Exception):
    """The message is beyond a parsing budget."""


def decode_header(value) -> str:
    """Return a header value as readable text (raw 8-bit and RFC 2047 words); never raise."""
    if value is None:
        return ""
    text = str(value)[:HEADER_VALUE_MAX * 4]
    try:
        text = header_text.readable(text)
    except Exception:
        text = " ".join(text.encode("utf-8", "replace").decode("utf-8").split())
    return text[:HEADER_VALUE_MAX]


def header_list(items: list) -> list:
    """Return [(name, readable value)] of header items, decoding at most HEADERS_DECODED
    characters in all; never raise."""
    shown, left = [], HEADERS_DECODED
    for name, value in items:
        text = str(value)[:HEADER_VALUE_MAX * 4]
        if left > 0:
            left -= len(text)
            text = decode_header(text)
        else:
            text = " ".join(text[:HEADER_VALUE_MAX].split())
        shown.append((str(name)[:200], text))
    return shown


def _codec(charset):
    try:
        return codecs.lookup(charset).name if charset else None
    except (LookupError, TypeError, ValueError):
        return None


# As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean Windows-1252,
# which is what mail clients that say so actually send.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859-1", "ascii"}


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode bytes with the declared charset, falling back to UTF-8 then Windows-1252."""
    declared = _codec((charset or "").strip().strip('"').lower())
    if declared in _WINDOWS_1252_ALIASES:
        declared = "cp1252"
    for candidate in (declared, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
    if declared:
        return data.decode(declared, errors="replace")
    return data.decode("windows-1252", errors="replace")


def parse_headers(raw: bytes) -> email.message.Message:
    """Return an email.message.Message holding only the headers of raw; never raise."""
    head = raw[:HEADER_BUDGET]
    for separator in (b"\r\n\r\n", b"\n\n"):
        if separator in head:
            head = head.split(separator, 1)[0]
            break
    return BytesHeaderParser(policy=header_text.POLICY).parsebytes(head)


def message_date(headers, fallback: float | None) -> float | None:
    """Return the Date header as Unix seconds, or fallback when absent or nonsense."""
    try:
        parsed = email.utils.parsedate_to_datetime(str(headers.get("Date", ""))[:200])
        timestamp = parsed.timestamp()
    except Exception:
        return fallback
    return timestamp if 0 < timestamp < 1e11 else fallback


def delivered_at(message_id: str) -> float:
    """Return the delivery time recorded in a Maildir message id (Unix seconds)."""
    head = message_id.split(".", 1)[0]
    return int(head) / 1e9 if head.isdigit() else 0.0


@dataclasses.dataclass(frozen=True)
class Attachment:
    """One attachment or inline part: its index in the walk, safe name, type, size, cid."""

    index: int
    filename: str
    content_type: str
    size: int
    content_id: str | None
    inline: bool

    def as_dict(self) -> dict:
        """Return the fields as a dict (the rendering cache and the API shape)."""
        return dataclasses.asdict(self)


@dataclasses.dataclass
class View:
    """What a message shows: headers decoded, text, raw HTML, attachments; or why not."""

    ok: bool = True
    problem: str | None = None
    subject: str = ""
    sender: str = ""
    to: str = ""
    cc: str = ""
    reply_to: str = ""
    date: float | None = None
    headers: list = dataclasses.field(default_factory=list)
    text: str | None = None
    html: str | None = None
    attachments: list = dataclasses.field(default_factory=list)


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")
# Bidirectional controls: "invoice\u202egpj.exe" shows as "invoiceexe.jpg".
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def safe_filename(name: str | None, index: int, content_type: str) -> str:
    """Return a filename safe to offer for download: no path, no controls, no bidi, bounded."""
    name = _UNSAFE_NAME.sub("_", _BIDI.sub("", decode_header(name or ""))).strip(" .")
    if len(name) > 150:
        stem, dot, extension = name.rpartition(".")
        name = (stem[:140] + dot + extension[:9]) if dot and len(extension) < 10 else name[:150]
    if not name:
        extension = {"text/plain": ".txt", "message/rfc822": ".eml"}.get(content_type) or \
            mimetypes.guess_extension(content_type, strict=False) or ".bin"
        name = f"attachment-{index}{extension}"
    return name


def _param(part, header, name, limits):
    value = part.get(header)
    if value is None or len(str(value)) > limits.header_value:
        return None
    try:
        if header == "Content-Disposition" and name == "filename":
            return part.get_filename()
        result = part.get_param(name, header=header)
        return email.utils.collapse_rfc2231_value(result) if result else None
    except Exception:
        return None


def _content_type(part, limits):
    value = str(part.get("Content-Type", ""))
    if len(value) > limits.header_value:
        value = value[:limits.header_value]
    kind = value.split(";", 1)[0].strip().lower()
    if kind.count("/") != 1 or not re.fullmatch(r"[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+", kind):
        return "multipart/mixed" if part.is_multipart() else "text/plain"
    return kind


def _walk(message, limits, deadline):
    """Yield (depth, part) for every part, iteratively, within the budgets."""
    stack = [(0, message)]
    count = 0
    while stack:
        depth, part = stack.pop()
        count += 1
        if count > limits.parts:
            raise BudgetExceeded(f"more than {limits.parts} parts")
        if depth > limits.depth:
            raise BudgetExceeded(f"nested deeper than {limits.depth}")
        if time.monotonic() > deadline:
            raise BudgetExceeded(f"took longer than {limits.seconds:g}s")
        yield depth, part
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((depth + 1, child) for child in reversed(children))


def parse(raw: bytes, limits: Limits = DEFAULT_LIMITS, bodies_only: bool = False) -> "View":
    """Return the View of raw message bytes; on any budget or parse failure ok is False.

    bodies_only (the inbox list) leaves attachments out, undecoded."""
    view = View()
    try:
        if len(raw) > limits.size:
            raise BudgetExceeded(f"larger than {limits.size} bytes")
        deadline = time.monotonic() + limits.seconds
        message = email.message_from_bytes(raw, policy=header_text.POLICY)
        _fill_headers(view, message, limits)
        for index, (_, part) in enumerate(_walk(message, limits, deadline)):
            _take_part(view, index, part, limits, bodies_only)
        if time.monotonic() > deadline:
            raise BudgetExceeded(f"took longer than {limits.seconds:g}s")
    except BudgetExceeded as exc:
        view.ok, view.problem = False, f"This message is beyond what we display safely ({exc})."
    except (RecursionError, MemoryError, Exception) as exc:  # hostile input: never a 500
        view.ok, view.problem = False, f"This message could not be parsed ({type(exc).__name__})."
    if not view.ok:
        _fallback_headers(view, raw)
    return view


def _fallback_headers(view, raw):
    """Fill the header fields from the header section alone, for the raw-source view."""
    try:
        headers = parse_headers(raw)
        header_text.adopt_body_charset(headers)
        view.headers = header_list(headers.items()[:200])
        view.subject = decode_header(headers.get("Subject"))
        view.sender = _sender(lambda name: decode_header(headers.get(name)))
        view.to, view.cc = decode_header(headers.get("To")), decode_header(headers.get("Cc"))
        view.date = message_date(headers, None)
    except Exception:
        pass
    view.text = view.html = None
    view.attachments = []


def _sender(get):
    """Return From, else Sender, else the envelope sender Exim wrote into Return-path."""
    envelope = get("Return-path").strip().strip("<>").strip()
    return get("From") or get("Sender") or envelope


def _fill_headers(view, message, limits):
    items = message.items()
    if len(items) > limits.headers:
        raise BudgetExceeded(f"more than {limits.headers} header fields")
    if header_text.adopt_body_charset(message):
        items = message.items()
    view.headers = header_list(items)
    get = lambda name: decode_header(message.get(name))  # noqa: E731
    view.subject, view.sender, view.to = get("Subject"), _sender(get), get("To")
    view.cc, view.reply_to = get("Cc"), get("Reply-To")
    view.date = message_date(message, None)


def _take_part(view, index, part, limits, bodies_only=False):
    if part.is_multipart():
        return
    content_type = _content_type(part, limits)
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    filename = _param(part, "Content-Disposition", "filename", limits) or \
        _param(part, "Content-Type", "name", limits)
    is_body = disposition != "attachment" and not filename and content_type in ("text/plain",
                                                                                "text/html")
    if bodies_only and not is_body:
        return
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
    if is_body and content_type == "text/plain" and view.text is None:
        view.text = decode_bytes(payload, _param(part, "Content-Type", "charset", limits))
        return
    if is_body and content_type == "text/html" and view.html is None:
        view.html = decode_bytes(payload, _param(part, "Content-Type", "charset", limits))
        return
    content_id = str(part.get("Content-ID", "")).strip()[:250].strip("<>") or None
    view.attachments.append(Attachment(
        index, safe_filename(filename, index, content_type), content_type, len(payload),
        content_id, disposition == "inline" or (content_id is not None and not filename)))


def attachment(raw: bytes, index: int, limits: Limits = DEFAULT_LIMITS) -> tuple:
    """Return (content_type, bytes) of the part at walk position index; raise KeyError."""
    try:
        message = email.message_from_bytes(raw, policy=header_text.POLICY)
        deadline = time.monotonic() + limits.seconds
        for position, (_, part) in enumerate(_walk(message, limits, deadline)):
            if position == index and not part.is_multipart():
                payload = part.get_payload(decode=True)
                if payload is None:
                    payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
                return _content_type(part, limits), payload
    except (BudgetExceeded, RecursionError, MemoryError, Exception):
        pass
    raise KeyError(index)
