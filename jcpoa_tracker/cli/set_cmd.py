"""`jcpoa-tracker set`: change the fields that move during talks, in place.

`set round ROUND --end 2021-12-17`, `set round R --sticking-point ID
--status narrowed`, `set track T --phase suspended`... Each change is
spliced into the record's file (comments and layout kept), the whole dataset
is checked with it, and only then is the file replaced, atomically.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from jcpoa_tracker.cli.common import usage_error
from jcpoa_tracker.cli.derived import Given, Options, field_options, signature
from jcpoa_tracker.cli.editing import (
    Session,
    closed,
    closed_option,
    complete_actor,
    complete_known,
    day_or_exit,
    opt,
    parse_or_exit,
    pinned_today,
    show_problems,
    start,
    write,
)
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.help import Group
from jcpoa_tracker.fields import ListOf, MapOf, Obj, Spec
from jcpoa_tracker.problems import ExitCode
from jcpoa_tracker.schema import RECORD_SPECS

if TYPE_CHECKING:
    from pathlib import Path

    from jcpoa_tracker.edit.emit import Value
    from jcpoa_tracker.edit.update import Change
    from jcpoa_tracker.model import Record

set_app = typer.Typer(
    name="set",
    help="Change fields of a record in place (end dates, statuses, pauses, phases, sources).",
    no_args_is_help=True,
    cls=Group,  # plain metavars, and converters without pydantic (cli/help.py)
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
        record = find_record_of(session.base, kind, record_id)
        changes = build(session, record)
        if not changes:
            env.stderr.write(f"nothing to change in {kind} {record_id}\n")
            return
        update = plan_update(session.base, kind, record_id, changes)
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


def _added(field: str, wanted: Sequence[str] | None, present: Sequence[str]) -> list[Change]:
    """One new item per value not already in the list."""
    from jcpoa_tracker.edit.update import AddItem

    return [AddItem(field, value) for value in dict.fromkeys(wanted or ()) if value not in present]


def _provenance(
    session: Session,
    record: Record,
    typed: dict[str, Any],
    values: dict[str, Value | None],
    *,
    with_sources: bool = True,
) -> list[Change]:
    """New sources (already cited ones are skipped, and said so), confidence
    (a word already checked by its option)."""
    from jcpoa_tracker.edit.update import SetField, UpdateError, source_changes

    sources = typed["source"] or [] if with_sources else []
    outlets = typed["outlet"] or [] if with_sources else []
    accessed = typed["accessed"] if with_sources else None
    read_on = day_or_exit("--accessed", accessed, session.today) or session.today.isoformat()
    try:
        changes, skipped = source_changes(record, sources, outlets, read_on)
    except UpdateError as error:
        usage_error(session.env, str(error))
    for url in skipped:
        session.env.stderr.write(f"already a source of {record.id}: {url}\n")
    settled = [
        SetField(name, value)
        for name in ("confidence", "confidence_note")
        if (value := values.get(name)) is not None
    ]
    return settled + changes


# --- plain fields, derived from schema.py ---------------------------------------

# Fields a `set KIND` leaves alone: what identifies the record (change it by
# editing the file), and what the kind's own options below describe.
_NOT_SET: Final = {
    "statement": frozenset({"speaker", "date", "text", "original"}),
    "milestone": frozenset({"date"}),
    "actor": frozenset({"kind"}),
    "round": frozenset({"track", "title", "note", "pauses", "sticking_points"}),
    "track": frozenset({"phases", "note"}),
}
# kinds whose ids file names give (edit.layout.ids_on_disk), for completion
_COMPLETED: Final = frozenset({"actor", "round", "track", "document"})
# lists of objects whose items are added only when none has that field's value
_ADD_ONCE: Final = {"roles": "title"}
_DOCS: Final = {
    "statement": (
        "Change a statement's coding or provenance: verified, round, topics, tone, sources."
    ),
    "milestone": "Change a milestone: end, announcement, summary, parties, measurements, sources.",
    "actor": "Change an actor: a new office or spelling, the party, sources.",
}


def _options(kind: str, spec: Spec) -> list[Options]:
    return list(field_options(spec, _NOT_SET.get(kind, frozenset()) | {"id"}))


def _read(
    options: list[Options], typed: dict[str, Any], ctx: typer.Context
) -> dict[str, Value | None]:
    """What the fields' options say, read (and checked) before the data is."""
    given = Given(ctx, typed["data_dir_option"], pinned_today())
    return {each.field: each.read(typed, given) for each in options}


def _field_changes(spec: Spec, values: dict[str, Value | None], record: Record) -> list[Change]:
    """A plain field is set, a list gets the items it lacks, a mapping or a
    nested object the keys given."""
    from jcpoa_tracker.edit.splice import Step
    from jcpoa_tracker.edit.update import AddItem, SetField

    changes: list[Change] = []
    for name, value in values.items():
        if value is None or name in ("confidence", "confidence_note"):
            continue
        field_type = spec.by_name[name].type
        if isinstance(field_type, ListOf) and isinstance(value, list):
            present = getattr(record, name)
            if isinstance(field_type.item, Obj):
                key = _ADD_ONCE.get(name)
                held = {getattr(item, key) for item in present} if key else set()
                changes += [
                    AddItem(name, item)
                    for item in value
                    if key is None or not isinstance(item, dict) or item.get(key) not in held
                ]
            else:
                changes += _added(name, [str(item) for item in value], present)
        elif isinstance(field_type, MapOf | Obj) and isinstance(value, dict):
            # a key of a mapping, or a field of a nested object, each on its own
            changes += [SetField(key, part, (Step(name),)) for key, part in value.items() if part]
        else:
            changes.append(SetField(name, value))
    return changes


def _target(kind: str) -> inspect.Parameter:
    """The record's id, as the command's argument (completed where file
    names give the ids)."""
    argument = typer.Argument(
        metavar=kind.upper(),
        help=f"The {kind}'s id.",
        autocompletion=complete_known(kind) if kind in _COMPLETED else None,
    )
    return inspect.Parameter(
        "target", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Annotated[str, argument]
    )


def _derived(kind: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a `set KIND` command the options of the kind's plain fields
    (before its own options) and the sources' options (after them)."""

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        spec = next(s for s in RECORD_SPECS.values() if s.name == kind)
        options = _options(kind, spec)
        own_parameters = [
            p
            for name, p in inspect.signature(command, eval_str=True).parameters.items()
            if name not in ("ctx", "target", "fields", "typed")
            and p.kind is not inspect.Parameter.VAR_KEYWORD
        ]
        command.__signature__ = signature(  # type: ignore[attr-defined]
            options, _target(kind), *own_parameters
        )
        return command

    return decorate


def _plain_command(kind: str) -> Callable[..., None]:
    """`set KIND` for a kind whose options are all plain fields."""
    spec = next(s for s in RECORD_SPECS.values() if s.name == kind)
    options = _options(kind, spec)

    def command(ctx: typer.Context, target: str, **typed: Any) -> None:
        values = _read(options, typed, ctx)

        def build(session: Session, record: Record) -> list[Change]:
            return _field_changes(spec, values, record) + _provenance(
                session, record, typed, values
            )

        _set(ctx, kind, target, build, typed["dry_run"], typed["data_dir_option"])

    command.__doc__ = _DOCS.get(kind, f"Change a {kind}: its fields and sources.")
    command.__name__ = f"set_{kind.replace(' ', '_')}"
    return _derived(kind)(command)


# --- kinds with options of their own -----------------------------------------------


@set_app.command("round")
@_derived("round")
def set_round(
    ctx: typer.Context,
    target: str,
    title: Annotated[
        str | None, opt("--title", "The round's title; with --sticking-point, the point's.")
    ] = None,
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
    note: Annotated[
        str | None,
        opt("--note", "A note on the sticking point, else on the pause, else on the round."),
    ] = None,
    **typed: Any,
) -> None:
    """Change a round: dates, outcome, delegations, a pause, a sticking point, sources.

    --title and --note describe the sticking point named by --sticking-point
    (its --title is needed only when its id is new to the track), --note the
    pause named by --pause, and otherwise the round itself.
    """
    from jcpoa_tracker.edit import typed as typed_text
    from jcpoa_tracker.edit.update import pause_changes, sticking_point_changes
    from jcpoa_tracker.model import Round

    env = Environment()
    data_dir_option = typed["data_dir_option"]
    status = closed("--status", status, "StickingStatus", ctx, data_dir_option)
    if (status or raised_by) and not sticking_point:
        usage_error(env, "--status and --raised-by need --sticking-point ID")
    if pause and sticking_point and note:
        usage_error(
            env, "--note would describe both the pause and the sticking point: run set twice"
        )
    spec = next(s for s in RECORD_SPECS.values() if s.name == "round")
    values = _read(_options("round", spec), typed, ctx)
    values["title"] = None if sticking_point else title
    values["note"] = None if pause or sticking_point else note
    today = pinned_today()
    paused = parse_or_exit("--pause", partial(typed_text.pause, pause, today)) if pause else None

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Round)
        changes = _field_changes(spec, values, record)
        if paused is not None:
            first, last = paused
            changes += pause_changes(record, first, last, None if sticking_point else note)
        if sticking_point:
            changes += sticking_point_changes(
                session.base.dataset,
                record,
                sticking_point,
                status=status,
                title=title,
                note=note,
                raised_by=raised_by or [],
            )
        return changes + _provenance(session, record, typed, values)

    _set(ctx, "round", target, build, typed["dry_run"], data_dir_option)


@set_app.command("track")
@_derived("track")
def set_track(
    ctx: typer.Context,
    target: str,
    phase: Annotated[
        str | None,
        closed_option(
            "--phase", "Phase", "Declare a phase: active, suspended, collapsed or concluded."
        ),
    ] = None,
    date_text: Annotated[
        str | None, opt("--date", "When the phase began (default: today).")
    ] = None,
    note: Annotated[
        str | None, opt("--note", "With --phase, what happened; else a note on the track.")
    ] = None,
    **typed: Any,
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
    spec = next(s for s in RECORD_SPECS.values() if s.name == "track")
    values = _read(_options("track", spec), typed, ctx)
    values["note"] = None if phase else note
    source, outlet, accessed = typed["source"], typed["outlet"], typed["accessed"]

    def build(session: Session, record: Record) -> list[Change]:
        assert isinstance(record, Track)
        changes = _field_changes(spec, values, record)
        if phase is None:
            return changes + _provenance(session, record, typed, values)
        read_on = day_or_exit("--accessed", accessed, today) or today.isoformat()
        change: dict[str, Value] = {"date": when, "phase": phase}
        if note:
            change["note"] = note
        if source:
            change["sources"] = [
                new_source(url, outlet or [], index, read_on) for index, url in enumerate(source)
            ]
        changes += phase_changes(record, change)
        return changes + _provenance(session, record, typed, values, with_sources=False)

    _set(ctx, "track", target, build, typed["dry_run"], typed["data_dir_option"])


for _spec in RECORD_SPECS.values():
    if _spec.name not in ("round", "track"):
        set_app.command(_spec.name)(_plain_command(_spec.name))
