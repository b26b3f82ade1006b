"""The command line: options in, library calls, one exit point.

Each command lives in its own module and only parses options, calls the
library and hands the result to a renderer.  ``main`` is the only place that
turns outcomes into exit codes (see problems.ExitCode).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from typing import Any

import typer

from jcpoa_tracker.cli.commands import COMMANDS, TYPER_SETTINGS
from jcpoa_tracker.cli.common import DataDirOption
from jcpoa_tracker.cli.help import Root
from jcpoa_tracker.cli.streams import GuardedStdout, PipeClosed, StdoutFailed
from jcpoa_tracker.problems import ExitCode

__all__ = ["COMMANDS", "app", "build_app", "main"]


def build_app(commands: Iterable[str] | None = None, title: str | None = None) -> typer.Typer:
    """The Typer app with the given commands registered (default: all of
    them; any other is built when it is looked up); the help names the
    negotiation ``title`` when it is known."""
    subject = f"{title}: where" if title else "Where"
    built = typer.Typer(
        name="jcpoa-tracker",
        help=(
            f"{subject} the negotiation stands, and how it got there, from sourced YAML "
            "data (the data directory's dataset.yaml names the negotiation)."
        ),
        no_args_is_help=True,
        add_completion=True,
        cls=Root,
        context_settings={"help_option_names": ["-h", "--help"]},
        **TYPER_SETTINGS,
    )
    built.callback()(_root)
    wanted = set(COMMANDS if commands is None else commands)
    for module in dict.fromkeys(COMMANDS[name] for name in COMMANDS if name in wanted):
        importlib.import_module(f"jcpoa_tracker.cli.{module}").register(built)
    return built


def _version(value: bool) -> None:
    if value:
        from jcpoa_tracker import __version__

        typer.echo(f"jcpoa-tracker {__version__}")
        raise typer.Exit()


def _root(
    ctx: typer.Context,
    data_dir_option: DataDirOption = None,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Where a negotiation stands, and how it got there."""
    # `jcpoa-tracker --data-dir X COMMAND` works as well as `COMMAND --data-dir X`.
    ctx.obj = {"data_dir": data_dir_option}


def __getattr__(name: str) -> Any:
    # `app`, every command registered, is built on first use (tests, Python).
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _title_for_help(argv: list[str]) -> str | None:
    """For the top-level help only: the title of the dataset the command
    would read (from its dataset.yaml), so that help run in a data
    directory names its negotiation.  Any problem just leaves it out."""
    asks_help = not argv or "--help" in argv or "-h" in argv
    if not asks_help or any(arg in COMMANDS for arg in argv):
        return None
    from pathlib import Path

    from jcpoa_tracker.cli.dataset_yaml import dataset_title
    from jcpoa_tracker.datadir import DataDirError, resolve_data_dir

    given = argv.index("--data-dir") + 1 if "--data-dir" in argv[:-1] else None
    option = Path(argv[given]) if given is not None else None
    try:
        title = dataset_title(resolve_data_dir(option, os.environ, Path.cwd()).path)
    except DataDirError:
        return None
    if title is None:
        return None
    from jcpoa_tracker.render.escape import terminal

    return terminal(title)


def main() -> None:
    """Console-script entry point: the one place that exits."""
    sys.stdout = stdout = GuardedStdout(sys.stdout)
    try:
        argv = sys.argv[1:]
        try:
            # Each command is built when the line names it (cli/commands.py).
            build_app((), _title_for_help(argv))(standalone_mode=True)
        finally:
            stdout.flush()  # what is still buffered fails here, not at exit
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except PipeClosed:
        # `jcpoa-tracker ... | head`: the reader has all it wanted.
        stdout.silence()
        sys.exit(ExitCode.OK)
    except StdoutFailed as error:  # a full disk, a closed terminal: the user's to fix
        stdout.silence()
        sys.stderr.write(f"Error: cannot write to standard output: {error}\n")
        sys.exit(ExitCode.USAGE)
    except SystemExit:
        raise
    except Exception as error:  # a bug, not a user mistake: say so plainly
        sys.stderr.write(
            f"jcpoa-tracker: internal error: {type(error).__name__}: {error}\n"
            "This is a bug; please report it with the command you ran.\n"
        )
        sys.exit(ExitCode.INTERNAL)
