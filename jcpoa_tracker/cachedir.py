"""Where derived files (the report cache, the quote index) live: outside
the data, in the user's cache folder, one set per data directory."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

__all__ = ["CACHE_VAR", "cache_location"]

CACHE_VAR = "JCPOA_TRACKER_CACHE_DIR"


def cache_location(root: Path, environ: Mapping[str, str], suffix: str) -> Path:
    """``$JCPOA_TRACKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/jcpoa-tracker``,
    else ``~/.cache/jcpoa-tracker``; the file is named after the data dir."""
    if environ.get(CACHE_VAR):
        base = Path(environ[CACHE_VAR])
    else:
        xdg = environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "jcpoa-tracker"
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24]
    return base / f"{key}{suffix}"
