"""Deliver one message from stdin by hand, through the same path as the router service.

Exim no longer runs this: it hands mail to the resident router service over
LMTP (tempmail.lmtp_service). This command remains for re-injecting a message
by hand and for tests; the recipient comes from LOCAL_PART and DOMAIN:

    LOCAL_PART=x DOMAIN=y python -m tempmail.router --data-dir DIR [--max-messages N]
        [--max-size BYTES] [--timeout SECONDS] < message

Exit status (sysexits): 0 once the message and its directory entry are on
disk; 67 when the address is not live; 75 on any doubt.
"""

from collections.abc import Callable, Mapping
import os
import sys
import time
from typing import Any, BinaryIO

from tempmail import delivery

EX_OK = 0
EX_NOUSER = 67
EX_TEMPFAIL = 75

USAGE = ("usage: router --data-dir DIR [--max-messages N] [--max-size BYTES]"
         " [--timeout SECONDS]  (recipient in LOCAL_PART and DOMAIN)")
OPTIONS = {"--data-dir": str, "--max-messages": int, "--max-size": int, "--timeout": float}


class UsageError(Exception):
    """The command line or the environment is not what the router needs."""


def parse_args(argv: list[str]) -> dict[str, Any]:
    """Return the options as a dict; raise UsageError."""
    options: dict[str, Any] = {"--max-messages": 100, "--max-size": None, "--timeout": 5.0}
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, eq, value = arg.partition("=")
        if name not in OPTIONS:
            raise UsageError(f"unknown argument {arg!r}")
        if not eq:
            if not args:
                raise UsageError(f"{name} needs a value")
            value = args.pop(0)
        try:
            options[name] = OPTIONS[name](value)
        except ValueError:
            raise UsageError(f"{name}: not a number: {value!r}") from None
    if not options.get("--data-dir"):
        raise UsageError("--data-dir is required")
    if options["--max-messages"] < 1:
        raise UsageError("--max-messages must be at least 1")
    return options


def recipient(environ: Mapping[str, str]) -> str:
    """Return the lower-case recipient address from LOCAL_PART and DOMAIN."""
    local_part = environ.get("LOCAL_PART", "")
    domain = environ.get("DOMAIN", "")
    if not local_part or not domain:
        raise UsageError("LOCAL_PART and DOMAIN must be set")
    return f"{local_part}@{domain}".lower()


def fail(status: int, reason: str) -> int:
    """Say why on stderr (never an address or content) and return status."""
    print(f"tempmail-router: {reason}", file=sys.stderr, flush=True)
    return status


EXIT_STATUS = {
    delivery.DELIVERED: (EX_OK, ""),
    delivery.DUPLICATE: (EX_OK, ""),
    delivery.NO_SUCH_ADDRESS: (EX_NOUSER, "no such live address"),
    delivery.REGISTRY_UNAVAILABLE: (EX_TEMPFAIL, "deferred: address registry unavailable"),
    delivery.MAILBOX_MISSING: (EX_TEMPFAIL, "deferred: mailbox folder missing"),
    delivery.DISK_FULL: (EX_TEMPFAIL, "deferred: insufficient storage"),
    delivery.STORAGE_ERROR: (EX_TEMPFAIL, "deferred: storage error"),
}


def main(argv: list[str] | None = None, stdin: BinaryIO | None = None,
         environ: Mapping[str, str] | None = None,
         clock: Callable[[], float] | None = None) -> int:
    """Deliver one message; return the exit status."""
    try:
        options = parse_args(sys.argv[1:] if argv is None else argv)
        address = recipient(os.environ if environ is None else environ)
        message = (sys.stdin.buffer if stdin is None else stdin).read()
        limits = delivery.Limits(max_messages=options["--max-messages"],
                                 max_size=options["--max-size"],
                                 registry_timeout=options["--timeout"])
        outcome = delivery.deliver(options["--data-dir"], address, message, limits,
                                   now=(clock or time.time)())
    except UsageError as exc:
        return fail(EX_TEMPFAIL, f"deferred: {exc}; {USAGE}")
    except Exception as exc:  # any doubt: keep the message
        return fail(EX_TEMPFAIL, f"deferred: {type(exc).__name__}")
    status, reason = EXIT_STATUS[outcome]
    return fail(status, reason) if reason else status


if __name__ == "__main__":
    sys.exit(main())
