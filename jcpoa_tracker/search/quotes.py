"""Quote lookup over the index: names resolved to ids, filters and the
query turned into one SQL statement, results as plain ``Quote`` records.

Nothing here prints: a lookup that finds nothing raises ``NoMatch`` with
suggestions, which the CLI shows.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.dates import FuzzyDate, parse_iso
from jcpoa_tracker.model import Confidence, Original, Role, Source, SourceTier, role_held
from jcpoa_tracker.search.fold import fold, words
from jcpoa_tracker.search.index import EXACT_COLUMNS, Index, stored_config
from jcpoa_tracker.search.plan import (
    COLUMNS,
    Selection,
    Wanted,
    count_rows,
    date_conditions,
    each_row,
    find_rows,
)
from jcpoa_tracker.search.rows import read_document
from jcpoa_tracker.search.stem import stem
from jcpoa_tracker.search.syntax import Query, Term

if TYPE_CHECKING:
    import sqlite3

    from jcpoa_tracker.report.about import About

__all__ = [
    "Filters",
    "NoMatch",
    "Quote",
    "QuoteStream",
    "SearchResult",
    "Sort",
    "SpeakerInfo",
    "SpeakerSummary",
    "Vocabulary",
    "find_quote",
    "highlights",
    "search",
    "speaker_summaries",
]


class Sort(StrEnum):
    RELEVANCE = "relevance"
    DATE = "date"
    NEWEST = "-date"


class NoMatch(Exception):
    """Nothing matched; ``suggestions`` are things the user may have meant."""

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = list(suggestions)


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A speaker's names, party and roles, from the index."""

    id: str
    name: str
    kind: str
    party: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement as a search result shows it, with its citation."""

    id: str
    speaker: str
    speaker_name: str
    party: str | None
    party_name: str | None
    role: str | None  # the role given by the statement, or the one held that day
    on_behalf_of: str | None  # the name of the group or party spoken for
    date: FuzzyDate
    text: str
    original: Original | None
    occasion: str | None
    context: str | None
    round: str | None
    round_title: str | None
    track: str | None
    track_title: str | None
    topics: tuple[str, ...]
    category: str | None
    tone: int | None
    verified: bool
    confidence: Confidence
    confidence_note: str | None
    date_note: str | None
    note: str | None
    sources: tuple[Source, ...]
    path: str
    line: int
    column: int
    score: float | None = None

    @property
    def flags(self) -> list[str]:
        """What a reader must know before quoting it."""
        marks = []
        if not self.verified:
            marks.append("unverified wording")
        if self.confidence is Confidence.LOW:
            marks.append("low confidence")
        return marks


@dataclass(frozen=True, slots=True)
class Filters:
    """What a quote search keeps, besides its words."""

    speakers: tuple[str, ...] | None = None  # actor ids; None: anyone
    rounds: tuple[str, ...] | None = None
    topics: tuple[str, ...] = ()  # every one must be present
    categories: tuple[str, ...] = ()  # any of them
    since: date | None = None
    until: date | None = None
    as_of: date | None = None
    verified_only: bool = False
    ids: frozenset[str] | None = None  # only these statements (a caller's, not a user's)

    def described(self) -> bool:
        return (
            self.speakers is not None
            or self.rounds is not None
            or bool(self.topics or self.categories)
            or self.since is not None
            or self.until is not None
            or self.verified_only
        )


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A quote search's results and how many there are in all."""

    quotes: Collection[Quote]  # a list, or a QuoteStream when there is no limit
    total: int  # matches before --limit
    terms: tuple[Term, ...] = ()
    query: str = ""
    sort: Sort = Sort.RELEVANCE
    about: About | None = None  # what the search rests on (set by the caller)


_ACTORS = "SELECT id, kind, name, party, aliases, roles FROM actors"


def _speaker_info(row: Sequence[Any]) -> SpeakerInfo:
    ident, kind, name, party, aliases, roles = row
    return SpeakerInfo(
        ident,
        name,
        kind,
        party,
        tuple(json.loads(aliases)),
        tuple(
            Role(title, _date(start), _date(end), note)
            for title, start, end, note in json.loads(roles)
        ),
    )


@dataclass(slots=True)
class Vocabulary:
    """The names behind the ids, read once per command from the index:
    every speaker when a typed name is to be resolved, else only those a
    result shows (a large archive has hundreds of actors; a result names a
    few)."""

    rounds: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # id -> track, title
    tracks: dict[str, str | None] = field(default_factory=dict)  # id -> title
    tiers: dict[str, SourceTier] = field(default_factory=dict)  # domain -> source tier
    source: sqlite3.Connection | None = None  # the index the speakers are read from
    every_speaker: dict[str, SpeakerInfo] | None = None  # once all are read
    looked_up: dict[str, SpeakerInfo | None] = field(default_factory=dict)

    @classmethod
    def of(cls, index: Index) -> Vocabulary:
        from jcpoa_tracker.sources import dataset_tiers

        db = index.connection
        vocabulary = cls(tiers=dataset_tiers(stored_config(index)) or {}, source=db)
        for ident, track, title in db.execute("SELECT id, track, title FROM rounds"):
            vocabulary.rounds.setdefault(ident, (track, title))
        for ident, title in db.execute("SELECT id, title FROM tracks"):
            vocabulary.tracks.setdefault(ident, title)
        return vocabulary

    @property
    def speakers(self) -> dict[str, SpeakerInfo]:
        """Every speaker by id (the first of an id given twice, in file order)."""
        if self.every_speaker is None:
            found: dict[str, SpeakerInfo] = {}
            if self.source is not None:
                for row in self.source.execute(_ACTORS + " ORDER BY file, rowid"):
                    if row[0] not in found:
                        found[row[0]] = _speaker_info(row)
            self.every_speaker = found
        return self.every_speaker

    def speaker(self, ident: str) -> SpeakerInfo | None:
        """One speaker, as ``speakers`` has it, without reading the others."""
        if self.every_speaker is not None:
            return self.every_speaker.get(ident)
        if ident not in self.looked_up:
            row = None
            if self.source is not None:
                row = self.source.execute(
                    _ACTORS + " WHERE id = ? ORDER BY file, rowid LIMIT 1", (ident,)
                ).fetchone()
            self.looked_up[ident] = None if row is None else _speaker_info(row)
        return self.looked_up[ident]

    def graded_source(
        self,
        url: str,
        outlet: str | None,
        title: str | None,
        published: str | None,
        accessed: str | None,
        note: str | None,
        tier: str | None,
    ) -> Source:
        """A source as the index stores it, with its tier: its own override,
        else its domain's; as written when the dataset grades no sources
        (it lists no tiers)."""
        from jcpoa_tracker.sources import tier_of

        graded = _tier(tier)
        if graded is None and self.tiers:
            graded = tier_of(url, self.tiers)
        return Source(url, outlet, title, _date(published), _date(accessed), note, graded)

    def name(self, ident: str | None) -> str | None:
        if ident is None:
            return None
        info = self.speaker(ident)
        return info.name if info else ident

    def chosen_speakers(
        self, speakers: Sequence[str] = (), party: str | None = None
    ) -> set[str] | None:
        """The speaker ids that ``--speaker`` names (any of them) and that
        speak for ``party``; None when neither is given.  NoMatch when a
        name matches nobody, or no such speaker speaks for the party."""
        chosen: set[str] | None = None
        for typed in speakers:
            found = set(self.resolve_actors(typed, what="speaker"))
            chosen = found if chosen is None else chosen | found
        if party is not None:
            parties = set(self.resolve_actors(party, what="party", parties=True))
            members = {
                ident
                for ident, info in self.speakers.items()
                if ident in parties or info.party in parties
            }
            chosen = members if chosen is None else chosen & members
            if not chosen:
                raise NoMatch(f"none of these speakers speaks for '{party}'")
        return chosen

    def resolve_actors(self, typed: str, *, what: str, parties: bool = False) -> list[str]:
        """Actor ids that ``typed`` names, case and accents ignored: an id, a
        name, an alias or a spelling variant; else the words of one (a
        surname); else words drawn from several (a recorded given name and a
        recorded alias of the surname, such as a transliteration).  Titles ("Dr",
        "Secretary") are ignored when the rest names someone.  NoMatch with
        the closest names when there is none."""
        wanted = fold(typed).strip()
        wanted_words = _word_set(typed)
        untitled = (wanted_words - TITLES) or wanted_words
        candidates = [
            info
            for info in self.speakers.values()
            if not parties or info.kind != "person" or info.id == typed
        ]
        spellings = {
            info.id: [info.id, info.id.replace("-", " "), info.name, *info.aliases]
            for info in candidates
        }
        exact = [ident for ident, its in spellings.items() if wanted in map(fold, its)]
        if exact:  # (the words of every spelling are worked out only when none is)
            return exact
        partial: list[str] = []
        combined: list[str] = []
        for ident, its in spellings.items():
            folded = [_word_set(s) for s in its]
            if untitled and any(untitled <= f for f in folded):
                partial.append(ident)
            elif untitled and untitled <= set().union(*folded):
                combined.append(ident)
        if partial or combined:
            return partial or combined
        raise NoMatch(
            f"no {what} matches '{typed}'", self._closest(" ".join(sorted(untitled)), candidates)
        )

    def _closest(self, wanted: str, candidates: Iterable[SpeakerInfo]) -> list[str]:
        labels: dict[str, str] = {}
        for info in candidates:
            label = f"{info.name} ({info.id})"
            for spelling in (info.id, info.name, *info.aliases):
                for variant in (fold(spelling), *fold(spelling).split()):
                    labels.setdefault(variant, label)
        close = difflib.get_close_matches(wanted, list(labels), n=8, cutoff=0.7)
        return list(dict.fromkeys(labels[c] for c in close))[:3]

    def role_on(self, speaker: str, day: FuzzyDate) -> str | None:
        """The office the speaker held that day, when the data says so
        unambiguously: a dated role covering the day, or their only role."""
        info = self.speaker(speaker)
        role = role_held(info.roles, day) if info is not None else None
        return role.title if role is not None else None


# Words of address and office that people put before a name ("Dr Smith",
# "Secretary Jones"), folded: ignored when the rest of the words name someone.
_TITLE_WORDS = (
    "dr mr mrs ms miss sir dame prof professor president vice minister secretary "
    "ambassador amb envoy special general gen director sheikh sheikha ayatollah prime "
    "foreign deputy fm senator sen excellency his her he spokesman spokesperson"
)
TITLES = frozenset(_TITLE_WORDS.split())


def _word_set(text: str) -> set[str]:
    return {word for _, _, word in words(text)}


def _party(speaker: str, info: SpeakerInfo | None) -> str | None:
    """Whom a speaker speaks for: a person's party, or a party itself."""
    if info is None:
        return None
    return info.party or (speaker if info.kind != "person" else None)


def _tier(text: str | None) -> SourceTier | None:
    return None if text is None else SourceTier(text)


def _date(text: str | None) -> FuzzyDate | None:
    return None if text is None else parse_iso(text)


def search(
    index: Index,
    vocabulary: Vocabulary,
    query: Query | None,
    filters: Filters,
    *,
    sort: Sort = Sort.RELEVANCE,
    limit: int | None = 20,
    query_text: str = "",
) -> SearchResult:
    """Quotes matching ``query`` (None: every quote) and ``filters``: the
    most relevant first (FTS5's bm25 with the index's column weights, the
    newest first among equals), or by date; ``total`` counts them all.

    With no ``limit`` (None or 0), the quotes are a ``QuoteStream``: read
    from the index as they are iterated, never all held at once."""
    match = query.match if query is not None else None
    exclude = query.exclude if query is not None else None
    selection = _selection(filters)
    terms = query.terms if query is not None else ()
    if not limit:
        db = index.connection
        total = count_rows(db, match, exclude, selection)
        stream = QuoteStream(
            lambda: each_row(db, match, exclude, selection, order=str(sort)),
            partial(_quote, index, vocabulary),
            total,
        )
        return SearchResult(stream, total, terms, query_text, sort)
    rows, total = find_rows(
        index.connection,
        match,
        exclude,
        selection,
        order=str(sort),
        limit=limit,
        wanted=_wanted(query),
        keep=index.keep_ranked,
    )
    quotes = [_quote(index, vocabulary, row) for row in rows]
    return SearchResult(quotes, total, terms, query_text, sort)


class QuoteStream(Collection[Quote]):
    """Every quote of a search, in order, read from the index as it is
    iterated (a chunk of rows at a time); ``len`` is their number, counted
    before.  Each iteration reads the index again: ``list()`` it to keep
    the quotes."""

    __slots__ = ("_quote", "_rows", "_total")

    def __init__(
        self,
        rows: Callable[[], Iterator[Sequence[Any]]],
        quote: Callable[[Sequence[Any]], Quote],
        total: int,
    ) -> None:
        self._rows = rows
        self._quote = quote
        self._total = total

    def __iter__(self) -> Iterator[Quote]:
        return map(self._quote, self._rows())

    def __len__(self) -> int:
        return self._total

    def __contains__(self, item: object) -> bool:
        return any(quote == item for quote in self)


def _wanted(query: Query | None) -> Wanted | None:
    if query is None or query.ranked is None:
        return None
    return Wanted(query.ranked, query.phrases, query.ranked_exclusions)


def _selection(filters: Filters) -> Selection:
    return Selection.of(
        speakers=filters.speakers,
        rounds=filters.rounds,
        categories=filters.categories,
        topics=filters.topics,
        since=filters.since,
        until=filters.until,
        as_of=filters.as_of,
        verified_only=filters.verified_only,
        ids=filters.ids,
    )


def _spoken(filters: Filters) -> tuple[str, list[Any]] | None:
    """The statements ``filters`` select, as conditions on the ``spoken``
    totals (by speaker and period); None when they select by more than
    speakers and dates."""
    if (filters.rounds, filters.topics, filters.categories, filters.ids) != (None, (), (), None):
        return None
    if filters.verified_only:
        return None
    where, params = date_conditions(
        filters.since, filters.until, filters.as_of, starts="first_day", ends="last_day"
    )
    if filters.speakers is not None:
        where.append(f"speaker IN ({', '.join('?' * len(filters.speakers))})")
        params.extend(filters.speakers)
    return " AND ".join(where) or "1", params


def _quote(index: Index, vocabulary: Vocabulary, row: Sequence[Any]) -> Quote:
    ident, speaker, when, rnd, category, verified, confidence, doc, file, line, score = row
    data: dict[str, Any] = read_document(doc)
    day = parse_iso(when)
    info = vocabulary.speaker(speaker)
    party = (
        info.party if info and info.party else (speaker if info and info.kind != "person" else None)
    )
    track, round_title = vocabulary.rounds.get(rnd, (None, None)) if rnd else (None, None)
    original = data["original"]
    return Quote(
        id=ident,
        speaker=speaker,
        speaker_name=info.name if info else speaker,
        party=party,
        party_name=vocabulary.name(party),
        role=data["role"] or vocabulary.role_on(speaker, day),
        on_behalf_of=vocabulary.name(data["on_behalf_of"]) if data["on_behalf_of"] else None,
        date=day,
        text=data["text"],
        original=Original(*original) if original else None,
        occasion=data["occasion"],
        context=data["context"],
        round=rnd,
        round_title=round_title,
        track=track,
        track_title=vocabulary.tracks.get(track) if track else None,
        topics=tuple(data["topics"]),
        category=category,
        tone=data["tone"],
        verified=bool(verified),
        confidence=Confidence(confidence),
        confidence_note=data["confidence_note"],
        date_note=data["date_note"],
        note=data["note"],
        sources=tuple(vocabulary.graded_source(*stored) for stored in data["sources"]),
        path=index.shown_path(file),
        line=line,
        column=data["column"],
        score=score,
    )


def find_quote(index: Index, vocabulary: Vocabulary, ident: str) -> Quote:
    """The statement with this id; NoMatch with close ids otherwise."""
    row = index.connection.execute(
        f"SELECT {COLUMNS}, NULL FROM statements s WHERE s.id = ? ORDER BY s.file LIMIT 1",
        (ident,),
    ).fetchone()
    if row is not None:
        return _quote(index, vocabulary, row)
    raise NoMatch(f"no statement with id '{ident}'", _close_ids(index, fold(ident)))


# Ids compared by similarity at most: difflib over a million ids would take
# seconds.  They are those sharing the shortest beginning of the typed id
# that leaves no more than this many.
_CANDIDATES = 5000


def _close_ids(index: Index, folded: str) -> list[str]:
    """Up to three ids starting with ``folded``, else the closest ids among
    those sharing as much of its beginning as leaves at most _CANDIDATES."""
    db = index.connection

    def starting(prefix: str, limit: int) -> list[str]:
        rows = db.execute(
            "SELECT DISTINCT id FROM statements WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit),
        )
        return [ident for (ident,) in rows]

    found = starting(folded, 3)
    if found:
        return found
    for length in range(len(folded) + 1):
        candidates = starting(folded[:length], _CANDIDATES + 1)
        if len(candidates) <= _CANDIDATES:
            break
    return difflib.get_close_matches(folded, candidates[:_CANDIDATES], n=3, cutoff=0.6)


def known_topics(index: Index) -> list[str]:
    """The topics statements are coded with, in order."""
    return _distinct(index, "topics", "topic")


def _distinct(index: Index, table: str, column: str) -> list[str]:
    """The distinct values of an indexed column, in order, but for NULL:
    each found by one look-up on its index after the one before (DISTINCT
    would walk an entry per row: hundreds of thousands for a few dozen
    topics)."""
    rows = index.connection.execute(
        f"WITH RECURSIVE found(value) AS (SELECT min({column}) FROM {table} "
        f"UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE {column} > found.value) "
        "FROM found WHERE found.value IS NOT NULL) "
        "SELECT value FROM found WHERE value IS NOT NULL"
    )
    return [value for (value,) in rows]


def newest_statement(index: Index, as_of: date) -> tuple[FuzzyDate, str] | None:
    """The newest statement said by ``as_of``: what a search rests on."""
    # Walked newest first on the date index (with the index on last_day,
    # SQLite would gather every statement said by then and sort them).
    where, params = Selection.of(as_of=as_of).per_row()
    row = index.connection.execute(
        f"SELECT s.date, s.id FROM statements s WHERE {' AND '.join(where)} "
        "ORDER BY s.sort_key DESC LIMIT 1",
        params,
    ).fetchone()
    return (parse_iso(row[0]), row[1]) if row else None


def known_categories(index: Index) -> list[str]:
    """The categories statements are coded with (the dataset's codebook, as used)."""
    return _distinct(index, "statements", "category")


def resolve_topic(index: Index, typed: str) -> str:
    """The topic id a user typed (case, accents, spaces for hyphens ignored)."""
    topics = known_topics(index)
    wanted = fold(typed).strip().replace(" ", "-")
    for topic in topics:
        if fold(topic) == wanted:
            return topic
    raise NoMatch(
        f"no statement has the topic '{typed}'",
        [f"'{t}'" for t in difflib.get_close_matches(wanted, topics, n=3, cutoff=0.6)],
    )


def suggest_terms(index: Index, terms: Sequence[Term]) -> list[str]:
    """For query words that occur nowhere, the closest words that do."""
    db = index.connection
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, fts, col)")
    suggestions: list[str] = []
    vocabulary: list[str] | None = None
    for term in terms:
        for token in term.tokens:
            known = db.execute(
                "SELECT 1 FROM temp.vocabulary WHERE term IN (?, ?) OR (? AND term GLOB ?)",
                (token, stem(token) if term.stemmed else token, term.prefix, token + "*"),
            ).fetchone()
            if known:
                continue
            if vocabulary is None:  # the words as written (not their stems)
                vocabulary = [
                    t
                    for (t,) in db.execute(
                        "SELECT DISTINCT term FROM temp.vocabulary WHERE col IN "
                        f"({', '.join('?' * len(EXACT_COLUMNS))})",
                        EXACT_COLUMNS,
                    )
                ]
            suggestions.extend(difflib.get_close_matches(token, vocabulary, n=3, cutoff=0.75))
    return list(dict.fromkeys(suggestions))


def highlights(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Spans of ``text`` holding a word of the query (for bold or colour)."""
    if not terms:
        return []
    exact = {token for term in terms if not term.stemmed for token in term.tokens}
    stems = {stem(token) for term in terms if term.stemmed for token in term.tokens}
    prefixes = tuple(term.tokens[-1] for term in terms if term.prefix)
    return [
        (start, end)
        for start, end, word in words(text)
        if word in exact
        or (stems and stem(word) in stems)
        or (prefixes and word.startswith(prefixes))
    ]


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A speaker, and how many statements of theirs are indexed."""

    id: str
    name: str
    party: str | None
    party_name: str | None
    statements: int
    unverified: int
    first: FuzzyDate
    last: FuzzyDate
    aliases: tuple[str, ...]


def speaker_summaries(
    index: Index, vocabulary: Vocabulary, filters: Filters
) -> list[SpeakerSummary]:
    """Who said how much, and when: most statements first.  The counts
    add up the store's statements by speaker and period (``spoken``), and
    each speaker's first and last statement is one look-up in the index on
    (speaker, sort_key): no run reads every statement.  Other filters (a
    round, a topic) count the statements they select, one by one."""
    where, params = _selection(filters).per_row()
    condition = " AND ".join(where) or "1"
    counted = _spoken(filters)
    if counted is None:
        rows = index.connection.execute(
            "SELECT s.speaker, count(*), sum(s.verified = 0), min(s.sort_key), max(s.sort_key) "
            f"FROM statements s WHERE {condition} GROUP BY s.speaker",
            params,
        ).fetchall()
    else:
        spoken, spoken_params = counted
        ends = (
            f"(SELECT {end}(s.sort_key) FROM statements s INDEXED BY statements_speaker "
            f"WHERE s.speaker = a.speaker AND {condition})"
            for end in ("min", "max")
        )
        rows = index.connection.execute(
            f"SELECT a.speaker, a.n, a.unverified, {', '.join(ends)} FROM ("
            "SELECT speaker, sum(n) AS n, sum(unverified) AS unverified FROM spoken "
            f"WHERE {spoken} GROUP BY speaker) a",
            [*params, *params, *spoken_params],
        ).fetchall()
    keys = sorted({key for row in rows for key in row[3:]})
    dated = index.connection.execute(  # a key's statements all have its date
        "SELECT value, (SELECT date FROM statements WHERE sort_key = value LIMIT 1) "
        "FROM json_each(?)",
        (json.dumps(keys),),
    )
    written = dict(dated.fetchall())
    every = vocabulary.speakers  # each is named: every actor read at once
    summaries = []
    for speaker, count, unverified, first, last in rows:
        info = every.get(speaker)
        party = _party(speaker, info)
        summaries.append(
            SpeakerSummary(
                id=speaker,
                name=info.name if info else speaker,
                party=party,
                party_name=vocabulary.name(party),
                statements=count,
                unverified=unverified,
                first=parse_iso(written[first]),
                last=parse_iso(written[last]),
                aliases=info.aliases if info else (),
            )
        )
    summaries.sort(key=lambda s: (-s.statements, s.name.casefold(), s.id))
    return summaries
