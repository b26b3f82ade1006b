"""A record's changes, as plain data: what ``report.diff`` finds between two
readings and what a briefing of a revision window shows.

Kept apart from ``report.diff`` so that a briefing, which only reads these,
does not import the comparison and the schema it needs on start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jcpoa_tracker.model import Record

__all__ = ["Change", "FieldChange", "Op", "RecordChange", "field_json"]


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class Op(StrEnum):
    """What happened to one field."""

    CHANGED = "changed"  # a value replaced, set (before None) or cleared (after None)
    ADDED = "added"  # an item added to a list
    REMOVED = "removed"  # an item removed from a list


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a record changed."""

    field: str  # for programs: "end", "sticking_points[basis-of-talks].status"
    label: str  # for people: "end", "sticking point basis-of-talks: status"
    op: Op
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A record added, changed or removed."""

    change: Change
    kind: str
    id: str
    path: str  # the file it is in now (or was in, when removed)
    record: Record  # the new record (the old one, when removed)
    fields: tuple[FieldChange, ...] = ()
    old_path: str | None = None  # the file it was in, when that changed


def field_json(change: FieldChange) -> dict[str, Any]:
    """One changed field as JSON (``diff --format json``, a briefing's context)."""
    return {
        "field": change.field,
        "label": change.label,
        "op": str(change.op),
        "before": change.before,
        "after": change.after,
    }
