"""Options shared by every command."""

from __future__ import annotations

import re
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


def data_dir(env: Environment, option: Path | None, ctx: typer.Context) -> DataDir:
    """The command's own --data-dir, else the one given before the command."""
    root = ctx.find_root().obj
    if option is None and isinstance(root, dict):
        option = root.get("data_dir")
    try:
        chosen = resolve_data_dir(option, env.environ, env.cwd)
    except DataDirError as error:
        usage_error(env, str(error))
    env.timezone = _timezone(chosen.path)
    return chosen


def _timezone(root: Path) -> str | None:
    """The data dir's time zone (dataset.yaml's ``defaults.timezone``), read
    by a pattern rather than the YAML stack, which the warm quote search
    never imports; validate checks the file itself, so a name that is not
    a time zone is ignored here."""
    from jcpoa_tracker.datadir import CONFIG_NAME, UnsafeFile, read_data

    try:  # by the data files' rules: never through a link, never a device
        text = read_data(root / CONFIG_NAME).decode("utf-8")
    except (OSError, UnsafeFile, UnicodeDecodeError):
        return None
    match = _TIMEZONE.search(text)
    if match is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = match.group(1)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


_TIMEZONE = re.compile(
    r"^defaults:\n"  # the defaults block...
    r"(?:[ \t]+.*\n|[ \t]*\n|[ \t]*#.*\n)*?"  # ...its indented lines, blank or comments...
    r"[ \t]+timezone:[ \t]*[\"']?([A-Za-z0-9_+\-/]+)[\"']?[ \t]*(?:#.*)?$",  # ...its timezone
    re.M,
)


def today_or_exit(env: Environment) -> date:
    """Today, or the day JCPOA_TRACKER_TODAY pins (exit 2 if it is not a date)."""
    try:
        return env.today()
    except ValueError:
        usage_error(env, f"{TODAY_VAR} must be a date such as 2021-06-28")


def as_of_or_exit(env: Environment, text: str | None) -> date:
    """The --as-of day (default today) by the reports' rules, or exit 2."""
    from jcpoa_tracker.when import WhenError, as_of_day

    today = today_or_exit(env)
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
