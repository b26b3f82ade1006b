"""An export from start to finish: pick the format and the target, then
write the tables there (atomically).  The CLI calls these; so can Python."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Final

from jcpoa_tracker.export import ExportFormat
from jcpoa_tracker.export.columns import EXPORT_VERSION
from jcpoa_tracker.export.tables import Table, counting
from jcpoa_tracker.export.target import (
    GENERATOR,
    MANIFEST_NAME,
    Layout,
    Target,
    TargetError,
    WriteMode,
    folder_target,
    replace_file,
    single_file_target,
    write_folder,
)

__all__ = ["STDOUT", "choose_target", "export_info", "infer_format", "manifest", "write_export"]

STDOUT: Final = "-"
_SUFFIXES: Final = {
    ".db": ExportFormat.SQLITE,
    ".sqlite": ExportFormat.SQLITE,
    ".sqlite3": ExportFormat.SQLITE,
    ".jsonl": ExportFormat.JSONL,
}


def infer_format(output: str) -> ExportFormat:
    """The format named by the output's extension, or a TargetError saying
    what to add."""
    if output == STDOUT:
        raise TargetError("add --to jsonl to write to standard output (only JSON Lines can)")
    path = Path(output)
    found = None if path.is_dir() else _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise TargetError(
            f"cannot tell the format from '{output}'; add --to csv or --to jsonl "
            "(a folder of one file per table), or --to sqlite (one file); "
            "names ending in .db, .sqlite or .jsonl need no --to"
        )
    return found


def choose_target(fmt: ExportFormat, output: str, *, force: bool) -> Target:
    """Where the export goes and whether it may go there (TargetError if not)."""
    path = Path(output)
    if fmt is ExportFormat.SQLITE:
        if output == STDOUT:
            raise TargetError("a SQLite export cannot go to standard output; give a file name")
        from jcpoa_tracker.export.sqlite_out import is_sqlite_export

        return single_file_target(path, force=force, what="SQLite", ours=is_sqlite_export)
    if fmt is ExportFormat.JSONL:
        if output == STDOUT:
            return Target(path, Layout.STDOUT, WriteMode.CREATE)
        if path.suffix.lower() == ".jsonl" and not path.is_dir():
            return single_file_target(path, force=force, what="JSON Lines", ours=_is_jsonl_export)
        return folder_target(path, force=force, what="JSON Lines")
    if output == STDOUT:
        raise TargetError(
            "a CSV export writes one file per table into a folder; standard output takes "
            "JSON Lines (--to jsonl -o -)"
        )
    if path.suffix.lower() == ".csv" and not path.is_dir():
        raise TargetError(
            f"'{output}' looks like a file name; a CSV export writes one file per table "
            "into a folder: give a folder name such as 'export-csv'"
        )
    return folder_target(path, force=force, what="CSV")


def _is_jsonl_export(path: Path) -> bool:
    from jcpoa_tracker.export.jsonl_out import HEADER_TABLE

    try:
        with path.open(encoding="utf-8") as stream:
            first = json.loads(stream.readline(65536))
    except (OSError, ValueError):
        return False
    return (
        isinstance(first, dict)
        and first.get("table") == HEADER_TABLE
        and first.get("generator") == GENERATOR
    )


def export_info(fmt: ExportFormat, as_of: date | None) -> dict[str, str | int | None]:
    """What every export says about itself (no clock, so reruns are identical)."""
    return {
        "generator": GENERATOR,
        "export_version": EXPORT_VERSION,
        "format": str(fmt),
        "as_of": None if as_of is None else as_of.isoformat(),
    }


def manifest(
    fmt: ExportFormat, as_of: date | None, tables: Sequence[Table], counts: Mapping[str, int]
) -> str:
    """The folder layouts' description of themselves: tables, files, row
    counts (``counts``: name -> rows), keys and column types (so a CSV
    reader can restore types)."""
    document = {
        **export_info(fmt, as_of),
        "tables": [
            {
                "name": table.name,
                "file": fmt.file_of(table.name),
                "rows": counts[table.name],
                "primary_key": list(table.spec.primary_key),
                "columns": [{"name": c.name, "type": str(c.type)} for c in table.spec.columns],
            }
            for table in tables
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_export(
    tables: Sequence[Table],
    fmt: ExportFormat,
    target: Target,
    as_of: date | None,
    stdout: IO[str],
) -> dict[str, int]:
    """Write the tables, each as it is read (streamed tables are never held
    whole), and return how many rows each had; on any failure the previous
    export is left as it was and no temporary file remains."""
    info = export_info(fmt, as_of)
    counts: dict[str, int] = {}
    tables = counting(tables, counts)
    if fmt is ExportFormat.SQLITE:
        from jcpoa_tracker.export.sqlite_out import write_sqlite

        replace_file(target, lambda path: write_sqlite(tables, path, info))
    elif fmt is ExportFormat.JSONL and target.layout is not Layout.FOLDER:
        from jcpoa_tracker.export.jsonl_out import jsonl_stream

        lines = jsonl_stream(tables, info)
        if target.layout is Layout.STDOUT:
            stdout.writelines(lines)
        else:
            replace_file(target, lambda path: _write_lines(path, lines))
    else:
        write_folder(target, _folder_files(fmt, as_of, tables, counts))
    return counts


def _folder_files(
    fmt: ExportFormat, as_of: date | None, tables: Sequence[Table], counts: dict[str, int]
) -> Iterator[tuple[str, Iterable[str] | str]]:
    """Each table's file, made as it is written, then the manifest (which
    counts the rows written)."""
    if fmt is ExportFormat.CSV:
        from jcpoa_tracker.export.csv_out import csv_files as files
    else:
        from jcpoa_tracker.export.jsonl_out import jsonl_files as files
    yield from files(tables)
    yield MANIFEST_NAME, manifest(fmt, as_of, tables, counts)


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        stream.writelines(lines)
