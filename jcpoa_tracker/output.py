"""Writing files so that a crash never leaves half of one behind."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = ["STALE_AFTER", "remove_stale_temporaries", "write_atomic"]

# A temporary file of write_atomic last modified this long ago is a killed
# writer's leftover (a live one is being written to: even an export's
# largest table, streamed for minutes, is modified every moment).
STALE_AFTER = 600.0


def write_atomic(path: Path, content: str | bytes | Iterable[str]) -> None:
    """Write ``content`` (text is UTF-8; an iterable of texts is written
    piece by piece, never held whole) to a temporary file beside ``path``,
    flush it to disk, then rename it over ``path``: readers see the old file
    or the new one, never a mix.  Temporary files of ``path`` that a killed
    writer left (older than ``STALE_AFTER``) are removed first."""
    pieces: Iterable[bytes]
    if isinstance(content, str):
        pieces = [content.encode("utf-8")]
    elif isinstance(content, bytes):
        pieces = [content]
    else:
        pieces = (piece.encode("utf-8") for piece in content)
    remove_stale_temporaries(
        path.parent, re.compile(re.escape(f".{path.name}.") + r"[A-Za-z0-9_]{8}\.tmp\Z")
    )
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a replaced file keeps its
        # mode, a new one gets what the umask gives any new file.
        Path(temporary).chmod(mode)
        with os.fdopen(handle, "wb") as stream:
            stream.writelines(pieces)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_stale_temporaries(
    folder: Path, name: re.Pattern[str], older_than: float = STALE_AFTER
) -> list[Path]:
    """Delete the regular files in ``folder`` whose names match ``name`` and
    that were last modified at least ``older_than`` seconds ago; the ones
    removed."""
    removed: list[Path] = []
    limit = time.time() - older_than
    try:
        with os.scandir(folder) as entries:
            stale = [
                Path(entry.path)
                for entry in entries
                if name.match(entry.name)
                and entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_mtime <= limit
            ]
    except OSError:
        return removed
    for path in stale:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed
