"""Exports for other tools: the data as tables in CSV, JSON Lines or SQLite.

``columns`` declares every table, ``tables`` turns a Dataset into plain
rows, ``snapshot`` keeps what was known on an as-of day, ``csv_out``,
``jsonl_out`` and ``sqlite_out`` serialise the rows, ``target`` decides what
may be overwritten and replaces it atomically, and ``run`` ties them
together.  Nothing here prints or parses options.

This module stays light (the CLI imports it to build its ``--to`` choices);
the heavy parts (sqlite3, csv, json) are imported by the modules that use
them.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ExportFormat"]


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    SQLITE = "sqlite"

    def file_of(self, table: str) -> str:
        """The file a folder export (CSV, JSON Lines) writes ``table`` to."""
        return f"{table}.{self.value}"
