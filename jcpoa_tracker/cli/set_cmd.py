"""`jcpoa-tracker set`: change the fields that move during talks, in place.

`set round ROUND --end 2021-12-17`, `set round R --sticking-point ID
--status narrowed`, `set track T --phase suspended`... Each change is
spliced into the record's file (comments and layout kept), the whole dataset
is checked with it, and only then is the file replaced, atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, usage_error
from jcpoa_tracker.cli.editing import (
    AccessedOption,
    CategoryOption,
    ConfidenceNoteOption,
    ConfidenceOption,
    DateNoteOption,
    DelegationOption,
    DryRunOption,
    FormatOption,
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
    complete_round,
    complete_track,
    day_or_exit,
    opt,
    parse_or_exit,
    pinned_today,
    show_problems,
    start,
    write,
)
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.problems import ExitCode

if TYPE_CHECKING:
    from pathlib import Path

    from jcpoa_tracker.edit.emit import Value
    from jcpoa_tracker.edit.update import Change
    from jcpoa_tracker.model import Record

set_app = typer.Typer(
    name="set",
    help="Change fields of a record in place (end dates, statuses, pauses, phases, sources).",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(set_app, name="set")


Build = Callable[[Session, "Record"], list["Change"]]


def _set(
    ctx: typer.Context,
    kind: str,
    record_id: str,
    build: Build,
    dry_run: bool,
    data_dir_option: Path | None,
) -> None:
    """Shared by every kind: find the record, make the changes in memory,
    check the dataset with them, then write (or show the diff)."""
    from jcpoa_tracker.edit.files import unified_diff
    from jcpoa_tracker.edit.splice import EditError
    from jcpoa_tracker.edit.update import UpdateError, find_record_of, plan_update

    session = start(ctx, data_dir_option, writing=not dry_run)
    env = session.env
    try:
        record = find_record_of(session.checked.dataset, kind, record_id)
        changes = build(session, record)
        if not changes:
            env.stderr.write(f"nothing to change in {kind} {record_id}\n")
            return
        update = plan_update(session.chosen.path, kind, record_id, changes, session.checked)
    except UpdateError as error:
        usage_error(env, str(error))
    except EditError as error:
        env.stderr.write(f"Error: cannot change {kind} {record_id}: {error}; nothing was written\n")
        raise typer.Exit(ExitCode.DATA_ERRORS) from None
    texts = {update.shown: update.after}
    if update.errors:
        show_problems(session, update.errors, texts)
        env.stderr.write(
            f"not changed: this would bring {len(update.errors)} error(s); nothing was written\n"
        )
        raise typer.Exit(ExitCode.DATA_ERRORS)
    show_problems(session, update.warnings, texts)
    if not update.changed:
        env.stderr.write(f"{kind} {record_id} already says so; nothing to change\n")
        return
    if dry_run:
        env.stdout.write(unified_diff(update.before, update.after, update.shown))
        env.stderr.write(f"would change {kind} {record_id}; nothing was written\n")
        return
    write(session, update.path, update.shown, update.after)
    done = ", ".join(change.describe() for change in changes)
    env.stdout.write(f"updated {kind} {record_id} in {update.shown}: {done}\n")


def _fields(pairs: Iterable[tuple[str, Value | None]]) -> list[Change]:
    from jcpoa_tracker.edit.update import SetField

    return [SetField(name, value) for name, value in pairs if value is not None]


def _added(field: str, wanted: Sequence[str] | None, present: Sequence[str]) -> list[Change]:
    """One new item per value not already in the list."""
    from jcpoa_tracker.edit.update import AddItem

    return [AddItem(field, value) for value in dict.fromkeys(wanted or ()) if value not in present]


def _provenance(
    session: Session,
    record: Record,
    sources: list[str] | None,
    outlets: list[str] | None,
    accessed: str | None,
    confidence: str | None,
    confidence_note: str | None,
) -> list[Change]:
    """New sources (already cited ones are skipped, and said so), confidence."""
    from jcpoa_tracker.edit.update import UpdateError, source_changes

    read_on = day_or_exit("--accessed", accessed, session.today) or session.today.isoformat()
    try:
        changes, skipped = source_changes(record, sources or [], outlets or [], read_on)
    except UpdateError as error:
        usage_error(session.env, str(error))
    for url in skipped:
        session.env.stderr.write(f"already a source of {record.id}: {url}\n")
    return (
        _fields(
            [
                ("confidence", closed("--confidence", confidence, "Confidence")),
                ("confidence_note", confidence_note),
            ]
        )
        + changes
    )


@set_app.command("round")
def set_round(
    ctx: typer.Context,
    round_id: Annotated[
        str, typer.Argument(metavar="ROUND", help="The round's id.", autocompletion=complete_round)
    ],
    title: Annotated[
        str | None, opt("--title", "The round's title; with --sticking-point, the point's.")
    ] = None,
    number: Annotated[int | None, opt("--number", "Its number within the track.", min=1)] = None,
    start_text: Annotated[str | None, opt("--start", "The first day.")] = None,
    end_text: Annotated[str | None, opt("--end", "The last day.")] = None,
    announced_text: Annotated[str | None, opt("--announced", "When it was announced.")] = None,
    cancelled_text: Annotated[str | None, opt("--cancelled", "When it was called off.")] = None,
    location: Annotated[str | None, opt("--location", "City, country.")] = None,
    venue: Annotated[str | None, opt("--venue", "Building or hotel.")] = None,
    format: FormatOption = None,
    mediator: MediatorOption = None,
    outcome: Annotated[str | None, opt("--outcome", "How the round ended.")] = None,
    date_note: DateNoteOption = None,
    delegation: DelegationOption = None,
    pause: Annotated[
        str | None,
        opt("--pause", "START..END of a break (ends the one that began on START), or START."),
    ] = None,
    sticking_point: Annotated[
        str | None, opt("--sticking-point", "A sticking point's id (added if new to the round).")
    ] = None,
    status: Annotated[
        str | None,
        closed_option("--status", "StickingStatus", "open, narrowed, resolved or deadlocked."),
    ] = None,
    raised_by: Annotated[
        list[str] | None,
        opt("--raised-by", "A party pressing the sticking point.", autocompletion=complete_actor),
    ] = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: Annotated[
        str | None,
        opt("--note", "A note on the sticking point, else on the pause, else on the round."),
    ] = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Change a round: dates, outcome, delegations, a pause, a sticking point, sources.

    --title and --note describe the sticking point named by --sticking-point
    (its --title is needed only when its id is new to the track), --note the
    pause named by --pause, and otherwise the round itself.
    """
    from jcpoa_tracker.edit import typed
    from jcpoa_tracker.edit.splice import Step
    from jcpoa_tracker.edit.update import SetField, pause_changes, sticking_point_changes
    from jcpoa_tracker.model import Round

    env = Environment()
    status = closed("--status", status, "StickingStatus", ctx, data_dir_option)
    if (status or raised_by) and not sticking_point:
        usage_error(env, "--status and --raised-by need --sticking-point ID")
    if pause and sticking_point and note:
        usage_error(
            env, "--note would describe both the pause and the sticking point: run set twice"
        )
    today = pinned_today()
    dates = {
        name: day_or_exit(f"--{name}", text, today)
        for name, text in (
            ("start", start_text),
            ("end", end_text),
            ("announced", announced_text),
            ("cancelled", cancelled_text),
        )
    }
    leads = parse_or_exit("--delegation", partial(typed.delegations, delegation or []))
    paused = parse_or_exit("--pause", partial(typed.pause, pause, today)) if pause else None

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Round)
        changes = _fields(
            [
                ("title", None if sticking_point else title),
                ("number", str(number) if number is not None else None),
                *dates.items(),
                ("location", location),
                ("venue", venue),
                ("format", closed("--format", format, "RoundFormat")),
                ("mediator", mediator),
                ("outcome", outcome),
                ("date_note", date_note),
                ("note", None if pause or sticking_point else note),
            ]
        )
        changes += [SetField(party, who, (Step("delegations"),)) for party, who in leads.items()]
        if paused is not None:
            first, last = paused
            changes += pause_changes(record, first, last, None if sticking_point else note)
        if sticking_point:
            changes += sticking_point_changes(
                session.checked.dataset,
                record,
                sticking_point,
                status=status,
                title=title,
                note=note,
                raised_by=raised_by or [],
            )
        return changes + _provenance(
            session, record, source, outlet, accessed, confidence, confidence_note
        )

    _set(ctx, "round", round_id, build, dry_run, data_dir_option)


@set_app.command("track")
def set_track(
    ctx: typer.Context,
    track_id: Annotated[
        str, typer.Argument(metavar="TRACK", help="The track's id.", autocompletion=complete_track)
    ],
    phase: Annotated[
        str | None,
        closed_option(
            "--phase", "Phase", "Declare a phase: active, suspended, collapsed or concluded."
        ),
    ] = None,
    date_text: Annotated[
        str | None, opt("--date", "When the phase began (default: today).")
    ] = None,
    title: Annotated[str | None, opt("--title", "The track's name.")] = None,
    mediator: MediatorOption = None,
    party: PartyOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: Annotated[
        str | None, opt("--note", "With --phase, what happened; else a note on the track.")
    ] = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Change a track: declare a phase (active, suspended, collapsed, concluded), parties, sources.

    With --phase, --date, --note and --source describe the phase change;
    without it, --note and --source go to the track itself.
    """
    from jcpoa_tracker.edit.update import new_source, phase_changes
    from jcpoa_tracker.model import Track

    env = Environment()
    phase = closed("--phase", phase, "Phase")
    if date_text and not phase:
        usage_error(env, "--date gives the date of a --phase")
    today = pinned_today()
    when = day_or_exit("--date", date_text, today) or today.isoformat()

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Track)
        changes = _fields(
            [("title", title), ("mediator", mediator), ("note", None if phase else note)]
        )
        changes += _added("parties", party, record.parties)
        if phase is None:
            return changes + _provenance(
                session, record, source, outlet, accessed, confidence, confidence_note
            )
        read_on = day_or_exit("--accessed", accessed, today) or today.isoformat()
        change: dict[str, Value] = {"date": when, "phase": phase}
        if note:
            change["note"] = note
        if source:
            change["sources"] = [
                new_source(url, outlet or [], index, read_on) for index, url in enumerate(source)
            ]
        changes += phase_changes(record, change)
        return changes + _provenance(session, record, [], [], None, confidence, confidence_note)

    _set(ctx, "track", track_id, build, dry_run, data_dir_option)


@set_app.command("milestone")
def set_milestone(
    ctx: typer.Context,
    milestone_id: Annotated[str, typer.Argument(metavar="MILESTONE", help="The milestone's id.")],
    title: Annotated[str | None, opt("--title", "One line saying what happened.")] = None,
    kind: MilestoneKindOption = None,
    end_text: Annotated[str | None, opt("--end", "The last day, for an event that lasted.")] = None,
    announced_text: Annotated[str | None, opt("--announced", "When it became known.")] = None,
    location: Annotated[str | None, opt("--location", "City, country.")] = None,
    summary: Annotated[str | None, opt("--summary", "A few sentences of context.")] = None,
    date_note: DateNoteOption = None,
    party: PartyOption = None,
    measurement: MeasurementOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Change a milestone: end, announcement, summary, parties, measurements, sources."""
    from jcpoa_tracker.edit import typed
    from jcpoa_tracker.edit.update import AddItem
    from jcpoa_tracker.model import Milestone

    today = pinned_today()
    end = day_or_exit("--end", end_text, today)
    announced = day_or_exit("--announced", announced_text, today)
    measured = [
        parse_or_exit("--measurement", partial(typed.measurement, text))
        for text in measurement or ()
    ]

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Milestone)
        changes = _fields(
            [
                ("title", title),
                ("kind", closed("--kind", kind, "MilestoneKind", ctx, data_dir_option)),
                ("end", end),
                ("announced", announced),
                ("location", location),
                ("summary", summary),
                ("date_note", date_note),
                ("note", note),
            ]
        )
        changes += _added("parties", party, record.parties)
        changes += [AddItem("measurements", value) for value in measured]
        return changes + _provenance(
            session, record, source, outlet, accessed, confidence, confidence_note
        )

    _set(ctx, "milestone", milestone_id, build, dry_run, data_dir_option)


@set_app.command("statement")
def set_statement(
    ctx: typer.Context,
    statement_id: Annotated[str, typer.Argument(metavar="STATEMENT", help="The statement's id.")],
    role: Annotated[str | None, opt("--role", "The speaker's office at the time.")] = None,
    round_id: RoundRefOption = None,
    occasion: OccasionOption = None,
    context: Annotated[str | None, opt("--context", "Where and to whom.")] = None,
    category: CategoryOption = None,
    tone: ToneOption = None,
    verified: VerifiedOption = None,
    topic: Annotated[list[str] | None, opt("--topic", "A topic to add (repeatable).")] = None,
    date_note: DateNoteOption = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Change a statement's coding or provenance: verified, round, topics, tone, sources."""
    from jcpoa_tracker.model import Statement

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Statement)
        changes = _fields(
            [
                ("role", role),
                ("round", round_id),
                ("occasion", closed("--occasion", occasion, "Occasion", ctx, data_dir_option)),
                ("context", context),
                ("category", closed("--category", category, "Category", ctx, data_dir_option)),
                ("tone", str(tone) if tone is not None else None),
                ("verified", None if verified is None else str(verified).lower()),
                ("date_note", date_note),
                ("note", note),
            ]
        )
        changes += _added("topics", topic, record.topics)
        return changes + _provenance(
            session, record, source, outlet, accessed, confidence, confidence_note
        )

    _set(ctx, "statement", statement_id, build, dry_run, data_dir_option)


@set_app.command("actor")
def set_actor(
    ctx: typer.Context,
    actor_id: Annotated[
        str, typer.Argument(metavar="ACTOR", help="The actor's id.", autocompletion=complete_actor)
    ],
    name: Annotated[str | None, opt("--name", "The name most sources use.")] = None,
    party: Annotated[
        str | None,
        opt("--party", "For a person: the party they speak for.", autocompletion=complete_actor),
    ] = None,
    alias: Annotated[list[str] | None, opt("--alias", "A spelling to add (repeatable).")] = None,
    role: Annotated[list[str] | None, opt("--role", "An office to add (repeatable).")] = None,
    source: SourceOption = None,
    outlet: OutletOption = None,
    accessed: AccessedOption = None,
    confidence: ConfidenceOption = None,
    confidence_note: ConfidenceNoteOption = None,
    note: NoteOption = None,
    dry_run: DryRunOption = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Change an actor: a new office or spelling, the party, sources."""
    from jcpoa_tracker.edit.update import AddItem
    from jcpoa_tracker.model import Actor

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Actor)
        changes = _fields([("name", name), ("party", party), ("note", note)])
        changes += _added("aliases", alias, record.aliases)
        held = [existing.title for existing in record.roles]
        changes += [AddItem("roles", {"title": title}) for title in role or () if title not in held]
        return changes + _provenance(
            session, record, source, outlet, accessed, confidence, confidence_note
        )

    _set(ctx, "actor", actor_id, build, dry_run, data_dir_option)
