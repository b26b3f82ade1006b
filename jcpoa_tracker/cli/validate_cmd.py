"""`jcpoa-tracker validate`: check data files, for people, CI and pre-commit."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, data_dir, usage_error
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.problems import ExitCode


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)


def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to check (default: the whole data dir).", show_default=False
        ),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="text, json or github (default: github under GitHub Actions, else text).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Check data files: syntax, fields, dates, references, sources.

    Prints one line per problem as path:line:column. Exit 0 when clean, 1 when
    there are errors (or warnings with --strict), 2 on a usage error.
    """
    from jcpoa_tracker.batchcheck import check_paths
    from jcpoa_tracker.checks import select
    from jcpoa_tracker.loader import HAVE_LIBYAML
    from jcpoa_tracker.render import problems as render

    env = Environment()
    chosen = data_dir(env, data_dir_option, ctx)
    for path in paths or ():
        if not path.exists():
            usage_error(env, f"'{path}' does not exist")
    started = time.perf_counter()
    # Checked in batches, its memory bounded at any size, also when given
    # paths inside the data directory (pre-commit's): the whole directory is
    # read so that their references resolve, and their problems reported.
    summary = check_paths(chosen.path, paths or [])
    problems, files, records = summary.problems, summary.files, summary.records
    elapsed = time.perf_counter() - started

    fmt = format or (Format.GITHUB if env.under_github_actions else Format.TEXT)
    if fmt is Format.JSON:
        env.stdout.write(render.json_report(problems, files, records))
    elif fmt is Format.GITHUB:
        env.stdout.write(render.github(problems))
    elif problems:
        env.console().print(render.text(problems, render.ExcerptReader().line), end="")

    roots = select(chosen.path, paths or []).roots
    # paths outside the data directory are the data themselves: name them
    where = f"{chosen.path} ({chosen.origin})"
    if chosen.path not in roots:
        where = ", ".join(str(root) for root in roots)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    parser = "" if HAVE_LIBYAML else " (pure-Python YAML: install libyaml for speed)"
    env.stderr.write(
        f"{files} files, {records} records in {where}: "
        f"{errors} {_plural(errors, 'error')}, {warnings} {_plural(warnings, 'warning')} "
        f"in {elapsed:.2f}s{parser}\n"
    )
    if errors or (strict and warnings):
        raise typer.Exit(ExitCode.DATA_ERRORS)


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
