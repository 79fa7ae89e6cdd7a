"""Raw message bytes -> what the CLI, the API and the pages show.

Every byte is hostile: nothing here raises on a malformed message; a header
that will not decode is shown as best it can be, never dropped with an error.
"""

import email.header
import email.utils
from email.parser import BytesHeaderParser
from email import policy as email_policy

from tempmail import maildir
from tempmail.timefmt import iso

HEADER_BUDGET = 64 * 1024     # bytes read to list a message
HEADER_VALUE_MAX = 998 * 4    # longest header value kept, in characters


def decode_header(value):
    """Return a header value as readable text, decoding RFC 2047 words; never raise."""
    if value is None:
        return ""
    text = str(value)
    try:
        parts = []
        for chunk, charset in email.header.decode_header(text):
            if isinstance(chunk, bytes):
                chunk = _decode_bytes(chunk, charset)
            parts.append(chunk)
        text = "".join(parts)
    except Exception:
        pass
    text = " ".join(text.split())
    return text[:HEADER_VALUE_MAX]


def _decode_bytes(data, charset):
    for candidate in (charset, "utf-8", "windows-1252"):
        if not candidate or candidate == "unknown-8bit":
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def parse_headers(raw):
    """Return an email.message.Message holding only the headers of raw; never raise."""
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw[:HEADER_BUDGET] else \
        raw.split(b"\n\n", 1)[0]
    return BytesHeaderParser(policy=email_policy.compat32).parsebytes(head[:HEADER_BUDGET])


def message_date(headers, fallback):
    """Return the Date header as Unix seconds, or fallback when absent or nonsense."""
    try:
        parsed = email.utils.parsedate_to_datetime(str(headers.get("Date", "")))
        timestamp = parsed.timestamp()
    except Exception:
        return fallback
    return timestamp if 0 < timestamp < 1e11 else fallback


def delivered_at(message_id):
    """Return the delivery time recorded in a Maildir message id (Unix seconds)."""
    head = message_id.split(".", 1)[0]
    return int(head) / 1e9 if head.isdigit() else 0.0


def summary(message_id, raw):
    """Return the list entry for one message: id, from, to, subject, date, size."""
    headers = parse_headers(raw)
    received = delivered_at(message_id)
    size = maildir.size_of(message_id)
    return {
        "id": message_id,
        "from": decode_header(headers.get("From")),
        "to": decode_header(headers.get("To")),
        "subject": decode_header(headers.get("Subject")),
        "date": iso(message_date(headers, received)),
        "received": iso(received),
        "size": size if size is not None else len(raw),
    }
