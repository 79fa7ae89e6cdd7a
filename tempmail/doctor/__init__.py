"""`flask tempmail doctor`: why mail does not arrive, one line per check, with the fix.

An operator's tool: each group of checks is one module (dns, exim, storage,
lifecycle, web) yielding Results; it reaches the registry only through the
service layer (tempmail.inboxes) and never imports Flask or the web app, so
``python -m tempmail.doctor`` works even when the app cannot start. Nothing it
prints names a mail address, a client's IP or a message's content.
"""

from collections.abc import Iterable
import json
import os
from typing import Any

from tempmail import config
from tempmail.doctor import dns, exim, lifecycle, storage, web
from tempmail.doctor.result import FAIL, OK, WARN, Context, Result, fail, guarded, ok

GROUPS = {"dns": dns.checks, "exim": exim.checks, "storage": storage.checks,
          "lifecycle": lifecycle.checks, "web": web.checks}
MARKS = {OK: "ok  ", WARN: "WARN", FAIL: "FAIL"}


def run(settings: dict | None = None, groups: Iterable[str] | None = None,
        environ: dict | None = None, **options: Any) -> list[Result]:
    """Run the checks of groups (all by default); return their Results in order.

    settings: as config.load returns them (loaded from environ when None, and a
    setting the service cannot use is the first failure). options: Context fields.
    """
    environ = dict(os.environ if environ is None else environ)
    if settings is None:
        try:
            settings = config.load(environ)
        except config.ConfigError as exc:
            return [fail("settings", str(exc), "correct that TEMPMAIL_* setting")]
    context = Context(settings=settings, environ=environ, **options)
    results = [ok("settings", f"TEMPMAIL_* settings load; data folder {settings['DATA_DIR']}, "
                  f"domains: {len(settings['DOMAINS'])}")]
    for name in groups or GROUPS:
        results += guarded(name, GROUPS[name], context)
    return results


def failed(results: list[Result]) -> bool:
    """Return True if any result is a failure (the exit status is then 1)."""
    return any(result.status == FAIL for result in results)


def render(results: list[Result], as_json: bool = False) -> str:
    """Return the report: one line per check and a summary, or a JSON list."""
    if as_json:
        return json.dumps([result.as_dict() for result in results], indent=2)
    lines = [f"{MARKS[r.status]}  {r.name}: {r.detail}" + (f" -- fix: {r.fix}" if r.fix else "")
             for r in results]
    failures = sum(r.status == FAIL for r in results)
    warnings = sum(r.status == WARN for r in results)
    lines.append(f"{len(results)} checks: {failures} failed, {warnings} warnings"
                 + ("" if failures else " -- mail can arrive"))
    return "\n".join(lines)
