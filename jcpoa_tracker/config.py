"""A dataset's own configuration: what the negotiation is called, its
vocabularies, its measured series, its defaults and its source tiers.

It lives in ``dataset.yaml`` at the root of a data directory (read by
config_file.py, with located problems like the data).  A data directory
without one gets ``GENERIC``: words any negotiation can use.  Nothing here
knows which negotiation it is, and nothing here reads files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

__all__ = [
    "GENERIC",
    "GENERIC_VOCABULARY",
    "Category",
    "CitationStyle",
    "DatasetConfig",
    "Defaults",
    "Series",
    "SeriesKind",
    "SourceTier",
    "Term",
    "Vocabulary",
]


class SeriesKind(StrEnum):
    """What a measured number is; a chart or a 'latest' line never mixes kinds."""

    LEVEL = "level"  # a state reached: the highest level attained
    READING = "reading"  # one observation, not a state: particles found at a site
    ESTIMATE = "estimate"  # a judged value, often with a range
    LIMIT = "limit"  # a ceiling set by an agreement or law
    COUNT = "count"  # how many: machines, inspections, votes
    AMOUNT = "amount"  # how much: a stockpile, a sum of money


class CitationStyle(StrEnum):
    """How briefings cite a source in Markdown and HTML."""

    OUTLET = "outlet"  # the outlet's name as the link text, as newspapers do
    URL = "url"  # the address itself, for readers who must see where it leads


class SourceTier(StrEnum):
    PRIMARY = "primary"  # the government, agency or organisation itself
    WIRE = "wire"  # news agencies and major outlets
    OUTLET = "outlet"  # other news outlets
    AGGREGATOR = "aggregator"  # copies, mirrors, tag pages, AI aggregators
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a vocabulary: an id, how to show it and what it means."""

    id: str
    label: str | None = None
    doc: str | None = None
    deadline: bool = False  # milestone kinds: falls due rather than happens
    settled: bool = False  # sticking-point statuses: no longer in dispute

    @property
    def shown(self) -> str:
        return self.label or self.id


@dataclass(frozen=True, slots=True)
class Category:
    """A statement category of the codebook."""

    id: str
    label: str | None = None
    doc: str | None = None
    weight: int = 1  # how notable a statement of this category is (briefings)
    tone_min: int = -2  # the tones a statement of this category usually has
    tone_max: int = 2

    @property
    def shown(self) -> str:
        return self.label or self.id


@dataclass(frozen=True, slots=True)
class Series:
    """A measured series: what a measurement's ``metric`` names."""

    id: str
    label: str
    unit: str
    kind: SeriesKind
    caveat: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The vocabularies records are coded with.  An empty ``topics`` means
    any kebab-case topic is accepted."""

    milestone_kinds: tuple[Term, ...]
    categories: tuple[Category, ...]
    occasions: tuple[Term, ...]
    sticking_point_statuses: tuple[Term, ...]
    topics: tuple[Term, ...] = ()
    document_kinds: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class Defaults:
    """The dataset's defaults for reports (dataset.yaml: ``defaults``)."""

    main_track: str | None = None  # the track reports put first
    recent_days: int = 90  # status: milestones of the last N days
    briefing_days: int = 7  # briefing: the default window
    stale_days: int = 14  # briefing: data older than this is stale
    deadline_days: int = 14  # briefing: a deadline this close is an alert
    measurement_stale_days: int = 180  # a 'latest' value older than this is stale
    timezone: str | None = None  # whose calendar day is 'today' (None: the machine's)
    # Topics that alone make a statement context (a strike, a rocket attack)
    # rather than a statement about the negotiation; see report/status.py.
    context_topics: tuple[str, ...] = ()
    citation_style: CitationStyle = CitationStyle.OUTLET


@dataclass(frozen=True, slots=True)
class DatasetConfig:
    """A dataset's configuration (its dataset.yaml): names, vocabularies, series and defaults."""

    title: str = "Negotiation tracker"
    short_name: str = "the talks"
    description: str | None = None
    vocabulary: Vocabulary = field(default_factory=lambda: _generic_vocabulary())
    series: tuple[Series, ...] = ()
    defaults: Defaults = field(default_factory=Defaults)
    source_tiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: str | None = None  # the file it was read from; None for the defaults
    where: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)
    # Look-ups by id, built once: vocabulary section -> id -> term.
    _by_id: dict[str, dict[str, Any]] = field(
        init=False, default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        vocab = self.vocabulary
        self._by_id.update(
            kinds={t.id: t for t in vocab.milestone_kinds},
            categories={t.id: t for t in vocab.categories},
            occasions={t.id: t for t in vocab.occasions},
            statuses={t.id: t for t in vocab.sticking_point_statuses},
            documents={t.id: t for t in vocab.document_kinds},
            series={s.id: s for s in self.series},
        )

    def kind(self, ident: str) -> Term | None:
        found: Term | None = self._by_id["kinds"].get(ident)
        return found

    def category(self, ident: str) -> Category | None:
        found: Category | None = self._by_id["categories"].get(ident)
        return found

    def occasion(self, ident: str) -> Term | None:
        found: Term | None = self._by_id["occasions"].get(ident)
        return found

    def status(self, ident: str) -> Term | None:
        found: Term | None = self._by_id["statuses"].get(ident)
        return found

    def document_kind(self, ident: str) -> Term | None:
        found: Term | None = self._by_id["documents"].get(ident)
        return found

    def series_of(self, ident: str) -> Series | None:
        found: Series | None = self._by_id["series"].get(ident)
        return found

    def deadline_kinds(self) -> frozenset[str]:
        return frozenset(t.id for t in self.vocabulary.milestone_kinds if t.deadline)

    def position(self, key: str | None = None) -> tuple[str, int, int]:
        line, column = self.where.get(key or "", (1, 1))
        return self.path or "dataset.yaml", line, column


def _terms(*items: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(ident, label, doc) for ident, label, doc in items)


# Words any negotiation can use: the defaults of a dataset without its own.
GENERIC_VOCABULARY: Final = Vocabulary(
    milestone_kinds=(
        *_terms(
            ("agreement", "Agreement", "a text agreed or signed"),
            ("implementation", "Implementation", "an agreement takes effect, in whole or part"),
            ("withdrawal", "Withdrawal", "a party leaves an agreement or the talks"),
            ("proposal", "Proposal", "a text or offer put to the other side"),
            ("vote", "Vote", "a formal vote, with its counts"),
            ("resolution", "Resolution", "a resolution of an international body"),
            ("report", "Report", "an official report"),
            ("sanctions", "Sanctions", "sanctions imposed, lifted or changed"),
            ("strike", "Strike", "a military strike or attack"),
            ("ceasefire", "Ceasefire", "a ceasefire agreed, broken or ended"),
            ("election", "Election", "an election that changes a party's government"),
            ("leadership", "Leadership", "a change of leader or negotiator"),
            ("talks", "Talks", "talks announced, begun or ended outside the rounds"),
        ),
        Term("deadline", "Deadline", "a date by which something falls due", deadline=True),
        Term("other", "Other", "anything else"),
    ),
    categories=(
        Category("consult", "Consult", "meeting, talks, visits, consultations", 1, -1, 2),
        Category("agree", "Agree", "agreeing, accepting, signing", 3, 0, 2),
        Category("concede", "Concede", "yielding or easing a position", 3, 0, 2),
        Category("appeal", "Appeal", "calling on others to act", 1, -1, 2),
        Category("assess", "Assess", "describing where things stand", 0, -2, 2),
        Category("demand", "Demand", "insisting on conditions", 2, -2, 1),
        Category("warn", "Warn", "pointing to consequences", 2, -2, 0),
        Category("reject", "Reject", "refusing a proposal or demand", 3, -2, 0),
        Category("accuse", "Accuse", "blaming the other side", 2, -2, 0),
        Category("threaten", "Threaten", "threatening force or retaliation", 4, -2, -1),
        Category("act", "Act", "reporting a deed: a strike, a step taken", 4, -2, 2),
    ),
    occasions=_terms(
        ("press-conference", "Press conference", "answering journalists"),
        ("interview", "Interview", "one outlet's interview"),
        ("social-media", "Social media", "a post"),
        ("speech", "Speech", "an address to an audience"),
        ("statement", "Statement", "a written or read statement"),
        ("remarks", "Remarks", "remarks to the press or at an event"),
        ("briefing", "Briefing", "a briefing, often anonymous"),
        ("meeting", "Meeting", "said in a meeting, as reported"),
        ("letter", "Letter", "a letter"),
        ("report", "Report", "an official report"),
        ("other", "Other", "anything else"),
    ),
    sticking_point_statuses=(
        Term("open", "open", "on the table, no agreement"),
        Term("narrowed", "narrowed", "gaps reduced, not closed"),
        Term("resolved", "resolved", "agreed or dropped by the side pressing it", settled=True),
        Term("deadlocked", "deadlocked", "neither side moving"),
    ),
    document_kinds=_terms(
        ("draft", "Draft", "a draft text, by a chair, bureau or party"),
        ("negotiating-text", "Negotiating text", "the text the parties negotiate on"),
        ("proposal", "Proposal", "a party's proposal or amendment"),
        ("agreement", "Agreement", "an agreed or adopted text"),
        ("resolution", "Resolution", "a resolution of an international body"),
        ("report", "Report", "an official report"),
        ("statement", "Statement", "a joint or official statement"),
        ("other", "Other", "anything else"),
    ),
)


def _generic_vocabulary() -> Vocabulary:
    return GENERIC_VOCABULARY


GENERIC: Final = DatasetConfig()
