"""Floors, each run as its own process so that it pays what a command pays.

    python benchmarks/floors.py load CORPUS         # yaml.load(CSafeLoader), every file, GC on
    python benchmarks/floors.py load-nogc CORPUS    # the same with the cyclic collector off
    python benchmarks/floors.py compose CORPUS      # the libyaml composer the tool itself uses
    python benchmarks/floors.py parse CORPUS        # yaml.parse events (CSafeLoader), GC off
    python benchmarks/floors.py pickle CORPUS FILE  # write FILE: every file's yaml.load result
    python benchmarks/floors.py unpickle FILE       # read it back, GC off
    python benchmarks/floors.py unpickle-gc FILE    # read it back, GC on
    python benchmarks/floors.py read-store CACHE    # every statement row of the tool's store

`load` is what a naive loader costs; `compose` is the parse the tool cannot
avoid (libyaml's C parser building nodes with their marks, through the
tool's own composer class, untyped, with the collector paused as the tool
pauses it); `unpickle` is the cost of getting every parsed record back
from a cache without parsing: what a warm report that rebuilds every record
as a Python object cannot beat; `read-store` reads every statement's row
(its stored document among them) from the store the tool built in the
cache folder CACHE, one row at a time: what printing every quote reads.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml


def data_files(corpus: Path) -> Iterator[Path]:
    """Every YAML file under the corpus, in a stable order."""
    for folder, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")):
                yield Path(folder, name)


def composer() -> Any:
    """The composer the tool uses (jcpoa_tracker/loader.py): libyaml's C
    parser building nodes with their marks, every tag left untyped (no
    implicit resolver).  Written out here so the floor imports nothing of
    the tool; PyYAML's CSafeLoader (which also resolves tags) without libyaml."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # pragma: no cover - only without libyaml
        return yaml.SafeLoader

    class Untyped(CParser):
        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            return "?"

        def descend_resolver(self, parent: Any, index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

    return Untyped


def main(argv: list[str]) -> int:
    mode, target = argv[0], Path(argv[1])
    if mode in ("load", "load-nogc"):
        if mode == "load-nogc":
            gc.disable()
        for path in data_files(target):
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    elif mode == "compose":
        gc.disable()
        make = composer()
        for path in data_files(target):
            parser = make(path.read_bytes())
            try:
                parser.get_single_node()
            finally:
                parser.dispose()
    elif mode == "parse":
        gc.disable()
        for path in data_files(target):
            for _ in yaml.parse(path.read_bytes(), Loader=yaml.CSafeLoader):
                pass
    elif mode == "pickle":
        gc.disable()
        parsed = [yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader) for p in data_files(target)]
        Path(argv[2]).write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    elif mode in ("unpickle", "unpickle-gc"):
        if mode == "unpickle":
            gc.disable()
        with target.open("rb") as f:
            pickle.load(f)
    elif mode == "read-store":
        import sqlite3

        (store,) = target.glob("*.quotes.sqlite")
        with contextlib.closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as db:
            for _ in db.execute("SELECT * FROM statements"):
                pass
    else:
        print(f"unknown floor {mode!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
