"""How far a source can be trusted on its own: its tier, from its domain.

The dataset's configuration lists, for each tier, the domains that have it
(``source_tiers`` in ``dataset.yaml``).  A domain matches itself and its
subdomains, and the longest match wins, so ``apnews.com`` can be a wire while
``amp.apnews.com`` is listed as an aggregator.  A source's own ``tier:``
overrides its domain's.  Pure functions over a mapping; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.model import Dataset, Record, Source, SourceTier, Statement, Track
from jcpoa_tracker.slots import evolve

__all__ = [
    "STRONG",
    "Tiers",
    "configured_tiers",
    "corroborated",
    "dataset_tiers",
    "domain_of",
    "graded",
    "graded_dataset",
    "grading",
    "source_tier",
    "tier_of",
    "tier_table",
]

# tier name -> the domains that have it, as the configuration gives them
Tiers = Mapping[str, Sequence[str]]
# a tier enough on its own for `confidence: high`
STRONG = frozenset({SourceTier.PRIMARY, SourceTier.WIRE})


@lru_cache(maxsize=1 << 16)  # checks ask for every source's, again after each edit
def domain_of(url: str) -> str:
    """The host of ``url``, lower-case, without port or a leading ``www.``."""
    plain = _PLAIN_HOST.match(url)  # what urlsplit would find, read a dozen times faster
    host = plain.group(1) if plain else (urlsplit(url.strip()).hostname or "").lower()
    return host.rstrip(".").removeprefix("www.")


# An http(s) URL whose host is plain lower-case letters, digits, dots and
# hyphens (no user, port, IPv6 address or character urlsplit would remove):
# nearly every source, each a different URL, so the cache rarely helps.
_PLAIN_HOST = re.compile(r"https?://([a-z0-9.-]*)(?:[/?#]|\Z)")


def tier_table(tiers: Tiers) -> dict[str, SourceTier]:
    """domain -> tier, for :func:`tier_of`; unknown tier names are ignored
    (the configuration loader reports them)."""
    names = {t.value: t for t in SourceTier}
    table: dict[str, SourceTier] = {}
    for name, domains in tiers.items():
        tier = names.get(name)
        if tier is None:
            continue
        for domain in domains:
            table[domain.strip().lower().removeprefix("www.")] = tier
    return table


def tier_of(url: str, table: Mapping[str, SourceTier]) -> SourceTier:
    """The tier of the longest listed domain that ``url``'s host is or ends
    in (``news.example.org`` matches ``example.org``); else unknown."""
    host = domain_of(url)
    while host:
        tier = table.get(host)
        if tier is not None:
            return tier
        _, dot, host = host.partition(".")
        if not dot:
            break
    return SourceTier.UNKNOWN


def source_tier(source: Source, table: Mapping[str, SourceTier]) -> SourceTier:
    """The source's own ``tier:`` if it has one, else its domain's."""
    return source.tier if source.tier is not None else tier_of(source.url, table)


R = TypeVar("R", bound=Record)


def graded(record: R, table: Mapping[str, SourceTier]) -> R:
    """``record`` with the tier of each of its sources filled in (a
    track's phase changes' sources too)."""
    sources = _graded_sources(record.sources, table)
    if isinstance(record, Track) and record.phases:
        phases = tuple(
            evolve(change, sources=_graded_sources(change.sources, table))
            for change in record.phases
        )
        return evolve(record, sources=sources, phases=phases)
    return evolve(record, sources=sources)


def _graded_sources(
    sources: Iterable[Source], table: Mapping[str, SourceTier]
) -> tuple[Source, ...]:
    return tuple(evolve(s, tier=source_tier(s, table)) for s in sources)


def graded_dataset(dataset: Dataset, table: Mapping[str, SourceTier]) -> Dataset:
    """A copy of ``dataset`` with every source's tier filled in."""
    return replace(
        dataset,
        actors=[graded(r, table) for r in dataset.actors],
        tracks=[graded(r, table) for r in dataset.tracks],
        rounds=[graded(r, table) for r in dataset.rounds],
        statements=[graded(r, table) for r in dataset.statements],
        milestones=[graded(r, table) for r in dataset.milestones],
        documents=[graded(r, table) for r in dataset.documents],
        files=list(dataset.files),
    )


def grading(
    dataset: Dataset, full: Callable[[Statement], Statement]
) -> Callable[[Statement], Statement]:
    """A report's way to a shown statement's full record, with its sources
    graded by the tiers of the dataset's configuration (reports show each
    source's tier); ``full`` as is when the dataset grades no sources."""
    table = dataset_tiers(dataset.config)
    if table is None:
        return full
    return lambda statement: graded(full(statement), table)


def _publisher(source: Source) -> str:
    """Who published it: the outlet named, else the domain."""
    return (source.outlet or "").strip().lower() or domain_of(source.url)


def corroborated(sources: Iterable[Source], table: Mapping[str, SourceTier]) -> bool:
    """Enough for ``confidence: high``: one primary or wire source, or two
    independent outlet or unknown sources (different domains and outlets);
    aggregators, being copies, never count."""
    seen_domains: set[str] = set()
    seen_publishers: set[str] = set()
    independent = 0
    for source in sources:
        tier = source_tier(source, table)
        if tier in STRONG:
            return True
        if tier is SourceTier.AGGREGATOR:
            continue  # a copy of someone else's report, never independent
        domain, publisher = domain_of(source.url), _publisher(source)
        if domain not in seen_domains and publisher not in seen_publishers:
            independent += 1
        seen_domains.add(domain)
        seen_publishers.add(publisher)
    return independent >= 2


def dataset_tiers(config: DatasetConfig) -> dict[str, SourceTier] | None:
    """The domain -> tier table of a dataset's configuration; None when it
    lists no ``source_tiers`` (then sources are not graded and the
    confidence rule does not apply)."""
    if not any(config.source_tiers.values()):
        return None
    return tier_table(config.source_tiers)


def configured_tiers(root: Path | None) -> dict[str, SourceTier] | None:
    """The tier table of the data directory ``root`` (its dataset.yaml)."""
    from jcpoa_tracker.config_file import load_config

    config, _problems = load_config(root)  # validate reports the problems
    return dataset_tiers(config)
