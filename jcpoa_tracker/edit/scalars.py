"""How one scalar is written: plain when that is unambiguous, else quoted.

A value is written plain only if it reads back as the same text, our loader
has no YAML 1.1 warning for it, and (for text) no other YAML tool would read
it as a number, a boolean, a date or null.  Everything else is double-quoted,
with escapes for what cannot be shown literally, so it always fits on one
line.  Lines are never folded: a quote stays on one line, so ``grep`` finds a
phrase and a corrected word changes one line of a diff.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Final

import yaml
from yaml.error import Mark
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from jcpoa_tracker.fields import IMPLICIT, Context, Text
from jcpoa_tracker.loader import DEFAULT_COMPOSER

__all__ = ["NULL_WORDS", "Style", "double_quoted", "plain_reads_back", "render"]

NULL_WORDS: Final = frozenset({"", "~", "null", "Null", "NULL"})
_STR_TAG: Final = "tag:yaml.org,2002:str"


class Style(StrEnum):
    """The quoting rule of a scalar, decided by the field that holds it."""

    TEXT = "text"  # plain unless another YAML tool would read something else
    DATE = "date"  # plain (dates are what a YAML tool should see as dates)
    VERBATIM = "verbatim"  # numbers, booleans, unknown keys: plain stays plain


# Starts with a letter, digit or "(", holds no ":" or "#" and no character
# YAML treats specially inside a line: such text is always a plain scalar.
_SURELY_PLAIN = re.compile(
    r"[A-Za-z0-9(][^:#\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]*"
)
_YAML12_NUMBER = re.compile(
    r"[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?"
    r"|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_RESOLVER: Final = yaml.resolver.Resolver()
_MARK: Final = Mark("<value>", 0, 0, 0, "", 0)


@lru_cache(maxsize=65536)  # keys, ids, dates and outlets repeat across a dataset
def render(text: str, style: Style, *, was_plain: bool = True, as_key: bool = False) -> str:
    """The scalar as it is written after ``key: `` or ``- `` (or as a key)."""
    if plain_reads_back(text, as_key=as_key):
        if style is Style.VERBATIM:
            if was_plain:
                return text
        elif not _loader_warns(text) and (style is Style.DATE or not _typed_by_other_tools(text)):
            return text
    return double_quoted(text)


def plain_reads_back(text: str, *, as_key: bool = False) -> bool:
    """True when ``text`` written without quotes is read as exactly ``text``."""
    if text != text.strip() or text in NULL_WORDS:
        return False
    if _SURELY_PLAIN.fullmatch(text):
        return True
    return _parses_as_plain(text, as_key)


@lru_cache(maxsize=4096)
def _parses_as_plain(text: str, as_key: bool) -> bool:
    contexts = ("{}: x\n",) if as_key else ("k: {}\n", "- {}\n")
    return all(_read_plain(context.format(text), as_key) == text for context in contexts)


def _read_plain(document: str, as_key: bool) -> str | None:
    composer = DEFAULT_COMPOSER(document.encode("utf-8"))
    try:
        root = composer.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        composer.dispose()
    node = None
    if isinstance(root, MappingNode) and len(root.value) == 1:
        node = root.value[0][0] if as_key else root.value[0][1]
    elif isinstance(root, SequenceNode) and len(root.value) == 1:
        node = root.value[0]
    if isinstance(node, ScalarNode) and not node.style and node.tag == IMPLICIT:
        return str(node.value)
    return None


def _loader_warns(text: str) -> bool:
    """Whether our loader flags this plain text (unquoted no, 1:20...)."""
    ctx = Context("<value>")
    Text().scalar(ScalarNode(IMPLICIT, text, _MARK, _MARK, style=None), ctx)
    return bool(ctx.problems)


def _typed_by_other_tools(text: str) -> bool:
    """YAML 1.1 (PyYAML) or 1.2 tools would read it as a non-string."""
    tag = _RESOLVER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag != _STR_TAG or _YAML12_NUMBER.fullmatch(text) is not None


_ESCAPES: Final = {
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def double_quoted(text: str) -> str:
    """``text`` in double quotes, on one line; characters YAML cannot show
    literally (controls, line breaks, a byte-order mark) are escaped."""
    return '"' + "".join(_escape(char) for char in text) + '"'


def _escape(char: str) -> str:
    named = _ESCAPES.get(char)
    if named is not None:
        return named
    if _printable(char):
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _printable(char: str) -> bool:
    code = ord(char)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    )
