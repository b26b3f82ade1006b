"""Indented JSON, written as ``json.dumps(value, indent=2, ensure_ascii=False)``
writes it, in a fraction of the time.

With ``indent``, the ``json`` module leaves its C encoder for a pure-Python
one made of nested generators, which took most of the time of writing every
quote of a common word as JSON.  This encoder appends to one list instead,
makes each key's line start once, and escapes strings with the C function
the ``json`` module itself uses, so the text is the same byte for byte
(``tests/test_jsontext.py`` checks it against ``json.dumps`` on generated
values).
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

__all__ = ["indented"]

_INDENT = "  "
_INFINITY = float("inf")
# The start of a dict's line ("," + indent + key + ": ") by indent and key;
# at most this many keys for each indent, so any document can be written.
_PREFIXES: dict[str, dict[str, str]] = {}
_PREFIXES_KEPT = 1024


def indented(value: Any, depth: int = 0) -> str:
    """``value`` as ``json.dumps(value, indent=2, ensure_ascii=False)``
    writes it, every line after the first indented ``depth`` levels more
    (as it would be inside a document nested that deep)."""
    out: list[str] = []
    _encode(value, out, "\n" + _INDENT * depth)
    return "".join(out)


def _encode(value: Any, out: list[str], newline: str) -> None:
    """Append ``value``'s text to ``out``; ``newline``: a line break and
    the indentation of the line ``value`` starts on."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        _encode_dict(value, out, newline)
    elif kind is list or kind is tuple:
        _encode_list(value, out, newline)
    else:
        _encode_other(value, out, newline)


def _encode_dict(value: dict[Any, Any], out: list[str], newline: str) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + _INDENT
    prefixes = _PREFIXES.get(inner)
    if prefixes is None:
        prefixes = _PREFIXES[inner] = {}
    append = out.append
    first = True
    for key, item in value.items():
        # Each line's start (the comma, the indent and the key) is made once
        # per key and depth: documents of one kind repeat the same keys.
        prefix = prefixes.get(key)
        if prefix is None:
            prefix = f",{inner}{encode_basestring(_key(key))}: "
            if type(key) is str and len(prefixes) < _PREFIXES_KEPT:
                prefixes[key] = prefix
        if first:
            append("{" + prefix[1:])
            first = False
        else:
            append(prefix)
        kind = type(item)
        if kind is str:  # the commonest cases, without a call
            append(encode_basestring(item))
        elif item is None:
            append("null")
        elif kind is dict:
            _encode_dict(item, out, inner)
        elif kind is list:
            _encode_list(item, out, inner)
        else:
            _encode_other(item, out, inner)
    append(newline + "}")


def _encode_list(value: list[Any] | tuple[Any, ...], out: list[str], newline: str) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + _INDENT
    separator = "[" + inner
    for item in value:
        out.append(separator)
        _encode(item, out, inner)
        separator = "," + inner
    out.append(newline + "]")


def _encode_other(value: Any, out: list[str], newline: str) -> None:
    """A value that is not exactly a string, a dict, a list or a tuple, as
    ``json`` writes it (their subclasses as themselves)."""
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, str):
        out.append(encode_basestring(value))
    elif isinstance(value, dict):
        _encode_dict(value, out, newline)
    elif isinstance(value, (list, tuple)):
        _encode_list(value, out, newline)
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as the string ``json`` turns it into."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
