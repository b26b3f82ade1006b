"""Writing the site: every file goes into a staging folder beside the
target, which then replaces the target in two renames, so a reader (or a
web server) sees the old site or the new one, never a mix.

Only a folder that an earlier run wrote (it holds our marker file) or an
empty one is replaced; anything else is refused, never emptied.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final

__all__ = ["MARKER", "SiteTargetError", "SiteWriter"]

MARKER: Final = "jcpoa-tracker-site.json"


class SiteTargetError(Exception):
    """The output folder cannot be written as asked; the message says why."""


class SiteWriter:
    def __init__(self, target: Path) -> None:
        shown, target = target, target.resolve()
        if target.exists() and not target.is_dir():
            raise SiteTargetError(f"'{shown}' is a file; give a folder name for the site")
        if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
            raise SiteTargetError(
                f"'{shown}' is not empty and was not written by `site`; "
                "choose a new or empty folder (nothing was written)"
            )
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        )
        self.files = 0
        self.bytes = 0
        self._folders: set[Path] = {self.staging}

    def path(self, relative: str) -> Path:
        """Where a file goes while the site is built (for writers that need
        a path, such as SQLite); its folder exists."""
        path = self.staging / relative
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        return path

    def write(self, relative: str, content: str | bytes) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.path(relative).write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def write_pieces(self, relative: str, pieces: Iterable[str]) -> None:
        """Write text made a piece at a time (an export's table), never
        holding it whole."""
        path = self.path(relative)
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.writelines(pieces)
        self.files += 1
        self.bytes += path.stat().st_size

    def added(self, relative: str) -> None:
        """Count a file written through ``path``."""
        self.files += 1
        self.bytes += self.path(relative).stat().st_size

    def finish(self, manifest: dict[str, object]) -> None:
        self.write(MARKER, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        self.staging.chmod(0o755)
        if not self.target.exists():
            self.staging.rename(self.target)
            return
        old = self.staging.with_suffix(".old")
        self.target.rename(old)
        try:
            self.staging.rename(self.target)
        except BaseException:
            old.rename(self.target)
            raise
        with contextlib.suppress(OSError):
            shutil.rmtree(old)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
