"""A statement as the store's rows: its ``statements`` row, the document a
search result shows (no YAML is read to show it), its search texts and its
topics; and back, a statement from its row.  Pure functions of the
records, so that forked workers can make the rows of the files they read
while the parent writes (``prepare.py``)."""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jcpoa_tracker.config import SourceTier
    from jcpoa_tracker.model import Statement

__all__ = [
    "DOCUMENT_FIELDS",
    "STATEMENT_COLUMNS",
    "StatementRows",
    "document",
    "iso",
    "read_document",
    "restore_statement",
    "sort_key",
    "speaker_words",
    "statement_rows",
]


def speaker_words(speaker: str, name: str | None, aliases: list[str]) -> str:
    """What a query can call a speaker: id, name and every alias, folded."""
    from jcpoa_tracker.search.fold import fold  # (only when rows are written)

    return fold(" ".join([speaker.replace("-", " "), name or "", *aliases]))


def iso(value: object) -> str | None:
    """A date (or None) as the store keeps it."""
    return None if value is None else str(value)


def sort_key(statement: Statement) -> str:
    """Sorts as ``FuzzyDate.sort_key`` does: day, then precision, then time."""
    first, precision, at = statement.date.sort_key
    return f"{first.isoformat()} {precision} {at}"


# What a search result shows of a statement, stored with it (marshal: many
# times faster than JSON for 100,000 rows) so that no YAML is read to show it.
DOCUMENT_FIELDS = (
    "text",
    "role",
    "original",
    "occasion",
    "context",
    "topics",
    "tone",
    "column",
    "confidence_note",
    "date_note",
    "note",
    "sources",
    "on_behalf_of",
    "documents",
    "round_relation",
)


def document(s: Statement) -> bytes:
    """What a search result shows of ``s`` (DOCUMENT_FIELDS), by marshal."""
    sources = [
        (
            src.url,
            src.outlet,
            src.title,
            iso(src.published),
            iso(src.accessed),
            src.note,
            None if src.tier is None else str(src.tier),
        )
        for src in s.sources
    ]
    return marshal.dumps(
        (
            s.text,
            s.role,
            (s.original.lang, s.original.text) if s.original else None,
            None if s.occasion is None else str(s.occasion),
            s.context,
            tuple(s.topics),
            s.tone,
            s.column,
            s.confidence_note,
            s.date_note,
            s.note,
            tuple(sources),
            s.on_behalf_of,
            tuple(s.documents),
            None if s.round_relation is None else str(s.round_relation),
        )
    )


# A statement's rows but for its rowid, which the writer gives: the rest of
# its ``statements`` row, its search texts word for word (the index's
# EXACT_COLUMNS, to be stemmed into its STEMMED_COLUMNS), its topics, and
# its speaker's id and words.  Plain tuples: workers send them by marshal.
StatementRows = tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...], tuple[str, str]]


def statement_rows(
    statements: Iterable[tuple[str, Statement]],
    names: Mapping[str, str],
    speakers: dict[str, str],
) -> list[StatementRows]:
    """The rows of (file, statement) pairs; ``names``: each actor's
    ``speaker_words``; ``speakers``: those worked out so far, kept."""
    from jcpoa_tracker.search.fold import fold

    made: list[StatementRows] = []
    for relative, s in statements:
        date = s.date
        row = (
            s.id,
            relative,
            s.line,
            s.speaker,
            str(date),
            date.first_day.isoformat(),
            date.last_day.isoformat(),
            sort_key(s),
            s.round,
            None if s.category is None else str(s.category),
            int(s.verified),
            str(s.confidence),
            document(s),
            s.tone,
        )
        speaker = speakers.get(s.speaker)
        if speaker is None:
            speaker = speakers[s.speaker] = names.get(s.speaker) or speaker_words(
                s.speaker, None, []
            )
        exact = (
            fold(s.text),
            fold(s.original.text) if s.original else "",
            str(s.occasion).replace("-", " ") if s.occasion else "",
            fold(s.context or ""),
            fold(" ".join(s.topics)),
            speaker,
        )
        made.append((row, exact, tuple(s.topics), (s.speaker, speaker)))
    return made


def read_document(blob: bytes) -> dict[str, object]:
    return dict(zip(DOCUMENT_FIELDS, marshal.loads(blob), strict=True))


# The columns ``restore_statement`` takes, in order.
STATEMENT_COLUMNS = "id, file, line, speaker, date, round, category, verified, confidence, doc"


def restore_statement(
    row: tuple[Any, ...], shown: str, tiers: Mapping[str, SourceTier] | None = None
) -> Statement:
    """A statement exactly as its file gave it, from its row (selected as
    STATEMENT_COLUMNS) and stored document; ``shown`` is its file's path.
    Only the fields' positions in the file (for validate's messages) are
    not kept.  With ``tiers``, each source without a ``tier:`` of its own
    has its domain's (as ``sources.graded`` gives it)."""
    from jcpoa_tracker.config import SourceTier
    from jcpoa_tracker.dates import parse_iso
    from jcpoa_tracker.model import Confidence, Original, RoundRelation, Source, Statement
    from jcpoa_tracker.sources import tier_of

    ident, _, line, speaker, when, rnd, category, verified, confidence, blob = row
    (
        text,
        role,
        original,
        occasion,
        context,
        topics,
        tone,
        column,
        confidence_note,
        date_note,
        note,
        sources,
        on_behalf_of,
        documents,
        relation,
    ) = marshal.loads(blob)
    return Statement(
        id=ident,
        speaker=speaker,
        date=parse_iso(when),
        text=text,
        role=role,
        on_behalf_of=on_behalf_of,
        original=None if original is None else Original(*original),
        occasion=occasion,
        context=context,
        round=rnd,
        round_relation=None if relation is None else RoundRelation(relation),
        topics=tuple(topics),
        category=category,
        tone=tone,
        verified=bool(verified),
        documents=tuple(documents),
        date_note=date_note,
        sources=tuple(
            Source(
                url=url,
                outlet=outlet,
                title=title,
                published=None if published is None else parse_iso(published),
                accessed=None if accessed is None else parse_iso(accessed),
                note=source_note,
                tier=(
                    SourceTier(tier)  # its own
                    if tier is not None
                    else (None if tiers is None else tier_of(url, tiers))  # its domain's
                ),
            )
            for url, outlet, title, published, accessed, source_note, tier in sources
        ),
        confidence=Confidence(confidence),
        confidence_note=confidence_note,
        note=note,
        path=shown,
        line=line,
        column=column,
    )
