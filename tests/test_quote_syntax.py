"""The query language and text folding of quote search."""

from __future__ import annotations

import contextlib
import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker.search.fold import fold, words
from jcpoa_tracker.search.syntax import QuerySyntaxError, Term, parse_query


@pytest.mark.parametrize(
    ("typed", "match", "exclude"),
    [
        ("guarantees", '"guarantees"', None),
        ("guarantees sanctions", '("guarantees") AND ("sanctions")', None),
        ('"serious differences"', '"serious differences"', None),
        ('snapback OR "snap back"', '("snapback") OR ("snap back")', None),
        ("sanctions -oil", '(("sanctions")) NOT ("oil")', None),
        ("sanctions NOT oil", '(("sanctions")) NOT ("oil")', None),
        ("enrich*", '"enrich"*', None),
        ('"united nat"*', '"united nat"*', None),
        ("(oil OR gas) -sanctions", '((("oil") OR ("gas"))) NOT ("sanctions")', None),
        ("a AND b", '("a") AND ("b")', None),
        ("-oil", None, '("oil")'),
        ("-oil -gas", None, '("oil") OR ("gas")'),
        # A hyphenated or dotted word is the phrase of its parts, as indexed.
        ("snap-back", '"snap back"', None),
        ("U.S.", '"u s"', None),
        # Lower-case "or" is a word, not the operator.
        ("war or peace", '("war") AND ("or") AND ("peace")', None),
        ("Café", '"cafe"', None),
        ("علي", '"علی"', None),
    ],
)
def test_queries_compile_to_quoted_fts5(typed: str, match: str | None, exclude: str | None):
    query = parse_query(typed)
    assert (query.match, query.exclude) == (match, exclude)


def test_wanted_terms_leave_out_exclusions():
    query = parse_query('"serious differences" enrich* -oil')
    assert query.terms == (Term(("serious", "differences")), Term(("enrich",), prefix=True))


@pytest.mark.parametrize(
    ("typed", "complaint"),
    [
        ("", "nothing to search for"),
        ("!!! ???", "nothing to search for"),
        ('"abc', "unterminated phrase"),
        ('""', "has no words"),
        ("(a", "unbalanced '('"),
        ("a)", "unbalanced ')'"),
        ("()", "empty parentheses"),
        ("OR a", "OR needs a word on each side"),
        ("a OR", "OR needs a word on each side"),
        ("a OR OR b", "OR needs a word on each side"),
        ("*", "'*' alone"),
        ("en*rich", "'*' can only end a word"),
        ("a NOT", "must be followed by the word to exclude"),
        ("a OR -b", "an exclusion needs a word to exclude from"),
        ("x (-a -b)", "a group made only of exclusions"),
    ],
)
def test_bad_queries_say_what_is_wrong(typed: str, complaint: str):
    with pytest.raises(QuerySyntaxError, match=re.escape(complaint)):
        parse_query(typed)


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 0')"
    )
    connection.execute("INSERT INTO t VALUES (?)", (fold('Snap-back OR NOT "x" (y) * ^z'),))
    return connection


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab "()*-^:+OR NAD\u064a\u00e9\t'), max_size=30))
def test_any_input_is_a_valid_fts5_expression_or_a_syntax_error(fts, typed):
    """Whatever a person types, SQLite never sees its own syntax from us:
    the query is rejected with a message, or runs without an SQLite error."""
    try:
        query = parse_query(typed)
    except QuerySyntaxError as error:
        assert str(error)
        return
    for expression in (query.match, query.exclude):
        if expression is not None:
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


@given(st.text(max_size=40))
def test_arbitrary_unicode_never_crashes_the_parser(typed):
    with contextlib.suppress(QuerySyntaxError):  # any other exception fails the test
        parse_query(typed)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Café", "cafe"),
        ("ARAGHCHI", "araghchi"),
        ("Ziyā", "ziya"),
        ("Straße", "strasse"),
        ("علي", "علی"),  # Arabic yeh and Persian yeh
        ("كتاب", "کتاب"),  # Arabic kaf and keheh
        ("مُحَمَّد", "محمد"),  # harakat
        ("آمریکا", "امریکا"),  # alef with madda
        ("می‌خواهیم", "میخواهیم"),  # zero-width non-joiner
        ("ايران", "ایران"),
        ("۲۰۲۱", "2021"),  # Persian digits
        ("٢٠٢١", "2021"),  # Arabic-Indic digits
        ("تـــهران", "تهران"),  # tatweel
    ],
)
def test_spellings_typed_either_way_fold_alike(one: str, other: str):
    assert fold(one) == fold(other)


@given(st.text(max_size=60))
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=60))
def test_ascii_folds_to_lower_case(text):
    assert fold(text) == text.lower()


@given(st.text(max_size=60))
def test_word_spans_point_into_the_original_text(text):
    for start, end, word in words(text):
        assert fold(text[start:end]) == word
        assert word
