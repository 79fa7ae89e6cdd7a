"""Content-Transfer-Encoding decoders that take a part's body chunk by chunk.

Each gives, over any split of the input into chunks, exactly the bytes that
email's compat32 ``Message.get_payload(decode=True)`` gives for the whole body
(tests/unit/test_streaming_decode.py checks that on random splits). Memory per
decoder is a few bytes of carry, or at most CARRY_MAX for a quoted-printable
line without end. Also: positioned reads of a byte range, and an iterator
that closes its descriptor. Standard library only; linear in the input.
"""

import binascii
from collections.abc import Callable, Iterable, Iterator
import os
from typing import Protocol

_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NOT_BASE64 = bytes(c for c in range(256) if c not in _ALPHABET and c != ord("="))
_HEX = frozenset(b"0123456789ABCDEFabcdef")
CARRY_MAX = 1 << 16
"""Bytes of an unfinished quoted-printable line held before decoding part of it."""


class Base64Tally:
    """Follow binascii's lenient base64 state over chunks without decoding anything.

    email decodes a base64 body whose data characters leave one over a multiple
    of four (``bad_length``) by returning the encoded text itself; a caller
    learns that here, before streaming, and takes the whole-message path.
    """

    def __init__(self) -> None:
        self.quad = self.pads = self.count = 0
        self.done = False

    def feed(self, data: bytes) -> None:
        """Account for one chunk of the encoded body."""
        if self.done:
            return
        data = data.translate(None, _NOT_BASE64)
        position = 0
        while not self.done:
            equals = data.find(b"=", position)
            run = (len(data) if equals < 0 else equals) - position
            if run:
                self.pads, self.count = 0, self.count + run
                self.quad = (self.quad + run) % 4
            if equals < 0:
                return
            if self.quad >= 2:
                self.pads += 1
                self.done = self.quad + self.pads >= 4
            position = equals + 1

    @property
    def bad_length(self) -> bool:
        """True if email would hand back the encoded text rather than decode it."""
        return not self.done and self.quad == 1

    @property
    def size(self) -> int:
        """Return how many bytes the body decodes to."""
        return self.count // 4 * 3 + (0, 0, 1, 2)[self.count % 4]


class Base64Decoder:
    """Decode base64 as binascii does leniently: other bytes skipped, stop at padding."""

    def __init__(self) -> None:
        self.carry = b""
        self.pads = 0
        self.done = False

    def feed(self, data: bytes) -> bytes:
        """Return the bytes decoded from one more chunk."""
        if self.done:
            return b""
        data = data.translate(None, _NOT_BASE64)
        out, position = [], 0
        while True:
            equals = data.find(b"=", position)
            run = data[position:] if equals < 0 else data[position:equals]
            if run:
                self.pads = 0
                run = self.carry + run
                whole = len(run) - len(run) % 4
                out.append(binascii.a2b_base64(run[:whole]))
                self.carry = run[whole:]
            if equals < 0:
                return b"".join(out)
            if len(self.carry) >= 2:
                self.pads += 1
                if len(self.carry) + self.pads >= 4:
                    out.append(self.finish())
                    return b"".join(out)
            position = equals + 1

    def finish(self) -> bytes:
        """Return the bytes of the last, unfinished group (as email's added padding does)."""
        carry, self.carry, self.done = self.carry, b"", True
        if len(carry) < 2:
            return b""
        return binascii.a2b_base64(carry + b"=" * (4 - len(carry)))


class QuotedPrintableDecoder:
    """Decode quoted-printable exactly as binascii.a2b_qp does on the whole body.

    a2b_qp starts afresh after every line feed, so whole lines go to it; the
    rest is carried, and past CARRY_MAX decoded here escape by escape.
    """

    def __init__(self) -> None:
        self.carry = b""
        self.skipping = False   # inside a soft break "=\\r...": a2b_qp drops up to "\\n"

    def feed(self, data: bytes) -> bytes:
        """Return the bytes decoded from one more chunk."""
        if self.skipping:
            newline = data.find(b"\n")
            if newline < 0:
                return b""
            data, self.skipping = data[newline + 1:], False
        data = self.carry + data
        cut = data.rfind(b"\n") + 1
        out = binascii.a2b_qp(data[:cut]) if cut else b""
        self.carry = data[cut:]
        if len(self.carry) > CARRY_MAX:
            out += self._walk()
        return out

    def _walk(self) -> bytes:
        carry, out, position = self.carry, [], 0
        while True:
            equals = carry.find(b"=", position)
            if equals < 0:
                out.append(carry[position:])
                position = len(carry)
                break
            out.append(carry[position:equals])
            if equals + 2 >= len(carry):   # a2b_qp looks two bytes ahead; wait for them
                position = equals
                break
            after = carry[equals + 1]
            if after == 0x0A:
                position = equals + 2
            elif after == 0x0D:
                self.skipping, position = True, len(carry)
                break
            elif after == 0x3D:
                out.append(b"=")
                position = equals + 2
            elif after in _HEX and carry[equals + 2] in _HEX:
                out.append(bytes([int(carry[equals + 1:equals + 3], 16)]))
                position = equals + 3
            else:
                out.append(b"=")
                position = equals + 1
        self.carry = carry[position:]
        return b"".join(out)

    def finish(self) -> bytes:
        """Return the bytes of what is left at the end of the body."""
        carry, self.carry = self.carry, b""
        return binascii.a2b_qp(carry) if carry else b""


class Identity:
    """7bit, 8bit, binary and anything unknown: the bytes as they are."""

    def feed(self, data: bytes) -> bytes:
        """Return the chunk unchanged."""
        return data

    def finish(self) -> bytes:
        """Return nothing: nothing is held back."""
        return b""


def decoder(encoding: str) -> Base64Decoder | QuotedPrintableDecoder | Identity:
    """Return a fresh decoder for a lower-cased Content-Transfer-Encoding value."""
    if encoding == "base64":
        return Base64Decoder()
    if encoding == "quoted-printable":
        return QuotedPrintableDecoder()
    return Identity()


def decode_chunks(encoding: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the decoded bytes of chunks, skipping empty pieces."""
    state = decoder(encoding)
    for chunk in chunks:
        if out := state.feed(chunk):
            yield out
    if out := state.finish():
        yield out


class Readable(Protocol):
    """A file read by position that is not a plain descriptor (a sealed message: sealing)."""

    size: int

    def pread(self, size: int, offset: int) -> bytes:
        """Return up to size bytes from offset."""

    def dup(self) -> "Readable":
        """Return another reader of the same file that closes on its own."""

    def close(self) -> None:
        """Release what it holds."""


Source = int | Readable
"""What a message is read from: a descriptor, or a Readable."""


def pread(source: Source, size: int, offset: int) -> bytes:
    """Return up to size bytes of source from offset."""
    return os.pread(source, size, offset) if isinstance(source, int) else \
        source.pread(size, offset)


def size_of(source: Source) -> int:
    """Return the size in bytes of source."""
    return os.fstat(source).st_size if isinstance(source, int) else source.size


def read_range(fd: Source, start: int, end: int, chunk: int = 1 << 16) -> Iterator[bytes]:
    """Yield the bytes of fd from start to end in chunks (positioned reads)."""
    while start < end:
        data = pread(fd, min(chunk, end - start), start)
        if not data:
            return
        start += len(data)
        yield data


class Closing:
    """Chunks made from a duplicate of fd by make(own fd), which is closed when done or closed.

    WSGI servers close a response's iterable; one dropped unread (a test client,
    a HEAD request) closes it when collected. A plain descriptor, not a file
    object, so no file is ever left to the garbage collector's order.
    """

    def __init__(self, fd: Source, make: Callable[[Source], Iterator[bytes]]) -> None:
        self.fd: Source = os.dup(fd) if isinstance(fd, int) else fd.dup()
        self.chunks = make(self.fd)

    def __iter__(self) -> "Closing":
        return self

    def __next__(self) -> bytes:
        try:
            return next(self.chunks)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the descriptor (idempotent)."""
        fd, self.fd = self.fd, -1
        if not isinstance(fd, int):
            fd.close()
        elif fd >= 0:
            os.close(fd)

    __del__ = close
