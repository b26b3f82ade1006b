"""Field types: how one YAML value becomes one Python value, or a Problem.

Each type converts a composed YAML node (never a constructed object: nothing
in a data file is ever instantiated) and describes itself as JSON Schema, so
the loader, the schema that editors use and the docs share one definition.

YAML's own typing is not used.  Scalars arrive as text with their quoting
style, and each field decides what the text means.  That is how YAML 1.1
surprises (``no`` read as false, ``1:20`` read as 80) never change data
silently: a plain ``no`` in a text field stays the text "no" and is flagged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from jcpoa_tracker.dates import DateError, parse_iso
from jcpoa_tracker.problems import Problem, Severity

if TYPE_CHECKING:
    from typing_extensions import TypeIs
    from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = [
    "INVALID",
    "Bool",
    "Choice",
    "Context",
    "DateField",
    "Field",
    "FieldType",
    "Id",
    "Int",
    "ListOf",
    "MapOf",
    "Number",
    "Obj",
    "Ref",
    "Spec",
    "Text",
    "Url",
    "singular",
]

# Tag the resolver gives every untagged node; anything else was written by hand.
IMPLICIT: Final = "?"
_ALLOWED_TAGS: Final = frozenset(
    {IMPLICIT, "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
)
_NULLS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_YAML11_BOOLS: Final = frozenset(
    word
    for base in ("yes", "no", "on", "off", "y", "n", "true", "false")
    for word in (base, base.capitalize(), base.upper())
)
_YAML11_NUMBER = re.compile(
    r"[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"  # sexagesimal 1:20, 190:20:30.15
    r"|0[0-7_]+"  # octal 0755
    r"|0b[01_]+|0x[0-9a-fA-F_]+)"
)
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*")


class _Invalid:
    """Returned by a conversion that has already reported its problem."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()


@dataclass(slots=True)
class Context:
    """Where conversion is happening and what it has found so far."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    # (id, allowed kinds, line, column) for every reference, checked once all
    # files are read.
    refs: list[tuple[str, tuple[str, ...], int, int]] = field(default_factory=list)
    # False when the text cannot hold an anchor, so no node is an alias and
    # no node need be compared with where its key starts
    aliases: bool = True

    def report(
        self,
        node: Node,
        rule: str,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
    ) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.path, mark.line + 1, mark.column + 1, severity, rule, message, hint)
        )


# The node kinds, told by their class's ``id`` rather than by isinstance, so
# that reading the field declarations (schema.py, the CLI's options) never
# imports PyYAML.  (Every composed node has one; these run millions of
# times in a cold validate, so they read it directly.)
def _is_scalar(node: Node) -> TypeIs[ScalarNode]:
    return node.id == "scalar"  # type: ignore[attr-defined,no-any-return]


def _is_sequence(node: Node) -> TypeIs[SequenceNode]:
    return node.id == "sequence"  # type: ignore[attr-defined,no-any-return]


def _is_mapping(node: Node) -> TypeIs[MappingNode]:
    return node.id == "mapping"  # type: ignore[attr-defined,no-any-return]


def is_null(node: Node) -> bool:
    return (
        _is_scalar(node)
        and node.value in _NULLS  # first: most values are not, and it is cheap
        and not node.style  # plain: "" from libyaml, None from PyYAML
        and node.tag == IMPLICIT
    )


def check_tag(node: Node, ctx: Context) -> bool:
    if node.tag in _ALLOWED_TAGS:
        return True
    ctx.report(
        node,
        "yaml-tag",
        f"YAML tag '{node.tag}' is not allowed",
        "remove the tag: data files hold plain text, lists and mappings, "
        "and tags are never executed or constructed",
    )
    return False


def convert_node(field_type: FieldType, node: Node, ctx: Context) -> Any:
    """Refuse explicit tags before anything else looks at the node."""
    if node.tag != IMPLICIT and not check_tag(node, ctx):
        return INVALID
    return field_type.convert(node, ctx)


def did_you_mean(word: str, choices: Sequence[str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _kind_of(node: Node) -> str:
    if _is_mapping(node):
        return "a mapping"
    if _is_sequence(node):
        return "a list"
    return f"'{_short(node.value)}'"


def _short(text: str, width: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class FieldType:
    """Base of every field type."""

    label = "value"

    def convert(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self) -> str:
        return self.label


class Text(FieldType):
    # (Its subclasses call their base's convert by name, not through super(),
    # which makes an object on each of the hundreds of thousands of calls of
    # a cold validate.)
    label = "text"

    def scalar(self, node: Node, ctx: Context) -> str | _Invalid:
        if not _is_scalar(node):
            ctx.report(node, "type", f"expected {self.label}, found {_kind_of(node)}")
            return INVALID
        tag = node.tag
        if tag != IMPLICIT and not check_tag(node, ctx):
            return INVALID
        value: str = node.value
        if not node.style and tag == IMPLICIT:
            if value in _YAML11_BOOLS:
                ctx.report(
                    node,
                    "yaml11-bool",
                    f"unquoted '{value}' is kept as text here, but YAML 1.1 tools read it "
                    "as a boolean",
                    f"quote it: '{value}'",
                    Severity.WARNING,
                )
            elif value[:1].isdigit() and _YAML11_NUMBER.fullmatch(value):
                ctx.report(
                    node,
                    "yaml11-number",
                    f"unquoted '{value}' is kept as text here, but YAML 1.1 tools read it "
                    "as a number",
                    f"quote it: '{value}'",
                    Severity.WARNING,
                )
        return value

    def convert(self, node: Node, ctx: Context) -> str | _Invalid:
        value = self.scalar(node, ctx)
        if isinstance(value, _Invalid):
            return INVALID
        if not value.strip():
            ctx.report(node, "missing-field", "empty text", "write the value or remove the key")
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1}


class Url(Text):
    label = "http(s) URL"

    def convert(self, node: Node, ctx: Context) -> str | _Invalid:
        value = Text.convert(self, node, ctx)
        if isinstance(value, str) and not _URL.fullmatch(value):
            ctx.report(
                node,
                "url",
                f"'{_short(value)}' is not an http(s) URL",
                "give the full address of the page, starting with https://",
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^https?://\S+$"}


class Id(Text):
    label = "id"

    def convert(self, node: Node, ctx: Context) -> str | _Invalid:
        value = Text.convert(self, node, ctx)
        if isinstance(value, str) and not KEBAB.fullmatch(value):
            suggestion = "-".join(re.findall(r"[a-z0-9]+", value.lower()))
            ctx.report(
                node,
                "id-format",
                f"'{_short(value)}' is not a valid id",
                "ids are lower-case words joined by hyphens"
                + (f", e.g. '{suggestion}'" if suggestion else ""),
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}


class Ref(Id):
    """The id of another record, resolved after every file is read."""

    def __init__(self, *kinds: str) -> None:
        self.kinds = kinds
        self.label = " or ".join(kinds) + " id"

    def convert(self, node: Node, ctx: Context) -> str | _Invalid:
        value = Id.convert(self, node, ctx)
        if isinstance(value, str):
            mark = node.start_mark
            ctx.refs.append((value, self.kinds, mark.line + 1, mark.column + 1))
        return value


class DateField(Text):
    label = "date"

    def convert(self, node: Node, ctx: Context) -> Any:
        value = Text.scalar(self, node, ctx) if _is_scalar(node) else None
        if not isinstance(value, str):
            if value is None:
                ctx.report(node, "type", f"expected a date, found {_kind_of(node)}")
            return INVALID
        try:
            return parse_iso(value)
        except DateError as error:
            ctx.report(node, "date", str(error))
            return INVALID

    def json_schema(self) -> dict[str, Any]:
        # A bare year (`2024`, a year-precision date) is a number to a YAML
        # reader such as an editor's; every other precision is a string.
        return {
            "anyOf": [
                {
                    "type": "string",
                    "pattern": (
                        r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])"
                        r"([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2}))?)?)?$"
                    ),
                },
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        }


# A whole number longer than this is a typo (and would overflow SQLite's
# 64-bit integers in an export, or Python's limit on converting long text).
_MAX_DIGITS = 15


class Int(FieldType):
    label = "whole number"

    def __init__(
        self, minimum: int | None = None, maximum: int | None = None, rule: str = "type"
    ) -> None:
        self.minimum, self.maximum, self.rule = minimum, maximum, rule

    def convert(self, node: Node, ctx: Context) -> int | _Invalid:
        text = _number_text(node, ctx, self.label)
        if text is None:
            return INVALID
        if not _INT.fullmatch(text):
            ctx.report(node, "type", f"expected a whole number, found '{_short(text)}'")
            return INVALID
        if len(text.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
            ctx.report(
                node,
                self.rule,
                f"the number {_short(text)} is too large",
                f"use a whole number of at most {_MAX_DIGITS} digits",
            )
            return INVALID
        value = int(text)
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            ctx.report(
                node,
                self.rule,
                f"{value} is out of range",
                f"use a whole number from {self.minimum} to {self.maximum}",
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return schema


class Number(FieldType):
    label = "number"

    def convert(self, node: Node, ctx: Context) -> float | _Invalid:
        text = _number_text(node, ctx, self.label)
        if text is None:
            return INVALID
        if not _FLOAT.fullmatch(text):
            ctx.report(node, "type", f"expected a number, found '{_short(text)}'")
            return INVALID
        value = float(text)
        if not math.isfinite(value):  # 1e999: JSON has no infinity
            ctx.report(
                node,
                "type",
                f"the number {_short(text)} is too large to store",
                "write the value in a unit that keeps it below 1e308",
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number"}


def _number_text(node: Node, ctx: Context, label: str) -> str | None:
    if not _is_scalar(node) or (node.tag != IMPLICIT and not check_tag(node, ctx)):
        if _is_scalar(node):
            return None
        ctx.report(node, "type", f"expected a {label}, found {_kind_of(node)}")
        return None
    text: str = node.value
    if node.style:
        ctx.report(
            node,
            "type",
            f"expected a {label}, found the quoted text '{_short(text)}'",
            "remove the quotes",
        )
        return None
    if _YAML11_NUMBER.fullmatch(text) and not _INT.fullmatch(text):
        ctx.report(
            node,
            "yaml11-number",
            f"'{text}' is ambiguous: YAML 1.1 tools read it as a base-60 or octal number",
            "write the number in plain decimal",
            Severity.ERROR,
        )
        return None
    return text


class Bool(FieldType):
    label = "true or false"

    def convert(self, node: Node, ctx: Context) -> bool | _Invalid:
        if not _is_scalar(node) or (node.tag != IMPLICIT and not check_tag(node, ctx)):
            if not _is_scalar(node):
                ctx.report(node, "type", f"expected true or false, found {_kind_of(node)}")
            return INVALID
        word: str = node.value.lower()
        if not node.style and word in ("true", "false"):
            return word == "true"
        if not node.style and word in ("yes", "on", "y", "no", "off", "n"):
            meant = word in ("yes", "on", "y")
            ctx.report(
                node,
                "yaml11-bool",
                f"'{node.value}' read as {str(meant).lower()}; YAML 1.2 tools read it as text",
                f"write {str(meant).lower()}",
                Severity.WARNING,
            )
            return meant
        ctx.report(node, "type", f"expected true or false, found '{_short(node.value)}'")
        return INVALID

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Choice(Text):
    """One word of a closed vocabulary (a StrEnum)."""

    def __init__(self, enum: type[StrEnum]) -> None:
        self.enum = enum
        self.values = tuple(member.value for member in enum)
        self.label = "one of " + ", ".join(self.values)

    def convert(self, node: Node, ctx: Context) -> Any:
        value = Text.convert(self, node, ctx)
        if not isinstance(value, str):
            return INVALID
        if value in self.values:
            return self.enum(value)
        hint = did_you_mean(value.lower(), self.values)
        ctx.report(
            node,
            "enum",
            f"'{_short(value)}' is not one of: {', '.join(self.values)}",
            hint,
        )
        return INVALID

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}


class Word(Id):
    """A word of one of the dataset's vocabularies (``dataset.yaml``).  The
    loader checks its form; validate checks it against the vocabulary."""

    def __init__(self, vocabulary: str) -> None:
        self.vocabulary = vocabulary
        self.label = f"a word of the dataset's {vocabulary.replace('_', ' ')}"


class ListOf(FieldType):
    def __init__(self, item: FieldType, *, one_or_many: bool = False) -> None:
        self.item = item
        self.one_or_many = one_or_many
        self.label = f"list of {item.describe()}"

    def convert(self, node: Node, ctx: Context) -> tuple[Any, ...] | _Invalid:
        if self.one_or_many and _is_scalar(node):
            value = self.item.convert(node, ctx)
            return INVALID if value is INVALID else (value,)
        if not _is_sequence(node):
            ctx.report(
                node,
                "type",
                f"expected a list, found {_kind_of(node)}",
                "write a list, one '- item' per line or [a, b]",
            )
            return INVALID
        if node.tag != IMPLICIT and not check_tag(node, ctx):
            return INVALID
        values = []
        last = node.start_mark.index
        aliases = ctx.aliases
        convert = self.item.convert
        for item in node.value:
            if aliases and item.start_mark.index < last:
                ctx.report(
                    node,
                    "yaml-alias",
                    "aliases are not allowed in data files",
                    "write the value out in full",
                )
                return INVALID
            last = item.end_mark.index
            if is_null(item):
                ctx.report(item, "missing-field", "empty list item")
                continue
            if item.tag != IMPLICIT and not check_tag(item, ctx):  # (convert_node)
                continue
            value = convert(item, ctx)
            if value is not INVALID:
                values.append(value)
        return tuple(values)

    def json_schema(self) -> dict[str, Any]:
        schema = {"type": "array", "items": self.item.json_schema()}
        if self.one_or_many:
            return {"oneOf": [self.item.json_schema(), schema]}
        return schema


class MapOf(FieldType):
    def __init__(self, key: FieldType, value: FieldType) -> None:
        self.key, self.value = key, value
        self.label = f"mapping of {key.describe()} to {value.describe()}"

    def convert(self, node: Node, ctx: Context) -> dict[Any, Any] | _Invalid:
        if not _is_mapping(node):
            ctx.report(node, "type", f"expected a mapping, found {_kind_of(node)}")
            return INVALID
        if node.tag != IMPLICIT and not check_tag(node, ctx):
            return INVALID
        result: dict[Any, Any] = {}
        for key_node, value_node in _pairs(node, ctx):
            key = self.key.convert(key_node, ctx)
            if key is INVALID:
                continue
            if key in result:
                ctx.report(key_node, "duplicate-key", f"'{key}' appears twice")
                continue
            if is_null(value_node):
                ctx.report(value_node, "missing-field", f"no value for '{key}'")
                continue
            value = convert_node(self.value, value_node, ctx)
            if value is not INVALID:
                result[key] = value
        return result

    def json_schema(self) -> dict[str, Any]:
        key_schema = self.key.json_schema()
        schema: dict[str, Any] = {
            "type": "object",
            "additionalProperties": self.value.json_schema(),
        }
        if "pattern" in key_schema:
            schema["propertyNames"] = {"pattern": key_schema["pattern"]}
        return schema


def _pairs(node: MappingNode, ctx: Context) -> list[tuple[Any, Node]]:
    """The key/value pairs of a mapping, refusing aliases (the composer shares
    an aliased node, which starts before its own key)."""
    pairs: list[tuple[Any, Node]] = []
    aliases = ctx.aliases
    for key_node, value_node in node.value:
        if not _is_scalar(key_node) or (
            aliases and value_node.start_mark.index < key_node.start_mark.index
        ):
            _refuse_pair(key_node, ctx)
            continue
        pairs.append((key_node, value_node))
    return pairs


def _refuse_pair(key_node: Node, ctx: Context) -> None:
    """A mapping's pair that is not read: its key is not plain text, or its
    value is an alias."""
    if _is_scalar(key_node):
        ctx.report(
            key_node,
            "yaml-alias",
            "aliases are not allowed in data files",
            "write the value out in full",
        )
    else:
        ctx.report(key_node, "type", "keys must be plain words")


_SINGULAR: Final = {"aliases": "alias"}


def singular(name: str) -> str:
    """One item of a list field, as options and exported columns name it:
    ``parties`` -> ``party``, ``topics`` -> ``topic``, ``raised_by`` stays."""
    if name in _SINGULAR:
        return _SINGULAR[name]
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name.removesuffix("s")


@dataclass(frozen=True, slots=True)
class Field:
    """A field of a record kind: its name, type, meaning and whether it is required."""

    name: str
    type: FieldType
    doc: str
    required: bool = False
    missing_rule: str = "missing-field"


@dataclass(slots=True)
class Spec:
    """The fields of one kind of mapping, and the class it becomes."""

    name: str
    build: Callable[..., Any]
    fields: tuple[Field, ...]
    doc: str = ""
    by_name: dict[str, Field] = field(init=False)
    required: tuple[Field, ...] = field(init=False)

    @property
    def key(self) -> str:
        """The name as a JSON Schema definition key."""
        return self.name.replace(" ", "_")

    def __post_init__(self) -> None:
        self.by_name = {f.name: f for f in self.fields}
        self.required = tuple(f for f in self.fields if f.required)


class Obj(FieldType):
    """A nested mapping with its own fields (a source, a pause...)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.label = spec.name

    def convert(self, node: Node, ctx: Context) -> Any:
        values = read_mapping(node, self.spec, ctx)
        if values is None:
            return INVALID
        return self.spec.build(**values)

    def json_schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.spec.key}"}


def read_mapping(
    node: Node,
    spec: Spec,
    ctx: Context,
    where: dict[str, tuple[int, int]] | None = None,
) -> dict[str, Any] | None:
    """Convert a mapping node field by field.  Returns None when a required
    field is missing or invalid (its problems already reported)."""
    if not _is_mapping(node):
        ctx.report(node, "type", f"expected a {spec.name} (a mapping), found {_kind_of(node)}")
        return None
    if node.tag != IMPLICIT and not check_tag(node, ctx):
        return None
    # (This runs for every record and nested mapping of a cold validate or
    # a first build: the tests ``_pairs``, ``is_null`` and ``convert_node``
    # make are written out here, in the order they make them.)
    values: dict[str, Any] = {}
    seen: set[str] = set()
    failed = False
    by_name = spec.by_name
    aliases = ctx.aliases
    for key_node, value_node in node.value:
        if key_node.id != "scalar" or (
            aliases and value_node.start_mark.index < key_node.start_mark.index
        ):
            _refuse_pair(key_node, ctx)
            continue
        key = key_node.value
        spec_field = by_name.get(key)
        if spec_field is None:
            ctx.report(
                key_node,
                "unknown-key",
                f"unknown key '{_short(key)}' in {spec.name}",
                did_you_mean(key, list(by_name)) or f"known keys: {', '.join(by_name)}",
            )
            continue
        if key in seen:
            ctx.report(
                key_node,
                "duplicate-key",
                f"'{key}' appears twice in this {spec.name}",
                "keep one of them",
            )
            continue
        seen.add(key)
        tag = value_node.tag
        if (
            value_node.id == "scalar"
            and value_node.value in _NULLS
            and not value_node.style
            and tag == IMPLICIT
        ):
            if spec_field.required:
                ctx.report(value_node, spec_field.missing_rule, f"'{key}' is empty", spec_field.doc)
                failed = True
            continue
        if tag != IMPLICIT and not check_tag(value_node, ctx):
            value = INVALID
        else:
            value = spec_field.type.convert(value_node, ctx)
        if value is INVALID:
            failed = failed or spec_field.required
            continue
        if where is not None:
            mark = value_node.start_mark
            where[key] = (mark.line + 1, mark.column + 1)
        values[key] = value
    for spec_field in spec.required:
        if spec_field.name not in seen:
            ctx.report(
                node,
                spec_field.missing_rule,
                f"{spec.name} has no '{spec_field.name}'",
                f"add '{spec_field.name}': {spec_field.doc}",
            )
            failed = True
    return None if failed else values
