"""`jcpoa-tracker trends`: rounds, tone and sticking points over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, usage_error
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
from jcpoa_tracker.report.trends import Period


def register(app: typer.Typer) -> None:
    app.command("trends")(trends)


def trends(
    ctx: typer.Context,
    period: Annotated[Period, typer.Option(help="week, month, quarter or year.")] = Period.MONTH,
    since: Annotated[
        str | None,
        typer.Option(help="From this date (default: 12 periods back).", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Up to this date (default: the as-of date).", show_default=False),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(help="Also write a chart to FILE.svg or FILE.png.", show_default=False),
    ] = None,
    plot_series: Annotated[
        str,
        typer.Option(
            "--plot-series",
            help="What --plot draws: tone, statements, session-days, rounds, or a "
            "measured metric such as enrichment-level.",
        ),
    ] = "tone",
    as_of: AsOfOption = None,
    track: TrackOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    data_dir_option: DataDirOption = None,
) -> None:
    """Per period: rounds and days in session, gaps between rounds, statements
    and tone per party, categories, sticking-point changes, milestones, and
    measured series, with sparklines and an optional chart image."""
    from jcpoa_tracker.render import trends as render
    from jcpoa_tracker.render.charts import PlotError, write_plot
    from jcpoa_tracker.report.trends import build_trends
    from jcpoa_tracker.when import WhenError, parse_when

    report = prepare(ctx, data_dir_option, as_of, track, format, output)
    env = report.env
    try:
        start = parse_when(since, report.as_of).start if since else None
        end = parse_when(until, report.as_of).end if until else None
    except WhenError as error:
        usage_error(env, str(error))
    if start is not None and end is not None and start > end:
        usage_error(env, "--since is after --until")
    result = build_trends(report.scope, report.as_of, period, start, end)
    if plot is not None:
        if plot_series not in render.PLOT_SERIES and plot_series not in result.metrics:
            choices = ", ".join((*render.PLOT_SERIES, *result.metrics))
            usage_error(env, f"--plot-series: '{plot_series}' is not one of {choices}")
        try:
            write_plot(plot, render.trends_plot(result, report.actors, plot_series))
        except PlotError as error:
            usage_error(env, str(error))
        except OSError as error:
            usage_error(env, f"cannot write '{plot}': {error.strerror}")
    if report.format is ReportFormat.JSON:
        text = render.trends_json(result, report.actors)
    elif report.format is ReportFormat.MARKDOWN:
        text = render.trends_markdown(result, report.actors)
    elif output is None and env.stdout_is_tty:
        env.console(width=width).print(render.trends_rich(result, report.actors))
        text = ""
    else:
        text = render.trends_text(result, report.actors)
    emit(report, text, output)
