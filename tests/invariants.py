"""What must hold for any bytes a stranger sends, checked by the property tests
(tests/unit/test_properties.py) and the long fuzz run (bench/fuzz.py) alike:
parse -> sanitize -> extract never raise, stay within their budgets, the sanitizer's
output is a fixed point and holds no active content."""

import html.parser
import re
import time

from tempmail import extract, messages, sanitize
from tempmail.budget import Deadline, OverBudget

BUDGET = 0.5          # CPU seconds given to sanitize and to extract
SLACK = 2.0           # allowed overrun factor of a budget before it counts as a finding
ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "base", "meta", "form", "link",
               "svg", "math", "input", "button", "textarea", "select", "applet", "template",
               "noscript", "audio", "video", "source", "track", "portal"}
# Attributes a browser follows or loads (cite and longdesc it does neither).
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "background", "poster", "srcset",
                  "xlink:href", "data", "codebase", "lowsrc", "dynsrc"}
SAFE_URL = ("http:", "https:", "mailto:", "#", "/p/")


REMOTE_URL = re.compile(r"url\(https?://[^\s()'\"\\]+\)")
"""A background image the reader allowed ("show remote images"): plain http(s), unquoted."""


class _Inspector(html.parser.HTMLParser):
    """Collect every way the sanitized HTML could still run or fetch something (with
    remote, a plain http(s) background image is no problem: the reader asked for it)."""

    def __init__(self, remote=False):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.remote = remote

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            elif name in URL_ATTRIBUTES and value and not value.startswith(SAFE_URL):
                self.problems.append(f"{tag} {name}={value[:40]}")
            elif name == "style":
                value = REMOTE_URL.sub("", value) if self.remote else value
                if "url(" in value or "expression" in value or "image-set" in value:
                    self.problems.append(f"{tag} style={value[:40]}")

    handle_startendtag = handle_starttag


def active_content(safe_html: str, remote: bool = False) -> list[str]:
    """Return what in sanitized HTML could run script or load from afar (with remote:
    anything but http(s) images)."""
    inspector = _Inspector(remote)
    inspector.feed(safe_html)
    inspector.close()
    for block in safe_html.split("<style>")[1:]:
        style = block.split("</style>", 1)[0].lower()
        style = REMOTE_URL.sub("", style) if remote else style
        if "url(" in style or "@import" in style or "expression(" in style:
            inspector.problems.append("<style> " + style[:60])
    return inspector.problems


def _timed(function, *args, **kwargs):
    started = time.thread_time()
    try:
        result = function(*args, deadline=Deadline(BUDGET), **kwargs)
    except OverBudget:
        result = None
    spent = time.thread_time() - started
    assert spent < SLACK * BUDGET, (function.__name__, f"{spent:.2f}s of CPU")
    return result


def check_html(markup: str) -> None:
    """Sanitize markup and assert the result is inert and a fixed point; extract from it."""
    result = _timed(sanitize.sanitize, markup)
    if result is None:
        return
    problems = active_content(result.html)
    assert not problems, problems
    again = _timed(sanitize.sanitize, result.html)
    assert again is None or again.html == result.html, "sanitizing twice changed the output"
    shown = _timed(sanitize.sanitize, markup, allow_remote=True)  # "show remote images"
    if shown is not None:
        problems = active_content(shown.html, remote=True)
        assert not problems, problems
        again = _timed(sanitize.sanitize, shown.html, allow_remote=True)
        assert again is None or again.html == shown.html, "remote: sanitizing twice changed it"
    found = _timed(extract.extract, "", None, markup, result.text, result.links)
    assert found is None or (len(found["codes"]) <= 3 and isinstance(found["links"], list))


def check_message(raw: bytes) -> None:
    """Parse raw within its limits, then check its HTML and extract from its text."""
    limits = messages.Limits(seconds=BUDGET)
    started = time.thread_time()  # CPU, as the budget counts: wall time under load is noise
    view = messages.parse(raw, limits)
    assert time.thread_time() - started < SLACK * BUDGET + 1.0, "parse overran its budget"
    for text in (view.subject, view.sender, view.to, *(value for _, value in view.headers)):
        text.encode("utf-8")  # a lone surrogate would break every page that shows it
    if view.html is not None:
        check_html(view.html)
    found = _timed(extract.extract, view.subject, view.text, None)
    assert found is None or len(found["codes"]) <= 3
