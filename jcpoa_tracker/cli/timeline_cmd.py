"""`jcpoa-tracker timeline`: how the talks got here, in order."""

from __future__ import annotations

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


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline)


def timeline(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(help="From this date (e.g. 2021, 2021-06, 90d).", show_default=False),
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.", show_default=False)] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="Only these kinds: round, cancelled, phase, milestone, statement, or a "
            "milestone kind such as strike or agreement. Repeatable.",
            show_default=False,
        ),
    ] = None,
    party: Annotated[
        str | None,
        typer.Option(help="Only events involving this party or person.", show_default=False),
    ] = None,
    statements: Annotated[bool, typer.Option("--statements", help="Include statements.")] = False,
    as_of: AsOfOption = None,
    track: TrackOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Rounds, milestones and declared phases in date order (and statements
    with --statements): one line per event, or grouped by year on a terminal."""
    from jcpoa_tracker.render import timeline as render
    from jcpoa_tracker.report.timeline import EventKind, build_timeline

    report = prepare(ctx, data_dir_option, as_of, track, format, output, no_cache)
    start, end = parse_window(report, since, until)
    milestone_kinds = report.scope.dataset.config.vocabulary.milestone_kinds
    known_kinds = [k.value for k in EventKind] + [k.id for k in milestone_kinds]
    for name in kind or ():
        if name not in known_kinds:
            usage_error(
                report.env, f"--kind: unknown kind '{name}'; use one of {', '.join(known_kinds)}"
            )
    if party is not None and party not in report.actors:
        usage_error(report.env, f"--party: no actor '{party}'")
    result = build_timeline(
        report.scope,
        report.as_of,
        since=start,
        until=end,
        kinds=kind or (),
        party=party,
        statements=statements,
        about=report.about,
    )
    renderers = Renderers(
        render.timeline_text, render.timeline_markdown, render.timeline_json, render.timeline_rich
    )
    render_report(report, result, renderers, output, width)
