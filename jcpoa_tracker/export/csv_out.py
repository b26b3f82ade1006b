"""Tables as CSV: UTF-8, a header row, RFC 4180 quoting (the csv module).

Text cells go through ``escape.csv_cell`` so that a spreadsheet never runs a
quote that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (it gets a
leading ``'``).  Numbers are written as numbers and never prefixed, so a
tone of -1 stays -1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TextIO

from jcpoa_tracker.export import ExportFormat
from jcpoa_tracker.export.columns import Row, TableSpec, Value
from jcpoa_tracker.export.tables import Table
from jcpoa_tracker.render.escape import csv_cell

__all__ = ["cell", "csv_files", "csv_rows", "format_number", "table_csv"]


def format_number(value: float) -> str:
    """60.0 as ``60``, 3.67 as ``3.67``: the shortest text that reads back
    as the same number (huge values keep their exponent: ``1e+20``)."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def cell(value: Value) -> str:
    """One value as CSV text: empty for absent, ``true``/``false``, numbers
    as written, text neutralised for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value)
    return csv_cell(value)


_ROWS_PER_PIECE = 2000


def csv_rows(stream: TextIO, spec: TableSpec) -> Callable[[Iterable[Row]], None]:
    """Write the header of ``spec`` to ``stream`` (opened with newline=""),
    and return what writes rows after it."""
    writer = csv.writer(stream)  # RFC 4180: CRLF line ends, quotes only where needed
    writer.writerow(spec.names)

    def write(rows: Iterable[Row]) -> None:
        writer.writerows([cell(value) for value in row] for row in rows)

    return write


def table_csv(table: Table) -> Iterator[str]:
    """The table as CSV text, a few thousand rows at a time."""
    piece = io.StringIO(newline="")
    write = csv_rows(piece, table.spec)
    rows = iter(table.rows)
    while batch := list(islice(rows, _ROWS_PER_PIECE)):
        write(batch)
        yield piece.getvalue()
        piece.seek(0)
        piece.truncate()
    yield piece.getvalue()  # the header of a table without rows


def csv_files(tables: Iterable[Table]) -> Iterator[tuple[str, Iterator[str]]]:
    """(file name, content in pieces) for each table."""
    for table in tables:
        yield ExportFormat.CSV.file_of(table.name), table_csv(table)
