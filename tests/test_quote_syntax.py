"""The query language and text folding of quote search."""

from __future__ import annotations

import contextlib
import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker.search.fold import fold, words
from jcpoa_tracker.search.index import EXACT_COLUMNS, STEMMED_COLUMNS
from jcpoa_tracker.search.syntax import QuerySyntaxError, Term, parse_query


def _short(expression: str | None) -> str | None:
    """An FTS5 expression with its column filters written S: (the stemmed
    copy of every field) and E: (the exact copy), to keep the table short."""
    if expression is None:
        return None
    expression = expression.replace("{" + " ".join(STEMMED_COLUMNS) + "} : ", "S:")
    return expression.replace("{" + " ".join(EXACT_COLUMNS) + "} : ", "E:")


@pytest.mark.parametrize(
    ("typed", "match", "exclude"),
    [
        # Plain words search the stemmed copy: "guarantee" finds "guarantees".
        ("guarantees", 'S:"guarante"', None),
        ("guarantee", 'S:"guarante"', None),
        ("guarantees sanctions", '(S:"guarante") AND (S:"sanction")', None),
        # AND is the default, spelled out or not.
        ("guarantees AND sanctions", '(S:"guarante") AND (S:"sanction")', None),
        # Quoted phrases stay exact.
        ('"serious differences"', 'E:"serious differences"', None),
        ('snapback OR "snap back"', '(S:"snapback") OR (E:"snap back")', None),
        ("sanctions -oil", '((S:"sanction")) NOT (S:"oil")', None),
        ("sanctions NOT oil", '((S:"sanction")) NOT (S:"oil")', None),
        ("enrich*", 'E:"enrich"*', None),
        ('"united nat"*', 'E:"united nat"*', None),
        ("(oil OR gas) -sanctions", '(((S:"oil") OR (S:"gas"))) NOT (S:"sanction")', None),
        ("a AND b", '(S:"a") AND (S:"b")', None),
        ("-oil", None, '(S:"oil")'),
        ("-oil -gas", None, '(S:"oil") OR (S:"gas")'),
        # A hyphenated or dotted word is the phrase of its parts, as indexed.
        ("snap-back", 'S:"snap back"', None),
        ("U.S.", 'S:"u s"', None),
        # Lower-case "or" is a word, not the operator.
        ("war or peace", '(S:"war") AND (S:"or") AND (S:"peac")', None),
        ("Café", 'S:"cafe"', None),
        # Persian and Arabic words are folded, never stemmed.
        ("علي", 'S:"علی"', None),
        ("تحریم‌ها", 'S:"تحریمها"', None),
    ],
)
def test_queries_compile_to_quoted_fts5(typed: str, match: str | None, exclude: str | None):
    query = parse_query(typed)
    assert (_short(query.match), _short(query.exclude)) == (match, exclude)


def test_wanted_terms_leave_out_exclusions():
    query = parse_query('"serious differences" enrich* -oil')
    assert query.terms == (
        Term(("serious", "differences"), exact=True),
        Term(("enrich",), prefix=True),
    )


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
    columns = EXACT_COLUMNS + STEMMED_COLUMNS
    connection.execute(
        f"CREATE VIRTUAL TABLE t USING fts5({', '.join(columns)}, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )
    text = fold('Snap-back OR NOT "x" (y) * ^z')
    connection.execute(f"INSERT INTO t VALUES ({', '.join('?' * len(columns))})", (text,) * 12)
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
