"""Exim's entry point: deliver one message from stdin into its address's Maildir.

Run by Exim's pipe transport as ``/usr/bin/python3 -I -S exim/router`` once per
message, so it imports only the standard library and as little of it as it can.
The recipient comes from Exim's environment (LOCAL_PART, DOMAIN); paths and
limits come from the command line:

    router --data-dir DIR [--max-messages N] [--max-size BYTES] [--timeout SECONDS]

Exit status is what Exim acts on: 0 only once the message and its directory
entry are on disk; 67 when the address is not live (Exim bounces); 75 on any
doubt at all (Exim keeps the message and retries).
"""

import posix
import sys

EX_OK = 0
EX_USAGE = 64
EX_NOUSER = 67
EX_TEMPFAIL = 75

USAGE = ("usage: router --data-dir DIR [--max-messages N] [--max-size BYTES]"
         " [--timeout SECONDS]  (recipient in LOCAL_PART and DOMAIN)")
OPTIONS = {"--data-dir": str, "--max-messages": int, "--max-size": int, "--timeout": float}


class UsageError(Exception):
    """The command line or the environment Exim gave is not what the router needs."""


def parse_args(argv):
    """Return the options as a dict; raise UsageError."""
    options = {"--max-messages": 100, "--max-size": None, "--timeout": 5.0}
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


def recipient(environ):
    """Return the lower-case recipient address from Exim's environment."""
    local_part = environ.get("LOCAL_PART", "")
    domain = environ.get("DOMAIN", "")
    if not local_part or not domain:
        raise UsageError("LOCAL_PART and DOMAIN must be set (run by Exim's pipe transport)")
    return f"{local_part}@{domain}".lower()


def fail(status, reason):
    """Say why on stderr (Exim logs it; never an address or content) and return status."""
    try:
        sys.stderr.write(f"tempmail-router: {reason}\n")
        sys.stderr.flush()
    except Exception:
        pass
    return status


def main(argv=None, stdin=None, environ=None, clock=None):
    """Deliver one message; return the exit status for Exim."""
    try:
        return _deliver(sys.argv[1:] if argv is None else argv,
                        sys.stdin.buffer if stdin is None else stdin,
                        _environ() if environ is None else environ, clock)
    except UsageError as exc:
        return fail(EX_TEMPFAIL, f"deferred: {exc}; {USAGE}")
    except BaseException as exc:  # any doubt: keep the message
        return fail(EX_TEMPFAIL, f"deferred: {type(exc).__name__}: {_describe(exc)}")


def _environ():
    """Return Exim's environment as text (posix.environ holds bytes; os costs 1.4 ms)."""
    return {key.decode("utf-8", "surrogateescape"): value.decode("utf-8", "surrogateescape")
            for key, value in posix.environ.items()}


def _describe(exc):
    if isinstance(exc, OSError) and exc.errno:
        return posix.strerror(exc.errno)
    return "unexpected error"


def _deliver(argv, stdin, environ, clock):
    import time
    from tempmail import maildir, registry

    options = parse_args(argv)
    address = recipient(environ)
    data_dir = options["--data-dir"]
    now = (clock or time.time)()
    try:
        entry = registry.lookup_live(registry.path_in(data_dir), address, now, options["--timeout"])
    except registry.RegistryError as exc:
        return fail(EX_TEMPFAIL, f"deferred: {exc}")
    if entry is None:
        return fail(EX_NOUSER, "no such live address")
    mailbox = f"{maildir.root_in(data_dir)}/{entry.mailbox_id}"
    try:
        maildir.deliver(mailbox, stdin, options["--max-size"])
    except maildir.MailboxMissing:
        return fail(EX_TEMPFAIL, "deferred: mailbox folder missing")
    maildir.trim(mailbox, options["--max-messages"])
    if now - entry.last_activity >= _touch_granularity(entry):
        try:
            registry.touch(registry.path_in(data_dir), address, now, timeout=1.0)
        except registry.RegistryError:
            pass  # the message is safe; a missed activity stamp only shortens an idle life
    return EX_OK


def _touch_granularity(entry):
    """Return how stale last_activity may be before a delivery rewrites it."""
    if not entry.idle_limit:
        return 60.0
    return min(60.0, entry.idle_limit / 100.0)


def run():
    """Deliver, then leave at once: every file that matters is already fsynced.

    posix._exit skips the interpreter's teardown (unloading SQLite, module
    cleanup), which costs ~1.8 ms a message here; stderr is flushed by hand.
    """
    status = main()
    try:
        sys.stderr.flush()
        sys.stdout.flush()
    except Exception:
        pass
    posix._exit(status)


if __name__ == "__main__":
    run()
