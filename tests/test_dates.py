from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcpoa_tracker.dates import DateError, FuzzyDate, Precision, parse_iso


def test_day_month_year_precision_is_kept() -> None:
    assert parse_iso("2021-06-28").precision is Precision.DAY
    july = parse_iso("2021-07")
    assert july.precision is Precision.MONTH
    assert (july.first_day, july.last_day) == (date(2021, 7, 1), date(2021, 7, 31))
    assert str(july) == "2021-07"
    assert july.human() == "July 2021"  # never "1 July 2021"
    year = parse_iso("2024")
    assert (year.first_day, year.last_day) == (date(2024, 1, 1), date(2024, 12, 31))
    assert year.human() == "2024"


def test_month_sorts_before_its_days_and_after_previous_month() -> None:
    dates = [parse_iso(t) for t in ("2021-07-02", "2021-07", "2021-06-30", "2021")]
    assert [str(d) for d in sorted(dates)] == ["2021", "2021-06-30", "2021-07", "2021-07-02"]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2021-02-30", "February 2021 has 28 days"),
        ("2024-02-30", "February 2024 has 29 days"),
        ("2021-13", "no month 13"),
        ("2021-00-10", "no month 0"),
        ("28 June 2021", "is not a date"),
        ("2021-6-28", "is not a date"),
        ("2021-06-28T20:00", "no timezone"),
        ("2021-06-28T25:00Z", "impossible time"),
        ("0999", "out of range"),
    ],
)
def test_impossible_or_malformed_dates_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(DateError, match=fragment):
        parse_iso(text)


def test_times_carry_a_timezone_and_convert_to_utc() -> None:
    snapback = parse_iso("2025-09-27T20:00-04:00")
    assert str(snapback) == "2025-09-27T20:00-04:00"
    assert snapback.instant is not None
    assert snapback.instant.isoformat() == "2025-09-28T00:00:00+00:00"
    assert str(parse_iso("2025-09-28T00:00Z")) == "2025-09-28T00:00Z"


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_real_day_round_trips(day: date) -> None:
    parsed = parse_iso(day.isoformat())
    assert parsed.first_day == parsed.last_day == day
    assert str(parsed) == day.isoformat()


@given(st.integers(1000, 9998), st.integers(1, 12))
def test_month_covers_exactly_its_days(year: int, month: int) -> None:
    parsed = parse_iso(f"{year:04d}-{month:02d}")
    assert parsed.days() == calendar.monthrange(year, month)[1]
    assert parsed.covers(parsed.first_day) and parsed.covers(parsed.last_day)
    assert not parsed.covers(parsed.last_day + timedelta(days=1))


@given(st.text(max_size=40))
def test_any_text_parses_or_raises_date_error(text: str) -> None:
    try:
        result = parse_iso(text)
    except DateError:
        return
    assert isinstance(result, FuzzyDate)
    assert parse_iso(str(result)) == result


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12))
def test_days_in_month_are_the_calendars(year: int, month: int) -> None:
    from jcpoa_tracker.dates import days_in_month

    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_month_names_are_english_whatever_the_locale() -> None:
    from jcpoa_tracker.dates import MONTH_NAMES

    assert MONTH_NAMES[1] == "January" and MONTH_NAMES[12] == "December"
    assert len(MONTH_NAMES) == 13 and MONTH_NAMES[0] == ""
