"""Statement files made ready for the store by forked workers.

When many statement files change at once (a first build, a checkout), a
refresh is mostly parsing them, making each statement's rows, folding and
stemming its search texts, and checking the files against the context.
None of that needs the database, so workers do all of it, a group of files
at a time, and send back plain rows (by marshal), the stems they worked
out and what the group adds to the error count.  The parent only writes:
SQLite and its full-text index take one core, the workers the others.

A file that holds records other than statements (a layout error) comes
back as read, and the parent writes it as it writes context.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.workers import forked_pool

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from jcpoa_tracker.datadir import Stamp
    from jcpoa_tracker.search.rows import StatementRows
    from jcpoa_tracker.store import Recount

__all__ = ["Job", "Prepared", "group_size", "prepare_group", "preparing_workers"]

# What a worker is given of a changed file: where it is, its path inside the
# data directory, its stamp, and when the stamps were taken (ns).
Job = tuple[Path, str, "Stamp", int]

# A file made ready: its path, error count, recent-content hash and part of
# the data's digest (as ``index.read_file`` gives them); then either its
# stored records (``store.file_blob``), its statements' rows, their
# stemmed search texts and its counted rows, or, for a file holding other
# records, None for those four and the file as read (``index._unpacked``).
Prepared = tuple[
    str,
    int,
    "str | None",
    str,
    "tuple[int, bytes] | None",
    "list[StatementRows] | None",
    "list[tuple[str, ...]] | None",
    "list[tuple[Any, ...]] | None",
    "bytes | None",
]


@dataclass(frozen=True, slots=True)
class _Inherited:
    """What a forked worker inherits from the process that made it."""

    names: Mapping[str, str]  # each actor's speaker words
    recount: Recount  # the context every group is checked against


# Set before the workers fork, so that they inherit it instead of receiving it.
_INHERITED: _Inherited | None = None


@contextmanager
def preparing_workers(
    cores: int, names: Mapping[str, str], recount: Recount
) -> Iterator[Pool | None]:
    """Workers that inherit the speakers' words and the context (None: one
    core, or a platform that cannot fork)."""
    global _INHERITED
    _INHERITED = _Inherited(names, recount)
    try:
        with forked_pool(cores) as pool:
            yield pool
    finally:
        _INHERITED = None


def group_size(files: int, cores: int) -> int:
    """Files per task: two tasks per core for each batch, so that the last
    worker to finish waits little; not fewer, as each task checks the
    context again."""
    return max(1, -(-files // (2 * cores)))


def prepare_group(jobs: Sequence[Job]) -> bytes:
    """Read, make ready and check a group of statement files (in a worker):
    (the files as ``Prepared``, what they add to the error count or None
    when one holds other records, the stems worked out), by marshal."""
    from jcpoa_tracker.model import Statement
    from jcpoa_tracker.search import stem
    from jcpoa_tracker.search.index import packed, read_file
    from jcpoa_tracker.search.rows import statement_rows
    from jcpoa_tracker.store import counted_rows, file_blob, has_context

    inherited = _INHERITED
    assert inherited is not None, "prepare_group runs in a preparing_workers worker"
    mark = stem.known()
    speakers: dict[str, str] = {}
    files: list[Prepared] = []
    results = []
    for job in jobs:
        relative = job[1]
        read = read_file(*job)
        result, errors, digest, content = read
        if result is None or has_context(result):
            files.append((relative, errors, digest, content, None, None, None, None, packed(read)))
            if result is not None:
                results.append(result)
            continue
        statements = [r for r in result.records if isinstance(r, Statement)]  # all of them
        made = statement_rows(((relative, s) for s in statements), inherited.names, speakers)
        stemmed = [tuple(map(stem.stem_text, exact)) for _, exact, _, _ in made]
        counted = counted_rows(relative, statements)
        files.append(
            (relative, errors, digest, content, file_blob(result), made, stemmed, counted, None)
        )
        results.append(result)
    moved = inherited.recount.moved_by(results)
    return marshal.dumps((files, moved, stem.since(mark)))
