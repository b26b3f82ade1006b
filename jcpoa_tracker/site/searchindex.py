"""The offline search index: classic scripts, one per year of statements.

Browsers refuse to fetch JSON from ``file://``, but they run a script
named in a ``<script src>``: so the index is JavaScript calling
``SiteSearch.add(...)``, one file per year so that a large archive loads in
parts.  Each statement carries the six fields the `quotes` index searches
(text, original, occasion, context, topics, speaker names); the page's
script folds and tokenises them as search/fold.py and SQLite's unicode61
tokenizer do, so the same query finds the same statements.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from jcpoa_tracker.model import Confidence, Statement
from jcpoa_tracker.search.rows import sort_key, speaker_words
from jcpoa_tracker.site.data import SiteData, file_name

__all__ = ["index_scripts", "script_call"]


def script_call(function: str, *arguments: object) -> str:
    """``function(arg, ...);`` with each argument as JSON that is also safe
    JavaScript (the two line separators JSON allows are escaped)."""
    body = ",".join(
        json.dumps(a, ensure_ascii=False, separators=(",", ":"), sort_keys=True) for a in arguments
    )
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{function}({body});\n"


class _Stems:
    """The English stem of every word of the searched fields that has one
    other than itself, computed here by the stemmer `quotes` uses (the
    Snowball stemmer has no port in the page's script): the page matches
    plain query words by these stems, as `quotes` does."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}
        self._seen: set[str] = set()

    def add(self, texts: Iterable[str]) -> None:
        from jcpoa_tracker.search.fold import fold
        from jcpoa_tracker.search.stem import stem

        seen, found = self._seen, self.found
        for text in texts:
            for word in _WORD.findall(fold(text)):
                if word not in seen:
                    seen.add(word)
                    stemmed = stem(word)
                    if stemmed != word:
                        found[word] = stemmed


_WORD = re.compile(r"[^\W_]+")


def index_scripts(data: SiteData) -> Iterator[tuple[str, str]]:
    """(path, script) for each ``search/YEAR.js``, then ``search/meta.js``
    (made a year at a time: the meta file lists what the years held)."""
    speakers: dict[str, int] = {}
    table: list[list[str]] = []
    years: list[list[int]] = []
    stems = _Stems()
    for year, said in data.said.years_oldest_first():
        docs = [_doc(statement, data, speakers, table) for statement in said]
        stems.add(str(doc[n]) for doc in docs for n in (5, 7, 8, 9, 10))
        years.append([year, len(docs)])
        yield f"search/{year}.js", script_call("SiteSearch.add", year, docs)
    stems.add(words for _ident, _name, words, _party in table)
    meta = {"years": years, "speakers": table, "stems": stems.found}
    yield "search/meta.js", script_call("SiteSearch.meta", meta)


def _doc(
    statement: Statement, data: SiteData, speakers: dict[str, int], table: list[list[str]]
) -> list[object]:
    """A statement as the page's script searches it; its speaker's row is
    added to ``table`` the first time the speaker is met."""
    ident = statement.speaker
    if ident not in speakers:
        speakers[ident] = len(table)
        actor = data.actors.get(ident)
        words = speaker_words(
            ident, actor.name if actor else None, list(actor.aliases) if actor else []
        )
        table.append([ident, data.name(ident), words, data.name(data.party(ident))])
    original = statement.original
    flags = (0 if statement.verified else 1) | (2 if statement.confidence is Confidence.LOW else 0)
    return [
        statement.id,
        file_name(statement.id),
        sort_key(statement),
        statement.date.human(),
        speakers[ident],
        statement.text,
        original.lang if original else "",
        original.text if original else "",
        str(statement.occasion).replace("-", " ") if statement.occasion else "",
        statement.context or "",
        " ".join(statement.topics),
        flags,
    ]
