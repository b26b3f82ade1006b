"""Where the talks stand on a given day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from jcpoa_tracker.config import DatasetConfig, Series
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import (
    Actor,
    Measurement,
    Milestone,
    Phase,
    PhaseChange,
    Round,
    Statement,
    StickingDisposition,
    Track,
)
from jcpoa_tracker.query import (
    RoundState,
    RoundStatus,
    Scope,
    happened_by,
    is_about_the_negotiation,
    latest_phase,
    round_status,
)
from jcpoa_tracker.report.about import About, newest_record

__all__ = [
    "Status",
    "TrackPhase",
    "build_status",
    "is_about_the_negotiation",
    "sticking_statuses",
]

RECENT_DAYS = 90  # the generic default of dataset.yaml's defaults.recent_days
TONE_WINDOW = 30


class TrackPhase(StrEnum):
    NOT_STARTED = "not started"
    IN_SESSION = "in session"
    PAUSED = "paused"
    BETWEEN_ROUNDS = "between rounds"
    SUSPENDED = "suspended"
    COLLAPSED = "collapsed"
    CONCLUDED = "concluded"


@dataclass(frozen=True, slots=True)
class StickingPointStatus:
    """A sticking point's latest status."""

    id: str
    title: str
    status: str  # a word of the dataset's sticking_point_statuses
    since: FuzzyDate  # when it last changed (the round's end, or start while in session)
    round: str
    note: str | None
    on_table: bool  # raised in the round now in session
    disposition: StickingDisposition | None = None  # set by a later round not listing it
    superseded_by: str | None = None
    former_titles: tuple[str, ...] = ()  # earlier titles of the issue, oldest first

    @property
    def state(self) -> str:
        """Its status, or what happened to it: dropped, superseded."""
        if self.disposition in (StickingDisposition.DROPPED, StickingDisposition.SUPERSEDED):
            return str(self.disposition)
        return str(self.status)

    @property
    def is_open(self) -> bool:
        return self.state not in ("resolved", "dropped", "superseded")


@dataclass(frozen=True, slots=True)
class TrackStatus:
    """Where a track stands on the as-of day."""

    track: Track
    phase: TrackPhase
    declared: PhaseChange | None
    current: RoundStatus | None
    last_round: Round | None
    days_since_last: int | None
    next_round: Round | None
    days_to_next: int | None
    cancelled: Round | None  # a planned round called off since the last one ended
    sticking_points: tuple[StickingPointStatus, ...]


@dataclass(frozen=True, slots=True)
class PartyStatement:
    """A party's latest statement, and its speaker."""

    party: str
    statement: Statement
    speaker: Actor | None


@dataclass(frozen=True, slots=True)
class DatedMilestone:
    """A milestone, and how many days it is from the as-of day."""

    milestone: Milestone
    days: int  # days from the as-of date: negative in the past, positive ahead


@dataclass(frozen=True, slots=True)
class LatestMeasurement:
    """The newest value of a measured series, with what a reader must know
    to print it: what kind of number it is, how old, and whether stale."""

    measurement: Measurement
    milestone: Milestone  # the event that reported it: its date and sources
    series: Series | None  # from dataset.yaml; None for an undeclared metric
    age_days: int  # from the milestone's last day to the as-of date
    stale: bool  # older than the dataset's measurement_stale_days

    @property
    def label(self) -> str:
        return self.series.label if self.series else self.measurement.metric

    @property
    def kind(self) -> str | None:
        return str(self.series.kind) if self.series else None

    @property
    def caveat(self) -> str | None:
        return self.series.caveat if self.series else None


@dataclass(frozen=True, slots=True)
class ToneSummary:
    """A party's mean tone, lately and before."""

    party: str
    recent_mean: float | None
    recent_n: int
    previous_mean: float | None
    previous_n: int


@dataclass(frozen=True, slots=True)
class Basis:
    """How much data a report rests on, and its gaps."""

    statements: int
    coded: int
    unverified: int
    low_confidence: int
    rounds: int
    milestones: int


@dataclass(frozen=True, slots=True)
class Status:
    """Where the negotiation stands on a day, as plain data for the renderers."""

    as_of: date
    track: str | None
    tracks: tuple[TrackStatus, ...]
    latest_statements: tuple[PartyStatement, ...]  # about the negotiation (see the rule)
    context_statements: tuple[PartyStatement, ...]  # newer, but only context (strikes...)
    recent_milestones: tuple[DatedMilestone, ...]
    upcoming: tuple[DatedMilestone, ...]
    measurements: tuple[LatestMeasurement, ...]
    tone: tuple[ToneSummary, ...]
    basis: Basis
    recent_days: int  # the window of recent_milestones
    documents: dict[str, str]  # document id -> "title (symbol)", for the texts rounds cite
    # When nothing is recent: the date and id of the last record known.
    last_record: tuple[FuzzyDate, str] | None
    about: About | None = None

    @property
    def quiet(self) -> bool:
        """Nothing recorded in the recent window: no milestone, no round."""
        return not self.recent_milestones and all(
            t.current is None and (t.days_since_last or 0) > self.recent_days for t in self.tracks
        )


def build_status(scope: Scope, as_of: date, about: About | None = None) -> Status:
    config = scope.dataset.config
    recent_days = config.defaults.recent_days
    said = scope.said
    counts = said.counts(scope, as_of)
    milestones = scope.milestones()
    known_milestones = [m for m in milestones if happened_by(m.date, as_of)]
    tracks = tuple(
        sorted(
            (
                status
                for track in scope.tracks()
                if (status := _track_status(scope, track, as_of)).phase
                is not TrackPhase.NOT_STARTED
                or status.declared is not None
                or status.next_round is not None
            ),
            key=_recency,
            reverse=True,
        )
    )
    main = config.defaults.main_track  # the dataset's main track comes first
    tracks = tuple(sorted(tracks, key=lambda t: t.track.id != main)) if main else tracks
    rounds_known = sum(1 for r in scope.rounds() if round_status(r, as_of) is not None)
    latest = _latest_by_party(scope, said.latest(scope, as_of, about_only=True))
    shown = {item.statement.id for item in latest}
    newest_by_party = {item.party: item.statement.date.sort_key for item in latest}
    context = tuple(
        item
        for item in _latest_by_party(
            scope, said.latest(scope, as_of, about_only=False, excluding=shown)
        )
        if item.statement.date.sort_key > newest_by_party.get(item.party, (date.min, 0, ""))
        and item.statement.date.last_day > as_of - timedelta(days=recent_days)
        and not is_about_the_negotiation(item.statement, config)
    )
    ordered = sorted(known_milestones, key=lambda m: m.date.sort_key)
    recent = tuple(
        DatedMilestone(m, (m.date.last_day - as_of).days)
        for m in ordered
        if m.date.last_day > as_of - timedelta(days=recent_days)
    )
    return Status(
        as_of=as_of,
        track=scope.track.id if scope.track else None,
        tracks=tracks,
        latest_statements=latest,
        context_statements=context,
        recent_milestones=recent,
        upcoming=tuple(
            DatedMilestone(m, (m.date.first_day - as_of).days)
            for m in sorted(milestones, key=lambda m: m.date.sort_key)
            # only what was known then: a future event needs its announcement date
            if m.date.first_day > as_of
            and m.announced is not None
            and happened_by(m.announced, as_of)
        ),
        measurements=_latest_measurements(known_milestones, as_of, config),
        tone=_tone(scope, as_of),
        basis=Basis(
            statements=counts.total,
            coded=counts.coded,
            unverified=counts.unverified,
            low_confidence=counts.low_confidence,
            rounds=rounds_known,
            milestones=len(known_milestones),
        ),
        recent_days=recent_days,
        documents={
            d.id: f"{d.title} ({d.symbol})" if d.symbol else d.title
            for d in scope.dataset.documents
        },
        last_record=None if recent else _last_record(scope.of_track(None), as_of),
        about=about,
    )


def _last_record(scope: Scope, as_of: date) -> tuple[FuzzyDate, str] | None:
    day, ident = newest_record(scope, as_of)
    return (day, ident) if day is not None and ident is not None else None


def sticking_statuses(scope: Scope, as_of: date) -> dict[tuple[str, str], str]:
    """Each sticking point's status as of ``as_of``, by track and point id:
    what ``build_status`` reports of them, without the rest of the report
    (a briefing compares them with the day before its window).  A track the
    report leaves out has none: none of its rounds has ended or is in
    session."""
    initial = scope.dataset.config.vocabulary.sticking_point_statuses[0].id
    found: dict[tuple[str, str], str] = {}
    for track in scope.tracks():
        statuses, current = _round_statuses(scope, track, as_of)
        for point in _sticking_points(statuses, current, as_of, initial):
            found[(track.id, point.id)] = point.status
    return found


def _round_statuses(
    scope: Scope, track: Track, as_of: date
) -> tuple[list[RoundStatus], RoundStatus | None]:
    """The track's rounds known by ``as_of``, in order, and the one in
    session or paused."""
    rounds = [r for r in scope.dataset.rounds if r.track == track.id]
    rounds.sort(key=lambda r: r.start.sort_key)
    statuses = [s for r in rounds if (s := round_status(r, as_of)) is not None]
    current = next(
        (s for s in statuses if s.state in (RoundState.IN_SESSION, RoundState.PAUSED)), None
    )
    return statuses, current


def _track_status(scope: Scope, track: Track, as_of: date) -> TrackStatus:
    statuses, current = _round_statuses(scope, track, as_of)
    ended = [s.round for s in statuses if s.state is RoundState.ENDED]
    last = max(ended, key=lambda r: _end(r).sort_key) if ended else None
    upcoming = [s.round for s in statuses if s.state is RoundState.ANNOUNCED]
    nxt = min(upcoming, key=lambda r: r.start.sort_key) if upcoming else None
    declared = latest_phase(track, as_of)
    phase = _phase(current, last, declared)
    return TrackStatus(
        track=track,
        phase=phase,
        declared=declared,
        current=current,
        last_round=last,
        days_since_last=(as_of - _end(last).last_day).days if last else None,
        next_round=nxt,
        days_to_next=(nxt.start.first_day - as_of).days if nxt else None,
        cancelled=_recently_cancelled(statuses, last),
        sticking_points=_sticking_points(
            statuses, current, as_of, scope.dataset.config.vocabulary.sticking_point_statuses[0].id
        ),
    )


def _recency(status: TrackStatus) -> tuple[date, str]:
    """Most recently active track first: its current or last round, or its
    latest declared phase."""
    days = [date.min]
    if status.current is not None:
        days.append(status.current.round.start.first_day)
    if status.last_round is not None:
        days.append(_end(status.last_round).last_day)
    if status.declared is not None:
        days.append(status.declared.date.last_day)
    return max(days), status.track.id


def _recently_cancelled(statuses: list[RoundStatus], last: Round | None) -> Round | None:
    called_off = [
        s.round
        for s in statuses
        if s.state is RoundState.CANCELLED
        and s.round.cancelled is not None
        and (last is None or s.round.cancelled.sort_key >= _end(last).sort_key)
    ]
    return max(called_off, key=lambda r: r.start.sort_key) if called_off else None


def _end(rnd: Round) -> FuzzyDate:
    return rnd.end if rnd.end is not None else rnd.start


def _phase(
    current: RoundStatus | None, last: Round | None, declared: PhaseChange | None
) -> TrackPhase:
    if current is not None:
        return TrackPhase.PAUSED if current.state is RoundState.PAUSED else TrackPhase.IN_SESSION
    declared_after_last = declared is not None and (
        last is None or declared.date.sort_key >= _end(last).sort_key
    )
    if declared is not None and declared.phase is not Phase.ACTIVE and declared_after_last:
        return TrackPhase(declared.phase.value)
    if last is not None:
        return TrackPhase.BETWEEN_ROUNDS
    return TrackPhase.NOT_STARTED


def _sticking_points(
    statuses: list[RoundStatus], current: RoundStatus | None, as_of: date, initial: str
) -> tuple[StickingPointStatus, ...]:
    """Latest status of each issue from rounds that have ended (a round's
    statuses describe its close, so they are not known while it runs: an
    issue new in a round in session has the vocabulary's first status)."""
    latest: dict[str, StickingPointStatus] = {}
    for status in statuses:
        if status.state is not RoundState.ENDED:
            continue
        rnd = status.round
        changed_on = _end(rnd)
        for point in rnd.sticking_points:
            before = latest.get(point.id)
            same = (
                before is not None
                and before.status == point.status
                and before.disposition in (None, StickingDisposition.CARRIED)
            )
            former = _former_titles(before, point.title)
            latest[point.id] = StickingPointStatus(
                point.id,
                point.title,
                point.status,
                before.since if before and same else changed_on,
                rnd.id,
                point.note,
                False,
                former_titles=former,
            )
        for item in rnd.dispositions:
            before = latest.get(item.id)
            if before is None:
                continue
            carried = item.disposition is StickingDisposition.CARRIED
            latest[item.id] = replace(
                before,
                since=before.since if carried else changed_on,
                round=before.round if carried else rnd.id,
                note=item.note or before.note,
                disposition=item.disposition,
                superseded_by=item.superseded_by,
            )
    if current is not None:
        for point in current.round.sticking_points:
            before = latest.get(point.id)
            latest[point.id] = StickingPointStatus(
                point.id,
                point.title,
                before.status if before else initial,
                before.since if before else current.round.start,
                current.round.id,
                before.note if before else None,
                True,
                former_titles=_former_titles(before, point.title),
            )
    by_id = sorted(latest.values(), key=lambda p: p.id)
    return tuple(sorted(by_id, key=lambda p: p.since.sort_key, reverse=True))


def _former_titles(before: StickingPointStatus | None, title: str) -> tuple[str, ...]:
    if before is None:
        return ()
    if before.title == title:
        return before.former_titles
    return (*(t for t in before.former_titles if t != before.title), before.title)


def _latest_by_party(scope: Scope, statements: list[Statement]) -> tuple[PartyStatement, ...]:
    actors = {a.id: a for a in scope.dataset.actors}
    party_of = scope.party_of
    latest: dict[str, tuple[tuple[tuple[date, int, str], str], Statement]] = {}
    for statement in statements:
        party = party_of.get(statement.speaker, statement.speaker)
        key = (statement.date.sort_key, statement.id)
        best = latest.get(party)
        if best is None or key > best[0]:
            latest[party] = (key, statement)
    ordered = sorted(
        ((party, item[1]) for party, item in latest.items()),
        key=lambda pair: (pair[1].date.sort_key, pair[0]),
        reverse=True,
    )
    return tuple(PartyStatement(p, scope.full(s), actors.get(s.speaker)) for p, s in ordered)


def _latest_measurements(
    milestones: list[Milestone], as_of: date, config: DatasetConfig
) -> tuple[LatestMeasurement, ...]:
    latest: dict[str, tuple[Measurement, Milestone]] = {}
    for milestone in sorted(milestones, key=lambda m: m.date.sort_key):
        if not milestone.sources:
            continue  # an unsourced figure (a data error) is never printed
        for measurement in milestone.measurements:
            latest[measurement.metric] = (measurement, milestone)
    stale_after = config.defaults.measurement_stale_days
    found = []
    for metric in sorted(latest):
        measurement, milestone = latest[metric]
        age = (as_of - milestone.date.last_day).days
        series = config.series_of(metric)
        found.append(LatestMeasurement(measurement, milestone, series, age, age > stale_after))
    return tuple(found)


def _tone(scope: Scope, as_of: date) -> tuple[ToneSummary, ...]:
    party_of = scope.party_of
    recent_start = as_of - timedelta(days=TONE_WINDOW - 1)
    previous_start = recent_start - timedelta(days=TONE_WINDOW)
    # per party: [coded, tone sum] in the recent and in the previous window;
    # counted buckets, so the store sums in SQL instead of building every
    # statement of sixty days (thousands at a million statements)
    recent: dict[str, list[int]] = {}
    previous: dict[str, list[int]] = {}
    for bucket in scope.said.buckets(scope, as_of, since=previous_start, until=as_of):
        if not bucket.coded:
            continue
        window = recent if bucket.first_day >= recent_start else previous
        totals = window.setdefault(party_of.get(bucket.speaker, bucket.speaker), [0, 0])
        totals[0] += bucket.coded
        totals[1] += bucket.tone_sum
    parties = sorted(set(recent) | set(previous))
    return tuple(
        ToneSummary(p, *_mean_of(recent.get(p)), *_mean_of(previous.get(p))) for p in parties
    )


def _mean_of(totals: list[int] | None) -> tuple[float | None, int]:
    """The mean tone and how many statements gave it (a sum of whole
    numbers divided once: the same float as averaging each tone)."""
    if totals is None:
        return None, 0
    coded, tone_sum = totals
    return tone_sum / coded, coded
