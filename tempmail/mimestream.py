"""One part of a message, found in its file and decoded as it is sent: bounded memory.

``find_part`` walks the MIME structure of an open message file the way email's
compat32 feedparser builds it (headers of each part, nested multiparts,
message/* parts, outer boundaries ending inner parts, the line end before a
boundary belonging to the boundary), numbering parts in the same order as
messages.parse (``Attachment.index``). It reads the file in chunks, looks only
at lines starting with "--" in bodies, and keeps one header section at a time,
so it is linear in the file and its memory is bounded. What it cannot follow
exactly (message/delivery-status, uuencode, a base64 body email would hand back
undecoded, an overlong header or boundary line, a budget exceeded) gives None:
the caller then takes the whole-message path. ``part_chunks`` decodes the
found byte range chunk by chunk (partdecode); ``open_part`` does that on a
descriptor of its own, closed when the response is.
"""

from collections.abc import Iterator
from email import policy as email_policy
from email.parser import BytesHeaderParser
import re
from typing import NamedTuple

from tempmail import partdecode
from tempmail.budget import Deadline
from tempmail.messages import Limits

CHUNK = 1 << 16
LINE_MAX = 8192
"""Bytes of one header line or boundary candidate looked at; a longer one gives up."""
HEADER_SECTION_MAX = 64 * 1024
"""Bytes of one part's header section kept to parse it; a longer one gives up."""
CONTENT_TYPE_MAX = 4096
"""Characters of a multipart's Content-Type whose parameters are parsed; more gives up."""
_HEADER = re.compile(rb"(From |[\041-\071\073-\176]*:|[\t ])")   # feedparser.headerRE
_EOL = re.compile(rb"\r\n|\r|\n")


class Part(NamedTuple):
    """A leaf part's body in the file: [start, end), its transfer encoding, decoded size."""

    start: int
    end: int
    encoding: str
    size: int | None


class _GiveUp(Exception):
    """The walk meets something it does not follow exactly (or a budget)."""


class _Found(Exception):
    def __init__(self, part):
        super().__init__()
        self.part = part


class _Node:
    def __init__(self, index, parent, kind=""):
        self.index, self.parent, self.kind = index, parent, kind


class _File:
    """Positioned reads of a file through one window of at least CHUNK bytes."""

    def __init__(self, fd: partdecode.Source):
        self.fd, self.size = fd, partdecode.size_of(fd)
        self.base, self.buf = 0, b""

    def window(self, offset, need):
        if not (self.base <= offset and offset + need <= self.base + len(self.buf)):
            self.base, self.buf = offset, partdecode.pread(self.fd, max(need, CHUNK), offset)
        return self.buf, offset - self.base

    def line(self, offset):
        """Return (the line at offset with its end, True) or (its first LINE_MAX bytes, False)."""
        buf, i = self.window(offset, LINE_MAX + 2)
        end = min(len(buf), i + LINE_MAX + 2)
        at_eof = self.base + end >= self.size
        found = _EOL.search(buf, i, end)
        if found and (found.end() < end or found.group() == b"\r\n" or at_eof):
            return buf[i:found.end()], True   # (a "\r" cut at end may be half of "\r\n")
        if at_eof:
            return buf[i:end], True
        return buf[i:i + LINE_MAX], False

    def candidate(self, offset, at_line_start, pattern, overlap):
        """Return the offset of the next line from offset that may be a boundary, or size.

        pattern finds what looks like a boundary line (or runs into the window's
        end); it begins with the literal "--", which re searches for fast. The
        caller checks the whole line.
        """
        while offset < self.size:
            buf, i = self.window(offset, CHUNK)
            found = pattern.search(buf, i)
            while found:
                start = found.start()
                before = buf[start - 1:start] if start else partdecode.pread(self.fd, 1, self.base - 1) \
                    if self.base else b"\n"
                if (start == i and at_line_start and self.base + start == offset) or \
                        before in (b"\r", b"\n"):
                    return self.base + start
                found = pattern.search(buf, start + 1)
            if self.base + len(buf) >= self.size:
                break
            offset, at_line_start = self.base + len(buf) - overlap, False
        return self.size


def _boundary_re(separator):
    return re.compile(re.escape(separator) + rb"(--)?[ \t]*(\r\n|\r|\n)?$")


def _candidates(separators):
    """Return a pattern for one of separators ("--" and a boundary) as a boundary line begins."""
    alternatives = b"|".join(re.escape(separator[2:]) for separator in separators)
    return re.compile(rb"--(?:" + alternatives + rb")(?:--)?[ \t]*(?:[\r\n]|\Z)")


class _Walk:
    """feedparser's walk over one file, stopping at part number index."""

    def __init__(self, file, index, limits):
        self.file, self.index, self.limits = file, index, limits
        self.count = 0
        self.deadline = Deadline(limits.seconds)
        self.patterns = {}

    def match(self, line, complete, boundaries):
        """Return the match of the first boundary in boundaries that line is, or None."""
        for separator, pattern in boundaries:
            if line.startswith(separator):
                if not complete:
                    raise _GiveUp("overlong boundary line")
                found = pattern.match(line)
                if found:
                    return found
        return None

    def next_boundary(self, offset, outer, own=()):
        """Return (offset, line, match, is_own) of the next line that is a boundary."""
        both = outer + own
        if not both:
            return self.file.size, b"", None, False
        pattern = self.patterns.get(both)
        if pattern is None:
            pattern = self.patterns[both] = _candidates([sep for sep, _ in both])
        overlap = 4 + max(len(sep) for sep, _ in both)
        at_start = True
        while True:
            self.deadline.check()
            offset = self.file.candidate(offset, at_start, pattern, overlap)
            if offset >= self.file.size:
                return self.file.size, b"", None, False
            line, complete = self.file.line(offset)
            if self.match(line, complete, outer):
                return offset, line, None, False
            found = self.match(line, complete, own)
            if found:
                return offset, line, found, True
            offset, at_start = offset + 1, False

    def headers(self, offset, outer):
        lines, total = [], 0
        while offset < self.file.size:
            line, complete = self.file.line(offset)
            if self.match(line, complete, outer):
                break
            if not complete:
                raise _GiveUp("overlong header line")
            if not _HEADER.match(line):
                if line[:1] in (b"\r", b"\n"):
                    offset += len(line)
                break
            lines.append(line)
            offset += len(line)
            total += len(line)
            if total > HEADER_SECTION_MAX:
                raise _GiveUp("header section too large")
        return BytesHeaderParser(policy=email_policy.compat32).parsebytes(b"".join(lines)), offset

    def part(self, offset, outer, depth, parent, default_type=None):
        """Walk one part starting at offset; return the offset where it ends."""
        node = _Node(self.count, parent)
        self.count += 1
        if self.count > self.limits.parts or depth > self.limits.depth:
            raise _GiveUp("beyond the parse budgets")
        self.deadline.check()
        headers, offset = self.headers(offset, outer)
        if default_type:
            headers.set_default_type(default_type)
        node.kind = headers.get_content_maintype()
        if headers.get_content_type() == "message/delivery-status":
            raise _GiveUp("message/delivery-status")
        if node.kind == "message":
            return self.part(offset, outer, depth + 1, node)
        if node.kind == "multipart":
            return self.multipart(node, headers, offset, outer, depth)
        end = self.next_boundary(offset, outer)[0]
        if node.index == self.index:
            raise _Found(self.leaf(node, headers, offset, end))
        return end

    def leaf(self, node, headers, start, end):
        top = node
        while top.parent is not None and top.parent.kind == "message":
            top = top.parent
        if top.parent is not None:   # a multipart's part: the last line end is the boundary's
            tail = partdecode.pread(self.file.fd, min(2, end - start), max(start, end - 2))
            end -= 2 if tail == b"\r\n" else 1 if tail[-1:] in (b"\r", b"\n") else 0
        encoding = str(headers.get("content-transfer-encoding", "")).lower()
        if encoding in ("x-uuencode", "uuencode", "uue", "x-uue"):
            raise _GiveUp("uuencode")
        size = end - start
        if encoding == "base64":
            tally = partdecode.Base64Tally()
            for number, chunk in enumerate(partdecode.read_range(self.file.fd, start, end)):
                tally.feed(chunk)
                if number % 16 == 15:
                    self.deadline.check()
            if tally.bad_length:
                raise _GiveUp("base64 that email leaves undecoded")
            size = tally.size
        elif encoding == "quoted-printable":
            size = None
        return Part(start, end, encoding, size)

    def multipart(self, node, headers, offset, outer, depth):
        if node.index == self.index:
            raise _GiveUp("a multipart is not a leaf")
        if len(str(headers.get("content-type", ""))) > CONTENT_TYPE_MAX:
            raise _GiveUp("overlong Content-Type")   # email's parameter parsing is quadratic
        boundary = headers.get_boundary()
        if boundary is None:
            return self.next_boundary(offset, outer)[0]
        try:
            separator = b"--" + boundary.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            raise _GiveUp("boundary beyond ASCII") from None
        if len(separator) > LINE_MAX // 2:
            raise _GiveUp("overlong boundary")
        own = ((separator, _boundary_re(separator)),)
        inner = outer + own
        default = "message/rfc822" if headers.get_content_type() == "multipart/digest" else None
        preamble = True
        while True:
            offset, line, found, is_own = self.next_boundary(offset, outer, own)
            if not is_own:
                return offset   # an outer boundary or the end: no close boundary
            if found.group(1):
                return self.next_boundary(offset + len(line), outer)[0]   # the epilogue
            if preamble:
                preamble = False
                continue
            offset += len(line)
            while offset < self.file.size:   # feedparser skips repeated boundary lines
                line, complete = self.file.line(offset)
                if self.match(line, complete, outer) or not self.match(line, complete, own):
                    break
                offset += len(line)
            offset = self.part(offset, inner, depth + 1, node, default)


def find_part(fd: partdecode.Source, index: int, limits: Limits) -> Part | None:
    """Return where leaf part index (walk order of messages.parse) lies in the file, or None.

    None means: no such leaf, or a message this walk does not follow exactly.
    limits: messages.Limits (size, parts, depth, seconds).
    """
    file = _File(fd)
    if file.size > limits.size:
        return None
    try:
        _Walk(file, index, limits).part(0, (), 0, None)
    except _Found as found:
        return found.part
    except (_GiveUp, Exception):   # hostile input: the whole-message path decides
        return None
    return None


def part_chunks(fd: partdecode.Source, part: Part) -> Iterator[bytes]:
    """Yield the decoded bytes of part, read from fd chunk by chunk."""
    return partdecode.decode_chunks(part.encoding, partdecode.read_range(fd, part.start, part.end))


def open_part(fd: partdecode.Source, part: Part) -> partdecode.Closing:
    """Return a closing iterator over part's decoded bytes, on its own duplicate of fd."""
    return partdecode.Closing(fd, lambda own: part_chunks(own, part))
