"""A Dataset as plain rows, one table per record kind plus link tables.

Rows hold only text, numbers, booleans and None, in the column order of
``columns.TABLES`` (which also says how each row is read from a record);
records come sorted by id and list items by position, so the same data
always gives the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jcpoa_tracker.export.columns import PLANS, Row, TableSpec, Value
from jcpoa_tracker.model import Dataset, Record
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = ["Row", "Table", "Value", "build_tables"]


@dataclass(frozen=True, slots=True)
class Table:
    spec: TableSpec
    rows: tuple[Row, ...]

    @property
    def name(self) -> str:
        return self.spec.name


def build_tables(dataset: Dataset, data_root: Path | None = None) -> tuple[Table, ...]:
    """Every table, in ``TABLES`` order.  ``data_root`` makes the ``file``
    column relative to the data directory, whatever the working directory.
    Sources carry their tier when the dataset's configuration grades them."""
    from jcpoa_tracker.sources import dataset_tiers, graded_dataset

    table = dataset_tiers(dataset.config)
    if table is not None:
        dataset = graded_dataset(dataset, table)
    data_root = data_root.resolve() if data_root is not None else None  # once, not per record
    records: dict[str, list[tuple[Record, str]]] = {
        spec.name: [
            (record, _file(record, data_root))
            for record in sorted(getattr(dataset, key), key=lambda record: record.id)
        ]
        for key, spec in RECORD_SPECS.items()
    }
    tables = []
    for plan in PLANS:
        if plan.kind:
            rows = [row for record, file in records[plan.kind] for row in plan.rows(record, file)]
        else:  # the sources of every kind, as one table sorted by record id
            rows = [
                row
                for kind in records.values()
                for record, file in kind
                for row in plan.rows(record, file)
            ]
            rows.sort(key=lambda row: (str(row[0]), int(row[2] or 0)))
        width = len(plan.spec.columns)
        if any(len(row) != width for row in rows):  # a bug here, never bad data
            raise ValueError(f"{plan.spec.name}: a row does not have {width} columns")
        tables.append(Table(plan.spec, tuple(rows)))
    return tuple(tables)


def _file(record: Record, data_root: Path | None) -> str:
    path = Path(record.path)
    if data_root is not None:
        try:
            return path.resolve().relative_to(data_root).as_posix()
        except ValueError:
            pass
    return path.as_posix()
