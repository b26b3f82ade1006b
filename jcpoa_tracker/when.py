"""Dates that people type on the command line.

Data files use the strict ISO forms of :mod:`jcpoa_tracker.dates`; a person
asking for a report types ``June 2021``, ``2021-Q2``, ``30d`` or
``2021-06..2021-09``.  Every such text means an inclusive :class:`Span` of
days, so "June 2021" is the whole month and an ``--as-of`` date is the last
day of what was typed (:func:`as_of_day`).

Three rules keep a typed date from meaning something the person did not
intend:

* Ambiguity prefers the past.  Reports look back, so ``28 June`` is the most
  recent 28 June on or before today and ``December`` typed in January is the
  December just gone.
* Nothing is invented.  python-dateutil fills any missing field from a
  default; each text is parsed with two different defaults and a field that
  changes with the default was not typed.  A missing year is resolved by the
  rule above, never by the clock.
* Numbers-only dates must be written year first.  ``06/07/2021`` is 6 July in
  most of the world and June 7 in the United States, so it is refused with
  both ISO spellings offered.

"Today" is always passed in (the CLI decides it once and lets
``JCPOA_TRACKER_TODAY`` pin it), so the same text gives the same span in
tests, in cron and on an analyst's laptop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from jcpoa_tracker.dates import MONTH_NAMES, days_in_month

__all__ = ["AS_OF_FORMS", "FORMS", "Span", "WhenError", "as_of_day", "parse_when"]


class WhenError(ValueError):
    """Typed text that is not a date we can read without guessing; the
    message says why and which forms are accepted."""


FORMS = (
    "write a day (2021-06-28, 28 June 2021, 3 weeks ago, last friday), a month "
    "(2021-06, June 2021), a year (2021), a quarter (2021-Q2), today, yesterday, "
    "a period back from today (30d, 6w, 3m, 1y) or a range (2021-06..2021-09, "
    "2021-06 to 2021-09)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive range of days, with the text it was read from.

    Inclusive at both ends because that is how people read "June 2021" or
    "2021-06-01 to 2021-06-30": both named days belong to the period.
    """

    start: date
    end: date
    text: str

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise WhenError(
                f"'{self.text}' runs backwards: {self.start.isoformat()} is after "
                f"{self.end.isoformat()}"
            )

    def __contains__(self, day: date) -> bool:
        if isinstance(day, datetime):  # a datetime does not compare with a date
            day = day.date()
        return self.start <= day <= self.end


def parse_when(text: str, today: date) -> Span:
    """Read what a person typed as an inclusive span of days.

    ``today`` anchors the relative forms (``today``, ``30d``, ``June``) and the
    open end of a range.  Raises :class:`WhenError`, and nothing else, for any
    text that is not a date in one of the accepted forms.
    """
    typed = " ".join(text.split())
    if not typed:
        raise WhenError(f"no date given; {FORMS}")
    sides = _RANGE.split(typed)
    if len(sides) == 1:
        return _single(typed, today)
    if len(sides) > 2:
        raise WhenError(f"'{typed}' has more than one range separator ('..' or 'to'); {FORMS}")
    first, last = (side.strip() for side in sides)
    if not first and not last:
        raise WhenError(f"'{typed}' is a range with neither end; give at least one date")
    start = _single(first, today).start if first else date.min
    end = _single(last, today).end if last else today
    if start > end:
        raise WhenError(
            f"'{typed}' runs backwards: it would start on {start.isoformat()} "
            f"but end on {end.isoformat()}; put the earlier date first"
        )
    return Span(start, end, typed)


AS_OF_FORMS = (
    "write a day (2021-06-28, 28 June 2021), a month (2021-06, June 2021), a year (2021), "
    "a quarter (2021-Q2), today, yesterday, a day back from today (30d, 6w, 3 weeks ago) "
    "or a weekday (last friday)"
)


def as_of_day(text: str | None, today: date) -> date:
    """The one day an ``--as-of`` option means; ``None`` (not given) is today.

    * A day is that day.  A month, quarter or year is its last day (all that
      was known by its end), or today while it is still running.
    * A duration or phrase counts back from today: ``3w`` and ``3 weeks ago``
      are the day three weeks ago, never today.
    * A range is refused: a report is as of one day (a window is what
      ``--since`` and ``--until`` give).
    A day after today is returned as typed; the caller marks the report
    as projected.
    """
    if text is None:
        return today
    typed = " ".join(text.split())
    if len(_RANGE.split(typed)) > 1:
        raise WhenError(
            f"'{typed}' is a range, but --as-of takes one day (e.g. 2021-06-28); "
            "to look at a window, use --since and --until"
        )
    lowered = typed.lower()
    if lowered and _DURATION.fullmatch(lowered):
        return parse_when(typed, today).start
    try:
        span = parse_when(typed, today)
    except WhenError as error:
        message = str(error)
        if message.endswith(FORMS):
            message = message[: -len(FORMS)] + AS_OF_FORMS
        raise WhenError(message) from None
    if span.start <= today < span.end:
        return today  # the month (quarter, year) is still running
    return span.end


# ``..`` or the word ``to``; the word must stand alone so "today" and
# "October" are not split.
_RANGE = re.compile(r"\.\.|\bto\b", re.IGNORECASE | re.ASCII)
# Year first is never ambiguous, whichever of - / . separates the fields.
_ISO = re.compile(
    r"(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?)?",
    re.ASCII,
)
_QUARTER = re.compile(
    r"(?P<year>\d{4})\s?-?\s?q(?P<q>\d)|q(?P<q2>\d)(?:\s?[-/ ]?\s?(?P<year2>\d{4}))?", re.ASCII
)
_DURATION = re.compile(r"(?P<count>\d+)\s?(?P<unit>d|days?|w|weeks?|m|months?|y|years?)", re.ASCII)
_NUMERIC = re.compile(r"[\d\s./-]+", re.ASCII)
_TOKEN = re.compile(r"[a-z]+|\d+|\S", re.ASCII)


@cache
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names (dateutil's, with their numbers), from
    dateutil when a date needs them: a report given no date never imports
    it."""
    from dateutil import parser

    months = {
        name.lower(): number
        for number, names in enumerate(parser.parserinfo.MONTHS, start=1)
        for name in names
    }
    weekdays = {
        name.lower(): number
        for number, names in enumerate(parser.parserinfo.WEEKDAYS)
        for name in names
    }
    return months, weekdays


_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_PUNCTUATION = frozenset({",", ".", "-", "/"})
# Two defaults that differ in every field and are both leap years, so that
# "29 February" without a year parses under either.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))


def _single(typed: str, today: date) -> Span:
    """One side of a range, or the whole text when it is not a range."""
    text = typed.lower()
    if text == "today":
        return Span(today, today, typed)
    if text == "yesterday":
        return Span(_shift(today, -1, typed), _shift(today, -1, typed), typed)
    day = _phrase(text, typed, today)
    if day is not None:
        return Span(day, day, typed)
    for read in (_iso, _quarter, _duration):
        span = read(text, typed, today)
        if span is not None:
            return span
    if _NUMERIC.fullmatch(text):
        raise WhenError(_numeric_complaint(typed))
    return _written(text, typed, today)


_AGO = re.compile(r"(?P<count>\d+)\s?(?P<unit>d|days?|w|weeks?|m|months?|y|years?)\s+ago", re.ASCII)
_LAST = re.compile(r"last\s+(?P<weekday>[a-z]+)", re.ASCII)


def _phrase(text: str, typed: str, today: date) -> date | None:
    """``3 weeks ago`` (that day) and ``last friday`` (the most recent Friday
    before today); None when the text is neither."""
    match = _AGO.fullmatch(text)
    if match is not None:
        return _duration(f"{match['count']}{match['unit']}", typed, today).start  # type: ignore[union-attr]
    match = _LAST.fullmatch(text)
    if match is not None:
        weekday = _names()[1].get(match["weekday"])
        if weekday is None:
            raise WhenError(
                f"'{typed}': after 'last' write a weekday (last friday); for a period "
                "write 30d, 6w, 3m or 1y"
            )
        back = (today.weekday() - weekday) % 7 or 7
        return _shift(today, -back, typed)
    return None


def _iso(text: str, typed: str, today: date) -> Span | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    year = _year(int(match["year"]), typed)
    if match["month"] is None:
        return Span(date(year, 1, 1), date(year, 12, 31), typed)
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise WhenError(f"'{typed}' has no month {month}; months run from 01 to 12")
    if match["day"] is None:
        return _month(year, month, typed)
    day = _day(year, month, int(match["day"]), typed)
    return Span(day, day, typed)


def _quarter(text: str, typed: str, today: date) -> Span | None:
    match = _QUARTER.fullmatch(text)
    if match is None:
        return None
    quarter = int(match["q"] or match["q2"])
    if not 1 <= quarter <= 4:
        raise WhenError(f"'{typed}' has no quarter {quarter}; quarters run from Q1 to Q4")
    first_month = 3 * quarter - 2
    year_text = match["year"] or match["year2"]
    if year_text is not None:
        year = _year(int(year_text), typed)
    else:  # the most recent such quarter that has begun
        year = today.year if first_month <= today.month else today.year - 1
        year = _year(year, typed)
    start = date(year, first_month, 1)
    return Span(start, _month(year, first_month + 2, typed).end, typed)


def _duration(text: str, typed: str, today: date) -> Span | None:
    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    if len(match["count"]) > 7:
        raise WhenError(f"'{typed}' reaches outside the calendar (years 1 to 9999)")
    count = int(match["count"])
    unit = match["unit"][0]
    if unit == "d":
        start = _shift(today, -count, typed)
    elif unit == "w":
        start = _shift(today, -7 * count, typed)
    else:
        start = _months_before(today, count * (12 if unit == "y" else 1), typed)
    return Span(start, today, typed)


def _written(text: str, typed: str, today: date) -> Span:
    """Dates with a month name, read by dateutil and checked against the
    numbers actually typed, so dateutil can neither invent nor drop a field."""
    tokens = _TOKEN.findall(text)
    month_of, weekday_of = _names()
    months = [month_of[token] for token in tokens if token in month_of]
    weekdays = [weekday_of[token] for token in tokens if token in weekday_of]
    numbers = [token for token in tokens if token.isdigit()]
    for before, token in zip(["", *tokens], tokens, strict=False):
        allowed = (
            token in month_of
            or token in weekday_of
            or token in _PUNCTUATION
            or token == "of"
            or (token in _ORDINALS and before.isdigit())
            or (token.isdigit() and len(token) in (1, 2, 4))
        )
        if not allowed:
            raise WhenError(f"'{typed}' is not a date I can read; {FORMS}")
    if len(months) != 1 or len(weekdays) > 1:
        raise WhenError(f"'{typed}' is not a date I can read; {FORMS}")
    month = months[0]
    year_numbers = [int(n) for n in numbers if len(n) == 4]
    day_numbers = [int(n) for n in numbers if len(n) <= 2]
    if len(day_numbers) > 1:
        raise WhenError(
            f"'{typed}' has more than one day number; write the year in full, e.g. 28 June 2021"
        )
    if len(year_numbers) > 1:
        raise WhenError(f"'{typed}' has more than one year; {FORMS}")
    year = _year(year_numbers[0], typed) if year_numbers else None
    day = day_numbers[0] if day_numbers else None
    if day is not None:
        longest = days_in_month(year if year is not None else 2000, month)
        if not 1 <= day <= longest:
            name = MONTH_NAMES[month]
            raise WhenError(
                f"'{typed}' is not a real date: {name}"
                f"{f' {year}' if year is not None else ''} has {longest} days"
            )
    without_weekday = " ".join(t for t in tokens if t not in weekday_of)
    _check_with_dateutil(without_weekday, typed, year, month, day)
    if day is None and weekdays:
        raise WhenError(f"'{typed}' names a weekday but no day of the month")
    if year is None:
        year = _most_recent_year(month, day or 1, today, typed)
    if day is None:
        return _month(year, month, typed)
    found = _day(year, month, day, typed)
    if weekdays and found.weekday() != weekdays[0]:
        raise WhenError(
            f"'{typed}' does not agree with itself: {found.day} "
            f"{MONTH_NAMES[found.month]} {found.year} is a {found:%A}"
        )
    return Span(found, found, typed)


def _check_with_dateutil(
    text: str, typed: str, year: int | None, month: int, day: int | None
) -> None:
    """Confirm that dateutil reads exactly the fields we found typed."""
    from dateutil import parser

    try:
        first, second = (parser.parse(text, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError) as error:
        raise WhenError(f"'{typed}' is not a date I can read; {FORMS}") from error
    read_year = first.year if first.year == second.year else None
    read_month = first.month if first.month == second.month else None
    read_day = first.day if first.day == second.day else None
    timed = any((first.hour, first.minute, first.second, first.microsecond))
    if (read_year, read_month, read_day) != (year, month, day) or timed or first.tzinfo:
        raise WhenError(
            f"'{typed}' is not clear about which number is the day and which the year; "
            "write it like 28 June 2021 or 2021-06-28"
        )


def _most_recent_year(month: int, day: int, today: date, typed: str) -> int:
    """The latest year in which ``month``/``day`` falls on or before today
    (29 February can be up to eight years back)."""
    for year in range(today.year, max(today.year - 9, 0), -1):
        if day <= days_in_month(year, month) and date(year, month, day) <= today:
            return year
    raise WhenError(f"'{typed}' did not occur on or before {today.isoformat()}; add a year")


def _numeric_complaint(typed: str) -> str:
    """Explain why a numbers-only date is refused, offering its ISO readings."""
    parts = re.findall(r"\d+", typed, re.ASCII)
    shape = [len(part) for part in parts]
    if len(parts) == 3 and shape[0] == 4 and max(shape[1:]) <= 2:
        readings = _iso_readings(int(parts[0]), [(int(parts[1]), int(parts[2]))])
        if readings:
            return f"'{typed}' is not a date I can read; write {readings[0]}"
    if len(parts) == 3 and max(shape[:2]) <= 2 and shape[2] in (2, 4):
        # A two-digit year is shown as 20yy: only a suggestion, never read.
        year = int(parts[2]) + (2000 if shape[2] == 2 else 0)
        first, second = int(parts[0]), int(parts[1])
        readings = _iso_readings(year, [(second, first), (first, second)])
        if readings:
            return (
                f"'{typed}' is ambiguous: numbers-only dates must be written year first, "
                "because 06/07 is 6 July in most of the world and June 7 in the US; "
                f"write {' or '.join(readings)}"
            )
    return f"'{typed}' is not a date I can read; {FORMS}"


def _iso_readings(year: int, month_days: list[tuple[int, int]]) -> list[str]:
    readings = []
    for month, day in month_days:
        real = 1 <= year <= 9999 and 1 <= month <= 12
        if real and 1 <= day <= days_in_month(year, month):
            reading = date(year, month, day).isoformat()
            if reading not in readings:
                readings.append(reading)
    return readings


def _year(year: int, typed: str) -> int:
    if not 1 <= year <= 9999:
        raise WhenError(f"'{typed}' has year {year}, which is out of range (0001 to 9999)")
    return year


def _month(year: int, month: int, typed: str) -> Span:
    last = days_in_month(year, month)
    return Span(date(year, month, 1), date(year, month, last), typed)


def _day(year: int, month: int, day: int, typed: str) -> date:
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        raise WhenError(
            f"'{typed}' is not a real date: {MONTH_NAMES[month]} {year} has {last} days"
        )
    return date(year, month, day)


def _shift(day: date, days: int, typed: str) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError as error:
        raise WhenError(f"'{typed}' reaches outside the calendar (years 1 to 9999)") from error


def _months_before(day: date, months: int, typed: str) -> date:
    """Calendar months back, keeping the day of the month where it exists and
    otherwise the month's last day (31 March less one month is 28/29 February)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < 1:
        raise WhenError(f"'{typed}' reaches outside the calendar (years 1 to 9999)")
    last = days_in_month(year, month0 + 1)
    return date(year, month0 + 1, min(day.day, last))
