"""Reading and writing data files for the editing commands."""

from __future__ import annotations

import difflib
from pathlib import Path

from jcpoa_tracker.datadir import bundled_data_dir
from jcpoa_tracker.output import write_atomic

__all__ = ["installed_copy", "unified_diff", "write_data_file"]


def installed_copy(path: Path) -> bool:
    """True for the dataset shipped inside an installed package (in
    site-packages), which an upgrade would silently overwrite."""
    installed = Path(__file__).resolve().parent.parent / "data"
    if bundled_data_dir().resolve() != (installed / "rounds").resolve():
        return False  # a source checkout: its rounds/ is the repository's
    target = path.resolve()
    return target == installed or installed in target.parents


def write_data_file(path: Path, text: str) -> None:
    """Write atomically; a new file's folders are created first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text)


def unified_diff(before: str, after: str, shown: str) -> str:
    """``--- a/path`` / ``+++ b/path`` with three lines of context, as git shows it."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        f"a/{shown}",
        f"b/{shown}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
