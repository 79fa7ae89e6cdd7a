"""Template filters: durations, times, sizes, in the reader's language (Babel)."""

from datetime import UTC, datetime
import functools
import time

from babel.dates import format_date, format_time, format_timedelta, get_datetime_format
from babel.units import format_unit
from flask_babel import get_locale, gettext

NEVER = 10 ** 12
"""A threshold no duration reaches, so Babel keeps the unit we ask for."""


def _span(seconds: int, unit: str, style: str = "long") -> str:
    """seconds as a count of unit ('day', 'hour', 'minute'), e.g. '6 hours' or '6 Std.'."""
    return format_timedelta(seconds, granularity=unit, threshold=NEVER, format=style,
                            locale=get_locale())


def duration(seconds: float) -> str:
    """Return a lifetime as whole days, hours or minutes: '6 hours', '1 Tag'."""
    seconds = int(seconds)
    unit = "day" if seconds % 86400 == 0 else "hour" if seconds % 3600 == 0 else "minute"
    return _span(seconds, unit)


def clock(value) -> str:
    """Return an ISO time or Unix seconds as a UTC time (today) or date and time, localized."""
    return _clock(str(get_locale()), value, datetime.now(UTC).date())


@functools.lru_cache(maxsize=4096)
def _clock(locale: str, value, today) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) \
            else datetime.fromtimestamp(value, UTC)
    except (ValueError, TypeError, OverflowError):
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    shown = format_time(moment, "short", tzinfo=UTC, locale=locale)
    if moment.date() != today:
        day = format_date(moment, "medium", locale=locale)
        shown = get_datetime_format("medium", locale=locale).replace("'", "").replace(
            "{0}", shown).replace("{1}", day)
    return gettext("%(time)s UTC", time=shown)


def left(epoch: float) -> str:
    """Return the time until epoch as hours and minutes: '1 hr 05 min', '1 Std. 5 Min.'."""
    remaining = max(0, int(epoch - time.time()))
    hours, rest = divmod(remaining, 3600)
    minutes = _span(rest // 60 * 60, "minute", "short")
    if not hours:
        return minutes
    return gettext("%(hours)s %(minutes)s", hours=_span(hours * 3600, "hour", "short"),
                   minutes=minutes)


def size(count) -> str:
    """Return a byte count in bytes, kB or MB, with the reader's unit names."""
    return _size(str(get_locale()), int(count or 0))


@functools.lru_cache(maxsize=4096)
def _size(locale: str, count: int) -> str:
    if count < 1024:
        return format_unit(count, "digital-byte", length="long", locale=locale)
    unit = "digital-kilobyte" if count < 1024 * 1024 else "digital-megabyte"
    amount = count / 1024 if unit == "digital-kilobyte" else count / 1024 / 1024
    return format_unit(amount, unit, length="short", format="#,##0", locale=locale)


def init_app(app) -> None:
    """Register the filters with Jinja."""
    app.jinja_env.filters.update(duration=duration, clock=clock, left=left, bytes=size)
