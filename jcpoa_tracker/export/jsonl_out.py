"""Tables as JSON Lines: one JSON object per row, keys in column order,
``null`` for absent values, real numbers and booleans.

Two layouts: a folder with one ``<table>.jsonl`` per table, or one stream
(a ``.jsonl`` file or standard output) whose first line describes the export
and where every row carries its table in a ``table`` key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence

from jcpoa_tracker.export import ExportFormat
from jcpoa_tracker.export.tables import Row, Table

__all__ = ["HEADER_TABLE", "jsonl_files", "jsonl_stream", "row_line", "table_lines"]

# The ``table`` value of the first line of a single-stream export.
HEADER_TABLE = "export_info"

# JSON leaves these unescaped, yet str.splitlines() and some JavaScript
# readers break lines at them; escaping keeps one row on one line for all.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _line(obj: Mapping[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def table_lines(table: Table, *, with_table_key: bool = False) -> Iterator[str]:
    names = table.spec.names
    prefix = {"table": table.name} if with_table_key else {}
    for row in table.rows:
        yield _line({**prefix, **dict(zip(names, row, strict=True))})


def row_line(names: Sequence[str], row: Row) -> str:
    """One row of a table's own file (``jsonl_files``)."""
    return _line(dict(zip(names, row, strict=True)))


def jsonl_files(tables: Iterable[Table]) -> Iterator[tuple[str, Iterator[str]]]:
    """(file name, content line by line) for each table."""
    for table in tables:
        yield ExportFormat.JSONL.file_of(table.name), table_lines(table)


def jsonl_stream(tables: Iterable[Table], info: Mapping[str, object]) -> Iterator[str]:
    """The single-stream layout: a header line, then every table's rows."""
    yield _line({"table": HEADER_TABLE, **info})
    for table in tables:
        yield from table_lines(table, with_table_key=True)
