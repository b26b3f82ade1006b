"""Selecting records as they were known on a given day.

"As of D" means: computed from what had happened by the end of day D.  A
record dated with month or year precision counts as known only once its
whole period has passed (a "July 2021" event is not known on 10 July 2021),
so an as-of report never claims something before it could have happened.
A round is in session from its first day through its last day inclusive.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Protocol

from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.dates import FuzzyDate, Precision
from jcpoa_tracker.model import (
    Dataset,
    Milestone,
    Pause,
    PhaseChange,
    Round,
    Statement,
    Track,
)

__all__ = [
    "ListedStatements",
    "RoundState",
    "RoundStatus",
    "Scope",
    "StatementBucket",
    "StatementCounts",
    "StatementSource",
    "happened_by",
    "is_about_the_negotiation",
    "latest_phase",
    "round_status",
]


def happened_by(when: FuzzyDate, as_of: date) -> bool:
    """True when the whole period of ``when`` lies on or before ``as_of``."""
    return when.last_day <= as_of


class RoundState(StrEnum):
    ANNOUNCED = "announced"
    IN_SESSION = "in-session"
    PAUSED = "paused"
    ENDED = "ended"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class RoundStatus:
    """Where a round stands on a day."""

    round: Round
    state: RoundState
    day: int | None = None  # day N of the round, while in session
    pause: Pause | None = None


def round_status(rnd: Round, as_of: date) -> RoundStatus | None:
    """What an observer on ``as_of`` knew of the round, or None if nothing."""
    if rnd.cancelled is not None and happened_by(rnd.cancelled, as_of):
        return RoundStatus(rnd, RoundState.CANCELLED)
    started = rnd.start.first_day <= as_of and (
        rnd.start.precision is Precision.DAY or happened_by(rnd.start, as_of)
    )
    if not started:
        if rnd.announced is not None and happened_by(rnd.announced, as_of):
            return RoundStatus(rnd, RoundState.ANNOUNCED)
        return None
    if rnd.end is not None and rnd.end.last_day < as_of:
        return RoundStatus(rnd, RoundState.ENDED)
    if rnd.end is not None and rnd.end.precision is not Precision.DAY:
        # "ended some day in July": not known to be over until July is
        return RoundStatus(rnd, RoundState.IN_SESSION, (as_of - rnd.start.first_day).days + 1)
    day = (as_of - rnd.start.first_day).days + 1
    for pause in (*rnd.pauses, *_between_parts(rnd)):
        ends = pause.end.first_day if pause.end is not None else None
        if pause.start.first_day <= as_of and (ends is None or as_of < ends):
            return RoundStatus(rnd, RoundState.PAUSED, day, pause)
    return RoundStatus(rnd, RoundState.IN_SESSION, day)


def _between_parts(rnd: Round) -> list[Pause]:
    """A session held in parts is paused between them."""
    gaps = []
    for before, after in pairwise(rnd.parts):
        if before.end is not None:
            label = after.label or "the next part"
            resumes = FuzzyDate.from_date(before.end.last_day + timedelta(days=1))
            gaps.append(Pause(resumes, after.start, f"between parts, until {label}"))
    return gaps


def latest_phase(track: Track, as_of: date) -> PhaseChange | None:
    known = [change for change in track.phases if happened_by(change.date, as_of)]
    return max(known, key=lambda change: change.date.sort_key) if known else None


def _as_is(statement: Statement) -> Statement:
    return statement


@dataclass(frozen=True, slots=True)
class Scope:
    """The part of a dataset a report covers: one track, or all of them.

    Reports ask for statements through ``source`` (``StatementSource``):
    the dataset's own list by default, or the persistent store, which
    answers the same questions from SQLite without building every
    statement.  ``full`` gives a statement's complete record: statements
    read from a cache may carry only the fields reports compute with, and a
    report calls ``full`` for the few it shows."""

    dataset: Dataset
    track: Track | None = None
    full: Callable[[Statement], Statement] = _as_is
    source: StatementSource | None = field(default=None, compare=False)

    @property
    def party_of(self) -> dict[str, str]:
        return {a.id: a.party or a.id for a in self.dataset.actors}

    @property
    def said(self) -> StatementSource:
        """Where this scope's statements are asked for."""
        return self.source if self.source is not None else ListedStatements()

    def of_track(self, track: Track | None) -> Scope:
        """The same data and statement source, narrowed to ``track``."""
        return Scope(self.dataset, track, self.full, self.source)

    def rounds(self) -> list[Round]:
        rounds = self.dataset.rounds
        if self.track is not None:
            rounds = [r for r in rounds if r.track == self.track.id]
        return sorted(rounds, key=lambda r: r.start.sort_key)

    def tracks(self) -> list[Track]:
        return [self.track] if self.track is not None else list(self.dataset.tracks)

    def statements(self) -> list[Statement]:
        """Every statement of the scope, built in memory: for the dataset's
        own list.  Reports use ``said`` instead, which a store answers
        without building them all."""
        statements = self.dataset.statements
        if self.track is not None:
            round_ids = {r.id for r in self.rounds()}
            speakers = self.track_speakers()
            statements = [
                s
                for s in statements
                if s.round in round_ids or (s.round is None and s.speaker in speakers)
            ]
        return statements

    def track_speakers(self) -> frozenset[str]:
        """The speakers whose statements without a round belong to the
        track: those of its parties (a speaker who is no known actor stands
        for itself)."""
        if self.track is None:
            return frozenset()
        parties = set(self.track.parties)
        party_of = self.party_of
        return frozenset(
            {speaker for speaker, party in party_of.items() if party in parties}
            | {party for party in parties if party not in party_of}
        )

    def milestones(self) -> list[Milestone]:
        milestones = self.dataset.milestones
        if self.track is not None:
            parties = set(self.track.parties)
            milestones = [m for m in milestones if not m.parties or parties & set(m.parties)]
        return milestones


def is_about_the_negotiation(statement: Statement, config: DatasetConfig) -> bool:
    """The rule for "latest statement by each party": a statement counts
    when it names a round, or has a topic other than the dataset's context
    topics (defaults.context_topics: strikes, hostilities...).  A spokesman's
    post about a rocket attack is context, not the party's word on the talks."""
    if statement.round is not None:
        return True
    context = config.defaults.context_topics
    return not statement.topics or any(t not in context for t in statement.topics)


@dataclass(frozen=True, slots=True)
class StatementCounts:
    """How many statements a report rests on, and how many are weak."""

    total: int = 0
    coded: int = 0  # with a tone
    unverified: int = 0
    low_confidence: int = 0


@dataclass(frozen=True, slots=True)
class StatementBucket:
    """Statements that share a first day, a date precision, a speaker and a
    category: what trends count and average."""

    first_day: date
    precision: Precision
    speaker: str
    category: str | None
    count: int
    coded: int
    tone_sum: int


class StatementSource(Protocol):
    """The questions reports ask about a scope's statements.  Every answer
    covers only statements known by ``as_of`` (``happened_by``)."""

    def select(
        self,
        scope: Scope,
        as_of: date | None,
        since: date | None = None,
        until: date | None = None,
        ids: Collection[str] | None = None,
    ) -> list[Statement]:
        """Statements whose period reaches into ``since``..``until`` (each
        optional), or with one of ``ids``; ``as_of`` None: any date."""
        ...

    def counts(self, scope: Scope, as_of: date) -> StatementCounts: ...

    def latest(
        self, scope: Scope, as_of: date, *, about_only: bool, excluding: Collection[str] = ()
    ) -> list[Statement]:
        """Each party's latest statement by (date, id) (a speaker's party:
        ``scope.party_of``), not one of ``excluding``; with ``about_only``,
        among those about the negotiation."""
        ...

    def buckets(
        self, scope: Scope, as_of: date, since: date | None, until: date
    ) -> list[StatementBucket]:
        """The scope's statements known by ``as_of`` that began in
        ``since``..``until``, counted in buckets."""
        ...

    def newest(self, scope: Scope, as_of: date) -> Statement | None:
        """The latest statement known by ``as_of`` (ties: the first by id)."""
        ...

    def last_day(self, scope: Scope, as_of: date) -> date | None:
        """The last day any statement known by ``as_of`` covers."""
        ...


def statement_order(statement: Statement) -> tuple[tuple[date, int, str], str]:
    """Which of two statements is the later (ties: the greater id)."""
    return statement.date.sort_key, statement.id


def listing_order(statement: Statement) -> tuple[tuple[date, int, str], str, int]:
    """The order ``select`` lists statements in: by date, then file and line."""
    return statement.date.sort_key, statement.path, statement.line


def bucket_order(key: tuple[date, Precision, str, str | None]) -> tuple[date, int, str, str]:
    first_day, precision, speaker, category = key
    return first_day, int(precision), speaker, category or ""


class ListedStatements:
    """A ``StatementSource`` over the dataset's list of statements: the
    reference every other source must answer exactly as."""

    def select(
        self,
        scope: Scope,
        as_of: date | None,
        since: date | None = None,
        until: date | None = None,
        ids: Collection[str] | None = None,
    ) -> list[Statement]:
        wanted = None if ids is None else set(ids)
        chosen = [
            s
            for s in scope.statements()
            if (as_of is None or happened_by(s.date, as_of))
            and (since is None or s.date.last_day >= since)
            and (until is None or s.date.first_day <= until)
            and (wanted is None or s.id in wanted)
        ]
        return sorted(chosen, key=listing_order)

    def counts(self, scope: Scope, as_of: date) -> StatementCounts:
        from jcpoa_tracker.model import Confidence

        known = self.select(scope, as_of)
        return StatementCounts(
            total=len(known),
            coded=sum(1 for s in known if s.tone is not None),
            unverified=sum(1 for s in known if not s.verified),
            low_confidence=sum(1 for s in known if s.confidence is Confidence.LOW),
        )

    def latest(
        self, scope: Scope, as_of: date, *, about_only: bool, excluding: Collection[str] = ()
    ) -> list[Statement]:
        skip = set(excluding)
        config = scope.dataset.config
        party_of = scope.party_of
        best: dict[str, Statement] = {}
        for s in self.select(scope, as_of):
            if s.id in skip or (about_only and not is_about_the_negotiation(s, config)):
                continue
            party = party_of.get(s.speaker, s.speaker)
            known = best.get(party)
            if known is None or statement_order(s) > statement_order(known):
                best[party] = s
        return sorted(best.values(), key=listing_order)

    def buckets(
        self, scope: Scope, as_of: date, since: date | None, until: date
    ) -> list[StatementBucket]:
        totals: dict[tuple[date, Precision, str, str | None], list[int]] = {}
        for s in self.select(scope, as_of, until=until):
            if since is not None and s.date.first_day < since:
                continue
            key = (s.date.first_day, s.date.precision, s.speaker, s.category)
            bucket = totals.setdefault(key, [0, 0, 0])
            bucket[0] += 1
            if s.tone is not None:
                bucket[1] += 1
                bucket[2] += s.tone
        return [StatementBucket(*key, *totals[key]) for key in sorted(totals, key=bucket_order)]

    def newest(self, scope: Scope, as_of: date) -> Statement | None:
        known = self.select(scope, as_of)
        if not known:
            return None
        day = max(s.date.sort_key for s in known)
        return min((s for s in known if s.date.sort_key == day), key=lambda s: s.id)

    def last_day(self, scope: Scope, as_of: date) -> date | None:
        return max((s.date.last_day for s in self.select(scope, as_of)), default=None)
