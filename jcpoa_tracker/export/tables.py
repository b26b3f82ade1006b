"""A Dataset as plain rows, one table per record kind plus link tables.

Rows hold only text, numbers, booleans and None, in the column order of
``columns.TABLES`` (which also says how each row is read from a record);
records come sorted by id and list items by position, so the same data
always gives the same rows.

Tables are made from a way to each kind's records in id order.  From a
Dataset in memory (``build_tables``) their rows are tuples; from the store
(``export/stored.py``) they are streams, made again each time they are
read and never held whole, so that an export of a million statements fits
in a few hundred megabytes.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jcpoa_tracker.export.columns import PLANS, Plan, Row, TableSpec, Value
from jcpoa_tracker.model import Dataset, Record
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = [
    "Records",
    "Row",
    "Rows",
    "Table",
    "Value",
    "build_tables",
    "counting",
    "file_column",
    "row_counts",
    "table_streams",
]

# The records of one kind (a schema name: "statement") sorted by id, each
# with its ``file`` column; the flag says whether the rows show sources'
# tiers (only then need they be graded: most tables show no source).
Records = Callable[[str, bool], Iterable[tuple[Record, str]]]


class Rows:
    """A table's rows, made afresh each time they are iterated."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], Iterator[Row]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[Row]:
        return self._make()


@dataclass(frozen=True, slots=True)
class Table:
    """An exported table's specification and its rows."""

    spec: TableSpec
    rows: Iterable[Row]  # a tuple, or Rows streamed from the store

    @property
    def name(self) -> str:
        return self.spec.name


def table_streams(records: Records) -> tuple[Table, ...]:
    """Every table, in ``TABLES`` order, its rows read from ``records``
    only when iterated."""
    return tuple(Table(plan.spec, Rows(partial(_plan_rows, plan, records))) for plan in PLANS)


def build_tables(dataset: Dataset, data_root: Path | None = None) -> tuple[Table, ...]:
    """Every table, in ``TABLES`` order, rows held in memory.  ``data_root``
    makes the ``file`` column relative to the data directory, whatever the
    working directory.  Sources carry their tier when the dataset's
    configuration grades them."""
    from jcpoa_tracker.sources import dataset_tiers, graded_dataset

    table = dataset_tiers(dataset.config)
    if table is not None:
        dataset = graded_dataset(dataset, table)
    file = file_column(data_root)
    records: dict[str, list[tuple[Record, str]]] = {
        spec.name: [
            (record, file(record))
            for record in sorted(getattr(dataset, key), key=lambda record: record.id)
        ]
        for key, spec in RECORD_SPECS.items()
    }
    return tuple(Table(t.spec, tuple(t.rows)) for t in table_streams(lambda kind, _: records[kind]))


def _plan_rows(plan: Plan, records: Records) -> Iterator[Row]:
    if plan.kind:
        rows: Iterator[Row] = _rows_of(plan, records, plan.kind)
    else:
        # the sources of every kind as one table sorted by record id and
        # position: each kind's rows are in that order already, and merge,
        # like a stable sort, keeps ties in kind order
        rows = heapq.merge(
            *(_rows_of(plan, records, spec.name) for spec in RECORD_SPECS.values()),
            key=_source_order,
        )
    width = len(plan.spec.columns)
    for row in rows:
        if len(row) != width:  # a bug here, never bad data
            raise ValueError(f"{plan.spec.name}: a row does not have {width} columns")
        yield row


def _rows_of(plan: Plan, records: Records, kind: str) -> Iterator[Row]:
    for record, file in records(kind, "tier" in plan.spec.names):
        yield from plan.rows(record, file)


def _source_order(row: Row) -> tuple[str, int]:
    return str(row[0]), int(row[2] or 0)


def counting(tables: Iterable[Table], counts: dict[str, int]) -> tuple[Table, ...]:
    """The tables, their rows counted into ``counts`` (name -> rows) as
    they are read: a stream's length is known once it is written."""

    def counted(table: Table) -> Iterator[Row]:
        counts[table.name] = 0
        for row in table.rows:
            counts[table.name] += 1
            yield row

    return tuple(Table(table.spec, Rows(partial(counted, table))) for table in tables)


def row_counts(tables: Iterable[Table]) -> dict[str, int]:
    """How many rows each table has (reading every stream once)."""
    return {table.name: sum(1 for _ in table.rows) for table in tables}


def file_column(data_root: Path | None) -> Callable[[Record], str]:
    """A record's ``file`` column: its path inside ``data_root`` when it is
    there, else as recorded (worked out once per file, not per record)."""
    root = data_root.resolve() if data_root is not None else None
    known: dict[str, str] = {}

    def file(record: Record) -> str:
        found = known.get(record.path)
        if found is None:
            found = known[record.path] = _relative(Path(record.path), root)
        return found

    return file


def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()
