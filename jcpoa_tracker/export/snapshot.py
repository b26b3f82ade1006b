"""Which records an export holds: what was known on an as-of day, and one
record per id.

"Known on D" follows the reports (query.py): a date counts once its whole
period has passed, so a "July 2021" statement is not in an export as of
10 July 2021.  Records are exported as recorded; only whole records and
dated list items (phase changes, pauses, parts) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from jcpoa_tracker.model import Dataset, Document, Milestone, Record, Round, Statement, Track
from jcpoa_tracker.query import happened_by, round_status
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = ["first_of_each", "first_of_each_id", "known_on", "known_version"]

R = TypeVar("R", bound=Record)


def known_on(dataset: Dataset, as_of: date) -> Dataset:
    """Actors and tracks always; statements, phase changes and documents
    dated by ``as_of``; rounds started, announced or called off by then
    (with the pauses and parts begun by then); milestones that happened or
    were announced by then."""

    def known(records: Iterable[Record]) -> list[Record]:
        return [v for v in (known_version(r, as_of) for r in records) if v is not None]

    return _each_kind(dataset, known)


def _each_kind(dataset: Dataset, keep: Callable[[list[Record]], list[Record]]) -> Dataset:
    """A copy of ``dataset`` with ``keep`` applied to each kind's records,
    kinds in Dataset order."""
    kept: dict[str, Any] = {key: keep(getattr(dataset, key)) for key in RECORD_SPECS}
    return replace(dataset, **kept, files=list(dataset.files))


def known_version(record: R, as_of: date) -> R | None:
    """``record`` as known on ``as_of`` (see ``known_on``); None when it was
    not known yet."""
    if isinstance(record, Track):
        phases = tuple(p for p in record.phases if happened_by(p.date, as_of))
        return replace(record, phases=phases)
    if isinstance(record, Round):
        if round_status(record, as_of) is None:
            return None
        return replace(
            record,
            pauses=tuple(p for p in record.pauses if happened_by(p.start, as_of)),
            parts=tuple(p for p in record.parts if happened_by(p.start, as_of)),
        )
    if isinstance(record, Milestone):
        return record if _milestone_known(record, as_of) else None
    if isinstance(record, Statement | Document):
        return record if happened_by(record.date, as_of) else None
    return record


def _milestone_known(milestone: Milestone, as_of: date) -> bool:
    if happened_by(milestone.date, as_of):
        return True
    return milestone.announced is not None and happened_by(milestone.announced, as_of)


def first_of_each_id(dataset: Dataset) -> tuple[Dataset, int]:
    """The dataset with only the first record of each id (in file order, as
    `validate` reports them), and how many were left out.  Only data with
    errors has duplicates; an export keyed by id cannot hold them."""
    seen: set[str] = set()
    result = _each_kind(dataset, lambda records: first_of_each(records, seen))
    return result, len(dataset) - len(result)


def first_of_each(records: Iterable[R], seen: set[str]) -> list[R]:
    """The records whose id is not in ``seen``, the first of each id;
    their ids are added to ``seen``."""
    kept = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            kept.append(record)
    return kept
