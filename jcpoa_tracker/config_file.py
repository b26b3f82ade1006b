"""Reading ``dataset.yaml``: the configuration's file format as specs (the
loader, the JSON Schema and docs/configuration.md share them), its own
checks, and the fallback to the generic defaults."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from jcpoa_tracker.config import (
    GENERIC,
    GENERIC_VOCABULARY,
    Category,
    CitationStyle,
    DatasetConfig,
    Defaults,
    Series,
    SeriesKind,
    SourceTier,
    Term,
    Vocabulary,
)
from jcpoa_tracker.fields import (
    Bool,
    Choice,
    Context,
    Field,
    Id,
    Int,
    ListOf,
    Obj,
    Spec,
    Text,
    check_tag,
    read_mapping,
)
from jcpoa_tracker.problems import Problem, Severity

__all__ = ["CONFIG_SPEC", "NESTED_SPECS", "check_config", "load_config", "parse_config"]

# The file format, as specs: the loader, the JSON Schema and the docs share them.
TERM = Spec(
    "term",
    Term,
    (
        Field("id", Id(), "the kebab-case word records use", required=True),
        Field("label", Text(), "how reports show it (default: the id)"),
        Field("doc", Text(), "what it means, for analysts and the docs"),
        Field("deadline", Bool(), "milestone kinds: it falls due (briefing alerts)"),
        Field("settled", Bool(), "sticking-point statuses: no longer in dispute"),
    ),
    "One word of a vocabulary.",
)
CATEGORY = Spec(
    "category",
    Category,
    (
        Field("id", Id(), "the kebab-case word statements use", required=True),
        Field("label", Text(), "how reports show it"),
        Field("doc", Text(), "what a statement of this category does"),
        Field("weight", Int(0, 9), "how notable it is when briefings pick quotes (0-9)"),
        Field("tone_min", Int(-2, 2), "the lowest tone it usually has (-2..2)"),
        Field("tone_max", Int(-2, 2), "the highest tone it usually has (-2..2)"),
    ),
    "A statement category of the codebook.",
)
SERIES = Spec(
    "series",
    Series,
    (
        Field("id", Id(), "the metric id measurements use", required=True),
        Field("label", Text(), "its human name, shown on charts", required=True),
        Field("unit", Text(), "percent, kg, centrifuges, votes...", required=True),
        Field(
            "kind",
            Choice(SeriesKind),
            "level, reading, estimate, limit, count or amount",
            required=True,
        ),
        Field("caveat", Text(), "what every reader of a value must know"),
    ),
    "A measured series.",
)


@dataclass(frozen=True, slots=True)
class _VocabularyIn:
    """The vocabularies as dataset.yaml gives them (None: the generic one)."""

    milestone_kinds: tuple[Term, ...] | None = None
    categories: tuple[Category, ...] | None = None
    occasions: tuple[Term, ...] | None = None
    sticking_point_statuses: tuple[Term, ...] | None = None
    topics: tuple[Term, ...] | None = None
    document_kinds: tuple[Term, ...] | None = None


VOCABULARY = Spec(
    "vocabularies",
    _VocabularyIn,
    (
        Field("milestone_kinds", ListOf(Obj(TERM)), "kinds of milestone (replaces the defaults)"),
        Field("categories", ListOf(Obj(CATEGORY)), "statement categories: the codebook"),
        Field("occasions", ListOf(Obj(TERM)), "where statements are made"),
        Field("sticking_point_statuses", ListOf(Obj(TERM)), "the states of an issue on the table"),
        Field("topics", ListOf(Obj(TERM)), "statement topics; when given, others are warned"),
        Field("document_kinds", ListOf(Obj(TERM)), "kinds of document: draft, agreement..."),
    ),
    "The dataset's vocabularies; each list given replaces the generic default.",
)
DEFAULTS = Spec(
    "defaults",
    Defaults,
    (
        Field("main_track", Id(), "the track reports put first"),
        Field("recent_days", Int(1, 3650), "status: milestones of the last N days (90)"),
        Field("briefing_days", Int(1, 3650), "briefing: the default window in days (7)"),
        Field("stale_days", Int(1, 3650), "briefing: alert when the data is older (14)"),
        Field("deadline_days", Int(0, 3650), "briefing: alert when a deadline is this close (14)"),
        Field(
            "measurement_stale_days",
            Int(1, 36500),
            "a 'latest' measured value older than this is shown as stale (180)",
        ),
        Field(
            "timezone",
            Text(),
            "IANA time zone whose calendar day is 'today' (default: the machine's)",
        ),
        Field(
            "context_topics",
            ListOf(Id()),
            "topics that alone make a statement context, not one about the negotiation",
        ),
        Field(
            "citation_style",
            Choice(CitationStyle),
            "briefings: outlet (its name as the link text) or url (the address shown)",
        ),
    ),
    "Defaults for reports and alerts.",
)


@dataclass(frozen=True, slots=True)
class _TiersIn:
    """The domains dataset.yaml lists under each source tier."""

    primary: tuple[str, ...] = ()
    wire: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    aggregator: tuple[str, ...] = ()


TIERS = Spec(
    "source tiers",
    _TiersIn,
    tuple(
        Field(tier.value, ListOf(Text()), doc)
        for tier, doc in (
            (SourceTier.PRIMARY, "domains of governments, agencies and organisations"),
            (SourceTier.WIRE, "domains of news agencies and major outlets"),
            (SourceTier.OUTLET, "domains of other news outlets"),
            (SourceTier.AGGREGATOR, "domains of copies, mirrors and aggregators"),
        )
    ),
    "Source domains by tier; a domain covers its subdomains.",
)
CONFIG_SPEC = Spec(
    "dataset configuration",
    dict,
    (
        Field("title", Text(), "the negotiation's name, in report headers", required=True),
        Field("short_name", Text(), "a short name for running text and titles"),
        Field("description", Text(), "one line on what the dataset covers"),
        Field("vocabularies", Obj(VOCABULARY), "milestone kinds, categories, occasions..."),
        Field("series", ListOf(Obj(SERIES)), "measured series: label, unit, kind, caveat"),
        Field("defaults", Obj(DEFAULTS), "main track, windows, thresholds, time zone"),
        Field("source_tiers", Obj(TIERS), "source domains by tier"),
    ),
    "The configuration of a data directory (dataset.yaml at its root).",
)
NESTED_SPECS: Final = (TERM, CATEGORY, SERIES, VOCABULARY, DEFAULTS, TIERS)


def parse_config(data: bytes, shown: str) -> tuple[DatasetConfig, list[Problem]]:
    """A configuration from a file's bytes; problems are located, and what
    cannot be read falls back to the generic defaults."""
    from jcpoa_tracker.loader import parse_node

    root, problems = parse_node(data, shown)
    if root is None:
        return replace(GENERIC, path=shown), problems
    ctx = Context(shown)
    where: dict[str, tuple[int, int]] = {}
    if not check_tag(root, ctx):
        return replace(GENERIC, path=shown), [*problems, *ctx.problems]
    values = read_mapping(root, CONFIG_SPEC, ctx, where)
    config = _build(values or {}, shown, where, ctx) if values is not None else None
    problems.extend(ctx.problems)
    if config is None:
        config = replace(GENERIC, path=shown, where=where)
    return config, problems


def _build(
    values: dict[str, Any], shown: str, where: dict[str, tuple[int, int]], ctx: Context
) -> DatasetConfig:
    vocab_in: _VocabularyIn = values.get("vocabularies") or _VocabularyIn()
    generic = GENERIC_VOCABULARY
    vocabulary = Vocabulary(
        milestone_kinds=vocab_in.milestone_kinds or generic.milestone_kinds,
        categories=vocab_in.categories or generic.categories,
        occasions=vocab_in.occasions or generic.occasions,
        sticking_point_statuses=vocab_in.sticking_point_statuses or generic.sticking_point_statuses,
        topics=vocab_in.topics or (),
        document_kinds=vocab_in.document_kinds or generic.document_kinds,
    )
    tiers_in: _TiersIn = values.get("source_tiers") or _TiersIn()
    tiers = {
        tier.value: tuple(d.lower().strip() for d in getattr(tiers_in, tier.value))
        for tier in SourceTier
        if tier is not SourceTier.UNKNOWN
    }
    config = DatasetConfig(
        title=values["title"],
        short_name=values.get("short_name") or values["title"],
        description=values.get("description"),
        vocabulary=vocabulary,
        series=values.get("series") or (),
        defaults=values.get("defaults") or Defaults(),
        source_tiers=tiers,
        path=shown,
        where=where,
    )
    for problem in check_config(config):
        ctx.problems.append(problem)
    return config


def check_config(config: DatasetConfig) -> Iterable[Problem]:
    """What the format alone cannot say: unique ids, a known time zone,
    tone ranges in order, a domain in one tier only."""
    vocab = config.vocabulary
    lists: tuple[tuple[str, tuple[Any, ...]], ...] = (
        ("vocabularies", vocab.milestone_kinds),
        ("vocabularies", vocab.categories),
        ("vocabularies", vocab.occasions),
        ("vocabularies", vocab.sticking_point_statuses),
        ("vocabularies", vocab.topics),
        ("vocabularies", vocab.document_kinds),
        ("series", config.series),
    )
    for key, terms in lists:
        seen: set[str] = set()
        for term in terms:
            if term.id in seen:
                yield _problem(config, key, f"'{term.id}' is defined twice", "keep one")
            seen.add(term.id)
    for category in vocab.categories:
        if category.tone_min > category.tone_max:
            yield _problem(
                config,
                "vocabularies",
                f"category '{category.id}': tone_min is above tone_max",
                "swap them",
            )
    if not any(s.settled for s in vocab.sticking_point_statuses):
        yield _problem(
            config,
            "vocabularies",
            "no sticking-point status is marked 'settled: true'",
            "mark the status that means agreed or dropped",
        )
    tz = config.defaults.timezone
    if tz is not None and not _known_timezone(tz):
        yield _problem(
            config, "defaults", f"unknown time zone '{tz}'", "use an IANA name like Europe/Zurich"
        )
    owner: dict[str, str] = {}
    for tier, domains in config.source_tiers.items():
        for domain in domains:
            if domain in owner and owner[domain] != tier:
                yield _problem(
                    config,
                    "source_tiers",
                    f"'{domain}' is listed as both {owner[domain]} and {tier}",
                    "keep it in one tier",
                )
            owner[domain] = tier


def _known_timezone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name.upper() == "UTC":
        return True
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _problem(config: DatasetConfig, key: str, message: str, hint: str) -> Problem:
    path, line, column = config.position(key)
    return Problem(path, line, column, Severity.ERROR, "config", message, hint)


def load_config(root: Path | None) -> tuple[DatasetConfig, list[Problem]]:
    """The configuration of the data directory ``root``: its ``dataset.yaml``,
    or the generic defaults when there is none."""
    from jcpoa_tracker.datadir import CONFIG_NAME, UnsafeFile, display_path, read_data

    if root is None or not root.is_dir():
        return GENERIC, []
    path = root / CONFIG_NAME
    try:
        data = read_data(path)  # by the data files' rules: never through a link
    except FileNotFoundError:
        return GENERIC, []
    except UnsafeFile as error:
        shown = display_path(path)
        return replace(GENERIC, path=shown), [
            Problem(shown, 1, 1, Severity.ERROR, error.rule, error.message, error.hint)
        ]
    except OSError as error:
        shown = display_path(path)
        return replace(GENERIC, path=shown), [
            Problem(shown, 1, 1, Severity.ERROR, "config", f"cannot read: {error.strerror}")
        ]
    return parse_config(data, display_path(path))
