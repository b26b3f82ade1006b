"""The environment a command runs in, decided once and passed down.

Streams, terminal detection, colour and "today" live here so that engines
never look at the clock or the terminal, and tests can swap all of it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["TODAY_VAR", "Environment"]

TODAY_VAR = "JCPOA_TRACKER_TODAY"


@dataclass
class Environment:
    """What a command reads from its surroundings: streams, variables, folder and time zone."""

    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    cwd: Path = field(default_factory=Path.cwd)
    # The time zone whose calendar day is "today": the data directory's
    # (dataset.yaml's defaults.timezone), set once the command knows it.
    timezone: str | None = None

    @property
    def stdout_is_tty(self) -> bool:
        return _isatty(self.stdout)

    @property
    def stderr_is_tty(self) -> bool:
        return _isatty(self.stderr)

    @property
    def under_github_actions(self) -> bool:
        return self.environ.get("GITHUB_ACTIONS") == "true"

    def console(self, *, stderr: bool = False, width: int | None = None) -> Console:
        """A Rich console on stdout or stderr: colour only on a terminal and
        without NO_COLOR; no wrapping of long lines when not a terminal."""
        from rich.console import Console

        stream = self.stderr if stderr else self.stdout
        tty = _isatty(stream)
        return Console(
            file=stream,
            force_terminal=tty,
            no_color="NO_COLOR" in self.environ or not tty,
            color_system="auto" if tty else None,
            width=width or (self.terminal_width(stream) if tty else 10_000),
            height=25,  # rich uses a width of its own under TERM=dumb unless both are given
            soft_wrap=not tty,
            highlight=False,
            emoji=False,
        )

    def terminal_width(self, stream: IO[str]) -> int | None:
        """The terminal's width: $COLUMNS when set (as shells export it), else
        what the terminal reports.  Rich alone falls back to 80 columns under
        TERM=dumb (editors' shells, some CI logs) whatever the window's size."""
        columns = self.environ.get("COLUMNS", "")
        if columns.isdigit() and int(columns) >= 20:
            return int(columns)
        try:
            return os.get_terminal_size(stream.fileno()).columns or None
        except (AttributeError, ValueError, OSError):
            return None

    def today(self) -> date:
        pinned = self.environ.get(TODAY_VAR)
        if pinned:
            return date.fromisoformat(pinned)
        if self.timezone and self.timezone.upper() != "UTC":
            from datetime import datetime
            from zoneinfo import ZoneInfo

            return datetime.now(ZoneInfo(self.timezone)).date()
        if self.timezone:
            from datetime import UTC, datetime

            return datetime.now(UTC).date()
        return date.today()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
