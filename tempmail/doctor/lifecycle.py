"""Lifecycle: purge runs (its stamp is recent), expired inboxes do not pile up, and
this machine's clock agrees with the times already in the registry."""

from collections.abc import Iterator

from tempmail.doctor.result import Context, Result, fail, ok, warn
from tempmail.inboxes import Inboxes, RegistryError
from tempmail.purge import last_run

CLOCK_TOLERANCE = 120.0  # seconds the registry may seem ahead of this clock (NTP steps, workers)
CRON_FIX = "install cron/tempmail as /etc/cron.d/tempmail (docs/deploy.md, section 9) and " \
           "read cron's mail for the purge's errors"


def checks(context: Context) -> Iterator[Result]:
    """Yield the purge, expired-inbox and clock results."""
    now = context.clock()
    inboxes = Inboxes(context.settings)
    run = last_run(inboxes.data_dir)
    limit = context.purge_max_age
    if run is None:
        stale = True
        yield warn("lifecycle.purge", "purge has never run for this data folder", CRON_FIX)
    else:
        age = now - run.at
        stale = age > limit
        if stale:
            yield fail("lifecycle.purge", f"purge last ran {_ago(age)} ago (more than "
                       f"{_ago(limit)}): expired inboxes and their mail stay on disk", CRON_FIX)
        elif not run.complete:
            yield warn("lifecycle.purge", f"the last purge ({_ago(max(age, 0))} ago) could not "
                       "remove everything", "run flask tempmail purge by hand to see why")
        else:
            yield ok("lifecycle.purge", f"purge last ran {_ago(max(age, 0))} ago")
    try:
        expired = inboxes.expired_count()
        newest = inboxes.newest_time()
    except RegistryError as exc:
        yield fail("lifecycle.registry", f"the registry does not answer ({type(exc).__name__})",
                   "see storage.registry above")
        return
    if expired and stale:
        yield warn("lifecycle.expired", f"{expired} expired inboxes wait for a purge", CRON_FIX)
    else:
        yield ok("lifecycle.expired", f"{expired} expired inboxes wait for the next purge")
    ahead = (newest or 0.0) - now
    if newest is not None and ahead > CLOCK_TOLERANCE:
        yield fail("lifecycle.clock", f"the registry holds times {_ago(ahead)} ahead of this "
                   "machine's clock: the clock went back, or another machine with a fast clock "
                   "writes the registry; lifetimes are measured wrong",
                   "synchronise every machine's clock (systemd-timesyncd or chrony)")
    else:
        yield ok("lifecycle.clock", "this clock is not behind the registry's newest time")


def _ago(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f} {unit}"
    return f"{seconds:.0f} s"
