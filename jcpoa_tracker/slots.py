"""Making and copying the model's records without running ``__init__``.

The model's records are frozen, slotted dataclasses whose ``__init__``
only stores each field (through ``object.__setattr__``, which a frozen
class needs).  Reports make thousands of records that are valid by
construction: records read back from the store (``make``, from the values
an instance had, so ``FuzzyDate``'s derived fields come back as stored),
and copies with one field changed, such as each source's tier filled in
(``evolve``, refused for a class with a ``__post_init__``).
``dataclasses.replace`` lists the fields and calls ``__init__`` with
keywords; setting the slots directly saves about a third of that, and
gives an equal record (``tests/test_slots.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import partial
from types import MemberDescriptorType
from typing import Any, TypeVar

__all__ = ["evolve", "field_names", "make", "setters"]

T = TypeVar("T")

_NAMES: dict[type, tuple[str, ...]] = {}
_NAME_SETS: dict[type, frozenset[str]] = {}
_SETTERS: dict[type, tuple[Callable[[object, object], None], ...]] = {}


def field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of dataclass ``cls`` in order (None: not a dataclass)."""
    names = _NAMES.get(cls)
    if names is None and is_dataclass(cls):
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """How to set each field of ``cls`` on a bare instance, bypassing a
    frozen class's guard: the slot's own descriptor (a third faster than
    ``object.__setattr__``), else ``object.__setattr__``."""
    found = _SETTERS.get(cls)
    if found is not None:
        return found
    names = field_names(cls)
    if names is None:
        raise TypeError(f"not a dataclass: {cls!r}")
    made: list[Callable[[object, object], None]] = []
    for name in names:
        slot = next((k.__dict__[name] for k in cls.__mro__ if name in k.__dict__), None)
        if isinstance(slot, MemberDescriptorType):
            made.append(slot.__set__)
        else:
            made.append(partial(_set_attribute, name=name))
    found = _SETTERS[cls] = tuple(made)
    return found


def make(cls: type[T], values: tuple[object, ...] | list[object]) -> T:
    """An instance of ``cls`` with its fields' ``values``, in field order,
    as an instance made before held them (``__post_init__`` is not run)."""
    record: T = object.__new__(cls)
    for set_field, value in zip(setters(cls), values, strict=True):
        set_field(record, value)
    return record


def evolve(record: T, /, **changes: Any) -> T:
    """``dataclasses.replace(record, **changes)`` for a record whose new
    values are already of their fields' types (nothing is checked); a class
    whose ``__init__`` does more than store its fields is refused."""
    cls = type(record)
    names = field_names(cls)
    if names is None:
        raise TypeError(f"not a dataclass: {cls!r}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} checks its fields in __post_init__: use replace")
    known = _NAME_SETS.get(cls) or _NAME_SETS.setdefault(cls, frozenset(names))
    if not changes.keys() <= known:
        unknown = sorted(changes.keys() - known)[0]
        raise TypeError(f"{cls.__name__} has no field {unknown!r}")
    return make(
        cls, [changes[name] if name in changes else getattr(record, name) for name in names]
    )


def _set_attribute(record: object, value: object, *, name: str) -> None:
    object.__setattr__(record, name, value)
