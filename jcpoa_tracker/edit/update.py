"""``set``: change the fields that move during talks (an end date, a
sticking point's status, a pause, a phase), in place.

Each change is spliced into the record's file (see splice.py), then the
whole dataset is checked with the new text (base.py) before anything is
written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from jcpoa_tracker.datadir import display_path
from jcpoa_tracker.edit.base import Base, UnknownRecord
from jcpoa_tracker.edit.document import compose, split_bom
from jcpoa_tracker.edit.emit import Value
from jcpoa_tracker.edit.files import read_for_edit
from jcpoa_tracker.edit.layout import LIST_KEYS
from jcpoa_tracker.edit.splice import EditError, Step, append_item, descend, find_record, set_value
from jcpoa_tracker.model import Dataset, Record, Round, Track
from jcpoa_tracker.problems import Problem
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = [
    "AddItem",
    "Change",
    "SetField",
    "Update",
    "UpdateError",
    "pause_changes",
    "phase_changes",
    "plan_update",
    "source_changes",
    "sticking_point_changes",
]


class UpdateError(Exception):
    """A change that does not fit the data (unknown id, missing title...)."""


@dataclass(frozen=True, slots=True)
class SetField:
    """``field: value`` in the record, or in the mapping ``within`` leads to."""

    field: str
    value: Value
    within: tuple[Step, ...] = ()

    def describe(self) -> str:
        return _where(self.within) + self.field


@dataclass(frozen=True, slots=True)
class AddItem:
    """A new item in a list; with ``order_by``, before the first later item."""

    field: str
    value: Value
    within: tuple[Step, ...] = ()
    order_by: str | None = None

    def describe(self) -> str:
        return _where(self.within) + f"{self.field} (added)"


Change = SetField | AddItem


def _where(steps: tuple[Step, ...]) -> str:
    return "".join(
        f"{step.key}[{step.match[1]}]." if step.match else f"{step.key}." for step in steps
    )


@dataclass(frozen=True, slots=True)
class Update:
    """One record's file rewritten: its text before and after."""

    kind: str
    record_id: str
    path: Path
    shown: str
    before: str
    after: str
    changes: tuple[Change, ...]
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    @property
    def changed(self) -> bool:
        return self.after != self.before


def find_record_of(base: Base, kind: str, record_id: str) -> Record:
    """The record of ``kind`` with the id; raises UpdateError naming the
    closest ids."""
    try:
        return base.record(kind, record_id)
    except UnknownRecord as error:
        raise UpdateError(str(error)) from None


def plan_update(base: Base, kind: str, record_id: str, changes: Sequence[Change]) -> Update:
    """Apply ``changes`` to the record's file in memory and check the dataset
    with the result.  Raises UpdateError or EditError when a change cannot
    be made."""
    root = base.root
    record = find_record_of(base, kind, record_id)
    path = Path(record.path)
    before = read_for_edit(root, path)
    if before is None:
        raise EditError(f"'{display_path(path)}' no longer exists; run the command again")
    bom, text = split_bom(before)
    for change in changes:
        text = _apply(text, LIST_KEYS[kind], record_id, change)
    text = bom + text
    errors, warnings = base.introduced({path: text})
    return Update(
        kind,
        record_id,
        path,
        display_path(path),
        before,
        text,
        tuple(changes),
        errors,
        warnings,
    )


def _apply(text: str, list_key: str, record_id: str, change: Change) -> str:
    try:
        root = compose(text)
    except yaml.YAMLError:
        raise EditError("the file is not valid YAML; run 'jcpoa-tracker validate' on it") from None
    record = find_record(root, list_key, record_id)
    if record is None:
        raise EditError(f"'{record_id}' is not a record of this file's '{list_key}' list")
    spec = RECORD_SPECS[list_key]
    target = descend(record, spec, change.within)
    if target is None:
        # Only a missing mapping (delegations) can be made on the way.
        if len(change.within) != 1 or change.within[0].match is not None:
            raise EditError(f"cannot find {_where(change.within).rstrip('.')}")
        inner: Value = change.value if isinstance(change, SetField) else [change.value]
        return set_value(text, record, spec, change.within[0].key, {change.field: inner})
    mapping, shape = target
    if isinstance(change, SetField):
        return set_value(text, mapping, shape, change.field, change.value)
    return append_item(text, mapping, shape, change.field, change.value, change.order_by)


def source_changes(
    record: Record, urls: Sequence[str], outlets: Sequence[str], accessed: str | None
) -> tuple[list[Change], list[str]]:
    """New sources (the i-th outlet goes with the i-th URL), and the URLs
    skipped because the record already cites them."""
    if len(outlets) > len(urls):
        raise UpdateError("more --outlet than --source options: each outlet names one source")
    known = {source.url for source in record.sources}
    changes: list[Change] = []
    skipped = []
    for index, url in enumerate(urls):
        if url in known:
            skipped.append(url)
            continue
        known.add(url)
        changes.append(AddItem("sources", new_source(url, outlets, index, accessed)))
    return changes, skipped


def new_source(
    url: str, outlets: Sequence[str], index: int, accessed: str | None
) -> dict[str, Value]:
    source: dict[str, Value] = {"url": url}
    if index < len(outlets):
        source["outlet"] = outlets[index]
    if accessed:
        source["accessed"] = accessed
    return source


def sticking_point_changes(
    dataset: Dataset,
    rnd: Round,
    point_id: str,
    *,
    status: str | None,
    title: str | None,
    note: str | None,
    raised_by: Sequence[str],
) -> list[Change]:
    """Update the round's sticking point, or add it: its title defaults to
    the one the same id has in an earlier round of the track."""
    existing = next((p for p in rnd.sticking_points if p.id == point_id), None)
    if existing is not None:
        within = (Step("sticking_points", ("id", point_id)),)
        changes: list[Change] = [
            SetField(name, value, within)
            for name, value in (("status", status), ("title", title), ("note", note))
            if value is not None
        ]
        changes += [
            AddItem("raised_by", party, within)
            for party in dict.fromkeys(raised_by)
            if party not in existing.raised_by
        ]
        return changes
    title = title or _earlier_title(dataset, rnd, point_id)
    if title is None:
        raise UpdateError(
            f"'{point_id}' is a new sticking point for track '{rnd.track}': give its --title"
        )
    if status is None:
        raise UpdateError(f"'{point_id}' is new to '{rnd.id}': give its --status")
    point: dict[str, Value] = {"id": point_id, "title": title, "status": status}
    if note is not None:
        point["note"] = note
    if raised_by:
        point["raised_by"] = list(dict.fromkeys(raised_by))
    return [AddItem("sticking_points", point)]


def _earlier_title(dataset: Dataset, rnd: Round, point_id: str) -> str | None:
    earlier = sorted(
        (r for r in dataset.rounds if r.track == rnd.track and r.start <= rnd.start),
        key=lambda r: r.start.sort_key,
    )
    titles = [p.title for r in earlier for p in r.sticking_points if p.id == point_id]
    return titles[-1] if titles else None


def phase_changes(track: Track, change: dict[str, Value]) -> list[Change]:
    """A declared phase change, in date order; nothing if the track already
    declares that phase on that date."""
    if any(
        (p.date.isoformat(), p.phase.value) == (change["date"], change["phase"])
        for p in track.phases
    ):
        return []
    return [AddItem("phases", change, order_by="date")]


def pause_changes(rnd: Round, start: str, end: str | None, note: str | None) -> list[Change]:
    """End (or annotate) the pause that started on ``start``, or add it."""
    if any(pause.start.isoformat() == start for pause in rnd.pauses):
        within = (Step("pauses", ("start", start)),)
        return [
            SetField(name, value, within)
            for name, value in (("end", end), ("note", note))
            if value is not None
        ]
    pause: dict[str, Value] = {"start": start}
    if end is not None:
        pause["end"] = end
    if note is not None:
        pause["note"] = note
    return [AddItem("pauses", pause, order_by="start")]
