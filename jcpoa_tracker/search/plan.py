"""How a quote search is run: the SQL for each shape of query, chosen so
that the time does not grow with the archive.

SQLite's planner cannot see inside FTS5: left to itself, it may start from
a filter's index (the statements of one speaker) and re-run the full-text
match once per statement, which for a prefix such as ``negotiat*`` means
expanding the prefix hundreds of times (1.4 s on 100,000 statements).  So
the plan is chosen here, from the number of statements the words match
(FTS5 counts a match without reading its rows):

* **few matches** (up to ``FEW_MATCHES``): the match drives, and each
  matched statement is checked against the filters (a ``CROSS JOIN`` keeps
  that order);
* **many matches**: the statements the filters select are gathered once,
  from their indexes (speaker, round, category, topics, date), and each
  match is checked against that set, so the match runs once.

Relevance is FTS5's bm25 with the index's column weights.  Only the best
``limit`` rows (plus a margin) are kept while scoring, and the tie-breaks
(newest first, then id) are applied to those; when rows tied with the
last one shown run past the margin, every row with that score is fetched,
so the answer is the one a full sort would give.  Sorting by date walks
the date index and stops at ``limit``.  A date window bounds the date index
too: a statement's period lies within one calendar year, so one said on
or after a day starts no earlier than the first of January of that year.
Every row (no limit) is streamed by ``each_row``: SQLite sorts only the
rows' keys, and the rows are read a chunk at a time, in that order.

Every plan gives the same rows, in the same order, with the same count as
the plain query over all statements (``tests/test_quote_plans.py`` checks
each shape against a brute-force evaluation).
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from jcpoa_tracker.search import ranked
from jcpoa_tracker.search.index import RANK_WEIGHTS, one_snapshot, unmapped
from jcpoa_tracker.search.ranked import SELECT_COUNT

__all__ = [
    "FEW_MATCHES",
    "Selection",
    "Wanted",
    "count_rows",
    "date_conditions",
    "each_row",
    "find_rows",
]

# The columns of a result row, then its score (None when not ranked).
COLUMNS = (
    "s.id, s.speaker, s.date, s.round, s.category, s.verified, s.confidence, s.doc, s.file, s.line"
)
# The same function and weights as the index's rank column, written out so
# that SQLite keeps only the best rows while scoring (ORDER BY rank would
# make FTS5 sort every match).
SCORE = f"bm25(fts, {RANK_WEIGHTS})"
# Up to this many matches, a filtered search checks each match's statement;
# beyond, it gathers the filtered statements once and checks the matches.
FEW_MATCHES = 5000
# Best-scored rows kept beyond the limit, so that the rows tied with the
# last one shown are almost always among them.
MARGIN = 32

_NEWEST_FIRST = "s.sort_key DESC, s.id"
_ORDERS = {"date": "s.sort_key, s.id", "-date": _NEWEST_FIRST}
_TOPIC_ROW = "EXISTS (SELECT 1 FROM topics t WHERE t.topic = ? AND t.statement = s.rowid)"


@dataclass(frozen=True, slots=True)
class Selection:
    """What the filters select, as SQL over a statement row ``s``: conditions
    on the row's own columns, and topics (each must be coded)."""

    conditions: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    topics: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        *,
        speakers: Sequence[str] | None = None,
        rounds: Sequence[str] | None = None,
        categories: Sequence[str] = (),
        topics: Sequence[str] = (),
        since: date | None = None,
        until: date | None = None,
        as_of: date | None = None,
        verified_only: bool = False,
        ids: Collection[str] | None = None,
    ) -> Selection:
        where: list[str] = []
        params: list[Any] = []
        if ids is not None:  # first: a few ids are the narrowest of the filters
            where.append("s.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(ids)))
        for column, values in (
            ("s.speaker", speakers),
            ("s.round", rounds),
            ("s.category", categories or None),
        ):
            if values is not None:
                where.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        dated, dated_params = date_conditions(since, until, as_of)
        where += dated
        params += dated_params
        if verified_only:
            where.append("s.verified = 1")
        return cls(tuple(where), tuple(params), tuple(topics))

    def __bool__(self) -> bool:
        return bool(self.conditions or self.topics)

    def per_row(self) -> tuple[list[str], list[Any]]:
        """Conditions checked on each statement row (topics by an index look-up)."""
        return (
            [*self.conditions, *(_TOPIC_ROW for _ in self.topics)],
            [*self.params, *self.topics],
        )

    def as_sets(self, rowid: str) -> tuple[list[str], list[Any]]:
        """Conditions that the statement ``rowid`` is among those selected,
        each set gathered once from its index (the ``+`` keeps SQLite from
        handing the rowid to FTS5 as a look-up key)."""
        where: list[str] = []
        params: list[Any] = []
        if self.conditions:
            where.append(
                f"+{rowid} IN (SELECT s.rowid FROM statements s "
                f"WHERE {' AND '.join(self.conditions)})"
            )
            params.extend(self.params)
        for topic in self.topics:
            where.append(f"+{rowid} IN (SELECT statement FROM topics WHERE topic = ?)")
            params.append(topic)
        return where, params


def date_conditions(
    since: date | None,
    until: date | None,
    as_of: date | None,
    *,
    starts: str = "s.sort_key",
    ends: str = "+s.last_day",
) -> tuple[list[str], list[Any]]:
    """The conditions that a period is in the window and known ``as_of``,
    on a column ``starts`` that begins with the period's first day (the
    sort key, or the first day itself) and one ``ends`` holding its last.

    On statement rows they are read from the index on (sort_key, last_day)
    alone; ``+``: walk the date index rather than the one on last_day,
    which would make SQLite gather a long window and sort it."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        # The period ends on or after ``since``; it lies within one
        # calendar year, so it starts on or after that year's first day.
        where += [f"{ends} >= ?", f"{starts} >= ?"]
        params += [since.isoformat(), date(since.year, 1, 1).isoformat()]
    if until is not None and until < date.max:  # it starts by then
        where.append(f"{starts} < ?")
        params.append((until + timedelta(days=1)).isoformat())
    if as_of is not None:  # known by then: the whole period is over
        where.append(f"{ends} <= ?")
        params.append(as_of.isoformat())
        if as_of < date.max:
            where.append(f"{starts} < ?")
            params.append((as_of + timedelta(days=1)).isoformat())
    return where, params


Row = Sequence[Any]


@dataclass(frozen=True, slots=True)
class Wanted:
    """What a search wants (an FTS5 expression of ``phrases``, in FTS5's
    order), and what it excludes from it (``syntax.Query.ranked``)."""

    expression: str
    phrases: tuple[str, ...]
    exclusions: str | None = None


def find_rows(
    db: sqlite3.Connection,
    match: str | None,
    exclude: str | None,
    selection: Selection,
    *,
    order: str,
    limit: int | None,
    wanted: Wanted | None = None,
    keep: Callable[[str, Sequence[str]], bool] | None = None,
) -> tuple[list[Row], int]:
    """The result rows (``COLUMNS`` and the score) of the statements that
    ``match`` (an FTS5 expression; None: every statement) finds, that
    ``exclude`` does not, and that ``selection`` selects, in ``order``
    ("relevance", "date" or "-date"), at most ``limit`` of them (None or 0:
    all, as ``each_row`` gives them); and how many there are in all.

    ``wanted``: what ``match`` wants, and what it excludes from it; its
    kept groups rank the matches (``ranked.py``), made by ``keep`` (False:
    they could not be) when it is common and they are not kept or no
    longer reach far enough."""
    if not limit:
        rows = list(each_row(db, match, exclude, selection, order=order))
        return rows, len(rows)
    if match is None:
        return _unmatched(db, exclude, selection, order, limit)
    if wanted is not None and order == "relevance":
        found = _from_groups(db, match, wanted, selection, limit, keep)
        if found is not None:
            return found
    return _matched(db, match, selection, order, limit)


# Result rows read at a time by ``each_row``: one look-up per chunk.
CHUNK = 500


def each_row(
    db: sqlite3.Connection,
    match: str | None,
    exclude: str | None,
    selection: Selection,
    *,
    order: str,
) -> Iterator[Row]:
    """Every result row of ``find_rows``, in its order, read a chunk at a
    time: SQLite sorts the statements' keys (their rowid, score, date and
    id), never their documents, and each chunk's rows are read by rowid,
    without mapping the store (``index.unmapped``), so memory does not
    grow with the number of rows (a common word at a million statements
    matches most of them).  The keys and every chunk are read from one
    snapshot (``index.one_snapshot``): a store written by another run
    meanwhile changes none of the rows."""
    sql, params = _keys(db, match, exclude, selection, order)
    with unmapped(db), one_snapshot(db):
        keys = db.execute(sql, params)
        while chunk := keys.fetchmany(CHUNK):
            rows = db.execute(
                f"SELECT {COLUMNS} FROM json_each(?) AS j "
                "CROSS JOIN statements s ON s.rowid = j.value ORDER BY j.key",
                [ranked.json_list([rowid for rowid, _ in chunk])],
            )
            for row, (_, score) in zip(rows, chunk, strict=True):
                yield (*row, score)


def count_rows(
    db: sqlite3.Connection, match: str | None, exclude: str | None, selection: Selection
) -> int:
    """How many rows ``each_row`` gives, counted without reading them."""
    if match is not None:
        return match_count(db, match, selection)
    where, params = selection.per_row()
    total = _count(
        db, f"SELECT count(*) FROM statements s WHERE {' AND '.join(where) or '1'}", params
    )
    if exclude is not None:  # those selected, less those excluded among them
        total -= match_count(db, exclude, selection)
    return total


def _keys(
    db: sqlite3.Connection,
    match: str | None,
    exclude: str | None,
    selection: Selection,
    order: str,
) -> tuple[str, list[Any]]:
    """The SQL of ``each_row``'s keys: (rowid, score) of every result row, in order."""
    if match is not None and order == "relevance":
        if selection:
            source, where, params = _plan(match, selection, joined=_few(db, match))
        else:
            source, where, params = "fts", ["fts MATCH ?"], [match]
        return (
            f"WITH m AS MATERIALIZED (SELECT fts.rowid AS rowid, {SCORE} AS score "
            f"FROM {source} WHERE {' AND '.join(where)}) "
            f"SELECT m.rowid, m.score FROM m JOIN statements s ON s.rowid = m.rowid "
            f"ORDER BY m.score, {_NEWEST_FIRST}",
            params,
        )
    if match is None:
        return _walked("s.rowid", exclude, selection, order)
    return _dated("s.rowid", match, selection, order, few=_few(db, match))


def _from_groups(
    db: sqlite3.Connection,
    match: str,
    wanted: Wanted,
    selection: Selection,
    limit: int,
    keep: Callable[[str, Sequence[str]], bool] | None,
) -> tuple[list[Row], int] | None:
    """The answer from the kept groups of what the search wants, made
    first if need be; None when they cannot answer (FTS5 ranks every
    match then)."""
    if limit > ranked.KEEP:
        return None
    exclusions = wanted.exclusions
    passing = counted = None
    if exclusions or selection:

        def passing(statements: list[int]) -> set[int]:
            kept = set(statements)
            if exclusions:
                kept -= ranked.matching(db, exclusions, statements)
            if selection and kept:
                kept &= _selected(db, selection, sorted(kept))
            return kept

        def counted() -> int:
            return match_count(db, match, selection)

    expression = wanted.expression
    if exclusions and not selection:
        hits = ranked.hits(db, expression)
        if hits is not None:  # counted as those found less those excluded among them
            excluded = _count(db, SELECT_COUNT, [f"({expression}) AND ({exclusions})"])
            if hits - excluded < ranked.KEPT_FROM:
                return None  # most are excluded: FTS5 ranks the rest sooner
            counted = partial(int, hits - excluded)
    with one_snapshot(db):  # the groups, their rows and the count, as of one moment
        found = ranked.best(db, expression, limit, COLUMNS, passing, counted)
    if found is not None or keep is None:
        return found
    if ranked.is_kept(db, expression):
        remake = ranked.worn(db, expression)
    else:
        remake = _count(db, SELECT_COUNT, [expression]) >= ranked.KEPT_FROM
    if remake and keep(expression, wanted.phrases):
        with one_snapshot(db):
            return ranked.best(db, expression, limit, COLUMNS, passing, counted)
    return None


def _selected(db: sqlite3.Connection, selection: Selection, statements: list[int]) -> set[int]:
    """Those of ``statements`` that ``selection`` selects (each looked up
    by its rowid: the ``CROSS JOIN`` keeps SQLite from walking an index of
    the filters instead)."""
    where, params = selection.per_row()
    rows = db.execute(
        "SELECT s.rowid FROM json_each(?) AS j CROSS JOIN statements s ON s.rowid = j.value "
        f"WHERE {' AND '.join(where)}",
        [ranked.json_list(statements), *params],
    )
    return {rowid for (rowid,) in rows}


def match_count(db: sqlite3.Connection, match: str, selection: Selection) -> int:
    """How many statements ``match`` finds among those ``selection`` selects."""
    if not selection:
        return _count(db, SELECT_COUNT, [match])
    source, where, params = _plan(match, selection, joined=_few(db, match))
    return _count(db, f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}", params)


def _few(db: sqlite3.Connection, match: str) -> bool:
    """Whether ``match`` finds at most ``FEW_MATCHES`` statements (counted
    no further than that)."""
    return _count(
        db, "SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)",
        [match, FEW_MATCHES + 1],
    ) <= FEW_MATCHES  # fmt: skip


def _matched(
    db: sqlite3.Connection, match: str, selection: Selection, order: str, limit: int
) -> tuple[list[Row], int]:
    if not selection:
        total = _count(db, SELECT_COUNT, [match])
        if not total:
            return [], 0
        if order == "relevance":
            return _ranked(db, "fts", ["fts MATCH ?"], [match], limit), total
        few = total <= FEW_MATCHES
    else:
        few = _few(db, match)
        if order == "relevance":
            # One pass scores every selected match: their number is the total.
            source, where, params = _plan(match, selection, joined=few)
            scored = db.execute(
                f"SELECT fts.rowid, {SCORE} AS score FROM {source} "
                f"WHERE {' AND '.join(where)} ORDER BY score",
                params,
            ).fetchall()
            return _best_of(db, scored, limit), len(scored)
        total = match_count(db, match, selection)
        if not total:
            return [], 0
    sql, params = _dated(COLUMNS, match, selection, order, few=few)
    return db.execute(f"{sql} LIMIT ?", [*params, limit]).fetchall(), total


def _dated(
    columns: str, match: str, selection: Selection, order: str, *, few: bool
) -> tuple[str, list[Any]]:
    """The SQL of ``columns`` (and a NULL score) of the statements ``match``
    finds among those ``selection`` selects, in date ``order``: with
    ``few`` matches, each match's statement, sorted; else the statements
    walked in date order, each checked against the matches (a LIMIT stops
    the walk early)."""
    if few:
        source, where, params = _plan(match, selection, joined=True)
    else:
        source = "statements s"
        where, params = selection.per_row()
        where = ["+s.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)", *where]
        params = [match, *params]
    return (
        f"SELECT {columns}, NULL FROM {source} WHERE {' AND '.join(where)} "
        f"ORDER BY {_ORDERS[order]}",
        params,
    )


def _plan(match: str, selection: Selection, *, joined: bool) -> tuple[str, list[str], list[Any]]:
    """FROM and WHERE for the statements ``match`` finds among those
    ``selection`` selects: each match joined to its statement (``joined``),
    or checked against the selected statements gathered once."""
    if joined:
        where, params = selection.per_row()
        return (
            "fts CROSS JOIN statements s ON s.rowid = fts.rowid",
            ["fts MATCH ?", *where],
            [match, *params],
        )
    where, params = selection.as_sets("fts.rowid")
    return "fts", ["fts MATCH ?", *where], [match, *params]


def _ranked(
    db: sqlite3.Connection, source: str, where: list[str], params: list[Any], limit: int
) -> list[Row]:
    """The best-scored rows, newest first among equal scores, then by id."""
    condition = " AND ".join(where)
    scored = f"SELECT fts.rowid AS rowid, {SCORE} AS score FROM {source} WHERE {condition}"
    shown = (
        f"SELECT {COLUMNS}, m.score FROM m JOIN statements s ON s.rowid = m.rowid "
        f"ORDER BY m.score, {_NEWEST_FIRST}"
    )
    kept = limit + MARGIN
    rows = db.execute(
        f"WITH m AS MATERIALIZED ({scored} ORDER BY score LIMIT ?) {shown}", [*params, kept]
    ).fetchall()
    if len(rows) == kept and rows[-1][-1] == rows[limit - 1][-1]:
        # Rows tied with the last one shown may lie beyond those kept: take
        # every row scored no worse, and break the ties among all of them.
        rows = db.execute(
            f"WITH m AS MATERIALIZED (SELECT * FROM ({scored}) WHERE score <= ?) {shown} LIMIT ?",
            [*params, rows[limit - 1][-1], limit],
        ).fetchall()
    return rows[:limit]


def _best_of(db: sqlite3.Connection, scored: list[tuple[int, float]], limit: int) -> list[Row]:
    """The rows to show of ``scored`` ((rowid, score) by score): the first
    ``limit`` by score, then newest first, then by id, ties with the last
    one shown settled among every row of its score."""
    if len(scored) > limit:
        last = scored[limit - 1][1]
        scored = scored[: bisect_right([score for _, score in scored], last)]
    scores = dict(scored)
    rows = db.execute(
        f"SELECT {COLUMNS}, s.rowid, s.sort_key FROM statements s "
        "WHERE s.rowid IN (SELECT value FROM json_each(?))",
        [json.dumps(list(scores))],
    ).fetchall()
    # SQLite's order: text compares as UTF-8 bytes, as Python compares code points.
    rows.sort(key=lambda row: row[0])  # id
    rows.sort(key=lambda row: row[-1], reverse=True)  # newest first (stable)
    rows.sort(key=lambda row: scores[row[-2]])  # best score first
    return [(*row[:-2], scores[row[-2]]) for row in rows[:limit]]


def _unmatched(
    db: sqlite3.Connection, exclude: str | None, selection: Selection, order: str, limit: int
) -> tuple[list[Row], int]:
    """Every selected statement (less those ``exclude`` finds), newest first
    unless sorted by date: the date index is walked until ``limit``."""
    sql, params = _walked(COLUMNS, exclude, selection, order)
    rows = db.execute(f"{sql} LIMIT ?", [*params, limit]).fetchall()
    if len(rows) < limit:
        return rows, len(rows)
    return rows, count_rows(db, None, exclude, selection)


def _walked(
    columns: str, exclude: str | None, selection: Selection, order: str
) -> tuple[str, list[Any]]:
    """The SQL of ``columns`` (and a NULL score) of every selected statement
    that ``exclude`` (if any) does not find, in ``order`` (newest first for
    relevance: there are no words to rank by)."""
    where, params = selection.per_row()
    if exclude is not None:
        where.append("s.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        params.append(exclude)
    return (
        f"SELECT {columns}, NULL FROM statements s WHERE {' AND '.join(where) or '1'} "
        f"ORDER BY {_ORDERS.get(order, _NEWEST_FIRST)}",
        params,
    )


def _count(db: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
    return int(db.execute(sql, params).fetchone()[0])
