"""`jcpoa-tracker export`: the data as tables for pandas, Datasette, DuckDB
or spreadsheets (CSV, JSON Lines or SQLite)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from jcpoa_tracker.cli.common import DataDirOption, as_of_or_exit, data_dir, usage_error
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.reports import NoCacheOption
from jcpoa_tracker.export import ExportFormat
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from jcpoa_tracker.export.tables import Table
    from jcpoa_tracker.export.target import Target
    from jcpoa_tracker.problems import Problem


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    ctx: typer.Context,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="A folder (csv, jsonl), a file (sqlite; .jsonl), or - (jsonl to stdout).",
            show_default=False,
        ),
    ],
    to: Annotated[
        ExportFormat | None,
        typer.Option(
            "--to",
            help="csv, jsonl or sqlite (default: from the -o extension: .db, .sqlite, .jsonl).",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Only what was known on this date (default: every record). "
            "E.g. 2021-06-28, '28 June 2021', 2021-06.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Write even where the target is not an earlier export (see docs)."
        ),
    ] = False,
    allow_errors: Annotated[
        bool,
        typer.Option(
            "--allow-errors", help="Export the valid records even if the data has errors."
        ),
    ] = False,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Export the data as tables: one per record kind plus link tables.

    CSV and JSON Lines write a folder with one file per table; SQLite writes
    one database with full-text search on statements. An earlier export is
    replaced atomically; anything else is refused without --force. Exit 0
    when written, 1 when the data has errors (nothing written), 2 on a usage
    error. See 'jcpoa-tracker docs export'.
    """
    from jcpoa_tracker.batchcheck import check_directory
    from jcpoa_tracker.export.run import choose_target, infer_format
    from jcpoa_tracker.export.stored import stored_records
    from jcpoa_tracker.export.tables import table_streams
    from jcpoa_tracker.export.target import TargetError
    from jcpoa_tracker.store import open_store
    from jcpoa_tracker.workers import in_child

    env = Environment()
    as_of_day = _as_of(env, as_of)
    try:
        fmt = to or infer_format(str(output))
        target = choose_target(fmt, str(output), force=force)
    except TargetError as error:
        usage_error(env, f"--output: {error}")
    chosen = data_dir(env, data_dir_option, ctx)
    # Checked as validate checks, in batches; the records then come from
    # the store one statement at a time: neither holds the whole archive.
    # The check runs in a child process, so its memory is returned before
    # the store is read rather than added to it.
    problems = in_child(check_directory, chosen.path)
    errors = sum(1 for p in problems if p.severity == "error")
    if errors and not allow_errors:
        _refuse(env, problems, errors, chosen.path)
    stored = open_store(chosen.path, env.environ, persistent=not no_cache)
    if stored.errors != errors:  # a file changed between the check and the store's read
        stored.source.close()
        env.stderr.write(
            "nothing exported: the data changed while it was being checked; run the export "
            "again once the edits are saved\n"
        )
        raise typer.Exit(ExitCode.DATA_ERRORS)
    # Read, not mapped: a whole-store scan would map every page it touches
    # into this process (a gigabyte at a million statements) and gain
    # nothing over the page cache.  One read transaction: every table is
    # read from the same snapshot, whatever another run writes meanwhile.
    stored.source.db.execute("PRAGMA mmap_size = 0")
    stored.source.db.execute("BEGIN")
    try:
        records, duplicates = stored_records(stored, chosen.path, as_of_day)
        counts = _write(env, table_streams(records), fmt, target, as_of_day, output)
    finally:
        stored.source.close()
    if errors:
        left_out = f", and {duplicates} record(s) whose id was already used" if duplicates else ""
        env.stderr.write(
            f"warning: the data has {errors} error(s); the export leaves out the "
            f"records they affect{left_out}. Run 'jcpoa-tracker validate' for details.\n"
        )
    env.stderr.write(_summary(counts, fmt, output, as_of_day, chosen.path, chosen.origin))
    warnings = len(problems) - errors
    if warnings:
        env.stderr.write(
            f"note: the data has {warnings} warning(s); run 'jcpoa-tracker validate'.\n"
        )


def _as_of(env: Environment, text: str | None) -> date | None:
    return None if text is None else as_of_or_exit(env, text)


def _write(
    env: Environment,
    tables: tuple[Table, ...],
    fmt: ExportFormat,
    target: Target,
    as_of: date | None,
    output: Path,
) -> dict[str, int]:
    """Write the export and return each table's rows; a failure to write
    is the user's to fix (exit 2)."""
    import sqlite3

    from jcpoa_tracker.export.run import write_export

    try:
        return write_export(tables, fmt, target, as_of, env.stdout)
    except BrokenPipeError:
        # `export -o - | head`: the reader has all it wanted.
        from jcpoa_tracker.cli.streams import silence

        silence(env.stdout)
        raise typer.Exit(ExitCode.OK) from None
    except OSError as error:
        usage_error(env, f"cannot write '{output}': {error.strerror or error}")
    except sqlite3.Error as error:  # a full disk or a read-only folder, in SQLite's words
        usage_error(env, f"cannot write '{output}': {error}")


def _refuse(env: Environment, problems: list[Problem], errors: int, root: Path) -> NoReturn:
    """Show the problems as `validate` does, then exit 1 having written nothing."""
    from jcpoa_tracker.render import problems as render

    env.console(stderr=True).print(render.text(problems, render.ExcerptReader().line), end="")
    env.stderr.write(
        f"nothing exported: the data in {root} has {errors} error(s), shown above; "
        "fix them, or add --allow-errors to export the valid records\n"
    )
    raise typer.Exit(ExitCode.DATA_ERRORS)


def _summary(
    counts: dict[str, int],
    fmt: ExportFormat,
    output: Path,
    as_of: date | None,
    root: Path,
    origin: str,
) -> str:
    from jcpoa_tracker.export.columns import RECORD_TABLES

    kinds = {spec.name for spec in RECORD_TABLES.values()}
    records = {name: rows for name, rows in counts.items() if name in kinds}
    links = [rows for name, rows in counts.items() if name not in kinds]
    where = "standard output" if str(output) == "-" else f"'{output}'"
    known = f", as known on {as_of.isoformat()}," if as_of is not None else ""
    return (
        f"exported {sum(records.values())} records "
        f"({', '.join(f'{count} {name}' for name, count in records.items())}) and "
        f"{sum(links)} rows of {len(links)} link tables{known} "
        f"to {where} ({fmt}) from {root} ({origin})\n"
    )
