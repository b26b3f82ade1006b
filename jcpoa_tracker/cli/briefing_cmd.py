"""`jcpoa-tracker briefing`: a digest of a window of days (or of commits),
for cron, CI schedules and newsletters."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, data_dir, usage_error, write_output
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.reports import (
    AsOfOption,
    NoCacheOption,
    OutputOption,
    ReportContext,
    TrackOption,
    prepare,
)
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from jcpoa_tracker.briefing_state import BriefingState
    from jcpoa_tracker.model import Statement
    from jcpoa_tracker.provenance import DataOrigin
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.report.briefing import Window
    from jcpoa_tracker.report.diff import RecordChange
    from jcpoa_tracker.search.quotes import Quote


class BriefingFormat(StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    TEXT = "text"
    JSON = "json"


SUFFIXES = {
    ".md": BriefingFormat.MARKDOWN,
    ".markdown": BriefingFormat.MARKDOWN,
    ".html": BriefingFormat.HTML,
    ".htm": BriefingFormat.HTML,
    ".txt": BriefingFormat.TEXT,
    ".json": BriefingFormat.JSON,
}


def register(app: typer.Typer) -> None:
    app.command("briefing")(briefing)


def briefing(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE|DURATION",
            help="Window from this date or duration back from the as-of day "
            "(2021-12-01, 7d, 2w; default: 7d).",
            show_default=False,
        ),
    ] = None,
    since_ref: Annotated[
        str | None,
        typer.Option(
            "--since-ref",
            metavar="GIT_REV",
            help="Window: the records added or changed in the data since this git revision, "
            "whatever their dates.",
            show_default=False,
        ),
    ] = None,
    since_last: Annotated[
        bool,
        typer.Option(
            "--since-last",
            help="Window: the days since the last successful briefing (from the state file).",
        ),
    ] = False,
    state: Annotated[
        Path | None,
        typer.Option(
            "--state",
            metavar="FILE",
            help="State file for --since-last (default: one per data dir in the cache folder).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    track: TrackOption = None,
    format: Annotated[
        BriefingFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown, html, text or json (default: markdown, or from the -o extension).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            metavar="FILE",
            help="Your own Jinja2 template (markdown, html or text; "
            "see 'jcpoa-tracker docs briefing').",
            show_default=False,
        ),
    ] = None,
    quotes: Annotated[int, typer.Option("--quotes", min=0, help="Notable quotes to show.")] = 5,
    stale_days: Annotated[
        int | None,
        typer.Option(
            "--stale-days",
            min=1,
            help="Alert when the data has not moved, or talks in session have no statement, "
            "for this many days (default: the dataset's, else 14).",
            show_default=False,
        ),
    ] = None,
    deadline_days: Annotated[
        int | None,
        typer.Option(
            "--deadline-days",
            min=0,
            help="Alert for a deadline within this many days (default: the dataset's, else 14).",
            show_default=False,
        ),
    ] = None,
    show_ids: Annotated[
        bool,
        typer.Option("--show-ids", help="Show record ids beside quotes and events."),
    ] = False,
    fail_if_empty: Annotated[
        bool,
        typer.Option(
            "--fail-if-empty",
            help="Exit 4, writing nothing, when nothing happened in the window.",
        ),
    ] = False,
    timestamp: Annotated[
        bool,
        typer.Option("--timestamp", help="Add the time of the run to the footer (UTC)."),
    ] = False,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """A briefing for a window of days: where things stand, what is new,
    notable quotes, trends, upcoming dates and alerts.

    Exit 0 when written, 1 when the data has errors (the briefing is written
    and says so), 2 on a usage error, 4 with --fail-if-empty when nothing
    happened in the window (nothing is written).
    """
    from jcpoa_tracker import __version__
    from jcpoa_tracker.provenance import data_origin
    from jcpoa_tracker.render import briefing as render
    from jcpoa_tracker.render import templates
    from jcpoa_tracker.report.briefing import (
        BriefingOptions,
        build_briefing,
        window_statements,
    )

    env = Environment()
    fmt = _format(env, format, output)
    given = (("--since", since is not None), ("--since-ref", since_ref is not None))
    windows = [name for name, is_set in (*given, ("--since-last", since_last)) if is_set]
    if len(windows) > 1:
        usage_error(env, f"{' and '.join(windows)} choose different windows; give one")
    if state is not None and not since_last:
        usage_error(env, "--state is the state file of --since-last; add --since-last")
    if template is not None:
        if fmt is BriefingFormat.JSON:
            usage_error(env, "--template lays out markdown, html or text; JSON has no template")
        if not template.is_file():
            usage_error(env, f"--template: '{template}' is not a file")

    report = prepare(ctx, data_dir_option, as_of, track, None, None, no_cache)
    root = data_dir(report.env, data_dir_option, ctx).path
    index = getattr(report.scope.source, "index", None)
    known = None if index is None else index.data_hash()
    origin = data_origin(root, report.env.environ, known)
    state_path = None
    changes: list[RecordChange] = []
    before: Scope | None = None
    # a revision's data (--since-ref), open until the briefing is built
    with ExitStack() as readings:
        if since_ref is not None:
            window, changes, before = _revision_window(report, root, since_ref, readings)
        elif since_last:
            state_path = state or _default_state(root, report)
            window = _since_last_window(report, state_path, origin)
        else:
            window = _dated_window(report, since)
        defaults = report.scope.dataset.config.defaults

        statements = window_statements(report.scope, window, changes)
        result = build_briefing(
            report.scope,
            window,
            quotes=_notable_quotes(report, root, window, statements, quotes),
            statements=statements,
            origin=origin,
            errors=report.errors,
            changes=changes,
            before=before,
            options=BriefingOptions(
                stale_days=defaults.stale_days if stale_days is None else stale_days,
                deadline_days=defaults.deadline_days if deadline_days is None else deadline_days,
                quotes=quotes,
            ),
            about=report.about,
        )
    if fail_if_empty and result.is_empty and not report.errors:
        if _isatty(report.env.stderr):
            report.env.stderr.write(
                f"nothing new in the window ({render.describe_window(window)}); "
                "no briefing written\n"
            )
        raise typer.Exit(ExitCode.NOTHING_NEW)

    document = render.context(
        result,
        report.actors,
        version=__version__,
        generated_at=_now() if timestamp else None,
        show_ids=show_ids,
    )
    if fmt is BriefingFormat.JSON:
        text = render.briefing_json(document)
    else:
        try:
            text = templates.render_template(document, str(fmt), template)
        except templates.TemplateProblem as problem:
            usage_error(report.env, f"--template: {problem}")
    _write(report.env, text, output)
    if state_path is not None:
        _record(report.env, state_path, result.as_of, origin)
    if report.errors:
        raise typer.Exit(ExitCode.DATA_ERRORS)


def _format(env: Environment, fmt: BriefingFormat | None, output: Path | None) -> BriefingFormat:
    if fmt is not None:
        return fmt
    if output is None:
        return BriefingFormat.MARKDOWN
    inferred = SUFFIXES.get(output.suffix.lower())
    if inferred is None:
        known = ", ".join(SUFFIXES)
        usage_error(env, f"cannot tell the format from '{output.name}' ({known}); add --format")
    return inferred


def _dated_window(report: ReportContext, since: str | None) -> Window:
    from jcpoa_tracker.report.briefing import DEFAULT_DAYS, Window, WindowKind
    from jcpoa_tracker.when import WhenError, parse_when

    if since is None:
        days = report.scope.dataset.config.defaults.briefing_days or DEFAULT_DAYS
        return Window(WindowKind.DEFAULT, report.as_of, report.as_of - timedelta(days=days))
    try:
        start = parse_when(since, report.as_of).start
    except WhenError as error:
        usage_error(report.env, f"--since: {error}")
    if start > report.as_of:
        usage_error(
            report.env,
            f"--since: {start.isoformat()} is after the as-of day {report.as_of.isoformat()}",
        )
    return Window(WindowKind.SINCE, report.as_of, start, typed=" ".join(since.split()))


def _revision_window(
    report: ReportContext, root: Path, typed: str, readings: ExitStack
) -> tuple[Window, list[RecordChange], Scope]:
    """The window since revision ``typed``: the records changed since then
    (in the working tree, as the report read it) and the data as it was,
    open until ``readings`` closes."""
    from jcpoa_tracker.gitdata import GitError, locate, resolve_revision
    from jcpoa_tracker.readings import Reading, ReadingError, revision_reading
    from jcpoa_tracker.report.briefing import Window, WindowKind
    from jcpoa_tracker.report.diff import changed_records
    from jcpoa_tracker.store import Stored

    environ = report.env.environ
    source = report.store
    assert source is not None  # (a briefing always reads a store)
    # compared with the revision's records as written: no tiers filled in
    stored = Stored(report.scope.dataset, report.errors, source.as_written(), source.index)
    try:
        repo = locate(root, environ)
        revision = resolve_revision(repo, typed)
        before = readings.enter_context(revision_reading(repo, revision, stored))
    except (GitError, ReadingError) as error:
        usage_error(report.env, f"--since-ref: {error}")
    changes, _moves = changed_records(before, Reading("working tree", None, stored, repo.prefix))
    window = Window(WindowKind.SINCE_REF, report.as_of, typed=typed, commit=revision.commit)
    return window, list(changes), before.scope()


def _default_state(root: Path, report: ReportContext) -> Path:
    from jcpoa_tracker.briefing_state import default_state_path

    return default_state_path(root, report.env.environ)


def _since_last_window(report: ReportContext, path: Path, origin: DataOrigin) -> Window:
    from jcpoa_tracker.briefing_state import StateError, read_state
    from jcpoa_tracker.report.briefing import DEFAULT_DAYS, Window, WindowKind

    as_of = report.as_of
    try:
        previous = read_state(path)
    except StateError as error:
        report.env.stderr.write(f"warning: {error}; using the default window\n")
        previous = None
        damaged = True
    else:
        damaged = False
    if previous is None:
        what = "the state file is damaged" if damaged else "no previous briefing is recorded"
        return Window(
            WindowKind.SINCE_LAST,
            as_of,
            as_of - timedelta(days=DEFAULT_DAYS),
            note=f"{what}, so this briefing covers the default window of {DEFAULT_DAYS} days.",
        )
    notes = []
    if previous.as_of < as_of:
        start = previous.as_of + timedelta(days=1)
    else:
        start = as_of
        notes.append(
            f"The previous briefing already covered up to {_human(previous.as_of)}; "
            "this one repeats the as-of day."
        )
    if previous.data_sha256 == origin.data_sha256:
        notes.append("The data has not changed since the previous briefing.")
    return Window(
        WindowKind.SINCE_LAST,
        as_of,
        start,
        previous_as_of=previous.as_of,
        note=" ".join(notes) or None,
    )


def _human(day: date) -> str:
    from jcpoa_tracker.dates import FuzzyDate

    return FuzzyDate.from_date(day).human()


def _notable_quotes(
    report: ReportContext, root: Path, window: Window, statements: list[Statement], limit: int
) -> list[Quote]:
    """The quotes the briefing needs of the window's statements, from the
    index `quotes` searches: the store the report was read from (brought up
    to date once: a second look would stat every file again), else one for
    this run."""
    from jcpoa_tracker.report.briefing import notable_window_quotes
    from jcpoa_tracker.search.index import open_index
    from jcpoa_tracker.search.quotes import Vocabulary

    if not statements or not limit:
        return []
    if report.store is not None:
        index = report.store.index
    else:
        index = open_index(root, report.env.environ, persistent=False)
    try:
        return notable_window_quotes(
            index, Vocabulary.of(index), window, statements, limit, report.scope.dataset.config
        )
    finally:
        if report.store is None:
            index.close()


def _write(env: Environment, text: str, output: Path | None) -> None:
    """Write the briefing atomically (a crash leaves the previous file), or
    to stdout; a failure is an error (exit 2) and leaves the state alone."""
    if output is not None:
        write_output(env, output, text)
        return
    try:
        env.stdout.write(text)
        env.stdout.flush()
    except OSError as error:
        usage_error(env, f"cannot write to standard output: {error.strerror or error}")


def _record(env: Environment, path: Path, as_of: date, origin: DataOrigin) -> None:
    from jcpoa_tracker.briefing_state import BriefingState, write_state

    state: BriefingState = BriefingState(as_of, origin.data_sha256, origin.commit, origin.dirty)
    try:
        write_state(path, state)
    except OSError as error:
        # The briefing is out; the next run will cover these days again.
        env.stderr.write(
            f"warning: the briefing was written but the state file '{path}' could not be "
            f"updated ({error.strerror or error}); the next --since-last run will repeat "
            "this window\n"
        )


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
