"""The dataset arranged for pages: records by id, and every cross-reference
a page needs (a round's statements, an actor's roles and statements, a
sticking point's history), computed once."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import Actor, Dataset, Milestone, Round, Statement, StickingPoint, Track

__all__ = ["PointHistory", "SiteData", "file_name"]

_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


def file_name(ident: str) -> str:
    """A file name for a record id: the id itself when it is a plain slug,
    else a stable hash (so no id can escape its folder or clash with markup)."""
    if _SAFE.fullmatch(ident) and not ident.endswith("."):
        return ident
    return "id-" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class PointHistory:
    """One sticking point of one track, round by round."""

    track: str
    id: str
    title: str
    entries: tuple[tuple[Round, StickingPoint], ...]

    @property
    def key(self) -> str:
        return file_name(f"{self.track}.{self.id}")


def _newest_first(statement: Statement) -> tuple[tuple[date, int, str], str]:
    return statement.date.sort_key, statement.id


@dataclass(slots=True)
class SiteData:
    dataset: Dataset
    identity: DatasetConfig  # the dataset's title, names and vocabularies
    as_of: date
    actors: dict[str, Actor] = field(default_factory=dict)
    tracks: dict[str, Track] = field(default_factory=dict)
    rounds: dict[str, Round] = field(default_factory=dict)
    milestones: dict[str, Milestone] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)  # newest first
    rounds_of: dict[str, list[Round]] = field(default_factory=dict)  # track -> rounds by start
    said_in: dict[str, list[Statement]] = field(default_factory=dict)  # round -> statements
    said_by: dict[str, list[Statement]] = field(default_factory=dict)  # speaker -> statements
    points: dict[str, PointHistory] = field(default_factory=dict)  # key -> history
    party_of: dict[str, str] = field(default_factory=dict)
    delegate_in: dict[str, list[Round]] = field(default_factory=dict)  # actor -> rounds

    @classmethod
    def of(cls, dataset: Dataset, as_of: date) -> SiteData:
        data = cls(dataset, dataset.config, as_of)
        for actor in dataset.actors:
            data.actors.setdefault(actor.id, actor)
        for track in dataset.tracks:
            data.tracks.setdefault(track.id, track)
        for rnd in dataset.rounds:
            data.rounds.setdefault(rnd.id, rnd)
        for milestone in dataset.milestones:
            data.milestones.setdefault(milestone.id, milestone)
        seen: set[str] = set()
        for statement in dataset.statements:
            if statement.id not in seen:
                seen.add(statement.id)
                data.statements.append(statement)
        data.statements.sort(key=_newest_first, reverse=True)
        data.party_of = {a.id: a.party or a.id for a in data.actors.values()}
        by_track: dict[str, list[Round]] = defaultdict(list)
        for rnd in data.rounds.values():
            by_track[rnd.track].append(rnd)
        data.rounds_of = {
            track: sorted(rounds, key=lambda r: (r.start.sort_key, r.id))
            for track, rounds in sorted(by_track.items())
        }
        said_in: dict[str, list[Statement]] = defaultdict(list)
        said_by: dict[str, list[Statement]] = defaultdict(list)
        for statement in data.statements:
            said_by[statement.speaker].append(statement)
            if statement.round is not None:
                said_in[statement.round].append(statement)
        data.said_in, data.said_by = dict(said_in), dict(said_by)
        delegate_in: dict[str, list[Round]] = defaultdict(list)
        for rounds in data.rounds_of.values():
            for rnd in rounds:
                people = {p for group in rnd.delegations.values() for p in group}
                for ident in sorted({*rnd.delegations, *people}):
                    delegate_in[ident].append(rnd)
        data.delegate_in = dict(delegate_in)
        data._histories()
        return data

    def _histories(self) -> None:
        entries: dict[tuple[str, str], list[tuple[Round, StickingPoint]]] = defaultdict(list)
        for track, rounds in self.rounds_of.items():
            for rnd in rounds:
                for point in rnd.sticking_points:
                    entries[(track, point.id)].append((rnd, point))
        for (track, ident), items in sorted(entries.items()):
            history = PointHistory(track, ident, items[-1][1].title, tuple(items))
            self.points[history.key] = history

    def name(self, ident: str | None) -> str:
        if ident is None:
            return ""
        actor = self.actors.get(ident)
        return actor.name if actor else ident

    def party(self, speaker: str) -> str:
        return self.party_of.get(speaker, speaker)

    def role_on(self, speaker: str, day: FuzzyDate) -> str | None:
        """The office held that day when the data says so unambiguously."""
        actor = self.actors.get(speaker)
        if actor is None or not actor.roles:
            return None
        dated = [
            role
            for role in actor.roles
            if role.start is not None
            and role.start.first_day <= day.first_day
            and (role.end is None or day.last_day <= role.end.last_day)
        ]
        if len(dated) == 1:
            return dated[0].title
        only = actor.roles[0]
        if len(actor.roles) == 1 and only.start is None and only.end is None:
            return only.title
        return None

    def milestone_tracks(self, parties: tuple[str, ...]) -> str:
        """The tracks a milestone concerns (as the status reports choose
        them: any shared party, or every track when it names none)."""
        return " ".join(
            t.id for t in self.tracks.values() if not parties or set(parties) & set(t.parties)
        )

    def points_of(self, track: str) -> list[PointHistory]:
        return [p for p in self.points.values() if p.track == track]

    def point_key(self, track: str, ident: str) -> str:
        return file_name(f"{track}.{ident}")

    def newest_record(self) -> tuple[FuzzyDate, str, str, str] | None:
        """The latest-dated record known by the as-of date: (date, kind, id,
        what to call it)."""
        candidates: list[tuple[FuzzyDate, str, str, str]] = []
        known = [s for s in self.statements if s.date.last_day <= self.as_of]
        if known:
            said = known[0]
            candidates.append((said.date, "statement", said.id, self.name(said.speaker)))
        for milestone in self.milestones.values():
            if milestone.date.last_day <= self.as_of:
                candidates.append((milestone.date, "milestone", milestone.id, milestone.title))
        for rnd in self.rounds.values():
            if rnd.start.last_day <= self.as_of:
                candidates.append((rnd.start, "round", rnd.id, rnd.title))
        if not candidates:
            return None
        return max(candidates, key=lambda c: (c[0].sort_key, c[1], c[2]))
