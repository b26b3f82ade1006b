"""`jcpoa-tracker status`: where the talks stand on a given day."""

from __future__ import annotations

import typer

from jcpoa_tracker.cli.common import DataDirOption
from jcpoa_tracker.cli.reports import (
    AsOfOption,
    FormatOption,
    OutputOption,
    ReportFormat,
    TrackOption,
    WidthOption,
    emit,
    prepare,
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
    data_dir_option: DataDirOption = None,
) -> None:
    """Where the talks stand: phase, last round, sticking points, latest
    statements, recent and upcoming milestones, tone."""
    from jcpoa_tracker.render import status as render
    from jcpoa_tracker.report.status import build_status

    report = prepare(ctx, data_dir_option, as_of, track, format, output)
    result = build_status(report.scope, report.as_of)
    if report.format is ReportFormat.JSON:
        text = render.status_json(result, report.actors)
    elif report.format is ReportFormat.MARKDOWN:
        text = render.status_markdown(result, report.actors)
    elif output is None and report.env.stdout_is_tty:
        report.env.console(width=width).print(render.status_rich(result, report.actors))
        text = ""
    else:
        text = render.status_text(result, report.actors)
    emit(report, text, output)
