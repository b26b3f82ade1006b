"""`jcpoa-tracker diff`: what a change to the data does, between git revisions."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, as_of_or_exit, data_dir, usage_error
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.reports import (
    SUFFIXES,
    AsOfOption,
    FormatOption,
    OutputOption,
    Renderers,
    ReportContext,
    ReportFormat,
    WidthOption,
    describe,
    render_report,
)
from jcpoa_tracker.problems import ExitCode


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)


def diff(
    ctx: typer.Context,
    rev_a: Annotated[
        str | None,
        typer.Argument(
            metavar="[REV_A]",
            help="Compare from this revision (default: where HEAD branched off the main branch).",
            show_default=False,
        ),
    ] = None,
    rev_b: Annotated[
        str | None,
        typer.Argument(
            metavar="[REV_B]",
            help="Compare to this revision (default: the working tree, new files included).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit 1 when records differ (like git diff --exit-code)."),
    ] = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Records added, removed and changed (field by field) between two git
    revisions of the data, and what that changes in the status report.

    Exit 0 (with --exit-code: 1 when records differ), 2 on a usage error
    such as an unknown revision or a data dir outside a git repository.
    """
    from jcpoa_tracker.gitdata import GitError, default_base, locate, resolve_revision
    from jcpoa_tracker.readings import ReadingError, open_sides
    from jcpoa_tracker.render import diff as render
    from jcpoa_tracker.report.diff import diff_readings

    env = Environment()
    day = as_of_or_exit(env, as_of)
    if output is not None and format is None:
        format = SUFFIXES.get(output.suffix.lower())
        if format is None:
            usage_error(env, f"cannot tell the format from '{output.name}'; add --format")
    chosen = data_dir(env, data_dir_option, ctx)
    with ExitStack() as readings:
        try:
            repo = locate(chosen.path, env.environ)
            before_rev = resolve_revision(repo, rev_a) if rev_a else default_base(repo)
            after_rev = resolve_revision(repo, rev_b) if rev_b else None
            before, after = open_sides(readings, repo, before_rev, after_rev, env.environ)
        except (GitError, ReadingError) as error:
            usage_error(env, str(error))
        result = diff_readings(before, after, day)
        for side in (result.before, result.after):
            if side.errors:
                env.stderr.write(
                    f"warning: the data at {side.label} has {side.errors} error(s); records "
                    "they affect may be missing from the diff. Run 'jcpoa-tracker validate' "
                    "there.\n"
                )
        env.stderr.write(f"{chosen.path} ({chosen.origin}): {render.summary(result)}\n")
        actors = {a.id: a for a in (*before.stored.dataset.actors, *after.stored.dataset.actors)}
        report = ReportContext(
            env=env,
            scope=after.scope(),
            actors=actors,
            as_of=day,
            format=format or ReportFormat.TEXT,
            errors=0,  # data errors are warned about above; they do not fail a diff
            about=describe(env, chosen, after.scope(), day),
        )
    renderers = Renderers(
        render.diff_text, render.diff_markdown, render.diff_json, render.diff_rich
    )
    render_report(report, result, renderers, output, width)
    if exit_code and result.has_changes:
        raise typer.Exit(ExitCode.DATA_ERRORS)
