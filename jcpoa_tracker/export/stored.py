"""An export's records read from the store, kind by kind in id order and
one statement at a time, so that an archive of any size is exported in
bounded memory.

It holds what ``build_tables`` makes of the checked data after
``first_of_each_id`` and ``known_on`` (a test compares the files byte for
byte): the first record of each id in the loader's order, kinds in
``Dataset`` order, as known on the as-of day, sources graded.  Only
statements are many; the other records are few and come whole from the
store's context.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jcpoa_tracker.export.snapshot import first_of_each, known_version
from jcpoa_tracker.export.tables import Records, file_column
from jcpoa_tracker.schema import RECORD_SPECS

if TYPE_CHECKING:
    from jcpoa_tracker.model import Record
    from jcpoa_tracker.store import Stored

__all__ = ["FirstOfEach", "first_of_each_stored", "stored_records"]

_BEFORE_STATEMENTS = ("actors", "tracks", "rounds")
_AFTER_STATEMENTS = ("milestones", "documents")


@dataclass(frozen=True, slots=True)
class FirstOfEach:
    """The first record of each id in a store, but statements: the records
    of each other kind kept (``RECORD_SPECS`` key -> records, in file
    order), the ids of the kinds read before statements (a statement with
    one is left out), and how many records of every kind are left out."""

    kept: dict[str, list[Record]]
    shadowed: frozenset[str]
    left_out: int


def first_of_each_stored(stored: Stored) -> FirstOfEach:
    """What ``first_of_each_id`` keeps of the store's records, kinds in
    ``Dataset`` order, without reading every statement: only their ids are
    counted, in SQL."""
    dataset = stored.dataset
    db = stored.source.db
    seen: set[str] = set()
    kept: dict[str, list[Record]] = {}
    left_out = 0
    for key in _BEFORE_STATEMENTS:
        kept[key] = first_of_each(getattr(dataset, key), seen)
        left_out += len(getattr(dataset, key)) - len(kept[key])
    shadowed = sorted(seen)
    later = sorted({r.id for key in _AFTER_STATEMENTS for r in getattr(dataset, key)})
    total, distinct = db.execute("SELECT count(*), count(DISTINCT id) FROM statements").fetchone()
    hidden = db.execute(
        "SELECT count(DISTINCT id) FROM statements WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(shadowed),),
    ).fetchone()[0]
    left_out += total - (distinct - hidden)
    seen.update(
        ident
        for (ident,) in db.execute(
            "SELECT DISTINCT id FROM statements WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(later),),
        )
    )
    for key in _AFTER_STATEMENTS:
        kept[key] = first_of_each(getattr(dataset, key), seen)
        left_out += len(getattr(dataset, key)) - len(kept[key])
    return FirstOfEach(kept, frozenset(shadowed), left_out)


def stored_records(stored: Stored, data_root: Path, as_of: date | None) -> tuple[Records, int]:
    """The records an export of ``stored`` holds, and how many records it
    leaves out because an earlier one has their id."""
    from jcpoa_tracker.sources import dataset_tiers, graded

    tiers = dataset_tiers(stored.dataset.config)
    file = file_column(data_root)

    def ready(records: Iterable[Record], tiered: bool) -> Iterator[tuple[Record, str]]:
        for record in records:
            known = record if as_of is None else known_version(record, as_of)
            if known is not None:
                shown = graded(known, tiers) if tiered and tiers is not None else known
                yield shown, file(shown)

    first = first_of_each_stored(stored)
    by_kind = {
        RECORD_SPECS[key].name: sorted(records, key=lambda record: record.id)
        for key, records in first.kept.items()
    }
    earlier = first.shadowed

    def statements() -> Iterator[Record]:
        previous = None
        for statement in stored.source.by_id():
            if statement.id != previous and statement.id not in earlier:
                yield statement
            previous = statement.id

    def records(kind: str, tiered: bool) -> Iterator[tuple[Record, str]]:
        return ready(statements() if kind == "statement" else by_kind[kind], tiered)

    return records, first.left_out
