"""The dataset an edit starts from, and the problems an edit would bring,
without holding every statement in memory.

``add`` and ``set`` need the records around a statement (actors, tracks,
rounds, milestones, documents: the *context*), any record by its id, and
the problems an edited file would bring.  The context and the statements'
ids come from the store (store.py), brought up to date the way a report
brings it; a statement itself is read from the store when one is asked
for.  So an edit costs what a warm report costs, whatever the archive's
size.

Every rule but duplicate ids and references judges a statement against the
context alone, never against another statement (batchcheck.py and the
store's error count rely on the same).  So an edit that keeps every record
of the files it changes a statement can bring only problems found by
checking, before and after the change: the context, the changed files,
and the statement files that hold a record or a loose reference (one
that no actor, track or round answers, store.py) with an id the changed
files or the context use.  Any other edit changes the context, which
every statement is judged against: then the whole directory is checked
in batches (bounded memory) before and after, in one pass.  Either way
the problems are those ``check_with`` finds over every record in memory
(a test compares them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jcpoa_tracker.checks import check
from jcpoa_tracker.datadir import display_path, located
from jcpoa_tracker.edit.check import check_with, introduced
from jcpoa_tracker.fields import did_you_mean
from jcpoa_tracker.loader import (
    FileResult,
    LoadResult,
    Ref,
    collector_paused,
    load_file,
    parse_bytes,
)
from jcpoa_tracker.model import Dataset, Record
from jcpoa_tracker.problems import Problem, Severity

if TYPE_CHECKING:
    from jcpoa_tracker.store import Stored

__all__ = ["Base", "TakenIds", "UnknownRecord", "open_base"]


class UnknownRecord(LookupError):
    """No record of the kind has the id (the message says which, with the
    closest ids)."""


@dataclass(slots=True)
class Base:
    """What an edit starts from: ``dataset`` holds the configuration and
    every record but statements; statements are looked up in the store."""

    root: Path
    stored: Stored

    @property
    def dataset(self) -> Dataset:
        return self.stored.dataset

    def close(self) -> None:
        self.stored.source.close()

    # --- records -------------------------------------------------------------

    def ids_of(self, kind: str) -> list[str]:
        """The ids of a kind other than statements, sorted (what a prompt offers)."""
        return sorted(r.id for r in self.dataset.records() if r.record_kind == kind)

    def taken_ids(self) -> TakenIds:
        """Every record's id, of any kind, as a container asked one id at a time."""
        return TakenIds(self)

    def record(self, kind: str, ident: str) -> Record:
        """The record of ``kind`` with the id (the first, as the loader reads
        them, when several share it); raises UnknownRecord."""
        if kind == "statement":
            found = self.stored.source.with_id(ident)
            if found:
                return found[0]
            candidates = self._statement_ids_near(ident)
        else:
            records = [r for r in self.dataset.records() if r.record_kind == kind]
            for record in records:
                if record.id == ident:
                    return record
            candidates = [r.id for r in records]
        hint = did_you_mean(ident, candidates)
        raise UnknownRecord(f"no {kind} has the id '{ident}'" + (f"; {hint}" if hint else ""))

    def topics(self) -> list[str]:
        """Every topic a statement names, sorted."""
        rows = self.stored.index.connection.execute("SELECT DISTINCT topic FROM topics")
        return sorted(topic for (topic,) in rows)

    def _statement_ids_near(self, ident: str) -> list[str]:
        """Statement ids that start like ``ident`` (its speaker, usually): the
        candidates of a "did you mean", without reading a million ids."""
        head = ident.split("-", 1)[0]
        rows = self.stored.index.connection.execute(
            "SELECT DISTINCT id FROM statements WHERE id >= ? AND id < ? LIMIT 5000",
            (head, head + "\U0010ffff"),
        )
        return [found for (found,) in rows]

    # --- problems ------------------------------------------------------------

    def introduced(
        self, replaced: Mapping[Path, str]
    ) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
        """The errors and the warnings that writing ``replaced`` (path ->
        new text; a path that does not exist yet is a new file) would bring."""
        with collector_paused():
            compared = self._statement_edit(replaced) or _whole_directory(self.root, replaced)
        before, after = compared
        return (
            tuple(introduced(before, after, Severity.ERROR)),
            tuple(introduced(before, after, Severity.WARNING)),
        )

    def _statement_edit(
        self, replaced: Mapping[Path, str]
    ) -> tuple[list[Problem], list[Problem]] | None:
        """The problems before and after an edit that keeps the context as it
        is; None when it changes the context (or the store cannot tell)."""
        from jcpoa_tracker.store import context_by_file, ordered_files

        index = self.stored.index
        order = ordered_files(index)
        rank = {rel: position for position, rel in enumerate(order)}
        base = located(self.root)
        edits: dict[str, tuple[FileResult | None, FileResult]] = {}
        for path, text in replaced.items():
            try:
                rel = located(path).relative_to(base).as_posix()
            except ValueError:
                return None
            shown = display_path(path)
            before = load_file(path, shown) if rel in rank else None
            after = parse_bytes(text.encode("utf-8"), shown)
            if any(_holds_context(result) for result in (before, after) if result is not None):
                return None
            edits[rel] = (before, after)
            rank.setdefault(rel, len(rank))  # a new file is read last, as check_with reads it
        files: dict[str, FileResult] = {
            rel: FileResult(result.path, result.records, refs=_relocated(result.refs, result.path))
            for rel, result in context_by_file(index)
        }
        changed = [v for versions in edits.values() for v in versions if v is not None]
        wanted = {record.id for result in changed for record in result.records}
        wanted.update(ref[0] for result in (*changed, *files.values()) for ref in result.refs)
        for rel in self._files_naming(wanted):
            if rel not in edits:
                files[rel] = load_file(Path(index.shown_path(rel)), index.shown_path(rel))
        found = []
        for version in (0, 1):
            chosen = dict(files)
            for rel, versions in edits.items():
                if (result := versions[version]) is not None:
                    chosen[rel] = result
            found.append(self._checked(sorted(chosen.items(), key=lambda item: rank[item[0]])))
        return found[0], found[1]

    def _files_naming(self, ids: Iterable[str]) -> list[str]:
        """The files with a statement that has one of the ids, or a loose
        reference (store.py) to one: those whose problems an edit of
        those ids can change."""
        rows = self.stored.index.connection.execute(
            "SELECT file FROM statements WHERE id IN (SELECT value FROM json_each(?1))"
            " UNION SELECT file FROM loose_refs WHERE ident IN (SELECT value FROM json_each(?1))",
            (json.dumps(sorted(set(ids))),),
        )
        return [rel for (rel,) in rows]

    def _checked(self, files: list[tuple[str, FileResult]]) -> list[Problem]:
        dataset = Dataset(config=self.dataset.config)
        problems: list[Problem] = []
        refs: list[Ref] = []
        for _, result in files:
            dataset.add(result.records)
            problems.extend(result.problems)
            refs.extend(result.refs)
        return check(LoadResult(dataset, problems, refs), self.root).problems


class TakenIds:
    """``ident in taken``: whether any record has the id (statements' ids
    asked of the store one at a time, never read whole)."""

    def __init__(self, base: Base) -> None:
        self._context = {record.id for record in base.dataset.records()}
        self._db = base.stored.index.connection

    def __contains__(self, ident: object) -> bool:
        if ident in self._context:
            return True
        query = "SELECT 1 FROM statements WHERE id = ? LIMIT 1"
        return self._db.execute(query, (ident,)).fetchone() is not None


def open_base(root: Path, environ: Mapping[str, str]) -> Base:
    """The base of an edit of ``root``, from its store brought up to date."""
    from jcpoa_tracker.store import open_store

    return Base(root, open_store(root, environ))


def _holds_context(result: FileResult) -> bool:
    return any(record.record_kind != "statement" for record in result.records)


def _relocated(refs: list[Ref], shown: str) -> list[Ref]:
    """A stored file's references, at the file as it is shown now (the store
    keeps them as shown by the run that read the file)."""
    return [(ident, kinds, shown, line, column) for ident, kinds, _, line, column in refs]


def _whole_directory(
    root: Path, replaced: Mapping[Path, str]
) -> tuple[list[Problem], list[Problem]]:
    """Every problem of the directory before and after, checked in batches
    in one pass (each file read once); whole, in memory, when a statement
    folder holds other records (or a file to write is outside the
    directory, which batches cannot place)."""
    from jcpoa_tracker.batchcheck import check_versions
    from jcpoa_tracker.checks import validate

    inside = located(root)
    if all(inside in located(path).parents for path in replaced):
        found = check_versions(root, [{}, replaced])
        if found is not None:
            return found[0].problems, found[1].problems
    return validate(root)[0].problems, check_with(root, replaced).problems
