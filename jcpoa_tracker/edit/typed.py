"""What people type in the options of ``add`` and ``set``, as data values.

Each function returns text in the data's own form or raises ValueError with
a message that says what to type instead.
"""

from __future__ import annotations

import re
from datetime import date

from jcpoa_tracker.dates import DateError, days_in_month, parse_iso
from jcpoa_tracker.edit.emit import Value
from jcpoa_tracker.when import WhenError, parse_when

__all__ = ["data_date", "delegations", "measurement", "pause", "sticking_point"]

_ISO_LIKE = re.compile(r"\d{4}-\d")


def data_date(text: str, today: date) -> str:
    """A date as data files write it, keeping the precision typed: ISO forms
    as they are (2021-06, 2025-09-27T20:00-04:00), and a written day, month
    or year (``20 June 2021``, ``yesterday``, ``June 2021``) in ISO form."""
    typed = text.strip()
    try:
        return parse_iso(typed).isoformat()
    except DateError as strict:
        if _ISO_LIKE.match(typed):
            raise ValueError(str(strict)) from None
    try:
        span = parse_when(typed, today)
    except WhenError as error:
        raise ValueError(str(error)) from None
    start, end = span.start, span.end
    if start == end:
        return start.isoformat()
    last_of_month = days_in_month(start.year, start.month)
    if start.day == 1 and end == start.replace(day=last_of_month):
        return f"{start.year:04d}-{start.month:02d}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"{start.year:04d}"
    raise ValueError(f"'{typed}' is a period, not a date: give a day, a month or a year")


def delegations(typed: list[str]) -> dict[str, Value]:
    """``party=person`` (or ``party=a,b``), repeatable: party -> person(s)."""
    leads: dict[str, list[str]] = {}
    for text in typed:
        party, sep, people = text.partition("=")
        names = [name.strip() for name in people.split(",") if name.strip()]
        if not sep or not party.strip() or not names:
            raise ValueError(f"'{text}': write PARTY=PERSON, e.g. state-a=envoy-a")
        leads.setdefault(party.strip(), []).extend(names)
    return {party: names[0] if len(names) == 1 else names for party, names in leads.items()}


def pause(text: str, today: date) -> tuple[str, str | None]:
    """``START..END`` or ``START`` (a pause still going on)."""
    start, sep, end = text.partition("..")
    if not start.strip():
        raise ValueError(f"'{text}': write START..END or START, e.g. 2021-12-03..2021-12-09")
    return data_date(start, today), (data_date(end, today) if sep and end.strip() else None)


def measurement(text: str) -> dict[str, Value]:
    """``METRIC=VALUE UNIT``, e.g. ``signatories=12 states``."""
    metric, sep, rest = text.partition("=")
    parts = rest.split(None, 1)
    if not sep or not metric.strip() or len(parts) != 2:
        raise ValueError(f"'{text}': write METRIC=VALUE UNIT, e.g. signatories=12 states")
    value, unit = parts
    try:
        float(value)
    except ValueError:
        raise ValueError(f"'{text}': '{value}' is not a number") from None
    return {"metric": metric.strip(), "value": value, "unit": unit.strip()}


def sticking_point(text: str) -> dict[str, Value]:
    """``ID=TITLE`` (status open) or ``ID:STATUS=TITLE``."""
    left, sep, title = text.partition("=")
    ident, _, status = left.partition(":")
    status = status.strip() or "open"
    if not sep or not ident.strip() or not title.strip():
        raise ValueError(f"'{text}': write ID=TITLE or ID:STATUS=TITLE")
    # The status is a word of the dataset's vocabulary, checked with the data.
    return {"id": ident.strip(), "title": title.strip(), "status": status}
