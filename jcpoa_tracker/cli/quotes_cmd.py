"""`jcpoa-tracker quotes`, `quote ID` and `speakers`: what exactly was said,
by whom and when, with a citation ready to paste."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from typer.core import TyperCommand

from jcpoa_tracker.cli.common import (
    DataDirOption,
    as_of_or_exit,
    data_dir,
    today_or_exit,
    usage_error,
    within_reports,
    write_output,
)
from jcpoa_tracker.cli.complete import (
    complete_actor,
    complete_round,
    complete_statement,
    complete_track,
)
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.reports import AsOfOption, NoCacheOption, OutputOption, WidthOption
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from rich.console import RenderableType

    from jcpoa_tracker.report.about import About
    from jcpoa_tracker.search.index import Index
    from jcpoa_tracker.search.quotes import Filters, Vocabulary


class QuoteFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"


_SUFFIXES = {
    ".md": QuoteFormat.MARKDOWN,
    ".markdown": QuoteFormat.MARKDOWN,
    ".json": QuoteFormat.JSON,
    ".csv": QuoteFormat.CSV,
    ".txt": QuoteFormat.TEXT,
}

QuoteFormatOption = Annotated[
    QuoteFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="text, markdown, json or csv (default: text, or from the -o file's extension).",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(help="Said on or after this date (e.g. 2021-06, 90d).", show_default=False),
]
UntilOption = Annotated[
    str | None, typer.Option(help="Said on or before this date.", show_default=False)
]
PartyOption = Annotated[
    str | None,
    typer.Option(
        help="Only people speaking for this party (id or name).",
        show_default=False,
        autocompletion=complete_actor,
    ),
]


class QueryCommand(TyperCommand):
    """`quotes`: a word that starts with one '-' is an exclusion in the
    query, not an option, unless it is exactly one of the short options."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        return super().parse_args(ctx, query_words_last(self.get_params(ctx), args))


def query_words_last(params: Iterable[object], args: list[str]) -> list[str]:
    """``args`` with the options first, then ``--`` and the query's words.

    The rule, for any order of words and options: ``--long`` options are
    options (with their value, if they take one); ``-o``, ``-f`` and ``-h``
    written alone are options; every other word that starts with a single
    '-' (``-oil``, ``-fail``, ``-"snap back"``) is a query word, as is every
    word after ``--``."""
    takes_value: dict[str, bool] = {}
    for param in params:
        if getattr(param, "param_type_name", None) == "option":
            flag = bool(getattr(param, "is_flag", False) or getattr(param, "count", False))
            for name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
                takes_value[name] = not flag
    options: list[str] = []
    query: list[str] = []
    at = 0
    while at < len(args):
        arg = args[at]
        at += 1
        if arg == "--":
            query.extend(args[at:])
            break
        option = arg.startswith("--") or (arg in takes_value and arg.startswith("-"))
        if not option:
            query.append(arg)
            continue
        options.append(arg)
        if "=" not in arg and takes_value.get(arg) and at < len(args):
            options.append(args[at])
            at += 1
    return [*options, "--", *query] if query else options


def register(app: typer.Typer) -> None:
    app.command("quotes", cls=QueryCommand)(quotes)
    app.command("quote")(quote)
    app.command("speakers")(speakers)


def quotes(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help='Words (all must match, by their stem), "exact phrases", AND, OR, NOT or '
            "-excluded, prefix*, (groups). Case, accents and Persian/Arabic letter variants "
            "are ignored. Options can come anywhere, but a word starting with one '-' is an "
            "exclusion unless it is exactly -o, -f or -h.",
            show_default=False,
        ),
    ] = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(
            help="Said by this person: id, name, surname or any known spelling. Repeatable.",
            show_default=False,
            autocompletion=complete_actor,
        ),
    ] = None,
    party: PartyOption = None,
    round_id: Annotated[
        str | None,
        typer.Option(
            "--round",
            help="Only this round (its id).",
            show_default=False,
            autocompletion=complete_round,
        ),
    ] = None,
    track: Annotated[
        str | None,
        typer.Option(
            help="Only statements tied to rounds of this track.",
            show_default=False,
            autocompletion=complete_track,
        ),
    ] = None,
    topic: Annotated[
        list[str] | None,
        typer.Option(help="Only statements coded with this topic. Repeatable: all must apply."),
    ] = None,
    category: Annotated[
        list[str] | None,
        typer.Option(
            help="Only this category ('jcpoa-tracker docs codebook'), e.g. warn, demand. "
            "Repeatable: any."
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_of: AsOfOption = None,
    verified_only: Annotated[
        bool, typer.Option("--verified-only", help="Leave out quotes with unverified wording.")
    ] = False,
    sort: Annotated[
        str,
        typer.Option(help="relevance (recency breaks ties), date (oldest first) or -date."),
    ] = "relevance",
    limit: Annotated[
        int, typer.Option(min=0, max=1_000_000, help="Show at most this many (0: all).")
    ] = 20,
    context: Annotated[
        bool, typer.Option("--context", help="Show the occasion and the round of each quote.")
    ] = False,
    cite: Annotated[
        bool, typer.Option("--cite", help="Print ready-to-paste citations only.")
    ] = False,
    format: QuoteFormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Search what was said: ranked quotes with citations.

    Examples: quotes sanctions; quotes '"serious differences"';
    quotes 'ceasefire OR truce' --since 2025; quotes 'negotiat*' --limit 5;
    quotes progress --speaker NAME (any name, alias or spelling of a speaker)
    """
    from jcpoa_tracker.render import quotes as render
    from jcpoa_tracker.search.quotes import Sort, search, suggest_terms
    from jcpoa_tracker.search.syntax import QuerySyntaxError, parse_query

    env = Environment()
    text = " ".join(query or []).strip()
    fmt = _format(env, format, output)
    if cite and fmt in (QuoteFormat.JSON, QuoteFormat.CSV):
        usage_error(env, "--cite prints citations as text; JSON and CSV carry a 'citation' field")
    try:
        order = Sort(sort)
    except ValueError:
        usage_error(env, "--sort: use relevance, date or -date")
    try:
        parsed = parse_query(text) if text else None
    except QuerySyntaxError as error:
        usage_error(env, f"query: {error}")
    index, vocabulary = _open(ctx, env, data_dir_option, no_cache)
    filters = _filters(
        env,
        index,
        vocabulary,
        speakers=speaker or [],
        party=party,
        round_id=round_id,
        track=track,
        topics=topic or [],
        categories=category or [],
        since=since,
        until=until,
        as_of=as_of,
        verified_only=verified_only,
    )
    result = search(index, vocabulary, parsed, filters, sort=order, limit=limit, query_text=text)
    result = replace(result, about=_about(ctx, env, data_dir_option, index, filters.as_of))
    if result.total == 0:
        if fmt in (QuoteFormat.JSON, QuoteFormat.CSV):
            _write(env, _quote_list_renderer(fmt)(result, context=context), output)
        hints = suggest_terms(index, parsed.terms) if parsed else []
        message = f"no quote matches '{text}'" if text else "no quote matches"
        if filters.described() and parsed is not None:
            unfiltered = search(index, vocabulary, parsed, _no_filters(), limit=1).total
            if unfiltered:
                message += f" with these filters (without them: {unfiltered})"
        elif filters.described():
            message += " these filters"
        _no_match(env, message, [f"'{word}'" for word in hints])
    if cite:
        _write(env, render.iter_quotes_citations(result), output)
        return
    _show(
        env,
        fmt,
        output,
        width,
        lambda: render.iter_quotes_rich(result, context=context),
        lambda: _quote_list_renderer(fmt)(result, context=context),
    )


def quote(
    ctx: typer.Context,
    statement_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The statement's id.", autocompletion=complete_statement),
    ],
    format: QuoteFormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """One statement in full: text, original, speaker and role, occasion,
    round, coding, caveats and every source."""
    from jcpoa_tracker.render import quotes as render
    from jcpoa_tracker.search.quotes import NoMatch, find_quote

    env = Environment()
    fmt = _format(env, format, output)
    if fmt is QuoteFormat.CSV:
        usage_error(env, "quote: use text, markdown or json (csv is for lists of quotes)")
    index, vocabulary = _open(ctx, env, data_dir_option, no_cache)
    try:
        found = find_quote(index, vocabulary, statement_id)
    except NoMatch as error:
        _no_match(env, error.message, error.suggestions)
    renderers = {
        QuoteFormat.TEXT: render.quote_text,
        QuoteFormat.MARKDOWN: render.quote_markdown,
        QuoteFormat.JSON: render.quote_json,
    }
    _show(
        env, fmt, output, width, lambda: [render.quote_rich(found)], lambda: renderers[fmt](found)
    )


def speakers(
    ctx: typer.Context,
    party: PartyOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_of: AsOfOption = None,
    format: QuoteFormatOption = None,
    output: OutputOption = None,
    width: WidthOption = None,
    no_cache: NoCacheOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Who said how much, and when: statements per speaker, first and last
    dates, unverified quotes and the aliases searches match."""
    from jcpoa_tracker.render import quotes as render
    from jcpoa_tracker.search.quotes import speaker_summaries

    env = Environment()
    fmt = _format(env, format, output)
    index, vocabulary = _open(ctx, env, data_dir_option, no_cache)
    filters = _filters(env, index, vocabulary, party=party, since=since, until=until, as_of=as_of)
    summaries = speaker_summaries(index, vocabulary, filters)
    if not summaries:
        _no_match(env, "no statements in this selection", [])
    renderers = {
        QuoteFormat.TEXT: render.speakers_text,
        QuoteFormat.MARKDOWN: render.speakers_markdown,
        QuoteFormat.JSON: render.speakers_json,
        QuoteFormat.CSV: render.speakers_csv,
    }
    _show(
        env,
        fmt,
        output,
        width,
        lambda: [render.speakers_rich(summaries)],
        lambda: renderers[fmt](summaries),
    )


def _quote_list_renderer(fmt: QuoteFormat) -> Callable[..., Iterator[str]]:
    from jcpoa_tracker.render import quotes as render

    return {
        QuoteFormat.TEXT: render.iter_quotes_text,
        QuoteFormat.MARKDOWN: render.iter_quotes_markdown,
        QuoteFormat.JSON: render.iter_quotes_json,
        QuoteFormat.CSV: render.iter_quotes_csv,
    }[fmt]


def _format(env: Environment, fmt: QuoteFormat | None, output: Path | None) -> QuoteFormat:
    if fmt is None and output is not None:
        fmt = _SUFFIXES.get(output.suffix.lower())
        if fmt is None:
            usage_error(env, f"cannot tell the format from '{output.name}'; add --format")
    return fmt or QuoteFormat.TEXT


def _about(
    ctx: typer.Context, env: Environment, option: Path | None, index: Index, as_of: date | None
) -> About:
    """What a search rests on: the data dir, its newest statement, its last commit."""
    from jcpoa_tracker.report.about import about_data_dir
    from jcpoa_tracker.search.quotes import newest_statement

    chosen = data_dir(env, option, ctx)
    today = today_or_exit(env)
    day = as_of or today
    return about_data_dir(
        title="",
        short_name="",
        origin=chosen.origin,
        root=chosen.path,
        environ=env.environ,
        as_of=day,
        today=today,
        newest=newest_statement(index, day),
        memo=index if index.location is not None else None,
    )


def _open(
    ctx: typer.Context, env: Environment, option: Path | None, no_cache: bool
) -> tuple[Index, Vocabulary]:
    """The up-to-date index of the data dir (for this run only with --no-cache)."""
    from jcpoa_tracker.search.index import open_index
    from jcpoa_tracker.search.quotes import Vocabulary

    chosen = data_dir(env, option, ctx)
    index = open_index(chosen.path, env.environ, persistent=not no_cache)
    broken = index.error_files()
    if broken:
        names = ", ".join(path for path, _ in broken[:3]) + (" ..." if len(broken) > 3 else "")
        env.stderr.write(
            f"warning: {len(broken)} data file(s) have errors ({names}); quotes in them may "
            "be missing. Run 'jcpoa-tracker validate' for details.\n"
        )
    return index, Vocabulary.of(index)


def _filters(
    env: Environment,
    index: Index,
    vocabulary: Vocabulary,
    *,
    speakers: list[str] | None = None,
    party: str | None = None,
    round_id: str | None = None,
    track: str | None = None,
    topics: list[str] | None = None,
    categories: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
    verified_only: bool = False,
) -> Filters:
    """Names typed by a person, resolved to ids.  Unknown ids (round, track,
    category) are usage errors; names that match nobody are "no match"."""
    from jcpoa_tracker.search.quotes import Filters, NoMatch, known_categories, resolve_topic

    start, end, day = _window(env, since, until, as_of)
    try:
        chosen = vocabulary.chosen_speakers(speakers or [], party)
        resolved_topics = tuple(resolve_topic(index, typed) for typed in topics or [])
    except NoMatch as error:
        _no_match(env, error.message, error.suggestions)
    rounds: set[str] | None = None
    if round_id is not None:
        if round_id not in vocabulary.rounds:
            from jcpoa_tracker.fields import did_you_mean

            hint = did_you_mean(round_id, list(vocabulary.rounds)) or "see 'jcpoa-tracker timeline'"
            usage_error(env, f"--round: no round '{round_id}'; {hint}")
        rounds = {round_id}
    if track is not None:
        if track not in vocabulary.tracks:
            from jcpoa_tracker.fields import did_you_mean

            known = sorted(vocabulary.tracks)
            hint = did_you_mean(track, known) or "tracks: " + ", ".join(known)
            usage_error(env, f"--track: no track '{track}'; {hint}")
        in_track = {r for r, (t, _) in vocabulary.rounds.items() if t == track}
        rounds = in_track if rounds is None else rounds & in_track
    used = known_categories(index) if categories else []
    for name in categories or []:
        if name not in used:
            usage_error(
                env, f"--category: no statement is coded '{name}'; use one of {', '.join(used)}"
            )
    return Filters(
        speakers=None if chosen is None else tuple(sorted(chosen)),
        rounds=None if rounds is None else tuple(sorted(rounds)),
        topics=resolved_topics,
        categories=tuple(categories or ()),
        since=start,
        until=end,
        as_of=day,
        verified_only=verified_only,
    )


def _window(
    env: Environment, since: str | None, until: str | None, as_of: str | None
) -> tuple[date | None, date | None, date | None]:
    """--since, --until and --as-of as days, with the reports' date rules."""
    if since is None and until is None and as_of is None:
        within_reports(env, "--as-of", today_or_exit(env))  # as as_of_or_exit(env, None) does
        return None, None, None  # (without importing the date parser)
    from jcpoa_tracker.when import WhenError, parse_when

    day = as_of_or_exit(env, as_of)
    try:
        start = parse_when(since, day).start if since else None
        end = parse_when(until, day).end if until else None
    except WhenError as error:
        usage_error(env, str(error))
    if start is not None and end is not None and start > end:
        usage_error(env, "--since is after --until")
    return start, end, day if as_of is not None else None


def _no_filters() -> Filters:
    from jcpoa_tracker.search.quotes import Filters

    return Filters()


def _no_match(env: Environment, message: str, suggestions: list[str]) -> NoReturn:
    from jcpoa_tracker.render.escape import terminal

    # What was typed is echoed: controls and bidi overrides shown, not obeyed.
    env.stderr.write(f"{terminal(message)}.\n")
    if suggestions:
        env.stderr.write(f"Did you mean {terminal(' or '.join(suggestions))}?\n")
    raise typer.Exit(ExitCode.NOT_FOUND)


def _show(
    env: Environment,
    fmt: QuoteFormat,
    output: Path | None,
    width: int | None,
    rich: Callable[[], Iterable[RenderableType]],
    plain: Callable[[], str | Iterable[str]],
) -> None:
    """Rich on a terminal (text format, no -o), else the format's text; only
    the one chosen is built (Rich is imported only for a terminal), and
    printed a piece at a time (a search's every quote is never held whole)."""
    if fmt is QuoteFormat.TEXT and output is None and env.stdout_is_tty:
        console = env.console(width=width)
        for renderable in rich():
            # crop=False: a URL or a file:line longer than the window is left to
            # the terminal to wrap, whole and clickable, never cut by Rich
            console.print(renderable, crop=False)
    else:
        _write(env, plain(), output)


def _write(env: Environment, content: str | Iterable[str], output: Path | None) -> None:
    if output is not None:
        write_output(env, output, content)
    elif isinstance(content, str):
        env.stdout.write(content)
    else:
        for piece in content:
            env.stdout.write(piece)
