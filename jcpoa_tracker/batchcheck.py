"""Checking a whole data directory in batches, its memory bounded whatever
the archive's size: what ``validate`` runs on a data directory.

Every rule but duplicate ids judges a statement against the records around
it (actors, tracks, rounds, milestones, documents: the *context*), never
against another statement.  So the files other than statements are read
first and kept; statement files are then read and checked with the context
500 at a time and dropped.  Each batch's problems are those of
(context + batch) minus the context's own, which are reported once.
Duplicate ids are found over every record's id, in the order
``Dataset.records()`` gives them.  The problems are exactly those of
``checks.validate`` (a test compares them); a statement folder holding
other records (a layout warning) makes the context incomplete, and then
the directory is checked whole instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jcpoa_tracker.checks import CHECKS, check, check_duplicate_ids, duplicate_ids, no_data
from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.datadir import STATEMENTS_FOLDER, walk
from jcpoa_tracker.loader import FileResult, LoadResult, Ref, load_file
from jcpoa_tracker.model import RECORD_KINDS, Dataset, Record, Statement
from jcpoa_tracker.problems import Problem

__all__ = ["BATCH", "Summary", "check_in_batches"]

BATCH = 500  # statement files held at once
# Dataset.records() order, which the duplicate-id rule follows
_KIND_ORDER = {kind: rank for rank, kind in enumerate(RECORD_KINDS)}


@dataclass(frozen=True, slots=True)
class _Id:
    """A record's identity and where its id is: all the duplicate-id rule
    keeps of a record once its batch is dropped."""

    id: str
    record_kind: str
    path: str
    line: int
    where: tuple[str, int, int]

    def position(self, field_name: str | None = None) -> tuple[str, int, int]:
        return self.where


@dataclass(slots=True)
class Summary:
    problems: list[Problem]
    files: int
    records: int


def check_in_batches(root: Path) -> Summary | None:
    """The problems of the data directory ``root``, sorted as ``check``
    sorts them; None when a statement folder holds other records (check the
    directory whole instead)."""
    from jcpoa_tracker.config_file import load_config
    from jcpoa_tracker.loader import collector_paused

    config, problems = load_config(root)
    listed = walk(root)
    order = {path: position for position, (_, path) in enumerate(listed)}
    late = [path for rel, path in listed if rel.startswith(STATEMENTS_FOLDER)]
    early = [path for rel, path in listed if not rel.startswith(STATEMENTS_FOLDER)]
    rules = [rule for rule in CHECKS if rule is not check_duplicate_ids]
    ids: list[tuple[int, int, int, _Id]] = []
    records = 0

    def keep(result: FileResult, position: int) -> None:
        nonlocal records
        problems.extend(result.problems)
        records += len(result.records)
        for index, record in enumerate(result.records):
            rank = _KIND_ORDER[record.record_kind]
            ids.append((rank, position, index, _identity(record)))

    with collector_paused():
        context = [load_file(Path(path)) for path in early]
        for path, result in zip(early, context, strict=True):
            keep(result, order[path])
        base = check(_loaded(config, context, []), root, rules).problems
        problems.extend(base)
        own = Counter(base)
        for start in range(0, len(late), BATCH):
            batch = [load_file(Path(path)) for path in late[start : start + BATCH]]
            if any(not isinstance(r, Statement) for b in batch for r in b.records):
                return None
            for path, result in zip(late[start : start + BATCH], batch, strict=True):
                keep(result, order[path])
            found = Counter(check(_loaded(config, context, batch), root, rules).problems)
            problems.extend((found - own).elements())
    ids.sort(key=lambda item: item[:3])
    problems.extend(duplicate_ids(item[3] for item in ids))
    if not listed:
        problems.append(no_data(str(root)))
    problems.sort(key=lambda p: p.sort_key)
    return Summary(problems, len(listed), records)


def _identity(record: Record) -> _Id:
    return _Id(record.id, record.record_kind, record.path, record.line, record.position("id"))


def _loaded(
    config: DatasetConfig, context: Sequence[FileResult], batch: Sequence[FileResult]
) -> LoadResult:
    dataset = Dataset(config=config)
    refs: list[Ref] = []
    for result in (*context, *batch):
        dataset.add(result.records)
        refs.extend(result.refs)
    return LoadResult(dataset, [], refs)
