"""Dates that keep their precision.

Sources often know only the month ("July 2025") or the year of an event.  A
:class:`FuzzyDate` remembers that, so a July 2021 event is never shown as
"1 July 2021": it covers a range of days (``first_day`` to ``last_day``) and
prints as it was written.  An optional time of day must carry a timezone,
because "8 pm" is a different day in Washington and in Seoul.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import IntEnum, StrEnum
from functools import lru_cache

__all__ = [
    "MONTH_NAMES",
    "DateError",
    "FuzzyDate",
    "Period",
    "Precision",
    "days_in_month",
    "elapsed",
    "parse_iso",
]

# English whatever the locale: the data and every report are in English
# (the calendar module's names follow the locale, and importing it costs
# a warm run more than these lines).
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` (1-12) of ``year`` has (proleptic Gregorian)."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class Period(StrEnum):
    """Calendar periods that reports count by (weeks start on Monday)."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class DateError(ValueError):
    """A date that is malformed or impossible; the message says which."""


_ISO = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?)?)?",
    re.ASCII,  # only 0-9: other scripts' digits would not survive other tools
)


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A calendar date known to the year, the month or the day.

    ``at`` is an optional time of day with a timezone (day precision only).
    Ordering follows the first day covered, then precision, so that a month
    sorts before the days inside it.
    """

    year: int
    month: int | None = None
    day: int | None = None
    at: time | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    # Derived once at construction: reports compare dates millions of times.
    first_day: date = field(init=False, repr=False, compare=False)
    last_day: date = field(init=False, repr=False, compare=False)
    sort_key: tuple[date, int, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = date(self.year, self.month or 1, self.day or 1)
        if self.day is not None:
            last = first
        elif self.month is not None:
            last = date(self.year, self.month, days_in_month(self.year, self.month))
        else:
            last = date(self.year, 12, 31)
        object.__setattr__(self, "first_day", first)
        object.__setattr__(self, "last_day", last)
        key = (first, int(self.precision), self.at.isoformat() if self.at else "")
        object.__setattr__(self, "sort_key", key)

    def __lt__(self, other: FuzzyDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: FuzzyDate) -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: FuzzyDate) -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: FuzzyDate) -> bool:
        return self.sort_key >= other.sort_key

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def instant(self) -> datetime | None:
        """The moment in UTC, when a time of day was recorded."""
        if self.at is None:
            return None
        return datetime.combine(self.first_day, self.at).astimezone(UTC)

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.at is not None:
            text += "T" + _format_time(self.at)
        return text

    __str__ = isoformat

    def human(self) -> str:
        """'28 June 2021', 'June 2021' or '2021': never invents a day."""
        if self.day is not None and self.month is not None:
            text = f"{self.day} {MONTH_NAMES[self.month]} {self.year}"
            if self.at is not None:
                text += " " + _format_time(self.at)
            return text
        if self.month is not None:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self.year)

    @classmethod
    def from_date(cls, day: date) -> FuzzyDate:
        return cls(day.year, day.month, day.day)


def _format_time(at: time) -> str:
    text = at.strftime("%H:%M") if at.second == 0 else at.strftime("%H:%M:%S")
    offset = at.utcoffset()
    if offset is None:  # pragma: no cover - parse_iso never builds one
        return text
    if offset == timedelta(0):
        return text + "Z"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# Dates repeat across records (a round's day in every source about it):
# parsed once, and shared, they are stored and read back once.
@lru_cache(maxsize=1 << 16)
def parse_iso(text: str) -> FuzzyDate:
    """Parse the strict form used in data files: ``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]`` with ``Z`` or ``±HH:MM``.

    Raises :class:`DateError` with a message fit for a person.
    """
    match = _ISO.fullmatch(text.strip())
    if match is None:
        raise DateError(
            f"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY "
            "(optionally YYYY-MM-DDTHH:MM with a timezone such as Z or +03:30)"
        )
    year = int(match["year"])
    if year < 1000:
        raise DateError(f"year {year} is out of range")
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"'{text}' has no month {month}; months run from 01 to 12")
    if day is not None and month is not None:
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(
                f"'{text}' is not a real date: {MONTH_NAMES[month]} {year} has {last} days"
            )
    at = None
    if match["hour"] is not None:
        if match["zone"] is None:
            raise DateError(
                f"'{text}' has a time but no timezone; add Z (UTC) or an offset such as +03:30"
            )
        hour, minute = int(match["hour"]), int(match["minute"])
        second = int(match["second"] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise DateError(f"'{text}' has an impossible time of day")
        at = time(hour, minute, second, tzinfo=_zone(match["zone"], text))
    return FuzzyDate(year, month, day, at)


def _zone(zone: str, text: str) -> timezone:
    if zone == "Z":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        raise DateError(f"'{text}' has an impossible timezone offset {zone}")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def elapsed(earlier: date, later: date) -> str:
    """The time from ``earlier`` to ``later`` as people say it: "12 days",
    "5 months", "3 years 9 months" (whole calendar months, rounded down)."""
    days = (later - earlier).days
    if days < 0:
        return "after " + elapsed(later, earlier).replace("after ", "")
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    if months < 1:
        return "1 day" if days == 1 else f"{days} days"
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append("1 year" if years == 1 else f"{years} years")
    if months:
        parts.append("1 month" if months == 1 else f"{months} months")
    return " ".join(parts)
