"""Header bytes -> readable text: raw 8-bit (RFC 6532) and RFC 2047 encoded words alike.

Mail sent with SMTPUTF8 carries UTF-8 in headers as it is, and many senders put raw
8-bit text there anyway. Mail clients read such bytes as UTF-8 when they are valid
UTF-8, else in the charset the body declares, else as Windows-1252; so do we.
Every pass here is linear in the header's length and never raises.
"""

import binascii
import codecs
from email.policy import Compat32
import re

# WHATWG Encoding: these labels mean Windows-1252, which is what such senders send.
_MEANS_WINDOWS_1252 = {"latin_1", "iso8859-1", "ascii", "cp1252"}
_PARTS_SEARCHED = 64
"""Parts looked at for the body's declared charset; the first text part wins."""

# One encoded word (RFC 2047 s2), tolerant as readers are: any length, a language tag
# (RFC 2231 s5) after the charset. No nested quantifier: each try ends at the next `?`.
_ENCODED_WORD = re.compile(r"=\?([^?\s*]{1,64})(?:\*[^?\s]{0,40})?\?([BbQq])\?([^?]*)\?=")


def codec_name(charset: str | None) -> str | None:
    """Return Python's codec name for a charset label, Latin-1 read as Windows-1252."""
    label = (charset or "").strip().strip('"').lower()
    try:
        name = codecs.lookup(label).name if label else None
    except (LookupError, TypeError, ValueError):
        return None
    return "cp1252" if name in _MEANS_WINDOWS_1252 else name


def decode_8bit(data: bytes, fallback: str | None = None) -> str:
    """Decode raw header bytes: UTF-8 if valid, else the fallback charset, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in (codec_name(fallback), "cp1252"):
        if name and name not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("latin-1")  # the five bytes Windows-1252 leaves undefined


def has_raw_bytes(text: str) -> bool:
    """Tell whether text holds raw 8-bit bytes smuggled as surrogate escapes."""
    return any("\udc80" <= char <= "\udcff" for char in text)


def _word_bytes(encoding: str, payload: str) -> bytes:
    data = payload.encode("ascii", "replace")
    if encoding in "Bb":
        data = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
        data = data[:len(data) - (len(data) % 4 == 1)]  # one stray character: drop it
        return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
    return binascii.a2b_qp(data, header=True)


def _decode_word(data: bytes, charset: str, fallback: str | None) -> str:
    name = codec_name(charset)
    if name is None:
        return decode_8bit(data, fallback)
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return decode_8bit(data, fallback) if name == "utf-8" else data.decode(name, "replace")


def decode_words(text: str, fallback: str | None = None) -> str:
    """Return text with its RFC 2047 encoded words decoded; white space between words goes."""
    pieces, run, run_charset, position = [], bytearray(), None, 0

    def flush():
        nonlocal run, run_charset
        if run_charset is not None:
            pieces.append(_decode_word(bytes(run), run_charset, fallback))
        run, run_charset = bytearray(), None

    for match in _ENCODED_WORD.finditer(text):
        between = text[position:match.start()]
        if between.strip() or run_charset is None:
            flush()
            pieces.append(between)
        charset = match.group(1).lower()
        if charset != run_charset:  # a character may be split across words of one charset
            flush()
            run_charset = charset
        try:
            run += _word_bytes(match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            run += match.group(0).encode("ascii", "replace")
        position = match.end()
    flush()
    pieces.append(text[position:])
    return "".join(pieces)


def readable(value: object, fallback: str | None = None) -> str:
    """Return a header value as one line of text: raw bytes and encoded words decoded."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if has_raw_bytes(text):
        text = decode_8bit(text.encode("utf-8", "surrogateescape"), fallback)
    return " ".join(decode_words(text, fallback).split())


def body_charset(message) -> str | None:
    """Return the charset the message's first text part declares, if any; never raise."""
    stack, seen = [message], 0
    try:
        while stack and seen < _PARTS_SEARCHED:
            part = stack.pop()
            seen += 1
            if part.is_multipart():
                children = part.get_payload()
                if isinstance(children, list):
                    stack.extend(reversed(children[:_PARTS_SEARCHED]))
            elif part.get_content_maintype() == "text":
                charset = codec_name(part.get_param("charset"))
                if charset:
                    return charset
    except Exception:
        return None
    return None


class HeaderPolicy(Compat32):
    """compat32, except that a header with raw 8-bit bytes comes back as decoded text.

    compat32 hands such a value back as an ``unknown-8bit`` Header whose str() shows
    U+FFFD for every byte; here it is UTF-8 if valid, else ``fallback_charset``, else
    Windows-1252. Set ``fallback_charset`` with ``clone`` once the body's is known.
    """

    fallback_charset = None

    def header_fetch_parse(self, name, value):
        """Return the stored value, its raw 8-bit bytes decoded (RFC 6532)."""
        if isinstance(value, str) and has_raw_bytes(value):
            return decode_8bit(value.encode("utf-8", "surrogateescape"), self.fallback_charset)
        return super().header_fetch_parse(name, value)


POLICY = HeaderPolicy()


def adopt_body_charset(message) -> str | None:
    """Read message's own headers in its body's declared charset from now on; return it."""
    charset = body_charset(message)
    if charset and isinstance(message.policy, HeaderPolicy):
        message.policy = message.policy.clone(fallback_charset=charset)
    return charset
