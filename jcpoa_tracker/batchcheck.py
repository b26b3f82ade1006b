"""Checking a whole data directory in batches, its memory bounded whatever
the archive's size: what ``validate`` runs on a data directory.

Every rule but duplicate ids judges a statement against the records around
it (actors, tracks, rounds, milestones, documents: the *context*), never
against another statement.  So the files other than statements are read
first and kept; statement files are then read and checked with the context
500 at a time and dropped.  Each batch's problems are those of
(context + batch) minus the context's own, which are reported once.
Duplicate ids are found over every record's id, in the order
``Dataset.records()`` gives them.  So are the loose references (checks.py:
those whose id no actor, track or round has, all of which are in the
context and come first in that order): such a reference may name a
statement of another batch, or a milestone or document whose id a
statement has first; they are few, and judged once every record's id is
known.  The problems are exactly those of
``checks.validate`` (a test compares them); a statement folder holding
other records (a layout warning) makes the context incomplete, and then
the directory is checked whole instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from jcpoa_tracker.checks import (
    CHECKS,
    check,
    check_duplicate_ids,
    duplicate_ids,
    ids_by_kind,
    no_data,
    ref_problems,
    settled_ids,
)
from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.datadir import STATEMENTS_FOLDER, display_paths, walk
from jcpoa_tracker.loader import FileResult, LoadResult, Ref, load_file
from jcpoa_tracker.model import RECORD_KINDS, Dataset, Record, Statement
from jcpoa_tracker.problems import Problem
from jcpoa_tracker.workers import available_cores, forked_pool

__all__ = [
    "BATCH",
    "RULES",
    "Summary",
    "check_directory",
    "check_in_batches",
    "check_paths",
    "check_versions",
]

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
    """What checking a data directory found: its problems, and how many files and records it
    read."""

    problems: list[Problem]
    files: int
    records: int


def check_in_batches(root: Path, *, workers: int | None = None) -> Summary | None:
    """The problems of the data directory ``root``, sorted as ``check``
    sorts them; None when a statement folder holds other records (check the
    directory whole instead).  Statement files are checked by ``workers``
    processes (default: one per available core)."""
    found = check_versions(root, [{}], workers=workers)
    return None if found is None else found[0]


def check_versions(
    root: Path, versions: Sequence[Mapping[Path, str]], *, workers: int | None = None
) -> list[Summary] | None:
    """``check_in_batches`` of each version of ``root``, in one pass: a
    version's replaced files (path -> text) are read from memory, as
    ``edit.check.check_with`` reads them (a path that does not exist yet is
    a new file, read last); a file that no version replaces is read once,
    and checked in each version."""
    from jcpoa_tracker.config_file import load_config
    from jcpoa_tracker.loader import collector_paused

    config, config_problems = load_config(root)
    listed = walk(root)
    on_disk = len(listed)
    texts = [_texts_by_path(root, listed, replaced) for replaced in versions]
    order = {path: position for position, (_, path) in enumerate(listed)}
    new = frozenset(path for _, path in listed[on_disk:])  # in the versions that write them
    late = [path for rel, path in listed if rel.startswith(STATEMENTS_FOLDER)]
    early = [path for rel, path in listed if not rel.startswith(STATEMENTS_FOLDER)]
    tallies = [_Tally(list(config_problems)) for _ in versions]
    with collector_paused():
        reader = _Reader(new, order)
        contexts = []
        for own_texts, tally in zip(texts, tallies, strict=True):
            read = reader.version(early, own_texts)
            for path, result in read:
                tally.keep(result, reader.placed(path, result))
            context = [result for _, result in read]
            settled = settled_ids(context)
            base = check(_loaded(config, context, [], settled), root, RULES).problems
            tally.problems.extend(base)
            tally.loose.extend(_loose(context, settled))
            contexts.append(_Version(own_texts, context, Counter(base), settled))
        job = _Job(root, config, order, new, tuple(contexts))
        for done in _checked(job, _batches(late, workers), workers):
            if done is None:
                return None
            for tally, each in zip(tallies, done, strict=True):
                tally.add(each)
    summaries = []
    for own_texts, tally in zip(texts, tallies, strict=True):
        problems = tally.problems
        problems.extend(_duplicates(tally.ids))
        problems.extend(_loose_problems(tally))
        files = on_disk + sum(1 for path in new if path in own_texts)
        if not files:
            problems.append(no_data(str(root)))
        problems.sort(key=lambda p: p.sort_key)
        summaries.append(Summary(problems, files, tally.records))
    return summaries


def check_paths(root: Path, paths: Sequence[Path] = ()) -> Summary:
    """What ``validate`` reports for the data directory ``root``, or for
    some paths (``checks.PathSelection``: those inside ``root`` are checked
    with all of it, so that pre-commit's few files cost the memory of a
    batch, not of the whole archive).  Checked in batches when what is
    read is one folder or file, else whole, as ``checks.validate`` checks
    it."""
    from jcpoa_tracker.checks import select, validate

    chosen = select(root, paths)
    if chosen.roots == [chosen.layout_root]:
        summary = check_in_batches(chosen.roots[0])
        if summary is not None:
            summary.problems = chosen.reported(summary.problems)
            return summary
    checked, files = validate(root, paths)
    return Summary(checked.problems, files, len(checked.dataset))


def check_directory(root: Path) -> list[Problem]:
    """Every problem of the data directory ``root``: checked in batches, or
    whole when a statement folder holds other records."""
    return check_paths(root).problems


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
    loose: list[Ref]  # references to judge once every id is known


@dataclass(slots=True)
class _Tally:
    """The problems, record count, ids and loose references of the batches checked so far."""

    problems: list[Problem]
    records: int = 0
    ids: list[Placed] = field(default_factory=list)
    loose: list[Ref] = field(default_factory=list)

    def keep(self, result: FileResult, placed: list[Placed]) -> None:
        self.problems.extend(result.problems)
        self.records += len(result.records)
        self.ids.extend(placed)

    def add(self, done: _Checked) -> None:
        self.problems.extend(done.problems)
        self.records += done.records
        self.ids.extend(done.ids)
        self.loose.extend(done.loose)


@dataclass(frozen=True, slots=True)
class _Version:
    """One version of the directory, and its context."""

    texts: Mapping[str, str]  # files read from memory, by path as listed
    context: list[FileResult]
    own: Counter[Problem]  # the context's problems, reported once
    settled: frozenset[str]  # ids a reference is judged by in any batch


@dataclass(frozen=True, slots=True)
class _Job:
    """What every batch is checked against."""

    root: Path
    config: DatasetConfig
    order: dict[str, int]
    new: frozenset[str]  # files that only the versions writing them have
    versions: tuple[_Version, ...]


@dataclass(slots=True)
class _Reader:
    """Files as each version has them: from its texts, or from disk (read
    once for every version, and its records' identities made once: the
    versions' lists share them, so two versions of a million records keep
    one set of identities, pickled once by a worker)."""

    new: frozenset[str]
    order: Mapping[str, int]
    disk: dict[str, FileResult] = field(default_factory=dict)
    identities: dict[str, list[Placed]] = field(default_factory=dict)
    shown: Callable[[Path], str] = field(default_factory=display_paths)

    def placed(self, path: str, result: FileResult) -> list[Placed]:
        """The identities of a file's records, where ``Dataset.records()`` puts them."""
        if self.disk.get(path) is not result:
            return _placed(result, self.order[path])
        found = self.identities.get(path)
        if found is None:
            found = self.identities[path] = _placed(result, self.order[path])
        return found

    def version(
        self, paths: Sequence[str], texts: Mapping[str, str]
    ) -> list[tuple[str, FileResult]]:
        found = []
        for path in paths:
            if path in texts:
                found.append((path, _read(path, texts)))
            elif path not in self.new:
                result = self.disk.get(path)
                if result is None:
                    file = Path(path)
                    result = self.disk[path] = load_file(file, self.shown(file))
                found.append((path, result))
        return found


def _placed(result: FileResult, position: int) -> list[Placed]:
    return [
        (_KIND_ORDER[record.record_kind], position, index, _identity(record))
        for index, record in enumerate(result.records)
    ]


def _check_batch(job: _Job, paths: Sequence[str]) -> list[_Checked] | None:
    """Load and check statement files against each version's context;
    None when one holds another kind of record."""
    reader = _Reader(job.new, job.order)
    checked = []
    for version in job.versions:
        read = reader.version(paths, version.texts)
        batch = [result for _, result in read]
        if any(not isinstance(r, Statement) for b in batch for r in b.records):
            return None
        done = _Checked([], 0, [], _loose(batch, version.settled))
        for path, result in read:
            done.problems.extend(result.problems)
            done.records += len(result.records)
            done.ids.extend(reader.placed(path, result))
        loaded = _loaded(job.config, version.context, batch, version.settled)
        found = Counter(check(loaded, job.root, RULES).problems)
        done.problems.extend((found - version.own).elements())
        checked.append(done)
    return checked


def _texts_by_path(
    root: Path, listed: list[tuple[str, str]], replaced: Mapping[Path, str]
) -> dict[str, str]:
    """The replaced files' texts by their path as listed; a new file is
    added to the end of ``listed``."""
    from jcpoa_tracker.datadir import located

    if not replaced:
        return {}
    where = dict(listed)
    base = located(root)
    texts = {}
    for path, text in replaced.items():
        rel = located(path).relative_to(base).as_posix()
        found = where.get(rel)
        if found is None:
            found = str(path)
            listed.append((rel, found))
        texts[found] = text
    return texts


def _read(path: str, texts: Mapping[str, str]) -> FileResult:
    from jcpoa_tracker.datadir import display_path
    from jcpoa_tracker.loader import parse_bytes

    text = texts.get(path)
    if text is None:
        return load_file(Path(path))
    return parse_bytes(text.encode("utf-8"), display_path(Path(path)))


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


def _check_inherited(paths: Sequence[str]) -> list[_Checked] | None:
    assert _JOB is not None
    return _check_batch(_JOB, paths)


def _checked(
    job: _Job, batches: list[list[str]], workers: int | None
) -> Iterator[list[_Checked] | None]:
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
    config: DatasetConfig,
    context: Sequence[FileResult],
    batch: Sequence[FileResult],
    settled: frozenset[str],
) -> LoadResult:
    """The context and a batch as one dataset, with the references that
    this batch alone can judge."""
    dataset = Dataset(config=config)
    refs: list[Ref] = []
    for result in (*context, *batch):
        dataset.add(result.records)
        refs.extend(ref for ref in result.refs if ref[0] in settled)
    return LoadResult(dataset, [], refs)


def _loose(files: Sequence[FileResult], settled: frozenset[str]) -> list[Ref]:
    return [ref for result in files for ref in result.refs if ref[0] not in settled]


def _loose_problems(tally: _Tally) -> list[Problem]:
    """The problems of the references no batch could judge alone, each
    against the first record, in ``Dataset.records()`` order, with its id;
    the "did you mean" of a dangling one from the first record of each id."""
    if not tally.loose:
        return []
    wanted = {ref[0] for ref in tally.loose}
    wanted.update(placed[3].id for placed in tally.ids if placed[3].record_kind != "statement")
    firsts: dict[str, _Id] = {}
    for placed in sorted((p for p in tally.ids if p[3].id in wanted), key=lambda p: p[:3]):
        firsts.setdefault(placed[3].id, placed[3])
    by_kind = ids_by_kind(firsts.values())
    return [
        problem for ref in tally.loose for problem in ref_problems(ref, firsts.get(ref[0]), by_kind)
    ]
