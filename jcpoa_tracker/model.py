"""The negotiation as records: actors, tracks, rounds, statements, milestones.

Plain frozen dataclasses with no I/O, no YAML and no terminal code.  Every
record remembers where it was read (``path``, ``line``, ``column`` and the
line of each field in ``where``) so that any later check can point at the
line an analyst has to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from jcpoa_tracker.config import GENERIC, DatasetConfig, SourceTier
from jcpoa_tracker.dates import FuzzyDate

__all__ = [
    "Actor",
    "ActorKind",
    "Confidence",
    "Dataset",
    "Document",
    "Measurement",
    "Milestone",
    "Original",
    "Part",
    "Pause",
    "Phase",
    "PhaseChange",
    "PointDisposition",
    "Record",
    "Role",
    "Round",
    "RoundFormat",
    "RoundRelation",
    "Source",
    "SourceTier",
    "Statement",
    "StickingDisposition",
    "StickingPoint",
    "Track",
    "Vote",
    "role_held",
]


class ActorKind(StrEnum):
    STATE = "state"
    BLOC = "bloc"
    ORGANIZATION = "organization"
    PERSON = "person"


class Phase(StrEnum):
    """Where a track stands, as declared by an analyst with a dated source."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    COLLAPSED = "collapsed"
    CONCLUDED = "concluded"


class RoundFormat(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MEDIATED = "mediated"
    MIXED = "mixed"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class StickingDisposition(StrEnum):
    """What happened to an open sticking point a later round does not list."""

    CARRIED = "carried"  # still open, not discussed this round
    DROPPED = "dropped"  # taken off the table
    SUPERSEDED = "superseded"  # folded into another point (``superseded_by``)


class RoundRelation(StrEnum):
    """How a statement linked to a round relates to the round's dates."""

    DURING = "during"
    BEFORE = "before"  # ahead of the round, e.g. setting its agenda
    AFTER = "after"  # about the round's outcome, or its follow-up exchange


Where = dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record's facts were read."""

    url: str
    outlet: str | None = None
    title: str | None = None
    published: FuzzyDate | None = None
    accessed: FuzzyDate | None = None
    note: str | None = None
    tier: SourceTier | None = None  # an override of the tier its domain gives


@dataclass(frozen=True, slots=True)
class Role:
    """An office an actor held, over the dates known."""

    title: str
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    note: str | None = None


def covers(role: Role, day: FuzzyDate) -> bool:
    """True unless ``day`` certainly falls outside the role's dates."""
    if role.start is not None and day.last_day < role.start.first_day:
        return False
    return role.end is None or day.first_day <= role.end.last_day


def role_held(roles: tuple[Role, ...], day: FuzzyDate) -> Role | None:
    """The office held on ``day`` when the roles say so unambiguously: the
    one dated role covering the day, or the only role when it is undated."""
    dated = [r for r in roles if (r.start or r.end) is not None and covers(r, day)]
    if len(dated) == 1:
        return dated[0]
    if len(roles) == 1 and roles[0].start is None and roles[0].end is None:
        return roles[0]
    return None


@dataclass(frozen=True, slots=True)
class PhaseChange:
    """A track entering a phase on a date."""

    date: FuzzyDate
    phase: Phase
    note: str | None = None
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class Pause:
    """A break within a round."""

    start: FuzzyDate
    end: FuzzyDate | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a session held in parts (resumed sessions): the round's
    days between parts are a break, not a new round."""

    start: FuzzyDate
    end: FuzzyDate | None = None
    label: str | None = None  # "resumed session", "second part"
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Vote:
    """A formal vote with its counts; ``method`` says how it was taken
    (recorded vote, consensus, without objection)."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None
    body: str | None = None  # who voted: "Committee A", "Board of Governors"
    method: str | None = None
    note: str | None = None

    @property
    def counts(self) -> str | None:
        """ "124-0-11" (yes-no-abstain), or None when not counted."""
        if self.yes is None or self.no is None:
            return None
        return f"{self.yes}-{self.no}" + (f"-{self.abstain}" if self.abstain is not None else "")


@dataclass(frozen=True, slots=True)
class StickingPoint:
    """One issue on the table in one round; the same ``id`` across rounds of a
    track makes a history of its status."""

    id: str
    title: str
    status: str  # a word of the dataset's sticking_point_statuses
    note: str | None = None
    raised_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PointDisposition:
    """What happened to an open sticking point of an earlier round of the
    track that this round does not list."""

    id: str
    disposition: StickingDisposition
    superseded_by: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Original:
    """A statement's wording in the language it was said in."""

    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class Measurement:
    """A figure a milestone reports (a count, a level, a share), with its unit and range."""

    metric: str  # the id of a series in dataset.yaml
    value: float
    unit: str
    low: float | None = None  # an estimate's range, as reported
    high: float | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """What every record has: identity, provenance and its place in a file."""

    id: str
    sources: tuple[Source, ...] = ()
    confidence: Confidence = Confidence.HIGH
    confidence_note: str | None = None
    note: str | None = None
    path: str = ""
    line: int = 0
    column: int = 0
    where: Where = field(default_factory=dict, compare=False, repr=False)

    record_kind: ClassVar[str] = "record"

    def position(self, field_name: str | None = None) -> tuple[str, int, int]:
        """File, line and column of the record, or of one of its fields."""
        if field_name is not None and field_name in self.where:
            line, column = self.where[field_name]
            return self.path, line, column
        return self.path, self.line, self.column


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Record):
    """A state, organisation or person that takes part or speaks."""

    record_kind: ClassVar[str] = "actor"
    kind: ActorKind
    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    roles: tuple[Role, ...] = ()
    members: tuple[str, ...] = ()  # for a bloc or group: the actors in it


@dataclass(frozen=True, slots=True, kw_only=True)
class Track(Record):
    """A line of negotiation between parties, in phases."""

    record_kind: ClassVar[str] = "track"
    title: str
    parties: tuple[str, ...] = ()
    mediator: str | None = None
    phases: tuple[PhaseChange, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Round(Record):
    """A round of talks of a track."""

    record_kind: ClassVar[str] = "round"
    track: str
    title: str
    start: FuzzyDate
    number: int | None = None
    end: FuzzyDate | None = None
    announced: FuzzyDate | None = None
    cancelled: FuzzyDate | None = None
    location: str | None = None
    venue: str | None = None
    format: RoundFormat | None = None
    mediator: str | None = None
    delegations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pauses: tuple[Pause, ...] = ()
    sticking_points: tuple[StickingPoint, ...] = ()
    dispositions: tuple[PointDisposition, ...] = ()
    parts: tuple[Part, ...] = ()  # a session held in parts
    documents: tuple[str, ...] = ()  # texts on the table (document ids)
    outcome: str | None = None
    date_note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement(Record):
    """Something an actor said, dated and sourced."""

    record_kind: ClassVar[str] = "statement"
    speaker: str
    date: FuzzyDate
    text: str
    role: str | None = None
    on_behalf_of: str | None = None  # the group or party the speaker spoke for
    original: Original | None = None
    occasion: str | None = None  # a word of the dataset's occasions
    context: str | None = None
    round: str | None = None
    round_relation: RoundRelation | None = None
    topics: tuple[str, ...] = ()
    category: str | None = None  # a word of the dataset's categories (its codebook)
    tone: int | None = None
    verified: bool = False
    documents: tuple[str, ...] = ()  # the texts it speaks about
    date_note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone(Record):
    """An event of the negotiation other than a round: a report, a deadline, a vote."""

    record_kind: ClassVar[str] = "milestone"
    date: FuzzyDate
    kind: str  # a word of the dataset's milestone_kinds
    title: str
    end: FuzzyDate | None = None
    announced: FuzzyDate | None = None
    parties: tuple[str, ...] = ()
    location: str | None = None
    summary: str | None = None
    measurements: tuple[Measurement, ...] = ()
    vote: Vote | None = None
    documents: tuple[str, ...] = ()  # the texts it concerns (adopted, tabled...)
    date_note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document(Record):
    """A text other records refer to: a draft, a negotiating text, an
    agreement, a resolution.  Its ``date`` is when it was issued."""

    record_kind: ClassVar[str] = "document"
    title: str
    date: FuzzyDate
    kind: str  # a word of the dataset's document_kinds
    symbol: str | None = None  # its official symbol: A/INB/7/3, GOV/2024/39
    track: str | None = None
    authors: tuple[str, ...] = ()  # who tabled or issued it
    url: str | None = None  # where the text itself is published
    supersedes: str | None = None  # the earlier document this one replaces
    summary: str | None = None
    date_note: str | None = None


_LISTS = {  # each record kind's list in a Dataset
    "actor": "actors",
    "track": "tracks",
    "round": "rounds",
    "statement": "statements",
    "milestone": "milestones",
    "document": "documents",
}
RECORD_KINDS = tuple(_LISTS)  # in Dataset.records() order


@dataclass(slots=True)
class Dataset:
    """Every record of a data directory, in file order, plus the files read."""

    actors: list[Actor] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    config: DatasetConfig = GENERIC  # the data directory's dataset.yaml

    def add(self, records: Iterable[Record]) -> None:
        """Put each record in the list of its kind."""
        for record in records:
            getattr(self, _LISTS[record.record_kind]).append(record)

    def records(self) -> Iterator[Record]:
        """Every record, kind by kind (``RECORD_KINDS``), each in file order."""
        for name in _LISTS.values():
            yield from getattr(self, name)

    def __len__(self) -> int:
        return (
            len(self.actors)
            + len(self.tracks)
            + len(self.rounds)
            + len(self.statements)
            + len(self.milestones)
            + len(self.documents)
        )
