"""`jcpoa-tracker add`: a new statement, round, milestone, actor or track.

Every field is an option; on a terminal, missing required fields are asked
for (with defaults and Tab completion of known ids), and without one the
command names the missing options instead of waiting on stdin.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, usage_error
from jcpoa_tracker.cli.editing import (
    DATASET_VOCABULARIES,
    AccessedOption,
    CategoryOption,
    Common,
    ConfidenceNoteOption,
    ConfidenceOption,
    DateNoteOption,
    DelegationOption,
    DryRunOption,
    FormatOption,
    IdOption,
    MeasurementOption,
    MediatorOption,
    MilestoneKindOption,
    NoteOption,
    OccasionOption,
    OutletOption,
    PartyOption,
    RoundRefOption,
    Session,
    SourceOption,
    ToneOption,
    VerifiedOption,
    closed,
    closed_option,
    complete_actor,
    complete_track,
    day_or_exit,
    opt,
    parse_or_exit,
    pinned_today,
    show_problems,
    sources,
    start,
    words_of,
    write,
)
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from jcpoa_tracker.checks import Checked
    from jcpoa_tracker.edit.emit import Value

add_app = typer.Typer(
    name="add",
    help=(
        "Add a record where the layout says it belongs, checked against the whole dataset "
        "first: nothing is written (exit 1) if it would bring an error. Required fields "
        "missing from the options are asked for on a terminal."
    ),
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(add_app, name="add")


# --- prompting -------------------------------------------------------------------


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


@contextlib.contextmanager
def _tab_completion(choices: list[str]) -> Iterator[None]:
    """Tab completes ``choices`` while a prompt waits (readline, where there is one)."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        yield
        return
    previous = readline.get_completer()

    def complete(text: str, state: int) -> str | None:
        matches = [choice for choice in choices if choice.startswith(text)]
        return matches[state] if state < len(matches) else None

    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")
    try:
        yield
    finally:
        readline.set_completer(previous)


def ask(label: str, default: str | None = None, choices: list[str] | None = None) -> str:
    """One answer; empty (when there is no default) means "skip"."""
    completion = _tab_completion(choices) if choices and sys.stdin.isatty() else None
    with completion or contextlib.nullcontext():
        answer = typer.prompt(label, default=default or "", show_default=bool(default))
    return str(answer).strip()


@dataclass(frozen=True, slots=True)
class Required:
    field: str
    option: str
    label: str
    is_date: bool = False
    choices: Callable[[Checked], list[str]] | None = None


def _ids_of(kind: str) -> Callable[[Checked], list[str]]:
    return lambda checked: sorted(r.id for r in checked.dataset.records() if r.record_kind == kind)


def _values_of(enum_name: str) -> Callable[[Checked], list[str]]:
    def words(checked: Checked) -> list[str]:
        if enum_name in DATASET_VOCABULARIES:
            section = DATASET_VOCABULARIES[enum_name]
            return [t.id for t in getattr(checked.dataset.config.vocabulary, section)]
        return words_of(enum_name, None)

    return words


REQUIRED: dict[str, tuple[Required, ...]] = {
    "statement": (
        Required("speaker", "--speaker", "Speaker (actor id)", choices=_ids_of("actor")),
        Required("date", "--date", "Date", is_date=True),
        Required("text", "--text", "Text, exactly as quoted"),
    ),
    "round": (
        Required("track", "--track", "Track (id)", choices=_ids_of("track")),
        Required("title", "--title", "Title"),
        Required("start", "--start", "First day", is_date=True),
    ),
    "milestone": (
        Required("date", "--date", "Date", is_date=True),
        Required("kind", "--kind", "Kind", choices=_values_of("MilestoneKind")),
        Required("title", "--title", "Title (one line)"),
    ),
    "actor": (
        Required("kind", "--kind", "Kind", choices=_values_of("ActorKind")),
        Required("name", "--name", "Name"),
    ),
    "track": (Required("title", "--title", "Title"),),
}


def fill_required(
    session: Session, kind: str, values: dict[str, Value], common: Common
) -> tuple[list[str], list[str]] | None:
    """Ask for missing required fields on a terminal; without one, exit 2
    naming them.  Returns the sources and outlets when anything was asked."""
    from jcpoa_tracker.fields import did_you_mean

    missing = [r for r in REQUIRED[kind] if not values.get(r.field)]
    if not missing and common.sources:
        return None
    if not _stdin_is_terminal():
        options = [r.option for r in missing] + ([] if common.sources else ["--source"])
        usage_error(
            session.env,
            f"missing {', '.join(options)}: give them as options "
            "(they are asked for only on a terminal)",
        )
    for required in missing:
        choices = required.choices(session.checked) if required.choices else None
        default = session.today.isoformat() if required.is_date else None
        while not values.get(required.field):
            answer = ask(required.label, default, choices)
            if required.is_date and answer:
                answer = _typed_day(session, answer) or ""
            elif choices and answer and answer not in choices:
                hint = did_you_mean(answer, choices) or "Tab completes the known ones"
                session.env.stderr.write(f"'{answer}' is not known; {hint}\n")
                answer = ""
            values[required.field] = answer
    urls, outlets = list(common.sources), list(common.outlets)
    if not urls:
        while not urls:
            urls = [url] if (url := ask("Source URL")) else []
        outlets = [outlet] if (outlet := ask("Outlet (empty to skip)")) else []
    return urls, outlets


def _typed_day(session: Session, text: str) -> str | None:
    from jcpoa_tracker.edit.typed import data_date

    try:
        return data_date(text, session.today)
    except ValueError as error:
        session.env.stderr.write(f"{error}\n")
        return None


def fill_statement_extras(session: Session, values: dict[str, Value]) -> None:
    """After prompting, offer the speaker's office, the round in session
    that day and topics, each with its default (empty answer: leave out)."""
    from jcpoa_tracker.edit.add import known_topics, round_on, speaker_role

    dataset = session.checked.dataset
    if "role" not in values:
        role = ask("Role (speaker's office)", speaker_role(dataset, str(values["speaker"])))
        if role:
            values["role"] = role
    if "round" not in values:
        rounds = _ids_of("round")(session.checked)
        chosen = ask("Round (id, empty for none)", round_on(dataset, str(values["date"])), rounds)
        if chosen:
            values["round"] = chosen
    if "topics" not in values:
        typed = ask("Topics (comma-separated, empty for none)", None, known_topics(dataset))
        topics = [topic.strip() for topic in typed.split(",") if topic.strip()]
        if topics:
            values["topics"] = topics


# --- the commands ----------------------------------------------------------------


def _add(ctx: typer.Context, kind: str, values: dict[str, Value], common: Common) -> None:
    """Shared by every kind: prompt, place, check, then write (or show)."""
    from jcpoa_tracker.edit.add import plan_addition
    from jcpoa_tracker.edit.splice import EditError

    session = start(ctx, common.data_dir_option, writing=not common.dry_run)
    asked = fill_required(session, kind, values, common)
    if asked and kind == "statement":
        fill_statement_extras(session, values)
    urls, outlets = asked or (common.sources, common.outlets)
    record = {
        **values,
        **common.record_fields(),
        "sources": sources(session, urls, outlets, common.accessed),
    }
    try:
        addition = plan_addition(session.chosen.path, kind, record, session.checked)
    except EditError as error:
        session.env.stderr.write(f"Error: cannot add the {kind}: {error}; nothing was written\n")
        raise typer.Exit(ExitCode.DATA_ERRORS) from None
    texts = {addition.shown: addition.after}
    if addition.errors:
        show_problems(session, addition.errors, texts)
        session.env.stderr.write(
            f"not added: the {kind} would bring {len(addition.errors)} error(s); "
            "nothing was written\n"
        )
        raise typer.Exit(ExitCode.DATA_ERRORS)
    show_problems(session, addition.warnings, texts)
    where = "new file" if addition.before is None else "appended"
    if common.dry_run:
        session.env.stdout.write(addition.snippet)
        session.env.stderr.write(
            f"would add {kind} {addition.record_id} to {addition.shown} ({where}); "
            "nothing was written\n"
        )
        return
    write(session, addition.path, addition.shown, addition.after)
    session.env.stdout.write(f"added {kind} {addition.record_id} to {addition.shown} ({where})\n")


def _common(
    source: list[str] | None,
    outlet: list[str] | None,
    accessed: str | None,
    confidence: str | None,
    confidence_note: str | None,
    note: str | None,
    dry_run: bool,
    data_dir_option: Path | None,
) -> Common:
    return Common(
        list(source or []),
        list(outlet or []),
        accessed,
        closed("--confidence", confidence, "Confidence"),
        confidence_note,
        note,
        dry_run,
        data_dir_option,
    )


@add_app.command("statement")
def add_statement(
    ctx: typer.Context,
    speaker: Annotated[
        str | None,
        opt("--speaker", "Actor id of whoever said it.", autocompletion=complete_actor),
    ] = None,
    date_text: Annotated[str | None, opt("--date", "When it was said (default: today).")] = None,
    text: Annotated[
        str | None, opt("--text", "The words exactly as the source quotes them.")
    ] = None,
    role: Annotated[str | None, opt("--role", "The speaker's office at the time.")] = None,
    original_lang: Annotated[
        str | None, opt("--original-lang", "Language of the original wording (fa, ar, ru...).")
    ] = None,
    original_text: Annotated[
        str | None, opt("--original-text", "The original-language wording.")
    ] = None,
    occasion: OccasionOption = None,
    context: Annotated[str | None, opt("--context", "Where and to whom.")] = None,
    round_id: RoundRefOption = None,
    topic: Annotated[list[str] | None, opt("--topic", "A kebab-case topic (repeatable).")] = None,
    category: CategoryOption = None,
    tone: ToneOption = None,
    verified: VerifiedOption = None,
    date_note: DateNoteOption = None,
    record_id: IdOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Add an attributed, sourced quote to statements/<yyyy>/<date>-<speaker>.yaml."""
    common = _common(
        source, outlet, accessed, confidence, confidence_note, note, dry_run, data_dir_option
    )
    today = pinned_today()
    original: dict[str, Value] = {}
    if original_lang or original_text:
        original = {"lang": original_lang or "", "text": original_text or ""}
    values: dict[str, Value | None] = {
        "id": record_id,
        "speaker": speaker,
        "date": day_or_exit("--date", date_text, today),
        "text": text,
        "role": role,
        "original": original,
        "occasion": closed("--occasion", occasion, "Occasion", ctx, data_dir_option),
        "context": context,
        "round": round_id,
        "topics": list(topic or []),
        "category": closed("--category", category, "Category", ctx, data_dir_option),
        "tone": str(tone) if tone is not None else None,
        "verified": None if verified is None else str(verified).lower(),
        "date_note": date_note,
    }
    _add(ctx, "statement", _present(values), common)


@add_app.command("round")
def add_round(
    ctx: typer.Context,
    track: Annotated[
        str | None, opt("--track", "The track's id.", autocompletion=complete_track)
    ] = None,
    title: Annotated[str | None, opt("--title", "A readable name.")] = None,
    start_text: Annotated[str | None, opt("--start", "The first (or planned) day.")] = None,
    number: Annotated[int | None, opt("--number", "Its number within the track.", min=1)] = None,
    end_text: Annotated[str | None, opt("--end", "The last day.")] = None,
    announced_text: Annotated[str | None, opt("--announced", "When it was announced.")] = None,
    cancelled_text: Annotated[str | None, opt("--cancelled", "When it was called off.")] = None,
    location: Annotated[str | None, opt("--location", "City, country.")] = None,
    venue: Annotated[str | None, opt("--venue", "Building or hotel.")] = None,
    format: FormatOption = None,
    mediator: MediatorOption = None,
    delegation: DelegationOption = None,
    pause: Annotated[
        list[str] | None, opt("--pause", "START..END of a break, or START (repeatable).")
    ] = None,
    sticking_point: Annotated[
        list[str] | None,
        opt("--sticking-point", "ID=TITLE (status open) or ID:STATUS=TITLE (repeatable)."),
    ] = None,
    outcome: Annotated[str | None, opt("--outcome", "How the round ended.")] = None,
    date_note: DateNoteOption = None,
    record_id: IdOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Add a round of talks to tracks/<track>/<round-id>.yaml."""
    from jcpoa_tracker.edit import typed

    common = _common(
        source, outlet, accessed, confidence, confidence_note, note, dry_run, data_dir_option
    )
    today = pinned_today()
    pauses: list[Value] = []
    for text in pause or ():
        first, last = parse_or_exit("--pause", partial(typed.pause, text, today))
        pauses.append({"start": first, **({"end": last} if last else {})})
    values: dict[str, Value | None] = {
        "id": record_id,
        "track": track,
        "title": title,
        "start": day_or_exit("--start", start_text, today),
        "number": str(number) if number is not None else None,
        "end": day_or_exit("--end", end_text, today),
        "announced": day_or_exit("--announced", announced_text, today),
        "cancelled": day_or_exit("--cancelled", cancelled_text, today),
        "location": location,
        "venue": venue,
        "format": closed("--format", format, "RoundFormat"),
        "mediator": mediator,
        "delegations": parse_or_exit("--delegation", partial(typed.delegations, delegation or [])),
        "pauses": pauses,
        "sticking_points": [
            parse_or_exit("--sticking-point", partial(typed.sticking_point, text))
            for text in sticking_point or ()
        ],
        "outcome": outcome,
        "date_note": date_note,
    }
    _add(ctx, "round", _present(values), common)


@add_app.command("milestone")
def add_milestone(
    ctx: typer.Context,
    date_text: Annotated[str | None, opt("--date", "When it happened, or falls due.")] = None,
    kind: MilestoneKindOption = None,
    title: Annotated[str | None, opt("--title", "One line saying what happened.")] = None,
    end_text: Annotated[str | None, opt("--end", "The last day, for an event that lasted.")] = None,
    announced_text: Annotated[str | None, opt("--announced", "When it became known.")] = None,
    party: PartyOption = None,
    location: Annotated[str | None, opt("--location", "City, country.")] = None,
    summary: Annotated[str | None, opt("--summary", "A few sentences of context.")] = None,
    measurement: MeasurementOption = None,
    date_note: DateNoteOption = None,
    record_id: IdOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Add a dated event to milestones/<yyyy>/<date>-<id>.yaml."""
    from jcpoa_tracker.edit import typed

    common = _common(
        source, outlet, accessed, confidence, confidence_note, note, dry_run, data_dir_option
    )
    today = pinned_today()
    values: dict[str, Value | None] = {
        "id": record_id,
        "date": day_or_exit("--date", date_text, today),
        "kind": closed("--kind", kind, "MilestoneKind", ctx, data_dir_option),
        "title": title,
        "end": day_or_exit("--end", end_text, today),
        "announced": day_or_exit("--announced", announced_text, today),
        "parties": list(party or []),
        "location": location,
        "summary": summary,
        "measurements": [
            parse_or_exit("--measurement", partial(typed.measurement, text))
            for text in measurement or ()
        ],
        "date_note": date_note,
    }
    _add(ctx, "milestone", _present(values), common)


@add_app.command("actor")
def add_actor(
    ctx: typer.Context,
    kind: Annotated[
        str | None, closed_option("--kind", "ActorKind", "state, bloc, organization or person.")
    ] = None,
    name: Annotated[str | None, opt("--name", "The name most sources use.")] = None,
    alias: Annotated[
        list[str] | None,
        opt("--alias", "Another name or spelling seen in sources (repeatable)."),
    ] = None,
    party: Annotated[
        str | None,
        opt("--party", "For a person: the party they speak for.", autocompletion=complete_actor),
    ] = None,
    role: Annotated[list[str] | None, opt("--role", "An office held (repeatable).")] = None,
    record_id: IdOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Add a party or a person to actors/<id>.yaml."""
    common = _common(
        source, outlet, accessed, confidence, confidence_note, note, dry_run, data_dir_option
    )
    values: dict[str, Value | None] = {
        "id": record_id,
        "kind": closed("--kind", kind, "ActorKind"),
        "name": name,
        "aliases": list(alias or []),
        "party": party,
        "roles": [{"title": title} for title in role or ()],
    }
    _add(ctx, "actor", _present(values), common)


@add_app.command("track")
def add_track(
    ctx: typer.Context,
    title: Annotated[str | None, opt("--title", "The track's name.")] = None,
    party: PartyOption = None,
    mediator: MediatorOption = None,
    record_id: IdOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Add a negotiation track to tracks/<id>/track.yaml (phases: `set track`)."""
    common = _common(
        source, outlet, accessed, confidence, confidence_note, note, dry_run, data_dir_option
    )
    values: dict[str, Value | None] = {
        "id": record_id,
        "title": title,
        "parties": list(party or []),
        "mediator": mediator,
    }
    _add(ctx, "track", _present(values), common)


def _present(values: dict[str, Value | None]) -> dict[str, Value]:
    return {key: value for key, value in values.items() if value not in (None, "", [], {})}
