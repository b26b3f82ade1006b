from __future__ import annotations

import calendar
import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcpoa_tracker.when import Span, WhenError, as_of_day, parse_when

D = date
TODAY = D(2026, 1, 5)


def span(text: str, today: date = TODAY) -> tuple[date, date]:
    parsed = parse_when(text, today)
    return parsed.start, parsed.end


@pytest.mark.parametrize(
    "text, start, end",
    [
        # ISO day, month, year
        ("2021-06-28", D(2021, 6, 28), D(2021, 6, 28)),
        ("2021-06", D(2021, 6, 1), D(2021, 6, 30)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("2021-6-8", D(2021, 6, 8), D(2021, 6, 8)),
        ("2021/06/28", D(2021, 6, 28), D(2021, 6, 28)),
        ("2021.06.28", D(2021, 6, 28), D(2021, 6, 28)),
        # quarters
        ("2021Q2", D(2021, 4, 1), D(2021, 6, 30)),
        ("2021-Q2", D(2021, 4, 1), D(2021, 6, 30)),
        ("2021 Q2", D(2021, 4, 1), D(2021, 6, 30)),
        ("Q2 2021", D(2021, 4, 1), D(2021, 6, 30)),
        ("q1 2024", D(2024, 1, 1), D(2024, 3, 31)),
        ("2021-Q4", D(2021, 10, 1), D(2021, 12, 31)),
        # written dates
        ("28 June 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("June 28, 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("28 Jun 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("Jun. 28, 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("28th of June 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("28-Jun-2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("Monday 28 June 2021", D(2021, 6, 28), D(2021, 6, 28)),
        ("June 2021", D(2021, 6, 1), D(2021, 6, 30)),
        ("Jun 2021", D(2021, 6, 1), D(2021, 6, 30)),
        ("Sept 2021", D(2021, 9, 1), D(2021, 9, 30)),
        ("February 2024", D(2024, 2, 1), D(2024, 2, 29)),
        # relative to today
        ("today", TODAY, TODAY),
        ("yesterday", D(2026, 1, 4), D(2026, 1, 4)),
        ("30d", D(2025, 12, 6), TODAY),
        ("30 days", D(2025, 12, 6), TODAY),
        ("1 day", D(2026, 1, 4), TODAY),
        ("0d", TODAY, TODAY),
        ("6w", D(2025, 11, 24), TODAY),
        ("6 weeks", D(2025, 11, 24), TODAY),
        ("3m", D(2025, 10, 5), TODAY),
        ("3 months", D(2025, 10, 5), TODAY),
        ("1y", D(2025, 1, 5), TODAY),
        ("1 year", D(2025, 1, 5), TODAY),
        ("2 years", D(2024, 1, 5), TODAY),
    ],
)
def test_single_forms(text: str, start: date, end: date) -> None:
    assert span(text) == (start, end)


@pytest.mark.parametrize(
    "text, same_as",
    [
        ("  JUNE 2021  ", "June 2021"),
        ("jUnE\t2021", "June 2021"),
        ("june   2021", "June 2021"),
        (" 2021-q2 ", "2021-Q2"),
        ("TODAY", "today"),
        ("30 DAYS", "30d"),
        ("2021-06 To 2021-09", "2021-06..2021-09"),
    ],
)
def test_case_and_spacing_do_not_matter(text: str, same_as: str) -> None:
    assert span(text) == span(same_as)


def test_text_keeps_what_was_typed_for_messages() -> None:
    assert parse_when("  28 June 2021 ", TODAY).text == "28 June 2021"
    assert parse_when("2021-06 to 2021-09", TODAY).text == "2021-06 to 2021-09"


# --- prefer the past ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, start, end",
    [
        # a month name alone: the latest such month that has begun
        ("December", D(2026, 1, 5), D(2025, 12, 1), D(2025, 12, 31)),
        ("January", D(2026, 1, 5), D(2026, 1, 1), D(2026, 1, 31)),  # this month, all of it
        ("June", D(2026, 6, 1), D(2026, 6, 1), D(2026, 6, 30)),
        ("June", D(2026, 5, 31), D(2025, 6, 1), D(2025, 6, 30)),
        ("dec", D(2025, 12, 31), D(2025, 12, 1), D(2025, 12, 31)),
        # day and month: the latest such day on or before today
        ("28 June", D(2026, 6, 27), D(2025, 6, 28), D(2025, 6, 28)),
        ("28 June", D(2026, 6, 28), D(2026, 6, 28), D(2026, 6, 28)),
        ("June 28", D(2026, 6, 27), D(2025, 6, 28), D(2025, 6, 28)),
        ("31 December", D(2026, 1, 5), D(2025, 12, 31), D(2025, 12, 31)),
        ("1 January", D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 1)),
        ("1 January", D(2025, 12, 31), D(2025, 1, 1), D(2025, 1, 1)),
        ("29 Feb", D(2026, 1, 5), D(2024, 2, 29), D(2024, 2, 29)),
        ("29 February", D(2024, 2, 29), D(2024, 2, 29), D(2024, 2, 29)),
        ("29 February", D(1903, 6, 1), D(1896, 2, 29), D(1896, 2, 29)),  # 1900 was no leap year
        # a quarter alone: the latest such quarter that has begun
        ("Q4", D(2026, 1, 5), D(2025, 10, 1), D(2025, 12, 31)),
        ("Q1", D(2026, 1, 5), D(2026, 1, 1), D(2026, 3, 31)),
    ],
)
def test_ambiguous_dates_prefer_the_past(text: str, today: date, start: date, end: date) -> None:
    assert span(text, today) == (start, end)


# --- calendar months back ----------------------------------------------------


@pytest.mark.parametrize(
    "text, today, start",
    [
        ("1m", D(2021, 3, 31), D(2021, 2, 28)),
        ("1m", D(2024, 3, 31), D(2024, 2, 29)),
        ("1 month", D(2021, 5, 31), D(2021, 4, 30)),
        ("3m", D(2021, 5, 31), D(2021, 2, 28)),
        ("2m", D(2021, 1, 15), D(2020, 11, 15)),
        ("12m", D(2021, 1, 15), D(2020, 1, 15)),
        ("1y", D(2024, 2, 29), D(2023, 2, 28)),
        ("4y", D(2024, 2, 29), D(2020, 2, 29)),
        ("13 months", D(2021, 1, 31), D(2019, 12, 31)),
    ],
)
def test_months_back_clamp_to_the_end_of_shorter_months(
    text: str, today: date, start: date
) -> None:
    assert span(text, today) == (start, today)


# --- ranges ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2021-06..2021-09", D(2021, 6, 1), D(2021, 9, 30)),
        ("2021-06 .. 2021-09", D(2021, 6, 1), D(2021, 9, 30)),
        ("2021-06 to 2021-09", D(2021, 6, 1), D(2021, 9, 30)),
        ("2021-06 TO 2021-09", D(2021, 6, 1), D(2021, 9, 30)),
        ("28 June 2021 to 3 July 2021", D(2021, 6, 28), D(2021, 7, 3)),
        ("2021-Q2..2021", D(2021, 4, 1), D(2021, 12, 31)),
        ("2021..2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("June 2021..today", D(2021, 6, 1), TODAY),
        ("December to yesterday", D(2025, 12, 1), D(2026, 1, 4)),
        ("2021-06-28..2021-06-28", D(2021, 6, 28), D(2021, 6, 28)),
        # open ends: up to today, from the beginning of time
        ("2021-06..", D(2021, 6, 1), TODAY),
        ("2021-06 to", D(2021, 6, 1), TODAY),
        ("..2021-06", date.min, D(2021, 6, 30)),
        ("to 2021-06", date.min, D(2021, 6, 30)),
        ("1y..", D(2025, 1, 5), TODAY),
    ],
)
def test_ranges_run_from_the_start_of_one_to_the_end_of_the_other(
    text: str, start: date, end: date
) -> None:
    assert span(text) == (start, end)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2022..2021", "runs backwards"),
        ("2021-09 to 2021-06", "put the earlier date first"),
        ("2027..", "runs backwards"),  # starts after today
        ("..", "neither end"),
        ("to", "neither end"),
        ("2021..2022..2023", "more than one range separator"),
        ("2021 to 2022 to 2023", "more than one range separator"),
        ("2021-06..junk", "not a date"),
    ],
)
def test_bad_ranges_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(WhenError, match=fragment):
        parse_when(text, TODAY)


# --- refusals ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, suggestion",
    [
        ("06/07/2021", "write 2021-07-06 or 2021-06-07"),
        ("6.7.21", "write 2021-07-06 or 2021-06-07"),
        ("06-07-2021", "write 2021-07-06 or 2021-06-07"),
        ("28/06/2021", "write 2021-06-28"),
        ("6/28/2021", "write 2021-06-28"),
        ("05/05/2021", "write 2021-05-05"),
    ],
)
def test_numbers_only_dates_must_be_year_first(text: str, suggestion: str) -> None:
    with pytest.raises(WhenError, match="year first") as caught:
        parse_when(text, TODAY)
    assert suggestion in str(caught.value)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "no date given"),
        ("   ", "no date given"),
        ("2021-02-30", "February 2021 has 28 days"),
        ("29 Feb 2021", "February 2021 has 28 days"),
        ("31 June", "June has 30 days"),
        ("2021-13", "no month 13"),
        ("2021-00", "no month 0"),
        ("Q5 2021", "no quarter 5"),
        ("0000", "out of range"),
        ("Tuesday 28 June 2021", "28 June 2021 is a Monday"),
        # what dateutil would fill in from the clock or a default
        ("15", "not a date"),
        ("28th", "not a date"),
        ("Monday", "not a date"),
        ("Monday June", "weekday but no day"),
        ("June 0001", "which number is the day"),
        ("28 June 21", "write the year in full"),
        ("June 2021 2022", "more than one year"),
        ("10:30", "not a date"),
        ("28 June 2021 10:30", "not a date"),
        ("28 June 2021 UTC", "not a date"),
        ("next monday", "not a date"),
        ("2021 06 28", "write 2021-06-28"),
        ("6/7", "not a date"),
        ("99999999d", "outside the calendar"),
        ("9999y", "outside the calendar"),
        ("Q3 2021 Q4", "not a date"),
    ],
)
def test_unreadable_or_impossible_dates_are_refused(text: str, fragment: str) -> None:
    with pytest.raises(WhenError, match=fragment):
        parse_when(text, TODAY)


def test_refusals_say_what_can_be_typed() -> None:
    with pytest.raises(WhenError) as caught:
        parse_when("soon", TODAY)
    message = str(caught.value)
    for example in ("2021-06-28", "June 2021", "2021-Q2", "30d", "2021-06..2021-09"):
        assert example in message
    assert isinstance(caught.value, ValueError)


def test_relative_forms_stay_inside_the_calendar() -> None:
    with pytest.raises(WhenError, match="outside the calendar"):
        parse_when("yesterday", date.min)
    with pytest.raises(WhenError):
        parse_when("December", date.min)


# --- Span and as_of_day ------------------------------------------------------


def test_span_contains_its_first_and_last_day_only() -> None:
    june = parse_when("June 2021", TODAY)
    assert D(2021, 6, 1) in june
    assert D(2021, 6, 30) in june
    assert D(2021, 5, 31) not in june
    assert D(2021, 7, 1) not in june
    assert datetime(2021, 6, 30, 23, 59) in june


def test_a_span_cannot_run_backwards() -> None:
    with pytest.raises(WhenError, match="runs backwards"):
        Span(D(2021, 2, 1), D(2021, 1, 1), "made by hand")


@pytest.mark.parametrize(
    "text, day",
    [
        (None, TODAY),
        ("2021-06", D(2021, 6, 30)),
        ("2021", D(2021, 12, 31)),
        ("2021-Q2", D(2021, 6, 30)),
        ("28 June 2021", D(2021, 6, 28)),
        ("January", TODAY),  # a month still running: today, not its end
        ("2026", TODAY),
        ("2027-03", D(2027, 3, 31)),  # wholly ahead: its end (the report marks it projected)
    ],
)
def test_as_of_is_the_last_day_of_the_span(text: str | None, day: date) -> None:
    assert as_of_day(text, TODAY) == day


@pytest.mark.parametrize(
    "text, day",
    [
        ("30d", D(2025, 12, 6)),
        ("3w", D(2025, 12, 15)),
        ("3 weeks ago", D(2025, 12, 15)),
        ("2 days ago", D(2026, 1, 3)),
        ("1 month ago", D(2025, 12, 5)),
        ("yesterday", D(2026, 1, 4)),
        ("last friday", D(2026, 1, 2)),  # TODAY is a Monday
        ("last monday", D(2025, 12, 29)),  # never today itself
    ],
)
def test_durations_and_phrases_mean_that_day_in_the_past(text: str, day: date) -> None:
    assert as_of_day(text, TODAY) == day
    assert day < TODAY


@pytest.mark.parametrize("text", ["2021-06..2021-09", "2021-06 to 2021-09", "..2021"])
def test_as_of_refuses_a_range_and_names_since_and_until(text: str) -> None:
    with pytest.raises(WhenError, match="--since and --until"):
        as_of_day(text, TODAY)


def test_as_of_suggestions_all_work() -> None:
    """Every example the --as-of error offers is itself a valid --as-of."""
    from jcpoa_tracker.when import AS_OF_FORMS

    with pytest.raises(WhenError) as error:
        as_of_day("someday", TODAY)
    assert str(error.value).endswith(AS_OF_FORMS)
    examples = re.findall(r"\(([^)]*)\)", AS_OF_FORMS)
    offered = [e.strip() for group in examples for e in group.split(",")]
    offered += ["today", "yesterday"]
    assert len(offered) >= 10
    for example in offered:
        as_of_day(example, TODAY)  # raises if an example does not work


def test_as_of_refuses_empty_text() -> None:
    with pytest.raises(WhenError):
        as_of_day("", TODAY)


# --- properties --------------------------------------------------------------

todays = st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31))


def _parse_or_refuse(text: str, today: date) -> None:
    try:
        parsed = parse_when(text, today)
    except WhenError:
        return
    assert parsed.start <= parsed.end


@given(st.text(), st.dates())
def test_any_text_gives_a_span_or_a_when_error(text: str, today: date) -> None:
    _parse_or_refuse(text, today)


# Text built from the pieces the parser looks for reaches deeper than random text.
pieces = st.sampled_from(
    [
        "2021", "0000", "9999", "06", "6", "28", "31", "29", "-", "/", ".", "..", " ", ",",
        "to", "q", "Q2", "q5", "d", "w", "m", "y", "days", "June", "feb", "Sept", "Monday",
        "th", "of", "today", "yesterday", "12:30", "UTC",
    ]
)  # fmt: skip


@given(st.lists(pieces, max_size=8).map("".join), st.dates())
def test_text_made_of_date_pieces_gives_a_span_or_a_when_error(text: str, today: date) -> None:
    _parse_or_refuse(text, today)


@given(st.dates(), todays)
def test_every_iso_day_is_exactly_that_day(day: date, today: date) -> None:
    assert span(day.isoformat(), today) == (day, day)


@given(todays, todays)
def test_written_days_read_back(day: date, today: date) -> None:
    month = calendar.month_name[day.month]
    for text in (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"):
        assert span(text, today) == (day, day)


@given(todays, todays)
def test_a_day_without_a_year_is_the_latest_one_not_after_today(day: date, today: date) -> None:
    text = f"{day.day} {calendar.month_name[day.month]}"
    found, _ = span(text, today)
    assert (found.month, found.day) == (day.month, day.day)
    assert found <= today
    later = [
        D(year, day.month, day.day)
        for year in range(found.year + 1, today.year + 1)
        if day.day <= calendar.monthrange(year, day.month)[1]
    ]
    assert all(candidate > today for candidate in later)


@given(st.integers(min_value=0, max_value=2000), st.sampled_from("dwmy"), todays)
def test_durations_end_today_and_start_no_later(count: int, unit: str, today: date) -> None:
    try:
        start, end = span(f"{count}{unit}", today)
    except WhenError:
        return
    assert end == today
    assert start <= today
    if unit in "my":
        assert start.day <= today.day
