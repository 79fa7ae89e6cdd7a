"""gunicorn's logger, made to keep no client address (gunicorn.conf.py names it).

gunicorn writes `Invalid request from ip=<client>` at warning level and has no
setting to leave the address out. This logger rewrites every error-log record:
an `ip=` field and any IPv4 or IPv6 literal become `-`. The access log stays off
(gunicorn.conf.py), so nothing else names a client.
"""

import logging
import re

from gunicorn.glogging import Logger

# An IPv4 address, or a run of hex groups with at least two colons (IPv6, also
# in brackets or with a zone); "12:30:45" has no hex letters beyond digits but is
# three groups; times are rare in gunicorn's errors and losing one costs nothing.
_ADDRESS = re.compile(
    r"\bip=\S+|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])|"
    r"\[?(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?:%\w+)?\]?(?![\w:])")


def redact(text: str) -> str:
    """Return text with every client address (ip=..., IPv4, IPv6) replaced by '-'."""
    return _ADDRESS.sub(lambda m: "ip=-" if m.group().startswith("ip=") else "-", text)


class _Redact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        return True


class PrivateLogger(Logger):
    """gunicorn's Logger whose error log never names a client address."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.addFilter(_Redact())
