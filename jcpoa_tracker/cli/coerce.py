"""Option values without pydantic on the way.

Typer (0.29) turns every option value into its Python type through a
pydantic ``TypeAdapter``, and importing pydantic costs a run about as much
as importing Typer itself.  The options here are of a few plain kinds
(text, whole numbers in a range, paths, flags, choices from an enum, lists
of these), so ``light`` gives each such parameter a converter that handles
the values those kinds obviously accept, and hands everything else (a value
out of range, a number written ``+5``, any error) to Typer's own converter,
which gives the answer or the error message it always gave.  A test checks,
option by option, that both agree (tests/test_startup.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path

__all__ = ["light"]

# A value of one of these plain kinds, converted; or Typer's converter
# decides (any exception raised by a converter means the same).
Convert = Callable[[Any, Any, Any], Any]


class _Defer(Exception):
    """This value is for Typer's converter to judge."""


@dataclass(frozen=True)
class _Light(RuntimeParam):
    """One parameter's converter: ``convert``, else Typer's."""

    convert: Convert
    descriptor: TypeDescriptor

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return self.convert(value, param, ctx)
        except Exception:  # out of range, not a plain value, or an error to word
            return build_runtime_param(self.descriptor)._coerce_value(value, param, ctx)


def light(param: Any) -> None:
    """Give ``param`` (a Typer parameter) its light converter, when its kind
    has one and Typer has not built its own yet."""
    descriptor = getattr(param, "type_descriptor", None)
    if (
        not isinstance(descriptor, TypeDescriptor)
        or getattr(param, "_runtime_param", 0) is not None
    ):
        return
    convert = _converter(descriptor)
    if convert is not None:
        param._runtime_param = _Light(
            parameter_info=descriptor.parameter_info,
            annotation=descriptor.annotation,
            convert=convert,
            descriptor=descriptor,
        )


def _converter(descriptor: TypeDescriptor) -> Convert | None:
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return None
    annotation: Any = descriptor.annotation
    if get_origin(annotation) is list:
        (inner,) = get_args(annotation) or (None,)
        item = _leaf(inner, info)
        return None if item is None else _each(item)
    return _leaf(annotation, info)


def _each(item: Convert) -> Convert:
    def convert(value: Any, param: Any, ctx: Any) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise _Defer
        return [item(one, param, ctx) for one in value]

    return convert


_WHOLE = re.compile(r"-?(?:0|[1-9][0-9]{0,17})", re.ASCII)


def _leaf(annotation: Any, info: Any) -> Convert | None:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        choices = list(annotation)
        case_sensitive = info.case_sensitive

        def choice(value: Any, param: Any, ctx: Any) -> Any:
            return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)

        return choice
    if annotation is int:
        if info.clamp:
            return None
        low, high = info.min, info.max

        def whole(value: Any, param: Any, ctx: Any) -> int:
            if type(value) is int:
                number = value
            elif type(value) is str and _WHOLE.fullmatch(value):
                number = int(value)
            else:
                raise _Defer
            if (low is not None and number < low) or (high is not None and number > high):
                raise _Defer  # Typer words the error
            return number

        return whole
    if annotation is bool:
        return _exactly(bool)
    if annotation is str:
        return _exactly(str)
    if annotation is Path and info.path_type in (None, Path) and not info.allow_dash:

        def path(value: Any, param: Any, ctx: Any) -> Path:
            if type(value) is not str:
                raise _Defer
            # Typer's own checks (exists, file_okay...) on the text, then the
            # Path that pydantic would have made of it.
            checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
            if type(checked) is not str:
                raise _Defer
            return Path(checked)

        return path
    return None


def _exactly(kind: type) -> Convert:
    def same(value: Any, param: Any, ctx: Any) -> Any:
        if type(value) is not kind:
            raise _Defer
        return value

    return same
