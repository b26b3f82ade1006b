"""The best statements for the commonest words, kept so that a search for
one of them ranks without scoring every match.

FTS5 ranks each match with bm25, which looks up the statement's length: one
B-tree search per match.  For a word found in most statements that is most
of the search, and it grows with the archive.  For one plain word, bm25 is

    -idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))

where ``f`` is the word's weighted count in the statement (each occurrence
counts its column's weight), ``D`` the statement's length in tokens,
``avgdl`` the average length and ``idf`` a function of how many statements
have the word.  ``idf`` and ``avgdl`` change with every edit, but among
statements with the same ``f`` the score only gets worse as ``D`` grows.
So for a common word the store keeps its statements' *groups* of equal
``f``: each group's size, and the *head* of each group in the order a
search shows them (shortest first, then newest, then by id).  The best
``limit`` matches are among the first ``limit`` rows of each group; their
scores are worked out here with FTS5's own arithmetic (a test holds them
equal to FTS5's, bit for bit), and a search reads a few hundred rows
however many statements have the word.

A head stays the start of its group's order through edits: a removed
statement leaves it; an added one joins it if it sorts before the head's
last row, or if the head is the whole group; a head longer than ``KEEP``
drops its last row.  A search that would need a row beyond a head is
answered by FTS5, and the word's groups are made again.  A word gets its
groups the first time a search finds it in ``KEPT_FROM`` statements or
more (``Index.keep_ranked``), and every word loses them when speakers'
names change (which rewrites many statements' indexed words at once).

The weights are whole numbers, so a weighted count is the same whatever
order its occurrences are added in (here and in FTS5).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jcpoa_tracker.search.index import EXACT_COLUMNS, RANK_WEIGHTS, STEMMED_COLUMNS

__all__ = [
    "KEEP",
    "KEPT_FROM",
    "Upkeep",
    "best",
    "forget_all",
    "is_kept",
    "keep",
    "word_match",
    "worn",
]

# A word found in at least this many statements gets its groups kept (FTS5
# scores fewer in a few milliseconds).
KEPT_FROM = 10_000
# Rows kept at the head of each group: a search for at most this many
# results can be answered from the heads.
KEEP = 64

_K1 = 1.2  # FTS5's bm25 constants (fts5_aux.c)
_B = 0.75
# each stemmed column's weight (RANK_WEIGHTS: the exact columns', then these)
_WEIGHT = dict(
    zip(STEMMED_COLUMNS, map(float, RANK_WEIGHTS.split(", ")[len(EXACT_COLUMNS) :]), strict=True)
)
_WEIGHT_SQL = " ".join(f"WHEN '{column}' THEN {weight!r}" for column, weight in _WEIGHT.items())
_STEMMED = ", ".join(STEMMED_COLUMNS)
SELECT_COUNT = "SELECT count(*) FROM fts WHERE fts MATCH ?"
# A group's head in the order a search shows it, and the reverse.
_HEAD_ORDER = "len, sort_key DESC, id, statement"
_LAST_FIRST = "len DESC, sort_key, id DESC, statement DESC"

Row = Sequence[Any]
Scorer = Callable[[float, int], float]


@dataclass(frozen=True, slots=True)
class _Entry:
    """A statement in a word's group, with what orders it."""

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


def is_kept(db: sqlite3.Connection, word: str) -> bool:
    """Whether ``word``'s groups are kept."""
    return db.execute("SELECT 1 FROM ranked_terms WHERE term = ?", (word,)).fetchone() is not None


def worn(db: sqlite3.Connection, word: str) -> bool:
    """Whether edits took rows from the head of one of ``word``'s groups
    that no edit put back (made again, the groups read as far as at first)."""
    row = db.execute(
        "SELECT 1 FROM ranked_groups WHERE term = ? AND kept < min(size, ?) LIMIT 1", (word, KEEP)
    ).fetchone()
    return row is not None


def best(
    db: sqlite3.Connection, word: str, exclusions: str | None, limit: int, columns: str
) -> tuple[list[Row], int] | None:
    """The best ``limit`` statements that have the stemmed ``word`` and
    that ``exclusions`` (an FTS5 expression; None: nothing) do not find,
    as rows of ``columns`` of the statement ``s`` and the score, newest
    first among equal scores, then by id; and how many there are.  None
    when the word's groups are not kept, or do not reach far enough."""
    groups = db.execute("SELECT freq, size FROM ranked_groups WHERE term = ?", (word,)).fetchall()
    if not groups or not 0 < limit <= KEEP:
        return None
    hits = sum(size for _, size in groups)
    score = _scorer(db, hits)
    total = hits
    if exclusions:
        both = f"({word_match(word)}) AND ({exclusions})"
        total -= int(db.execute(SELECT_COUNT, (both,)).fetchone()[0])
        if total < KEPT_FROM:  # most are excluded: FTS5 scores the rest sooner
            return None
    # Excluded statements leave gaps: the heads are read further until the
    # rows read are enough (or the whole heads are not).
    taken = limit
    while True:
        entries = _heads(db, word, groups, taken)
        shown = entries
        if exclusions:
            excluded = _matching(db, exclusions, [entry.statement for entry in entries])
            shown = [entry for entry in entries if entry.statement not in excluded]
        shown = _in_order(shown, score)[:limit]
        if _complete(groups, entries, shown, limit, score):
            break
        if not exclusions or taken >= KEEP:
            return None
        taken = min(KEEP, taken * 4)
    if not shown:
        return [], total
    rows = {
        row[-1]: row
        for row in db.execute(
            f"SELECT {columns}, s.rowid FROM statements s "
            "WHERE s.rowid IN (SELECT value FROM json_each(?))",
            (_json_list(entry.statement for entry in shown),),
        )
    }
    return [(*rows[e.statement][:-1], score(e.freq, e.len)) for e in shown], total


def _heads(
    db: sqlite3.Connection, word: str, groups: list[tuple[float, int]], taken: int
) -> list[_Entry]:
    """The first ``taken`` rows of each of ``word``'s groups' heads."""
    return [
        _Entry(*row)
        for freq, _ in groups
        for row in db.execute(
            "SELECT freq, len, sort_key, id, statement FROM ranked WHERE term = ? AND freq = ? "
            f"ORDER BY {_HEAD_ORDER} LIMIT ?",
            (word, freq, taken),
        )
    ]


def _in_order(entries: list[_Entry], score: Scorer) -> list[_Entry]:
    """As a search shows them: the best score first, then the newest, then by id."""
    ordered = sorted(entries, key=lambda e: (e.id, e.statement))
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    ordered.sort(key=lambda e: score(e.freq, e.len))
    return ordered


def _shown_before(one: _Entry, other: _Entry, score: Scorer) -> bool:
    """Whether a search shows ``one`` before ``other`` (or they are the same)."""
    mine, theirs = score(one.freq, one.len), score(other.freq, other.len)
    if mine != theirs:
        return mine < theirs
    if one.sort_key != other.sort_key:
        return one.sort_key > other.sort_key
    return (one.id, one.statement) <= (other.id, other.statement)


def _complete(
    groups: list[tuple[float, int]],
    entries: list[_Entry],
    shown: list[_Entry],
    limit: int,
    score: Scorer,
) -> bool:
    """Whether no statement beyond the rows read could be among ``shown``.

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
    for freq, size in groups:
        if read[freq] >= size:
            continue  # read whole
        last = last_read.get(freq)
        if last is None or len(shown) < limit:
            return False
        cutoff = shown[-1]
        worst, bar = score(last.freq, last.len), score(cutoff.freq, cutoff.len)
        if bar < worst:
            continue
        if (
            bar == worst
            and _shown_before(cutoff, last, score)
            and score(last.freq, last.len + 1) > worst
        ):
            continue
        return False
    return True


def _scorer(db: sqlite3.Connection, hits: int) -> Scorer:
    """bm25 of one phrase found in ``hits`` statements, as fts5_aux.c works
    it out: from the statement's weighted count and length."""
    rows, tokens = _averages(db)
    avgdl = float(tokens) / float(rows)
    idf = math.log((rows - hits + 0.5) / (hits + 0.5))
    if idf <= 0.0:
        idf = 1e-6

    def score(freq: float, length: int) -> float:
        weight = freq * (_K1 + 1.0) / (freq + _K1 * (1 - _B + _B * float(length) / avgdl))
        return -1.0 * (0.0 + idf * weight)

    return score


def _averages(db: sqlite3.Connection) -> tuple[int, int]:
    """FTS5's row count and the total of every column's tokens (its
    "averages" record, row 1 of ``fts_data``)."""
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
    """A statement's length in tokens, from its ``fts_docsize`` row."""
    if blob.isascii():  # every count below 128: one byte each
        return sum(blob)
    return sum(_varints(blob))


def word_match(word: str) -> str:
    """The FTS5 expression of one plain word (stemmed), as syntax.Term writes it."""
    return "{" + " ".join(STEMMED_COLUMNS) + '} : "' + word + '"'


def _json_list(values: Iterable[int]) -> str:
    return "[" + ",".join(map(str, values)) + "]"


def _matching(db: sqlite3.Connection, match: str, statements: list[int]) -> set[int]:
    """Those of ``statements`` that ``match`` finds (each of its matches is
    looked up among them: FTS5 looking each statement up would start its
    search again each time)."""
    if not statements:
        return set()
    rows = db.execute(
        "SELECT rowid FROM fts WHERE fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))",
        (match, _json_list(statements)),
    )
    return {rowid for (rowid,) in rows}


def keep(db: sqlite3.Connection, word: str) -> None:
    """Make ``word``'s groups from every statement that has it (in a write
    transaction of the caller's).

    The statements are read without mapping the store into memory: they
    are most of it, for a common word, and every page mapped would stay
    resident."""
    _forget_word(db, word)
    _instances(db)
    mapped = db.execute("PRAGMA mmap_size").fetchone()[0]
    db.execute("PRAGMA mmap_size = 0")
    db.execute("CREATE TEMP TABLE ranked_counts(statement INTEGER PRIMARY KEY, freq REAL)")
    try:
        db.execute(
            "INSERT INTO temp.ranked_counts "
            f"SELECT doc, sum(CASE col {_WEIGHT_SQL} END) FROM temp.ranked_instances "
            f"WHERE term = ? AND col IN ({_quoted(STEMMED_COLUMNS)}) GROUP BY doc",
            (word,),
        )
        sizes, heads = _heads_of(
            db.execute(
                # (the index on the speaker holds every statement's date and id)
                "SELECT c.freq, d.sz, s.sort_key, s.id, c.statement "
                "FROM statements s INDEXED BY statements_speaker "
                "JOIN temp.ranked_counts c ON c.statement = s.rowid "
                "JOIN fts_docsize d ON d.id = s.rowid"
            )
        )
    finally:
        db.execute("DROP TABLE temp.ranked_counts")
        db.execute(f"PRAGMA mmap_size = {int(mapped)}")
    db.executemany(
        "INSERT INTO ranked_groups VALUES (?, ?, ?, ?)",
        [(word, freq, size, len(heads[freq])) for freq, size in sizes.items()],
    )
    db.executemany(
        "INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)",
        [
            (word, e.freq, e.len, e.sort_key, e.id, e.statement)
            for head in heads.values()
            for e in head
        ],
    )
    db.execute("INSERT INTO ranked_terms VALUES (?)", (word,))


def _heads_of(
    rows: Iterable[tuple[float, bytes, str, str, int]],
) -> tuple[dict[float, int], dict[float, list[_Entry]]]:
    """Each group's size and head, from its statements' rows (weighted
    count, ``fts_docsize`` record, sort key, id, rowid) in any order.

    Only rows as short as a group's ``KEEP``-th shortest so far are held:
    a group's rows are cut to those when they pile up."""
    sizes: dict[float, int] = defaultdict(int)
    held: dict[float, list[_Entry]] = defaultdict(list)
    longest: dict[float, int] = {}  # the longest row a group's head may still take
    cut_at: dict[float, int] = defaultdict(lambda: 4 * KEEP)
    for freq, size, sort_key, ident, statement in rows:
        sizes[freq] += 1
        length = _length(size)
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
    """Drop every word's groups (they are made again when searched for)."""
    for table in ("ranked", "ranked_groups", "ranked_terms"):
        db.execute(f"DELETE FROM {table}")


def _forget_word(db: sqlite3.Connection, word: str) -> None:
    for table in ("ranked", "ranked_groups", "ranked_terms"):
        db.execute(f"DELETE FROM {table} WHERE term = ?", (word,))


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _instances(db: sqlite3.Connection) -> None:
    """Every indexed word's occurrences, as FTS5 tokenized them."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ranked_instances "
        "USING fts5vocab(main, fts, instance)"
    )


class Upkeep:
    """Keeps the kept words' groups true while one refresh removes and adds
    statements: call ``removing`` before statements leave the full-text
    table, ``added`` after they join it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.words = {word for (word,) in db.execute("SELECT term FROM ranked_terms")}

    def forget_all(self) -> None:
        """Speakers' names changed: every word's groups are dropped."""
        if self.words:
            forget_all(self.db)
            self.words = set()

    def removing(self, statements: str, params: Sequence[Any]) -> None:
        """The statements of the query ``statements`` (their rowids) are
        about to be removed."""
        if not self.words:
            return
        db = self.db
        texts = db.execute(
            f"SELECT rowid, {_STEMMED} FROM fts WHERE rowid IN ({statements})", params
        ).fetchall()
        counts = self._counts(texts)
        if not counts:
            return
        removed = _json_list(rowid for rowid, *_ in texts)
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
        for (word, statement), freq in counts.items():
            db.execute(
                "UPDATE ranked_groups SET size = size - 1, kept = kept - ? "
                "WHERE term = ? AND freq = ?",
                ((word, statement) in in_head, word, freq),
            )
        db.execute("DELETE FROM ranked_groups WHERE size = 0")

    def added(self, texts: Sequence[tuple[Any, ...]]) -> None:
        """Statements joined the full-text table: ``texts`` are their rows
        as written there (rowid, the exact texts, then the stemmed ones)."""
        if not self.words:
            return
        counts = self._counts([(row[0], *row[-len(STEMMED_COLUMNS) :]) for row in texts])
        if not counts:
            return
        db = self.db
        about = {
            rowid: (_length(size), sort_key, ident)
            for rowid, size, sort_key, ident in db.execute(
                "SELECT s.rowid, d.sz, s.sort_key, s.id FROM statements s "
                "JOIN fts_docsize d ON d.id = s.rowid "
                "WHERE s.rowid IN (SELECT value FROM json_each(?))",
                (_json_list({statement for _, statement in counts}),),
            )
        }
        for (word, statement), freq in counts.items():
            self._join(word, _Entry(freq, *about[statement], statement))

    def _join(self, word: str, entry: _Entry) -> None:
        db = self.db
        group = db.execute(
            "SELECT size, kept FROM ranked_groups WHERE term = ? AND freq = ?", (word, entry.freq)
        ).fetchone()
        size, kept = group if group is not None else (0, 0)
        joins = kept == size
        if not joins and kept:
            last = db.execute(
                "SELECT freq, len, sort_key, id, statement FROM ranked WHERE term = ? AND freq = ? "
                f"ORDER BY {_LAST_FIRST} LIMIT 1",
                (word, entry.freq),
            ).fetchone()
            joins = entry.before(_Entry(*last))
        if joins:
            db.execute(
                "INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)",
                (word, entry.freq, entry.len, entry.sort_key, entry.id, entry.statement),
            )
            kept += 1
        if kept > KEEP:  # the head's last row leaves it
            db.execute(
                "DELETE FROM ranked WHERE term = ? AND freq = ? AND statement = (SELECT statement "
                f"FROM ranked WHERE term = ? AND freq = ? ORDER BY {_LAST_FIRST} LIMIT 1)",
                (word, entry.freq, word, entry.freq),
            )
            kept -= 1
        db.execute(
            "INSERT OR REPLACE INTO ranked_groups VALUES (?, ?, ?, ?)",
            (word, entry.freq, size + 1, kept),
        )

    def _counts(self, texts: Sequence[Sequence[Any]]) -> dict[tuple[str, int], float]:
        """The kept words' weighted counts in each of these statements'
        stemmed texts ((rowid, text...) rows), as FTS5 tokenizes them."""
        db = self.db
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.ranked_probe USING fts5({_STEMMED}, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ranked_probe_instances "
            "USING fts5vocab(temp, ranked_probe, instance)"
        )
        db.executemany(
            f"INSERT INTO temp.ranked_probe(rowid, {_STEMMED}) "
            f"VALUES (?{', ?' * len(STEMMED_COLUMNS)})",
            texts,
        )
        counts: dict[tuple[str, int], float] = defaultdict(float)
        try:
            for word, statement, column in db.execute(
                "SELECT term, doc, col FROM temp.ranked_probe_instances "
                "WHERE term IN (SELECT value FROM json_each(?))",
                (_json_words(self.words),),
            ):
                counts[word, statement] += _WEIGHT[column]
        finally:
            db.execute("DELETE FROM temp.ranked_probe")
        return counts


def _json_words(words: Iterable[str]) -> str:
    import json

    return json.dumps(sorted(words), ensure_ascii=False)
