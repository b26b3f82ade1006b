"""A Dataset as plain rows, one table per record kind plus link tables.

Rows hold only text, numbers, booleans and None, in the column order of
``columns.TABLES``; records come sorted by id and list items by position, so
the same data always gives the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.export.columns import TABLES, TableSpec, table
from jcpoa_tracker.model import Actor, Dataset, Milestone, Record, Round, Source, Statement, Track

__all__ = ["Row", "Table", "Value", "build_tables"]

Value = str | int | float | bool | None
Row = tuple[Value, ...]
R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class Table:
    spec: TableSpec
    rows: tuple[Row, ...]

    @property
    def name(self) -> str:
        return self.spec.name


class _Rows:
    """Rows collected per table, each checked against its declared columns."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[Row]] = {spec.name: [] for spec in TABLES}

    def add(self, table_name: str, /, **values: Value) -> None:
        spec = table(table_name)
        if tuple(values) != spec.names:  # a bug here, never bad data
            raise ValueError(f"{table_name}: columns {tuple(values)} != {spec.names}")
        self.by_table[table_name].append(tuple(values.values()))


def build_tables(dataset: Dataset, data_root: Path | None = None) -> tuple[Table, ...]:
    """Every table, in ``TABLES`` order.  ``data_root`` makes the ``file``
    column relative to the data directory, whatever the working directory."""
    from jcpoa_tracker.sources import configured_tiers, graded_dataset

    table = configured_tiers(data_root)
    if table is not None:  # each source's tier, when the dataset grades them
        dataset = graded_dataset(dataset, table)
    rows = _Rows()
    for actor in _by_id(dataset.actors):
        _actor(rows, actor, _file(actor, data_root))
    for track in _by_id(dataset.tracks):
        _track(rows, track, _file(track, data_root))
    for rnd in _by_id(dataset.rounds):
        _round(rows, rnd, _file(rnd, data_root))
    for statement in _by_id(dataset.statements):
        _statement(rows, statement, _file(statement, data_root))
    for milestone in _by_id(dataset.milestones):
        _milestone(rows, milestone, _file(milestone, data_root))
    # Sources are collected kind by kind above; sort them as one table.
    rows.by_table["sources"].sort(key=lambda row: (str(row[0]), int(row[2] or 0)))
    return tuple(Table(spec, tuple(rows.by_table[spec.name])) for spec in TABLES)


def _by_id(records: Iterable[R]) -> list[R]:
    return sorted(records, key=lambda record: record.id)


def _file(record: Record, data_root: Path | None) -> str:
    path = Path(record.path)
    if data_root is not None:
        try:
            return path.resolve().relative_to(data_root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _date(prefix: str, when: FuzzyDate | None) -> dict[str, Value]:
    if when is None:
        return dict.fromkeys(
            (prefix, f"{prefix}_precision", f"{prefix}_first_day", f"{prefix}_last_day")
        )
    return {
        prefix: when.isoformat(),
        f"{prefix}_precision": when.precision.name.lower(),
        f"{prefix}_first_day": when.first_day.isoformat(),
        f"{prefix}_last_day": when.last_day.isoformat(),
    }


def _common(record: Record, file: str) -> dict[str, Value]:
    return {
        "confidence": str(record.confidence),
        "confidence_note": record.confidence_note,
        "note": record.note,
        "file": file,
        "line": record.line,
    }


def _source_fields(source: Source) -> dict[str, Value]:
    return {
        "url": source.url,
        "outlet": source.outlet,
        "title": source.title,
        **_date("published", source.published),
        **_date("accessed", source.accessed),
        "note": source.note,
        "tier": None if source.tier is None else str(source.tier),
    }


def _sources(rows: _Rows, record: Record) -> None:
    for position, source in enumerate(record.sources, 1):
        rows.add(
            "sources",
            record_id=record.id,
            record_kind=record.record_kind,
            position=position,
            **_source_fields(source),
        )


def _actor(rows: _Rows, actor: Actor, file: str) -> None:
    rows.add(
        "actors",
        id=actor.id,
        kind=str(actor.kind),
        name=actor.name,
        party=actor.party,
        **_common(actor, file),
    )
    for position, alias in enumerate(actor.aliases, 1):
        rows.add("actor_aliases", actor_id=actor.id, position=position, alias=alias)
    for position, role in enumerate(actor.roles, 1):
        rows.add(
            "actor_roles",
            actor_id=actor.id,
            position=position,
            title=role.title,
            **_date("start", role.start),
            **_date("end", role.end),
            note=role.note,
        )
    _sources(rows, actor)


def _track(rows: _Rows, track: Track, file: str) -> None:
    rows.add(
        "tracks",
        id=track.id,
        title=track.title,
        mediator=track.mediator,
        **_common(track, file),
    )
    for position, party in enumerate(track.parties, 1):
        rows.add("track_parties", track_id=track.id, position=position, party_id=party)
    for position, change in enumerate(track.phases, 1):
        rows.add(
            "track_phases",
            track_id=track.id,
            position=position,
            **_date("date", change.date),
            phase=str(change.phase),
            note=change.note,
        )
        for source_position, source in enumerate(change.sources, 1):
            rows.add(
                "track_phase_sources",
                track_id=track.id,
                phase_position=position,
                position=source_position,
                **_source_fields(source),
            )
    _sources(rows, track)


def _round(rows: _Rows, rnd: Round, file: str) -> None:
    rows.add(
        "rounds",
        id=rnd.id,
        track=rnd.track,
        number=rnd.number,
        title=rnd.title,
        **_date("start", rnd.start),
        **_date("end", rnd.end),
        **_date("announced", rnd.announced),
        **_date("cancelled", rnd.cancelled),
        location=rnd.location,
        venue=rnd.venue,
        format=None if rnd.format is None else str(rnd.format),
        mediator=rnd.mediator,
        outcome=rnd.outcome,
        date_note=rnd.date_note,
        **_common(rnd, file),
    )
    for party in sorted(rnd.delegations):
        for position, negotiator in enumerate(rnd.delegations[party], 1):
            rows.add(
                "round_delegations",
                round_id=rnd.id,
                party_id=party,
                position=position,
                negotiator_id=negotiator,
            )
    for position, pause in enumerate(rnd.pauses, 1):
        rows.add(
            "round_pauses",
            round_id=rnd.id,
            position=position,
            **_date("start", pause.start),
            **_date("end", pause.end),
            note=pause.note,
        )
    for position, point in enumerate(rnd.sticking_points, 1):
        rows.add(
            "round_sticking_points",
            round_id=rnd.id,
            position=position,
            sticking_point_id=point.id,
            title=point.title,
            status=str(point.status),
            note=point.note,
        )
        for actor_position, actor in enumerate(point.raised_by, 1):
            rows.add(
                "round_sticking_point_raised_by",
                round_id=rnd.id,
                sticking_point_position=position,
                position=actor_position,
                sticking_point_id=point.id,
                actor_id=actor,
            )
    for position, item in enumerate(rnd.dispositions, 1):
        rows.add(
            "round_dispositions",
            round_id=rnd.id,
            position=position,
            sticking_point_id=item.id,
            disposition=str(item.disposition),
            superseded_by=item.superseded_by,
            note=item.note,
        )
    _sources(rows, rnd)


def _statement(rows: _Rows, statement: Statement, file: str) -> None:
    original = statement.original
    rows.add(
        "statements",
        id=statement.id,
        speaker=statement.speaker,
        **_date("date", statement.date),
        text=statement.text,
        role=statement.role,
        original_lang=None if original is None else original.lang,
        original_text=None if original is None else original.text,
        occasion=None if statement.occasion is None else str(statement.occasion),
        context=statement.context,
        round=statement.round,
        round_relation=None if statement.round_relation is None else str(statement.round_relation),
        topics=" ".join(statement.topics) or None,
        category=None if statement.category is None else str(statement.category),
        tone=statement.tone,
        verified=statement.verified,
        date_note=statement.date_note,
        **_common(statement, file),
    )
    for position, topic in enumerate(statement.topics, 1):
        rows.add("statement_topics", statement_id=statement.id, position=position, topic=topic)
    _sources(rows, statement)


def _milestone(rows: _Rows, milestone: Milestone, file: str) -> None:
    rows.add(
        "milestones",
        id=milestone.id,
        **_date("date", milestone.date),
        kind=str(milestone.kind),
        title=milestone.title,
        **_date("end", milestone.end),
        **_date("announced", milestone.announced),
        location=milestone.location,
        summary=milestone.summary,
        date_note=milestone.date_note,
        **_common(milestone, file),
    )
    for position, party in enumerate(milestone.parties, 1):
        rows.add("milestone_parties", milestone_id=milestone.id, position=position, actor_id=party)
    for position, measurement in enumerate(milestone.measurements, 1):
        rows.add(
            "milestone_measurements",
            milestone_id=milestone.id,
            position=position,
            metric=measurement.metric,
            value=measurement.value,
            unit=measurement.unit,
            low=measurement.low,
            high=measurement.high,
            note=measurement.note,
        )
    _sources(rows, milestone)
