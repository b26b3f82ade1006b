"""Every plan of a quote search gives the answer of a brute-force
evaluation: the same statements, in the same order, with the same count,
for each shape of query (word, phrase, prefix, OR, exclusion, filters
alone and combined, date windows) and for both ways of running a
filtered match (checking each match, or the filtered set gathered once).

The corpus is generated: a few hundred statements with repeated texts (so
that relevance ties run past the rows kept while scoring), dates of day,
month and year precision, rounds, topics, categories, unverified quotes
and accented words."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcpoa_tracker.dates import parse_iso
from jcpoa_tracker.search import plan
from jcpoa_tracker.search.index import EXACT_COLUMNS, STEMMED_COLUMNS, Index, open_index
from jcpoa_tracker.search.quotes import Filters, Sort, Vocabulary, search, speaker_summaries
from jcpoa_tracker.search.stem import stem
from jcpoa_tracker.search.syntax import All, Node, Not, Term, _lex, _Parser
from jcpoa_tracker.search.syntax import Any as AnyOf

WORDS = [
    "sanctions",
    "sanction",
    "enrichment",
    "enriched",
    "verification",
    "talks",
    "relief",
    "deadline",
    "serious",
    "differences",
    "guarantees",
    "inspectors",
    "négociations",
    "sécurité",
]
SPEAKERS = [f"speaker-{n}" for n in range(8)]
PARTIES = ["iran", "us", "e3"]
ROUNDS = [f"r{n}" for n in range(1, 6)]
TOPICS = ["sanctions", "enrichment", "verification", "timeline"]
CATEGORIES = ["warn", "demand", "agree", "reject"]
# Texts said again and again: equal texts score equally, which makes the
# relevance ties that the tie-breaks (newest first, then id) must settle.
REPEATED = ["Sanctions relief talks.", "Serious differences remain on enrichment."]


def _corpus(root: Path, count: int = 700, seed: int = 13) -> None:
    rng = random.Random(seed)
    (root / "actors").mkdir(parents=True)
    for party in PARTIES:
        (root / "actors" / f"{party}.yaml").write_text(
            f"actors:\n  - id: {party}\n    kind: state\n    name: {party.upper()}\n"
            f"    sources:\n      - url: https://example.org/{party}\n",
            encoding="utf-8",
        )
    for n, speaker in enumerate(SPEAKERS):
        (root / "actors" / f"{speaker}.yaml").write_text(
            f"actors:\n  - id: {speaker}\n    kind: person\n    name: Person {n}\n"
            f"    party: {PARTIES[n % len(PARTIES)]}\n"
            f"    sources:\n      - url: https://example.org/{speaker}\n",
            encoding="utf-8",
        )
    track = root / "tracks" / "t"
    track.mkdir(parents=True)
    (track / "track.yaml").write_text(
        "tracks:\n  - id: t\n    title: Talks\n    parties: [iran, us]\n"
        "    sources:\n      - url: https://example.org/t\n",
        encoding="utf-8",
    )
    for number, rid in enumerate(ROUNDS, start=1):
        start = date(2019, 1, 1) + timedelta(days=200 * number)
        (track / f"{rid}.yaml").write_text(
            f"rounds:\n  - id: {rid}\n    track: t\n    number: {number}\n"
            f"    title: Round {number}\n    start: {start}\n    end: {start}\n"
            f"    sources:\n      - url: https://example.org/{rid}\n",
            encoding="utf-8",
        )
    folder = root / "statements"
    folder.mkdir()
    for chunk in range(count // 10):
        lines = ["statements:"]
        for k in range(10):
            n = chunk * 10 + k
            day = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500))
            when = rng.choice([day.isoformat()] * 6 + [day.isoformat()[:7], str(day.year)])
            if rng.random() < 0.25:
                text = rng.choice(REPEATED)
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
                text = text[0].upper() + text[1:] + "."
            lines += [
                f"  - id: q-{n:04d}",
                f"    speaker: {rng.choice(SPEAKERS)}",
                f'    date: "{when}"',
                f'    text: "{text}"',
            ]
            if rng.random() < 0.5:
                lines.append(f"    round: {rng.choice(ROUNDS)}")
            if text in REPEATED:  # the same words in every indexed field: equal scores
                lines.append("    topics: [sanctions]")
            elif rng.random() < 0.8:
                lines.append(f"    topics: [{', '.join(rng.sample(TOPICS, rng.randint(1, 2)))}]")
            if rng.random() < 0.9:
                lines.append(f"    category: {rng.choice(CATEGORIES)}")
            if rng.random() < 0.9:  # unverified wording otherwise
                lines.append("    verified: true")
            lines += ["    sources:", f"      - url: https://example.org/q/{n}"]
        (folder / f"chunk-{chunk:03d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")


@dataclass(frozen=True, slots=True)
class Row:
    rowid: int
    id: str
    speaker: str
    round: str | None
    category: str | None
    verified: bool
    first_day: str
    last_day: str
    sort_key: str
    topics: frozenset[str]
    columns: dict[str, list[str]]  # indexed column -> its words


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Index, list[Row]]]:
    root = tmp_path_factory.mktemp("plans") / "data"
    _corpus(root)
    index = open_index(root, {}, persistent=False)
    db = index.connection
    topics: dict[int, set[str]] = {}
    for statement, topic in db.execute("SELECT statement, topic FROM topics"):
        topics.setdefault(statement, set()).add(topic)
    names = EXACT_COLUMNS + STEMMED_COLUMNS
    texts = {
        rowid: dict(zip(names, (list(text.split()) for text in rest), strict=True))
        for rowid, *rest in db.execute(f"SELECT rowid, {', '.join(names)} FROM fts")
    }
    rows = [
        Row(
            rowid,
            ident,
            speaker,
            rnd,
            category,
            bool(verified),
            first,
            last,
            key,
            frozenset(topics.get(rowid, ())),
            texts[rowid],
        )
        for rowid, ident, speaker, rnd, category, verified, first, last, key in db.execute(
            "SELECT rowid, id, speaker, round, category, verified, first_day, last_day, "
            "sort_key FROM statements"
        )
    ]
    assert len(rows) == 700
    yield index, rows
    index.close()


# -- the brute-force evaluation ---------------------------------------------


def _tokens(text: str) -> list[str]:
    return list("".join(c if c.isalnum() else " " for c in text).split())


def _has(row: Row, term: Term) -> bool:
    columns = STEMMED_COLUMNS if term.stemmed else EXACT_COLUMNS
    wanted = [stem(t) for t in term.tokens] if term.stemmed else list(term.tokens)
    for column in columns:
        found = _tokens(" ".join(row.columns[column]))
        for at in range(len(found) - len(wanted) + 1):
            here = found[at : at + len(wanted)]
            if here[:-1] == wanted[:-1] and (
                here[-1].startswith(wanted[-1]) if term.prefix else here[-1] == wanted[-1]
            ):
                return True
    return False


def _holds(row: Row, node: Node) -> bool:
    if isinstance(node, Term):
        return _has(row, node)
    if isinstance(node, Not):
        return not _holds(row, node.node)
    if isinstance(node, AnyOf):
        return any(_holds(row, child) for child in node.nodes)
    assert isinstance(node, All)
    return all(_holds(row, child) for child in node.nodes)


def _selected(row: Row, filters: Filters) -> bool:
    return (
        (filters.speakers is None or row.speaker in filters.speakers)
        and (filters.rounds is None or row.round in filters.rounds)
        and (not filters.categories or row.category in filters.categories)
        and all(topic in row.topics for topic in filters.topics)
        and (filters.since is None or row.last_day >= filters.since.isoformat())
        and (filters.until is None or row.first_day <= filters.until.isoformat())
        and (filters.as_of is None or row.last_day <= filters.as_of.isoformat())
        and (not filters.verified_only or row.verified)
    )


def expected(
    index: Index, rows: list[Row], typed: str | None, filters: Filters, sort: Sort
) -> list[str]:
    """Every id the search must give, in order, by brute force (relevance
    order from FTS5's own rank over the whole table, the plain query)."""
    node = _Parser(_lex(typed)).expression() if typed else None
    chosen = [r for r in rows if _selected(r, filters) and (node is None or _holds(r, node))]
    newest = sorted(sorted(chosen, key=lambda r: r.id), key=lambda r: r.sort_key, reverse=True)
    if sort is Sort.DATE:
        return [r.id for r in sorted(chosen, key=lambda r: (r.sort_key, r.id))]
    match = _match(typed)
    if sort is Sort.NEWEST or match is None:
        return [r.id for r in newest]
    ranked = index.connection.execute(
        "SELECT s.rowid FROM fts JOIN statements s ON s.rowid = fts.rowid WHERE fts MATCH ? "
        "ORDER BY fts.rank, s.sort_key DESC, s.id",
        (match,),
    ).fetchall()
    wanted = {r.rowid: r.id for r in chosen}
    assert len({rowid for (rowid,) in ranked} & set(wanted)) == len(wanted)
    return [wanted[rowid] for (rowid,) in ranked if rowid in wanted]


def _match(typed: str | None) -> str | None:
    from jcpoa_tracker.search.syntax import parse_query

    return parse_query(typed).match if typed else None


@contextmanager
def planned(few: int, margin: int) -> Iterator[None]:
    with (
        mock.patch.object(plan, "FEW_MATCHES", few),
        mock.patch.object(plan, "MARGIN", margin),
        mock.patch.object(plan, "CHUNK", 7),  # every search without a limit reads many chunks
    ):
        yield


# Both plans of a filtered match (each match checked / the filtered set
# gathered once), and a margin of none (every relevance query settles its
# ties by fetching every row tied with the last shown) or the usual one.
PLANS = [(0, 0), (10**9, 0), (0, plan.MARGIN), (10**9, plan.MARGIN)]


def check(
    corpus: tuple[Index, list[Row]],
    typed: str | None,
    filters: Filters,
    *,
    sort: Sort = Sort.RELEVANCE,
    limit: int = 20,
) -> list[str]:
    index, rows = corpus
    from jcpoa_tracker.search.syntax import parse_query

    want = expected(index, rows, typed, filters, sort)
    vocabulary = Vocabulary.of(index)
    for few, margin in PLANS:
        with planned(few, margin):
            got = search(
                index, vocabulary, parse_query(typed) if typed else None, filters,
                sort=sort, limit=limit,
            )  # fmt: skip
            found = [q.id for q in got.quotes]  # (without a limit, read as iterated)
        assert found == want[: limit or None], (typed, filters, few, margin)
        assert got.total == len(want), (typed, filters, few, margin)
    return want


IRAN = (*tuple(SPEAKERS[0::3]), "iran")

# The shapes of issue 13, each with what it must find (at least this many).
SHAPES: list[tuple[str | None, dict[str, Any], int]] = [
    ("sanctions", {}, 100),  # a common word
    ("sécurité", {}, 20),  # a rarer word, accented
    ("securite", {}, 20),  # ... typed without accents
    ("guarantee", {}, 20),  # by its stem
    ('"serious differences"', {}, 20),  # a phrase
    ("enrich*", {}, 100),  # a prefix
    ("enrich*", {"speakers": ("speaker-3",)}, 5),
    ("enrich*", {"speakers": IRAN}, 20),  # --party
    ("enrich*", {"rounds": ("r2",)}, 5),
    ("enrich*", {"topics": ("enrichment",)}, 20),
    ("enrich*", {"topics": ("enrichment", "sanctions")}, 5),
    ("enrich*", {"since": date(2020, 3, 1), "until": date(2020, 12, 31)}, 5),
    ("enrich*", {"categories": ("warn", "agree"), "verified_only": True}, 20),
    ("relief OR deadline", {}, 100),
    ("sanctions -relief", {}, 20),
    ("-relief", {}, 100),  # exclusion alone
    ("-relief -talks", {"speakers": ("speaker-1",)}, 5),
    (None, {"since": date(2020, 6, 1), "until": date(2020, 7, 31)}, 5),  # a date window
    (None, {"since": date(2020, 6, 1)}, 20),
    (None, {"until": date(2018, 6, 30)}, 20),
    (None, {"as_of": date(2019, 12, 31)}, 20),
    (None, {"speakers": ("speaker-2",)}, 20),  # a speaker alone
    (None, {"topics": ("timeline",), "rounds": ("r1", "r3")}, 5),
    ("nowhere", {}, 0),
    ("sanctions", {"speakers": ("speaker-2",), "since": date(2030, 1, 1)}, 0),
]


@pytest.mark.parametrize(("typed", "chosen", "at_least"), SHAPES)
@pytest.mark.parametrize("sort", list(Sort))
def test_each_shape_gives_the_brute_force_answer(corpus, typed, chosen, at_least, sort):
    want = check(corpus, typed, Filters(**chosen), sort=sort, limit=20)
    check(corpus, typed, Filters(**chosen), sort=sort, limit=0)  # and every one of them
    assert len(want) >= at_least  # the corpus exercises the shape
    if at_least == 0:
        assert want == []


def test_relevance_ties_run_past_the_rows_kept_and_are_settled_like_a_full_sort(corpus):
    index, _ = corpus
    phrase = '"sanctions relief talks"'
    # The repeated texts make dozens of rows with one score: more than the
    # margin, so the best rows kept cannot show where the ties end.
    scores = [
        score
        for (score,) in index.connection.execute(
            "SELECT rank FROM fts WHERE fts MATCH ? ORDER BY rank", (_match(phrase),)
        )
    ]
    assert scores.count(scores[0]) > plan.MARGIN + 20
    seen: list[str] = []
    index.connection.set_trace_callback(seen.append)
    try:
        check(corpus, phrase, Filters(), limit=20)
        check(corpus, phrase, Filters(), limit=scores.count(scores[0]) - 1)
        check(corpus, "relief", Filters(speakers=("speaker-4", "speaker-5")), limit=3)
    finally:
        index.connection.set_trace_callback(None)
    assert any("score <= " in sql for sql in seen)  # every tied row was fetched


def test_year_and_month_dates_meet_windows_by_their_whole_period(corpus):
    _index, rows = corpus
    years = [r for r in rows if len(r.sort_key.split()[0]) == 10 and r.sort_key.split()[1] == "1"]
    assert years, "the corpus has statements dated by year alone"
    year = years[0].first_day[:4]
    # A window at the end of that year finds the statement dated by the year.
    since = date(int(year), 12, 1)
    want = check(corpus, None, Filters(since=since, until=date(int(year), 12, 31)), limit=0)
    assert years[0].id in want


VOCABULARY = st.sampled_from(["sanctions", "relief", "talks", "enrich*", "sanc*", "differences"])
PHRASES = st.sampled_from(['"serious differences"', '"relief talks"', '"sanctions relief"*'])


@st.composite
def queries(draw: st.DrawFn) -> str | None:
    if draw(st.booleans()) and draw(st.booleans()):
        return None
    parts = draw(st.lists(st.one_of(VOCABULARY, PHRASES), min_size=1, max_size=3))
    joiner = draw(st.sampled_from([" ", " OR "]))
    typed = joiner.join(parts)
    if draw(st.booleans()):
        typed += " -" + draw(VOCABULARY)
    return typed


@st.composite
def filter_sets(draw: st.DrawFn) -> Filters:
    speakers = draw(st.none() | st.sets(st.sampled_from(SPEAKERS), min_size=1, max_size=3))
    rounds = draw(st.none() | st.sets(st.sampled_from(ROUNDS), min_size=1, max_size=2))
    days = st.dates(date(2017, 6, 1), date(2025, 6, 1))
    since, until = draw(st.none() | days), draw(st.none() | days)
    return Filters(
        speakers=None if speakers is None else tuple(sorted(speakers)),
        rounds=None if rounds is None else tuple(sorted(rounds)),
        topics=tuple(draw(st.sets(st.sampled_from(TOPICS), max_size=2))),
        categories=tuple(draw(st.sets(st.sampled_from(CATEGORIES), max_size=2))),
        since=since,
        until=until,
        as_of=draw(st.none() | days),
        verified_only=draw(st.booleans()),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    typed=queries(),
    filters=filter_sets(),
    sort=st.sampled_from(list(Sort)),
    limit=st.sampled_from([0, 1, 7, 20]),
)
def test_any_query_and_filters_give_the_brute_force_answer(corpus, typed, filters, sort, limit):
    check(corpus, typed, filters, sort=sort, limit=limit)


@st.composite
def speaker_and_date_filters(draw: st.DrawFn) -> Filters:
    """What ``speakers`` filters by: a party's speakers and dates."""
    speakers = draw(st.none() | st.sets(st.sampled_from(SPEAKERS), min_size=1, max_size=3))
    days = st.none() | st.dates(date(2017, 6, 1), date(2025, 6, 1))
    return Filters(
        speakers=None if speakers is None else tuple(sorted(speakers)),
        since=draw(days),
        until=draw(days),
        as_of=draw(days),
    )


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(filters=speaker_and_date_filters() | filter_sets())
def test_speakers_give_the_brute_force_counts_and_dates(corpus, filters):
    """From the totals by speaker and period, or (other filters) from the
    statements' index: each speaker's count, unverified count and first
    and last dates, as counting the selected statements one by one gives."""
    index, rows = corpus
    written = dict(index.connection.execute("SELECT sort_key, date FROM statements"))
    chosen: dict[str, list[Row]] = {}
    for row in rows:
        if _selected(row, filters):
            chosen.setdefault(row.speaker, []).append(row)
    wanted = {
        speaker: (
            len(said),
            sum(not r.verified for r in said),
            written[min(r.sort_key for r in said)],
            written[max(r.sort_key for r in said)],
        )
        for speaker, said in chosen.items()
    }
    found = speaker_summaries(index, Vocabulary.of(index), filters)
    assert {
        s.id: (s.statements, s.unverified, s.first.isoformat(), s.last.isoformat()) for s in found
    } == {
        speaker: (n, u, parse_iso(a).isoformat(), parse_iso(b).isoformat())
        for speaker, (n, u, a, b) in wanted.items()
    }
    assert [s.statements for s in found] == sorted((s.statements for s in found), reverse=True)


def test_the_english_stemmer_loaded_alone_stems_as_the_package_does():
    import subprocess
    import sys

    from tests.conftest import DATA, REPO

    words = sorted(
        {w.lower() for path in DATA.rglob("*.yaml") for w in _tokens(path.read_text("utf-8"))}
    )
    assert len(words) > 2000
    script = (
        "import sys\n"
        "from jcpoa_tracker.search.stem import _stemmer\n"
        "stem = _stemmer()\n"
        "print('snowballstemmer' in sys.modules)\n"
        "print(' '.join(stem(w) for w in sys.stdin.read().split()))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script],
        input=" ".join(words),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
    ).stdout.splitlines()
    assert shown[0] == "False"  # not the package's 36 languages
    import snowballstemmer

    package = snowballstemmer.stemmer("english")
    assert shown[1].split() == [package.stemWord(w) for w in words]
