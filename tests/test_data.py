"""The bundled dataset as a test subject: complete, sourced, and valid
against the published JSON Schema."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from jcpoa_tracker.checks import check
from jcpoa_tracker.loader import discover, load
from jcpoa_tracker.schema import json_schema
from tests.conftest import DATA


@pytest.fixture(scope="module")
def dataset():
    loaded = load([DATA])
    checked = check(loaded, DATA)
    assert checked.problems == [], [str(p) for p in checked.problems[:5]]
    return checked.dataset


def test_required_rounds_are_present(dataset) -> None:
    ids = {r.id for r in dataset.rounds}
    required = {f"vienna-r{n}" for n in range(1, 9)} | {
        "doha-2022",
        "vienna-aug-2022",
        *(f"oman-2025-r{n}" for n in range(1, 7)),
        "e3-iran-istanbul-2025",
        "e3-iran-geneva-2025",
        *(f"us-iran-2026-r{n}" for n in range(1, 4)),
    }
    assert required <= ids
    cancelled = next(r for r in dataset.rounds if r.id == "oman-2025-r6")
    assert cancelled.cancelled is not None


def test_milestones_span_the_interim_deal_to_termination_day(dataset) -> None:
    ids = {m.id for m in dataset.milestones}
    assert {
        "jpoa-agreed",
        "jcpoa-finalized",
        "us-withdrawal",
        "israel-strikes-2025",
        "un-sanctions-reimposed",
        "termination-day",
    } <= ids
    first = min(dataset.milestones, key=lambda m: m.date.sort_key)
    assert str(first.date) == "2013-06"  # Rouhani's election, before the interim deal


def test_statements_cover_every_party(dataset) -> None:
    assert len(dataset.statements) >= 60
    party_of = {a.id: (a.party or a.id) for a in dataset.actors}
    parties = {party_of[s.speaker] for s in dataset.statements}
    assert {"us", "iran", "eu", "e3", "russia", "china", "iaea", "israel", "oman"} <= parties


def test_june_2021_news_article_statements_are_recorded_and_flagged(dataset) -> None:
    june = [s for s in dataset.statements if str(s.date).startswith("2021-06")]
    texts = " ".join(s.text for s in june)
    assert "I can't put a date on it" in texts
    assert "attacked by multiple rockets" in texts
    assert "I directed last night’s air strikes" in texts
    biden = next(s for s in june if "I directed last night" in s.text)
    # Verified on the Israeli President's Office account of the Rivlin meeting
    # (a primary page); the note keeps the article's variant and its
    # "news conference" claim.
    assert biden.verified is True and "news conference" in (biden.note or "")
    assert any("gov.il" in source.url for source in biden.sources)
    marotto = next(a for a in dataset.actors if a.id == "marotto")
    assert "Wayne Moratto" in marotto.aliases  # the article's misspelling


def test_iaea_quarterly_reports_of_2022_carry_the_60_percent_stockpile(dataset) -> None:
    """The four 2022 quarterly reports, with the 60% figures the stored reports
    give, growing report on report (33.2 kg in March to 62.3 kg in November)."""
    reports = sorted(
        (
            m
            for m in dataset.milestones
            if m.kind == "iaea-report" and str(m.date).startswith("2022")
        ),
        key=lambda m: m.date.sort_key,
    )
    assert [m.id for m in reports] == [
        "iaea-report-mar-2022",
        "iaea-report-may-2022",
        "iaea-report-sep-2022",
        "iaea-report-nov-2022",
    ]
    sixty = [
        next(x.value for x in m.measurements if x.metric == "stockpile-60pct") for m in reports
    ]
    assert sixty == [33.2, 43.1, 55.6, 62.3]
    # September's total is left out on purpose: the stored accounts disagree.
    assert not any(x.metric == "uranium-stockpile" for x in reports[2].measurements)
    assert "disagree" in (reports[2].note or "")


def test_every_record_has_a_web_source(dataset) -> None:
    for record in dataset.records():
        assert record.sources, record.id
        assert all(re.match(r"https?://", s.url) for s in record.sources), record.id


class _Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema, as editors' language servers read files: no
    timestamps, and only true/false are booleans."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regex)
        for tag, regex in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


@pytest.mark.parametrize("path", discover(DATA), ids=lambda p: str(p.relative_to(DATA)))
def test_every_file_matches_the_json_schema(path: Path) -> None:
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    jsonschema.validate(document, json_schema())


def test_schema_rejects_what_validate_rejects() -> None:
    bad = {
        "statements": [
            {"id": "Bad Id", "speaker": "x", "date": "2021-13-01", "text": "t", "tone": 5}
        ]
    }
    errors = list(jsonschema.Draft202012Validator(json_schema()).iter_errors(bad))
    assert len(errors) >= 3


def test_every_source_of_the_bundled_data_has_a_tier(dataset) -> None:
    """Issue 12: every source is graded; a new outlet's domain goes into
    dataset.yaml's source_tiers with the pull request that cites it."""
    from jcpoa_tracker.config import SourceTier
    from jcpoa_tracker.sources import dataset_tiers, source_tier

    table = dataset_tiers(dataset.config)
    assert table is not None
    ungraded = sorted(
        {
            s.url
            for record in dataset.records()
            for s in record.sources
            if source_tier(s, table) is SourceTier.UNKNOWN
        }
    )
    assert ungraded == []
