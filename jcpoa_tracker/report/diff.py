"""What changed in the data between two readings, as plain data.

Records are matched by id, whatever their kind or file: a record whose id
changed is one removed and one added, and a record that only moved to
another file is not a change (it is listed as moved).  Changed records are
compared field by field, with readable values: dates as written, lists as
items added and removed, and items that have an identity (a sticking point's
id, a source's URL, a measurement's metric...) matched by it, so a reviewer
reads ``sticking point basis-of-talks: status open -> narrowed``.

The status report is then built from both readings for the same day, and
what it would say differently is listed too: that is what the change does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import (
    Dataset,
    Measurement,
    Original,
    Pause,
    PhaseChange,
    Record,
    Role,
    Source,
    StickingPoint,
)
from jcpoa_tracker.query import Scope
from jcpoa_tracker.report.changes import Change, FieldChange, Op, RecordChange
from jcpoa_tracker.report.status import Status, TrackStatus, build_status
from jcpoa_tracker.schema import RECORD_SPECS

if TYPE_CHECKING:
    from jcpoa_tracker.readings import Reading

__all__ = [
    "Change",
    "DataDiff",
    "FieldChange",
    "Move",
    "Op",
    "RecordChange",
    "Side",
    "StatusChange",
    "changed_records",
    "compare_records",
    "diff_data",
    "diff_readings",
    "diff_records",
    "diff_status",
]


@dataclass(frozen=True, slots=True)
class Move:
    """A record that moved to another file unchanged: not a change."""

    kind: str
    id: str
    old_path: str
    new_path: str


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One thing the status report says differently."""

    section: str  # a track id, or "latest statements", "upcoming", ...
    item: str  # "phase", "sticking point basis-of-talks", a party id ...
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two readings compared."""

    label: str  # "HEAD~1", "merge base of main and HEAD", "working tree"
    commit: str | None  # None for the working tree
    files: int
    records: int
    errors: int


@dataclass(frozen=True, slots=True)
class DataDiff:
    """What changed between two versions of the data."""

    before: Side
    after: Side
    as_of: date
    records: tuple[RecordChange, ...]
    moves: tuple[Move, ...]
    status: tuple[StatusChange, ...]

    @property
    def has_changes(self) -> bool:
        return bool(self.records)

    def count(self, change: Change, kind: str | None = None) -> int:
        return sum(
            1 for r in self.records if r.change is change and (kind is None or r.kind == kind)
        )

    def kinds(self) -> list[str]:
        """The record kinds that changed, in the data format's order."""
        present = {r.kind for r in self.records}
        return [kind for kind in KIND_ORDER if kind in present]


KIND_ORDER: Final = tuple(spec.name for spec in RECORD_SPECS.values())
# Fields in the order docs/data-format.md gives them; "id" is what matches.
_FIELD_ORDER: Final = {
    spec.name: tuple(f.name for f in spec.fields if f.name != "id")
    for spec in RECORD_SPECS.values()
}
# Where a record was read is not part of it.
_BOOKKEEPING: Final = frozenset({"path", "line", "column", "where"})


def diff_data(
    before: Dataset, after: Dataset, before_side: Side, after_side: Side, as_of: date
) -> DataDiff:
    """Records added, removed, changed and moved, and what the status report
    as of ``as_of`` says differently, between two datasets in memory."""
    changes, moves = diff_records(before, after)
    return DataDiff(
        before=before_side,
        after=after_side,
        as_of=as_of,
        records=changes,
        moves=moves,
        status=diff_status(build_status(Scope(before), as_of), build_status(Scope(after), as_of)),
    )


def diff_readings(before: Reading, after: Reading, as_of: date) -> DataDiff:
    """``diff_data`` between two stores: only the records whose id is in a
    file that differs are compared (the others are the same on both sides),
    and each status report is read from its store."""
    changes, moves = changed_records(before, after)
    return DataDiff(
        before=_side(before),
        after=_side(after),
        as_of=as_of,
        records=changes,
        moves=moves,
        status=diff_status(build_status(before.scope(), as_of), build_status(after.scope(), as_of)),
    )


def _side(found: Reading) -> Side:
    return Side(found.label, found.commit, found.files, found.records, found.errors)


def changed_records(
    before: Reading, after: Reading
) -> tuple[tuple[RecordChange, ...], tuple[Move, ...]]:
    """``diff_records`` between two stores."""
    # (here, not at the top: reports that import this module must not load git and the loader)
    from jcpoa_tracker.readings import changed_files

    files = changed_files(before, after)
    ids = before.ids_in(files) | after.ids_in(files)
    return compare_records(before.first_records(ids), after.first_records(ids))


def _by_id(dataset: Dataset) -> dict[str, Record]:
    # The first record with an id wins, as in validate (duplicates are errors).
    index: dict[str, Record] = {}
    for record in dataset.records():
        index.setdefault(record.id, record)
    return index


def diff_records(
    before: Dataset, after: Dataset
) -> tuple[tuple[RecordChange, ...], tuple[Move, ...]]:
    return compare_records(_by_id(before), _by_id(after))


def compare_records(
    old: Mapping[str, Record], new: Mapping[str, Record]
) -> tuple[tuple[RecordChange, ...], tuple[Move, ...]]:
    """Records added, removed and changed, and records moved unchanged,
    between each side's record by id."""
    changes: list[RecordChange] = []
    moves: list[Move] = []
    for ident, record in old.items():
        other = new.get(ident)
        if other is None or other.record_kind != record.record_kind:
            changes.append(
                RecordChange(Change.REMOVED, record.record_kind, ident, record.path, record)
            )
    for ident, record in new.items():
        previous = old.get(ident)
        if previous is None or previous.record_kind != record.record_kind:
            changes.append(
                RecordChange(Change.ADDED, record.record_kind, ident, record.path, record)
            )
            continue
        moved_from = previous.path if previous.path != record.path else None
        field_changes = tuple(_record_fields(previous, record))
        if field_changes:
            changes.append(
                RecordChange(
                    Change.CHANGED,
                    record.record_kind,
                    ident,
                    record.path,
                    record,
                    field_changes,
                    moved_from,
                )
            )
        elif moved_from is not None:
            moves.append(Move(record.record_kind, ident, moved_from, record.path))
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    changes.sort(key=lambda c: (order.get(c.kind, len(order)), c.id))
    moves.sort(key=lambda m: (order.get(m.kind, len(order)), m.id))
    return tuple(changes), tuple(moves)


def _record_fields(old: Record, new: Record) -> Iterator[FieldChange]:
    names = _FIELD_ORDER.get(new.record_kind) or tuple(
        f.name for f in fields(new) if f.name not in _BOOKKEEPING and f.name != "id"
    )
    for name in names:
        yield from _compare(getattr(old, name), getattr(new, name), name, "", name)


# Items of these types have an identity inside their list: matched by it,
# a changed item is reported field by field instead of removed + added.
_ITEM_KEYS: Final[dict[type, Callable[[Any], str]]] = {
    StickingPoint: lambda p: p.id,
    Source: lambda s: s.url,
    PhaseChange: lambda c: str(c.date),
    Pause: lambda p: str(p.start),
    Role: lambda r: r.title,
    Measurement: lambda m: m.metric,
}
_SINGULAR: Final = {
    "sticking_points": "sticking point",
    "sources": "source",
    "phases": "phase",
    "pauses": "pause",
    "roles": "role",
    "measurements": "measurement",
    "delegations": "delegation",
}


def _compare(old: Any, new: Any, path: str, parent: str, name: str) -> Iterator[FieldChange]:
    """Changes from ``old`` to ``new``: the value of field ``name`` (as
    people read it) inside ``parent`` ("" for the record itself)."""
    if old == new:
        return
    label = f"{parent}: {name}" if parent else name
    if isinstance(old, tuple) and isinstance(new, tuple):
        yield from _compare_lists(old, new, path, parent, name)
    elif isinstance(old, dict) and isinstance(new, dict):
        yield from _compare_maps(old, new, path, parent, name)
    elif isinstance(old, Original) and isinstance(new, Original):
        for f in fields(old):
            yield from _compare(
                getattr(old, f.name), getattr(new, f.name), f"{path}.{f.name}", label, f.name
            )
    else:
        yield FieldChange(path, label, Op.CHANGED, show(old), show(new))


def _compare_lists(
    old: tuple[Any, ...], new: tuple[Any, ...], path: str, parent: str, name: str
) -> Iterator[FieldChange]:
    label = f"{parent}: {name}" if parent else name
    key = _ITEM_KEYS.get(type((old or new)[0]))
    if key is not None and _unique(old, key) and _unique(new, key):
        old_items = {key(item): item for item in old}
        new_items = {key(item): item for item in new}
        singular = _SINGULAR.get(name, name)
        for k, item in old_items.items():
            if k not in new_items:
                yield FieldChange(path, label, Op.REMOVED, show(item), None)
        for k, item in new_items.items():
            if k not in old_items:
                yield FieldChange(path, label, Op.ADDED, None, show(item))
            elif old_items[k] != item:
                item_label = f"{parent}: {singular} {k}" if parent else f"{singular} {k}"
                for f in fields(item):
                    yield from _compare(
                        getattr(old_items[k], f.name),
                        getattr(item, f.name),
                        f"{path}[{k}].{f.name}",
                        item_label,
                        f.name,
                    )
        if list(old_items) != list(new_items) and set(old_items) == set(new_items):
            yield FieldChange(path, f"{label} order", Op.CHANGED, _keys(old, key), _keys(new, key))
        return
    removed = Counter(old) - Counter(new)
    added = Counter(new) - Counter(old)
    for item in old:
        if removed[item] > 0:
            removed[item] -= 1
            yield FieldChange(path, label, Op.REMOVED, show(item), None)
    for item in new:
        if added[item] > 0:
            added[item] -= 1
            yield FieldChange(path, label, Op.ADDED, None, show(item))
    if Counter(old) == Counter(new):  # the same items in another order
        yield FieldChange(path, f"{label} order", Op.CHANGED, show(old), show(new))


def _unique(items: tuple[Any, ...], key: Callable[[Any], str]) -> bool:
    return len({key(item) for item in items}) == len(items)


def _keys(items: tuple[Any, ...], key: Callable[[Any], str]) -> str:
    return ", ".join(key(item) for item in items)


def _compare_maps(
    old: dict[str, Any], new: dict[str, Any], path: str, parent: str, name: str
) -> Iterator[FieldChange]:
    """Delegations: a party added or removed, or its people changed."""
    label = f"{parent}: {name}" if parent else name
    singular = _SINGULAR.get(name, name)
    for k, value in old.items():
        if k not in new:
            yield FieldChange(path, label, Op.REMOVED, f"{k}: {show(value)}", None)
    for k, value in new.items():
        if k not in old:
            yield FieldChange(path, label, Op.ADDED, None, f"{k}: {show(value)}")
        else:
            yield from _compare(old[k], value, f"{path}[{k}]", parent, f"{singular} {k}")


def show(value: Any) -> str | None:
    """A value as a reviewer reads it: dates as written, enums as their word."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str | int | FuzzyDate):  # StrEnum is a str
        return str(value)
    if isinstance(value, StickingPoint):
        return f"{value.id}: {value.title} [{value.status}]"
    if isinstance(value, Source):
        return f"{value.url} ({value.outlet})" if value.outlet else value.url
    if isinstance(value, PhaseChange):
        return f"{value.date} {value.phase}" + (f": {value.note}" if value.note else "")
    if isinstance(value, Pause):
        return f"{value.start} to {value.end}" if value.end else f"from {value.start}"
    if isinstance(value, Role):
        dates = " to ".join(str(d) for d in (value.start, value.end) if d is not None)
        return f"{value.title} ({dates})" if dates else value.title
    if isinstance(value, Measurement):
        return f"{value.metric} {value.value:g} {value.unit}"
    if isinstance(value, Original):
        return f"[{value.lang}] {value.text}"
    if isinstance(value, tuple):
        return ", ".join(show(item) or "" for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {show(v)}" for k, v in value.items())
    return str(value)


# --- what the status report says differently ------------------------------

StatusItems = dict[tuple[str, str], str]

# The order a reader expects: each track's items, then the report's sections.
_TRACK_ITEMS: Final = ("phase", "declared phase", "last round", "next round", "called off")
_REPORT_SECTIONS: Final = (
    "latest statements",
    "milestones, last 90 days",
    "upcoming",
    "latest measured values",
    "tone, last 30 days",
)


def diff_status(before: Status, after: Status) -> tuple[StatusChange, ...]:
    old, new = _status_items(before), _status_items(after)
    tracks = list(dict.fromkeys(t.track.id for t in (*after.tracks, *before.tracks)))
    sections = {name: n for n, name in enumerate((*tracks, *_REPORT_SECTIONS))}

    def order(key: tuple[str, str]) -> tuple[int, int, str]:
        section, item = key
        rank = _TRACK_ITEMS.index(item) if item in _TRACK_ITEMS else len(_TRACK_ITEMS)
        return sections.get(section, len(sections)), rank, item

    return tuple(
        StatusChange(section, item, old.get((section, item)), new.get((section, item)))
        for section, item in sorted(old.keys() | new.keys(), key=order)
        if old.get((section, item)) != new.get((section, item))
    )


def _status_items(status: Status) -> StatusItems:
    items: StatusItems = {}
    for track in status.tracks:
        items.update(_track_items(track))
    for party in status.latest_statements:
        s = party.statement
        items[("latest statements", party.party)] = f"{s.id} ({s.date})"
    for dated in status.recent_milestones:
        m = dated.milestone
        items[("milestones, last 90 days", m.id)] = f"{m.date}: {m.title}"
    for dated in status.upcoming:
        m = dated.milestone
        items[("upcoming", m.id)] = f"{m.date}: {m.title}"
    for latest in status.measurements:
        value = latest.measurement
        items[("latest measured values", value.metric)] = (
            f"{value.value:g} {value.unit} ({latest.milestone.date}, {latest.milestone.id})"
        )
    for tone in status.tone:
        if tone.recent_mean is not None:
            items[("tone, last 30 days", tone.party)] = (
                f"{tone.recent_mean:+.1f} (n={tone.recent_n})"
            )
    return items


def _track_items(track: TrackStatus) -> StatusItems:
    ident = track.track.id
    phase = str(track.phase)
    if track.current is not None:
        phase += f" ({track.current.round.id}, day {track.current.day})"
    items: StatusItems = {(ident, "phase"): phase}
    if track.declared is not None:
        items[(ident, "declared phase")] = f"{track.declared.phase} on {track.declared.date}"
    if track.last_round is not None:
        last = track.last_round
        items[(ident, "last round")] = f"{last.id} (ended {last.end or last.start})"
    if track.next_round is not None:
        items[(ident, "next round")] = f"{track.next_round.id} on {track.next_round.start}"
    if track.cancelled is not None:
        items[(ident, "called off")] = f"{track.cancelled.id} on {track.cancelled.cancelled}"
    for point in track.sticking_points:
        table = ", on the table" if point.on_table else ""
        items[(ident, f"sticking point {point.id}")] = (
            f"{point.status} since {point.since} ({point.round}{table})"
        )
    return items
