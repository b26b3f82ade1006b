"""The persistent store: every record of a data directory in the quote
index's SQLite file, so that a report after the first run reads only what
it shows.

The index (search/index.py) already re-reads only the files whose stamps
changed.  For reports it also keeps, per file, the parsed records other
than statements and the references (``file_records``, a few hundred rows:
read whole on every run), each statement's complete record (``statements
.record``: read only for the statements a report shows), per-file counts
of statements by day, speaker, round and category (``counted``: what
totals and trends add up), and the data's error count (``meta``).

The error count is kept exact without re-checking every statement after
each edit.  Every rule but duplicate ids judges a statement against the
records around it (actors, rounds, tracks, milestones, documents: the
*context*), never against other statements, so a statement file's errors
are the errors of (context + that file) minus those of the context alone.
After statement files change, the count moves by the difference between
their old and new contributions; after a context file or the
configuration changes, everything is checked again from the store (no
YAML is read for unchanged files).  Duplicate ids are counted by SQL over
every id.  A test compares the count with ``validate`` after edits,
renames and deletions.

Records are stored with ``pickle`` through an unpickler that constructs
only the model's own classes: a cache file never runs code.
"""

from __future__ import annotations

import _pickle  # the C (un)pickler without pickle.py, which a warm run would import for nothing
import gc
import io
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.dates import Precision
from jcpoa_tracker.query import (
    Scope,
    StatementBucket,
    StatementCounts,
)
from jcpoa_tracker.search.index import read_meta
from jcpoa_tracker.search.rows import STATEMENT_COLUMNS, restore_statement
from jcpoa_tracker.slots import field_names, setters

if TYPE_CHECKING:
    from jcpoa_tracker.checks import Identified
    from jcpoa_tracker.config import SourceTier
    from jcpoa_tracker.loader import FileResult, Ref
    from jcpoa_tracker.model import Dataset, Record, Statement
    from jcpoa_tracker.search.index import Index

__all__ = [
    "BATCH",
    "PARTIAL_LIMIT",
    "Recount",
    "Stored",
    "StoredStatements",
    "context_by_file",
    "has_data_files",
    "open_store",
    "ordered_files",
    "stored_file",
    "stored_from",
]

# Up to this many changed statement files are re-checked one by one against
# the context; beyond it (a checkout, a bulk edit) checking everything once
# from the store is cheaper.
PARTIAL_LIMIT = 20

_ALLOWED = {
    "jcpoa_tracker.model",
    "jcpoa_tracker.dates",
    "jcpoa_tracker.config",
    "jcpoa_tracker.problems",
    "datetime",
}
_BUILTINS = {"set", "frozenset", "tuple", "list", "dict"}


class _ModelUnpickler(_pickle.Unpickler):
    """Builds the model's classes and plain containers, nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if module in _ALLOWED or (module == "builtins" and name in _BUILTINS):
            return super().find_class(module, name)
        if module == __name__ and name == "_rebuild":
            return _rebuild
        raise _pickle.UnpicklingError(f"not a record class: {module}.{name}")


# Dataclasses pickle by default through __getstate__/__setstate__, which
# call fields() for every object: most of the time of storing and reading a
# record.  Each is pickled as its class and its fields' values instead.
class _ModelPickler(_pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        names = field_names(cls)
        if names is None:
            return NotImplemented
        return _rebuild, (cls, tuple([getattr(obj, name) for name in names]))


def _rebuild(cls: type, values: tuple[object, ...]) -> object:
    """A dataclass instance from its fields' values, as they were stored
    (the name stored pickles call)."""
    try:  # (make's loop, written out: it runs for every object read)
        record: object = object.__new__(cls)
        for set_field, value in zip(setters(cls), values, strict=True):
            set_field(record, value)
    except (TypeError, ValueError) as error:  # not a dataclass, or other fields
        raise _pickle.UnpicklingError(f"not a record class: {cls!r}") from error
    return record


def dumps(value: object) -> bytes:
    stream = io.BytesIO()
    _ModelPickler(stream, protocol=5).dump(value)
    return stream.getvalue()


def loads(blob: bytes) -> Any:
    # Nothing built here can form a cycle, so the collector, which would
    # run a dozen times over the thousands of new objects, is held off.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _ModelUnpickler(io.BytesIO(blob)).load()
    finally:
        if collecting:
            gc.enable()


# --- writing: called by the index while it updates ---------------------


def file_blob(result: FileResult) -> tuple[int, bytes]:
    """What the store keeps of a file besides its statements: its other
    records and its references, and whether it holds any such record."""
    others = [r for r in result.records if r.record_kind != "statement"]
    return int(has_context(result)), dumps((others, result.refs))


def counted_rows(relative: str, statements: Iterable[Statement]) -> list[tuple[object, ...]]:
    """A file's statements, counted by what reports group them by."""
    from jcpoa_tracker.model import Confidence

    totals: dict[tuple[object, ...], list[int]] = {}
    for s in statements:
        key = (
            s.date.first_day.isoformat(),
            s.date.last_day.isoformat(),
            int(s.date.precision),
            s.speaker,
            s.round,
            s.category,
        )
        row = totals.setdefault(key, [0, 0, 0, 0, 0])
        row[0] += 1
        if s.tone is not None:
            row[1] += 1
            row[2] += s.tone
        row[3] += not s.verified
        row[4] += s.confidence is Confidence.LOW
    return [(relative, *key, *counts) for key, counts in totals.items()]


class Recount:
    """Keeps the error count while a refresh writes its rows.

    ``begin`` runs before the changed files' old rows are dropped (their
    old contributions are measured from them), with the changed files
    outside ``statements/`` already read: the context is then complete, so
    statement files are checked batch by batch as they are read (``add``)
    and never held all at once.  ``finish`` checks, after a context change,
    the statement files that did not change, from the store."""

    def __init__(
        self,
        index: Index,
        config: object,
        context: list[FileResult],
        *,
        partial: bool,
        base: int | None = None,
    ) -> None:
        self.index = index
        self.config = config
        self.context = context
        self.partial = partial
        # the errors of the context alone: stored with the context, so an
        # edit to a statement file checks the context twice, not three times
        from jcpoa_tracker.checks import settled_ids

        self.settled = settled_ids(context)
        self.base = self._errors([]) if base is None else base
        self.checked = self.base
        self.unsorted = False  # a statements/ file held other records
        # statement ids of the changed files, before and after: what the
        # duplicate count can have moved by
        self.old_ids: Counter[str] = Counter()
        self.new_ids: Counter[str] = Counter()
        self.old_counts: list[tuple[Any, ...]] = []  # the changed files' counted rows before
        self.old_spoken: list[tuple[Any, ...]] = []  # and their ``spoken`` rows
        self.loose: list[tuple[str, str, str]] = []  # the changed files' loose references
        # (errors, file) of single statement files checked against the context
        self.contributed: list[tuple[int, str]] = []

    @classmethod
    def begin(
        self_type,
        index: Index,
        changed: Sequence[str],
        gone: Sequence[str],
        early: Mapping[str, FileResult],
        config: object | None,
    ) -> Recount:
        """``early``: the changed files read first (those outside
        statements/); ``config``: the new configuration, if it changed."""
        db = index.connection
        rows = db.execute(
            "SELECT file, context FROM file_records WHERE file IN (SELECT value FROM json_each(?))",
            (json.dumps([*changed, *gone]),),
        )
        known = dict(rows.fetchall())  # the changed files the store holds
        touched = [rel for rel in (*changed, *gone) if rel in known]
        first = read_meta(db, "checked") is None
        context_changed = (
            first
            or config is not None
            or any(known[rel] for rel in touched)
            or any(has_context(result) for result in early.values())
        )
        if not context_changed and len(changed) + len(gone) <= PARTIAL_LIMIT:
            base = read_meta(db, "context_errors")
            recount = self_type(
                index,
                config_of(db),
                _context(index),
                partial=True,
                base=None if base is None else int(base),
            )
            old = _contributions(db, touched)
            if old is None:
                old = recount._errors([stored_file(index, rel) for rel in touched]) - recount.base
            recount.checked = int(read_meta(db, "checked") or 0) - old
            rows = db.execute(
                "SELECT id FROM statements WHERE file IN (SELECT value FROM json_each(?))",
                (json.dumps(touched),),
            )
            recount.old_ids.update(ident for (ident,) in rows)
            recount.old_counts = _counted_of(db, touched)
            recount.old_spoken = _spoken_of(db, touched)
            return recount
        stored = {rel: result for rel, result in context_by_file(index) if rel not in touched}
        context = [
            located(index, early[rel], copy=True) if rel in early else stored[rel]
            for rel in index.order
            if (rel in early and has_context(early[rel])) or rel in stored
        ]
        return self_type(index, config or config_of(db), context, partial=False)

    def _errors(self, files: Sequence[FileResult]) -> int:
        return _errors(self.config, self.index.root, self.context, files, self.settled)

    def add(self, results: Sequence[FileResult]) -> None:
        """Statement files just read (``early`` files are context)."""
        if self.partial:  # (otherwise every file's are kept again at the end)
            for result in results:
                self.loose += _loose_rows(result.path, result.refs, self.settled)
        ids = [r.id for result in results for r in result.records if r.record_kind == "statement"]
        moved = None if self.unsorted else self.moved_by(results)
        self.count(ids, moved, [result.path for result in results])

    def moved_by(self, results: Sequence[FileResult]) -> int | None:
        """What these statement files add to the error count, checked
        against the context (a worker may ask: it inherits the context);
        None when one of them holds other records."""
        if any(has_context(result) for result in results):
            return None
        if not results:
            return 0
        files = [located(self.index, result) for result in results]
        return self._errors(files) - self.base

    def count(self, ids: Iterable[str], moved: int | None, paths: Sequence[str]) -> None:
        """Statement files written: their statements' ids, what they add to
        the error count (``moved_by``) and their paths."""
        self.new_ids.update(ids)
        if moved is None:
            self.unsorted = True  # counted again from the store at the end
        elif paths and not self.unsorted:
            self.checked += moved
            if self.partial and len(paths) == 1:  # the usual edit: one file saved
                self.contributed.append((moved, paths[0]))

    def finish(self, changed: Collection[str]) -> None:
        index = self.index
        db = index.connection
        if self.unsorted:  # start again, from the store
            self.context = [stored_file(index, rel) for rel in _context_files(index)]
            from jcpoa_tracker.checks import settled_ids

            self.settled = settled_ids(self.context)
            self.base = self.checked = self._errors([])
            self.partial, changed = False, ()
        if not self.partial:
            skip = {*_context_files(index), *changed}
            unchanged = [rel for rel in ordered_files(index) if rel not in skip]
            for start in range(0, len(unchanged), BATCH):
                batch = [stored_file(index, rel) for rel in unchanged[start : start + BATCH]]
                self.checked += self._errors(batch) - self.base
            prefix = len(index.shown_path(""))
            context = [(_relative(r.path, prefix), r.records, r.refs) for r in self.context]
            _set_meta(db, "context", dumps(_unlocated(context, prefix)))
            index.memo.pop("context", None)
        _set_meta(db, "context_errors", self.base)
        _set_meta(db, "checked", self.checked)
        if self.partial:
            db.executemany("UPDATE files SET contribution = ? WHERE path = ?", self.contributed)
            db.executemany("INSERT INTO loose_refs VALUES (?, ?, ?)", self.loose)
        else:  # measured against another context
            db.execute("UPDATE files SET contribution = NULL WHERE contribution IS NOT NULL")
            _keep_all_loose(index, self.settled)
        _set_meta(db, "loose", _loose_errors(index, self.context))
        tracks = _membership(self.config, self.context)
        if self.partial:
            moved = _duplicate_change(index, self.old_ids, self.new_ids)
            _set_meta(db, "duplicates", int(read_meta(db, "duplicates") or 0) + moved)
            _add_daily(db, _daily(self.old_counts, tracks), -1)
            _add_daily(db, _daily(_counted_of(db, list(changed)), tracks), 1)
            _add_spoken(db, self.old_spoken, -1)
            _add_spoken(db, _spoken_of(db, list(changed)), 1)
        else:
            _set_meta(db, "duplicates", _duplicate_errors(index))
            db.execute("DELETE FROM daily")
            rows = db.execute(
                "SELECT last_day, round, speaker, sum(n), sum(coded), sum(unverified), sum(low)"
                " FROM counted GROUP BY last_day, round, speaker"
            )
            _add_daily(db, _daily(rows, tracks), 1)
            db.execute("DELETE FROM spoken")
            db.execute(f"INSERT INTO spoken {_SPOKEN} GROUP BY speaker, first_day, last_day")


# What a track's statements are: those of its rounds, and those of its
# parties' speakers naming no round (query.Scope.statements).
Membership = list[tuple[str, frozenset[str], frozenset[str]]]


def _membership(config: object, context: Sequence[FileResult]) -> Membership:
    from jcpoa_tracker.model import Dataset

    dataset = Dataset(config=config)  # type: ignore[arg-type]
    for result in context:
        dataset.add(r for r in result.records if r.record_kind != "statement")
    found = []
    for track in dataset.tracks:
        scope = Scope(dataset, track)
        found.append((track.id, frozenset(r.id for r in scope.rounds()), scope.track_speakers()))
    return found


def _counted_of(db: sqlite3.Connection, files: Sequence[str]) -> list[tuple[Any, ...]]:
    return db.execute(
        "SELECT last_day, round, speaker, n, coded, unverified, low FROM counted"
        " WHERE file IN (SELECT value FROM json_each(?))",
        (json.dumps(list(files)),),
    ).fetchall()


# Statements by speaker and period (``spoken``): what ``speakers`` adds up,
# one row per speaker and day said (50,000 at a million statements).
_SPOKEN = "SELECT speaker, first_day, last_day, sum(n), sum(unverified) FROM counted"


def _spoken_of(db: sqlite3.Connection, files: Sequence[str]) -> list[tuple[Any, ...]]:
    return db.execute(
        f"{_SPOKEN} WHERE file IN (SELECT value FROM json_each(?))"
        " GROUP BY speaker, first_day, last_day",
        (json.dumps(list(files)),),
    ).fetchall()


def _add_spoken(db: sqlite3.Connection, rows: Sequence[tuple[Any, ...]], sign: int) -> None:
    db.executemany(
        "INSERT INTO spoken VALUES (?, ?, ?, ?, ?) ON CONFLICT (speaker, first_day, last_day)"
        " DO UPDATE SET n = n + excluded.n, unverified = unverified + excluded.unverified",
        [
            (speaker, first, last, sign * n, sign * unverified)
            for speaker, first, last, n, unverified in rows
        ],
    )
    db.execute(
        "DELETE FROM spoken WHERE speaker IN (SELECT value FROM json_each(?)) AND n = 0",
        (json.dumps(sorted({row[0] for row in rows})),),
    )


def _daily(rows: Iterable[tuple[Any, ...]], tracks: Membership) -> dict[tuple[str, str], list[int]]:
    """Counted rows as totals per track ('' for all) and last day: what
    ``counts`` adds up, a few thousand rows whatever the archive's size."""
    totals: dict[tuple[str, str], list[int]] = {}
    for day, rnd, speaker, *counts in rows:
        keys = [""]
        for track, rounds, speakers in tracks:
            if (rnd in rounds) if rnd is not None else (speaker in speakers):
                keys.append(track)
        for key in keys:
            total = totals.setdefault((key, day), [0, 0, 0, 0])
            for position, count in enumerate(counts):
                total[position] += count
    return totals


def _add_daily(db: sqlite3.Connection, totals: dict[tuple[str, str], list[int]], sign: int) -> None:
    db.executemany(
        "INSERT INTO daily VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (track, day) DO UPDATE SET"
        " n = n + excluded.n, coded = coded + excluded.coded,"
        " unverified = unverified + excluded.unverified, low = low + excluded.low",
        [(track, day, *(sign * c for c in counts)) for (track, day), counts in totals.items()],
    )
    db.execute("DELETE FROM daily WHERE n = 0")


# Statement files checked (or restored) together: bounds the memory of a
# first build or a full check whatever the archive's size.
BATCH = 500


def has_context(result: FileResult) -> bool:
    from jcpoa_tracker.model import Statement

    return any(not isinstance(r, Statement) for r in result.records)


def _relative(path: str, prefix: int) -> str:
    return path[prefix:]


def _unlocated(
    context: list[tuple[str, list[Record], list[Ref]]], prefix: int
) -> list[tuple[str, list[Record], list[Ref]]]:
    """Context files as stored: records with their path inside the data
    directory (a copy: the checked records keep theirs)."""
    from dataclasses import replace

    return [
        (rel, [replace(r, path=r.path[prefix:]) for r in records], refs)
        for rel, records, refs in context
    ]


def _context_files(index: Index) -> list[str]:
    rows = index.connection.execute("SELECT file FROM file_records WHERE context = 1")
    held = {rel for (rel,) in rows}
    return [rel for rel in ordered_files(index) if rel in held]


def set_config(db: sqlite3.Connection, config: object) -> None:
    _set_meta(db, "config", dumps(config))


def _errors(
    config: object,
    root: Path,
    context: Sequence[FileResult],
    files: Sequence[FileResult],
    settled: frozenset[str],
) -> int:
    """Errors of every rule but duplicate ids over these files' records,
    but for loose references (``_loose_errors`` counts those); ``settled``
    are the ids of the context's actors, tracks and rounds."""
    from jcpoa_tracker.batchcheck import RULES
    from jcpoa_tracker.checks import check
    from jcpoa_tracker.loader import LoadResult
    from jcpoa_tracker.model import Dataset

    dataset = Dataset(config=config)  # type: ignore[arg-type]
    refs: list[Ref] = []
    for result in (*context, *files):
        dataset.add(result.records)
        refs.extend(ref for ref in result.refs if ref[0] in settled)
    return check(LoadResult(dataset, [], refs), root, RULES).errors


# A reference whose id no actor, track or round has is *loose*: it may
# name a statement of any file, or a milestone or document whose id a
# statement has first (batchcheck.py judges them the same way).  Each
# file's loose references are kept (``loose_refs``: a few rows) and their
# errors counted over the whole store after every change.


def _loose_rows(
    relative: str, refs: Iterable[Ref], settled: frozenset[str]
) -> list[tuple[str, str, str]]:
    """The rows of ``loose_refs`` for a file's references."""
    return [(relative, ref[0], json.dumps(list(ref[1]))) for ref in refs if ref[0] not in settled]


def _keep_all_loose(index: Index, settled: frozenset[str]) -> None:
    """Every file's loose references, from the stored ones (after the
    context changed, or a refresh too large to follow file by file)."""
    db = index.connection
    db.execute("DELETE FROM loose_refs")
    rows = db.execute("SELECT file, blob FROM file_records")
    for relative, blob in rows.fetchall():
        _, refs = loads(blob)
        db.executemany(
            "INSERT INTO loose_refs VALUES (?, ?, ?)", _loose_rows(relative, refs, settled)
        )


def _loose_errors(index: Index, context: Sequence[FileResult]) -> int:
    """The errors of the loose references, each against the first record
    with its id in ``Dataset.records()`` order: a statement if any has it
    (statements come before milestones and documents), else the first
    milestone or document of the context."""
    from jcpoa_tracker.checks import ref_problems
    from jcpoa_tracker.problems import Severity

    db = index.connection
    loose = db.execute(
        "SELECT ident, kinds, EXISTS (SELECT 1 FROM statements WHERE id = ident) FROM loose_refs"
    ).fetchall()
    if not loose:
        return 0
    from jcpoa_tracker.model import RECORD_KINDS

    rank = {kind: position for position, kind in enumerate(RECORD_KINDS)}
    records = [r for result in context for r in result.records if r.record_kind != "statement"]
    records.sort(key=lambda record: rank[record.record_kind])  # stable: file order within
    first: dict[str, Record] = {}
    for record in records:
        first.setdefault(record.id, record)
    count = 0
    for ident, kinds, said in loose:
        target: Identified | None = _Said(ident) if said else first.get(ident)
        ref = (ident, tuple(json.loads(kinds)), "", 0, 0)
        count += sum(p.severity is Severity.ERROR for p in ref_problems(ref, target, {}))
    return count


class _Said:
    """The first statement with an id, as far as counting needs it."""

    record_kind = "statement"
    path = ""
    line = 0

    def __init__(self, ident: str) -> None:
        self.id = ident

    def position(self, field_name: str | None = None) -> tuple[str, int, int]:
        return ("", 0, 0)


def _contributions(db: sqlite3.Connection, files: Sequence[str]) -> int | None:
    """What these statement files add to the error count (their errors
    with the context, less the context's own), as measured when each was
    last read alone; None unless every one of them was."""
    if not files:
        return 0
    row = db.execute(
        "SELECT count(contribution), sum(contribution) FROM files"
        " WHERE path IN (SELECT value FROM json_each(?))",
        (json.dumps(list(files)),),
    ).fetchone()
    return int(row[1]) if row[0] == len(files) else None


def _duplicate_change(index: Index, old: Counter[str], new: Counter[str]) -> int:
    """How much the duplicate-id errors moved when statements with the ids
    ``old`` were replaced by statements with the ids ``new`` (the context
    unchanged): only those ids' counts can have moved."""
    db = index.connection
    others = _context_ids(index)
    moved = 0
    for ident in old.keys() | new.keys():
        said = db.execute("SELECT count(*) FROM statements WHERE id = ?", (ident,)).fetchone()[0]
        after = said + others[ident]
        before = after - new[ident] + old[ident]
        moved += max(after - 1, 0) - max(before - 1, 0)
    return 2 * moved


def _context_ids(index: Index) -> Counter[str]:
    return Counter(
        record.id
        for _, records, _ in _stored_context(index)
        for record in records
        if record.record_kind != "statement"  # those are in the table
    )


def _duplicate_errors(index: Index) -> int:
    """What the duplicate-id rule counts: two errors for each record whose
    id an earlier record already has."""
    db = index.connection
    total, distinct = db.execute("SELECT count(*), count(DISTINCT id) FROM statements").fetchone()
    extra = total - distinct
    for ident, count in _context_ids(index).items():
        said = db.execute("SELECT count(*) FROM statements WHERE id = ?", (ident,)).fetchone()[0]
        extra += max(said + count - 1, 0) - max(said - 1, 0)
    return 2 * int(extra)


# --- reading -------------------------------------------------------------


def _set_meta(db: sqlite3.Connection, key: str, value: object) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def config_of(db: sqlite3.Connection) -> Any:
    """The configuration the store last read (the generic one without a
    dataset.yaml)."""
    from jcpoa_tracker.config import GENERIC

    blob = read_meta(db, "config")
    return GENERIC if blob is None else loads(blob)


def has_data_files(index: Index) -> bool:
    """Whether the data directory holds a data file besides the configuration."""
    from jcpoa_tracker.datadir import CONFIG_NAME

    found = index.connection.execute(
        "SELECT EXISTS (SELECT 1 FROM files WHERE path != ?)", (CONFIG_NAME,)
    ).fetchone()
    return bool(found[0])


def ordered_files(index: Index) -> list[str]:
    """Stored data files in the order the loader reads them."""
    from jcpoa_tracker.datadir import CONFIG_NAME

    return [rel for rel in index.order if rel != CONFIG_NAME]


def _context(index: Index) -> list[FileResult]:
    """The files holding records other than statements, as parsed (with
    any statements they hold), in the loader's order: one blob, since a
    report reads them all."""
    return [result for _, result in context_by_file(index)]


def context_by_file(index: Index) -> list[tuple[str, FileResult]]:
    from jcpoa_tracker.loader import FileResult

    return [
        (rel, FileResult(index.shown_path(rel), records, refs=refs))
        for rel, records, refs in _stored_context(index)
    ]


def _stored_context(index: Index) -> list[tuple[str, list[Record], list[Ref]]]:
    """The context as stored (without the loader: a warm report imports no
    YAML), records located."""
    found: list[tuple[str, list[Record], list[Ref]]] | None = index.memo.get("context")
    if found is None:  # (finish() forgets it when it writes a new context)
        blob = read_meta(index.connection, "context")
        stored = [] if blob is None else loads(blob)
        found = [(rel, _located(index, records), refs) for rel, records, refs in stored]
        index.memo["context"] = found
    return found


def stored_file(index: Index, relative: str) -> FileResult:
    """A file's records and references as stored (statements included)."""
    from jcpoa_tracker.loader import FileResult

    db = index.connection
    row = db.execute("SELECT blob FROM file_records WHERE file = ?", (relative,)).fetchone()
    records, refs = loads(row[0]) if row is not None else ([], [])
    shown = index.shown_path(relative)
    statements = [
        restore_statement(row, shown)
        for row in db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE file = ? ORDER BY line",
            (relative,),
        )
    ]
    return FileResult(shown, [*_located(index, records), *statements], refs=refs)


def _located(index: Index, records: list[Any]) -> list[Any]:
    """Records are stored with their path inside the data directory; they
    are shown with the data directory's path as seen from here.  The records
    were just unpickled and nothing else holds them yet, so their (frozen)
    path is set in place: ``replace`` would cost 50 times more."""
    prefix = index.shown_path("")
    if prefix:
        for record in records:
            object.__setattr__(record, "path", prefix + record.path)
    return records


def located(index: Index, result: FileResult, *, copy: bool = False) -> FileResult:
    """A file as parsed for the store (paths inside the data directory),
    with its records' paths as shown; ``copy`` leaves ``result`` as it is
    (its rows are not written yet)."""
    from dataclasses import replace

    from jcpoa_tracker.loader import FileResult

    records = result.records
    if copy:
        records = [replace(r, path=index.shown_path(r.path)) for r in records]
    else:
        records = _located(index, records)
    return FileResult(index.shown_path(result.path), records, refs=result.refs)


@dataclass(slots=True)
class Stored:
    """The data of a report, from the store.  Its dataset lists no files
    (``files()`` does): no report needs them, and reading their order
    (53,800 names at a million statements) is a part of a warm report that
    the file watcher otherwise saves."""

    dataset: Dataset
    errors: int
    source: StoredStatements
    index: Index

    def files(self) -> list[str]:
        """Every data file but the configuration, as shown, in the loader's
        order (what ``Dataset.files`` holds when the loader reads them)."""
        shown = self.index.shown_path("")  # once, not a call per file
        return [shown + rel for rel in ordered_files(self.index)]


def open_store(root: Path, environ: Mapping[str, str], *, persistent: bool = True) -> Stored:
    """The store of ``root``, brought up to date: the configuration and
    every record but statements, the error count, and a source of
    statements answering from SQLite."""
    from jcpoa_tracker.search.index import open_index

    return stored_from(open_index(root, environ, persistent=persistent))


def stored_from(index: Index) -> Stored:
    """The data of a report from an index brought up to date."""
    from jcpoa_tracker.model import Dataset

    db = index.connection
    dataset = Dataset(config=config_of(db))
    for _, records, _ in _stored_context(index):  # statements come from the source
        dataset.add(r for r in records if r.record_kind != "statement")
    # from the index of files with errors: a few rows, not every file's
    parsed = db.execute("SELECT coalesce(sum(errors), 0) FROM files WHERE errors > 0").fetchone()[0]
    errors = parsed + sum(
        int(read_meta(db, key) or 0) for key in ("checked", "duplicates", "loose")
    )
    if not has_data_files(index):
        errors += 1  # validate's "no-data"
    return Stored(dataset, errors, StoredStatements(index), index)


_PRECISIONS = {int(precision): precision for precision in Precision}  # Enum(value) is slow


class StoredStatements:
    """A ``StatementSource`` answering from the store with indexed queries:
    a report reads the statements it shows, never the whole archive.

    Statements come as their files give them; from ``graded(tiers)``, with
    each source's tier filled in (what ``sources.graded`` gives, made in
    one step instead of a copy of every statement a report shows)."""

    def __init__(self, index: Index, tiers: Mapping[str, SourceTier] | None = None) -> None:
        self.index = index
        self.db = index.connection
        self.tiers = tiers

    def graded(self, tiers: Mapping[str, SourceTier]) -> StoredStatements:
        """The same store, its statements' sources graded by ``tiers``."""
        return StoredStatements(self.index, tiers)

    def as_written(self) -> StoredStatements:
        """The same store, its statements as their files give them."""
        return StoredStatements(self.index) if self.tiers is not None else self

    def close(self) -> None:
        self.index.close()

    def _load(self, rows: Iterable[tuple[Any, ...]]) -> list[Statement]:
        shown, tiers = self.index.shown_path, self.tiers
        return [restore_statement(row, shown(row[1]), tiers) for row in rows]

    def _scope(self, scope: Scope) -> tuple[str, list[object]]:
        if scope.track is None:
            return "", []
        rounds = [r.id for r in scope.rounds()]
        speakers = sorted(scope.track_speakers())
        return (
            " AND (round IN (SELECT value FROM json_each(?))"
            " OR (round IS NULL AND speaker IN (SELECT value FROM json_each(?))))",
            [_json(rounds), _json(speakers)],
        )

    def select(
        self,
        scope: Scope,
        as_of: date | None,
        since: date | None = None,
        until: date | None = None,
        ids: Collection[str] | None = None,
    ) -> list[Statement]:
        where, params = self._scope(scope)
        if as_of is not None:
            where += " AND last_day <= ?"
            params.append(as_of.isoformat())
        if since is not None:
            # The sort key starts with the first day, which is at most a
            # year before the last: a range on its index finds the window.
            where += " AND last_day >= ? AND sort_key >= ?"
            params += [since.isoformat(), (since - _LONGEST_SPAN).isoformat()]
        if until is not None:
            where += " AND first_day <= ? AND sort_key < ?"
            params += [until.isoformat(), _after(until)]
        if ids is not None:
            where += " AND id IN (SELECT value FROM json_each(?))"
            params.append(_json(sorted(ids)))
        return self._load(
            self.db.execute(
                f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE 1{where}"
                " ORDER BY sort_key, file, line",
                params,
            )
        )

    def by_id(self) -> Iterator[Statement]:
        """Every statement in id order, those sharing an id in the loader's
        order (file, then place in it): what an export streams, restored
        as the cursor goes and never held all at once."""
        rank = {rel: position for position, rel in enumerate(ordered_files(self.index))}
        shown = self.index.shown_path
        # the id index orders equal ids by rowid: a file's rows are written
        # in its order, but files are not written in the loader's
        rows = self.db.execute(f"SELECT {STATEMENT_COLUMNS} FROM statements ORDER BY id, rowid")
        same: list[tuple[Any, ...]] = []
        for row in rows:
            if same and row[0] != same[0][0]:
                yield from self._in_file_order(same, rank, shown)
                same.clear()
            same.append(row)
        yield from self._in_file_order(same, rank, shown)

    def with_id(self, ident: str) -> list[Statement]:
        """The statements with the id, in the loader's order."""
        rows = self.db.execute(
            f"SELECT {STATEMENT_COLUMNS} FROM statements WHERE id = ? ORDER BY rowid", (ident,)
        ).fetchall()
        files = ordered_files(self.index) if len(rows) > 1 else []  # (only sorted if several)
        rank = {rel: position for position, rel in enumerate(files)}
        return list(self._in_file_order(rows, rank, self.index.shown_path))

    def _in_file_order(
        self, rows: list[tuple[Any, ...]], rank: Mapping[str, int], shown: Callable[[str], str]
    ) -> Iterator[Statement]:
        if len(rows) > 1:
            rows.sort(key=lambda row: rank.get(row[1], len(rank)))  # stable: rowid within a file
        for row in rows:
            yield restore_statement(row, shown(row[1]), self.tiers)

    def counts(self, scope: Scope, as_of: date) -> StatementCounts:
        track = "" if scope.track is None else scope.track.id
        total, coded, unverified, low = self.db.execute(
            "SELECT coalesce(sum(n), 0), coalesce(sum(coded), 0), coalesce(sum(unverified), 0),"
            " coalesce(sum(low), 0) FROM daily WHERE track = ? AND day <= ?",
            [track, as_of.isoformat()],
        ).fetchone()
        return StatementCounts(total, coded, unverified, low)

    def latest(
        self, scope: Scope, as_of: date, *, about_only: bool, excluding: Collection[str] = ()
    ) -> list[Statement]:
        where, params = self._scope(scope)
        if about_only:
            context = sorted(scope.dataset.config.defaults.context_topics)
            where += (
                " AND (round IS NOT NULL"
                " OR NOT EXISTS (SELECT 1 FROM topics WHERE statement = statements.rowid)"
                " OR EXISTS (SELECT 1 FROM topics WHERE statement = statements.rowid"
                " AND topic NOT IN (SELECT value FROM json_each(?))))"
            )
            params.append(_json(context))
        if excluding:
            where += " AND id NOT IN (SELECT value FROM json_each(?))"
            params.append(_json(sorted(excluding)))
        # One indexed look-up per speaker (a few hundred), backwards from
        # the newest, all in one statement (a query per speaker costs twice
        # as much in round trips); only each party's winner is built.
        query = (
            "SELECT names.speaker, found.sort_key, found.id, found.rowid"
            " FROM speaker_names AS names JOIN statements AS found ON found.rowid = ("
            "SELECT rowid FROM statements INDEXED BY statements_speaker"
            f" WHERE speaker = names.speaker AND last_day <= ?{where}"
            " ORDER BY sort_key DESC, id DESC LIMIT 1)"
        )
        party_of = scope.party_of
        best: dict[str, tuple[str, str, int]] = {}
        for speaker, *row in self.db.execute(query, [as_of.isoformat(), *params]):
            party = party_of.get(speaker, speaker)
            known = best.get(party)
            if known is None or (row[0], row[1]) > known[:2]:
                best[party] = (row[0], row[1], row[2])
        rowids = [row[2] for row in best.values()]
        return self._load(
            self.db.execute(
                f"SELECT {STATEMENT_COLUMNS} FROM statements"
                " WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY sort_key, file, line",
                [json.dumps(rowids)],
            )
        )

    def buckets(
        self, scope: Scope, as_of: date, since: date | None, until: date
    ) -> list[StatementBucket]:
        where, params = self._scope(scope)
        if since is not None:
            where += " AND first_day >= ?"
            params.append(since.isoformat())
        rows = self.db.execute(
            "SELECT first_day, precision, speaker, category, sum(n), sum(coded), sum(tone_sum)"
            f" FROM counted WHERE last_day <= ? AND first_day <= ?{where}"
            " GROUP BY first_day, precision, speaker, category"
            # bucket_order: ISO days sort as dates, UTF-8 bytes as code
            # points, and a missing category (NULL) first, as "" does
            " ORDER BY first_day, precision, speaker, category",
            [as_of.isoformat(), until.isoformat(), *params],
        ).fetchall()
        days: dict[str, date] = {}  # thousands of buckets share a few hundred days
        for row in rows:
            if row[0] not in days:
                days[row[0]] = date.fromisoformat(row[0])
        return [
            StatementBucket(days[day], _PRECISIONS[precision], speaker, category, n, coded, tones)
            for day, precision, speaker, category, n, coded, tones in rows
        ]

    def newest(self, scope: Scope, as_of: date) -> Statement | None:
        where, params = self._scope(scope)
        row = self.db.execute(
            # from the newest backwards: the planner would take every row
            # before the as-of day, then sort them
            "SELECT sort_key FROM statements INDEXED BY statements_sort"
            f" WHERE last_day <= ?{where} ORDER BY sort_key DESC LIMIT 1",
            [as_of.isoformat(), *params],
        ).fetchone()
        if row is None:
            return None
        found = self._load(
            self.db.execute(
                f"SELECT {STATEMENT_COLUMNS} FROM statements INDEXED BY statements_sort"
                f" WHERE sort_key = ? AND last_day <= ?{where} ORDER BY id LIMIT 1",
                [row[0], as_of.isoformat(), *params],
            )
        )
        return found[0]

    def last_day(self, scope: Scope, as_of: date) -> date | None:
        where, params = self._scope(scope)
        row = self.db.execute(
            "SELECT last_day FROM statements INDEXED BY statements_last"
            f" WHERE last_day <= ?{where} ORDER BY last_day DESC LIMIT 1",
            [as_of.isoformat(), *params],
        ).fetchone()
        return None if row is None else date.fromisoformat(row[0])


# The most days a statement's date spans (a year, of a leap year), less one.
_LONGEST_SPAN = timedelta(days=365)


def _after(day: date) -> str:
    """A sort key above every key of ``day`` and below the next day's."""
    return day.isoformat() + "\uffff"


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values))
