"""The quote index: every statement's searchable text in SQLite FTS5, kept in
the cache folder (never beside the data) and updated file by file.

Never stale: each data file's size, inode, modification and change times are
stored with its rows.  Before every search all files are stat'ed (a few
milliseconds for thousands) and only added or changed files are re-read;
removed ones lose their rows, all in one write transaction.  A file changed
between our stat and our read is simply re-read next time, because the
stamp we store is the one taken before reading.  A file indexed within a
few seconds of its last change also has the hash of the content indexed
stored, and is re-read whenever its content no longer has that hash: on a
filesystem with coarse timestamps a rewrite can keep the stamp
(cachedir.py).

Two processes at once: SQLite's write lock serialises them, and the second
re-checks the stamps inside its transaction, finds the work done and reads
on.  A file that is not a database, is corrupt, or has another format
version is deleted and rebuilt; a cache folder that cannot be written gives
an index for this run only instead, as ``--no-cache`` does: SQLite's
private temporary database, deleted when closed, which spills to the
temporary folder rather than holding gigabytes in memory.
"""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.cachedir import cache_location
from jcpoa_tracker.datadir import (
    CONFIG_NAME,
    FOLDER,
    STATEMENTS_FOLDER,
    Stamp,
    display_path,
    entry_stamp,
    stamp_of,
    walk_order,
    walk_stamped,
)
from jcpoa_tracker.search.prepare import group_size, prepare_group, preparing_workers
from jcpoa_tracker.search.rows import StatementRows, iso, speaker_words, statement_rows
from jcpoa_tracker.workers import available_cores

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from jcpoa_tracker.config import DatasetConfig
    from jcpoa_tracker.loader import FileResult
    from jcpoa_tracker.model import Record, Statement
    from jcpoa_tracker.store import Recount
    from jcpoa_tracker.watch.client import Answer

__all__ = [
    "FORMAT",
    "Index",
    "IndexCorrupt",
    "one_snapshot",
    "open_index",
    "scan",
    "stored_config",
    "stored_ids",
    "unmapped",
]

FORMAT = 21  # bump when the schema, the folding or the stemming changes: old indexes are rebuilt
APPLICATION_ID = 0x4A435154  # "JCQT": tells our index from any other SQLite file
SUFFIX = ".quotes.sqlite"

# The indexed fields, each twice: word for word (for "phrases" and prefix*)
# and stemmed (``stem.stem_text``, for plain words).
FIELDS = ("text", "original", "occasion", "context", "topics", "speaker")
EXACT_COLUMNS = FIELDS
STEMMED_COLUMNS = tuple(f"{name}_stem" for name in FIELDS)
# Relevance weights per indexed field: the words of the quote count most.
_WEIGHTS = ("10.0", "10.0", "1.0", "2.0", "3.0", "2.0")
RANK_WEIGHTS = ", ".join(_WEIGHTS + _WEIGHTS)


_SCHEMA = f"""
CREATE TABLE files(
    path TEXT PRIMARY KEY, size INTEGER, inode INTEGER, mtime INTEGER, ctime INTEGER,
    errors INTEGER NOT NULL, digest TEXT, content TEXT NOT NULL,
    contribution INTEGER) WITHOUT ROWID;
CREATE TABLE actors(
    id TEXT NOT NULL, file TEXT NOT NULL, kind TEXT, name TEXT, party TEXT,
    aliases TEXT, roles TEXT);
CREATE INDEX actors_file ON actors(file);
CREATE TABLE tracks(id TEXT NOT NULL, file TEXT NOT NULL, title TEXT);
CREATE INDEX tracks_file ON tracks(file);
CREATE TABLE rounds(
    id TEXT NOT NULL, file TEXT NOT NULL, track TEXT, number INTEGER, title TEXT);
CREATE INDEX rounds_file ON rounds(file);
CREATE TABLE statements(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, file TEXT NOT NULL, line INTEGER,
    speaker TEXT NOT NULL, date TEXT NOT NULL, first_day TEXT NOT NULL,
    last_day TEXT NOT NULL, sort_key TEXT NOT NULL, round TEXT, category TEXT,
    verified INTEGER NOT NULL, confidence TEXT NOT NULL, doc BLOB NOT NULL,
    tone INTEGER);
CREATE INDEX statements_file ON statements(file);
CREATE INDEX statements_speaker ON statements(speaker, sort_key, id, last_day);
CREATE INDEX statements_id ON statements(id);
CREATE INDEX statements_sort ON statements(sort_key);
CREATE INDEX statements_last ON statements(last_day);
CREATE INDEX statements_round ON statements(round);
CREATE INDEX statements_category ON statements(category);
CREATE INDEX statements_dates ON statements(sort_key, last_day);
CREATE TABLE file_records(
    file TEXT PRIMARY KEY, context INTEGER NOT NULL, blob BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE counted(
    file TEXT NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL,
    precision INTEGER NOT NULL, speaker TEXT NOT NULL, round TEXT, category TEXT,
    n INTEGER NOT NULL, coded INTEGER NOT NULL, tone_sum INTEGER NOT NULL,
    unverified INTEGER NOT NULL, low INTEGER NOT NULL);
CREATE INDEX counted_file ON counted(file);
CREATE INDEX counted_last ON counted(last_day);
CREATE INDEX counted_first ON counted(first_day);
CREATE TABLE daily(
    track TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, coded INTEGER NOT NULL,
    unverified INTEGER NOT NULL, low INTEGER NOT NULL, PRIMARY KEY (track, day)) WITHOUT ROWID;
CREATE TABLE spoken(
    speaker TEXT NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL,
    n INTEGER NOT NULL, unverified INTEGER NOT NULL,
    PRIMARY KEY (speaker, first_day, last_day)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE INDEX files_recent ON files(path) WHERE digest IS NOT NULL;
CREATE INDEX files_with_errors ON files(path, errors) WHERE errors > 0;
CREATE TABLE topics(statement INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE INDEX topics_topic ON topics(topic, statement);
CREATE INDEX topics_statement ON topics(statement);
CREATE TABLE loose_refs(file TEXT NOT NULL, ident TEXT NOT NULL, kinds TEXT NOT NULL);
CREATE INDEX loose_refs_file ON loose_refs(file);
CREATE TABLE speaker_names(speaker TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stems(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ranked_terms(term TEXT PRIMARY KEY, made INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ranked_phrases(
    term TEXT NOT NULL, position INTEGER NOT NULL, phrase TEXT NOT NULL, hits INTEGER NOT NULL,
    PRIMARY KEY (term, position)) WITHOUT ROWID;
CREATE INDEX ranked_phrase ON ranked_phrases(phrase);
CREATE TABLE ranked_groups(
    term TEXT NOT NULL, counts TEXT NOT NULL, size INTEGER NOT NULL, kept INTEGER NOT NULL,
    PRIMARY KEY (term, counts)) WITHOUT ROWID;
CREATE TABLE ranked(
    term TEXT NOT NULL, counts TEXT NOT NULL, len INTEGER NOT NULL, sort_key TEXT NOT NULL,
    id TEXT NOT NULL, statement INTEGER NOT NULL,
    PRIMARY KEY (term, counts, len, sort_key DESC, id, statement)) WITHOUT ROWID;
CREATE INDEX ranked_statement ON ranked(statement);
CREATE VIRTUAL TABLE fts USING fts5(
    {", ".join(EXACT_COLUMNS + STEMMED_COLUMNS)},
    tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25({RANK_WEIGHTS})');
"""


class IndexCorrupt(Exception):
    """The index file is damaged or not ours; it will be rebuilt."""


@dataclass(slots=True)
class Index:
    """An open, up-to-date index of the data directory ``root``."""

    connection: sqlite3.Connection
    root: Path
    location: Path | None  # None: for this run only (a temporary database)
    reread: list[str] = field(default_factory=list)  # files read by the last refresh
    removed: list[str] = field(default_factory=list)
    # every file, in the loader's order (``order``); None: as stored, read
    # when first asked for (no report needs it: 53,800 names at a million
    # statements)
    stored_order: list[str] | None = field(default_factory=list)
    prefix: str | None = None  # how the data directory is shown from here
    # what the store has derived from its rows in this process (the
    # context's records, read once however many checks use them)
    memo: dict[str, Any] = field(default_factory=dict)
    # a first build: the secondary indexes are made once the rows are written
    indexes_pending: bool = False

    def close(self) -> None:
        self.connection.close()

    @property
    def order(self) -> list[str]:
        """Every data file, in the loader's order."""
        if self.stored_order is None:
            order = read_meta(self.connection, "order")
            self.stored_order = order.split("\n") if isinstance(order, str) and order else []
        return self.stored_order

    @order.setter
    def order(self, files: list[str]) -> None:
        self.stored_order = files

    def shown_path(self, relative: str) -> str:
        if self.prefix is None:  # resolved once: per file it would cost more than the rest
            self.prefix = _shown_prefix(self.root)
        return self.prefix + relative

    def refresh(self, listing: Mapping[str, Stamp] | None = None) -> None:
        """Bring the index up to date with the files on disk (``listing``:
        the files and their stamps, in the loader's order, when they are
        known without a scan)."""
        scanned = time.time_ns()
        token = None
        if listing is None and self.location is not None:
            answer = self._ask_watcher()
            if answer is not None:
                token = answer.token
                if answer.changed is not None and self._refreshed_from(
                    answer.changed, token, scanned
                ):
                    return
        current = scan(self.root) if listing is None else dict(listing)
        self.order = list(current)
        # The stamps as one value: comparing it saves reading every file's
        # row (a fifth of a warm run on a million statements).  Marshal's
        # bytes are compared as they are: hashing them would cost more.
        # Version 2 writes no back-references, whose use depends on how many
        # references each object has: the same stamps give the same bytes.
        stamps = marshal.dumps(current, 2)
        if read_meta(self.connection, "stamps") == stamps and not self._rewritten():
            self.reread, self.removed = [], []
            if token is not None:  # vouched for up to here: not asked again
                self.remember_token(token)
            return
        with self._write():
            stored = self._stored_stamps()  # another process may have done it
            rewritten = self._rewritten()
            changed = sorted(
                rel
                for rel, stamp in current.items()
                if stored.get(rel) != stamp or rel in rewritten
            )
            gone = sorted(rel for rel in stored if rel not in current)
            self.reread, self.removed = changed, gone
            if changed or gone:
                _Update(self, current, set(stored), scanned).run(changed, gone)
            self.make_pending_indexes()  # (an empty data directory: no update ran)
            self.connection.execute("INSERT OR REPLACE INTO meta VALUES ('stamps', ?)", (stamps,))
            self.connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('order', ?)", ("\n".join(current),)
            )
            # The watcher's token, taken before these stamps: every change
            # after them is in its answers from this token on.
            self._keep_token(token)

    def _refreshed_from(self, changed: list[str], token: str, scanned: int) -> bool:
        """Brought up to date from the names the watcher saw change since
        the stored token, when they are at most edits of listed files: no
        scan, and no other file's stamp read or written.  False when the
        files must be listed (one came or went, a folder changed)."""
        from jcpoa_tracker.watch.client import modified_stamps

        if not changed and not self._rewritten():
            # Nothing changed since the stamps were stored: nothing is
            # read (the order when asked for) and nothing written.
            return self._kept_order(lazily=True)
        with self._write():  # (the order and stamps read here are the current ones)
            if not self._kept_order():
                return False  # (nothing written)
            modified = modified_stamps(self.root, changed, self._file_stamp)
            # files whose content no longer has its stored hash (cachedir.py)
            for relative in self._rewritten() - set(modified or ()):
                stamp = entry_stamp(self.root, relative)
                if modified is None or stamp is None or stamp == FOLDER:
                    modified = None  # (it went: the files must be listed)
                    break
                modified[relative] = stamp
            if modified is None:
                return False  # (nothing written)
            self.reread = sorted(modified)
            if modified:
                _Update(self, modified, set(modified), scanned).run(self.reread, [])
                # The files' rows hold the stamps now: the one-value copy
                # (5 MB at a million statements) is written again by the
                # next run that lists every file, not on every edit.
                self.connection.execute("DELETE FROM meta WHERE key = 'stamps'")
            self._keep_token(token)
        return True

    def _kept_order(self, *, lazily: bool = False) -> bool:
        """Take the files' order as stored (``lazily``: read when first
        asked for), with nothing reread or removed; False for a store from
        before the order was kept."""
        if lazily:
            kept = self.connection.execute(
                "SELECT typeof(value) = 'text' FROM meta WHERE key = 'order'"
            ).fetchone()
            if not (kept and kept[0]):
                return False
            self.stored_order = None
        else:
            order = read_meta(self.connection, "order")
            if not isinstance(order, str):
                return False
            self.order = order.split("\n") if order else []
        self.reread, self.removed = [], []
        return True

    def _file_stamp(self, relative: str) -> Stamp | None:
        """The stamp stored with a file's rows; None for a file not listed."""
        row = self.connection.execute(
            "SELECT size, inode, mtime, ctime FROM files WHERE path = ?", (relative,)
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def _ask_watcher(self) -> Answer | None:
        """What the data directory's watcher (``watch start``) saw change
        since these stamps were stored; None when no watcher runs."""
        assert self.location is not None
        from jcpoa_tracker.watch.client import ask

        since = read_meta(self.connection, _WATCH_TOKEN)
        return ask(self.location, self.root, since if isinstance(since, str) else None)

    def remember_token(self, token: str) -> None:
        """Keep the watcher's token with stamps that are still current."""
        with suppress(sqlite3.OperationalError):  # read-only, or busy: asked again next time
            self._keep_token(token)

    def _keep_token(self, token: str | None) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_WATCH_TOKEN, token))

    def make_pending_indexes(self) -> None:
        """A first build's secondary indexes, once its rows are written."""
        if self.indexes_pending:
            _create_indexes(self.connection)
            self.indexes_pending = False

    def data_hash(self) -> str | None:
        """provenance.data_hash of the files as indexed (no file is read):
        kept until a file changes, then worked out again from the lines of
        the parts with changed files (``digest.py``); None for a data
        directory that is a single file."""
        from jcpoa_tracker.search import digest

        if not self.root.is_dir():
            return None
        known = digest.kept_digest(self.connection)
        if known is not None:
            return known
        try:
            with self._write():
                return digest.data_digest(self.connection)
        except sqlite3.OperationalError:  # read-only, or busy: worked out, not kept
            return digest.unkept_digest(self.connection)

    def keep_ranked(self, expression: str, phrases: Sequence[str]) -> bool:
        """Make the ranked groups (``ranked.py``) of the search
        ``expression``, made of ``phrases``; False for a store of this run
        only (not worth it), one this process cannot write, or a count not
        read back."""
        from jcpoa_tracker.search import ranked

        if self.location is None:
            return False
        db = self.connection
        try:
            with self._write():
                # (another process may have made them since this one looked)
                if not ranked.is_kept(db, expression) or ranked.worn(db, expression):
                    ranked.keep(db, expression, phrases)
        except (sqlite3.OperationalError, ranked.Uncounted):  # (read-only or busy; a count)
            return False
        return True

    def recall(self, key: str) -> str | None:
        """A value kept with ``remember`` (provenance.Memo)."""
        found = read_meta(self.connection, memo_key(key))
        return None if found is None else str(found)

    def remember(self, key: str, value: str) -> None:
        with suppress(sqlite3.OperationalError):  # read-only, or busy: asked again next time
            self.connection.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)", (memo_key(key), value)
            )

    def error_files(self) -> list[tuple[str, int]]:
        """Files with errors (by the per-file checks) and their error counts."""
        rows = self.connection.execute(
            "SELECT path, errors FROM files WHERE errors > 0 ORDER BY path"
        )
        return [(self.shown_path(path), errors) for path, errors in rows]

    def _rewritten(self) -> set[str]:
        """Files indexed while recent whose content no longer has the hash
        stored with them (usually none are recent: no content is read)."""
        rows = self.connection.execute(
            "SELECT path, digest FROM files WHERE digest IS NOT NULL"
        ).fetchall()
        return {rel for rel, digest in rows if _digest_of(self.path_of(rel)) != digest}

    def path_of(self, relative: str) -> Path:
        return self.root if self.root.is_file() else self.root / relative

    def _stored_stamps(self) -> dict[str, Stamp]:
        # The stamps as last written with the rows, in one value: five times
        # faster to read than a row per file.
        kept = read_meta(self.connection, "stamps")
        if isinstance(kept, bytes):
            stamps: dict[str, Stamp] = marshal.loads(kept)
            return stamps
        rows = self.connection.execute("SELECT path, size, inode, mtime, ctime FROM files")
        found = {path: (size, inode, mtime, ctime) for path, size, inode, mtime, ctime in rows}
        order = read_meta(self.connection, "order")
        if not isinstance(order, str):
            return found
        in_order = {rel: found.pop(rel) for rel in order.split("\n") if rel in found}
        return in_order | found  # (the loader's order)

    @contextmanager
    def _write(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")


_WATCH_TOKEN = "watch-token"  # the file watcher's token of the stored stamps


def memo_key(key: str) -> str:
    """Where ``remember`` keeps a value in ``meta`` (digest.py's keys too)."""
    return f"memo:{key}"


def read_meta(db: sqlite3.Connection, key: str) -> Any:
    """A value of the store's ``meta`` table, or None."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def store_location(root: Path, environ: Mapping[str, str]) -> Path:
    """Where the persistent store of ``root`` lives (its watcher's files
    sit beside it: watch/client.WatchPaths)."""
    return cache_location(root, environ, SUFFIX)


def open_index(root: Path, environ: Mapping[str, str], *, persistent: bool = True) -> Index:
    """The index of ``root``, brought up to date.  With ``persistent`` it
    lives in the cache folder; a damaged or foreign file there is rebuilt,
    and an unusable folder falls back to memory."""
    if persistent:
        location = store_location(root, environ)
        for attempt in (1, 2):
            try:
                location.parent.mkdir(parents=True, exist_ok=True)
                built = [] if location.exists() else _build_fresh(root, location)
                index = _open(root, location)
                index.refresh()
                index.reread = built + index.reread
                return index
            except IndexCorrupt:
                remove_index(location)
            except sqlite3.OperationalError:
                break  # locked too long, read-only, no space: use memory
            except sqlite3.DatabaseError:
                if attempt == 2:
                    break
                remove_index(location)
            except OSError:
                break
    index = _open(root, None)
    index.refresh()
    return index


def derived_index(
    base: Index, root: Path, write: Callable[[Mapping[str, str]], Mapping[str, str]]
) -> Index:
    """The index of another version of ``base``'s data directory (a git
    revision), for this run only, reading only the files that differ.

    It starts as a copy of ``base``.  ``write`` is given what ``base``
    indexed (path inside the data directory -> ``provenance.file_hash`` of
    its content), writes into the folder ``root`` the files of the other
    version whose content differs, and returns every file of that version
    with the hash of its content.  A file with the content ``base`` indexed
    keeps its stamp and its rows; the others are read from ``root`` as
    after a user's edit of them, and the files the other version lacks are
    forgotten."""
    connection = sqlite3.connect("", isolation_level=None)  # deleted when closed
    try:
        with _copy_source(base) as source:
            source.backup(connection)
        index = Index(connection, root, None)
        stamps = index._stored_stamps()
        indexed = {
            path: content
            for path, content in connection.execute("SELECT path, content FROM files")
            if path in stamps
        }
        contents = write(indexed)
        same = {path for path, content in contents.items() if indexed.get(path) == content}
        listing: dict[str, Stamp] = {}
        for path in sorted(contents, key=lambda path: (path != CONFIG_NAME, walk_order(path))):
            stamp = stamps[path] if path in same else stamp_of(str(root / path))
            if stamp is not None:
                listing[path] = stamp
        # a kept file is not on disk here: nothing may look for its content
        connection.execute(
            "UPDATE files SET digest = NULL WHERE digest IS NOT NULL"
            " AND path IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(same)),),
        )
        index.refresh(listing)
    except BaseException:
        connection.close()
        raise
    return index


@contextmanager
def _copy_source(index: Index) -> Iterator[sqlite3.Connection]:
    """A connection to read ``index`` whole: for a file, one of its own that
    reads it without mapping it into memory (the index's connection maps
    it, and a copy through it would make every page resident)."""
    if index.location is None:
        yield index.connection
        return
    connection = sqlite3.connect(f"{index.location.as_uri()}?mode=ro", uri=True, timeout=120)
    try:
        connection.execute("PRAGMA mmap_size = 0")
        yield connection
    finally:
        connection.close()


def stored_ids(root: Path, environ: Mapping[str, str], prefix: str, limit: int = 200) -> list[str]:
    """Statement ids starting with ``prefix`` from the index of ``root`` as it
    is on disk, without updating it (for shell completion: a Tab press must
    not read YAML); none when there is no usable index yet."""
    location = store_location(root, environ)
    if not location.exists():
        return []
    try:
        connection = sqlite3.connect(f"{location.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return []
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return []
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = connection.execute(
            "SELECT DISTINCT id FROM statements WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (escaped + "%", limit),
        )
        return [ident for (ident,) in rows if ident.startswith(prefix)]
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def _build_fresh(root: Path, location: Path) -> list[str]:
    """A first build, in a side file renamed into place when complete.

    Written without a journal (nobody else can see the file yet), it costs
    half the I/O of a build inside the live database, and no process ever
    opens a half-built index.  A lock file makes concurrent first runs wait
    for one build instead of each doing their own."""
    with _build_lock(location):
        if location.exists():
            return []  # another process built it while we waited
        building = location.with_name(f"{location.name}.{os.getpid()}.building")
        remove_index(building)
        try:
            connection = sqlite3.connect(str(building), isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                _initialise(connection, indexes=False)
                index = Index(connection, root, None, indexes_pending=True)
                index.refresh()
            finally:
                connection.close()
            building.replace(location)
        finally:
            remove_index(building)
    return index.reread


@contextmanager
def _build_lock(location: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not POSIX: concurrent first runs each build (still correct)
        yield
        return
    with location.with_name(location.name + ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def remove_index(location: Path) -> None:
    """Delete the index and SQLite's side files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            Path(str(location) + suffix).unlink()


def _open(root: Path, location: Path | None) -> Index:
    connection = sqlite3.connect(
        # "": SQLite's private temporary database, deleted when closed
        "" if location is None else str(location),
        timeout=120,  # a first build of a large archive by another process
        isolation_level=None,  # we issue BEGIN and COMMIT ourselves
    )
    try:
        if location is not None:
            connection.execute("PRAGMA journal_mode = WAL")  # readers never wait
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA mmap_size = 17179869184")
        # for this run only: always a first build, its indexes made once written
        _initialise(connection, indexes=location is not None)
    except BaseException:
        connection.close()
        raise
    return Index(connection, root, location, indexes_pending=location is None)


@contextmanager
def unmapped(db: sqlite3.Connection) -> Iterator[None]:
    """Reads of most of the store, made without mapping it into memory:
    every page read through the map stays in the process's resident memory
    (most of the store, for every quote of a common word at a million
    statements), where SQLite's own page cache is bounded.  (An index for
    one run, SQLite's temporary database, is never mapped.)"""
    row = db.execute("PRAGMA mmap_size").fetchone()
    if row is None or not row[0]:
        yield
        return
    db.execute("PRAGMA mmap_size = 0")
    try:
        yield
    finally:
        db.execute(f"PRAGMA mmap_size = {int(row[0])}")


@contextmanager
def one_snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """Reads made in one read transaction: each sees the store as the first
    saw it, whatever another process writes meanwhile (in WAL mode a reader
    keeps its snapshot, and writers do not wait for it).  Inside a
    transaction already, that one."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        if db.in_transaction:  # (mypy holds it false here, as before the yield)
            db.execute("COMMIT")  # type: ignore[unreachable]  # (it only ends the snapshot)


def _initialise(connection: sqlite3.Connection, *, indexes: bool = True) -> None:
    """Give a new database the schema; ``indexes=False`` leaves out the
    secondary indexes (``_create_indexes``), for a first build to add once
    its rows are written."""
    if _is_current(connection):
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        if not _is_current(connection):
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise IndexCorrupt("another format or another program's database")
            # One statement at a time: executescript() would commit early.
            for statement in _SCHEMA.split(";"):
                if statement.strip() and (indexes or not _is_index(statement)):
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {FORMAT}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _is_index(statement: str) -> bool:
    return statement.strip().startswith("CREATE INDEX")


def _create_indexes(connection: sqlite3.Connection) -> None:
    """The secondary indexes, built from the rows at once: sorting a table
    once costs a fraction of keeping eight indexes in order row by row."""
    for statement in _SCHEMA.split(";"):
        if _is_index(statement):
            connection.execute(statement)


def _is_current(connection: sqlite3.Connection) -> bool:
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application == APPLICATION_ID and version == FORMAT:
        return True
    if application == 0 and version == 0:
        return False  # a new, empty file (checked again under the lock)
    raise IndexCorrupt(f"index format {application:#x}/{version}, expected {FORMAT}")


def scan(root: Path) -> dict[str, Stamp]:
    """Every entry of ``datadir.walk`` below ``root`` with its stamp (links
    and special files stamped as themselves), keyed by its path relative to
    ``root``, in the loader's order."""
    found: dict[str, Stamp] = {}
    config = root / CONFIG_NAME
    if root.is_dir():  # the configuration shapes reports too
        stamp = stamp_of(str(config))
        if stamp is not None:
            found[CONFIG_NAME] = stamp
    found.update(walk_stamped(root))
    return found


def _digest_of(path: Path) -> str:
    from jcpoa_tracker.cachedir import content_digest
    from jcpoa_tracker.datadir import UnsafeFile, read_data

    try:
        return content_digest(read_data(path))
    except (OSError, UnsafeFile) as error:
        return f"unread: {error}"


def _shown_prefix(root: Path) -> str:
    return "" if root.is_file() else display_path(root) + "/"


class _Update:
    """One refresh: drop the rows of changed and removed files, read the
    changed ones, insert their records."""

    def __init__(
        self, index: Index, stamps: dict[str, Stamp], known: set[str], scanned: int
    ) -> None:
        self.index = index
        self.scanned = scanned  # when the stamps were taken (wall clock, ns)
        self.known = known  # files with rows in the index
        self.db = index.connection
        self.stamps = stamps
        self.actors_changed = False
        from jcpoa_tracker.search.ranked import Upkeep

        self.upkeep = Upkeep(self.db)  # the commonest phrases' groups (ranked.py)

    def run(self, changed: list[str], gone: list[str]) -> None:
        from jcpoa_tracker import store
        from jcpoa_tracker.loader import collector_paused
        from jcpoa_tracker.search import digest

        digest.forget(self.db, [*changed, *gone])
        if len(changed) + len(gone) >= PARALLEL_FROM:
            # (a checkout: making the groups again when searched costs less
            # than keeping them true file by file)
            self.upkeep.forget_all()
        with collector_paused():
            config = None
            if CONFIG_NAME in changed or CONFIG_NAME in gone:
                from jcpoa_tracker.config_file import load_config

                config = load_config(self.index.root)[0]
            # Every file but statements first: the records statements are
            # checked against are then complete, and statement files are
            # read, written and checked in batches, never all held at once.
            late = [rel for rel in changed if rel.startswith(STATEMENTS_FOLDER)]
            early = {
                rel: self._read(rel) for rel in changed if not rel.startswith(STATEMENTS_FOLDER)
            }
            results = {rel: result for rel, (result, *_) in early.items() if result is not None}
            recount = store.Recount.begin(self.index, changed, gone, results, config)
            for relative in (*changed, *gone):
                if relative in self.known:
                    self._forget(relative)
            if config is not None:
                store.set_config(self.db, config)
            statements = self._write(early)
            names = self._speaker_names()
            if self.actors_changed:
                self._rename_speakers(names)
            self._add_statements(statements, names)
            # statements outside statements/ (a layout warning) count too
            recount.add([r for r in results.values() if not store.has_context(r)])
            cores = available_cores() if len(late) >= PARALLEL_FROM else 1
            with preparing_workers(cores, names, recount) as pool:
                if pool is None:
                    self._read_statements(late, recount, names)
                else:
                    self._prepare_statements(late, recount, names, pool, cores)
            self.index.make_pending_indexes()  # before finish, which looks ids up
            recount.finish(changed)

    def _read_statements(self, late: list[str], recount: Recount, names: dict[str, str]) -> None:
        """Statement files read, written and checked batch by batch."""
        from jcpoa_tracker import store

        for start in range(0, len(late), store.BATCH):
            batch = {
                relative: self._read(relative) for relative in late[start : start + store.BATCH]
            }
            names = self._add_batch(batch, names)
            recount.add([result for result, *_ in batch.values() if result is not None])

    def _add_batch(self, batch: Mapping[str, Read], names: dict[str, str]) -> dict[str, str]:
        """Write statement files; the speakers' words, new if an actor was
        among them (a layout error)."""
        before, self.actors_changed = self.actors_changed, False
        self._add_statements(self._write(batch), names)
        return self._names_after(before, names)

    def _names_after(self, actors_before: bool, names: dict[str, str]) -> dict[str, str]:
        """The speakers' words after statement files were written: new, and
        the rows written with the old ones mended, if an actor was among
        them (``actors_changed`` was cleared before writing them)."""
        if self.actors_changed:
            names = self._speaker_names()
            self._rename_speakers(names)
        self.actors_changed = self.actors_changed or actors_before
        return names

    def _prepare_statements(
        self, late: list[str], recount: Recount, names: dict[str, str], pool: Pool, cores: int
    ) -> None:
        """Statement files made ready by the workers (``prepare.py``) and
        written here, batch by batch, the next batch prepared while this
        one is written (never more than two batches held)."""
        from jcpoa_tracker import store

        batches = [late[start : start + store.BATCH] for start in range(0, len(late), store.BATCH)]
        first_names = names
        ahead = self._preparing(batches[0], pool, cores) if batches else iter(())
        for number in range(len(batches)):
            current = ahead
            if number + 1 < len(batches):
                ahead = self._preparing(batches[number + 1], pool, cores)
            for blob in current:
                names = self._write_prepared(blob, recount, names)
        if names is not first_names:  # workers used the words from before: mend them
            self._rename_speakers(names)

    def _preparing(self, relatives: Sequence[str], pool: Pool, cores: int) -> Iterator[bytes]:
        size = group_size(len(relatives), cores)
        groups = [
            [self._job(relative) for relative in relatives[start : start + size]]
            for start in range(0, len(relatives), size)
        ]
        return pool.imap(prepare_group, groups)

    def _write_prepared(
        self, blob: bytes, recount: Recount, names: dict[str, str]
    ) -> dict[str, str]:
        """Write a group a worker made ready; the speakers' words, new if an
        actor was among its files."""
        from jcpoa_tracker.search.stem import stem_text

        files, moved, stems = marshal.loads(blob)
        self.db.executemany("INSERT OR IGNORE INTO stems VALUES (?, ?)", stems.items())
        before, self.actors_changed = self.actors_changed, False
        made: list[StatementRows] = []
        stemmed: list[tuple[str, ...]] = []
        ids: list[str] = []
        for relative, errors, digest, content, records, rows, stems_of, counted, read in files:
            if read is not None:  # other records too: written as context is
                new = self._write({relative: _unpacked(read)})
                rows = statement_rows(new, names, {})
                stems_of = [tuple(map(stem_text, exact)) for _, exact, _, _ in rows]
            else:
                self._file_rows(relative, errors, digest, content, records, counted)
            made += rows
            stemmed += stems_of
            ids += [row[0] for row, *_ in rows]
        self._insert_statements(made, stemmed)
        recount.count(ids, moved, [relative for relative, *_ in files])
        return self._names_after(before, names)

    def _write(self, read: Mapping[str, Read]) -> list[tuple[str, Statement]]:
        """Write the rows of files just read; their statements are returned,
        to be written once the speakers' names are known."""
        from jcpoa_tracker import store
        from jcpoa_tracker.model import Actor, Round, Statement, Track

        statements: list[tuple[str, Statement]] = []
        for relative, (result, errors, digest, content) in read.items():
            if result is None:
                self._file_rows(relative, errors, digest, content, None, [])
                continue
            its_statements = [r for r in result.records if isinstance(r, Statement)]
            counted = store.counted_rows(relative, its_statements)
            self._file_rows(relative, errors, digest, content, store.file_blob(result), counted)
            for record in result.records:
                if isinstance(record, Statement):
                    statements.append((relative, record))
                elif isinstance(record, Actor):
                    self._add_actor(relative, record)
                elif isinstance(record, Round):
                    self.db.execute(
                        "INSERT INTO rounds VALUES (?, ?, ?, ?, ?)",
                        (record.id, relative, record.track, record.number, record.title),
                    )
                elif isinstance(record, Track):
                    self.db.execute(
                        "INSERT INTO tracks VALUES (?, ?, ?)",
                        (record.id, relative, record.title),
                    )
        return statements

    def _file_rows(
        self,
        relative: str,
        errors: int,
        digest: str | None,
        content: str,
        records: tuple[int, bytes] | None,
        counted: Sequence[tuple[Any, ...]],
    ) -> None:
        """A file's own rows: its stamp and counts, its records but
        statements (``store.file_blob``; None: the configuration), and its
        statements counted (``store.counted_rows``)."""
        self.db.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (relative, *self.stamps[relative], errors, digest, content),
        )
        if records is not None:
            self.db.execute("INSERT INTO file_records VALUES (?, ?, ?)", (relative, *records))
        self.db.executemany(f"INSERT INTO counted VALUES ({', '.join('?' * 12)})", counted)

    def _read(self, relative: str) -> Read:
        return read_file(*self._job(relative))

    def _job(self, relative: str) -> tuple[Path, str, Stamp, int]:
        return self.index.path_of(relative), relative, self.stamps[relative], self.scanned

    def _forget(self, relative: str) -> None:
        db = self.db
        rows = "SELECT rowid FROM statements WHERE file = ?"
        self.upkeep.removing(rows, (relative,))
        db.execute(f"DELETE FROM fts WHERE rowid IN ({rows})", (relative,))
        db.execute(f"DELETE FROM topics WHERE statement IN ({rows})", (relative,))
        for table in ("statements", "tracks", "rounds", "file_records", "counted", "loose_refs"):
            db.execute(f"DELETE FROM {table} WHERE file = ?", (relative,))
        if db.execute("DELETE FROM actors WHERE file = ?", (relative,)).rowcount:
            self.actors_changed = True
        db.execute("DELETE FROM files WHERE path = ?", (relative,))

    def _add_actor(self, relative: str, actor: Record) -> None:
        from jcpoa_tracker.model import Actor

        assert isinstance(actor, Actor)
        self.actors_changed = True
        roles = [[role.title, iso(role.start), iso(role.end), role.note] for role in actor.roles]
        self.db.execute(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                actor.id,
                relative,
                str(actor.kind),
                actor.name,
                actor.party,
                json.dumps(list(actor.aliases), ensure_ascii=False),
                json.dumps(roles, ensure_ascii=False),
            ),
        )

    def _speaker_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        rows = self.db.execute("SELECT id, name, aliases FROM actors ORDER BY file, rowid")
        for ident, name, aliases in rows:
            names.setdefault(ident, speaker_words(ident, name, json.loads(aliases)))
        return names

    def _rename_speakers(self, names: dict[str, str]) -> None:
        """Actors changed: statements already indexed under a speaker whose
        names differ now get the new names."""
        from jcpoa_tracker.search.stem import stem_text

        used = dict(self.db.execute("SELECT speaker, names FROM speaker_names").fetchall())
        for speaker, old in used.items():
            new = names.get(speaker) or speaker_words(speaker, None, [])
            if new != old:
                self.upkeep.forget_all()  # (many statements' words change at once)
                self.db.execute(
                    "UPDATE fts SET speaker = ?, speaker_stem = ? WHERE rowid IN "
                    "(SELECT rowid FROM statements WHERE speaker = ?)",
                    (new, stem_text(new), speaker),
                )
                self.db.execute(
                    "UPDATE speaker_names SET names = ? WHERE speaker = ?", (new, speaker)
                )

    def _add_statements(
        self, statements: list[tuple[str, Statement]], names: dict[str, str]
    ) -> None:
        from jcpoa_tracker.search.stem import stem_text

        made = statement_rows(statements, names, {})
        asked = self._recall_stems(text for _, exact, _, _ in made for text in exact)
        stemmed = [tuple(map(stem_text, exact)) for _, exact, _, _ in made]
        self._keep_stems(asked)
        self._insert_statements(made, stemmed)

    def _insert_statements(
        self, made: Sequence[StatementRows], stemmed: Sequence[tuple[str, ...]]
    ) -> None:
        """Write statements' rows, numbered after the last (``stemmed``: the
        stems of each one's search texts)."""
        if not made:
            return
        db = self.db
        start = int(db.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0])
        rows: list[tuple[object, ...]] = []
        texts: list[tuple[object, ...]] = []
        topics: list[tuple[int, str]] = []
        speakers: dict[str, str] = {}
        for rowid, ((row, exact, its_topics, (speaker, words)), stems) in enumerate(
            zip(made, stemmed, strict=True), start=start + 1
        ):
            rows.append((rowid, *row))
            texts.append((rowid, *exact, *stems))
            topics.extend((rowid, topic) for topic in its_topics)
            speakers[speaker] = words
        db.executemany(f"INSERT INTO statements VALUES ({', '.join('?' * 15)})", rows)
        columns = ", ".join(EXACT_COLUMNS + STEMMED_COLUMNS)
        db.executemany(f"INSERT INTO fts(rowid, {columns}) VALUES (?{', ?' * 12})", texts)
        self.upkeep.added(texts)
        db.executemany("INSERT INTO topics VALUES (?, ?)", topics)
        db.executemany("INSERT OR REPLACE INTO speaker_names VALUES (?, ?)", speakers.items())

    def _recall_stems(self, texts: Iterable[str]) -> set[str]:
        """Teach the stemmer the stored stems of these texts' words that this
        process has not met; those words are returned."""
        from jcpoa_tracker.search import stem

        asked = stem.unknown({word for text in texts for word in stem.words(text)})
        if asked:
            rows = self.db.execute(
                "SELECT word, stem FROM stems WHERE word IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(asked), ensure_ascii=False),),
            )
            stem.learn(dict(rows.fetchall()))
        return asked

    def _keep_stems(self, asked: set[str]) -> None:
        """Store the stems of words asked about, now worked out."""
        from jcpoa_tracker.search.stem import stem

        self.db.executemany(
            "INSERT OR IGNORE INTO stems VALUES (?, ?)", [(word, stem(word)) for word in asked]
        )


# Changed statement files worth reading on every core (a first build, a
# checkout); fewer are read in this process: forking would cost more.
PARALLEL_FROM = 200


def packed(read: Read) -> bytes:
    """A file as read, packed by the store's pickler for a worker to send
    (the default one would call dataclasses.fields() for every record)."""
    from jcpoa_tracker.store import dumps

    result, errors, digest, content = read
    parts = None if result is None else (result.path, result.records, result.problems, result.refs)
    return dumps((parts, errors, digest, content))


def _unpacked(blob: bytes) -> Read:
    from jcpoa_tracker.loader import FileResult
    from jcpoa_tracker.store import loads

    parts, errors, digest, content = loads(blob)
    return (None if parts is None else FileResult(*parts)), errors, digest, content


# A changed file as read: parsed (None for the configuration), its error
# count, the hash of its content when it changed recently, and its part of
# the data's digest (provenance.file_hash).
Read = tuple["FileResult | None", int, str | None, str]


def read_file(location: Path, relative: str, stamp: Stamp, scanned: int) -> Read:
    """Read and parse a changed file; its records carry their path inside
    the data directory.  ``stamp`` was taken at ``scanned`` (ns)."""
    from jcpoa_tracker.cachedir import RECENT_NS, content_digest
    from jcpoa_tracker.datadir import UnsafeFile, read_data
    from jcpoa_tracker.loader import FileResult, parse_bytes, unread_problem
    from jcpoa_tracker.problems import Severity
    from jcpoa_tracker.provenance import file_hash

    digest: str | None = None
    result: FileResult | None
    try:
        data = read_data(location)
    except (OSError, UnsafeFile) as error:
        problems = [unread_problem(error, relative)]
        result = None if relative == CONFIG_NAME else FileResult(relative, problems=problems)
        content = file_hash(f"not read: {type(error).__name__}".encode())
    else:
        if relative == CONFIG_NAME:
            from jcpoa_tracker.config_file import parse_config

            result, problems = None, parse_config(data, relative)[1]
        else:
            result = parse_bytes(data, relative)
            problems = result.problems
        _, _, mtime, ctime = stamp
        if max(mtime, ctime) > scanned - RECENT_NS:
            digest = content_digest(data)  # what was indexed
        content = file_hash(data)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    return result, errors, digest, content


def stored_config(index: Index) -> DatasetConfig:
    """The data directory's configuration (its ``dataset.yaml``) as the
    last refresh read it, so that a search reads no YAML: the file is
    stamped with the data files and read again only when it changed; the
    generic defaults when there is none."""
    from jcpoa_tracker.store import config_of

    config: DatasetConfig = config_of(index.connection)
    return config
