"""What a report rests on: which dataset, how fresh it is, and whether its
as-of date lies beyond today.  Every report carries one, and every format
shows it (a footer line in text, a ``data`` object in JSON), so a printed
figure never loses the age of the data behind it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.query import Scope, happened_by

if TYPE_CHECKING:
    from jcpoa_tracker.provenance import Memo

__all__ = ["About", "about_data_dir", "describe_data_dir", "newest_record"]


@dataclass(frozen=True, slots=True)
class About:
    """What a report rests on: the dataset, its newest record and its commit."""

    title: str  # the dataset's title (dataset.yaml)
    short_name: str
    data: str  # which data: "the bundled dataset (jcpoa-tracker 0.1.0)", "rounds (--data-dir)"
    as_of: date
    today: date
    newest: FuzzyDate | None = None  # the newest dated record on or before the as-of date
    newest_id: str | None = None
    last_commit: date | None = None  # the last git commit that changed the data

    @property
    def projected(self) -> bool:
        """The report looks past today: counts of days are projections."""
        return self.as_of > self.today

    @property
    def newest_age_days(self) -> int | None:
        return (self.as_of - self.newest.last_day).days if self.newest is not None else None

    def footer(self) -> str:
        """One line for text, Markdown and terminal footers."""
        parts = [f"Data: {self.data}"]
        if self.newest is not None:
            age = self.newest_age_days or 0
            parts.append(
                f"newest record {self.newest.human()} ({_days(age)} before the as-of date)"
            )
        else:
            parts.append("no dated record by the as-of date")
        if self.last_commit is not None:
            parts.append(f"data last committed {FuzzyDate.from_date(self.last_commit).human()}")
        line = "; ".join(parts) + "."
        if self.projected:
            line += (
                f" PROJECTED: the as-of date is after today ({self.today.isoformat()}); "
                "day counts are projections, not facts."
            )
        return line

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "data": self.data,
            "newest_record": None if self.newest is None else str(self.newest),
            "newest_record_id": self.newest_id,
            "newest_record_age_days": self.newest_age_days,
            "last_commit_date": None if self.last_commit is None else self.last_commit.isoformat(),
            "today": self.today.isoformat(),
            "projected": self.projected,
        }


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def newest_record(scope: Scope, as_of: date) -> tuple[FuzzyDate | None, str | None]:
    """The latest date of any record that had happened by ``as_of``: a
    statement, a milestone, a round's start or end, a declared phase."""
    best: tuple[FuzzyDate, str] | None = None

    def consider(day: FuzzyDate | None, ident: str) -> None:
        nonlocal best
        if day is None or not happened_by(day, as_of):
            return
        if best is None or day.sort_key > best[0].sort_key:
            best = (day, ident)

    dataset = scope.dataset
    statement = scope.said.newest(scope, as_of)
    if statement is not None:
        consider(statement.date, statement.id)
    for milestone in dataset.milestones:
        consider(milestone.date, milestone.id)
    for rnd in dataset.rounds:
        consider(rnd.start, rnd.id)
        consider(rnd.end, rnd.id)
    for track in dataset.tracks:
        for change in track.phases:
            consider(change.date, track.id)
    return (best[0], best[1]) if best is not None else (None, None)


def describe_data_dir(origin: str, shown: str, version: str) -> str:
    """How the footer names the data directory a command read."""
    if origin == "bundled":
        return f"the bundled dataset (jcpoa-tracker {version})"
    if origin == "working directory" and shown == ".":
        return "the working directory (its dataset.yaml)"  # a repository made by `init`
    how = {
        "option": "--data-dir",
        "environment": "$JCPOA_TRACKER_DATA",
        "working directory": "./rounds",
    }.get(origin, origin)
    return f"{shown} (from {how})"


def about_data_dir(
    *,
    title: str,
    short_name: str,
    origin: str,
    root: Path,
    environ: Mapping[str, str],
    as_of: date,
    today: date,
    newest: tuple[FuzzyDate, str] | None,
    memo: Memo | None = None,
) -> About:
    """What a command's answer rests on, for the data directory it chose
    (``origin`` as in datadir.DataDir): the directory as a reader would
    name it and, outside the bundled copy, the date of its last commit."""
    from jcpoa_tracker import __version__
    from jcpoa_tracker.datadir import display_path
    from jcpoa_tracker.provenance import last_commit_date

    return About(
        title=title,
        short_name=short_name,
        data=describe_data_dir(origin, display_path(root), __version__),
        as_of=as_of,
        today=today,
        newest=newest[0] if newest else None,
        newest_id=newest[1] if newest else None,
        last_commit=None if origin == "bundled" else last_commit_date(root, environ, memo),
    )
