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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from jcpoa_tracker.checks import CHECKS, check, check_duplicate_ids, duplicate_ids, no_data
from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.datadir import STATEMENTS_FOLDER, walk
from jcpoa_tracker.loader import FileResult, LoadResult, Ref, load_file
from jcpoa_tracker.model import RECORD_KINDS, Dataset, Record, Statement
from jcpoa_tracker.problems import Problem
from jcpoa_tracker.workers import available_cores, forked_pool

__all__ = ["BATCH", "Summary", "check_directory", "check_in_batches"]

BATCH = 500  # statement files held at once
# Dataset.records() order, which the duplicate-id rule follows
_KIND_ORDER = {kind: rank for rank, kind in enumerate(RECORD_KINDS)}


class _Id(NamedTuple):
    """A record's identity and where its id is: all the duplicate-id rule
    keeps of a record once its batch is dropped (a tuple: a worker sends a
    hundred thousand of them, and a dataclass pickles field by field)."""

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


def check_in_batches(root: Path, *, workers: int | None = None) -> Summary | None:
    """The problems of the data directory ``root``, sorted as ``check``
    sorts them; None when a statement folder holds other records (check the
    directory whole instead).  Statement files are checked by ``workers``
    processes (default: one per available core)."""
    from jcpoa_tracker.config_file import load_config
    from jcpoa_tracker.loader import collector_paused

    config, problems = load_config(root)
    listed = walk(root)
    order = {path: position for position, (_, path) in enumerate(listed)}
    late = [path for rel, path in listed if rel.startswith(STATEMENTS_FOLDER)]
    early = [path for rel, path in listed if not rel.startswith(STATEMENTS_FOLDER)]
    tally = _Tally(problems)
    with collector_paused():
        context = [load_file(Path(path)) for path in early]
        for path, result in zip(early, context, strict=True):
            tally.keep(result, order[path])
        base = check(_loaded(config, context, []), root, RULES).problems
        problems.extend(base)
        job = _Job(root, config, context, Counter(base), order)
        for done in _checked(job, _batches(late, workers), workers):
            if done is None:
                return None
            tally.add(done)
    problems.extend(_duplicates(tally.ids))
    if not listed:
        problems.append(no_data(str(root)))
    problems.sort(key=lambda p: p.sort_key)
    return Summary(problems, len(listed), tally.records)


def check_directory(root: Path) -> list[Problem]:
    """Every problem of the data directory ``root``: checked in batches, or
    whole when a statement folder holds other records."""
    summary = check_in_batches(root)
    if summary is not None:
        return summary.problems
    from jcpoa_tracker.checks import validate

    return validate(root)[0].problems


RULES = [rule for rule in CHECKS if rule is not check_duplicate_ids]


# (rank of the record's kind, the file's position, the record's position in
# its file, its identity): the order Dataset.records() gives the ids in
Placed = tuple[int, int, int, "_Id"]


def _duplicates(ids: list[Placed]) -> list[Problem]:
    """The duplicate-id problems, the ids put in ``Dataset.records()`` order
    only when there are any (a set of a million ids is built in a fraction
    of the time sorting them takes)."""
    if len({placed[3].id for placed in ids}) == len(ids):
        return []
    ids.sort(key=lambda item: item[:3])
    return list(duplicate_ids(item[3] for item in ids))


@dataclass(slots=True)
class _Checked:
    """What checking one batch of statement files found."""

    problems: list[Problem]  # the files' own and those of their records
    records: int
    ids: list[Placed]


@dataclass(slots=True)
class _Tally:
    problems: list[Problem]
    records: int = 0
    ids: list[Placed] = field(default_factory=list)

    def keep(self, result: FileResult, position: int) -> None:
        self.problems.extend(result.problems)
        self.records += len(result.records)
        self.ids.extend(_placed(result, position))

    def add(self, done: _Checked) -> None:
        self.problems.extend(done.problems)
        self.records += done.records
        self.ids.extend(done.ids)


@dataclass(frozen=True, slots=True)
class _Job:
    """What every batch is checked against."""

    root: Path
    config: DatasetConfig
    context: list[FileResult]
    own: Counter[Problem]  # the context's problems, reported once
    order: dict[str, int]


def _placed(result: FileResult, position: int) -> list[Placed]:
    return [
        (_KIND_ORDER[record.record_kind], position, index, _identity(record))
        for index, record in enumerate(result.records)
    ]


def _check_batch(job: _Job, paths: Sequence[str]) -> _Checked | None:
    """Load and check statement files against the context; None when one
    holds another kind of record."""
    batch = [load_file(Path(path)) for path in paths]
    if any(not isinstance(r, Statement) for b in batch for r in b.records):
        return None
    done = _Checked([], 0, [])
    for path, result in zip(paths, batch, strict=True):
        done.problems.extend(result.problems)
        done.records += len(result.records)
        done.ids.extend(_placed(result, job.order[path]))
    found = Counter(check(_loaded(job.config, job.context, batch), job.root, RULES).problems)
    done.problems.extend((found - job.own).elements())
    return done


def _batches(late: list[str], workers: int | None) -> list[list[str]]:
    """Statement files in batches of at most BATCH; with several workers,
    small enough that each gets a few (the last to finish waits less)."""
    size = BATCH
    if _worker_count(workers) > 1:
        size = min(BATCH, max(20, -(-len(late) // (4 * _worker_count(workers)))))
    return [late[start : start + size] for start in range(0, len(late), size)]


def _worker_count(workers: int | None) -> int:
    return available_cores() if workers is None else max(1, workers)


# The job of the worker processes, inherited when they are forked.
_JOB: _Job | None = None


def _check_inherited(paths: Sequence[str]) -> _Checked | None:
    assert _JOB is not None
    return _check_batch(_JOB, paths)


def _checked(job: _Job, batches: list[list[str]], workers: int | None) -> Iterator[_Checked | None]:
    """Each batch checked, in order: in this process, or by forked workers
    (which inherit the parsed context instead of receiving it) when there
    are several cores and batches and the platform forks."""
    global _JOB
    _JOB = job
    try:
        with forked_pool(min(_worker_count(workers), len(batches))) as pool:
            if pool is None:
                yield from (_check_batch(job, paths) for paths in batches)
            else:
                yield from pool.imap(_check_inherited, batches)
    finally:
        _JOB = None


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
