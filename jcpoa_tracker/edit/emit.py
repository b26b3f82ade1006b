"""The canonical text of a tree, and trees built from plain values.

The form is the one the bundled files are written in: block style, two
spaces per mapping level, list items as ``- `` two spaces in from their key,
the first key of a list item on the dash's line, one value per line (never
folded), comments indented like the key they belong to (two spaces before
an end-of-line ``#``), no trailing blanks and exactly one final newline.
Empty lists and mappings are ``[]`` and ``{}``; an empty value is left empty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeGuard

from jcpoa_tracker.edit.document import (
    NO_COMMENTS,
    Comments,
    Document,
    FieldShape,
    Item,
    Map,
    Node,
    Pair,
    Scalar,
    Seq,
    map_rules,
    style_of,
)
from jcpoa_tracker.edit.scalars import render
from jcpoa_tracker.fields import ListOf

__all__ = ["Value", "document_text", "from_value", "inline", "item_lines", "pair_lines"]

INDENT = 2

# What add and set build records from: text (already in the data's form),
# lists and mappings of those.
Value = str | Sequence["Value"] | Mapping[str, "Value"]


def document_text(document: Document) -> str:
    lines = [*document.header, *_root_lines(document.root), *document.footer]
    return "\n".join(lines) + "\n"


def _root_lines(root: Node) -> list[str]:
    if not _is_block(root):
        return [inline(root)]
    tag = [root.tag] if root.tag is not None else []  # `!!map` on a line of its own
    return tag + _block_lines(root, 0)


def pair_lines(pair: Pair, indent: int) -> list[str]:
    """A key and its value, its comments above and at its line end."""
    pad = " " * indent
    lines = [pad + comment for comment in pair.comments.before]
    head = pad + _key(pair.key) + ":"
    value = pair.value
    if _is_block(value):
        lines.append(_with_comment(head + _tag_suffix(value), pair.comments.after))
        lines.extend(_block_lines(value, indent + INDENT))
    else:
        text = inline(value)
        lines.append(_with_comment(head + (" " + text if text else ""), pair.comments.after))
    return lines


def item_lines(item: Item, indent: int) -> list[str]:
    """A list item: ``- value``, or a mapping or list starting on the dash's line."""
    pad = " " * indent
    lines = [pad + comment for comment in item.comments.before]
    value = item.value
    if not _is_block(value):
        text = inline(value)
        lines.append(_with_comment(pad + "-" + (" " + text if text else ""), item.comments.after))
        return lines
    if value.tag is not None:
        lines.append(_with_comment(pad + "- " + value.tag, item.comments.after))
        lines.extend(_block_lines(value, indent + INDENT))
        return lines
    if isinstance(value, Map):
        first, *rest = value.pairs
        # The first key's own comments cannot sit between the dash and the key.
        lines.extend(pad + comment for comment in first.comments.before)
        bare = Pair(first.key, first.value, Comments((), first.comments.after))
        body = _map_lines(Map((bare, *rest)), indent + INDENT)
    else:
        first_item, *more = value.items
        lines.extend(pad + comment for comment in first_item.comments.before)
        bare_item = Item(first_item.value, Comments((), first_item.comments.after))
        body = _seq_lines(Seq((bare_item, *more)), indent + INDENT)
    body[0] = pad + "- " + body[0][indent + INDENT :]
    lines.extend(body)
    return lines


def _map_lines(mapping: Map, indent: int) -> list[str]:
    return [line for pair in mapping.pairs for line in pair_lines(pair, indent)]


def _seq_lines(seq: Seq, indent: int) -> list[str]:
    return [line for item in seq.items for line in item_lines(item, indent)]


def _block_lines(value: Map | Seq, indent: int) -> list[str]:
    return _map_lines(value, indent) if isinstance(value, Map) else _seq_lines(value, indent)


def _is_block(value: Node) -> TypeGuard[Map | Seq]:
    if isinstance(value, Map):
        return bool(value.pairs)
    if isinstance(value, Seq):
        return bool(value.items)
    return False


def inline(value: Node) -> str:
    """A scalar, or an empty list or mapping, as written after ``key: ``."""
    prefix = value.tag + " " if value.tag is not None else ""
    if isinstance(value, Map):
        return prefix + "{}"
    if isinstance(value, Seq):
        return prefix + "[]"
    if value.is_null:
        return ""
    return prefix + render(value.text, value.style, was_plain=value.was_plain)


def _tag_suffix(value: Node) -> str:
    return " " + value.tag if value.tag is not None else ""


def _key(key: Scalar) -> str:
    prefix = key.tag + " " if key.tag is not None else ""
    return prefix + render(key.text, key.style, was_plain=key.was_plain, as_key=True)


def _with_comment(line: str, comment: str | None) -> str:
    return line if comment is None else f"{line}  {comment}"


def from_value(value: Value, field_type: FieldShape) -> Node:
    """A tree for a value typed by a person (add, set), in canonical order."""
    if isinstance(value, str):
        return Scalar(value, style_of(field_type))
    if isinstance(value, Mapping):
        rules = map_rules(field_type)
        pairs = [
            Pair(Scalar(key, rules.key_style), from_value(item, rules.value_type(key)))
            for key, item in value.items()
        ]
        pairs.sort(key=lambda pair: rules.rank(pair.key.text))
        return Map(tuple(pairs))
    item_type = field_type.item if isinstance(field_type, ListOf) else None
    return Seq(tuple(Item(from_value(item, item_type), NO_COMMENTS) for item in value))
