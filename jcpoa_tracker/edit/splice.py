"""Edits that change a few lines of a file and leave every other byte alone.

Each edit is located with the composer's marks (character offsets into the
text) and inserts or replaces whole lines, written in the canonical form, at
the place the canonical key order gives them.  Comments stay where they are;
an edit that would have to remove a comment refuses instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from jcpoa_tracker.dates import DateError, parse_iso
from jcpoa_tracker.edit.document import (
    FieldShape,
    Item,
    Pair,
    Scalar,
    Seq,
    find_comments,
    is_block_collection,
    map_rules,
    tree_of,
)
from jcpoa_tracker.edit.emit import Value, from_value, inline, item_lines, pair_lines
from jcpoa_tracker.edit.scalars import NULL_WORDS
from jcpoa_tracker.fields import ListOf

__all__ = ["EditError", "Step", "append_item", "descend", "find_record", "set_value"]


class EditError(Exception):
    """An edit that cannot be made as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Step:
    """From a mapping to the mapping under ``key``, or (with ``match``) to
    the item of the list under ``key`` whose ``match[0]`` is ``match[1]``."""

    key: str
    match: tuple[str, str] | None = None


def find_record(root: yaml.Node | None, list_key: str, record_id: str) -> MappingNode | None:
    if not isinstance(root, MappingNode):
        return None
    for key, records in root.value:
        if key.value != list_key or not isinstance(records, SequenceNode):
            continue
        for record in records.value:
            if isinstance(record, MappingNode) and _scalar(record, "id") == record_id:
                return record
    return None


def descend(
    mapping: MappingNode, shape: FieldShape, steps: Sequence[Step]
) -> tuple[MappingNode, FieldShape] | None:
    """The mapping the steps lead to and its field type; None if a key or
    an item on the way is missing."""
    for step in steps:
        value = _value(mapping, step.key)
        shape = map_rules(shape).value_type(step.key)
        if step.match is not None:
            if not isinstance(value, SequenceNode):
                return None
            shape = shape.item if isinstance(shape, ListOf) else None
            match_key, wanted = step.match
            found = [
                item
                for item in value.value
                if isinstance(item, MappingNode) and _scalar(item, match_key) == wanted
            ]
            if not found:
                return None
            value = found[0]
        if not isinstance(value, MappingNode):
            return None
        mapping = value
    return mapping, shape


def set_value(text: str, mapping: MappingNode, shape: FieldShape, key: str, value: Value) -> str:
    """``key: value`` in the mapping: the value replaced, or a new key added
    where the canonical order puts it."""
    _refuse_flow(mapping, "mapping")
    rules = map_rules(shape)
    node = from_value(value, rules.value_type(key))
    pairs = [(k, v) for k, v in mapping.value if k.value == key]
    if len(pairs) > 1:
        raise EditError(f"'{key}' appears twice in one mapping; fix the file first")
    indent: int = mapping.value[0][0].start_mark.column
    if not pairs:
        return _insert_pair(text, mapping, rules.rank, Pair(Scalar(key, rules.key_style), node))
    key_node, old = pairs[0]
    if isinstance(node, Scalar) and isinstance(old, ScalarNode):
        if _is_null(old) and old.start_mark.index == old.end_mark.index:
            colon = text.index(":", key_node.end_mark.index) + 1
            return text[:colon] + " " + inline(node) + text[colon:]
        return text[: old.start_mark.index] + inline(node) + text[old.end_mark.index :]
    start, end = key_node.start_mark.index, _line_end(text, _content_end(old))
    _refuse_comments(text, start, end, key)
    lines = pair_lines(Pair(Scalar(key, rules.key_style), node), indent)
    return text[:start] + "\n".join(lines)[indent:] + "\n" + text[end:]


def append_item(
    text: str,
    mapping: MappingNode,
    shape: FieldShape,
    key: str,
    value: Value,
    order_by: str | None = None,
) -> str:
    """Add ``value`` to the list under ``key`` (made if absent): at the end,
    or before the first item whose ``order_by`` date is later."""
    _refuse_flow(mapping, "mapping")
    old = _value(mapping, key)
    list_type = map_rules(shape).value_type(key)
    if old is None or (isinstance(old, ScalarNode) and _is_null(old)):
        return set_value(text, mapping, shape, key, [value])
    if not isinstance(old, SequenceNode):
        raise EditError(f"'{key}' is not a list")
    item_type = list_type.item if isinstance(list_type, ListOf) else None
    node = from_value(value, item_type)
    if old.flow_style:  # [a, b]: rewrite the list in block style with the new item
        existing = tree_of(old, list_type)
        assert isinstance(existing, Seq)
        return _replace_list(text, mapping, shape, key, Seq((*existing.items, Item(node))))
    lines = item_lines(Item(node), old.start_mark.column)
    position = _position(old.value, order_by, value)
    if position < len(old.value):
        at = _line_start(text, old.value[position].start_mark.index)
    else:
        at = _line_end(text, _content_end(old.value[-1]))
    return _insert_lines(text, at, lines)


def _replace_list(text: str, mapping: MappingNode, shape: FieldShape, key: str, seq: Seq) -> str:
    rules = map_rules(shape)
    key_node, old = next((k, v) for k, v in mapping.value if k.value == key)
    start, end = key_node.start_mark.index, _line_end(text, _content_end(old))
    _refuse_comments(text, start, end, key)
    indent = key_node.start_mark.column
    lines = pair_lines(Pair(Scalar(key, rules.key_style), seq), indent)
    return text[:start] + "\n".join(lines)[indent:] + "\n" + text[end:]


def _position(items: list[yaml.Node], order_by: str | None, value: Value) -> int:
    if order_by is None or not isinstance(value, dict) or not isinstance(value.get(order_by), str):
        return len(items)
    new_key = _date_key(str(value[order_by]))
    if new_key is None:
        return len(items)
    for index, item in enumerate(items):
        old_key = _date_key(_scalar(item, order_by)) if isinstance(item, MappingNode) else None
        if old_key is not None and old_key > new_key:
            return index
    return len(items)


def _date_key(text: str | None) -> tuple[date, int, str] | None:
    if text is None:
        return None
    try:
        return parse_iso(text).sort_key
    except DateError:
        return None


def _insert_pair(text: str, mapping: MappingNode, rank: Callable[[str], int], pair: Pair) -> str:
    indent: int = mapping.value[0][0].start_mark.column
    lines = pair_lines(pair, indent)
    new_rank = rank(pair.key.text)
    earlier = [(k, v) for k, v in mapping.value if rank(k.value) <= new_rank]
    if earlier:
        return _insert_lines(text, _line_end(text, _content_end(earlier[-1][1])), lines)
    # Before the first key, which may share its line with a list item's dash.
    at: int = mapping.value[0][0].start_mark.index
    return text[:at] + "\n".join(lines)[indent:] + "\n" + " " * indent + text[at:]


def _insert_lines(text: str, at: int, lines: list[str]) -> str:
    block = "\n".join(lines) + "\n"
    if at == len(text) and text and not text.endswith("\n"):
        block = "\n" + block
    return text[:at] + block + text[at:]


def _content_end(node: yaml.Node) -> int:
    """Where the node's own text ends (not the blank lines and comments a
    block collection's end mark runs on to)."""
    if not is_block_collection(node):
        return int(node.end_mark.index)
    last = node.value[-1]
    return _content_end(last[1] if isinstance(node, MappingNode) else last)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    if at > 0 and text[at - 1] == "\n":
        return at
    newline = text.find("\n", at)
    return len(text) if newline < 0 else newline + 1


def _refuse_comments(text: str, start: int, end: int, key: str) -> None:
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, max(start, end - 1))
    if any(first <= comment.line <= last for comment in find_comments(text)):
        raise EditError(
            f"'{key}' holds comments that rewriting it would lose; edit that part by hand"
        )


def _refuse_flow(node: MappingNode, what: str) -> None:
    if node.flow_style:
        raise EditError(
            f"the {what} is written in flow style ({{...}}); "
            "run 'jcpoa-tracker fmt' on the file first"
        )


def _value(mapping: MappingNode, key: str) -> yaml.Node | None:
    return next((value for k, value in mapping.value if k.value == key), None)


def _scalar(mapping: MappingNode, key: str) -> str | None:
    value = _value(mapping, key)
    return str(value.value) if isinstance(value, ScalarNode) else None


def _is_null(node: ScalarNode) -> bool:
    return not node.style and node.value in NULL_WORDS
