"""Reading and writing data files for the editing commands.

A data file is written only inside its data directory and never through a
symbolic link (see docs/editing.md, "Links, locks and temporary files"):
``check_target`` refuses a path that is a link, that is not a regular file,
or whose folder is reached through a link.  Writes are atomic, and a
temporary file left by a killed writer is removed by the next write to its
folder.
"""

from __future__ import annotations

import difflib
import errno
import os
import re
import stat
from pathlib import Path

from jcpoa_tracker.datadir import UnsafeFile, bundled_data_dir, display_path, read_data
from jcpoa_tracker.output import remove_stale_temporaries, write_atomic

__all__ = [
    "check_target",
    "installed_copy",
    "read_for_edit",
    "unified_diff",
    "write_data_file",
]

# What write_atomic leaves when killed: ".<name>.<8 random characters>.tmp".
_TEMPORARY = re.compile(r"\..+\.(?:yaml|yml)\.[A-Za-z0-9_]{8}\.tmp\Z")


def installed_copy(path: Path) -> bool:
    """True for the dataset shipped inside an installed package (in
    site-packages), which an upgrade would silently overwrite."""
    installed = Path(__file__).resolve().parent.parent / "data"
    if bundled_data_dir().resolve() != (installed / "rounds").resolve():
        return False  # a source checkout: its rounds/ is the repository's
    target = path.resolve()
    return target == installed or installed in target.parents


def check_target(root: Path, path: Path) -> None:
    """Raise OSError (its strerror says why) unless ``path`` may be written
    as a data file of ``root``: inside it, reached through no symbolic link,
    and a regular file or not there yet."""
    base = root.resolve()
    folder = path.parent.resolve()
    if not (folder == base or base in folder.parents):
        raise OSError(
            errno.ELOOP,
            "its folder is outside the data directory (reached through a symbolic link); "
            "nothing is written through a link",
        )
    lexical = Path(os.path.normpath(path.parent.absolute()))
    rooted = Path(os.path.normpath(root.absolute()))
    inside = rooted in lexical.parents or lexical == rooted
    if inside and lexical.relative_to(rooted) != folder.relative_to(base):
        raise OSError(
            errno.ELOOP,
            "its folder is reached through a symbolic link; nothing is written through a link",
        )
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise OSError(
            errno.ELOOP, "it is a symbolic link; add, set and fmt never write through a link"
        )
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "it is not a regular file")


def read_for_edit(root: Path, path: Path) -> str | None:
    """The text of the data file about to be edited, or None when it does
    not exist yet.  Raises EditError for a file that must not or cannot be
    edited: a link, a special file (``check_target``), an unreadable or
    oversized file (``datadir.read_data``), text that is not UTF-8."""
    from jcpoa_tracker.edit.splice import EditError

    shown = display_path(path)
    try:
        check_target(root, path)
        return read_data(path).decode("utf-8")
    except FileNotFoundError:
        return None
    except UnsafeFile as error:
        raise EditError(f"'{shown}': {error.message}") from None
    except OSError as error:
        raise EditError(f"'{shown}': {error.strerror}") from None
    except UnicodeDecodeError:
        raise EditError(
            f"'{shown}' is not UTF-8 text; run 'jcpoa-tracker validate' on it"
        ) from None


def write_data_file(path: Path, text: str, root: Path) -> None:
    """Write atomically, as a data file of ``root`` (``check_target``); a new
    file's folders are created first.  Temporary files that killed writers
    left in the folder are removed first: every writer of data files holds
    the data directory's lock (edit/lock.py), so none is in use."""
    check_target(root, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_target(root, path)  # the folders just made
    remove_stale_temporaries(path.parent, _TEMPORARY, older_than=0)
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
