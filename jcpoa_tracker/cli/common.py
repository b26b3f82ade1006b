"""Options shared by every command."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jcpoa_tracker.cli.env import TODAY_VAR, Environment
from jcpoa_tracker.datadir import DataDir, DataDirError, resolve_data_dir
from jcpoa_tracker.problems import ExitCode

__all__ = ["DataDirOption", "as_of_or_exit", "data_dir", "today_or_exit", "usage_error"]

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory. Default: $JCPOA_TRACKER_DATA, else ./rounds, else bundled data.",
        show_default=False,
    ),
]


def usage_error(env: Environment, message: str) -> NoReturn:
    env.stderr.write(f"Error: {message}\n")
    raise typer.Exit(ExitCode.USAGE)


def data_dir(env: Environment, option: Path | None, ctx: typer.Context) -> DataDir:
    """The command's own --data-dir, else the one given before the command."""
    root = ctx.find_root().obj
    if option is None and isinstance(root, dict):
        option = root.get("data_dir")
    try:
        return resolve_data_dir(option, env.environ, env.cwd)
    except DataDirError as error:
        usage_error(env, str(error))


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
    if day > today:
        env.stderr.write(
            f"warning: --as-of {day.isoformat()} is after today ({today.isoformat()}): the "
            "report is projected beyond today, and its counts of days are not facts\n"
        )
    return day
