"""What every report command shares: the data, the as-of date, the track,
and where and how the result is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Generic, TypeVar

import typer

from jcpoa_tracker.cli.common import (
    EARLIEST,
    as_of_or_exit,
    data_dir,
    today_or_exit,
    usage_error,
    within_reports,
    write_output,
)
from jcpoa_tracker.cli.complete import complete_track
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from rich.console import RenderableType

    from jcpoa_tracker.datadir import DataDir
    from jcpoa_tracker.model import Actor, Dataset, Statement
    from jcpoa_tracker.provenance import Memo
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.report.about import About
    from jcpoa_tracker.store import StoredStatements

R = TypeVar("R")

__all__ = [
    "SUFFIXES",
    "AsOfOption",
    "FormatOption",
    "OutputOption",
    "ReportFormat",
    "TrackOption",
    "WidthOption",
]


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


SUFFIXES = {  # the format a report takes from its -o file's extension
    ".md": ReportFormat.MARKDOWN,
    ".markdown": ReportFormat.MARKDOWN,
    ".json": ReportFormat.JSON,
    ".txt": ReportFormat.TEXT,
}

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Report as known on this date (default: today). "
        "E.g. 2021-06-28, '28 June 2021', 2021-06, 2021Q2.",
        show_default=False,
    ),
]
TrackOption = Annotated[
    str | None,
    typer.Option(
        "--track",
        help="Only this negotiation track (its id).",
        show_default=False,
        autocompletion=complete_track,
    ),
]
FormatOption = Annotated[
    ReportFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="text, markdown or json (default: text, or from the -o file's extension).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of stdout.",
        show_default=False,
    ),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache", help="Read every data file, ignoring and not writing the cache folder."
    ),
]
WidthOption = Annotated[
    int | None,
    typer.Option("--width", min=40, help="Terminal width for the rich view.", show_default=False),
]


@dataclass(slots=True)
class ReportContext:
    """What every report command resolves first: its data, scope, day and format."""

    env: Environment
    scope: Scope
    actors: dict[str, Actor]
    as_of: date
    format: ReportFormat
    errors: int
    about: About

    @property
    def store(self) -> StoredStatements | None:
        """The store the report reads, closed once it is built (none for a
        diff, which reads git, or for the records in memory)."""
        source = self.scope.source
        if source is None:
            return None
        from jcpoa_tracker.store import StoredStatements

        return source if isinstance(source, StoredStatements) else None


def prepare(
    ctx: typer.Context,
    data_dir_option: Path | None,
    as_of_text: str | None,
    track_id: str | None,
    fmt: ReportFormat | None,
    output: Path | None,
    no_cache: bool = False,
) -> ReportContext:
    """Resolve the options every report takes; usage errors exit 2 here."""
    from jcpoa_tracker.query import Scope

    env = Environment()
    if output is not None and fmt is None:
        fmt = SUFFIXES.get(output.suffix.lower())
        if fmt is None:
            usage_error(env, f"cannot tell the format from '{output.name}'; add --format")
    chosen = data_dir(env, data_dir_option, ctx)  # first: "today" is in its time zone
    as_of = as_of_or_exit(env, as_of_text)
    dataset, errors, full, source = _load(env, chosen.path, use_cache=not no_cache)
    track = None
    if track_id is not None:
        track = next((t for t in dataset.tracks if t.id == track_id), None)
        if track is None:
            from jcpoa_tracker.fields import did_you_mean

            known = [t.id for t in dataset.tracks]
            hint = did_you_mean(track_id, known) or "tracks: " + ", ".join(known)
            usage_error(env, f"no track '{track_id}'; {hint}")
    if errors:
        env.stderr.write(
            f"warning: the data has {errors} error(s); this report leaves out the "
            "records they affect. Run 'jcpoa-tracker validate' for details.\n"
        )
    return ReportContext(
        env=env,
        scope=Scope(dataset, track, full, source),
        actors={a.id: a for a in dataset.actors},
        as_of=as_of,
        format=fmt or ReportFormat.TEXT,
        errors=errors,
        about=describe(env, chosen, Scope(dataset, None, full, source), as_of),
    )


def describe(env: Environment, chosen: DataDir, scope: Scope, as_of: date) -> About:
    """What a report rests on: the dataset, its newest record, its last commit."""
    from jcpoa_tracker.report.about import about_data_dir, newest_record

    dataset = scope.dataset
    newest, newest_id = newest_record(scope, as_of)
    return about_data_dir(
        title=dataset.config.title,
        short_name=dataset.config.short_name,
        origin=chosen.origin,
        root=chosen.path,
        environ=env.environ,
        as_of=as_of,
        today=today_or_exit(env),
        newest=(newest, newest_id) if newest is not None and newest_id is not None else None,
        memo=_memo(scope),
    )


def _memo(scope: Scope) -> Memo | None:
    """Where git's answers are kept: the store (none with --no-cache)."""
    from jcpoa_tracker.store import StoredStatements

    source = scope.source
    if isinstance(source, StoredStatements) and source.index.location is not None:
        return source.index
    return None


def _load(
    env: Environment, root: Path, *, use_cache: bool
) -> tuple[Dataset, int, Callable[[Statement], Statement], StoredStatements | None]:
    """The checked data, its error count, the way to a shown statement's
    full record, and where statements are asked for: the persistent store
    (brought up to date file by file), or with ``--no-cache`` a store built
    from every file for this run only (SQLite's private temporary
    database, deleted on close: memory stays bounded at any size).  None
    for the last stands for the records in memory (``query.py``'s own
    answers, which the tests hold the store's to).  Reports show each
    source's tier: the store grades the statements it reads."""
    import gc

    from jcpoa_tracker.sources import dataset_tiers
    from jcpoa_tracker.store import open_store

    # A run is short and keeps the records it reads until it exits; they
    # hold no cycles.  Left to the collector, each young generation's
    # collection would look at all of them once more (at a million
    # statements, most of the collector's time in a report): they are read
    # with it held off, then left out of the collections of the rest of
    # the run.  (The CLI's choice: the library leaves a notebook's
    # collector alone.)
    collecting = gc.isenabled()
    gc.disable()
    try:
        stored = open_store(root, env.environ, persistent=use_cache)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    tiers = dataset_tiers(stored.dataset.config)
    source = stored.source if tiers is None else stored.source.graded(tiers)
    return stored.dataset, stored.errors, _as_is, source


def _as_is(statement: Statement) -> Statement:
    return statement


@dataclass(frozen=True, slots=True)
class Renderers(Generic[R]):
    """One report's four renderers, each taking the report and the actors."""

    text: Callable[[R, dict[str, Actor]], str]
    markdown: Callable[[R, dict[str, Actor]], str]
    json: Callable[[R, dict[str, Actor]], str]
    rich: Callable[[R, dict[str, Actor]], RenderableType]


def render_report(
    report: ReportContext,
    result: R,
    renderers: Renderers[R],
    output: Path | None,
    width: int | None,
) -> None:
    """Pick the renderer (rich only for a terminal, plain text when piped),
    then write the result and exit."""
    if report.format is ReportFormat.JSON:
        text = renderers.json(result, report.actors)
    elif report.format is ReportFormat.MARKDOWN:
        text = renderers.markdown(result, report.actors)
    elif output is None and report.env.stdout_is_tty:
        report.env.console(width=width).print(renderers.rich(result, report.actors))
        text = ""
    else:
        text = renderers.text(result, report.actors)
    emit(report, text, output)


def parse_window(
    report: ReportContext, since: str | None, until: str | None
) -> tuple[date | None, date | None]:
    """--since and --until as days; durations count back from the as-of date."""
    from jcpoa_tracker.when import WhenError, parse_when

    try:
        start = parse_when(since, report.as_of).start if since else None
        end = parse_when(until, report.as_of).end if until else None
    except WhenError as error:
        usage_error(report.env, str(error))
    if start is not None:
        within_reports(report.env, "--since", max(start, EARLIEST))
    if end is not None:
        within_reports(report.env, "--until", end)
    if start is not None and end is not None and start > end:
        usage_error(report.env, "--since is after --until")
    return start, end


def emit(report: ReportContext, text: str, output: Path | None) -> None:
    """Write the finished report and exit with its code (1 if the data had errors)."""
    if report.store is not None:
        report.store.close()  # the report is built: the store is no longer needed
    if output is not None:
        write_output(report.env, output, text)
    else:
        report.env.stdout.write(text)
    if report.errors:
        raise typer.Exit(ExitCode.DATA_ERRORS)
