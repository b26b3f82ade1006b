"""`jcpoa-tracker trends`: rounds, tone and sticking points over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, usage_error
from jcpoa_tracker.cli.reports import (
    AsOfOption,
    FormatOption,
    NoCacheOption,
    OutputOption,
    Renderers,
    TrackOption,
    WidthOption,
    parse_window,
    prepare,
    render_report,
)
from jcpoa_tracker.dates import Period


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
            "measured series (its id in dataset.yaml).",
        ),
    ] = "tone",
    as_of: AsOfOption = None,
    track: TrackOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Per period: rounds and days in session, gaps between rounds, statements
    and tone per party, categories, sticking-point changes, milestones, and
    measured series, with sparklines and an optional chart image."""
    from jcpoa_tracker.render import trends as render
    from jcpoa_tracker.render.charts import PlotError, write_plot
    from jcpoa_tracker.report.trends import build_trends

    report = prepare(ctx, data_dir_option, as_of, track, format, output, no_cache)
    start, end = parse_window(report, since, until)
    result = build_trends(report.scope, report.as_of, period, start, end, report.about)
    if plot is not None:
        if plot_series not in render.PLOT_SERIES and plot_series not in result.metrics:
            choices = ", ".join((*render.PLOT_SERIES, *result.metrics))
            usage_error(report.env, f"--plot-series: '{plot_series}' is not one of {choices}")
        try:
            write_plot(plot, render.trends_plot(result, report.actors, plot_series))
        except PlotError as error:
            usage_error(report.env, str(error))
    renderers = Renderers(
        render.trends_text, render.trends_markdown, render.trends_json, render.trends_rich
    )
    render_report(report, result, renderers, output, width)
