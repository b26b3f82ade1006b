"""Tables as one SQLite database, for Datasette, DuckDB, pandas or sqlite3.

Real column types, primary keys, foreign keys, an index on every join
column, an ``export_info`` table, and ``statements_fts``: an FTS5 index over
the statements' words that Datasette finds by itself (it is declared with
``content="statements"``).  The file is marked with an application id, so a
later export knows it may replace it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

from jcpoa_tracker.export.columns import TableSpec
from jcpoa_tracker.export.tables import Table

if TYPE_CHECKING:
    import sqlite3

__all__ = [
    "APPLICATION_ID",
    "FTS_COLUMNS",
    "FTS_TABLE",
    "create_table_sql",
    "is_sqlite_export",
    "write_sqlite",
]

# PRAGMA application_id (bytes 68-71 of the file header): "JCPT".
APPLICATION_ID: Final = int.from_bytes(b"JCPT", "big")
FTS_TABLE: Final = "statements_fts"
FTS_COLUMNS: Final = ("text", "original_text", "occasion", "context", "topics")
_HEADER: Final = b"SQLite format 3\x00"


def is_sqlite_export(path: Path) -> bool:
    """True for a database an earlier export wrote."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    return header.startswith(_HEADER) and header[68:72] == APPLICATION_ID.to_bytes(4, "big")


def write_sqlite(tables: Iterable[Table], path: Path, info: Mapping[str, str | int | None]) -> None:
    """Build the database in ``path`` (a new, empty file)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        # The file is a temporary one that is renamed only when complete, so
        # a rollback journal would buy nothing.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        with connection:
            _info(connection, info)
            for table in tables:
                _table(connection, table)
            _fts(connection)
    finally:
        connection.close()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _names(names: Iterable[str]) -> str:
    return ", ".join(_quote(name) for name in names)


def create_table_sql(spec: TableSpec) -> str:
    lines = [
        f"  {_quote(c.name)} {c.type.sql}{' NOT NULL' if c.required else ''}" for c in spec.columns
    ]
    lines.append(f"  PRIMARY KEY ({_names(spec.primary_key)})")
    lines.extend(
        f"  FOREIGN KEY ({_names(fk.columns)}) REFERENCES {_quote(fk.table)} ({_names(fk.target)})"
        for fk in spec.foreign_keys
    )
    return f"CREATE TABLE {_quote(spec.name)} (\n" + ",\n".join(lines) + "\n)"


def _info(connection: sqlite3.Connection, info: Mapping[str, str | int | None]) -> None:
    connection.execute('CREATE TABLE "export_info" ("key" TEXT PRIMARY KEY, "value" TEXT)')
    connection.executemany('INSERT INTO "export_info" VALUES (?, ?)', info.items())


def _table(connection: sqlite3.Connection, table: Table) -> None:
    spec = table.spec
    connection.execute(create_table_sql(spec))
    marks = ", ".join("?" * len(spec.columns))
    connection.executemany(f"INSERT INTO {_quote(spec.name)} VALUES ({marks})", table.rows)
    for columns in spec.indexes:
        index = f"{spec.name}_by_{'_'.join(columns)}"
        connection.execute(
            f"CREATE INDEX {_quote(index)} ON {_quote(spec.name)} ({_names(columns)})"
        )


def _fts(connection: sqlite3.Connection) -> None:
    # External content: the index points at statements' rowids and reads the
    # words from there, so snippet() and highlight() work without a copy.
    connection.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, "
        "content=\"statements\", tokenize='unicode61 remove_diacritics 2')"
    )
    connection.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) "
        f"SELECT rowid, {', '.join(FTS_COLUMNS)} FROM statements ORDER BY rowid"
    )
