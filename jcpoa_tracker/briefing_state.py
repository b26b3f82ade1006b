"""The state file of ``briefing --since-last``: what the last successful
briefing covered, so that the next one starts where it ended.

A small JSON file, by default in the cache folder (one per data dir), or
wherever ``--state FILE`` says (one per schedule, when a daily and a weekly
briefing read the same data).  It is written atomically, and only after the
briefing itself was written: a run that fails leaves it as it was, so the
next run covers the missed days again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jcpoa_tracker.cachedir import cache_location
from jcpoa_tracker.output import write_atomic

__all__ = [
    "STATE_SUFFIX",
    "BriefingState",
    "StateError",
    "default_state_path",
    "read_state",
    "write_state",
]

STATE_SUFFIX = ".briefing-state.json"
_VERSION = 1


class StateError(Exception):
    """The state file exists but cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class BriefingState:
    """What --since-last remembers of the last successful briefing."""

    as_of: date  # the last day the previous briefing covered
    data_sha256: str
    commit: str | None = None
    dirty: bool = False


def default_state_path(root: Path, environ: Mapping[str, str]) -> Path:
    return cache_location(root, environ, STATE_SUFFIX)


def read_state(path: Path) -> BriefingState | None:
    """The recorded state; None when there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise StateError(f"cannot read the state file '{path}': {error}") from None
    try:
        document: Any = json.loads(text)
        if not isinstance(document, dict) or document.get("version") != _VERSION:
            raise ValueError("not a briefing state file of this version")
        commit = document.get("commit")
        return BriefingState(
            as_of=date.fromisoformat(document["as_of"]),
            data_sha256=str(document["data_sha256"]),
            commit=commit if isinstance(commit, str) else None,
            dirty=bool(document.get("dirty", False)),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise StateError(
            f"the state file '{path}' is damaged ({error}); delete it to start afresh"
        ) from None


def write_state(path: Path, state: BriefingState) -> None:
    """Record ``state`` atomically (the folder is created if needed)."""
    document = {
        "version": _VERSION,
        "as_of": state.as_of.isoformat(),
        "data_sha256": state.data_sha256,
        "commit": state.commit,
        "dirty": state.dirty,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(document, indent=2) + "\n")
