"""The fast indented JSON writer gives ``json.dumps(indent=2,
ensure_ascii=False)``'s text, byte for byte."""

from __future__ import annotations

import enum
import json
from collections import OrderedDict
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker.render.jsontext import indented

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and the infinities too, as json writes them
    | st.text()  # control characters, quotes, backslashes, surrogates, astral planes
)
_KEYS = st.text() | st.integers() | st.floats() | st.booleans() | st.none()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@settings(max_examples=400)
@given(_VALUES)
def test_the_text_is_json_dumps_text(value: Any) -> None:
    assert indented(value) == _dumps(value)


@settings(max_examples=100)
@given(_VALUES, st.integers(min_value=0, max_value=4))
def test_a_depth_indents_every_line_after_the_first(value: Any, depth: int) -> None:
    assert indented(value, depth) == _dumps(value).replace("\n", "\n" + "  " * depth)


class _Number(enum.IntEnum):
    TWO = 2


class _Text(str):
    pass


class _Ratio(float):
    pass


def test_subclasses_are_written_as_their_base_types() -> None:
    value = {
        "ordered": OrderedDict([("b", 1), ("a", [_Number.TWO])]),
        "text": _Text('x\n"y"'),
        "ratio": _Ratio(0.5),
        "empties": [{}, [], ()],
        "nested": [[{"k": (1, 2.0, None)}]],
    }
    assert indented(value) == _dumps(value)


def test_keys_equal_as_python_values_keep_their_own_text() -> None:
    # 1, 1.0 and True are one dict key to Python, three texts to json.
    for value in ({1: 0}, {1.0: 0}, {True: 0}, {"1": 0}, {1: 0}):
        assert indented(value) == _dumps(value)


def test_a_document_of_many_keys() -> None:
    value = {f"key {n}": [n, {f"inner {n}": str(n)}] for n in range(3000)}
    assert indented(value) == _dumps(value)
    assert indented(value, 1) == _dumps(value).replace("\n", "\n  ")


@pytest.mark.parametrize("value", [object(), {"set": {1}}, [b"bytes"], {(1, 2): "tuple key"}])
def test_what_json_cannot_write_is_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        _dumps(value)
    with pytest.raises(TypeError):
        indented(value)
