"""Every exported table and column, derived from the data format (schema.py).

Walking ``schema.RECORD_SPECS`` gives one table per record kind with its
scalar fields (a date is four columns, a nested object such as ``original``
is flattened to ``original_lang``, ``original_text``), a link table per
list of ids or words, a child table per list of objects (whose own lists
become grandchild tables), a table per mapping, and the shared ``sources``
table.  Each table comes with how its rows are read from a record, so a
field added to schema.py reaches the CSV header, the JSON keys, the SQLite
schema and docs/export.md without another change here.

The overrides below keep the names of export format 1 where they differ
from the plain rules.  Column and row order are fixed, so that two exports
of the same data are identical and later ones diff cleanly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.fields import (
    Bool,
    Choice,
    DateField,
    Field,
    FieldType,
    Id,
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
from jcpoa_tracker.schema import RECORD_SPECS, SOURCE

__all__ = [
    "EXPORT_VERSION",
    "PLANS",
    "RECORD_TABLES",
    "TABLES",
    "Column",
    "ColumnType",
    "ForeignKey",
    "Plan",
    "Row",
    "TableSpec",
    "Value",
    "table",
]

# Bumped when a table or column changes meaning or disappears (adding one
# does not): scripts can check it in the manifest or the export_info table.
EXPORT_VERSION: Final = 1

Value = str | int | float | bool | None
Row = tuple[Value, ...]

# --- where format 1's names differ from the rules -------------------------------

# kind -> {field: the field its columns follow}
_MOVED: Final = {"round": {"number": "track"}, "statement": {"text": "date"}}
# lists also given in their record's table, as one space-separated column
_JOINED: Final = frozenset({("statement", "topics")})
# link table -> the name of its value column (default: `<kind>_id` for ids,
# else the singular of the field)
_VALUE_COLUMN: Final = {"track_parties": "party_id"}
# mapping table -> (name, doc) of its key column and of its value column
_MAP_COLUMNS: Final = {
    "round_delegations": (
        ("party_id", "actor id of the party"),
        ("negotiator_id", "actor id of the negotiator"),
    )
}


class ColumnType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"
    DATE = "date"  # as written in the data: 2021, 2021-07, 2021-07-14, or with a time
    DAY = "day"  # an ISO day, YYYY-MM-DD, that sorts and compares as text

    @property
    def sql(self) -> str:
        """The SQLite type: booleans are 0/1 and dates are ISO text."""
        return {"integer": "INTEGER", "real": "REAL", "boolean": "INTEGER"}.get(self, "TEXT")


@dataclass(frozen=True, slots=True)
class Column:
    """A column of an exported table."""

    name: str
    type: ColumnType
    doc: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """Columns of an exported table that name rows of another."""

    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...] = ("id",)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """An exported table: its columns, keys and indexes."""

    name: str
    doc: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


@dataclass(frozen=True, slots=True)
class Plan:
    """A table and how to read its rows from one record (``file`` is the
    record's data file, for the record tables' ``file`` column)."""

    spec: TableSpec
    kind: str  # the record kind whose records fill it; "" for every kind
    rows: Callable[[Any, str], Iterable[Row]]


# --- columns of one field ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Part:
    """The columns one field becomes, and how to read them from its object."""

    field: str
    columns: tuple[Column, ...]
    cells: Callable[[Any], Row]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()


_KIND_TABLES: Final = {spec.name: key for key, spec in RECORD_SPECS.items()}


def _plain(value: Any) -> Value:
    return str(value) if isinstance(value, StrEnum) else value


def _column_type(field_type: FieldType) -> ColumnType:
    if isinstance(field_type, Int):
        return ColumnType.INTEGER
    if isinstance(field_type, Number):
        return ColumnType.REAL
    if isinstance(field_type, Bool):
        return ColumnType.BOOLEAN
    return ColumnType.TEXT


def _date_cells(when: FuzzyDate | None) -> Row:
    if when is None:
        return (None, None, None, None)
    return (
        when.isoformat(),
        when.precision.name.lower(),
        when.first_day.isoformat(),
        when.last_day.isoformat(),
    )


def _date_columns(name: str, doc: str, required: bool) -> tuple[Column, ...]:
    """A date as four columns: as written, its precision and the first and
    last day it covers (equal for a day; 1 to 31 July for ``2021-07``)."""
    return (
        Column(name, ColumnType.DATE, doc, required),
        Column(
            f"{name}_precision",
            ColumnType.TEXT,
            f"precision of `{name}`: day, month or year",
            required,
        ),
        Column(f"{name}_first_day", ColumnType.DAY, f"first day `{name}` covers", required),
        Column(f"{name}_last_day", ColumnType.DAY, f"last day `{name}` covers", required),
    )


def _value_part(
    name: str,
    field_type: FieldType,
    doc: str,
    required: bool,
    get: Callable[[Any], Any],
    *,
    index_words: bool,
) -> _Part:
    """One value: its column(s), a foreign key for an id of a record, an
    index for ids, ids of records and (where asked) words."""
    if isinstance(field_type, DateField):
        return _Part(name, _date_columns(name, doc, required), lambda obj: _date_cells(get(obj)))
    if isinstance(field_type, Ref) and " id" not in doc:
        doc = f"{doc} ({field_type.label})"
    elif isinstance(field_type, Choice) and not all(v in doc for v in field_type.values):
        doc = f"{doc}: {', '.join(field_type.values)}"
    column = Column(name, _column_type(field_type), doc, required)
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexed = type(field_type) is Id or (index_words and required and isinstance(field_type, Word))
    if isinstance(field_type, Ref):
        indexed = True
        if len(field_type.kinds) == 1:
            foreign_keys = (ForeignKey((name,), _KIND_TABLES[field_type.kinds[0]]),)
    return _Part(
        name,
        (column,),
        lambda obj: (_plain(get(obj)),),
        foreign_keys,
        ((name,),) if indexed else (),
    )


def _has_default(spec: Spec, name: str) -> bool:
    """Whether the model gives the field a value when the data has none
    (confidence, verified), so that its column is never empty."""
    if not dataclasses.is_dataclass(spec.build):
        return False
    for model_field in dataclasses.fields(spec.build):
        if model_field.name == name:
            return model_field.default not in (None, dataclasses.MISSING)
    return False


def _attribute(name: str) -> Callable[[Any], Any]:
    return lambda obj: getattr(obj, name)


def _parts(
    spec: Spec,
    fields: Iterable[Field],
    *,
    kind: str,
    id_name: str,
    index_words: bool,
    prefix: str = "",
    optional: bool = False,
) -> list[_Part]:
    """The columns of a spec's scalar fields, in field order; lists and
    mappings become tables of their own (``_tables``)."""
    parts: list[_Part] = []
    for spec_field in fields:
        field_type, name = spec_field.type, prefix + spec_field.name
        required = not optional and (spec_field.required or _has_default(spec, spec_field.name))
        get = _attribute(spec_field.name)
        if spec_field.name == "id" and not prefix:
            name = id_name
        if isinstance(field_type, Obj):
            parts.append(_flattened(spec_field, field_type.spec, kind, name, optional, get))
        elif isinstance(field_type, ListOf | MapOf):
            if (kind, spec_field.name) in _JOINED:
                doc = f"{spec_field.doc}, space-separated (also in `{kind}_{spec_field.name}`)"
                parts.append(
                    _Part(
                        name,
                        (Column(name, ColumnType.TEXT, doc),),
                        _joined(get),
                    )
                )
        else:
            parts.append(
                _value_part(
                    name, field_type, spec_field.doc, required, get, index_words=index_words
                )
            )
    return parts


def _joined(get: Callable[[Any], Any]) -> Callable[[Any], Row]:
    return lambda obj: (" ".join(get(obj)) or None,)


def _flattened(
    spec_field: Field, spec: Spec, kind: str, name: str, optional: bool, get: Callable[[Any], Any]
) -> _Part:
    """A nested object as prefixed columns: ``original`` -> ``original_lang``..."""
    inner = _parts(
        spec,
        spec.fields,
        kind=kind,
        id_name=f"{name}_id",
        index_words=False,
        prefix=f"{name}_",
        optional=optional or not spec_field.required,
    )
    columns = tuple(column for part in inner for column in part.columns)
    empty: Row = (None,) * len(columns)

    def cells(obj: Any) -> Row:
        value = get(obj)
        if value is None:
            return empty
        return tuple(cell for part in inner for cell in part.cells(value))

    return _Part(
        name,
        columns,
        cells,
        tuple(fk for part in inner for fk in part.foreign_keys),
        tuple(index for part in inner for index in part.indexes),
    )


def _cells_of(parts: list[_Part]) -> Callable[[Any], Row]:
    def cells(obj: Any) -> Row:
        return tuple(cell for part in parts for cell in part.cells(obj))

    return cells


# --- tables -------------------------------------------------------------------------

# (key values, values repeated after the position, the object) of each
# object whose lists a table holds
Items = Callable[[Any], Iterator[tuple[Row, Row, Any]]]


@dataclass(frozen=True, slots=True)
class _Level:
    """What the tables of one kind of object hang on: a record, a sticking
    point of a round..."""

    kind: str  # the record kind
    prefix: str  # of the tables' names: round, round_sticking_point
    owner: str  # what the object is, for docs: round, sticking point
    table: str  # where the objects are: rounds, round_sticking_points
    keys: tuple[Column, ...]  # the columns that identify one object
    target: tuple[str, ...]  # those columns' names in ``table``
    extras: tuple[Column, ...]  # columns repeated for easy joins (sticking_point_id)
    items: Items


_POSITION: Final = Column(
    "position", ColumnType.INTEGER, "order in the list in the data, from 1", True
)
_FILE: Final = (
    Column("file", ColumnType.TEXT, "the data file, relative to the data directory", True),
    Column("line", ColumnType.INTEGER, "the line of the record in that file", True),
)


def _doc(spec_field: Field, owner: str) -> str:
    article = "an" if owner[:1] in "aeiou" else "a"
    doc = spec_field.doc
    return f"{doc[:1].upper()}{doc[1:]} (`{spec_field.name}` of {article} {owner})."


def _under(level: _Level) -> tuple[Column, ...]:
    return (*level.keys, _POSITION, *level.extras)


def _parent_key(level: _Level) -> ForeignKey:
    return ForeignKey(tuple(c.name for c in level.keys), level.table, level.target)


def _link_table(level: _Level, spec_field: Field, item: FieldType) -> Iterator[Plan]:
    """A list of ids, words or texts: one row per item."""
    name = f"{level.prefix}_{spec_field.name}"
    default = f"{item.kinds[0]}_id" if isinstance(item, Ref) else singular(spec_field.name)
    if default in (c.name for c in level.keys):  # an actor's members: member_id
        default = f"{singular(spec_field.name)}_id"
    value = _value_part(
        _VALUE_COLUMN.get(name, default), item, spec_field.doc, True, lambda v: v, index_words=True
    )
    keys = tuple(c.name for c in level.keys)
    spec = TableSpec(
        name,
        _doc(spec_field, level.owner),
        (*_under(level), *value.columns),
        (*keys, "position"),
        (_parent_key(level), *value.foreign_keys),
        value.indexes,
    )
    get, items = _attribute(spec_field.name), level.items

    def rows(record: Any, file: str) -> Iterator[Row]:
        for key, extra, obj in items(record):
            for position, entry in enumerate(get(obj), 1):
                yield (*key, position, *extra, *value.cells(entry))

    yield Plan(spec, level.kind, rows)


def _map_table(level: _Level, spec_field: Field, mapping: MapOf) -> Iterator[Plan]:
    """A mapping: one row per key, or per item of a key's list."""
    name = f"{level.prefix}_{spec_field.name}"
    (key_name, key_doc), (value_name, value_doc) = _MAP_COLUMNS.get(
        name, (("key", spec_field.doc), ("value", spec_field.doc))
    )
    many = isinstance(mapping.value, ListOf)
    item = mapping.value.item if isinstance(mapping.value, ListOf) else mapping.value
    key = _value_part(key_name, mapping.key, key_doc, True, lambda v: v, index_words=True)
    value = _value_part(value_name, item, value_doc, True, lambda v: v, index_words=True)
    keys = tuple(c.name for c in level.keys)
    position = (_POSITION,) if many else ()
    spec = TableSpec(
        name,
        _doc(spec_field, level.owner),
        (*level.keys, *key.columns, *position, *level.extras, *value.columns),
        (*keys, key_name, *(("position",) if many else ())),
        (_parent_key(level), *key.foreign_keys, *value.foreign_keys),
        (*key.indexes, *value.indexes),
    )
    get, items = _attribute(spec_field.name), level.items

    def rows(record: Any, file: str) -> Iterator[Row]:
        for parent, extra, obj in items(record):
            found = get(obj)
            for entry in sorted(found):
                entries = found[entry] if many else (found[entry],)
                for number, each in enumerate(entries, 1):
                    place = (number,) if many else ()
                    yield (*parent, *key.cells(entry), *place, *extra, *value.cells(each))

    yield Plan(spec, level.kind, rows)


def _child_table(level: _Level, spec_field: Field, item: Spec) -> Iterator[Plan]:
    """A list of objects: one row per object, then the tables of its lists."""
    name = f"{level.prefix}_{spec_field.name}"
    one = singular(spec_field.name)
    parts = _parts(item, item.fields, kind=level.kind, id_name=f"{one}_id", index_words=False)
    keys = tuple(c.name for c in level.keys)
    spec = TableSpec(
        name,
        _doc(spec_field, level.owner),
        (*_under(level), *(c for part in parts for c in part.columns)),
        (*keys, "position"),
        (_parent_key(level), *(fk for part in parts for fk in part.foreign_keys)),
        tuple(index for part in parts for index in part.indexes),
    )
    get, items, cells = _attribute(spec_field.name), level.items, _cells_of(parts)

    def rows(record: Any, file: str) -> Iterator[Row]:
        for key, extra, obj in items(record):
            for position, entry in enumerate(get(obj), 1):
                yield (*key, position, *extra, *cells(entry))

    yield Plan(spec, level.kind, rows)
    has_id = "id" in item.by_name

    def children(record: Any) -> Iterator[tuple[Row, Row, Any]]:
        for key, _, obj in items(record):
            for position, entry in enumerate(get(obj), 1):
                yield (*key, position), ((entry.id,) if has_id else ()), entry

    child = _Level(
        level.kind,
        f"{level.prefix}_{one}",
        item.name,
        name,
        (
            *level.keys,
            Column(f"{one}_position", ColumnType.INTEGER, f"`position` of the {item.name}", True),
        ),
        (*keys, "position"),
        (
            (
                Column(
                    f"{one}_id",
                    ColumnType.TEXT,
                    f"the {item.name} (repeated for easy joins)",
                    True,
                ),
            )
            if has_id
            else ()
        ),
        children,
    )
    yield from _tables(child, item, record=False)


def _tables(level: _Level, spec: Spec, *, record: bool) -> Iterator[Plan]:
    """The tables of the lists and mappings of the objects at ``level``."""
    for spec_field in spec.fields:
        field_type = spec_field.type
        if record and spec_field.name == "sources":
            continue  # the shared sources table
        if isinstance(field_type, ListOf) and isinstance(field_type.item, Obj):
            yield from _child_table(level, spec_field, field_type.item.spec)
        elif isinstance(field_type, ListOf):
            yield from _link_table(level, spec_field, field_type.item)
        elif isinstance(field_type, MapOf):
            yield from _map_table(level, spec_field, field_type)
        elif isinstance(field_type, Obj):
            # the lists of a nested object hang on its record: statement_original_...
            get, items = _attribute(spec_field.name), level.items

            def inner(
                obj: Any, get: Callable[[Any], Any] = get, items: Items = items
            ) -> Iterator[tuple[Row, Row, Any]]:
                for key, extra, parent in items(obj):
                    if (value := get(parent)) is not None:
                        yield key, extra, value

            nested = dataclasses.replace(
                level,
                prefix=f"{level.prefix}_{spec_field.name}",
                owner=field_type.spec.name,
                items=inner,
            )
            yield from _tables(nested, field_type.spec, record=False)


def _ordered(kind: str, fields: tuple[Field, ...]) -> list[Field]:
    ordered = list(fields)
    for name, after in _MOVED.get(kind, {}).items():
        moved = next(f for f in ordered if f.name == name)
        ordered.remove(moved)
        ordered.insert(next(i for i, f in enumerate(ordered) if f.name == after) + 1, moved)
    return ordered


def _record_tables(table_name: str, spec: Spec) -> Iterator[Plan]:
    kind = spec.name
    parts = _parts(spec, _ordered(kind, spec.fields), kind=kind, id_name="id", index_words=True)
    first_date = next(
        (f.name for f in spec.fields if f.required and isinstance(f.type, DateField)), None
    )
    indexes = [index for part in parts for index in part.indexes if index != ("id",)]
    if first_date is not None:
        indexes.append((f"{first_date}_first_day",))
    table_spec = TableSpec(
        table_name,
        spec.doc,
        (*(c for part in parts for c in part.columns), *_FILE),
        ("id",),
        tuple(fk for part in parts for fk in part.foreign_keys),
        tuple(indexes),
    )
    cells = _cells_of(parts)

    def rows(record: Any, file: str) -> Iterator[Row]:
        yield (*cells(record), file, record.line)

    yield Plan(table_spec, kind, rows)

    def itself(record: Any) -> Iterator[tuple[Row, Row, Any]]:
        yield (record.id,), (), record

    level = _Level(
        kind,
        kind,
        kind,
        table_name,
        (Column(f"{kind.replace(' ', '_')}_id", ColumnType.TEXT, f"the {kind}", True),),
        ("id",),
        (),
        itself,
    )
    yield from _tables(level, spec, record=True)


def _sources_table() -> Plan:
    kinds = [spec.name for spec in RECORD_SPECS.values()]
    named = ", ".join(kinds[:-1]) + f" or {kinds[-1]}"
    parts = _parts(SOURCE, SOURCE.fields, kind="", id_name="id", index_words=False)
    spec = TableSpec(
        "sources",
        "The sources of every record (lists of objects have their own source tables).",
        (
            Column("record_id", ColumnType.TEXT, f"id of the {named}", True),
            Column("record_kind", ColumnType.TEXT, named, True),
            _POSITION,
            *(c for part in parts for c in part.columns),
        ),
        ("record_id", "position"),
        (),
        (("url",),),
    )
    cells = _cells_of(parts)

    def rows(record: Any, file: str) -> Iterator[Row]:
        for position, source in enumerate(record.sources, 1):
            yield (record.id, record.record_kind, position, *cells(source))

    return Plan(spec, "", rows)


PLANS: Final[tuple[Plan, ...]] = (
    *(plan for key, spec in RECORD_SPECS.items() for plan in _record_tables(key, spec)),
    _sources_table(),
)
TABLES: Final[tuple[TableSpec, ...]] = tuple(plan.spec for plan in PLANS)
_BY_NAME: Final = {spec.name: spec for spec in TABLES}
# record kind -> its table
RECORD_TABLES: Final = {spec.name: _BY_NAME[key] for key, spec in RECORD_SPECS.items()}


def table(name: str) -> TableSpec:
    return _BY_NAME[name]


def tables_markdown() -> str:
    """The tables as docs/export.md lists them (a test keeps the page in step)."""
    out: list[str] = []
    for spec in TABLES:
        key = ", ".join(f"`{name}`" for name in spec.primary_key)
        refs = "; ".join(
            f"{', '.join(f'`{c}`' for c in fk.columns)} → `{fk.table}`" for fk in spec.foreign_keys
        )
        out += [
            f"### `{spec.name}`",
            "",
            f"{spec.doc} Key: {key}." + (f" References: {refs}." if refs else ""),
            "",
            "| column | type | meaning |",
            "| --- | --- | --- |",
        ]
        columns = list(spec.columns)
        while columns:
            column = columns.pop(0)
            names = [column.name]
            if column.type is ColumnType.DATE:  # with its precision and days
                names += [c.name for c in columns[:3]]
                del columns[:3]
            kind = f"{column.type}, required" if column.required else str(column.type)
            meaning = column.doc.replace("|", "\\|")
            out.append(f"| {', '.join(f'`{n}`' for n in names)} | {kind} | {meaning} |")
        out.append("")
    return "\n".join(out)
