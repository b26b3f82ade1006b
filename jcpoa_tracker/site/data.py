"""The dataset arranged for pages: records by id, and every cross-reference
a page needs (a round's delegations, a sticking point's history), computed
once; statements are asked for page by page (``SiteStatements``)."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.export.snapshot import known_version
from jcpoa_tracker.export.stored import first_of_each_stored
from jcpoa_tracker.model import Actor, Dataset, Milestone, Round, StickingPoint, Track
from jcpoa_tracker.site.statements import SiteStatements
from jcpoa_tracker.store import Stored

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


@dataclass(slots=True)
class SiteData:
    """What the pages show: the records but statements in memory (they are
    few), and the statements as a source that each page asks for its own."""

    dataset: Dataset  # every record known on the as-of day but statements
    identity: DatasetConfig  # the dataset's title, names and vocabularies
    as_of: date
    said: SiteStatements
    actors: dict[str, Actor] = field(default_factory=dict)
    tracks: dict[str, Track] = field(default_factory=dict)
    rounds: dict[str, Round] = field(default_factory=dict)
    milestones: dict[str, Milestone] = field(default_factory=dict)
    rounds_of: dict[str, list[Round]] = field(default_factory=dict)  # track -> rounds by start
    points: dict[str, PointHistory] = field(default_factory=dict)  # key -> history
    party_of: dict[str, str] = field(default_factory=dict)
    delegate_in: dict[str, list[Round]] = field(default_factory=dict)  # actor -> rounds

    @classmethod
    def of(cls, stored: Stored, as_of: date) -> SiteData:
        """The store's data as ``first_of_each_id`` and then ``known_on``
        leave it on ``as_of``."""
        first = first_of_each_stored(stored)
        config = stored.dataset.config
        dataset = Dataset(files=stored.files(), config=config)
        for records in first.kept.values():
            dataset.add(v for v in (known_version(r, as_of) for r in records) if v is not None)
        said = SiteStatements(stored.source, as_of, first.shadowed)
        data = cls(dataset, config, as_of, said)
        data.actors = {actor.id: actor for actor in dataset.actors}
        data.tracks = {track.id: track for track in dataset.tracks}
        data.rounds = {rnd.id: rnd for rnd in dataset.rounds}
        data.milestones = {milestone.id: milestone for milestone in dataset.milestones}
        data.party_of = {a.id: a.party or a.id for a in data.actors.values()}
        by_track: dict[str, list[Round]] = defaultdict(list)
        for rnd in data.rounds.values():
            by_track[rnd.track].append(rnd)
        data.rounds_of = {
            track: sorted(rounds, key=lambda r: (r.start.sort_key, r.id))
            for track, rounds in sorted(by_track.items())
        }
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
        said = self.said.newest()
        if said is not None:
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
