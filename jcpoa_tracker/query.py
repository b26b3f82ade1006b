"""Selecting records as they were known on a given day.

"As of D" means: computed from what had happened by the end of day D.  A
record dated with month or year precision counts as known only once its
whole period has passed (a "July 2021" event is not known on 10 July 2021),
so an as-of report never claims something before it could have happened.
A round is in session from its first day through its last day inclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

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
    "RoundState",
    "RoundStatus",
    "Scope",
    "happened_by",
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

    ``full`` gives a statement's complete record: statements read from the
    report cache carry only the fields reports compute with, and a report
    calls ``full`` for the few it shows."""

    dataset: Dataset
    track: Track | None = None
    full: Callable[[Statement], Statement] = _as_is

    @property
    def party_of(self) -> dict[str, str]:
        return {a.id: a.party or a.id for a in self.dataset.actors}

    def rounds(self) -> list[Round]:
        rounds = self.dataset.rounds
        if self.track is not None:
            rounds = [r for r in rounds if r.track == self.track.id]
        return sorted(rounds, key=lambda r: r.start.sort_key)

    def tracks(self) -> list[Track]:
        return [self.track] if self.track is not None else list(self.dataset.tracks)

    def statements(self) -> list[Statement]:
        statements = self.dataset.statements
        if self.track is not None:
            round_ids = {r.id for r in self.rounds()}
            parties = set(self.track.parties)
            party_of = self.party_of
            statements = [
                s
                for s in statements
                if s.round in round_ids
                or (s.round is None and party_of.get(s.speaker, s.speaker) in parties)
            ]
        return statements

    def milestones(self) -> list[Milestone]:
        milestones = self.dataset.milestones
        if self.track is not None:
            parties = set(self.track.parties)
            milestones = [m for m in milestones if not m.parties or parties & set(m.parties)]
        return milestones
