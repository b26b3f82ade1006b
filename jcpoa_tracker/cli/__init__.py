"""The command line: options in, library calls, one exit point.

Each command lives in its own module and only parses options, calls the
library and hands the result to a renderer.  ``main`` is the only place that
turns outcomes into exit codes (see problems.ExitCode).
"""

from __future__ import annotations

import sys

import typer

from jcpoa_tracker.cli import (
    add_cmd,
    briefing_cmd,
    diff_cmd,
    export_cmd,
    fmt_cmd,
    quotes_cmd,
    schema_cmd,
    set_cmd,
    status_cmd,
    timeline_cmd,
    trends_cmd,
    validate_cmd,
)
from jcpoa_tracker.cli.common import DataDirOption
from jcpoa_tracker.problems import ExitCode

__all__ = ["app", "main"]

app = typer.Typer(
    name="jcpoa-tracker",
    help=(
        "Where the Iran nuclear negotiations stand, and how they got there, from sourced YAML data."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from jcpoa_tracker import __version__

        typer.echo(f"jcpoa-tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    data_dir_option: DataDirOption = None,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Where the Iran nuclear negotiations stand, and how they got there."""
    # `jcpoa-tracker --data-dir X COMMAND` works as well as `COMMAND --data-dir X`.
    ctx.obj = {"data_dir": data_dir_option}


status_cmd.register(app)
quotes_cmd.register(app)
timeline_cmd.register(app)
trends_cmd.register(app)
briefing_cmd.register(app)
validate_cmd.register(app)
fmt_cmd.register(app)
add_cmd.register(app)
set_cmd.register(app)
diff_cmd.register(app)
schema_cmd.register(app)
export_cmd.register(app)


def main() -> None:
    """Console-script entry point: the one place that exits."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:  # a bug, not a user mistake: say so plainly
        sys.stderr.write(
            f"jcpoa-tracker: internal error: {type(error).__name__}: {error}\n"
            "This is a bug; please report it with the command you ran.\n"
        )
        sys.exit(ExitCode.INTERNAL)
