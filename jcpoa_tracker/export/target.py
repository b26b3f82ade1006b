"""Where an export goes, what it may overwrite, and replacing it atomically.

The rule: an export replaces only what an earlier export wrote (a folder
with our manifest and nothing else, a database with our application id, a
JSON Lines file with our header line), an empty folder or an empty file.
Anything else is refused unless ``force`` is given, and even then a folder
is never emptied: the export's files are written into it beside the others.

Atomicity: a file is built under a temporary name beside the target and
renamed over it.  A folder is built whole in a temporary folder beside the
target, then swapped in by two renames (old folder aside, new folder in), so
readers see the old export or the new one, never a mix; the old one is
deleted only after the swap.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from jcpoa_tracker.output import write_atomic

__all__ = [
    "GENERATOR",
    "MANIFEST_NAME",
    "Layout",
    "Target",
    "TargetError",
    "WriteMode",
    "folder_target",
    "is_export_folder",
    "replace_file",
    "single_file_target",
    "write_folder",
]

MANIFEST_NAME: Final = "jcpoa-tracker-export.json"
GENERATOR: Final = "jcpoa-tracker"


class TargetError(Exception):
    """The target cannot be written as asked; the message says what to do."""


class Layout(StrEnum):
    FOLDER = "folder"
    FILE = "file"
    STDOUT = "stdout"


class WriteMode(StrEnum):
    CREATE = "create"  # nothing there yet
    REPLACE = "replace"  # an earlier export, or empty: replaced as a whole
    WRITE_INTO = "write-into"  # --force on a folder that is not ours


@dataclass(frozen=True, slots=True)
class Target:
    """Where an export is written, in which layout, and how."""

    path: Path
    layout: Layout
    mode: WriteMode


def folder_target(path: Path, *, force: bool, what: str) -> Target:
    """Check a folder target; ``what`` names the format in messages."""
    shown, path = path, path.resolve()  # messages name the path as typed
    if path.exists() and not path.is_dir():
        raise TargetError(f"'{shown}' is a file; {what} exports write a folder: give a folder name")
    if not path.exists():
        return Target(path, Layout.FOLDER, WriteMode.CREATE)
    if not any(path.iterdir()) or is_export_folder(path):
        return Target(path, Layout.FOLDER, WriteMode.REPLACE)
    if force:
        return Target(path, Layout.FOLDER, WriteMode.WRITE_INTO)
    raise TargetError(
        f"'{shown}' is not empty and does not hold an earlier export (or holds other "
        "files beside one); choose a new or empty folder, or add --force to write "
        "the export's files into it (other files are kept)"
    )


def single_file_target(
    path: Path, *, force: bool, what: str, ours: Callable[[Path], bool]
) -> Target:
    """Check a file target: refused when it is a folder, or a file that an
    earlier export did not write (unless ``force``)."""
    shown, path = path, path.resolve()
    if path.is_dir():
        raise TargetError(f"'{shown}' is a folder; a {what} export is one file: give a file name")
    if not path.exists():
        return Target(path, Layout.FILE, WriteMode.CREATE)
    if path.stat().st_size == 0 or ours(path) or force:
        return Target(path, Layout.FILE, WriteMode.REPLACE)
    raise TargetError(
        f"'{shown}' exists and was not written by an earlier export; "
        "choose another name, or add --force to replace it"
    )


def is_export_folder(path: Path) -> bool:
    """A folder holding our manifest and only the files it lists."""
    try:
        manifest = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))
        files = {entry["file"] for entry in manifest["tables"]}
        if manifest.get("generator") != GENERATOR:
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return all(entry.name in files or entry.name == MANIFEST_NAME for entry in path.iterdir())


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _file_mode() -> int:
    """What a plain open() would give: mkstemp's 0600 would hide an export
    from the other users of a shared server."""
    return 0o666 & ~_umask()


def _write(path: Path, content: str | bytes | Iterable[str], mode: int) -> None:
    write_atomic(path, content)
    path.chmod(mode)


def replace_file(target: Target, build: Callable[[Path], None]) -> None:
    """``build`` writes the whole file at the path it is given (a fresh,
    empty file beside the target); it is then renamed over the target."""
    target.path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.path.name}.", suffix=".tmp", dir=target.path.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        build(temporary)
        with temporary.open("rb") as stream:
            os.fsync(stream.fileno())
        temporary.chmod(_file_mode())
        temporary.replace(target.path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_folder(target: Target, files: Iterable[tuple[str, str | Iterable[str]]]) -> None:
    """Write ``files`` (name, content: text or pieces of it) as the folder
    ``target``."""
    mode = _file_mode()
    if target.mode is WriteMode.WRITE_INTO:
        # Not ours to replace: each file is atomic, the set is not.
        for name, content in files:
            _write(target.path / name, content, mode)
        return
    target.path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{target.path.name}.", suffix=".tmp", dir=target.path.parent)
    )
    try:
        for name, content in files:
            _write(staging / name, content, mode)
        staging.chmod(mode | (0o111 & ~_umask()))  # not mkdtemp's 0700: as mkdir would
        _swap(staging, target.path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, path: Path) -> None:
    if not path.exists():
        staging.rename(path)
        return
    old = staging.with_suffix(".old")
    path.rename(old)
    try:
        staging.rename(path)
    except BaseException:
        old.rename(path)  # put the earlier export back
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)
