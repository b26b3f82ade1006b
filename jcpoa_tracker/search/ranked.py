"""The best statements for the commonest searches, kept so that such a
search ranks without scoring every match.

FTS5 ranks each match with bm25, which looks up the statement's length: one
B-tree search per match.  For a word found in most statements that is most
of the search, and it grows with the archive.  For a search made of
phrases (plain words, "quoted phrases", prefixes*, combined with AND and
OR), bm25 is a sum over its phrases:

    -sum(idf_i * f_i * (k1 + 1) / (f_i + k1 * (1 - b + b * D / avgdl)))

where ``f_i`` is phrase i's weighted count in the statement (each
occurrence counts its column's weight), ``D`` the statement's length in
tokens, ``avgdl`` the average length and ``idf_i`` a function of how many
statements have phrase i.  ``idf`` and ``avgdl`` change with every edit,
but among statements with the same counts the score only gets worse as
``D`` grows.  So for a common search the store keeps its statements'
*groups* of equal counts: each group's size, and the *head* of each group
in the order a search shows them (shortest first, then newest, then by
id).  The best ``limit`` matches are among the first ``limit`` rows of
each group; their scores are worked out here with FTS5's own arithmetic,
and a search reads a few hundred rows however many statements it finds.

Each ``f_i`` is read back from FTS5's own score of phrase i alone: a
statement's score and length give it, and the weights being whole
numbers, it is a whole number.  Each count is checked (the score worked
out from it must be FTS5's, bit for bit), and so is each statement's score
for the whole search, or the search gets no groups (FTS5 ranks it as
before).

A head stays the start of its group's order through edits: a removed
statement leaves it; an added one joins it if it sorts before the head's
last row, or if the head is the whole group; a head longer than ``KEEP``
drops its last row.  The counts of the statements a refresh removes or
adds come from a small FTS5 table of their own (so they are tokenized and
matched as FTS5 does).  A search that would need a row beyond a head is
answered by FTS5, and worn heads are made again.  A search gets its groups
the first time it finds ``KEPT_FROM`` statements or more
(``Index.keep_ranked``), unless they would be more than ``MOST_GROUPS``;
the store keeps ``MOST_SEARCHES`` searches' groups, dropping the one
made longest ago to make room for another's; every search loses them when
speakers' names change (which rewrites many statements' indexed words at
once) or when a refresh reads many files (``index.PARALLEL_FROM``).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from jcpoa_tracker.search.index import EXACT_COLUMNS, RANK_WEIGHTS, STEMMED_COLUMNS, unmapped

__all__ = [
    "KEEP",
    "KEPT_FROM",
    "MOST_GROUPS",
    "MOST_SEARCHES",
    "SELECT_COUNT",
    "Uncounted",
    "Upkeep",
    "best",
    "forget_all",
    "hits",
    "is_kept",
    "json_list",
    "keep",
    "matching",
    "worn",
]

# A search that finds at least this many statements gets its groups kept
# (FTS5 scores fewer in a few milliseconds).
KEPT_FROM = 10_000
# Rows kept at the head of each group: a search for at most this many
# results can be answered from the heads.
KEEP = 64
# A search whose statements fall in more groups than this is left to FTS5.
# Groups that cannot beat the last row shown are never read, so even
# thousands cost a fraction of FTS5 scoring every match (common words
# ORed fall in hundreds to thousands: docs/performance.md).
MOST_GROUPS = 4_000
# Searches whose groups are kept at once, the one made longest ago dropped
# first: every edit keeps each one's groups true (``Upkeep``), so their
# number bounds what an edit costs as well as the store's size.
MOST_SEARCHES = 32

SELECT_COUNT = "SELECT count(*) FROM fts WHERE fts MATCH ?"
_K1 = 1.2  # FTS5's bm25 constants (fts5_aux.c)
_B = 0.75
_COLUMNS = ", ".join(EXACT_COLUMNS + STEMMED_COLUMNS)
# A group's head in the order a search shows it, and the reverse.
_HEAD_ORDER = "len, sort_key DESC, id, statement"
_LAST_FIRST = "len DESC, sort_key, id DESC, statement DESC"
_PROBE_LENGTHS = "SELECT sz FROM temp.ranked_probe_docsize"
_READ_TOGETHER = 8  # groups whose heads are read before looking at what they gave

Row = Sequence[Any]
Counts = tuple[float, ...]  # a statement's weighted count of each phrase


class Uncounted(Exception):
    """A statement's weighted count could not be read back from its score."""


@dataclass(frozen=True, slots=True)
class _Entry:
    """A statement in a search's group, with what orders it."""

    counts: Counts
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

    def values(self) -> tuple[Any, ...]:
        return (_key(self.counts), self.len, self.sort_key, self.id, self.statement)


def _key(counts: Counts) -> str:
    """A group's counts as stored (``repr`` gives each float back exactly)."""
    return ",".join(map(repr, counts))


def _counts(key: str) -> Counts:
    return tuple(map(float, key.split(",")))


def _entry(row: Sequence[Any]) -> _Entry:
    key, length, sort_key, ident, statement = row
    return _Entry(_counts(key), length, sort_key, ident, statement)


@dataclass(frozen=True, slots=True)
class _Bm25:
    """FTS5's bm25 of a search's phrases in one table, as fts5_aux.c works
    it out."""

    idfs: tuple[float, ...]
    avgdl: float

    @classmethod
    def of(cls, db: sqlite3.Connection, hits: Sequence[int]) -> _Bm25:
        """For phrases found in ``hits`` statements each of the full-text
        table (as last committed)."""
        return cls.among(*_averages(db), hits)

    @classmethod
    def among(cls, rows: int, tokens: int, hits: Sequence[int]) -> _Bm25:
        """For phrases found in ``hits`` each of ``rows`` statements of
        ``tokens`` tokens in all."""
        idfs = (math.log((rows - hit + 0.5) / (hit + 0.5)) for hit in hits)
        return cls(tuple(idf if idf > 0.0 else 1e-6 for idf in idfs), float(tokens) / float(rows))

    def score(self, counts: Counts, length: int) -> float:
        score = 0.0
        for idf, freq in zip(self.idfs, counts, strict=True):
            weight = freq * (_K1 + 1.0) / (freq + _K1 * (1 - _B + _B * float(length) / self.avgdl))
            score += idf * weight
        return -1.0 * score

    def count(self, scored: float, length: int) -> float:
        """The weighted count that FTS5 scored ``scored`` at ``length`` (of
        a search of one phrase)."""
        idf = self.idfs[0]
        weight = -scored / idf
        spare = _K1 + 1.0 - weight
        if spare > 0.0:
            norm = _K1 * (1 - _B + _B * float(length) / self.avgdl)
            freq = float(round(weight * norm / spare))
            # (score() for one phrase, written out: this runs for every statement)
            if -1.0 * (0.0 + idf * (freq * (_K1 + 1.0) / (freq + norm))) == scored:
                return freq
        raise Uncounted(f"no weighted count scores {scored!r} at length {length}")


def is_kept(db: sqlite3.Connection, expression: str) -> bool:
    """Whether the search ``expression``'s groups are kept (or it was found
    to have too many)."""
    found = db.execute("SELECT 1 FROM ranked_terms WHERE term = ?", (expression,)).fetchone()
    return found is not None


def hits(db: sqlite3.Connection, expression: str) -> int | None:
    """How many statements the search ``expression`` finds, if its groups
    are kept."""
    found = db.execute(
        "SELECT sum(size) FROM ranked_groups WHERE term = ?", (expression,)
    ).fetchone()[0]
    return None if found is None else int(found)


def worn(db: sqlite3.Connection, expression: str) -> bool:
    """Whether edits took rows from the head of one of ``expression``'s
    groups that no edit put back (made again, the groups read as far as at
    first)."""
    row = db.execute(
        "SELECT 1 FROM ranked_groups WHERE term = ? AND kept < min(size, ?) LIMIT 1",
        (expression, KEEP),
    ).fetchone()
    return row is not None


def best(
    db: sqlite3.Connection,
    expression: str,
    limit: int,
    columns: str,
    passing: Callable[[list[int]], set[int]] | None = None,
    counted: Callable[[], int] | None = None,
) -> tuple[list[Row], int] | None:
    """The best ``limit`` statements that the search ``expression`` (an
    FTS5 expression of phrases, AND and OR) finds, as rows of ``columns``
    of the statement ``s`` and the score, newest first among equal scores,
    then by id; and how many there are.  With ``passing``, only the
    statements it keeps of those it is given (exclusions, filters), and
    ``counted`` says how many there are.  None when the groups are not
    kept, or do not reach far enough."""
    stored = db.execute(
        "SELECT counts, size, kept FROM ranked_groups WHERE term = ?", (expression,)
    ).fetchall()
    if not stored or not 0 < limit <= KEEP:
        return None
    groups = [(_counts(key), size) for key, size, _ in stored]
    in_head = {_counts(key): kept for key, _, kept in stored}
    bm25 = _Bm25.of(db, _hits(db, expression))
    entries: list[_Entry] = []  # every row read
    shown: list[_Entry] = []  # the best ``limit`` of those ``passing`` keeps
    read = dict.fromkeys(in_head, 0)

    def take(wanted: list[Counts], taken: int) -> None:
        nonlocal shown
        fresh = [
            entry
            for counts in wanted
            for entry in _head_rows(db, expression, counts, read[counts], taken)
        ]
        for entry in fresh:
            read[entry.counts] += 1
        entries.extend(fresh)
        if passing is not None and fresh:
            keeps = passing([entry.statement for entry in fresh])
            fresh = [entry for entry in fresh if entry.statement in keeps]
        shown = _in_order(shown + fresh, bm25)[:limit]

    # The first ``limit`` rows of each group that could hold a row better
    # than the last shown so far, the most hopeful groups first.
    hopeful = sorted(in_head, key=lambda counts: bm25.score(counts, 0))
    for at in range(0, len(hopeful), _READ_TOGETHER):
        if len(shown) >= limit and bm25.score(hopeful[at], 0) > _scored(shown[-1], bm25):
            break
        take(hopeful[at : at + _READ_TOGETHER], limit)
    if passing is not None and len(shown) < limit:
        # (even with every head read to its end the filters would likely
        # leave too few: FTS5 finds the few there are sooner)
        return None
    # Then what is left of the heads of the groups whose next rows could
    # still be shown (rows the filters left out leave gaps).
    while unsafe := _unsafe(groups, entries, shown, limit, bm25):
        wanted = [counts for counts in unsafe if read[counts] < in_head[counts]]
        if passing is None or len(wanted) < len(unsafe):
            return None  # (a tie past the heads, or rows past a head needed)
        take(wanted, KEEP)
    total = sum(size for _, size in groups) if counted is None else counted()
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
    return [(*rows[e.statement][:-1], bm25.score(e.counts, e.len)) for e in shown], total


def _hits(db: sqlite3.Connection, expression: str) -> list[int]:
    """How many statements have each of the search's phrases, in order."""
    rows = db.execute(
        "SELECT hits FROM ranked_phrases WHERE term = ? ORDER BY position", (expression,)
    )
    return [hits for (hits,) in rows]


def _head_rows(
    db: sqlite3.Connection, expression: str, counts: Counts, start: int, count: int
) -> list[_Entry]:
    """Up to ``count`` rows of the head of ``expression``'s group
    ``counts``, from its ``start``-th (counted from 0)."""
    rows = db.execute(
        "SELECT counts, len, sort_key, id, statement FROM ranked WHERE term = ? AND counts = ? "
        f"ORDER BY {_HEAD_ORDER} LIMIT ? OFFSET ?",
        (expression, _key(counts), count, start),
    )
    return [_entry(row) for row in rows]


def _scored(entry: _Entry, bm25: _Bm25) -> float:
    return bm25.score(entry.counts, entry.len)


def _in_order(entries: list[_Entry], bm25: _Bm25) -> list[_Entry]:
    """As a search shows them: the best score first, then the newest, then by id."""
    return _newest_first_within(entries, lambda e: bm25.score(e.counts, e.len))


def _newest_first_within(entries: list[_Entry], first: Callable[[_Entry], float]) -> list[_Entry]:
    """By ``first``, then the newest, then by id (each sort stable)."""
    ordered = sorted(entries, key=lambda e: (e.id, e.statement))
    ordered.sort(key=lambda e: e.sort_key, reverse=True)
    ordered.sort(key=first)
    return ordered


def _shown_before(one: _Entry, other: _Entry, bm25: _Bm25) -> bool:
    """Whether a search shows ``one`` before ``other`` (or they are the same)."""
    mine, theirs = bm25.score(one.counts, one.len), bm25.score(other.counts, other.len)
    if mine != theirs:
        return mine < theirs
    if one.sort_key != other.sort_key:
        return one.sort_key > other.sort_key
    return (one.id, one.statement) <= (other.id, other.statement)


def _unsafe(
    groups: list[tuple[Counts, int]],
    entries: list[_Entry],
    shown: list[_Entry],
    limit: int,
    bm25: _Bm25,
) -> list[Counts]:
    """The groups whose rows not read (``entries`` are those read) could
    be among ``shown``, the best ``limit`` of those read.

    A group's unread rows are as long as its last row read, or longer, so
    they score no better.  Those as long come after it in the order shown
    too (a head's order breaks ties as a search does); a longer one could
    score the same only if a length one longer does, and a tie is broken
    on the date and the id, not the length.  So the last row shown is
    safe from a group's unread rows when it scores better than the last
    row read, or as well and comes first while one token more would score
    worse.  A group none of whose rows was read is safe when a row of its
    counts and no length would score worse than the last shown."""
    last_read: dict[Counts, _Entry] = {}
    read: dict[Counts, int] = defaultdict(int)
    for entry in entries:
        read[entry.counts] += 1
        last = last_read.get(entry.counts)
        if last is None or last.before(entry):
            last_read[entry.counts] = entry
    unsafe = []
    for counts, size in groups:
        if read[counts] >= size:
            continue  # read whole
        if len(shown) < limit:
            unsafe.append(counts)
            continue
        bar = _scored(shown[-1], bm25)
        last = last_read.get(counts)
        if last is None:  # none read: safe if even a row of no length scores worse
            if bm25.score(counts, 0) <= bar:
                unsafe.append(counts)
            continue
        cutoff = shown[-1]
        worst = _scored(last, bm25)
        if bar < worst:
            continue
        if (
            bar == worst
            and _shown_before(cutoff, last, bm25)
            and bm25.score(last.counts, last.len + 1) > worst
        ):
            continue
        unsafe.append(counts)
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


def keep(db: sqlite3.Connection, expression: str, phrases: Sequence[str]) -> None:
    """Make the groups of the search ``expression``, made of ``phrases``
    (in FTS5's order), from every statement it finds (in a write
    transaction of the caller's); raises Uncounted, leaving the
    transaction to be rolled back, if a count cannot be read back.

    The statements are read without mapping the store into memory
    (``index.unmapped``): they are most of it, for a common word."""
    _forget(db, expression)
    _make_room(db)
    with unmapped(db):
        if len(phrases) == 1:
            hits, (sizes, heads) = _one_phrase(db, phrases[0])
        else:
            hits, found = _counted_everywhere(db, expression, phrases)
            sizes, heads = _grouped(db, found)
    if len(sizes) > MOST_GROUPS:  # remembered as kept, with no groups
        _remember(db, expression)
        return
    db.executemany(
        "INSERT INTO ranked_phrases VALUES (?, ?, ?, ?)",
        [
            (expression, at, phrase, hit)
            for at, (phrase, hit) in enumerate(zip(phrases, hits, strict=True))
        ],
    )
    db.executemany(
        "INSERT INTO ranked_groups VALUES (?, ?, ?, ?)",
        [(expression, _key(counts), size, len(heads[counts])) for counts, size in sizes.items()],
    )
    db.executemany(
        "INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)",
        [(expression, *entry.values()) for head in heads.values() for entry in head],
    )
    _remember(db, expression)


def _remember(db: sqlite3.Connection, expression: str) -> None:
    db.execute(
        "INSERT INTO ranked_terms SELECT ?, coalesce(max(made), 0) + 1 FROM ranked_terms",
        (expression,),
    )


def _make_room(db: sqlite3.Connection) -> None:
    """Drop the searches made longest ago, leaving room for one more."""
    oldest = db.execute(
        "SELECT term FROM ranked_terms ORDER BY made DESC LIMIT -1 OFFSET ?",
        (MOST_SEARCHES - 1,),
    ).fetchall()
    for (expression,) in oldest:
        _forget(db, expression)


def _one_phrase(
    db: sqlite3.Connection, phrase: str
) -> tuple[list[int], tuple[dict[Counts, int], dict[Counts, list[_Entry]]]]:
    """How many statements have the phrase, and its groups' sizes and
    heads, the statements streamed through a temporary table (a common
    word's are most of the store: none is held for long)."""
    hits = int(db.execute(SELECT_COUNT, (phrase,)).fetchone()[0])
    bm25 = _Bm25.of(db, [hits])
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
        rows = db.execute(
            # (the index on the speaker holds every statement's date and id)
            "SELECT c.score, c.size, s.sort_key, s.id, c.statement "
            "FROM statements s INDEXED BY statements_speaker "
            "JOIN temp.ranked_scores c ON c.statement = s.rowid"
        )

        def counted() -> Iterator[tuple[Counts, int, str, str, int]]:
            for score, size, sort_key, ident, statement in rows:
                length = _length(size)
                yield (bm25.count(score, length),), length, sort_key, ident, statement

        try:
            grouped = _heads_of(counted())
        finally:
            rows.close()  # (a table read from cannot be dropped)
    finally:
        db.execute("DROP TABLE temp.ranked_scores")
    return [hits], grouped


def _counted_everywhere(
    db: sqlite3.Connection, expression: str, phrases: Sequence[str]
) -> tuple[list[int], dict[int, tuple[list[float], int]]]:
    """How many statements have each phrase, and for each statement the
    search finds (of several phrases: one is ``_one_phrase``'s), its
    weighted count of each phrase and its length."""
    found: dict[int, tuple[list[float], int]] = {
        statement: ([0.0] * len(phrases), 0)
        for (statement,) in db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))
    }
    hits = []
    for at, phrase in enumerate(phrases):
        hits.append(int(db.execute(SELECT_COUNT, (phrase,)).fetchone()[0]))
        bm25 = _Bm25.of(db, hits[-1:])
        for statement, score, size in db.execute(
            f"SELECT fts.rowid, bm25(fts, {RANK_WEIGHTS}), d.sz FROM fts "
            "JOIN fts_docsize d ON d.id = fts.rowid WHERE fts MATCH ?",
            (phrase,),
        ):
            if statement in found:
                counts, _ = found[statement]
                length = _length(size)
                counts[at] = bm25.count(score, length)
                found[statement] = (counts, length)
    whole = _Bm25.of(db, hits)  # the whole search's scores, checked
    for statement, score in db.execute(
        f"SELECT rowid, bm25(fts, {RANK_WEIGHTS}) FROM fts WHERE fts MATCH ?", (expression,)
    ):
        counts, length = found[statement]
        if whole.score(tuple(counts), length) != score:
            raise Uncounted(f"statement {statement} does not score {score!r}")
    return hits, found


def _grouped(
    db: sqlite3.Connection, found: dict[int, tuple[list[float], int]]
) -> tuple[dict[Counts, int], dict[Counts, list[_Entry]]]:
    """Each group's size and head, from the statements found (their dates
    and ids read from the index on the speaker, which holds every
    statement's)."""
    db.execute("DROP TABLE IF EXISTS temp.ranked_found")  # (a rollback may have kept it)
    db.execute("CREATE TEMP TABLE ranked_found(statement INTEGER PRIMARY KEY)")
    try:
        db.executemany("INSERT INTO temp.ranked_found VALUES (?)", ((s,) for s in found))
        rows = db.execute(
            "SELECT f.statement, s.sort_key, s.id FROM statements s INDEXED BY statements_speaker "
            "JOIN temp.ranked_found f ON f.statement = s.rowid"
        )
        try:
            return _heads_of(
                (tuple(found[statement][0]), found[statement][1], sort_key, ident, statement)
                for statement, sort_key, ident in rows
            )
        finally:
            rows.close()  # (a table read from cannot be dropped)
    finally:
        db.execute("DROP TABLE temp.ranked_found")


def _heads_of(
    rows: Iterable[tuple[Counts, int, str, str, int]],
) -> tuple[dict[Counts, int], dict[Counts, list[_Entry]]]:
    """Each group's size and head, from its statements' rows (counts,
    length, sort key, id, rowid) in any order.

    Only rows as short as a group's ``KEEP``-th shortest so far are held:
    a group's rows are cut to those when they pile up."""
    sizes: dict[Counts, int] = defaultdict(int)
    held: dict[Counts, list[_Entry]] = defaultdict(list)
    longest: dict[Counts, int] = {}  # the longest row a group's head may still take
    cut_at: dict[Counts, int] = defaultdict(lambda: 4 * KEEP)
    for counts, length, sort_key, ident, statement in rows:
        sizes[counts] += 1
        if length > longest.get(counts, length):
            continue
        group = held[counts]
        group.append(_Entry(counts, length, sort_key, ident, statement))
        if len(group) >= cut_at[counts]:
            group.sort(key=lambda e: e.len)
            longest[counts] = group[KEEP - 1].len
            group[:] = [e for e in group if e.len <= longest[counts]]
            cut_at[counts] = max(4 * KEEP, 2 * len(group))
    heads = {counts: _in_head_order(group)[:KEEP] for counts, group in held.items()}
    return sizes, heads


def _in_head_order(entries: list[_Entry]) -> list[_Entry]:
    """Shortest first, then the newest, then by id (``_HEAD_ORDER``)."""
    return _newest_first_within(entries, lambda e: e.len)


_TABLES = ("ranked", "ranked_groups", "ranked_phrases", "ranked_terms")


def forget_all(db: sqlite3.Connection) -> None:
    """Drop every search's groups (they are made again when searched for)."""
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")


def _forget(db: sqlite3.Connection, expression: str) -> None:
    for table in _TABLES:
        db.execute(f"DELETE FROM {table} WHERE term = ?", (expression,))


class Upkeep:
    """Keeps the kept searches' groups true while one refresh removes and
    adds statements: call ``removing`` before statements leave the
    full-text table, ``added`` after they join it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.phrases: dict[str, list[str]] = defaultdict(list)  # of each kept search
        rows = db.execute("SELECT term, phrase FROM ranked_phrases ORDER BY term, position")
        for expression, phrase in rows:
            self.phrases[expression].append(phrase)

    def forget_all(self) -> None:
        """Drop every search's groups."""
        if self.phrases:
            forget_all(self.db)
            self.phrases.clear()

    def removing(self, statements: str, params: Sequence[Any]) -> None:
        """The statements of the query ``statements`` (their rowids) are
        about to be removed."""
        if not self.phrases:
            return
        db = self.db
        texts = db.execute(
            f"SELECT rowid, {_COLUMNS} FROM fts WHERE rowid IN ({statements})", params
        ).fetchall()
        found, hits = self._counted(texts)
        self._count_phrases(hits, -1)
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
        for (expression, statement), (counts, _) in found.items():
            db.execute(
                "UPDATE ranked_groups SET size = size - 1, kept = kept - ? "
                "WHERE term = ? AND counts = ?",
                ((expression, statement) in in_head, expression, _key(counts)),
            )
        db.execute("DELETE FROM ranked_groups WHERE size = 0")

    def added(self, texts: Sequence[tuple[Any, ...]]) -> None:
        """Statements joined the full-text table: ``texts`` are their rows
        as written there (rowid, then every indexed column)."""
        if not self.phrases:
            return
        found, hits = self._counted(texts)
        self._count_phrases(hits, 1)
        if not found:
            return
        about = {
            rowid: (sort_key, ident)
            for rowid, sort_key, ident in self.db.execute(
                "SELECT rowid, sort_key, id FROM statements "
                "WHERE rowid IN (SELECT value FROM json_each(?))",
                (json_list({statement for _, statement in found}),),
            )
        }
        for (expression, statement), (counts, length) in found.items():
            self._join(expression, _Entry(counts, length, *about[statement], statement))

    def _count_phrases(self, hits: dict[str, int], sign: int) -> None:
        self.db.executemany(
            "UPDATE ranked_phrases SET hits = hits + ? WHERE phrase = ?",
            [(sign * count, phrase) for phrase, count in hits.items()],
        )

    def _join(self, expression: str, entry: _Entry) -> None:
        db = self.db
        key = _key(entry.counts)
        group = db.execute(
            "SELECT size, kept FROM ranked_groups WHERE term = ? AND counts = ?", (expression, key)
        ).fetchone()
        size, kept = group if group is not None else (0, 0)
        joins = kept == size
        if not joins and kept:
            last = db.execute(
                "SELECT counts, len, sort_key, id, statement FROM ranked WHERE term = ? "
                f"AND counts = ? ORDER BY {_LAST_FIRST} LIMIT 1",
                (expression, key),
            ).fetchone()
            joins = entry.before(_entry(last))
        if joins:
            db.execute(
                "INSERT INTO ranked VALUES (?, ?, ?, ?, ?, ?)", (expression, *entry.values())
            )
            kept += 1
        if kept > KEEP:  # the head's last row leaves it
            db.execute(
                "DELETE FROM ranked WHERE term = ? AND counts = ? AND statement = (SELECT "
                f"statement FROM ranked WHERE term = ? AND counts = ? ORDER BY {_LAST_FIRST} "
                "LIMIT 1)",
                (expression, key, expression, key),
            )
            kept -= 1
        if group is None and self._group_count(expression) >= MOST_GROUPS:
            _forget(db, expression)  # (one group more than worth keeping)
            del self.phrases[expression]
            return
        db.execute(
            "INSERT OR REPLACE INTO ranked_groups VALUES (?, ?, ?, ?)",
            (expression, key, size + 1, kept),
        )

    def _group_count(self, expression: str) -> int:
        found = self.db.execute("SELECT count(*) FROM ranked_groups WHERE term = ?", (expression,))
        return int(found.fetchone()[0])

    def _counted(
        self, texts: Sequence[Sequence[Any]]
    ) -> tuple[dict[tuple[str, int], tuple[Counts, int]], dict[str, int]]:
        """Each kept search's counts and length of each of these statements
        ((rowid, every indexed column) rows) that it finds; and how many of
        them have each phrase.  Read back from the scores of a small FTS5
        table of these statements alone; a search whose counts cannot be
        read back loses its groups."""
        if not texts:
            return {}, {}
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
        found: dict[tuple[str, int], tuple[Counts, int]] = {}
        try:
            # (its averages record is not written before the transaction commits)
            lengths = [_length(size) for (size,) in db.execute(_PROBE_LENGTHS)]
            counted: dict[str, dict[int, tuple[float, int]] | None] = {}
            for phrase in {p for phrases in self.phrases.values() for p in phrases}:
                counted[phrase] = self._phrase_counts(phrase, len(lengths), sum(lengths))
            for expression, phrases in list(self.phrases.items()):
                if any(counted[phrase] is None for phrase in phrases):
                    _forget(db, expression)  # (not seen: ranked by FTS5 from now on)
                    del self.phrases[expression]
                    continue
                of_phrase = [counted[phrase] or {} for phrase in phrases]
                for (statement,) in db.execute(
                    "SELECT rowid FROM temp.ranked_probe WHERE ranked_probe MATCH ?",
                    (expression,),
                ):
                    each = [known.get(statement) for known in of_phrase]
                    length = next(one[1] for one in each if one is not None)
                    counts = tuple(0.0 if one is None else one[0] for one in each)
                    found[expression, statement] = (counts, length)
        finally:
            db.execute("DELETE FROM temp.ranked_probe")
        hits = {phrase: len(each) for phrase, each in counted.items() if each}
        return found, hits

    def _phrase_counts(
        self, phrase: str, rows: int, tokens: int
    ) -> dict[int, tuple[float, int]] | None:
        """Each probed statement that has ``phrase``: its weighted count
        and length; None if a count cannot be read back."""
        scored = self.db.execute(
            f"SELECT p.rowid, bm25(ranked_probe, {RANK_WEIGHTS}), d.sz "
            "FROM temp.ranked_probe p JOIN temp.ranked_probe_docsize d ON d.id = p.rowid "
            "WHERE ranked_probe MATCH ?",
            (phrase,),
        ).fetchall()
        if not scored:
            return {}
        bm25 = _Bm25.among(rows, tokens, [len(scored)])
        counts = {}
        try:
            for statement, score, size in scored:
                length = _length(size)
                counts[statement] = (bm25.count(score, length), length)
        except Uncounted:
            return None
        return counts
