"""`jcpoa-tracker status`: where the talks stand on a given day."""

from __future__ import annotations

import typer

from jcpoa_tracker.cli.common import DataDirOption
from jcpoa_tracker.cli.reports import (
    AsOfOption,
    FormatOption,
    NoCacheOption,
    OutputOption,
    Renderers,
    TrackOption,
    WidthOption,
    prepare,
    render_report,
)


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(
    ctx: typer.Context,
    as_of: AsOfOption = None,
    track: TrackOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Where the talks stand: phase, last round, sticking points, latest
    statements, recent and upcoming milestones, tone."""
    from jcpoa_tracker.render import status as render
    from jcpoa_tracker.report.status import build_status

    report = prepare(ctx, data_dir_option, as_of, track, format, output, no_cache)
    renderers = Renderers(
        render.status_text, render.status_markdown, render.status_json, render.status_rich
    )
    render_report(
        report, build_status(report.scope, report.as_of, report.about), renderers, output, width
    )
