"""The data at a git revision or in the working tree, read into a store.

``diff`` and ``briefing --since-ref`` compare two readings.  Each is a
store (``store.open_store``), so memory stays bounded at any archive size:
the working tree's is the persistent store every report reads.  A
revision's store, for this run only (SQLite's private temporary database),
starts as a copy of the working tree's: every file of the revision is
streamed from git and hashed, and only those whose content differs are
written to a temporary folder and read, as after a user's edit of them;
the folder is removed as soon as the store holds them.

Two readings are compared through the files whose content differs: a record
in a file that is the same on both sides is the same record, so only the
ids found in differing files can have changed.  Each of those ids is looked
up on both sides as ``Dataset.records()`` would find it first (kind by kind,
each in file order), whatever file holds it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Collection, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from jcpoa_tracker.gitdata import Repository, Revision, extract_revision
from jcpoa_tracker.model import RECORD_KINDS, Record
from jcpoa_tracker.query import Scope
from jcpoa_tracker.search.index import derived_index
from jcpoa_tracker.store import Stored, has_data_files, open_store, stored_file, stored_from

__all__ = [
    "Reading",
    "ReadingError",
    "changed_files",
    "open_sides",
    "revision_reading",
    "worktree_reading",
]

# Kinds that Dataset.records() gives before statements (actors, tracks,
# rounds); the others come after them.
_BEFORE_STATEMENTS = frozenset(RECORD_KINDS[: RECORD_KINDS.index("statement")])


@dataclass(slots=True)
class Reading:
    """One side of a comparison: the data as a store, and how to name it."""

    label: str  # "HEAD~1", "merge base of main and HEAD", "working tree"
    commit: str | None  # None for the working tree
    stored: Stored
    prefix: str  # the data dir inside the repository: paths are shown from its root

    def scope(self) -> Scope:
        return Scope(self.stored.dataset, source=self.stored.source)

    @property
    def files(self) -> int:
        return len(self.stored.files())

    @property
    def records(self) -> int:
        db = self.stored.index.connection
        statements: int = db.execute("SELECT count(*) FROM statements").fetchone()[0]
        return len(self.stored.dataset) + statements

    @property
    def errors(self) -> int:
        # A side without data files is an empty dataset here, not validate's
        # "no-data" error (a revision from before the data dir existed).
        return self.stored.errors - (0 if has_data_files(self.stored.index) else 1)

    def contents(self) -> dict[str, str]:
        """Each file (inside the data dir) and the hash of its content."""
        rows = self.stored.index.connection.execute("SELECT path, content FROM files")
        return dict(rows)

    def ids_in(self, files: Collection[str]) -> set[str]:
        """The ids of the records in these files (those this side has)."""
        known = set(self.stored.index.order)
        ids: set[str] = set()
        for relative in files:
            if relative in known:
                ids.update(r.id for r in stored_file(self.stored.index, relative).records)
        return ids

    def first_records(self, ids: Collection[str]) -> dict[str, Record]:
        """For each id, the record ``Dataset.records()`` gives first with it
        (the one a duplicate leaves standing), shown from the repository's
        root; ids this side does not have are left out."""
        before: dict[str, Record] = {}
        after: dict[str, Record] = {}
        for held in self.stored.dataset.records():  # every record but statements
            if held.id in ids:
                kinds = before if held.record_kind in _BEFORE_STATEMENTS else after
                kinds.setdefault(held.id, held)
        found: dict[str, Record] = {}
        for ident in ids:
            record = before.get(ident)
            if record is None:
                said = self.stored.source.with_id(ident)
                record = said[0] if said else after.get(ident)
            if record is not None:
                found[ident] = self._from_root(record)
        return found

    def _from_root(self, record: Record) -> Record:
        shown = self.stored.index.shown_path("")
        return replace(record, path=self.prefix + record.path[len(shown) :])

    def close(self) -> None:
        self.stored.source.close()


def changed_files(before: Reading, after: Reading) -> list[str]:
    """The files (inside the data dir) whose content differs, or that one
    side has and the other has not."""
    old, new = before.contents(), after.contents()
    return sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))


@contextmanager
def worktree_reading(repo: Repository, environ: Mapping[str, str]) -> Iterator[Reading]:
    """The data in the working tree (new files included, as every other
    command reads it): its persistent store, open until the block ends."""
    found = Reading("working tree", None, open_store(repo.data_dir, environ), repo.prefix)
    try:
        yield found
    finally:
        found.close()


@contextmanager
def revision_reading(repo: Repository, revision: Revision, base: Stored) -> Iterator[Reading]:
    """The data at ``revision``, open until the block ends: a store derived
    from ``base`` (the working tree's), for which only the files whose
    content differs from it are written out and read, so a revision a few
    edits away parses a few files, not the archive.  ReadingError when the
    temporary folder cannot hold them (GitError for git's own problems)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="jcpoa-tracker-revision-"))
    except OSError as error:
        raise _no_room(revision, error) from None
    try:
        index = derived_index(
            base.index, folder, lambda known: extract_revision(repo, revision, folder, known)
        )
        stored = stored_from(index)
    except (OSError, sqlite3.Error) as error:
        raise _no_room(revision, error) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    found = Reading(revision.typed, revision.commit, stored, repo.prefix)
    try:
        yield found
    finally:
        found.close()


def open_sides(
    stack: ExitStack,
    repo: Repository,
    before: Revision,
    after: Revision | None,
    environ: Mapping[str, str],
) -> tuple[Reading, Reading]:
    """The two sides of a diff (``after`` None: the working tree), open
    until ``stack`` closes: the working tree's store first, from which
    each revision's is derived."""
    worktree = stack.enter_context(worktree_reading(repo, environ))
    old = stack.enter_context(revision_reading(repo, before, worktree.stored))
    if after is None:
        return old, worktree
    return old, stack.enter_context(revision_reading(repo, after, worktree.stored))


class ReadingError(Exception):
    """The data at a revision cannot be read; the message says what to do."""


def _no_room(revision: Revision, error: OSError | sqlite3.Error) -> ReadingError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return ReadingError(
        f"cannot write the data at {revision.typed} to the temporary folder "
        f"{tempfile.gettempdir()} ({reason}); free some space there, or set TMPDIR to a "
        "folder with room for a copy of the data dir and of its store"
    )
