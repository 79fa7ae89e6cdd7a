"""What a check returns, and what every group of checks is given."""

from collections.abc import Callable, Iterator
import dataclasses
import os
import time

OK, WARN, FAIL = "ok", "warn", "fail"


@dataclasses.dataclass(frozen=True)
class Result:
    """One check's verdict: a stable name, ok/warn/fail, one line saying why, the fix in words.

    Nothing in it names a mail address, a client's IP or a message's content.
    """

    name: str
    status: str
    detail: str
    fix: str = ""

    def as_dict(self) -> dict:
        """Return the JSON shape of --json: name, status, detail, fix."""
        return dataclasses.asdict(self)


def ok(name: str, detail: str) -> Result:
    """Return a passing Result."""
    return Result(name, OK, detail)


def warn(name: str, detail: str, fix: str) -> Result:
    """Return a Result that needs attention but stops no mail."""
    return Result(name, WARN, detail, fix)


def fail(name: str, detail: str, fix: str) -> Result:
    """Return a Result that stops mail (or the site) now."""
    return Result(name, FAIL, detail, fix)


@dataclasses.dataclass
class Context:
    """What the checks read: the settings and the operator's options.

    resolver: "HOST[:PORT]" of the DNS server to ask ("" for the system's).
    url: where the web app answers /healthz ("" to work it out).
    exim: the Exim binary ("" to find it); smtp_port: where Exim listens when
    no running daemon says so.
    """

    settings: dict
    resolver: str = ""
    url: str = ""
    exim: str = ""
    smtp_port: int | None = None
    environ: dict = dataclasses.field(default_factory=lambda: dict(os.environ))
    clock: Callable[[], float] = time.time
    purge_max_age: float = 2 * 3600.0
    queue_warn_age: float = 15 * 60.0
    queue_fail_age: float = 2 * 3600.0
    timeout: float = 5.0


Check = Callable[[Context], Iterator[Result]]


def guarded(name: str, check: Check, context: Context) -> list[Result]:
    """Run one check; an unexpected error becomes a failing Result named for it."""
    results = []
    try:
        for result in check(context):
            results.append(result)
    except Exception as exc:  # a doctor that crashes explains nothing
        results.append(fail(name, f"a {name} check itself failed ({type(exc).__name__})",
                            "report this with the output of --json"))
    return results
