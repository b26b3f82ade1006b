"""The commonest phrases' kept groups (search/ranked.py) rank as FTS5 does.

A search for one word, "phrase" or prefix* (less any exclusions) is
answered from its groups: the same statements, in the same order, with the same
scores, bit for bit, and the same count as FTS5 ranking every match, for
every limit the heads can answer, through edits that remove, change and
add statements, and when speakers' names change.  The heads are kept
short here (``KEEP`` patched to a few rows) so that edits wear them and
searches reach past them."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcpoa_tracker.search import plan, quotes, ranked
from jcpoa_tracker.search.index import RANK_WEIGHTS, Index, open_index
from jcpoa_tracker.search.plan import Selection, find_rows
from jcpoa_tracker.search.syntax import parse_query
from tests.test_quote_plans import SPEAKERS, WORDS, _corpus

MAKE = ranked.keep  # (the test that no group is made again patches it)
NOTHING = Selection()
# Filters of every kind, from broad to narrow (the corpus's dates run from
# 2018 to 2024).
SELECTIONS = [
    Selection.of(since=date(2020, 1, 1)),
    Selection.of(until=date(2019, 6, 30)),
    Selection.of(as_of=date(2021, 12, 31)),
    Selection.of(topics=["sanctions"]),
    Selection.of(categories=["warn", "agree"], verified_only=True),
    Selection.of(speakers=SPEAKERS[:4]),
    Selection.of(speakers=["speaker-1"], since=date(2019, 1, 1)),
    Selection.of(rounds=["r2"]),
]

QUERIES = [
    "sanctions",
    "enrichment",
    "talks",
    "serious",
    "sécurité",
    '"serious differences"',
    '"sanctions relief talks"',
    "enrich*",
    "sanction*",
    "sanctions -relief",
    "talks -sanctions -enrichment",
    "(serious) -differences",
    '"relief talks" -serious',
    "relief OR deadline",
    "sanctions relief",
    '"serious differences" OR talks',
    "(sanctions OR enrichment) -talks",
    "nowhere",
]


def _phrase(typed: str) -> str:
    found = parse_query(typed).ranked
    assert found is not None
    return found


@contextmanager
def groups_of(keep: int, kept_from: int = 1) -> Iterator[None]:
    """Every searched word kept (found in ``kept_from`` statements or
    more), with heads of ``keep`` rows."""
    with mock.patch.object(ranked, "KEEP", keep), mock.patch.object(ranked, "KEPT_FROM", kept_from):
        yield


def _open(root: Path, cache: Path) -> Index:
    return open_index(root, {"JCPOA_TRACKER_CACHE_DIR": str(cache)})


def _answers(
    index: Index, typed: str, limit: int, selection: Selection = NOTHING
) -> tuple[Any, Any]:
    """(from the groups, from FTS5 ranking every match)."""
    query = parse_query(typed)
    db = index.connection
    fast = find_rows(
        db, query.match, None, selection, order="relevance", limit=limit,
        wanted=quotes._wanted(query), keep=index.keep_ranked,
    )  # fmt: skip
    slow = find_rows(db, query.match, None, selection, order="relevance", limit=limit)
    return fast, slow


def _answered_by_groups(
    index: Index, typed: str, limit: int, selection: Selection = NOTHING
) -> bool:
    query = parse_query(typed)
    assert query.ranked is not None
    wanted = quotes._wanted(query)
    assert wanted is not None
    found = plan._from_groups(index.connection, query.match, wanted, selection, limit, None)
    return found is not None


@pytest.fixture()
def data(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "data"
    _corpus(root, count=300, seed=7)
    # A text over 127 words: its length takes two bytes in FTS5's record.
    long_text = " ".join(WORDS[n % 6] for n in range(300))
    (root / "statements" / "long.yaml").write_text(
        "statements:\n  - id: long-1\n    speaker: speaker-2\n    date: '2021-05-05'\n"
        f"    text: {long_text}.\n    verified: true\n"
        "    sources:\n      - url: https://example.org/long\n",
        "utf-8",
    )
    return root, tmp_path / "cache"


def test_a_query_names_what_it_wants_its_phrases_and_exclusions():
    wanted = ("sanctions", '"serious differences"', "sanction*", "(Sanctions)")
    for one in (*wanted, "relief OR deadline", "sanctions relief", "(relief OR deadline) talks"):
        query = parse_query(one)
        assert query.ranked == query.match
        assert query.ranked_exclusions is None
        assert query.phrases == tuple(term.fts() for term in query.terms)
    excluded = parse_query("sanctions -oil -gas")
    assert excluded.ranked == parse_query("sanctions").match
    assert excluded.ranked_exclusions == (
        f"({parse_query('oil').match}) OR ({parse_query('gas').match})"
    )
    both = parse_query("sanctions relief -oil")
    assert both.ranked == parse_query("sanctions relief").match
    assert both.phrases == parse_query("sanctions relief").phrases
    for nested in ("(sanctions -oil) OR gas", "-oil", "(a -b) c"):
        assert parse_query(nested).ranked is None, nested


def test_the_kept_scores_are_fts5_bm25_bit_for_bit(data):
    """With heads as long as their groups, every statement a search finds
    is kept: its score (from its weighted counts and length) equals the
    one FTS5 gives it, for one phrase and for phrases with AND and OR."""
    root, cache = data
    index = _open(root, cache)
    db = index.connection
    compared = 0
    with groups_of(keep=10**9):
        for typed in sorted({*WORDS, *QUERIES[:-1], "person"}):
            query = parse_query(typed)
            expression = str(query.ranked)
            assert index.keep_ranked(expression, query.phrases)
            hits = db.execute(
                "SELECT hits FROM ranked_phrases WHERE term = ? ORDER BY position", (expression,)
            )
            bm25 = ranked._Bm25.of(db, [hit for (hit,) in hits])
            mine = {
                statement: bm25.score(ranked._counts(key), length)
                for key, length, statement in db.execute(
                    "SELECT counts, len, statement FROM ranked WHERE term = ?", (expression,)
                )
            }
            theirs = dict(
                db.execute(
                    f"SELECT rowid, bm25(fts, {RANK_WEIGHTS}) FROM fts WHERE fts MATCH ?",
                    (expression,),
                )
            )
            assert mine == theirs, typed
            compared += len(mine)
        long_rowid = db.execute("SELECT rowid FROM statements WHERE id = 'long-1'").fetchone()[0]
        assert long_rowid in mine
    assert compared > 1500
    index.close()


@pytest.mark.parametrize("keep", [1, 4, 64])
def test_the_groups_answer_as_fts5_ranks_every_match(data, keep):
    root, cache = data
    index = _open(root, cache)
    with_exclusions = 0
    with groups_of(keep):
        for typed in QUERIES:
            for limit in sorted(n for n in {1, 2, 3, keep, 20} if n <= keep):
                fast, slow = _answers(index, typed, limit)
                assert fast == slow, (typed, limit)
                if typed == "nowhere":
                    continue
                # the groups answered, not FTS5 (which may, when the
                # exclusions take the heads' rows)
                if "-" in typed:
                    with_exclusions += _answered_by_groups(index, typed, limit)
                else:
                    assert _answered_by_groups(index, typed, limit), (typed, limit)
        assert ranked.is_kept(index.connection, _phrase("sanctions"))
        assert ranked.is_kept(index.connection, _phrase("enrich*"))
        assert not ranked.is_kept(index.connection, _phrase("nowhere"))
    assert with_exclusions >= (1 if keep == 1 else 8)
    index.close()


def test_a_word_in_fewer_statements_than_kept_from_is_ranked_by_fts5(data):
    root, cache = data
    index = _open(root, cache)
    db = index.connection
    hits = db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (parse_query("talks").match,))
    count = int(hits.fetchone()[0])
    with groups_of(keep=8, kept_from=count + 1):
        fast, slow = _answers(index, "talks", 5)
        assert fast == slow
        assert not ranked.is_kept(db, _phrase("talks"))
    with groups_of(keep=8, kept_from=count):
        fast, slow = _answers(index, "talks", 5)
        assert fast == slow
        assert ranked.is_kept(db, _phrase("talks"))
    index.close()


def test_a_store_that_cannot_be_written_ranks_with_fts5(data):
    root, cache = data
    index = _open(root, cache)
    with (
        groups_of(keep=8),
        mock.patch.object(Index, "_write", side_effect=sqlite3.OperationalError("read-only")),
    ):
        fast, slow = _answers(index, "sanctions", 5)
    assert fast == slow
    assert not ranked.is_kept(index.connection, _phrase("sanctions"))
    index.close()
    memory = open_index(root, {}, persistent=False)
    with groups_of(keep=8):
        # a store for one run: not worth it
        assert not memory.keep_ranked(_phrase("sanctions"), parse_query("sanctions").phrases)
    memory.close()


def _statements(rng: random.Random, first: int, count: int) -> str:
    lines = ["statements:"]
    for n in range(first, first + count):
        text = " ".join(rng.choice(WORDS[:8]) for _ in range(rng.randint(1, 6)))
        lines += [
            f"  - id: e-{n:05d}",
            f"    speaker: {rng.choice(SPEAKERS)}",
            f'    date: "20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"',
            f'    text: "{text.capitalize()}."',
            "    verified: true",
            "    sources:",
            f"      - url: https://example.org/e/{n}",
        ]
    return "\n".join(lines) + "\n"


def _edit(root: Path, rng: random.Random, step: int) -> None:
    """Rewrite, remove or add statement files."""
    files = sorted((root / "statements").glob("*.yaml"))
    action = rng.choice(["rewrite", "rewrite", "remove", "add"])
    if action == "remove" and len(files) > 3:
        rng.choice(files).unlink()
    elif action == "rewrite" and files:
        path = rng.choice(files)
        path.write_text(_statements(rng, 10_000 + step * 100, rng.randint(1, 12)), "utf-8")
    else:
        path = root / "statements" / f"new-{step:03d}.yaml"
        path.write_text(_statements(rng, 50_000 + step * 100, rng.randint(1, 12)), "utf-8")


def _check_heads(index: Index) -> None:
    """Each kept group's size is its true size, its head the start of its
    true order, and each phrase's count of statements true (the groups
    made again, whole)."""
    db = index.connection
    for (expression,) in db.execute("SELECT term FROM ranked_terms").fetchall():
        phrases = [p for (p,) in db.execute(_PHRASES, (expression,))]
        if not phrases:
            continue  # (too many groups: none kept)
        stored = {
            key: (size, kept)
            for key, size, kept in db.execute(
                "SELECT counts, size, kept FROM ranked_groups WHERE term = ?", (expression,)
            )
        }
        hits = db.execute(_HITS, (expression,)).fetchall()
        heads = _rows(db, expression)
        db.execute("SAVEPOINT whole")
        with mock.patch.object(ranked, "KEEP", 10**9):
            MAKE(db, expression, phrases)
        whole = _rows(db, expression)
        true_sizes = dict(
            db.execute(
                "SELECT counts, size FROM ranked_groups WHERE term = ?", (expression,)
            ).fetchall()
        )
        true_hits = db.execute(_HITS, (expression,)).fetchall()
        db.execute("ROLLBACK TO whole")
        db.execute("RELEASE whole")
        assert {key: size for key, (size, _) in stored.items()} == true_sizes, expression
        assert hits == true_hits, expression
        for key, (_, kept) in stored.items():
            assert heads.get(key, []) == whole[key][:kept], (expression, key)
            assert len(heads.get(key, [])) == kept <= ranked.KEEP


_PHRASES = "SELECT phrase FROM ranked_phrases WHERE term = ? ORDER BY position"
_HITS = "SELECT phrase, hits FROM ranked_phrases WHERE term = ? ORDER BY position"


def _rows(db: sqlite3.Connection, expression: str) -> dict[str, list[tuple[Any, ...]]]:
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for row in db.execute(
        "SELECT counts, len, sort_key, id, statement FROM ranked WHERE term = ? "
        f"ORDER BY counts, {ranked._HEAD_ORDER}",
        (expression,),
    ):
        groups.setdefault(row[0], []).append(row)
    return groups


@pytest.mark.parametrize("keep", [2, 16, 64])
def test_filtered_searches_from_the_groups_answer_as_fts5_does(data, keep):
    """The heads' statements that the filters keep (and the exclusions do
    not take), if they are enough; FTS5 otherwise."""
    root, cache = data
    index = _open(root, cache)
    answered = 0
    with groups_of(keep):
        for selection in SELECTIONS:
            for typed in ("sanctions", "enrich*", '"serious differences"', "talks -relief",
                          "relief OR deadline", "sanctions relief"):  # fmt: skip
                for limit in sorted({1, 3, keep}):
                    fast, slow = _answers(index, typed, limit, selection)
                    assert fast == slow, (typed, limit, selection)
                    answered += _answered_by_groups(index, typed, limit, selection)
    assert answered >= (20 if keep == 64 else 8)  # (the narrow filters exhaust the heads)
    index.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10**6), keep=st.sampled_from([1, 2, 5]), steps=st.integers(1, 6))
def test_edits_keep_every_head_the_start_of_its_group(tmp_path_factory, seed, keep, steps):
    rng = random.Random(seed)
    root = tmp_path_factory.mktemp("edits") / "data"
    _corpus(root, count=120, seed=seed)
    cache = root.parent / "cache"
    with groups_of(keep):
        index = _open(root, cache)
        for typed in QUERIES:  # every word kept
            _answers(index, typed, 1)
        index.close()
        for step in range(steps):
            _edit(root, rng, step)
            index = _open(root, cache)  # refreshed: the edits' rows removed and added
            _check_heads(index)
            for typed in QUERIES:
                for limit in sorted({1, keep}):
                    fast, slow = _answers(index, typed, limit)
                    assert fast == slow, (typed, limit, step)
            for selection in SELECTIONS[:4]:
                fast, slow = _answers(index, "sanctions", keep, selection)
                assert fast == slow, (selection, step)
            _check_heads(index)  # (and after any groups made again)
            index.close()


def test_an_edit_updates_the_groups_without_making_them_again(data):
    """A statement added at the head of a group joins it, one removed leaves
    it, and the answer follows, with no group made again."""
    root, cache = data
    with groups_of(keep=3):
        index = _open(root, cache)
        _answers(index, "sanctions", 3)
        index.close()
        (root / "statements" / "short.yaml").write_text(
            "statements:\n  - id: short-1\n    speaker: speaker-1\n    date: '2030-01-01'\n"
            "    text: Sanctions sanctions sanctions.\n    verified: true\n"
            "    topics: [sanctions]\n"
            "    sources:\n      - url: https://example.org/short\n",
            "utf-8",
        )
        with mock.patch.object(ranked, "keep", side_effect=AssertionError("made again")):
            index = _open(root, cache)
            fast, slow = _answers(index, "sanctions", 3)
            assert fast == slow
            assert "short-1" in [row[0] for row in fast[0]]  # among the best now
            _check_heads(index)
            index.close()
            (root / "statements" / "short.yaml").unlink()
            index = _open(root, cache)
            fast, slow = _answers(index, "sanctions", 3)
            assert fast == slow
            assert "short-1" not in [row[0] for row in fast[0]]
            _check_heads(index)
            index.close()


def test_renamed_speakers_drop_every_group(data):
    """Speakers' names are indexed words: renaming one rewrites many
    statements at once, so the groups are dropped and made again."""
    root, cache = data
    with groups_of(keep=4):
        index = _open(root, cache)
        _answers(index, "person", 4)  # a word of every speaker's name
        assert ranked.is_kept(index.connection, _phrase("person"))
        index.close()
        actor = root / "actors" / f"{SPEAKERS[0]}.yaml"
        actor.write_text(actor.read_text("utf-8").replace("Person 0", "Persona Person Zero"))
        index = _open(root, cache)
        assert not index.connection.execute("SELECT 1 FROM ranked_terms").fetchall()
        fast, slow = _answers(index, "person", 4)
        assert fast == slow
        _check_heads(index)
        index.close()


def test_the_plan_tries_the_groups_only_for_what_they_can_answer(data):
    """Sorted by date, or asking for more than a head holds (or for all): FTS5."""
    root, cache = data
    index = _open(root, cache)
    db = index.connection
    query = parse_query("sanctions")
    with groups_of(keep=4), mock.patch.object(ranked, "best", side_effect=AssertionError):
        for order, limit, selection in (
            ("date", 3, Selection()),
            ("relevance", 5, Selection()),
            ("relevance", 0, Selection()),
            ("-date", 3, Selection.of(speakers=["speaker-1"])),
        ):
            find_rows(
                db, query.match, None, selection, order=order, limit=limit,
                wanted=quotes._wanted(query), keep=index.keep_ranked,
            )  # fmt: skip
    assert plan.ranked is ranked
    index.close()


def _entry(freq: float, length: int, sort_key: str, ident: str) -> Any:
    return ranked._Entry(freq, length, sort_key, ident, int(ident))


def test_a_group_read_in_part_is_enough_only_when_its_unread_rows_cannot_come_first():
    """Unread rows are as long as the last read, or longer.  With a score
    that a longer row may share (rounding), the last shown must score
    better than the last read, or a length one more must score worse."""

    class Tied:  # a score that does not change with the length
        @staticmethod
        def score(freq: float, length: int) -> float:
            return -freq

    class Graded:
        @staticmethod
        def score(freq: float, length: int) -> float:
            return -freq / length

    tied: Any = Tied()
    graded: Any = Graded()

    groups = [(10.0, 5)]  # five rows, three read
    read = [_entry(10.0, n, "2020", str(n)) for n in (1, 2, 3)]
    shown = ranked._in_order(read, graded)[:2]
    assert ranked._unsafe(groups, read, shown, 2, graded) == []  # unread rows score worse
    shown = ranked._in_order(read, tied)[:2]
    # tied: an unread, longer row could be newer, so come first
    assert ranked._unsafe(groups, read, shown, 2, tied) == [10.0]
    # the last read shown: the next is longer, so scores worse...
    assert ranked._unsafe(groups, read, read, 3, graded) == []
    # ... unless a longer one may score the same; or none is unread
    assert ranked._unsafe(groups, read, ranked._in_order(read, tied), 3, tied) == [10.0]
    assert ranked._unsafe([(10.0, 3)], read, ranked._in_order(read, tied), 3, tied) == []
    # fewer shown than asked: every group read in part
    assert ranked._unsafe([*groups, (5.0, 9)], read, shown[:1], 2, graded) == [10.0, 5.0]


def test_a_refresh_of_many_files_drops_the_groups(data):
    """Keeping the groups true file by file costs more, past a checkout's
    worth of files, than making them again when searched."""
    from jcpoa_tracker.search import index as index_module

    root, cache = data
    with groups_of(keep=4):
        index = _open(root, cache)
        _answers(index, "sanctions", 4)
        index.close()
        rng = random.Random(3)
        for step in range(2):
            _edit(root, rng, step)
        with mock.patch.object(index_module, "PARALLEL_FROM", 2):
            index = _open(root, cache)
        assert not ranked.is_kept(index.connection, _phrase("sanctions"))
        fast, slow = _answers(index, "sanctions", 4)
        assert fast == slow
        assert ranked.is_kept(index.connection, _phrase("sanctions"))  # made again
        _check_heads(index)
        index.close()


def test_a_count_not_read_back_leaves_the_phrase_to_fts5(data):
    """Were a score not to give back a whole count (other weights, another
    bm25), the phrase gets no groups, or loses them, and FTS5 ranks it."""
    root, cache = data
    uncounted = mock.patch.object(
        ranked._Bm25, "count", side_effect=ranked.Uncounted("not a whole count")
    )
    with groups_of(keep=4):
        index = _open(root, cache)
        with uncounted:
            fast, slow = _answers(index, "sanctions", 4)
        assert fast == slow
        assert not ranked.is_kept(index.connection, _phrase("sanctions"))
        _answers(index, "sanctions", 4)
        _answers(index, "enrichment", 4)
        assert ranked.is_kept(index.connection, _phrase("sanctions"))
        index.close()
        (root / "statements" / "chunk-000.yaml").write_text(
            _statements(random.Random(1), 90_000, 5), "utf-8"
        )
        with uncounted:
            index = _open(root, cache)
        assert not ranked.is_kept(index.connection, _phrase("sanctions"))
        assert not ranked.is_kept(index.connection, _phrase("enrichment"))
        for typed in ("sanctions", "enrichment"):
            fast, slow = _answers(index, typed, 4)
            assert fast == slow
        index.close()


def test_groups_made_by_another_process_are_not_made_again(data):
    root, cache = data
    with groups_of(keep=4):
        first = _open(root, cache)
        second = _open(root, cache)
        phrase, phrases = _phrase("sanctions"), parse_query("sanctions").phrases
        assert first.keep_ranked(phrase, phrases)
        with mock.patch.object(ranked, "keep", side_effect=AssertionError("made again")):
            assert second.keep_ranked(phrase, phrases)  # kept since it last looked
        first.close()
        second.close()


def test_a_search_of_several_phrases_scored_otherwise_is_left_to_fts5(data):
    """Each statement's score for the whole search is checked when its
    groups are made: were the sum worked out otherwise than FTS5 does, the
    search would get no groups."""
    root, cache = data
    real = ranked._Bm25.score

    def off(self: Any, counts: Any, length: int) -> float:
        return real(self, counts, length) + (1e-9 if len(counts) > 1 else 0.0)

    index = _open(root, cache)
    with groups_of(keep=4), mock.patch.object(ranked._Bm25, "score", off):
        query = parse_query("relief OR deadline")
        assert not index.keep_ranked(str(query.ranked), query.phrases)
        assert not ranked.is_kept(index.connection, str(query.ranked))
        fast, slow = _answers(index, "relief OR deadline", 4)
        assert fast == slow
    index.close()


def test_a_group_none_of_whose_rows_was_read_is_safe_only_if_it_cannot_do_better():
    class Shorter:
        @staticmethod
        def score(freq: float, length: int) -> float:
            return -freq / (length + 1)

    scorer: Any = Shorter()
    read = [_entry(10.0, n, "2020", str(n)) for n in (1, 2, 3)]
    shown = ranked._in_order(read, scorer)[:2]  # the last shown scores -10/3
    # a group of count 1 scores -1 at best: left unread; one of 40 could do better
    assert ranked._unsafe([(10.0, 3), (1.0, 9), (40.0, 9)], read, shown, 2, scorer) == [40.0]


def test_the_store_keeps_the_latest_searches_groups_and_drops_the_oldest(data):
    """Every kept search costs each edit its upkeep: at most MOST_SEARCHES
    are kept, the one made longest ago dropped first, and a dropped search
    is made again when searched, answering as FTS5 does."""
    root, cache = data
    searches = ["sanctions", "talks", "enrichment", "serious"]
    with groups_of(keep=4), mock.patch.object(ranked, "MOST_SEARCHES", 3):
        index = _open(root, cache)
        db = index.connection
        for typed in searches:
            fast, slow = _answers(index, typed, 4)
            assert fast == slow
        kept = {term for (term,) in db.execute("SELECT term FROM ranked_terms")}
        assert kept == {_phrase(typed) for typed in searches[1:]}
        for table in ("ranked", "ranked_groups", "ranked_phrases"):
            terms = {term for (term,) in db.execute(f"SELECT DISTINCT term FROM {table}")}
            assert terms == kept, table  # nothing of the dropped search is left
        _check_heads(index)
        # Searched again, the first is made again and the next oldest goes.
        fast, slow = _answers(index, searches[0], 4)
        assert fast == slow
        kept = {term for (term,) in db.execute("SELECT term FROM ranked_terms")}
        assert kept == {_phrase(typed) for typed in (*searches[2:], searches[0])}
        index.close()


def test_a_search_in_more_groups_than_most_groups_is_left_to_fts5(data):
    """A search whose statements fall in more than MOST_GROUPS groups is
    remembered with none (not counted again) and ranked by FTS5; an edit
    that gives a kept search one group more than that drops its groups."""
    root, cache = data
    typed = "sanctions OR talks"
    phrase = _phrase(typed)
    with groups_of(keep=4):
        index = _open(root, cache)
        db = index.connection
        _answers(index, typed, 4)
        count = "SELECT count(*) FROM ranked_groups WHERE term = ?"
        groups = db.execute(count, (phrase,)).fetchone()[0]
        assert groups > 2
        ranked.forget_all(db)
        with mock.patch.object(ranked, "MOST_GROUPS", groups - 1):
            fast, slow = _answers(index, typed, 4)
            assert fast == slow
            assert ranked.is_kept(db, phrase) and ranked.hits(db, phrase) is None
            with mock.patch.object(ranked, "keep", side_effect=AssertionError("counted again")):
                assert _answers(index, typed, 4) == (fast, slow)
        ranked.forget_all(db)
        with mock.patch.object(ranked, "MOST_GROUPS", groups):
            assert _answers(index, typed, 4)[0] == slow
            assert ranked.hits(db, phrase) is not None  # kept, with as many as allowed
            index.close()
            (root / "statements" / "odd.yaml").write_text(
                "statements:\n  - id: odd-1\n    speaker: speaker-1\n    date: '2030-01-01'\n"
                "    text: Sanctions talks talks talks talks talks talks talks sanctions.\n"
                "    verified: true\n    topics: [talks]\n"
                "    sources:\n      - url: https://example.org/odd\n",
                "utf-8",
            )
            index = _open(root, cache)
            assert not ranked.is_kept(index.connection, phrase)  # one group too many
            fast, slow = _answers(index, typed, 4)
            assert fast == slow and "odd-1" in [row[0] for row in fast[0]]
            index.close()
