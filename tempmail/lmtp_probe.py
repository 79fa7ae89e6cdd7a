"""Ask the router service's socket whether it answers LHLO. Standard library only.

Used by /healthz and the tests; the web app must not import the service itself.
"""

import io
import socket


class NoAnswer(Exception):
    """The router socket is missing, refuses, or did not answer LHLO with 250."""


def _reply(stream: io.BufferedIOBase) -> bytes:
    """Return the last line of one (possibly multi-line) reply."""
    while True:
        line = stream.readline(1024)
        if not line:
            raise NoAnswer("connection closed")
        if line[3:4] != b"-":
            return line


def check(path: str, timeout: float = 2.0) -> None:
    """Greet the LMTP server at path (220, LHLO 250, QUIT); raise NoAnswer if it does not."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(path)
            stream = sock.makefile("rwb")
            if not _reply(stream).startswith(b"220"):
                raise NoAnswer("no greeting")
            stream.write(b"LHLO healthz\r\n")
            stream.flush()
            if not _reply(stream).startswith(b"250"):
                raise NoAnswer("LHLO refused")
            stream.write(b"QUIT\r\n")
            stream.flush()
    except OSError as exc:
        raise NoAnswer(type(exc).__name__) from None


def answers(path: str, timeout: float = 2.0) -> bool:
    """Return whether the LMTP server at path answers LHLO."""
    try:
        check(path, timeout)
    except NoAnswer:
        return False
    return True
