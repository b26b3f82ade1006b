"""`jcpoa-tracker timeline`: how the talks got here, in order."""

from __future__ import annotations

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
    data_dir_option: DataDirOption = None,
) -> None:
    """Rounds, milestones and declared phases in date order (and statements
    with --statements): one line per event, or grouped by year on a terminal."""
    from jcpoa_tracker.model import MilestoneKind
    from jcpoa_tracker.render import timeline as render
    from jcpoa_tracker.report.timeline import EventKind, build_timeline
    from jcpoa_tracker.when import WhenError, parse_when

    report = prepare(ctx, data_dir_option, as_of, track, format, output)
    env = report.env
    try:
        start = parse_when(since, report.as_of).start if since else None
        end = parse_when(until, report.as_of).end if until else None
    except WhenError as error:
        usage_error(env, str(error))
    known_kinds = [k.value for k in EventKind] + [k.value for k in MilestoneKind]
    for name in kind or ():
        if name not in known_kinds:
            usage_error(env, f"--kind: unknown kind '{name}'; use one of {', '.join(known_kinds)}")
    if party is not None and party not in report.actors:
        usage_error(env, f"--party: no actor '{party}'")
    result = build_timeline(
        report.scope,
        report.as_of,
        since=start,
        until=end,
        kinds=kind or (),
        party=party,
        statements=statements,
    )
    if report.format is ReportFormat.JSON:
        text = render.timeline_json(result, report.actors)
    elif report.format is ReportFormat.MARKDOWN:
        text = render.timeline_markdown(result, report.actors)
    elif output is None and env.stdout_is_tty:
        env.console(width=width).print(render.timeline_rich(result, report.actors))
        text = ""
    else:
        text = render.timeline_text(result, report.actors)
    emit(report, text, output)
