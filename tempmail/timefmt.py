"""Timestamps as the API, the CLI and the pages show them."""

from datetime import UTC, datetime


def iso(timestamp):
    """Return Unix seconds as ISO 8601 UTC with a Z, to the second."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds") \
        .replace("+00:00", "Z")
