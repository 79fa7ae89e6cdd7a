"""Server-sent events framing (the HTML standard's text/event-stream): pure functions.

An event is a block of "field: value" lines ended by a blank line; a line that
starts with ":" is a comment, which clients ignore (our heartbeat). A value
never holds a line break: data spanning lines becomes several data lines, and
an id or event name with a break is refused (it would end the field early and
let the rest be read as fields of its own).
"""

import json

HEARTBEAT = b": keep-alive\n\n"
"""A comment line: keeps proxies and NATs from cutting an idle stream; clients ignore it."""
_BREAKS = ("\r", "\n", "\0")


class FramingError(ValueError):
    """An id or event name that cannot be written as one SSE field."""


def _single_line(name: str, value: str) -> str:
    if any(mark in value for mark in _BREAKS):
        raise FramingError(name)
    return value


def event(data: str, name: str | None = None, event_id: str | None = None) -> bytes:
    """Return one event: its name, its id, then data split into data lines."""
    lines = []
    if name is not None:
        lines.append("event: " + _single_line("event", name))
    if event_id is not None:
        lines.append("id: " + _single_line("id", event_id))
    lines.extend("data: " + line for line in data.replace("\r\n", "\n").replace("\r", "\n")
                 .split("\n"))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


def json_event(value: object, name: str | None = None, event_id: str | None = None) -> bytes:
    """Return one event whose data is value as compact JSON (always one line)."""
    return event(json.dumps(value, ensure_ascii=False, separators=(",", ":")), name, event_id)


def retry(milliseconds: int) -> bytes:
    """Return the field that sets how long a client waits before it reconnects."""
    return f"retry: {int(milliseconds)}\n\n".encode("ascii")


def parse(stream: bytes) -> list[dict]:
    """Read a text/event-stream the way a browser does; return its events (for tests and tools).

    Each event is {"event", "data", "id"} ("message" when unnamed, id as last
    set); comments are counted in a {"comment": text} entry of their own.
    """
    events: list[dict] = []
    data: list[str] = []
    name, last_id = "", ""
    for raw in stream.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n") \
            .split("\n"):
        if raw == "":
            if data:
                events.append({"event": name or "message", "data": "\n".join(data),
                               "id": last_id})
            data, name = [], ""
            continue
        if raw.startswith(":"):
            events.append({"comment": raw[1:].strip()})
            continue
        field, _, value = raw.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "data":
            data.append(value)
        elif field == "event":
            name = value
        elif field == "id" and "\0" not in value:
            last_id = value
    return events
