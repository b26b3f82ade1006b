"""Where derived files (the store: the quote index that reports answer
from too) live: outside the data, in the user's cache folder, one per data
directory; and when a file's stamp cannot prove it unchanged.

The store keys a data file by its size, inode, modification and change
times.  On a filesystem with coarse timestamps (1 s on ext4 with 128-byte
inodes, HFS+ and many network filesystems, 2 s on FAT) a file rewritten at
the same size within one tick keeps its stamp.  So a file whose times lie
within ``RECENT_NS`` of the moment its stamp was taken (a window wider than
any such granularity) is also identified by a hash of its content, which
is checked before the cached answer is trusted (as git does for its
"racily clean" files).  Only recently changed files are hashed: the warm
paths read no content.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from jcpoa_tracker.hashes import blake2b_128, sha256

__all__ = ["CACHE_VAR", "RECENT_NS", "cache_location", "content_digest", "is_recent"]

# Wider than the coarsest common timestamp granularity (FAT's 2 s), plus a
# margin for the kernel's coarse clock and a small clock skew.
RECENT_NS = 3_000_000_000

CACHE_VAR = "JCPOA_TRACKER_CACHE_DIR"


def cache_location(root: Path, environ: Mapping[str, str], suffix: str) -> Path:
    """``$JCPOA_TRACKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/jcpoa-tracker``,
    else ``~/.cache/jcpoa-tracker``; the file is named after the data dir."""
    if environ.get(CACHE_VAR):
        base = Path(environ[CACHE_VAR])
    else:
        xdg = environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "jcpoa-tracker"
    key = sha256(str(root.resolve()).encode()).hexdigest()[:24]
    return base / f"{key}{suffix}"


def is_recent(info: os.stat_result, scanned_ns: int) -> bool:
    """True when the stamp of a file stat'ed at ``scanned_ns`` (wall clock)
    cannot prove it unchanged later: it changed within ``RECENT_NS`` of then
    (or appears to have changed after, on a clock ahead of ours)."""
    return max(info.st_mtime_ns, info.st_ctime_ns) > scanned_ns - RECENT_NS


def content_digest(data: bytes) -> str:
    """A fast hash of a data file's bytes, telling a rewritten file from
    the one that was cached."""
    return blake2b_128(data)
