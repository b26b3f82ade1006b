"""Which records an export holds: what was known on an as-of day, and one
record per id.

"Known on D" follows the reports (query.py): a date counts once its whole
period has passed, so a "July 2021" statement is not in an export as of
10 July 2021.  Records are exported as recorded; only whole records and
dated list items (phase changes, pauses, parts) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from jcpoa_tracker.model import Dataset, Milestone, Record
from jcpoa_tracker.query import happened_by, round_status

__all__ = ["first_of_each_id", "known_on"]

R = TypeVar("R", bound=Record)


def known_on(dataset: Dataset, as_of: date) -> Dataset:
    """Actors and tracks always; statements, phase changes and documents
    dated by ``as_of``; rounds started, announced or called off by then
    (with the pauses and parts begun by then); milestones that happened or
    were announced by then."""
    return Dataset(
        actors=list(dataset.actors),
        tracks=[
            replace(track, phases=tuple(p for p in track.phases if happened_by(p.date, as_of)))
            for track in dataset.tracks
        ],
        rounds=[
            replace(
                rnd,
                pauses=tuple(p for p in rnd.pauses if happened_by(p.start, as_of)),
                parts=tuple(p for p in rnd.parts if happened_by(p.start, as_of)),
            )
            for rnd in dataset.rounds
            if round_status(rnd, as_of) is not None
        ],
        statements=[s for s in dataset.statements if happened_by(s.date, as_of)],
        milestones=[m for m in dataset.milestones if _milestone_known(m, as_of)],
        documents=[d for d in dataset.documents if happened_by(d.date, as_of)],
        files=list(dataset.files),
        config=dataset.config,
    )


def _milestone_known(milestone: Milestone, as_of: date) -> bool:
    if happened_by(milestone.date, as_of):
        return True
    return milestone.announced is not None and happened_by(milestone.announced, as_of)


def first_of_each_id(dataset: Dataset) -> tuple[Dataset, int]:
    """The dataset with only the first record of each id (in file order, as
    `validate` reports them), and how many were left out.  Only data with
    errors has duplicates; an export keyed by id cannot hold them."""
    seen: set[str] = set()

    def unique(records: Iterable[R]) -> list[R]:
        kept = []
        for record in records:
            if record.id not in seen:
                seen.add(record.id)
                kept.append(record)
        return kept

    result = Dataset(
        actors=unique(dataset.actors),
        tracks=unique(dataset.tracks),
        rounds=unique(dataset.rounds),
        statements=unique(dataset.statements),
        milestones=unique(dataset.milestones),
        documents=unique(dataset.documents),
        files=list(dataset.files),
        config=dataset.config,
    )
    return result, len(dataset) - len(result)
