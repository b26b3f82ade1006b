"""The days on which the status of the tracks changes, so that a page per
such day shows the status on any date: between two of them only the day
counts move ("8 days since the last round"), and the page's script updates
those for the day asked.

A snapshot covers what changes with rounds, declared phases and
milestones; statements are left out (they would make a snapshot of almost
every day), and each statement has its own dated page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta

from jcpoa_tracker.dates import FuzzyDate, Precision
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.query import Scope
from jcpoa_tracker.report.status import Status, build_status

__all__ = ["change_days", "snapshot_for", "snapshot_status"]


def _dates(dataset: Dataset) -> Iterator[date]:
    """Every day on which something a snapshot shows can start or stop."""
    for rnd in dataset.rounds:
        start = rnd.start
        yield start.first_day if start.precision is Precision.DAY else start.last_day
        if rnd.end is not None:
            yield rnd.end.last_day + timedelta(days=1)  # ended: known the day after
            if rnd.end.precision is not Precision.DAY:
                yield rnd.end.last_day
        for when in (rnd.announced, rnd.cancelled):
            if when is not None:
                yield when.last_day
        for pause in rnd.pauses:
            yield pause.start.first_day
            if pause.end is not None:
                yield pause.end.first_day
    for track in dataset.tracks:
        for change in track.phases:
            yield change.date.last_day
    recent = timedelta(days=dataset.config.defaults.recent_days)
    for milestone in dataset.milestones:
        yield milestone.date.first_day
        yield milestone.date.last_day
        # leaves "the last 90 days"
        yield milestone.date.last_day + recent
        if milestone.announced is not None:
            yield milestone.announced.last_day


def change_days(dataset: Dataset, until: date) -> list[date]:
    """The sorted days, up to ``until``, on which a snapshot differs from the
    day before (up to the day counts)."""
    return sorted({day for day in _dates(dataset) if day <= until})


def snapshot_status(scope: Scope, day: date) -> Status:
    """The status on ``day`` without statements (see the module's note)."""
    quiet = Scope(_without_statements(scope.dataset), scope.track, scope.full)
    return build_status(quiet, day)


def _without_statements(dataset: Dataset) -> Dataset:
    return replace(dataset, statements=[])


def snapshot_for(days: Iterable[date], wanted: date) -> date | None:
    """The snapshot that shows ``wanted``: the last change on or before it."""
    chosen = None
    for day in days:
        if day > wanted:
            break
        chosen = day
    return chosen


def human(day: date) -> str:
    return FuzzyDate.from_date(day).human()
