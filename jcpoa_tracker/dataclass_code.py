"""The methods ``dataclasses`` writes for this package's classes, compiled
in advance.

On Python 3.11, ``dataclasses`` writes each class's ``__init__``,
``__repr__``, ``__eq__``, ``__hash__`` and, for a frozen class,
``__setattr__`` and ``__delattr__`` as source text, and compiles each text
apart when the class is made: hundreds of compilations for this package's
classes, about a fifth of a warm `status` on the bundled data
(docs/performance.md measures it).

``dataclass_code_py311`` holds those texts as a Python module, written by
``python -m jcpoa_tracker.dataclass_code_writer`` for the Python that runs
it (another Python writes other texts, and has no such module); Python
keeps its bytecode in ``__pycache__`` as it does any module's.  While a
class of this package is made, the text ``dataclasses`` hands to ``exec``
is looked up there by its digest and, when it is found, the function
compiled from the same text by the same interpreter is made instead: the
class gets the very methods it would have had (a test holds every one to
what compiling its text gives).  A text not found there (a class changed
since the module was written) is compiled as before, and other packages'
classes are left alone.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import os
import sys
from contextlib import suppress
from importlib.util import cache_from_source
from types import CodeType, FunctionType
from typing import Any

from jcpoa_tracker.hashes import blake2b_128

__all__ = [
    "COMPILED_MODULE",
    "COMPILED_NAME",
    "MAKER",
    "PACKAGE",
    "digest",
    "install",
    "ours",
    "run_as_written",
]

PACKAGE = "jcpoa_tracker"
# The module for the running Python (a module name's cost: no file to read
# on another Python's start).
COMPILED_NAME = "dataclass_code_py{}{}".format(*sys.version_info[:2])
COMPILED_MODULE = f"{PACKAGE}.{COMPILED_NAME}"
# The function each text defines (dataclasses' own name for it).
MAKER = "__create_fn__"

_compiled: dict[str, CodeType] | None = None


def install() -> None:
    """Route the ``exec`` of ``dataclasses`` through ``_exec`` (once; never
    over another ``exec`` someone else put there)."""
    if "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def _exec(
    source: str | CodeType,
    globals: dict[str, Any] | None = None,
    locals: dict[str, Any] | None = None,
    /,
) -> None:
    if isinstance(source, str) and globals is not None and locals is not None and ours(globals):
        code = _compiled_code().get(digest(source))
        if code is not None:
            # What running ``def __create_fn__(...)`` at the top of the
            # text does: a function of the code, with these globals.
            locals[MAKER] = FunctionType(code, globals)
            return
    run_as_written(source, globals, locals)


def ours(globals: dict[str, Any]) -> bool:
    """Whether ``exec``'s globals are those of a module of this package."""
    module = globals.get("__name__")
    return isinstance(module, str) and module.partition(".")[0] == PACKAGE


def digest(text: str) -> str:
    """The key of a text in the compiled module."""
    return blake2b_128(text.encode())


def run_as_written(
    source: str | CodeType, globals: dict[str, Any] | None, locals: dict[str, Any] | None
) -> None:
    """``exec`` as ``dataclasses`` calls it."""
    if isinstance(source, str):
        # Compiled here, not by exec: exec would apply this module's
        # compiler flags to the text, not those of dataclasses.
        source = compile(source, "<string>", "exec", dont_inherit=True)
    builtins.exec(source, globals, locals)


def _compiled_code() -> dict[str, CodeType]:
    global _compiled
    if _compiled is None:
        _compiled = {}
        if _bytecode_kept():
            with suppress(ImportError):  # written since the check, or broken
                _compiled = importlib.import_module(COMPILED_MODULE).CODE
    return _compiled


def _bytecode_kept() -> bool:
    """Whether the running Python has a compiled module, with its bytecode
    cached or to be cached: compiling the whole module on every run would
    cost four times what it saves (``PYTHONDONTWRITEBYTECODE``, a read-only
    installation without ``.pyc`` files)."""
    source = os.path.join(os.path.dirname(__file__), COMPILED_NAME + ".py")  # noqa: PTH118, PTH120
    if not os.path.exists(source):  # noqa: PTH110 (strings: no Path made per run)
        return False
    cached = cache_from_source(source)
    if os.path.exists(cached):  # noqa: PTH110
        return True
    if sys.dont_write_bytecode:
        return False
    folder = os.path.dirname(cached)  # noqa: PTH120
    return os.access(folder if os.path.isdir(folder) else os.path.dirname(source), os.W_OK)  # noqa: PTH112, PTH120
