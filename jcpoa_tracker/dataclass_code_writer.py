"""Writes ``dataclass_code_py311`` (see dataclass_code), or the module of
the Python that runs it: run
``python -m jcpoa_tracker.dataclass_code_writer`` after changing a
dataclass of the package (a test says when it is out of date)."""

import dataclasses
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from jcpoa_tracker.dataclass_code import (
    COMPILED_MODULE,
    COMPILED_NAME,
    MAKER,
    PACKAGE,
    digest,
    ours,
    run_as_written,
)

__all__ = ["module_source", "recorded_texts", "shape", "write"]


def recorded_texts() -> dict[str, str]:
    """Every text ``dataclasses`` compiles for this package's classes, by
    digest: each module of the package imported, in a fresh interpreter
    (a module already imported makes no class)."""
    import importlib
    import pkgutil

    import jcpoa_tracker

    texts: dict[str, str] = {}

    def record(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str) and isinstance(globals, dict) and ours(globals):
            texts[digest(source)] = source
        run_as_written(source, globals, locals)

    previous = vars(dataclasses).get("exec")
    dataclasses.exec = record  # type: ignore[attr-defined]
    try:
        for found in pkgutil.walk_packages(jcpoa_tracker.__path__, f"{PACKAGE}."):
            if found.name in (COMPILED_MODULE, f"{PACKAGE}.__main__", __name__):
                continue
            importlib.import_module(found.name)
    finally:
        if previous is None:
            del dataclasses.exec  # type: ignore[attr-defined]
        else:
            dataclasses.exec = previous  # type: ignore[attr-defined]
    return dict(sorted(texts.items()))


def module_source(texts: dict[str, str]) -> str:
    """The compiled module: each text as it is, then its function's
    code kept under the text's digest."""
    version = ".".join(map(str, sys.version_info[:2]))
    parts = [
        '"""The methods dataclasses writes for this package\'s classes, as it\n'
        "writes them (see dataclass_code).  Written by\n"
        "`python -m jcpoa_tracker.dataclass_code_writer`: do not edit.\n"
        f'Python {version}."""\n\n'
        "# ruff: noqa\n"
        "# fmt: off\n"
        "CODE = {}\n"
    ]
    for key, text in texts.items():
        parts.append(f"\n\n{text}\n\nCODE[{key!r}] = {MAKER}.__code__\n")
    parts.append(f"\ndel {MAKER}\n")
    return "".join(parts)


def shape(code: CodeType) -> tuple[Any, ...]:
    """What a code object does, leaving out where it was written (file and
    line numbers): equal shapes run the same."""
    consts = tuple(shape(c) if isinstance(c, CodeType) else (type(c), c) for c in code.co_consts)
    return (
        code.co_name,
        code.co_qualname,
        code.co_code,
        consts,
        code.co_names,
        code.co_varnames,
        code.co_freevars,
        code.co_cellvars,
        code.co_flags,
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_stacksize,
        code.co_exceptiontable,
    )


def write(path: Path) -> None:
    from jcpoa_tracker.output import write_atomic

    write_atomic(path, module_source(recorded_texts()))


if __name__ == "__main__":
    target = Path(__file__).with_name(f"{COMPILED_NAME}.py")
    write(target)
    print(f"wrote {target}")
