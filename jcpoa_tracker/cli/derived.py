"""The options of `add` and `set`, derived from the data format (schema.py).

Each field of a record kind becomes one option (``date_note`` ->
``--date-note``), with its help from the field's doc, a metavar and a type
from its field type, Tab completion of ids and vocabulary words, and a
reader that turns what was typed into the value written to the data file:

- text, ids, references: as typed; a date: typed as for reports
  (``13 April 2021``) and written in ISO form; a whole number or a number:
  checked by Typer; true or false: a ``--x/--no-x`` pair;
- a word of a vocabulary: checked against the dataset's (or the format's own);
- a list of values: a repeatable option named in the singular (``--topic``);
- a list of objects or a mapping: a repeatable option in a small language
  (``--pause 2021-04-09..2021-04-15``; generic ``KEY=VALUE;KEY=VALUE``);
- a nested object: one option per field (``--original-lang``).

Only the few overrides below say where the CLI differs from these rules.
Reading the declarations imports neither PyYAML nor the model's data
(``fields`` and ``schema`` are plain declarations).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from jcpoa_tracker.cli.common import DataDirOption
from jcpoa_tracker.cli.editing import (
    AccessedOption,
    DryRunOption,
    OutletOption,
    SourceOption,
    closed,
    complete_known,
    day_or_exit,
    opt,
    parse_or_exit,
    vocabulary,
)
from jcpoa_tracker.fields import (
    Bool,
    Choice,
    DateField,
    Field,
    FieldType,
    Int,
    ListOf,
    MapOf,
    Number,
    Obj,
    Ref,
    Spec,
    Word,
    singular,
)

if TYPE_CHECKING:
    from jcpoa_tracker.edit.emit import Value

__all__ = ["SOURCE_OPTIONS", "Given", "Options", "field_options", "option_name", "signature"]


@dataclass(frozen=True, slots=True)
class Given:
    """What reading an option needs besides what was typed."""

    ctx: typer.Context
    data_dir_option: Path | None
    today: date


Read = Callable[[dict[str, Any], Given], "Value | None"]


@dataclass(frozen=True, slots=True)
class Options:
    """The options of one field, and how to read the value they give."""

    field: str
    option: str  # the first option's name, for messages
    parameters: tuple[inspect.Parameter, ...]
    read: Read


# --- where the CLI differs from the rules -------------------------------------------

_HELP: Final = {"id": "The record's id (default: derived from its content, made unique)."}
_NEGATIVE: Final = {"verified": "--unverified"}
_PARAMETER: Final = {"id": "record_id", "format": "round_format", "round": "round_id"}


def _typed_pause(text: str, today: date) -> Value:
    from jcpoa_tracker.edit import typed

    first, last = typed.pause(text, today)
    return {"start": first, **({"end": last} if last else {})}


def _typed_measurement(text: str, today: date) -> Value:
    from jcpoa_tracker.edit import typed

    return typed.measurement(text)


def _typed_sticking_point(text: str, today: date) -> Value:
    from jcpoa_tracker.edit import typed

    return typed.sticking_point(text)


def _typed_role(text: str, today: date) -> Value:
    return {"title": text}


# lists of objects typed one per option, in their own small language
_TYPED: Final[dict[str, tuple[str, Callable[[str, date], Value]]]] = {
    "pauses": ("START..END of a break, or START (repeatable).", _typed_pause),
    "sticking_points": (
        "ID=TITLE (status open) or ID:STATUS=TITLE (repeatable).",
        _typed_sticking_point,
    ),
    "measurements": (
        "METRIC=VALUE UNIT, e.g. 'signatories=12 states' (repeatable).",
        _typed_measurement,
    ),
    "roles": ("An office held (repeatable).", _typed_role),
}
_DELEGATIONS_HELP: Final = "PARTY=PERSON lead negotiator (repeatable; PARTY=A,B for several)."


def option_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def _help(spec_field: Field, suffix: str = "") -> str:
    if spec_field.name in _HELP:
        return _HELP[spec_field.name]
    doc = spec_field.doc
    end = "" if (doc + suffix).endswith(".") else "."
    return f"{doc[:1].upper()}{doc[1:]}{suffix}{end}"


def _metavar(field_type: FieldType, name: str) -> str | None:
    if isinstance(field_type, Ref):
        return "|".join(kind.upper() for kind in field_type.kinds)
    if isinstance(field_type, DateField):
        return "DATE"
    if isinstance(field_type, Word | Choice):
        return singular(name).upper()
    return None


def _completion(field_type: FieldType) -> dict[str, Any]:
    if isinstance(field_type, Ref) and len(field_type.kinds) == 1:
        return {"autocompletion": complete_known(field_type.kinds[0])}
    if isinstance(field_type, Word):
        return {"autocompletion": vocabulary(field_type.vocabulary)}
    if isinstance(field_type, Choice):
        return {"autocompletion": vocabulary(field_type.enum.__name__)}
    return {}


def _parameter(name: str, annotation: Any, info: Any, default: Any = None) -> inspect.Parameter:
    return inspect.Parameter(
        name,
        inspect.Parameter.KEYWORD_ONLY,
        default=default,
        annotation=Annotated[annotation, info],
    )


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _scalar_reader(field_type: FieldType, option: str) -> Callable[[Any, Given], Value | None]:
    """What was typed for one value -> the text written to the data."""
    if isinstance(field_type, DateField):
        return lambda raw, given: day_or_exit(option, raw, given.today)
    if isinstance(field_type, Word):
        words = field_type.vocabulary
        return lambda raw, given: closed(option, raw, words, given.ctx, given.data_dir_option)
    if isinstance(field_type, Choice):
        enum_name = field_type.enum.__name__
        return lambda raw, given: closed(option, raw, enum_name)
    if isinstance(field_type, Bool):
        return lambda raw, given: None if raw is None else str(raw).lower()
    if isinstance(field_type, Int):
        return lambda raw, given: None if raw is None else str(raw)
    if isinstance(field_type, Number):
        return lambda raw, given: None if raw is None else _number(raw)
    return lambda raw, given: raw


def _scalar(spec_field: Field, param: str, name: str, help_text: str) -> Options:
    field_type, option = spec_field.type, option_name(name)
    kwargs: dict[str, Any] = {"metavar": _metavar(field_type, name), **_completion(field_type)}
    annotation: Any = str | None
    if isinstance(field_type, Bool):
        negative = _NEGATIVE.get(spec_field.name, f"--no-{option[2:]}")
        info = opt(f"{option}/{negative}", help_text)
        annotation = bool | None
    else:
        if isinstance(field_type, Int):
            annotation = int | None
            kwargs.update(min=field_type.minimum, max=field_type.maximum)
        elif isinstance(field_type, Number):
            annotation = float | None
        info = opt(option, help_text, **kwargs)
    read_one = _scalar_reader(field_type, option)
    return Options(
        spec_field.name,
        option,
        (_parameter(param, annotation, info),),
        lambda values, given: read_one(values[param], given),
    )


def _generic_item(spec: Spec) -> Callable[[str, date], Value]:
    """``KEY=VALUE;KEY=VALUE`` for a list of objects without a language of its own."""
    keys = [f.name for f in spec.fields if not isinstance(f.type, ListOf | MapOf | Obj)]

    def parse(text: str, today: date) -> Value:
        from jcpoa_tracker.edit.typed import data_date

        item: dict[str, Value] = {}
        for pair in filter(None, (part.strip() for part in text.split(";"))):
            key, equals, value = pair.partition("=")
            spec_field = spec.by_name.get(key.strip())
            if not equals or spec_field is None or spec_field.name not in keys:
                raise ValueError(f"'{pair}' is not KEY=VALUE with KEY one of {', '.join(keys)}")
            value = value.strip()
            item[spec_field.name] = (
                data_date(value, today) if isinstance(spec_field.type, DateField) else value
            )
        missing = [f.name for f in spec.required if f.name not in item]
        if missing:
            raise ValueError(f"'{text}' has no {', '.join(missing)}")
        return item

    return parse


def _list(spec_field: Field, item: FieldType, param: str) -> Options:
    """A repeatable option named in the singular: ``--topic``, ``--pause``."""
    option = option_name(singular(spec_field.name))
    if isinstance(item, Obj):
        help_text, parse = _TYPED.get(
            spec_field.name,
            (
                _help(spec_field, ": KEY=VALUE;KEY=VALUE (repeatable)"),
                _generic_item(item.spec),
            ),
        )
        info = opt(option, help_text, metavar=singular(spec_field.name).upper())

        def read(values: dict[str, Any], given: Given) -> Value | None:
            return [
                parse_or_exit(option, partial(parse, text, given.today))
                for text in values[param] or ()
            ]

        return Options(spec_field.name, option, (_parameter(param, list[str] | None, info),), read)
    kwargs = {"metavar": _metavar(item, spec_field.name), **_completion(item)}
    info = opt(option, _help(spec_field, " (repeatable)"), **kwargs)
    return Options(
        spec_field.name,
        option,
        (_parameter(param, list[str] | None, info),),
        lambda values, given: list(values[param] or []),
    )


def _mapping(spec_field: Field, param: str) -> Options:
    """A mapping of ids: ``--delegation PARTY=PERSON``, repeatable."""
    option = option_name(singular(spec_field.name))
    info = opt(option, _DELEGATIONS_HELP if spec_field.name == "delegations" else _help(spec_field))

    def read(values: dict[str, Any], given: Given) -> Value | None:
        from jcpoa_tracker.edit import typed

        leads: dict[str, Value] = parse_or_exit(
            option, partial(typed.delegations, values[param] or [])
        )
        return leads

    return Options(spec_field.name, option, (_parameter(param, list[str] | None, info),), read)


def _nested(spec_field: Field, spec: Spec) -> Options:
    """A nested object as one option per field: ``--original-lang``..."""
    inner = [
        _scalar(f, f"{spec_field.name}_{f.name}", f"{spec_field.name}_{f.name}", _help(f))
        for f in spec.fields
        if not isinstance(f.type, ListOf | MapOf | Obj)
    ]

    def read(values: dict[str, Any], given: Given) -> Value | None:
        read_values = {each.field: each.read(values, given) for each in inner}
        if all(value is None for value in read_values.values()):
            return None
        # a required part left out is written empty, and the check says so
        return {
            name: value if value is not None else ""
            for name, value in read_values.items()
            if value is not None or spec.by_name[name].required
        }

    return Options(
        spec_field.name,
        inner[0].option,
        tuple(p for each in inner for p in each.parameters),
        read,
    )


def field_options(spec: Spec, skip: frozenset[str] = frozenset()) -> Iterator[Options]:
    """The options of a record kind's fields, in the data format's order
    (``sources`` and ``skip`` left to the command)."""
    for spec_field in spec.fields:
        name, field_type = spec_field.name, spec_field.type
        if name in skip or name == "sources":
            continue
        param = _PARAMETER.get(name, name)
        if isinstance(field_type, ListOf):
            yield _list(spec_field, field_type.item, param)
        elif isinstance(field_type, MapOf):
            yield _mapping(spec_field, param)
        elif isinstance(field_type, Obj):
            yield _nested(spec_field, field_type.spec)
        else:
            yield _scalar(spec_field, param, name, _help(spec_field))


# What every `add` and `set` ends with: the sources, --dry-run and --data-dir.
SOURCE_OPTIONS: Final = tuple(
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
    for name, kind, default in (
        ("source", SourceOption, None),
        ("outlet", OutletOption, None),
        ("accessed", AccessedOption, None),
        ("dry_run", DryRunOption, False),
        ("data_dir_option", DataDirOption, None),
    )
)


def signature(options: list[Options], *before: inspect.Parameter) -> inspect.Signature:
    """A command's signature: ``ctx``, ``before``, the fields' options, then
    ``SOURCE_OPTIONS``."""
    ctx = inspect.Parameter(
        "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
    )
    return inspect.Signature(
        [ctx, *before, *(p for each in options for p in each.parameters), *SOURCE_OPTIONS]
    )
