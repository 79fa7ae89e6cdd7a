"""The inbox page's tag filter (`/?tag=signup`): mail sent to local+tag@domain alone.

The tag comes from the query string, is checked by the service layer (the rules of
addresses.check_tag, folded to lower case) and keys everything the filtered list is
cached or validated by, so a filtered and an unfiltered list never share an ETag.
"""

from flask import request

from tempmail.inboxes import InboxError
from tempmail.web import i18n, service

SHOWN_CHARS = 80
"""How much of a refused tag the page repeats back."""


class Filter:
    """The tag this request asked for: `tag` (checked) or `refused` (why not), or neither."""

    def __init__(self, tag: str | None = None, refused: str | None = None,
                 given: str = "") -> None:
        self.tag = tag
        self.refused = refused
        self.given = given[:SHOWN_CHARS]


def requested() -> Filter:
    """Return the ?tag= of this request, checked; a bad one is refused with the reason."""
    given = request.args.get("tag")
    try:
        return Filter(service().check_tag(given))
    except InboxError as exc:
        reason = exc.args[0] if exc.args else str(exc)
        return Filter(refused=i18n.translate(reason), given=str(given))


def etag_extra(extra: str, tag: str | None) -> str:
    """Return the ETag's extra validator text for the list filtered by tag (none: unchanged)."""
    return extra if tag is None else f"{extra}|tag={tag}"
