"""Options shared by every command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.datadir import DataDir, DataDirError, resolve_data_dir
from jcpoa_tracker.problems import ExitCode

__all__ = ["DataDirOption", "data_dir", "usage_error"]

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
