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
from typing import TYPE_CHECKING, Any, Final

import typer

from jcpoa_tracker.cli.common import usage_error
from jcpoa_tracker.cli.derived import Given, field_options, option_name, signature
from jcpoa_tracker.cli.editing import (
    Common,
    Session,
    dataset_vocabulary,
    pinned_today,
    show_problems,
    sources,
    start,
    words_of,
    write,
)
from jcpoa_tracker.cli.help import Group
from jcpoa_tracker.fields import Choice, DateField, Ref, Spec, Word
from jcpoa_tracker.problems import ExitCode
from jcpoa_tracker.schema import RECORD_SPECS

if TYPE_CHECKING:
    from jcpoa_tracker.edit.base import Base
    from jcpoa_tracker.edit.emit import Value

add_app = typer.Typer(
    name="add",
    help=(
        "Add a record where the layout says it belongs, checked against the whole dataset "
        "first: nothing is written (exit 1) if it would bring an error. Required fields "
        "missing from the options are asked for on a terminal."
    ),
    no_args_is_help=True,
    cls=Group,  # plain metavars, and converters without pydantic (cli/help.py)
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
    """A field `add` asks for when its option is not given."""

    field: str
    option: str
    label: str
    is_date: bool = False
    choices: Callable[[Base], list[str]] | None = None


def _ids_of(kind: str) -> Callable[[Base], list[str]]:
    return lambda base: base.ids_of(kind)


def _values_of(enum_name: str) -> Callable[[Base], list[str]]:
    def words(base: Base) -> list[str]:
        section = dataset_vocabulary(enum_name)
        if section is not None:
            return [t.id for t in getattr(base.dataset.config.vocabulary, section)]
        return words_of(enum_name, None)

    return words


# prompts that say more than the field's name
_LABELS: Final = {
    ("statement", "text"): "Text, exactly as quoted",
    ("round", "track"): "Track (id)",
    ("round", "start"): "First day",
    ("milestone", "title"): "Title (one line)",
}


def _required(kind: str, spec: Spec) -> tuple[Required, ...]:
    """The required fields of a kind, asked for on a terminal when missing."""
    asked = []
    for spec_field in spec.required:
        field_type, name = spec_field.type, spec_field.name
        if name in ("id", "sources"):
            continue
        label = name.replace("_", " ").capitalize()
        choices = None
        if isinstance(field_type, Ref):
            label += f" ({' or '.join(field_type.kinds)} id)"
            choices = _ids_of(field_type.kinds[0])
        elif isinstance(field_type, Word):
            choices = _values_of(field_type.vocabulary)
        elif isinstance(field_type, Choice):
            choices = _values_of(field_type.enum.__name__)
        asked.append(
            Required(
                name,
                option_name(name),
                _LABELS.get((kind, name), label),
                isinstance(field_type, DateField),
                choices,
            )
        )
    return tuple(asked)


REQUIRED: Final = {spec.name: _required(spec.name, spec) for spec in RECORD_SPECS.values()}


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
        choices = required.choices(session.base) if required.choices else None
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
    from jcpoa_tracker.edit.add import round_on, speaker_role

    dataset = session.base.dataset
    if "role" not in values:
        role = ask("Role (speaker's office)", speaker_role(dataset, str(values["speaker"])))
        if role:
            values["role"] = role
    if "round" not in values:
        rounds = session.base.ids_of("round")
        chosen = ask("Round (id, empty for none)", round_on(dataset, str(values["date"])), rounds)
        if chosen:
            values["round"] = chosen
    if "topics" not in values:
        typed = ask("Topics (comma-separated, empty for none)", None, session.base.topics())
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
        addition = plan_addition(session.base, kind, record)
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


# --- the commands, one per record kind, their options derived from schema.py ----

_DOCS: Final = {
    "statement": "Add an attributed, sourced quote to statements/<yyyy>/<date>-<speaker>.yaml.",
    "round": "Add a round of talks to tracks/<track>/<round-id>.yaml.",
    "milestone": "Add a dated event to milestones/<yyyy>/<date>-<id>.yaml.",
    "actor": "Add a party or a person to actors/<id>.yaml.",
    "track": "Add a negotiation track to tracks/<id>/track.yaml (phases: `set track`).",
}
# fields that `add` leaves to `set`
_NOT_ADDED: Final = {"track": frozenset({"phases"})}


def _command(kind: str, spec: Spec) -> Callable[..., None]:
    """`add KIND`: an option per field of the kind, then the sources'."""
    options = list(field_options(spec, _NOT_ADDED.get(kind, frozenset())))

    def command(ctx: typer.Context, **typed: Any) -> None:
        given = Given(ctx, typed["data_dir_option"], pinned_today())
        values = {each.field: each.read(typed, given) for each in options}
        common = Common(
            list(typed["source"] or []),
            list(typed["outlet"] or []),
            typed["accessed"],
            _text(values.pop("confidence", None)),
            _text(values.pop("confidence_note", None)),
            _text(values.pop("note", None)),
            typed["dry_run"],
            typed["data_dir_option"],
        )
        _add(ctx, kind, _present(values), common)

    command.__signature__ = signature(options)  # type: ignore[attr-defined]
    command.__doc__ = _DOCS.get(kind, f"Add a {kind}: {spec.doc}")
    command.__name__ = f"add_{kind.replace(' ', '_')}"
    return command


def _text(value: Value | None) -> str | None:
    return value if isinstance(value, str) else None


for _spec in RECORD_SPECS.values():
    add_app.command(_spec.name)(_command(_spec.name, _spec))


def _present(values: dict[str, Value | None]) -> dict[str, Value]:
    return {key: value for key, value in values.items() if value not in (None, "", [], {})}
