"""Trends: rounds, statements, tone, sticking points and milestones per
week, month, quarter or year.

Each record is placed in the period that contains its first day.  A record
dated more coarsely than the period (a month-precision statement in a weekly
view) is still counted there, and counted again in ``imprecise`` so the
reader knows how many figures are approximate.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from jcpoa_tracker.config import Series
from jcpoa_tracker.dates import Period, Precision
from jcpoa_tracker.model import Round
from jcpoa_tracker.query import Scope, happened_by
from jcpoa_tracker.report import mean
from jcpoa_tracker.report.about import About

__all__ = ["Period", "PeriodStats", "Trends", "build_trends", "period_start"]


_PRECISION_NEEDED = {
    Period.WEEK: Precision.DAY,
    Period.MONTH: Precision.MONTH,
    Period.QUARTER: Precision.MONTH,
    Period.YEAR: Precision.YEAR,
}


def period_start(day: date, period: Period) -> date:
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    if period is Period.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def _next(start: date, period: Period) -> date:
    if period is Period.WEEK:
        return start + timedelta(days=7)
    months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[period]
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def period_label(start: date, period: Period) -> str:
    if period is Period.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{start.year}-{start.month:02d}"
    if period is Period.QUARTER:
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


@dataclass(slots=True)
class PeriodStats:
    """What one period of the trends counts and measures."""

    label: str
    start: date
    end: date
    rounds: int = 0  # rounds in session at some point of the period
    session_days: int = 0  # days of the period with a round in session (pauses excluded)
    gaps: list[int] = field(default_factory=list)  # days since the previous round, per round begun
    statements: Counter[str] = field(default_factory=Counter)  # per party
    coded: Counter[str] = field(default_factory=Counter)  # statements with a tone, per party
    tone_sum: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    sticking: Counter[str] = field(default_factory=Counter)  # status changes, by new status
    milestones: Counter[str] = field(default_factory=Counter)  # by kind
    measurements: dict[str, float] = field(default_factory=dict)  # last value per metric
    imprecise: int = 0

    def tone(self, party: str) -> float | None:
        n = self.coded[party]
        return self.tone_sum[party] / n if n else None

    def mean_tone(self) -> float | None:
        n = sum(self.coded.values())
        return sum(self.tone_sum.values()) / n if n else None


@dataclass(frozen=True, slots=True)
class Trends:
    """The trends of a run of periods."""

    as_of: date
    period: Period
    periods: tuple[PeriodStats, ...]
    parties: tuple[str, ...]
    metrics: tuple[str, ...]
    units: dict[str, str]
    series: dict[str, Series] = field(default_factory=dict)  # the metrics' declarations
    about: About | None = None

    def metric_label(self, metric: str) -> str:
        """A measured series as people read it: "Signatories (states)"."""
        declared = self.series.get(metric)
        unit = declared.unit if declared else self.units.get(metric, "")
        name = declared.label if declared else metric
        return f"{name} ({unit})" if unit else name

    def mean_gap(self, stats: PeriodStats) -> float | None:
        return mean(stats.gaps) if stats.gaps else None


def build_trends(
    scope: Scope,
    as_of: date,
    period: Period,
    since: date | None,
    until: date | None,
    about: About | None = None,
) -> Trends:
    last = min(until or as_of, as_of)
    first = since or _default_since(last, period)
    periods: list[PeriodStats] = []
    start = period_start(first, period)
    while start <= last:
        following = _next(start, period)
        periods.append(
            PeriodStats(period_label(start, period), start, following - timedelta(days=1))
        )
        start = following
    index = {p.start: p for p in periods}

    starts: dict[date, date] = {}

    def bucket(day: date) -> PeriodStats | None:
        start = starts.get(day)
        if start is None:
            start = starts[day] = period_start(day, period)
        return index.get(start)

    _rounds(scope, periods, as_of)
    party_of = scope.party_of
    parties: set[str] = set()
    since_day = periods[0].start if periods else None
    for counted in scope.said.buckets(scope, as_of, since_day, last):
        stats = bucket(counted.first_day)
        if stats is None:
            continue
        party = party_of.get(counted.speaker, counted.speaker)
        parties.add(party)
        stats.statements[party] += counted.count
        if counted.coded:
            stats.coded[party] += counted.coded
            stats.tone_sum[party] += counted.tone_sum
        if counted.category is not None:
            stats.categories[counted.category] += counted.count
        if counted.precision < _PRECISION_NEEDED[period]:
            stats.imprecise += counted.count
    units: dict[str, str] = {}
    for m in sorted(scope.milestones(), key=lambda m: m.date.sort_key):
        stats = bucket(m.date.first_day) if happened_by(m.date, as_of) else None
        if stats is None or m.date.first_day > last:
            continue
        stats.milestones[str(m.kind)] += 1
        for measurement in m.measurements:
            stats.measurements[measurement.metric] = measurement.value
            units[measurement.metric] = measurement.unit
        if m.date.precision < _PRECISION_NEEDED[period]:
            stats.imprecise += 1
    config = scope.dataset.config
    declared = {m: found for m in units if (found := config.series_of(m)) is not None}
    return Trends(
        as_of,
        period,
        tuple(periods),
        tuple(sorted(parties)),
        tuple(sorted(units)),
        units,
        declared,
        about,
    )


def _default_since(last: date, period: Period) -> date:
    """Twelve periods back, so that a bare `trends` shows a readable table."""
    start = period_start(last, period)
    for _ in range(11):
        start = period_start(start - timedelta(days=1), period)
    return start


def _rounds(scope: Scope, periods: list[PeriodStats], as_of: date) -> None:
    by_track: dict[str, list[Round]] = defaultdict(list)
    for rnd in scope.rounds():
        if rnd.cancelled is None and happened_by(rnd.start, as_of):
            by_track[rnd.track].append(rnd)
    for rounds in by_track.values():
        previous_end: date | None = None
        for rnd in rounds:
            first = rnd.start.first_day
            end = rnd.end.last_day if rnd.end and happened_by(rnd.end, as_of) else as_of
            paused = {
                first + timedelta(days=k)
                for pause in rnd.pauses
                for k in range(
                    max(0, (pause.start.first_day - first).days),
                    ((pause.end.first_day if pause.end else end + timedelta(days=1)) - first).days,
                )
            }
            for stats in periods:
                if stats.start <= end and first <= stats.end:
                    stats.rounds += 1
                    lo, hi = max(first, stats.start), min(end, stats.end)
                    stats.session_days += sum(
                        1 for k in range((hi - lo).days + 1) if lo + timedelta(days=k) not in paused
                    )
                if stats.start <= first <= stats.end and previous_end is not None:
                    stats.gaps.append((first - previous_end).days)
            previous_end = end
        _sticking_changes(rounds, periods, as_of)


def _sticking_changes(rounds: list[Round], periods: list[PeriodStats], as_of: date) -> None:
    """A sticking point changes status when a round closes with a status
    different from the one the previous round left it in."""
    status: dict[str, str] = {}
    for rnd in rounds:
        if rnd.end is None or not happened_by(rnd.end, as_of):
            continue
        day = rnd.end.last_day
        for point in rnd.sticking_points:
            before = status.get(point.id, "open")
            status[point.id] = str(point.status)
            if str(point.status) != before:
                for stats in periods:
                    if stats.start <= day <= stats.end:
                        stats.sticking[str(point.status)] += 1
