"""Template filters: durations, times, sizes."""

import time
from datetime import datetime, timezone


def duration(seconds):
    seconds = int(seconds)
    if seconds % 86400 == 0:
        return f"{seconds // 86400} day{'s' if seconds >= 172800 else ''}"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} hour{'s' if seconds >= 7200 else ''}"
    return f"{seconds // 60} minutes"


def clock(value):
    """An ISO time or Unix seconds as 'HH:MM UTC' (today) or 'YYYY-MM-DD HH:MM UTC'."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) \
            else datetime.fromtimestamp(value, timezone.utc)
    except (ValueError, TypeError, OverflowError):
        return str(value)
    today = datetime.now(timezone.utc).date()
    return moment.strftime("%H:%M UTC" if moment.date() == today else "%Y-%m-%d %H:%M UTC")


def left(epoch):
    remaining = max(0, int(epoch - time.time()))
    hours, rest = divmod(remaining, 3600)
    minutes = rest // 60
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def size(count):
    count = int(count or 0)
    for unit in ("bytes", "KB", "MB"):
        if count < 1024 or unit == "MB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.0f} {unit}"
        count /= 1024
    return f"{count} GB"


def init_app(app):
    app.jinja_env.filters.update(duration=duration, clock=clock, left=left, bytes=size)
