"""A cache that makes reports instant when the data files are unchanged.

Reports need every statement's date, speaker, round, tone and category, but
the wording and sources of only the few they show.  The cache keeps those
compact columns for every statement (``marshal``: fast, and loading it never
runs code) and the whole-data-directory problem counts.  Everything else
(actors, tracks, rounds, milestones: few files) is read afresh, and a shown
statement's full record is re-read from its own file on demand.

It is never stale: it is keyed by a fingerprint of every data file's path,
size, inode, modification and change times, so any added, changed, removed
or renamed file misses and rebuilds it.  Files changed within a few seconds
of the fingerprint (whose stamps a coarse-timestamp filesystem could leave
unchanged by a rewrite) are also hashed, and the cache is used only while
their content still has those hashes (cachedir.py).  A corrupt, truncated or
foreign-version cache file is ignored and rewritten.  Writes are atomic, so
two processes at once never leave a broken file (the last one wins).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jcpoa_tracker.cachedir import CACHE_VAR, cache_location, content_digest, is_recent
from jcpoa_tracker.config_file import load_config
from jcpoa_tracker.datadir import CONFIG_NAME, UnsafeFile, located, read_data, walk
from jcpoa_tracker.dates import parse_iso
from jcpoa_tracker.loader import add_file, collector_paused, display_path, load_file
from jcpoa_tracker.model import Confidence, Dataset, Statement
from jcpoa_tracker.output import write_atomic

__all__ = [
    "CACHE_VAR",
    "Cached",
    "Hydrator",
    "Stamp",
    "cache_file",
    "fingerprint",
    "read_cache",
    "write_cache",
]

FORMAT = 3


def cache_file(root: Path, environ: Mapping[str, str]) -> Path:
    """One report cache file per data directory, in the user's cache folder."""
    return cache_location(root, environ, ".reports")


@dataclass(frozen=True, slots=True)
class Stamp:
    """What identifies the data files' state: ``digest`` over every file's
    stamp, and the content hash of each file changed too recently for its
    stamp to prove it unchanged later (by path relative to the data dir)."""

    digest: str
    recent: dict[str, str] = field(default_factory=dict)


def fingerprint(root: Path) -> Stamp:
    """Every data file's path (relative to the data dir), size, inode and
    times: any added, removed, renamed or rewritten file changes it.  Links
    and special files are stamped as themselves, never followed."""
    scanned = time.time_ns()
    digest = hashlib.sha256(f"{FORMAT}\n".encode())
    recent: dict[str, str] = {}
    config = root / CONFIG_NAME
    entries = walk(root)
    if root.is_dir() and os.path.lexists(config):  # the configuration shapes reports too
        entries = [(CONFIG_NAME, str(config)), *entries]
    for relative, path in entries:
        try:
            info = os.lstat(path)
        except OSError:
            continue  # removed since the listing: the next run sees it gone
        digest.update(
            f"{relative}\0{info.st_size}\0{info.st_ino}\0{info.st_mtime_ns}\0"
            f"{info.st_ctime_ns}\n".encode()
        )
        if is_recent(info, scanned):
            recent[relative] = _content(Path(path))
    return Stamp(digest.hexdigest(), recent)


def _content(path: Path) -> str:
    try:
        return content_digest(read_data(path))
    except (OSError, UnsafeFile) as error:
        return f"unread: {error}"


# The statement fields a report computes with; text, sources and the rest
# are read back from the file for the statements actually shown.
_ROW = (
    "id",
    "speaker",
    "date",
    "round",
    "tone",
    "category",
    "verified",
    "confidence",
    "topics",
    "path",
    "line",
)


@dataclass(slots=True)
class Cached:
    dataset: Dataset
    errors: int
    full_paths: frozenset[str]  # files whose records are complete in ``dataset``


def write_cache(target: Path, root: Path, stamp: Stamp, dataset: Dataset, errors: int) -> None:
    """Store what reports need of ``dataset`` (loaded from ``root``)."""
    base = root.resolve()
    relative: dict[str, str] = {}

    def rel(path: str) -> str:
        if path not in relative:
            relative[path] = os.path.relpath(located(Path(path)), base)
        return relative[path]

    rows = [
        (
            s.id,
            s.speaker,
            str(s.date),
            s.round,
            s.tone,
            None if s.category is None else str(s.category),
            s.verified,
            str(s.confidence),
            s.topics,
            rel(s.path),
            s.line,
        )
        for s in dataset.statements
    ]
    other_kinds = (dataset.actors, dataset.tracks, dataset.rounds, dataset.milestones)
    only_statements = {rel(s.path) for s in dataset.statements} - {
        rel(r.path) for kind in other_kinds for r in kind
    }
    payload = {
        "format": FORMAT,
        "fingerprint": stamp.digest,
        "recent": stamp.recent,
        "errors": errors,
        "files": [rel(path) for path in dataset.files],
        "statement_files": sorted(only_statements),
        "rows": rows,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, marshal.dumps(payload))


def read_cache(target: Path, root: Path, stamp: Stamp) -> Cached | None:
    """The cached data, or None when missing, stale, corrupt or foreign.
    Files that were recent when it was written are checked by content."""
    try:
        payload: Any = marshal.loads(target.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("format") != FORMAT
        or payload.get("fingerprint") != stamp.digest
        or not isinstance(payload.get("recent"), dict)
    ):
        return None
    for relative, digest in payload["recent"].items():
        known = stamp.recent.get(relative)
        if known is None:  # no longer recent: hashed only for this check
            known = _content(root / relative if root.is_dir() else root)
        if known != digest:
            return None
    try:
        with collector_paused():
            return _rebuild(payload, root)
    except (KeyError, TypeError, ValueError, IndexError):
        return None


# Shared by every statement read from the cache (they carry no field
# positions; nothing ever writes to it).
_NO_POSITIONS: dict[str, tuple[int, int]] = {}
_CONFIDENCE = {c.value: c for c in Confidence}


def _rebuild(payload: dict[str, Any], root: Path) -> Cached:
    dataset = Dataset(config=load_config(root)[0])
    statement_files = set(payload["statement_files"])
    prefix = display_path(root)  # resolved once: per file it would cost more than the rest
    shown = {rel: f"{prefix}/{rel}" for rel in payload["files"]}
    for rel in payload["files"]:
        if rel not in statement_files:
            add_file(dataset, load_file(root / rel, shown[rel]))
    dates: dict[str, Any] = {}
    stubs = []
    for (
        ident,
        speaker,
        when,
        rnd,
        tone,
        category,
        verified,
        confidence,
        topics,
        rel,
        line,
    ) in payload["rows"]:
        if rel not in statement_files:
            continue  # read in full above
        date = dates.get(when)
        if date is None:
            date = dates[when] = parse_iso(when)
        stubs.append(
            Statement(
                id=ident,
                speaker=speaker,
                date=date,
                text="",
                round=rnd,
                tone=tone,
                category=category,
                verified=verified,
                confidence=_CONFIDENCE[confidence],
                topics=tuple(topics),
                path=shown[rel],
                line=line,
                where=_NO_POSITIONS,
            )
        )
    dataset.statements.extend(stubs)
    dataset.files = [shown[rel] for rel in payload["files"]]
    full = frozenset(shown[rel] for rel in payload["files"] if rel not in statement_files)
    return Cached(dataset, int(payload["errors"]), full)


class Hydrator:
    """Gives the full record of a statement built from the cache, reading
    its file once."""

    def __init__(self, full_paths: frozenset[str]) -> None:
        self.full_paths = full_paths
        self._files: dict[str, dict[str, Statement]] = {}

    def __call__(self, statement: Statement) -> Statement:
        if statement.path in self.full_paths:
            return statement
        records = self._files.get(statement.path)
        if records is None:
            result = load_file(Path(statement.path), statement.path)
            records = {r.id: r for r in result.records if isinstance(r, Statement)}
            self._files[statement.path] = records
        return records.get(statement.id, statement)
