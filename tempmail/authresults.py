"""The Authentication-Results header our Exim added (RFC 8601): found, parsed, linear and capped.

Exim's DATA ACL (exim/exim.conf) adds one at the top of every message when the
checks are on, and its MAIL ACL drops every copy a sender sent, so the trusted
one is the topmost, above the Received header the same Exim wrote, and its
authserv-id is the host name in that Received header's "by" clause. Anything
else (no Received, another id, a header below ours) is a stranger's and ignored.
Standard library only; every pass is one walk over at most MAX_VALUE characters.
"""

import dataclasses

MAX_VALUE = 8 * 1024
"""Characters of a header value read; the rest is ignored (ours are a few hundred)."""
MAX_RESULTS = 32
"""Results read from one header (one per DKIM signature, SPF, ...)."""
TOP_HEADERS = 40
"""Headers looked at from the top: ours sit among the first few (Return-path, Envelope-to...)."""


@dataclasses.dataclass
class Result:
    """One method's verdict: dkim=pass header.d=example.com (comment)."""

    method: str
    result: str
    comment: str = ""
    reason: str = ""
    properties: dict = dataclasses.field(default_factory=dict)


def _split(value: str) -> list[tuple[str, str]]:
    """Return value cut at ';' into (text without comments, first comment) pairs, in one pass."""
    pieces: list[tuple[str, str]] = []
    text: list[str] = []
    comment: list[str] = []
    first_comment = ""
    depth = 0
    quoted = False
    escaped = False
    for char in value[:MAX_VALUE]:
        if escaped:
            (comment if depth else text).append(char)
            escaped = False
        elif char == "\\" and (depth or quoted):
            escaped = True
        elif quoted:
            text.append(char)
            if char == '"':
                quoted = False
        elif char == "(":
            depth += 1
            if depth > 1:
                comment.append(char)
        elif char == ")" and depth:
            depth -= 1
            if depth:
                comment.append(char)
            elif not first_comment:
                first_comment = "".join(comment).strip()
                comment = []
            else:
                comment = []
        elif depth:
            comment.append(char)
        elif char == '"':
            quoted = True
            text.append(char)
        elif char == ";":
            pieces.append(("".join(text), first_comment))
            text, comment, first_comment = [], [], ""
            if len(pieces) > MAX_RESULTS:
                break
        else:
            text.append(char)
    if len(pieces) <= MAX_RESULTS:
        pieces.append(("".join(text), first_comment))
    return pieces


_SPELLING = {"tmperror": "temperror", "hardfail": "fail"}


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def parse(value: str) -> tuple[str, list[Result]]:
    """Return (authserv-id, results) of an Authentication-Results value; ("", []) if unreadable."""
    pieces = _split(value)
    head = pieces[0][0].split()
    if not head:
        return "", []
    results = []
    for text, comment in pieces[1:]:
        words = text.split()
        if not words or "=" not in words[0]:
            continue                          # "none", or not a resinfo
        method, _, result = words[0].partition("=")
        result = result.lower()
        # Exim 4.96 writes "dkim=tmperror (pubkey unavailable)"; RFC 8601 spells it temperror
        found = Result(method.split("/")[0].lower(), _SPELLING.get(result, result), comment[:500])
        for word in words[1:]:
            key, equals, data = word.partition("=")
            if not equals:
                continue
            if key.lower() == "reason":
                found.reason = _unquote(data)[:500]
            elif "." in key:
                found.properties[key.lower()] = _unquote(data)[:255]
        results.append(found)
    return head[0].lower(), results


def received_by(value: str) -> str:
    """Return the host after "by" in a Received header value ("" if none)."""
    words = value[:MAX_VALUE].split()
    for index, word in enumerate(words[:-1]):
        if word.lower() == "by":
            return words[index + 1].lower().rstrip(";")
    return ""


def ours(headers: list) -> tuple[str, list[Result]] | None:
    """Return (authserv-id, results) of the header our Exim added, or None if there is none.

    headers: (name, value) pairs from the top of the message.
    """
    found = None
    for name, value in headers[:TOP_HEADERS]:
        lowered = str(name).lower()
        if lowered == "authentication-results" and found is None:
            found = parse(str(value))
        elif lowered == "received":
            if found is None or not found[0] or found[0] != received_by(str(value)):
                return None
            return found
    return None
