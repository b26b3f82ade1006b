"""Options shared by every command."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jcpoa_tracker.cli.env import TODAY_VAR, Environment
from jcpoa_tracker.datadir import DataDir, DataDirError, resolve_data_dir
from jcpoa_tracker.problems import ExitCode

__all__ = [
    "DataDirOption",
    "as_of_or_exit",
    "data_dir",
    "today_or_exit",
    "usage_error",
    "within_reports",
    "write_output",
    "wrote",
]

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory. Default: $JCPOA_TRACKER_DATA, else ./rounds, else bundled data.",
        show_default=False,
    ),
]


def usage_error(env: Environment, message: str) -> NoReturn:
    """``Error: message`` on stderr, exit 2.  The message often echoes what
    was typed: control characters and bidi overrides in it are shown
    (``\\x1b``, ``\\u202e``), never obeyed by the terminal."""
    from jcpoa_tracker.render.escape import terminal

    env.stderr.write(f"Error: {terminal(message)}\n")
    raise typer.Exit(ExitCode.USAGE)


def write_output(env: Environment, path: Path, content: str | bytes | Iterable[str]) -> None:
    """Write an -o file atomically (an iterable of texts piece by piece); a
    failure is the user's to fix (exit 2)."""
    from jcpoa_tracker.output import write_atomic

    try:
        write_atomic(path, content)
    except OSError as error:
        usage_error(env, f"cannot write '{path}': {error.strerror or error}")
    wrote(env, path)


def wrote(env: Environment, path: Path) -> None:
    """Say where a file went, to a person at a terminal (scripts and cron
    get nothing: they named the file themselves)."""
    if env.stderr_is_tty:
        env.stderr.write(f"wrote {path}\n")


def data_dir(env: Environment, option: Path | None, ctx: typer.Context) -> DataDir:
    """The command's own --data-dir, else the one given before the command."""
    root = ctx.find_root().obj
    if option is None and isinstance(root, dict):
        option = root.get("data_dir")
    try:
        chosen = resolve_data_dir(option, env.environ, env.cwd)
    except DataDirError as error:
        usage_error(env, str(error))
    from jcpoa_tracker.cli.dataset_yaml import dataset_timezone

    env.timezone = dataset_timezone(chosen.path)
    return chosen


def today_or_exit(env: Environment) -> date:
    """Today, or the day JCPOA_TRACKER_TODAY pins (exit 2 if it is not a date)."""
    try:
        return env.today()
    except ValueError:
        usage_error(env, f"{TODAY_VAR} must be a date such as 2021-06-28")


def as_of_or_exit(env: Environment, text: str | None) -> date:
    """The --as-of day (default today) by the reports' rules, or exit 2."""
    today = day = today_or_exit(env)
    if text is not None:  # (the parser of written dates is imported only then)
        from jcpoa_tracker.when import WhenError, as_of_day

        try:
            day = as_of_day(text, today)
        except WhenError as error:
            usage_error(env, f"--as-of: {error}")
    within_reports(env, "--as-of", day)
    if day > today:
        env.stderr.write(
            f"warning: --as-of {day.isoformat()} is after today ({today.isoformat()}): the "
            "report is projected beyond today, and its counts of days are not facts\n"
        )
    return day


# The days a report can be about: windows, periods and look-aheads around
# them stay inside Python's calendar (years 1 to 9999).
EARLIEST, LATEST = date(1000, 1, 1), date(8999, 12, 31)


def within_reports(env: Environment, option: str, day: date) -> date:
    """``day``, or exit 2 when it lies outside EARLIEST..LATEST."""
    if not EARLIEST <= day <= LATEST:
        usage_error(
            env,
            f"{option}: {day.isoformat()} is outside the years a report can cover "
            f"({EARLIEST.year} to {LATEST.year})",
        )
    return day
