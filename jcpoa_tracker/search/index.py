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
an index in memory instead, as ``--no-cache`` does.
"""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jcpoa_tracker.cachedir import cache_location
from jcpoa_tracker.datadir import display_path, walk
from jcpoa_tracker.search.fold import fold
from jcpoa_tracker.search.stem import stem_text

if TYPE_CHECKING:
    from jcpoa_tracker.model import Record, Statement

__all__ = [
    "FORMAT",
    "Index",
    "IndexCorrupt",
    "open_index",
    "read_document",
    "scan",
    "speaker_words",
    "stored_ids",
    "stored_tiers",
]

FORMAT = 8  # bump when the schema, the folding or the stemming changes: old indexes are rebuilt
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

Stamp = tuple[int, int, int, int]  # size, inode, mtime_ns, ctime_ns

_SCHEMA = f"""
CREATE TABLE files(
    path TEXT PRIMARY KEY, size INTEGER, inode INTEGER, mtime INTEGER, ctime INTEGER,
    errors INTEGER NOT NULL, digest TEXT) WITHOUT ROWID;
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
    verified INTEGER NOT NULL, confidence TEXT NOT NULL, doc BLOB NOT NULL);
CREATE INDEX statements_file ON statements(file);
CREATE INDEX statements_speaker ON statements(speaker);
CREATE INDEX statements_id ON statements(id);
CREATE INDEX statements_sort ON statements(sort_key);
CREATE INDEX statements_round ON statements(round);
CREATE INDEX statements_category ON statements(category);
CREATE TABLE topics(statement INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE INDEX topics_topic ON topics(topic, statement);
CREATE INDEX topics_statement ON topics(statement);
CREATE TABLE dataset_config(
    id INTEGER PRIMARY KEY CHECK (id = 1), size INTEGER, inode INTEGER, mtime INTEGER,
    ctime INTEGER, tiers TEXT);
CREATE TABLE speaker_names(speaker TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID;
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
    location: Path | None  # None: in memory
    reread: list[str] = field(default_factory=list)  # files read by the last refresh
    removed: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.connection.close()

    def shown_path(self, relative: str) -> str:
        return _shown_prefix(self.root) + relative

    def refresh(self) -> None:
        """Bring the index up to date with the files on disk."""
        scanned = time.time_ns()
        current = scan(self.root)
        if self._stored_stamps() == current and not self._rewritten():
            self.reread, self.removed = [], []
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
        rows = self.connection.execute("SELECT path, size, inode, mtime, ctime FROM files")
        return {path: (size, inode, mtime, ctime) for path, size, inode, mtime, ctime in rows}

    @contextmanager
    def _write(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")


def open_index(root: Path, environ: Mapping[str, str], *, persistent: bool = True) -> Index:
    """The index of ``root``, brought up to date.  With ``persistent`` it
    lives in the cache folder; a damaged or foreign file there is rebuilt,
    and an unusable folder falls back to memory."""
    if persistent:
        location = cache_location(root, environ, SUFFIX)
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


def stored_ids(root: Path, environ: Mapping[str, str], prefix: str, limit: int = 200) -> list[str]:
    """Statement ids starting with ``prefix`` from the index of ``root`` as it
    is on disk, without updating it (for shell completion: a Tab press must
    not read YAML); none when there is no usable index yet."""
    location = cache_location(root, environ, SUFFIX)
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
                _initialise(connection)
                index = Index(connection, root, None)
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
        ":memory:" if location is None else str(location),
        timeout=120,  # a first build of a large archive by another process
        isolation_level=None,  # we issue BEGIN and COMMIT ourselves
    )
    try:
        if location is not None:
            connection.execute("PRAGMA journal_mode = WAL")  # readers never wait
            connection.execute("PRAGMA synchronous = NORMAL")
        _initialise(connection)
    except BaseException:
        connection.close()
        raise
    return Index(connection, root, location)


def _initialise(connection: sqlite3.Connection) -> None:
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
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {FORMAT}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


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
    ``root``."""
    found: dict[str, Stamp] = {}
    for relative, path in walk(root):
        try:
            info = os.lstat(path)
        except OSError:
            continue  # removed since the listing
        found[relative] = (info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
    return found


def _digest_of(path: Path) -> str:
    from jcpoa_tracker.cachedir import content_digest
    from jcpoa_tracker.datadir import UnsafeFile, read_data

    try:
        return content_digest(read_data(path))
    except (OSError, UnsafeFile) as error:
        return f"unread: {error}"


def speaker_words(speaker: str, name: str | None, aliases: list[str]) -> str:
    """What a query can call a speaker: id, name and every alias, folded."""
    return fold(" ".join([speaker.replace("-", " "), name or "", *aliases]))


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

    def run(self, changed: list[str], gone: list[str]) -> None:
        from jcpoa_tracker.cachedir import RECENT_NS, content_digest
        from jcpoa_tracker.datadir import UnsafeFile, read_data
        from jcpoa_tracker.loader import FileResult, collector_paused, parse_bytes, unread_problem
        from jcpoa_tracker.model import Actor, Round, Statement, Track
        from jcpoa_tracker.problems import Severity

        known = self.known
        for relative in (*changed, *gone):
            if relative in known:
                self._forget(relative)
        statements: list[tuple[str, Statement]] = []
        with collector_paused():
            for relative in changed:
                shown = self.index.shown_path(relative)
                digest: str | None = None
                try:
                    data = read_data(self.index.path_of(relative))
                except (OSError, UnsafeFile) as error:
                    result = FileResult(shown, problems=[unread_problem(error, shown)])
                else:
                    result = parse_bytes(data, shown)
                    _, _, mtime, ctime = self.stamps[relative]
                    if max(mtime, ctime) > self.scanned - RECENT_NS:
                        digest = content_digest(data)  # what was indexed
                errors = sum(p.severity is Severity.ERROR for p in result.problems)
                self.db.execute(
                    "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (relative, *self.stamps[relative], errors, digest),
                )
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
            names = self._speaker_names()
            if self.actors_changed:
                self._rename_speakers(names)
            self._add_statements(statements, names)

    def _forget(self, relative: str) -> None:
        db = self.db
        rows = "SELECT rowid FROM statements WHERE file = ?"
        db.execute(f"DELETE FROM fts WHERE rowid IN ({rows})", (relative,))
        db.execute(f"DELETE FROM topics WHERE statement IN ({rows})", (relative,))
        for table in ("statements", "tracks", "rounds"):
            db.execute(f"DELETE FROM {table} WHERE file = ?", (relative,))
        if db.execute("DELETE FROM actors WHERE file = ?", (relative,)).rowcount:
            self.actors_changed = True
        db.execute("DELETE FROM files WHERE path = ?", (relative,))

    def _add_actor(self, relative: str, actor: Record) -> None:
        from jcpoa_tracker.model import Actor

        assert isinstance(actor, Actor)
        self.actors_changed = True
        roles = [[role.title, _iso(role.start), _iso(role.end), role.note] for role in actor.roles]
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
        used = dict(self.db.execute("SELECT speaker, names FROM speaker_names").fetchall())
        for speaker, old in used.items():
            new = names.get(speaker) or speaker_words(speaker, None, [])
            if new != old:
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
        if not statements:
            return
        start = int(self.db.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0])
        rows: list[tuple[object, ...]] = []
        texts: list[tuple[object, ...]] = []
        topics: list[tuple[int, str]] = []
        speakers: dict[str, str] = {}
        for offset, (relative, s) in enumerate(statements, start=1):
            rowid = start + offset
            date = s.date
            rows.append(
                (
                    rowid,
                    s.id,
                    relative,
                    s.line,
                    s.speaker,
                    str(date),
                    date.first_day.isoformat(),
                    date.last_day.isoformat(),
                    _sort_key(s),
                    s.round,
                    None if s.category is None else str(s.category),
                    int(s.verified),
                    str(s.confidence),
                    _document(s),
                )
            )
            speaker = speakers.get(s.speaker)
            if speaker is None:
                speaker = speakers[s.speaker] = names.get(s.speaker) or speaker_words(
                    s.speaker, None, []
                )
            exact = (
                fold(s.text),
                fold(s.original.text) if s.original else "",
                str(s.occasion).replace("-", " ") if s.occasion else "",
                fold(s.context or ""),
                fold(" ".join(s.topics)),
                speaker,
            )
            texts.append((rowid, *exact, *map(stem_text, exact)))
            topics.extend((rowid, topic) for topic in s.topics)
        db = self.db
        db.executemany(
            "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        columns = ", ".join(EXACT_COLUMNS + STEMMED_COLUMNS)
        db.executemany(
            f"INSERT INTO fts(rowid, {columns}) VALUES (?{', ?' * 12})",
            texts,
        )
        db.executemany("INSERT INTO topics VALUES (?, ?)", topics)
        db.executemany("INSERT OR REPLACE INTO speaker_names VALUES (?, ?)", speakers.items())


def _iso(value: object) -> str | None:
    return None if value is None else str(value)


def _sort_key(statement: Statement) -> str:
    """Sorts as ``FuzzyDate.sort_key`` does: day, then precision, then time."""
    first, precision, at = statement.date.sort_key
    return f"{first.isoformat()} {precision} {at}"


# What a search result shows of a statement, stored with it (marshal: many
# times faster than JSON for 100,000 rows) so that no YAML is read to show it.
DOCUMENT_FIELDS = (
    "text",
    "role",
    "original",
    "occasion",
    "context",
    "topics",
    "tone",
    "column",
    "confidence_note",
    "date_note",
    "note",
    "sources",
    "on_behalf_of",
)


def _document(s: Statement) -> bytes:
    sources = [
        (
            src.url,
            src.outlet,
            src.title,
            _iso(src.published),
            _iso(src.accessed),
            src.note,
            None if src.tier is None else str(src.tier),
        )
        for src in s.sources
    ]
    return marshal.dumps(
        (
            s.text,
            s.role,
            (s.original.lang, s.original.text) if s.original else None,
            None if s.occasion is None else str(s.occasion),
            s.context,
            tuple(s.topics),
            s.tone,
            s.column,
            s.confidence_note,
            s.date_note,
            s.note,
            tuple(sources),
            s.on_behalf_of,
        )
    )


def read_document(blob: bytes) -> dict[str, object]:
    return dict(zip(DOCUMENT_FIELDS, marshal.loads(blob), strict=True))


def stored_tiers(index: Index) -> dict[str, str] | None:
    """The source tier table of the data directory's ``dataset.yaml``
    (domain -> tier name; None when it grades no sources), kept in the index
    with the file's stamp, so a search reads no YAML: the file is parsed
    again only when its stamp changed, or while it was changed so recently
    that its stamp cannot prove it unchanged (``cachedir.is_recent``)."""
    from jcpoa_tracker.cachedir import is_recent
    from jcpoa_tracker.datadir import CONFIG_NAME

    scanned = time.time_ns()
    try:
        info: os.stat_result | None = os.lstat(index.root / CONFIG_NAME)
    except OSError:
        info = None  # none (or unreadable): the generic defaults grade nothing
    stamp = (-1, -1, -1, -1) if info is None else _stamp(info)
    db = index.connection
    row = db.execute("SELECT size, inode, mtime, ctime, tiers FROM dataset_config").fetchone()
    if row is not None and tuple(row[:4]) == stamp:
        return None if row[4] is None else dict(json.loads(row[4]))
    from jcpoa_tracker.sources import configured_tiers

    table = configured_tiers(index.root)
    tiers = None if table is None else {domain: str(tier) for domain, tier in table.items()}
    if info is not None and is_recent(info, scanned):
        return tiers  # read again next time, until the file is settled
    # Locked or read-only: the table is simply not kept this time.
    with suppress(sqlite3.OperationalError), index._write():
        db.execute(
            "INSERT OR REPLACE INTO dataset_config VALUES (1, ?, ?, ?, ?, ?)",
            (*stamp, None if tiers is None else json.dumps(tiers, ensure_ascii=False)),
        )
    return tiers


def _stamp(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
