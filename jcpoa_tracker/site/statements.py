"""The statements a site shows, read from the store a page at a time.

They are the statements of ``first_of_each_id`` and ``known_on``: the first
of each id in the loader's order (none with the id of an actor, a track or
a round), said by the as-of day.  Each page asks for its own (a year's, a
speaker's, a round's) in the order it lists them, newest first, so a site
of any size is written without holding every statement.  Only data with
errors has statements left out by id; they are few, and are skipped as the
rows go by.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterator
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.search.rows import STATEMENT_COLUMNS, restore_statement

if TYPE_CHECKING:
    from jcpoa_tracker.model import Statement
    from jcpoa_tracker.store import StoredStatements

__all__ = ["SiteStatements"]

# statement_order, reversed: ISO days sort as dates and UTF-8 bytes as code
# points, so SQLite's order is Python's
_NEWEST_FIRST = "sort_key DESC, id DESC"
_OLDEST_FIRST = "sort_key, id"


class SiteStatements:
    """The statements of a site on its as-of day, read from the store's
    connection (in the site's read transaction) as each page asks."""

    def __init__(self, source: StoredStatements, as_of: date, shadowed: Collection[str]) -> None:
        self._source = source
        self._db = source.db
        self._as_of = as_of.isoformat()
        self._hidden = self._left_out(shadowed)
        # what the left-out rows would add to the counts (year, speaker)
        self._hidden_keys = [
            (int(first_day[:4]), speaker)
            for first_day, speaker in self._db.execute(
                "SELECT first_day, speaker FROM statements"
                " WHERE rowid IN (SELECT value FROM json_each(?)) AND last_day <= ?",
                (json.dumps(sorted(self._hidden)), self._as_of),
            )
        ]

    def _left_out(self, shadowed: Collection[str]) -> frozenset[int]:
        """The rows of statements whose id an earlier record has: an actor,
        a track, a round, or a statement earlier in the loader's order."""
        from jcpoa_tracker.store import ordered_files

        db = self._db
        hidden = {
            rowid
            for (rowid,) in db.execute(
                "SELECT rowid FROM statements WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(shadowed)),),
            )
        }
        repeated = db.execute(
            "SELECT rowid, id, file FROM statements WHERE id IN"
            " (SELECT id FROM statements GROUP BY id HAVING count(*) > 1) ORDER BY id, rowid"
        ).fetchall()
        if repeated:
            rank = {rel: n for n, rel in enumerate(ordered_files(self._source.index))}
            for _, rows in groupby(repeated, key=lambda row: row[1]):
                # a file's rows are written in its order, files not in the loader's
                ordered = sorted(rows, key=lambda row: (rank.get(row[2], len(rank)), row[0]))
                hidden.update(row[0] for row in ordered[1:])
        return frozenset(hidden)

    def _select(self, where: str, params: list[Any], order: str) -> Iterator[Statement]:
        rows = self._db.execute(
            f"SELECT rowid, {STATEMENT_COLUMNS} FROM statements WHERE last_day <= ?{where}"
            f" ORDER BY {order}",
            [self._as_of, *params],
        )
        shown = self._source.index.shown_path
        hidden = self._hidden
        for row in rows:
            if row[0] not in hidden:
                yield restore_statement(row[1:], shown(row[2]))

    def _counts(self, column: str) -> Counter[Any]:
        rows = self._db.execute(
            f"SELECT {column}, count(*) FROM statements WHERE last_day <= ? GROUP BY {column}",
            [self._as_of],
        )
        return Counter(dict(rows.fetchall()))

    # -- lists, newest first ------------------------------------------------

    def newest_first(self) -> Iterator[Statement]:
        return self._select("", [], _NEWEST_FIRST)

    def of_year(self, year: int) -> list[Statement]:
        # the sort key starts with the first day, whose year is the date's
        return list(
            self._select(
                " AND sort_key >= ? AND sort_key < ?",
                [f"{year:04d}-", f"{year + 1:04d}-"],
                _NEWEST_FIRST,
            )
        )

    def by_speaker(self, speaker: str) -> list[Statement]:
        return list(self._select(" AND speaker = ?", [speaker], _NEWEST_FIRST))

    def in_round(self, round_id: str) -> list[Statement]:
        return list(self._select(" AND round = ?", [round_id], _NEWEST_FIRST))

    def newest(self) -> Statement | None:
        return next(self.newest_first(), None)

    # -- the whole archive, a statement at a time ---------------------------

    def years_oldest_first(self) -> Iterator[tuple[int, Iterator[Statement]]]:
        """Each year's statements, oldest first (by sort key, then id)."""
        every = self._select("", [], _OLDEST_FIRST)
        return groupby(every, key=lambda statement: statement.date.year)

    def every(self) -> Iterator[Statement]:
        """Every statement, in the store's order."""
        return self._select("", [], "rowid")

    def first_day(self) -> date | None:
        oldest = next(self._select("", [], _OLDEST_FIRST), None)
        return None if oldest is None else oldest.date.first_day

    # -- counts ------------------------------------------------------------

    def year_counts(self) -> list[tuple[int, int]]:
        """(year, statements), the newest year first."""
        counts = Counter(
            {int(year): n for year, n in self._counts("substr(first_day, 1, 4)").items()}
        )
        counts.subtract(year for year, _ in self._hidden_keys)
        return sorted(((y, n) for y, n in counts.items() if n > 0), reverse=True)

    def speaker_counts(self) -> dict[str, int]:
        counts = self._counts("speaker")
        counts.subtract(speaker for _, speaker in self._hidden_keys)
        return {speaker: n for speaker, n in counts.items() if n > 0}
