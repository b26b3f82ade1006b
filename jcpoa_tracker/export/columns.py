"""Every exported table and column, declared once.

The CSV header, the JSON keys, the SQLite schema and docs/export.md all come
from (or are checked against) these declarations, so a column cannot exist
in one format and not another.  Column and row order are fixed, so that two
exports of the same data are identical and later ones diff cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "EXPORT_VERSION",
    "RECORD_TABLES",
    "TABLES",
    "Column",
    "ColumnType",
    "ForeignKey",
    "TableSpec",
    "table",
]

# Bumped when a table or column changes meaning or disappears (adding one
# does not): scripts can check it in the manifest or the export_info table.
EXPORT_VERSION: Final = 1


class ColumnType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"
    DATE = "date"  # as written in the data: 2021, 2021-07, 2021-07-14, or with a time
    DAY = "day"  # an ISO day, YYYY-MM-DD, that sorts and compares as text

    @property
    def sql(self) -> str:
        """The SQLite type: booleans are 0/1 and dates are ISO text."""
        return {"integer": "INTEGER", "real": "REAL", "boolean": "INTEGER"}.get(self, "TEXT")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColumnType
    doc: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...] = ("id",)


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    doc: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _text(name: str, doc: str, *, required: bool = False) -> Column:
    return Column(name, ColumnType.TEXT, doc, required)


def _int(name: str, doc: str, *, required: bool = False) -> Column:
    return Column(name, ColumnType.INTEGER, doc, required)


def _date(name: str, doc: str, *, required: bool = False) -> tuple[Column, ...]:
    """A date as four columns: as written, its precision and the first and
    last day it covers (equal for a day; 1 to 31 July for ``2021-07``)."""
    return (
        Column(name, ColumnType.DATE, doc, required),
        _text(f"{name}_precision", f"precision of `{name}`: day, month or year", required=required),
        Column(
            f"{name}_first_day", ColumnType.DAY, f"first day `{name}` covers", required=required
        ),
        Column(f"{name}_last_day", ColumnType.DAY, f"last day `{name}` covers", required=required),
    )


def _id(doc: str) -> Column:
    return _text("id", doc, required=True)


def _parent(name: str, doc: str) -> Column:
    return _text(name, doc, required=True)


_POSITION = _int("position", "order in the list in the data, from 1", required=True)

# Provenance and uncertainty, the last columns of every record table.
_COMMON = (
    _text("confidence", "high, medium or low", required=True),
    _text("confidence_note", "why confidence is not high"),
    _text("note", "anything else a reader should know"),
    _text("file", "the data file, relative to the data directory", required=True),
    _int("line", "the line of the record in that file", required=True),
)

_SOURCE_FIELDS = (
    _text("url", "the page", required=True),
    _text("outlet", "who published it"),
    _text("title", "headline or document title"),
    *_date("published", "when the page was published"),
    *_date("accessed", "when an analyst read it"),
    _text("note", "what the page supports, or its limits"),
    _text(
        "tier",
        "primary, wire, outlet, aggregator or unknown: its own `tier:` or its domain's "
        "(empty when the dataset grades no sources)",
    ),
)

ACTORS = TableSpec(
    "actors",
    "Parties (states, blocs, organizations) and people.",
    (
        _id("actor id"),
        _text("kind", "state, bloc, organization or person", required=True),
        _text("name", "the name most sources use", required=True),
        _text("party", "for a person: the actor id of the party they speak for"),
        *_COMMON,
    ),
    ("id",),
    (ForeignKey(("party",), "actors"),),
    (("party",),),
)
ACTOR_ALIASES = TableSpec(
    "actor_aliases",
    "Other names and spellings of an actor.",
    (_parent("actor_id", "the actor"), _POSITION, _text("alias", "the name", required=True)),
    ("actor_id", "position"),
    (ForeignKey(("actor_id",), "actors"),),
)
ACTOR_ROLES = TableSpec(
    "actor_roles",
    "Offices a person held.",
    (
        _parent("actor_id", "the person"),
        _POSITION,
        _text("title", "the office", required=True),
        *_date("start", "first day in office"),
        *_date("end", "last day in office"),
        _text("note", "caveats"),
    ),
    ("actor_id", "position"),
    (ForeignKey(("actor_id",), "actors"),),
)
TRACKS = TableSpec(
    "tracks",
    "Negotiation tracks: series of rounds between the same parties.",
    (
        _id("track id"),
        _text("title", "the track's name", required=True),
        _text("mediator", "actor id of the usual mediator"),
        *_COMMON,
    ),
    ("id",),
    (ForeignKey(("mediator",), "actors"),),
    (("mediator",),),
)
TRACK_PARTIES = TableSpec(
    "track_parties",
    "The parties at the table of a track.",
    (_parent("track_id", "the track"), _POSITION, _text("party_id", "actor id", required=True)),
    ("track_id", "position"),
    (ForeignKey(("track_id",), "tracks"), ForeignKey(("party_id",), "actors")),
    (("party_id",),),
)
TRACK_PHASES = TableSpec(
    "track_phases",
    "Declared changes of phase of a track.",
    (
        _parent("track_id", "the track"),
        _POSITION,
        *_date("date", "when the track entered the phase", required=True),
        _text("phase", "active, suspended, collapsed or concluded", required=True),
        _text("note", "what happened"),
    ),
    ("track_id", "position"),
    (ForeignKey(("track_id",), "tracks"),),
)
TRACK_PHASE_SOURCES = TableSpec(
    "track_phase_sources",
    "Sources of a phase change.",
    (
        _parent("track_id", "the track"),
        _int("phase_position", "`position` of the phase change", required=True),
        _POSITION,
        *_SOURCE_FIELDS,
    ),
    ("track_id", "phase_position", "position"),
    (ForeignKey(("track_id", "phase_position"), "track_phases", ("track_id", "position")),),
)
ROUNDS = TableSpec(
    "rounds",
    "Sessions of talks.",
    (
        _id("round id"),
        _text("track", "the track id", required=True),
        _int("number", "its number within the track"),
        _text("title", "a readable name", required=True),
        *_date("start", "first day (the planned day, for a cancelled round)", required=True),
        *_date("end", "last day; empty while in session"),
        *_date("announced", "when the round was announced"),
        *_date("cancelled", "when a planned round was called off"),
        _text("location", "city, country"),
        _text("venue", "building or hotel"),
        _text("format", "direct, indirect, mediated or mixed"),
        _text("mediator", "actor id of the mediator"),
        _text("outcome", "how the round ended"),
        _text("date_note", "caveats about the dates"),
        *_COMMON,
    ),
    ("id",),
    (ForeignKey(("track",), "tracks"), ForeignKey(("mediator",), "actors")),
    (("track",), ("mediator",), ("start_first_day",)),
)
ROUND_DELEGATIONS = TableSpec(
    "round_delegations",
    "Who led each party's delegation in a round (one row per negotiator).",
    (
        _parent("round_id", "the round"),
        _text("party_id", "actor id of the party", required=True),
        _POSITION,
        _text("negotiator_id", "actor id of the negotiator", required=True),
    ),
    ("round_id", "party_id", "position"),
    (
        ForeignKey(("round_id",), "rounds"),
        ForeignKey(("party_id",), "actors"),
        ForeignKey(("negotiator_id",), "actors"),
    ),
    (("party_id",), ("negotiator_id",)),
)
ROUND_PAUSES = TableSpec(
    "round_pauses",
    "Breaks within a round.",
    (
        _parent("round_id", "the round"),
        _POSITION,
        *_date("start", "first day of the pause", required=True),
        *_date("end", "the day talks resumed"),
        _text("note", "why"),
    ),
    ("round_id", "position"),
    (ForeignKey(("round_id",), "rounds"),),
)
ROUND_STICKING_POINTS = TableSpec(
    "round_sticking_points",
    "Issues on the table in a round, with their status in that round.",
    (
        _parent("round_id", "the round"),
        _POSITION,
        _text("sticking_point_id", "the same in every round of a track", required=True),
        _text("title", "short name of the issue", required=True),
        _text("status", "open, narrowed, resolved or deadlocked", required=True),
        _text("note", "each side's position"),
    ),
    ("round_id", "position"),
    (ForeignKey(("round_id",), "rounds"),),
    (("sticking_point_id",),),
)
ROUND_STICKING_POINT_RAISED_BY = TableSpec(
    "round_sticking_point_raised_by",
    "The parties pressing a sticking point in a round.",
    (
        _parent("round_id", "the round"),
        _int("sticking_point_position", "`position` of the sticking point", required=True),
        _POSITION,
        _text("sticking_point_id", "the sticking point (repeated for easy joins)", required=True),
        _text("actor_id", "the party", required=True),
    ),
    ("round_id", "sticking_point_position", "position"),
    (
        ForeignKey(
            ("round_id", "sticking_point_position"),
            "round_sticking_points",
            ("round_id", "position"),
        ),
        ForeignKey(("actor_id",), "actors"),
    ),
    (("actor_id",),),
)
ROUND_DISPOSITIONS = TableSpec(
    "round_dispositions",
    "What happened to open sticking points of earlier rounds that a round does not list.",
    (
        _parent("round_id", "the round"),
        _POSITION,
        _text("sticking_point_id", "the point of an earlier round of the track", required=True),
        _text("disposition", "carried, dropped or superseded", required=True),
        _text("superseded_by", "for superseded: the id of the point replacing it"),
        _text("note", "what happened"),
    ),
    ("round_id", "position"),
    (ForeignKey(("round_id",), "rounds"),),
    (("sticking_point_id",),),
)
STATEMENTS = TableSpec(
    "statements",
    "Attributed, sourced quotes.",
    (
        _id("statement id"),
        _text("speaker", "actor id", required=True),
        *_date("date", "when it was said or posted", required=True),
        _text("text", "the words as the source quotes them", required=True),
        _text("role", "the speaker's office at the time"),
        _text("original_lang", "language of the original wording (fa, ar, ru...)"),
        _text("original_text", "the original wording"),
        _text("occasion", "press-conference, interview, social-media..."),
        _text("context", "where and to whom"),
        _text("round", "id of the round it concerns"),
        _text("round_relation", "during, before or after the round's dates (empty: during)"),
        _text("topics", "the topics, space-separated (also in statement_topics)"),
        _text("category", "what the statement does, on the codebook"),
        _int("tone", "-2 (hostile) to +2 (cooperative)"),
        Column("verified", ColumnType.BOOLEAN, "wording read in a source", required=True),
        _text("date_note", "caveats about the date"),
        *_COMMON,
    ),
    ("id",),
    (ForeignKey(("speaker",), "actors"), ForeignKey(("round",), "rounds")),
    (("speaker",), ("round",), ("date_first_day",)),
)
STATEMENT_TOPICS = TableSpec(
    "statement_topics",
    "Topics of a statement.",
    (
        _parent("statement_id", "the statement"),
        _POSITION,
        _text("topic", "kebab-case topic", required=True),
    ),
    ("statement_id", "position"),
    (ForeignKey(("statement_id",), "statements"),),
    (("topic",),),
)
MILESTONES = TableSpec(
    "milestones",
    "Dated events outside the rounds.",
    (
        _id("milestone id"),
        *_date("date", "when it happened or falls due", required=True),
        _text("kind", "agreement, strike, deadline...", required=True),
        _text("title", "one line", required=True),
        *_date("end", "last day, for an event that lasted"),
        *_date("announced", "when it became known"),
        _text("location", "where"),
        _text("summary", "a few sentences"),
        _text("date_note", "caveats about the date"),
        *_COMMON,
    ),
    ("id",),
    (),
    (("kind",), ("date_first_day",)),
)
MILESTONE_PARTIES = TableSpec(
    "milestone_parties",
    "Actors involved in a milestone.",
    (
        _parent("milestone_id", "the milestone"),
        _POSITION,
        _text("actor_id", "actor id", required=True),
    ),
    ("milestone_id", "position"),
    (ForeignKey(("milestone_id",), "milestones"), ForeignKey(("actor_id",), "actors")),
    (("actor_id",),),
)
MILESTONE_MEASUREMENTS = TableSpec(
    "milestone_measurements",
    "Numbers reported with a milestone.",
    (
        _parent("milestone_id", "the milestone"),
        _POSITION,
        _text("metric", "the id of a series in dataset.yaml", required=True),
        Column("value", ColumnType.REAL, "the number as reported", required=True),
        _text("unit", "percent, kg...", required=True),
        Column("low", ColumnType.REAL, "for an estimate: the low end of the range"),
        Column("high", ColumnType.REAL, "for an estimate: the high end of the range"),
        _text("note", "as of when, by whom"),
    ),
    ("milestone_id", "position"),
    (ForeignKey(("milestone_id",), "milestones"),),
    (("metric",),),
)
SOURCES = TableSpec(
    "sources",
    "The sources of every record (phase changes have their own table).",
    (
        _parent("record_id", "id of the actor, track, round, statement or milestone"),
        _text("record_kind", "actor, track, round, statement or milestone", required=True),
        _POSITION,
        *_SOURCE_FIELDS,
    ),
    ("record_id", "position"),
    (),
    (("url",),),
)

TABLES: Final[tuple[TableSpec, ...]] = (
    ACTORS,
    ACTOR_ALIASES,
    ACTOR_ROLES,
    TRACKS,
    TRACK_PARTIES,
    TRACK_PHASES,
    TRACK_PHASE_SOURCES,
    ROUNDS,
    ROUND_DELEGATIONS,
    ROUND_PAUSES,
    ROUND_STICKING_POINTS,
    ROUND_STICKING_POINT_RAISED_BY,
    ROUND_DISPOSITIONS,
    STATEMENTS,
    STATEMENT_TOPICS,
    MILESTONES,
    MILESTONE_PARTIES,
    MILESTONE_MEASUREMENTS,
    SOURCES,
)
# record kind -> its table
RECORD_TABLES: Final = {
    "actor": ACTORS,
    "track": TRACKS,
    "round": ROUNDS,
    "statement": STATEMENTS,
    "milestone": MILESTONES,
}
_BY_NAME: Final = {spec.name: spec for spec in TABLES}


def table(name: str) -> TableSpec:
    return _BY_NAME[name]
