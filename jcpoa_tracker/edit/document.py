"""A data file as a tree that keeps its comments, in canonical key order.

The file is composed by the loader's own composer (nothing is constructed,
so no tag runs), then every comment is found from the text and attached:

* a comment on a line of its own belongs to the key or list item that comes
  next, so it moves with that key when keys are put in order;
* a comment at the end of a line belongs to the innermost key or item on
  that line;
* comments before the first key are the file's header, and comments after
  the last one its footer; both stay where they are.

Keys are put in the order their spec in schema.py declares (unknown keys
after the known ones, in their own order: never dropped), and each scalar
gets the quoting rule of its field (see scalars.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeAlias

import yaml
from yaml.nodes import CollectionNode, MappingNode, ScalarNode, SequenceNode

from jcpoa_tracker.edit.scalars import NULL_WORDS, Style
from jcpoa_tracker.fields import (
    IMPLICIT,
    DateField,
    Field,
    FieldType,
    ListOf,
    MapOf,
    Obj,
    Spec,
    Text,
)
from jcpoa_tracker.loader import DEFAULT_COMPOSER
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = [
    "ROOT",
    "Comments",
    "Document",
    "Item",
    "Map",
    "Node",
    "Pair",
    "Scalar",
    "Seq",
    "Unformattable",
    "compose",
    "find_comments",
    "is_block_collection",
    "read",
    "split_bom",
    "style_of",
    "tree_of",
]


class Unformattable(Exception):
    """A file uses YAML the editor cannot rewrite without changing it."""

    def __init__(self, line: int, column: int, rule: str, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.rule, self.message = line, column, rule, message


@dataclass(frozen=True, slots=True)
class Comments:
    """The comment lines before a node and the comment after it on its line."""

    before: tuple[str, ...] = ()  # whole-line comments above the entry
    after: str | None = None  # the comment at the end of its first line


NO_COMMENTS = Comments()


@dataclass(frozen=True, slots=True)
class Scalar:
    """A scalar as written: its text, quoting style and tag."""

    text: str
    style: Style
    was_plain: bool = True
    tag: str | None = None

    @property
    def is_null(self) -> bool:
        return self.was_plain and self.tag is None and self.text in NULL_WORDS


@dataclass(frozen=True, slots=True)
class Pair:
    """A key and its value in a mapping, with their comments."""

    key: Scalar
    value: Node
    comments: Comments = NO_COMMENTS


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a sequence, with its comments."""

    value: Node
    comments: Comments = NO_COMMENTS


@dataclass(frozen=True, slots=True)
class Seq:
    """A YAML sequence."""

    items: tuple[Item, ...]
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Map:
    """A YAML mapping, its pairs in the file's order."""

    pairs: tuple[Pair, ...]
    tag: str | None = None


Node: TypeAlias = Scalar | Seq | Map


@dataclass(frozen=True, slots=True)
class Document:
    """A whole YAML file: its root node and the comments before and after it."""

    root: Node
    header: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()


# The top level of a data file, as a spec: its keys in canonical order.
ROOT = Spec(
    "data file",
    dict,
    tuple(Field(key, ListOf(Obj(spec)), spec.doc) for key, spec in RECORD_SPECS.items()),
)
FieldShape: TypeAlias = FieldType | Spec | None


def style_of(field_type: FieldShape) -> Style:
    if isinstance(field_type, ListOf) and field_type.one_or_many:
        return style_of(field_type.item)
    if isinstance(field_type, DateField):
        return Style.DATE
    if isinstance(field_type, Text):
        return Style.TEXT
    return Style.VERBATIM


@dataclass(frozen=True, slots=True)
class MapRules:
    """What a mapping's field type says about its keys."""

    rank: Callable[[str], int]
    value_type: Callable[[str], FieldShape]
    key_style: Style


def map_rules(field_type: FieldShape) -> MapRules:
    if isinstance(field_type, Obj):
        field_type = field_type.spec
    if isinstance(field_type, Spec):
        spec = field_type
        index = {f.name: i for i, f in enumerate(spec.fields)}
        return MapRules(
            lambda key: index.get(key, len(index)),
            lambda key: spec.by_name[key].type if key in spec.by_name else None,
            Style.TEXT,
        )
    if isinstance(field_type, MapOf):
        value = field_type.value
        return MapRules(lambda key: 0, lambda key: value, style_of(field_type.key))
    return MapRules(lambda key: 0, lambda key: None, Style.VERBATIM)


BOM = "\ufeff"


def split_bom(text: str) -> tuple[str, str]:
    """(the byte-order mark or "", the rest).  Marks are offsets into the
    text after the mark (libyaml skips it), so edits work on the rest."""
    return (BOM, text[1:]) if text.startswith(BOM) else ("", text)


def compose(text: str) -> yaml.Node | None:
    """The file's nodes, exactly as the loader composes them; ``text`` has
    no byte-order mark (see split_bom)."""
    composer = DEFAULT_COMPOSER(text.encode("utf-8"))
    try:
        root: yaml.Node | None = composer.get_single_node()
        return root
    finally:
        composer.dispose()


def read(text: str) -> Document | None:
    """The tree of a file, or None for a file with no content.

    Raises yaml.YAMLError for a file that does not parse, and
    :class:`Unformattable` for YAML the tree cannot hold (aliases, keys
    that are lists or mappings).
    """
    text = split_bom(text)[1]  # the canonical form has none
    root = compose(text)
    if root is None:
        return None
    if isinstance(root, ScalarNode):  # '~' or a word alone: nothing to put in order
        mark = root.start_mark
        raise Unformattable(
            mark.line + 1,
            mark.column + 1,
            "file-structure",
            "the file holds a single value, not a mapping of record lists",
        )
    survey = _Survey(entries="#" in text)  # entries only matter for comments
    survey.visit(root, depth=0)
    attached = survey.attach(find_comments(text, survey.spans))
    return Document(
        _Builder(attached.comments).build(root, ROOT),
        tuple(attached.header),
        tuple(attached.footer),
    )


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment of the file, and whether it has a line of its own."""

    line: int  # 0-based, as in the composer's marks
    text: str
    whole_line: bool


_HASH = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)


def find_comments(text: str, scalar_spans: list[tuple[int, int]] | None = None) -> list[Comment]:
    """Every comment of a file: a ``#`` after a blank or at a line start
    that is not inside a scalar."""
    text = split_bom(text)[1]
    if "#" not in text:  # most data files: no comment, and no need to parse
        return []
    if scalar_spans is None:
        root = compose(text)
        survey = _Survey(strict=False)
        if root is not None:
            survey.visit(root, depth=0)
        scalar_spans = survey.spans
    spans = sorted(scalar_spans)
    starts = [start for start, _ in spans]
    line_starts = _line_starts(text)
    found: list[Comment] = []
    seen_lines: set[int] = set()
    for match in _HASH.finditer(text):
        at = match.start()
        inside = bisect_right(starts, at) - 1
        if inside >= 0 and at < spans[inside][1]:
            continue
        line = bisect_right(line_starts, at) - 1
        if line in seen_lines:
            continue
        seen_lines.add(line)
        end = text.find("\n", at)
        comment = text[at : len(text) if end < 0 else end].rstrip()
        whole = not text[line_starts[line] : at].strip()
        found.append(Comment(line, comment, whole))
    return found


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


@dataclass(frozen=True, slots=True)
class _Entry:
    """Where a node starts and ends in the file, and how deep it is."""

    key: int  # id() of the key node (a pair) or of the item node
    head: int  # the line it starts on
    last: int  # the last line of its value
    depth: int
    order: int  # position in document order


@dataclass(slots=True)
class _Attached:
    """The comments of a file, each attached to the node it belongs to."""

    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    comments: dict[int, Comments] = field(default_factory=dict)


class _Survey:
    """One walk over the nodes: scalar spans (to tell comments from text),
    entries (to attach comments to) and the refusal of aliases."""

    def __init__(self, *, strict: bool = True, entries: bool = True) -> None:
        self.strict = strict  # refuse aliases (else skip what was seen)
        self.track_entries = entries
        self.spans: list[tuple[int, int]] = []
        self.entries: list[_Entry] = []
        self._seen: set[int] = set()

    def visit(self, node: yaml.Node, depth: int) -> None:
        if id(node) in self._seen:
            if not self.strict:
                return
            mark = node.start_mark
            raise Unformattable(
                mark.line + 1,
                mark.column + 1,
                "yaml-alias",
                "this value is used again by an alias (*name)",
            )
        self._seen.add(id(node))
        if isinstance(node, ScalarNode):
            self.spans.append((node.start_mark.index, node.end_mark.index))
        elif isinstance(node, SequenceNode):
            for item in node.value:
                self._entry(id(item), item.start_mark.line, item, depth + 1)
                self.visit(item, depth + 1)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    mark = key.start_mark
                    raise Unformattable(
                        mark.line + 1, mark.column + 1, "type", "keys must be plain words"
                    )
                self._entry(id(key), key.start_mark.line, value, depth + 1)
                self.visit(key, depth + 1)
                self.visit(value, depth + 1)

    def _entry(self, key: int, head: int, value: yaml.Node, depth: int) -> None:
        if not self.track_entries:
            return
        last = max(head, last_line(value))
        self.entries.append(_Entry(key, head, last, depth, len(self.entries)))

    def attach(self, comments: list[Comment]) -> _Attached:
        attached = _Attached()
        before: dict[int, list[str]] = {}
        after: dict[int, str] = {}
        by_head = sorted(self.entries, key=lambda e: (e.head, e.order))
        heads = [entry.head for entry in by_head]
        first = by_head[0].head if by_head else None
        for comment in comments:
            owner = None
            if first is None or comment.line < first:
                attached.header.append(comment.text)
                continue
            if comment.whole_line:
                at = bisect_right(heads, comment.line)
                owner = by_head[at] if at < len(by_head) else None
            else:
                covering = [e for e in self.entries if e.head <= comment.line <= e.last]
                if covering:
                    innermost = max(covering, key=lambda e: (e.depth, e.order))
                    if innermost.key not in after:
                        after[innermost.key] = comment.text
                        continue
                    owner = innermost  # a second one on a multi-line value
            if owner is not None:
                before.setdefault(owner.key, []).append(comment.text)
            else:
                attached.footer.append(comment.text)
        for key in before.keys() | after.keys():
            attached.comments[key] = Comments(tuple(before.get(key, ())), after.get(key))
        return attached


def is_block_collection(node: yaml.Node) -> bool:
    """A list or mapping written one entry per line (never empty)."""
    return isinstance(node, CollectionNode) and not node.flow_style and bool(node.value)


def last_line(node: yaml.Node) -> int:
    """The last line holding any of the node's text (0-based)."""
    if not is_block_collection(node):
        start, end = node.start_mark, node.end_mark
        if end.column == 0 and end.line > start.line:
            return int(end.line) - 1  # a block scalar ends at the next line's start
        return int(end.line)
    last = node.value[-1]
    return last_line(last[1] if isinstance(node, MappingNode) else last)


class _Builder:
    def __init__(self, comments: dict[int, Comments]) -> None:
        self.comments = comments

    def build(self, node: yaml.Node, field_type: FieldShape) -> Node:
        tag = None if node.tag == IMPLICIT else tag_shorthand(node.tag)
        if isinstance(node, ScalarNode):
            return Scalar(node.value, style_of(field_type), not node.style, tag)
        if isinstance(node, SequenceNode):
            item_type = field_type.item if isinstance(field_type, ListOf) else None
            items = tuple(self._item(item, item_type) for item in node.value)
            return Seq(items, tag)
        rules = map_rules(field_type)
        pairs = []
        for key_node, value_node in node.value:
            if key_node.value == "" and not key_node.style:
                mark = key_node.start_mark
                raise Unformattable(mark.line + 1, mark.column + 1, "type", "a key is empty")
            key = Scalar(key_node.value, rules.key_style, not key_node.style)
            value = self.build(value_node, rules.value_type(key.text))
            pairs.append(Pair(key, value, self.comments.get(id(key_node), NO_COMMENTS)))
        pairs.sort(key=lambda pair: rules.rank(pair.key.text))
        return Map(tuple(pairs), tag)

    def _item(self, node: yaml.Node, item_type: FieldShape) -> Item:
        return _compact(Item(self.build(node, item_type), self.comments.get(id(node), NO_COMMENTS)))


def _compact(item: Item) -> Item:
    """An item written ``- key: ...`` has no line end of its own: its
    end-of-line comment goes above it."""
    value = item.value
    compact = (
        isinstance(value, Map | Seq)
        and value.tag is None
        and bool(value.pairs if isinstance(value, Map) else value.items)
    )
    if compact and item.comments.after is not None:
        before = (*item.comments.before, item.comments.after)
        return Item(value, Comments(before, None))
    return item


def tree_of(node: yaml.Node, field_type: FieldShape) -> Node:
    """The tree of one composed node, without comments (for small rewrites)."""
    return _Builder({}).build(node, field_type)


def tag_shorthand(tag: str) -> str:
    if tag.startswith("tag:yaml.org,2002:"):
        return "!!" + tag.removeprefix("tag:yaml.org,2002:")
    if tag.startswith("!"):
        return tag
    return f"!<{tag}>"
