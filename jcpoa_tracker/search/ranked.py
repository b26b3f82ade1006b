"""The best statements for the commonest phrases, kept so that a search for
one of them ranks without scoring every match.

FTS5 ranks each match with bm25, which looks up the statement's length: one
B-tree search per match.  For a word found in most statements that is most
of the search, and it grows with the archive.  For one phrase (a plain
word, a "quoted phrase" or a prefix*), bm25 is

    -idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))

where ``f`` is the phrase's weighted count in the statement (each
occurrence counts its column's weight), ``D`` the statement's length in
tokens, ``avgdl`` the average length and ``idf`` a function of how many
statements have the phrase.  ``idf`` and ``avgdl`` change with every edit,
but among statements with the same ``f`` the score only gets worse as
``D`` grows.  So for a common phrase the store keeps its statements'
*groups* of equal ``f``: each group's size, and the *head* of each group
in the order a search shows them (shortest first, then newest, then by
id).  The best ``limit`` matches are among the first ``limit`` rows of
each group; their scores are worked out here with FTS5's own arithmetic,
and a search reads a few hundred rows however many statements have the
phrase.

``f`` is read back from FTS5's own score: a statement's score and length
give it, and the weights being whole numbers, it is a whole number.  Each
count is checked: the score worked out from it must be FTS5's, bit for
bit, or the phrase gets no groups (FTS5 ranks it as before).

A head stays the start of its group's order through edits: a removed
statement leaves it; an added one joins it if it sorts before the head's
last row, or if the head is the whole group; a head longer than ``KEEP``
drops its last row.  The counts of the statements a refresh removes or
adds come from a small FTS5 table of their own (so they are tokenized and
matched as FTS5 does).  A search that would need a row beyond a head is
answered by FTS5, and worn heads are made again.  A phrase gets its groups
the first time a search finds it in ``KEPT_FROM`` statements or more
(``Index.keep_ranked``); every phrase loses them when speakers' names
change (which rewrites many statements' indexed words at once) or when a
refresh reads many files (``index.PARALLEL_FROM``).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from jcpoa_tracker.search.index import EXACT_COLUMNS, RANK_WEIGHTS, STEMMED_COLUMNS

__all__ = [
    "KEEP",
    "KEPT_FROM",
    "SELECT_COUNT",
    "Uncounted",
    "Upkeep",
    "best",
    "forget_all",
    "is_kept",
    "json_list",
    "keep",
    "matching",
    "worn",
]

# A phrase found in at least this many statements gets its groups kept
# (FTS5 scores fewer in a few milliseconds).
KEPT_FROM = 10_000
# Rows kept at the head of each group: a search for at most this many
# results can be answered from the heads.
KEEP = 64

SELECT_COUNT = "SELECT count(*) FROM fts WHERE fts MATCH ?"
_K1 = 1.2  # FTS5's bm25 constants (fts5_aux.c)
_B = 0.75
_COLUMNS = ", ".join(EXACT_COLUMNS + STEMMED_COLUMNS)
# A group's head in the order a search shows it, and the reverse.
_HEAD_ORDER = "len, sort_key DESC, id, statement"
_LAST_FIRST = "len DESC, sort_key, id DESC, statement DESC"

_PROBE_LENGTHS = "SELECT sz FROM temp.ranked_probe_docsize"

Row = Sequence[Any]


class Uncounted(Exception):
    """A statement's weighted count could not be read back from its score."""


@dataclass(frozen=True, slots=True)
class _Entry:
    """A statement in a phrase's group, with what orders it."""

    freq: float
    len: int
    sort_key: str
    id: str
    statement: int

    def before(self, other: _Entry) -> bool:
        """Whether this one comes first among equal scores (shorter, newer, by id)."""
        if self.len != other.len:
            return self.len < other.len
        if self.sort_key != other.sort_key:
            return self.sort_key > other.sort_key
        return (self.id, self.statement) < (other.id, other.statement)


@dataclass(frozen=True, slots=True)
class _Bm25:
    """FTS5's bm25 of one phrase in one table, as fts5_aux.c works it out."""

    idf: float
    avgdl: float

    @classmethod
    def of(cls, db: sqlite3.Connection, hits: int) -> _Bm25:
        """For a phrase found in ``hits`` statements of the full-text table
        (as last committed)."""
        return cls.among(*_averages(db), hits)

    @classmethod
    def among(cls, rows: int, tokens: int, hits: int) -> _Bm25:
        """For a phrase found in ``hits`` of ``rows`` statements of
        ``tokens`` tokens in all."""
        idf = math.log((rows - hits + 0.5) / (hits + 0.5))
        return cls(idf if idf > 0.0 else 1e-6, float(tokens) / float(rows))

    def score(self, freq: float, length: int) -> float:
        weight = freq * (_K1 + 1.0) / (freq + _K1 * (1 - _B + _B * float(length) / self.avgdl))
        return -1.0 * (0.0 + self.idf * weight)

    def count(self, scored: float, length: int) -> float:
        """The weighted count that FTS5 scored ``scored`` at ``length``."""
        weight = -scored / self.idf
        spare = _K1 + 1.0 - weight
        if spare > 0.0:
            freq = float(round(weight * _K1 * (1 - _B + _B * float(length) / self.avgdl) / spare))
            if self.score(freq, length) == scored:
                return freq
        raise Uncounted(f"no weighted count scores {scored!r} at length {length}")


def is_kept(db: sqlite3.Connection, phrase: str) -> bool:
    """Whether ``phrase``'s groups are kept."""
    found = db.execute("SELECT 1 FROM ranked_terms WHERE term = ?", (phrase,)).fetchone()
    return found is not None


def worn(db: sqlite3.Connection, phrase: str) -> bool:
    """Whether edits took rows from the head of one of ``phrase``'s groups
    that no edit put back (made again, the groups read as far as at first)."""
    row = db.execute(
        "SELECT 1 FROM ranked_groups WHERE term = ? AND kept < min(size, ?) LIMIT 1",
        (phrase, KEEP),
    ).fetchone()
    return row is not None


def best(
    db: sqlite3.Connection,
    phrase: str,
    limit: int,
    columns: str,
    passing: Callable[[list[int]], set[int]] | None = None,
    counted: Callable[[], int] | None = None,
) -> tuple[list[Row], int] | None:
    """The best ``limit`` statements that ``phrase`` (an FTS5 phrase
    expression) finds, as rows of ``columns`` of the statement ``s`` and
    the score, newest first among equal scores, then by id; and how many
    there are.  With ``passing``, only the statements it keeps of those
    it is given (exclusions, filters), and ``counted`` says how many there
    are.  None when the phrase's groups are not kept, or do not reach far
    enough."""
    stored = db.execute(
        "SELECT freq, size, kept FROM ranked_groups WHERE term = ?", (phrase,)
    ).fetchall()
    if not stored or not 0 < limit <= KEEP:
        return None
    groups = [(freq, size) for freq, size, _ in stored]
    in_head = {freq: kept for freq, _, kept in stored}
    hits = sum(size for _, size in groups)
    bm25 = _Bm25.of(db, hits)
    entries: list[_Entry] = []  # every row read
    passed: list[_Entry] = []  # those ``passing`` keeps
    read = dict.fromkeys(in_head, 0)
    wanted = list(in_head)  # the groups to read further
    taken = limit  # (the first ``limit`` of each head, then, for the groups
    # whose next rows might still be shown, what is left of their heads)
    while True:
        fresh = [
            entry for freq in wanted for entry in _head_rows(db, phrase, freq, read[freq], taken)
        ]
        for entry in fresh:
            read[entry.freq] += 1
        entries += fresh
        if passing is None:
            passed += fresh
        elif fresh:
            keeps = passing([entry.statement for entry in fresh])
            passed += [entry for entry in fresh if entry.statement in keeps]
        shown = _in_order(passed, bm25)[:limit]
        unsafe = _unsafe(groups, entries, shown, limit, bm25)
        if not unsafe:
            break
        wanted = [freq for freq in unsafe if read[freq] < in_head[freq]]
        if passing is None or len(wanted) < len(unsafe):
            return None  # (a tie past the heads, or rows past a head needed)
        taken = KEEP
    total = hits if counted is None else counted()
    if not shown:
        return [], total
    rows = {
        row[-1]: row
        for row in db.execute(
            f"SELECT {columns}, s.rowid FROM statements s "
            "WHERE s.rowid IN (SELECT value FROM json_each(?))",
            (json_list(entry.statement for entry in shown),),
        )
    }
    return [(*rows[e.statement][:-1], bm25.score(e.freq, e.len)) for e in shown], total


def _head_rows(
    db: sqlite3.Connection, phrase: str, freq: float, start: int, count: int
) -> list[_Entry]:
    """Up to ``count`` rows of the head of ``phrase``'s group ``freq``,
    from its ``start``-th (counted from 0)."""
    rows = db.execute(
        "SELECT freq, len, sort_key, id, statement FROM ranked WHERE term = ? AND freq = ? "
        f"ORDER BY {_HEAD_ORDER} LIMIT ? OFFSET ?",
        (phrase, freq, count, start),
    )
    return [_Entry(*row) for row in rows]


def _in_order(entries: list[_Entry], bm25: _Bm25) -> list[_Entry]:
    """As a search shows them: the best score first, then the newest, then by id."""
    ordered = sorted(entries, key=lambda e: (e.id, e.statement))
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    ordered.sort(key=lambda e: bm25.score(e.freq, e.len))
    return ordered


def _shown_before(one: _Entry, other: _Entry, bm25: _Bm25) -> bool:
    """Whether a search shows ``one`` before ``other`` (or they are the same)."""
    mine, theirs = bm25.score(one.freq, one.len), bm25.score(other.freq, other.len)
    if mine != theirs:
        return mine < theirs
    if one.sort_key != other.sort_key:
        return one.sort_key > other.sort_key
    return (one.id, one.statement) <= (other.id, other.statement)


def _unsafe(
    groups: list[tuple[float, int]],
    entries: list[_Entry],
    shown: list[_Entry],
    limit: int,
    bm25: _Bm25,
) -> list[float]:
    """The groups (``freq``) whose rows not read (``entries`` are those
    read) could be among ``shown``, the best ``limit`` of those read.

    A group's unread rows are as long as its last row read, or longer, so
    they score no better.  Those as long come after it in the order shown
    too (a head's order breaks ties as a search does); a longer one could
    score the same only if a length one longer does, and a tie is broken
    on the date and the id, not the length.  So the last row shown is
    safe from a group's unread rows when it scores better than the last
    row read, or as well and comes first while one token more would score
    worse."""
    last_read: dict[float, _Entry] = {}
    read: dict[float, int] = defaultdict(int)
    for entry in entries:
        read[entry.freq] += 1
        last = last_read.get(entry.freq)
        if last is None or last.before(entry):
            last_read[entry.freq] = entry
    unsafe = []
    for freq, size in groups:
        if read[freq] >= size:
            continue  # read whole
        last = last_read.get(freq)
        if last is None or len(shown) < limit:
            unsafe.append(freq)
            continue
        cutoff = shown[-1]
        worst, bar = bm25.score(last.freq, last.len), bm25.score(cutoff.freq, cutoff.len)
        if bar < worst:
            continue
        if (
            bar == worst
            and _shown_before(cutoff, last, bm25)
            and bm25.score(last.freq, last.len + 1) > worst
        ):
            continue
        unsafe.append(freq)
    return unsafe


def _averages(db: sqlite3.Connection) -> tuple[int, int]:
    """The full-text table's row count and the total of every column's
    tokens: its "averages" record (row 1 of ``fts_data``), which FTS5
    writes when a transaction commits."""
    block = db.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()[0]
    values = _varints(block)
    return values[0], sum(values[1:])


def _varints(blob: bytes) -> list[int]:
    """SQLite's variable-length integers, one after another."""
    values = []
    at = 0
    while at < len(blob):
        value = 0
        for width in range(9):
            byte = blob[at]
            at += 1
            if width == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


def _length(blob: bytes) -> int:
    """A statement's length in tokens, from its FTS5 ``_docsize`` row."""
    if blob.isascii():  # every column's count below 128: one byte each
        return sum(blob)
    return sum(_varints(blob))


def json_list(values: Iterable[int]) -> str:
    return "[" + ",".join(map(str, values)) + "]"


def matching(db: sqlite3.Connection, match: str, statements: list[int]) -> set[int]:
    """Those of ``statements`` that ``match`` finds (each of its matches is
    looked up among them: FTS5 looking each statement up would start its
    search again each time)."""
    if not statements:
        return set()
    rows = db.execute(
        "SELECT rowid FROM fts WHERE fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))",
        (match, json_list(statements)),
    )
    return {rowid for (rowid,) in rows}


def keep(db: sqlite3.Connection, phrase: str) -> None:
    """Make ``phrase``'s groups from every statement that has it (in a
    write transaction of the caller's); raises Uncounted, leaving the
    transaction to be rolled back, if a count cannot be read back.

    The statements are read without mapping the store into memory: they
    are most of it, for a common word, and every page mapped would stay
    resident."""
    _forget_phrase(db, phrase)
    mapped = db.execute("PRAGMA mmap_size").fetchone()[0]
    db.execute("PRAGMA mmap_size = 0")
    db.execute("DROP TABLE IF EXISTS temp.ranked_scores")  # (a rollback may have kept it)
    db.execute(
        "CREATE TEMP TABLE ranked_scores(statement INTEGER PRIMARY KEY, score REAL, size BLOB)"
    )
    try:
        db.execute(
            "INSERT INTO temp.ranked_scores "
            f"SELECT fts.rowid, bm25(fts, {RANK_WEIGHTS}), d.sz FROM fts "
            "JOIN fts_docsize d ON d.id = fts.rowid WHERE fts MATCH ?",
            (phrase,),
        )
        hits = int(db.execute("SELECT count(*) FROM temp.ranked_scores").fetchone()[0])
        bm25 = _Bm25.of(db, hits)
        rows = db.execute(
            # (the index on the speaker holds every statement's date and id)
            "SELECT c.score, c.size, s.sort_key, s.id, c.statement "
            "FROM statements s INDEXED BY statements_speaker "
            "JOIN temp.ranked_scores c ON c.statement = s.rowid"
        )
        try:
            sizes, heads = _heads_of(
                (bm25.count(score, _length(size)), _length(size), sort_key, ident, statement)
                for score, size, sort_key, ident, statement in rows
            )
        finally:
            rows.close()  # (a table read from cannot be dropped)
    finally:
        db.execute("DROP TABLE temp.ranked_scores")
        db.execute(f"PRAGMA mmap_size = {int(mapped)}")
    db.executemany(
        "INSERT INTO ranked_groups VALUES (?, ?, ?, ?)",
        [(phrase, freq, size, len(heads[freq])) for freq, size in sizes.items()],
    )
    db.executemany(
        "INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)",
        [(phrase, *_values(entry)) for head in heads.values() for entry in head],
    )
    db.execute("INSERT INTO ranked_terms VALUES (?)", (phrase,))


def _values(entry: _Entry) -> tuple[Any, ...]:
    return (entry.freq, entry.len, entry.sort_key, entry.id, entry.statement)


def _heads_of(
    rows: Iterable[tuple[float, int, str, str, int]],
) -> tuple[dict[float, int], dict[float, list[_Entry]]]:
    """Each group's size and head, from its statements' rows (weighted
    count, length, sort key, id, rowid) in any order.

    Only rows as short as a group's ``KEEP``-th shortest so far are held:
    a group's rows are cut to those when they pile up."""
    sizes: dict[float, int] = defaultdict(int)
    held: dict[float, list[_Entry]] = defaultdict(list)
    longest: dict[float, int] = {}  # the longest row a group's head may still take
    cut_at: dict[float, int] = defaultdict(lambda: 4 * KEEP)
    for freq, length, sort_key, ident, statement in rows:
        sizes[freq] += 1
        if length > longest.get(freq, length):
            continue
        group = held[freq]
        group.append(_Entry(freq, length, sort_key, ident, statement))
        if len(group) >= cut_at[freq]:
            group.sort(key=lambda e: e.len)
            longest[freq] = group[KEEP - 1].len
            group[:] = [e for e in group if e.len <= longest[freq]]
            cut_at[freq] = max(4 * KEEP, 2 * len(group))
    heads = {freq: _in_head_order(group)[:KEEP] for freq, group in held.items()}
    return sizes, heads


def _in_head_order(entries: list[_Entry]) -> list[_Entry]:
    """Shortest first, then the newest, then by id (``_HEAD_ORDER``)."""
    ordered = sorted(entries, key=lambda e: (e.id, e.statement))
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    ordered.sort(key=lambda e: e.len)
    return ordered


def forget_all(db: sqlite3.Connection) -> None:
    """Drop every phrase's groups (they are made again when searched for)."""
    for table in ("ranked", "ranked_groups", "ranked_terms"):
        db.execute(f"DELETE FROM {table}")


def _forget_phrase(db: sqlite3.Connection, phrase: str) -> None:
    for table in ("ranked", "ranked_groups", "ranked_terms"):
        db.execute(f"DELETE FROM {table} WHERE term = ?", (phrase,))


class Upkeep:
    """Keeps the kept phrases' groups true while one refresh removes and
    adds statements: call ``removing`` before statements leave the
    full-text table, ``added`` after they join it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.phrases = [phrase for (phrase,) in db.execute("SELECT term FROM ranked_terms")]

    def forget_all(self) -> None:
        """Drop every phrase's groups."""
        if self.phrases:
            forget_all(self.db)
            self.phrases = []

    def removing(self, statements: str, params: Sequence[Any]) -> None:
        """The statements of the query ``statements`` (their rowids) are
        about to be removed."""
        if not self.phrases:
            return
        db = self.db
        texts = db.execute(
            f"SELECT rowid, {_COLUMNS} FROM fts WHERE rowid IN ({statements})", params
        ).fetchall()
        counts = self._counts(texts)
        removed = json_list(rowid for rowid, *_ in texts)
        in_head = set(
            db.execute(
                "SELECT term, statement FROM ranked WHERE statement IN "
                "(SELECT value FROM json_each(?))",
                (removed,),
            ).fetchall()
        )
        db.execute(
            "DELETE FROM ranked WHERE statement IN (SELECT value FROM json_each(?))", (removed,)
        )
        for (phrase, statement), (freq, _) in counts.items():
            db.execute(
                "UPDATE ranked_groups SET size = size - 1, kept = kept - ? "
                "WHERE term = ? AND freq = ?",
                ((phrase, statement) in in_head, phrase, freq),
            )
        db.execute("DELETE FROM ranked_groups WHERE size = 0")

    def added(self, texts: Sequence[tuple[Any, ...]]) -> None:
        """Statements joined the full-text table: ``texts`` are their rows
        as written there (rowid, then every indexed column)."""
        if not self.phrases:
            return
        counts = self._counts(texts)
        if not counts:
            return
        about = {
            rowid: (sort_key, ident)
            for rowid, sort_key, ident in self.db.execute(
                "SELECT rowid, sort_key, id FROM statements "
                "WHERE rowid IN (SELECT value FROM json_each(?))",
                (json_list({statement for _, statement in counts}),),
            )
        }
        for (phrase, statement), (freq, length) in counts.items():
            self._join(phrase, _Entry(freq, length, *about[statement], statement))

    def _join(self, phrase: str, entry: _Entry) -> None:
        db = self.db
        group = db.execute(
            "SELECT size, kept FROM ranked_groups WHERE term = ? AND freq = ?",
            (phrase, entry.freq),
        ).fetchone()
        size, kept = group if group is not None else (0, 0)
        joins = kept == size
        if not joins and kept:
            last = db.execute(
                "SELECT freq, len, sort_key, id, statement FROM ranked WHERE term = ? AND freq = ? "
                f"ORDER BY {_LAST_FIRST} LIMIT 1",
                (phrase, entry.freq),
            ).fetchone()
            joins = entry.before(_Entry(*last))
        if joins:
            db.execute("INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)", (phrase, *_values(entry)))
            kept += 1
        if kept > KEEP:  # the head's last row leaves it
            db.execute(
                "DELETE FROM ranked WHERE term = ? AND freq = ? AND statement = (SELECT statement "
                f"FROM ranked WHERE term = ? AND freq = ? ORDER BY {_LAST_FIRST} LIMIT 1)",
                (phrase, entry.freq, phrase, entry.freq),
            )
            kept -= 1
        db.execute(
            "INSERT OR REPLACE INTO ranked_groups VALUES (?, ?, ?, ?)",
            (phrase, entry.freq, size + 1, kept),
        )

    def _counts(self, texts: Sequence[Sequence[Any]]) -> dict[tuple[str, int], tuple[float, int]]:
        """Each kept phrase's weighted count in each of these statements
        ((rowid, every indexed column) rows) that has it, and the
        statement's length: read back from the scores of a small FTS5
        table of these statements alone."""
        db = self.db
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.ranked_probe USING fts5({_COLUMNS}, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        db.executemany(
            f"INSERT INTO temp.ranked_probe(rowid, {_COLUMNS}) "
            f"VALUES (?{', ?' * (len(EXACT_COLUMNS) + len(STEMMED_COLUMNS))})",
            texts,
        )
        counts: dict[tuple[str, int], tuple[float, int]] = {}
        try:
            # (its averages record is not written before the transaction commits)
            lengths = [_length(size) for (size,) in db.execute(_PROBE_LENGTHS)]
            for phrase in list(self.phrases):
                try:
                    counts.update(self._counted(phrase, len(lengths), sum(lengths)))
                except Uncounted:  # (not seen: the phrase is ranked by FTS5 from now on)
                    _forget_phrase(db, phrase)
                    self.phrases.remove(phrase)
        finally:
            db.execute("DELETE FROM temp.ranked_probe")
        return counts

    def _counted(
        self, phrase: str, rows: int, tokens: int
    ) -> Iterator[tuple[tuple[str, int], tuple[float, int]]]:
        scored = self.db.execute(
            f"SELECT p.rowid, bm25(ranked_probe, {RANK_WEIGHTS}), d.sz "
            "FROM temp.ranked_probe p JOIN temp.ranked_probe_docsize d ON d.id = p.rowid "
            "WHERE ranked_probe MATCH ?",
            (phrase,),
        ).fetchall()
        if scored:
            bm25 = _Bm25.among(rows, tokens, len(scored))
            for statement, score, size in scored:
                length = _length(size)
                yield (phrase, statement), (bm25.count(score, length), length)
