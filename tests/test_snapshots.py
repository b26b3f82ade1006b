"""A search reads one snapshot of the store: what another run writes while
it reads (the file watcher, a report run after an edit) changes none of
its rows.  A stream of every quote reads chunk after chunk, for minutes at
a million statements; an answer from the kept groups reads the groups,
then their rows.  Here a second connection, as another process would,
brings the store up to date after files were deleted, between two of
those reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from jcpoa_tracker.search import plan, quotes, ranked
from jcpoa_tracker.search.index import Index, open_index
from jcpoa_tracker.search.plan import Selection, each_row, find_rows
from jcpoa_tracker.search.syntax import parse_query
from tests.test_quote_plans import _corpus

NOTHING = Selection()
FILE = 8  # a result row's column: its statement's file


@pytest.fixture()
def data(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "data"
    _corpus(root, count=300, seed=7)
    return root, tmp_path / "cache"


def _open(root: Path, cache: Path) -> Index:
    return open_index(root, {"JCPOA_TRACKER_CACHE_DIR": str(cache)})


def _another_run_removes(root: Path, cache: Path, rows: list[Any]) -> Callable[[], None]:
    """Delete the files of ``rows`` and bring the store up to date from a
    connection of its own, as another run would."""

    def write() -> None:
        for relative in {row[FILE] for row in rows}:
            (root / relative).unlink()
        other = _open(root, cache)
        assert other.removed  # (the store did change)
        other.close()

    return write


@pytest.mark.parametrize(
    ("typed", "order", "selection"),
    [
        (None, "date", NOTHING),
        (None, "-date", Selection.of(since=date(2019, 1, 1))),
        ("sanctions", "date", NOTHING),
        ("sanctions", "relevance", NOTHING),
        ("sanctions", "relevance", Selection.of(until=date(2023, 12, 31))),
        ("sanctions OR talks", "-date", NOTHING),
    ],
)
def test_a_stream_gives_the_rows_of_the_store_it_started_from(data, typed, order, selection):
    root, cache = data
    match = None if typed is None else parse_query(typed).match
    index = _open(root, cache)
    db = index.connection
    with mock.patch.object(plan, "CHUNK", 7):  # the last rows come in a later chunk
        before = list(each_row(db, match, None, selection, order=order))
        assert len(before) > 30
        rows = each_row(db, match, None, selection, order=order)
        first = next(rows)
        _another_run_removes(root, cache, before[-3:])()
        rest = list(rows)
        assert [first, *rest] == before
        # the next stream reads the store as written
        gone = {row[FILE] for row in before[-3:]}
        after = [row[0] for row in each_row(db, match, None, selection, order=order)]
    kept = [row[0] for row in before if row[FILE] not in gone]
    if order == "relevance":  # (the scores change with the statements counted)
        assert sorted(after) == sorted(kept)
    else:
        assert after == kept
    index.close()


def test_an_answer_from_the_groups_reads_them_and_their_rows_as_of_one_moment(data):
    root, cache = data
    query = parse_query("sanctions")
    wanted = quotes._wanted(query)
    with mock.patch.multiple(ranked, KEEP=4, KEPT_FROM=1):  # every word kept
        index = _open(root, cache)
        db = index.connection

        def search() -> tuple[list[Any], int]:
            return find_rows(
                db, query.match, None, NOTHING, order="relevance", limit=4,
                wanted=wanted, keep=index.keep_ranked,
            )  # fmt: skip

        before = search()  # (the groups made)
        assert len(before[0]) == 4
        write = _another_run_removes(root, cache, before[0])
        head_rows = ranked._head_rows

        def written_meanwhile(*args: Any) -> Any:
            found = head_rows(*args)
            if write in pending:
                pending.remove(write)
                write()  # after the groups were read, before their rows are
            return found

        pending = [write]
        with mock.patch.object(ranked, "_head_rows", written_meanwhile):
            during = search()
        assert not pending  # (the groups were read)
        assert during == before
        after = search()
        assert not {row[0] for row in before[0]} & {row[0] for row in after[0]}
        assert after[1] < before[1]
        index.close()
