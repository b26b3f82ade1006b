"""A dataset's configuration (dataset.yaml): read with located problems,
its vocabularies checked against the data, generic defaults without it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from jcpoa_tracker.checks import validate
from jcpoa_tracker.config import GENERIC, SeriesKind
from jcpoa_tracker.config_file import load_config, parse_config
from jcpoa_tracker.schema import config_json_schema, json_schema
from tests.conftest import BUNDLED_CONFIG
from tests.test_cli import invoke

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "rounds"

WHA_MILESTONE = """
    milestones:
      - id: adoption-vote
        date: 2025-05-19
        kind: wha-vote
        title: Committee A approves the text
        sources:
          - url: https://example.org/vote
"""

CONFIG = """
    title: WHO pandemic agreement talks
    short_name: pandemic talks
    vocabularies:
      milestone_kinds:
        - id: wha-vote
          label: WHA vote
        - id: deadline
          deadline: true
"""


def test_the_bundled_configuration_is_valid_and_matches_its_schema() -> None:
    config, problems = load_config(BUNDLED)
    assert problems == []
    assert config.title == "Iran nuclear negotiations"
    assert config.kind("nuclear-step") is not None
    assert config.series_of("enrichment-level").kind is SeriesKind.LEVEL  # type: ignore[union-attr]
    document = yaml.safe_load((BUNDLED / "dataset.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(document, config_json_schema())


def test_the_committed_config_schema_is_current() -> None:
    committed = (REPO / "schema" / "dataset.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == config_json_schema()


def test_a_data_dir_without_configuration_gets_generic_words(write_rounds) -> None:
    root = write_rounds({"milestones/2025/a.yaml": WHA_MILESTONE}, base=False)
    checked, _ = validate(root)
    assert checked.dataset.config is GENERIC
    assert [(p.rule, p.line, p.column) for p in checked.problems] == [("vocabulary", 4, 11)]
    assert "add 'wha-vote' to milestone_kinds in dataset.yaml" in str(checked.problems[0].hint)


def test_the_dataset_vocabulary_replaces_the_generic_one(write_rounds) -> None:
    root = write_rounds(
        {"dataset.yaml": CONFIG, "milestones/2025/a.yaml": WHA_MILESTONE}, base=False
    )
    checked, _ = validate(root)
    assert checked.problems == []
    assert checked.dataset.config.short_name == "pandemic talks"
    assert checked.dataset.config.deadline_kinds() == frozenset({"deadline"})
    # a generic word the dataset did not keep is now refused
    root = write_rounds(
        {
            "dataset.yaml": CONFIG,
            "milestones/2025/a.yaml": WHA_MILESTONE.replace("wha-vote", "vote"),
        },
        base=False,
    )
    checked, _ = validate(root)
    assert [p.rule for p in checked.problems] == ["vocabulary"]
    assert str(checked.problems[0].hint).startswith("did you mean 'wha-vote', or add 'vote'")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: [a\n", [(2, 1, "yaml-syntax")]),
        ("short_name: x\n", [(1, 1, "missing-field")]),
        ("title: x\ncolour: red\n", [(2, 1, "unknown-key")]),
        ("title: x\ndefaults:\n  timezone: Mars/Olympus\n", [(3, 3, "config")]),
        ("title: x\ndefaults:\n  stale_days: 0\n", [(3, 15, "type")]),
        (
            "title: x\nseries:\n  - id: s\n    label: S\n    unit: kg\n    kind: guess\n",
            [(6, 11, "enum")],
        ),
        (
            "title: x\nsource_tiers:\n  wire: [a.org]\n  outlet: [a.org]\n",
            [(3, 3, "config")],
        ),
        (
            "title: x\nvocabularies:\n  occasions:\n    - id: a\n    - id: a\n",
            [(3, 3, "config")],
        ),
        ("title: !!python/object:os.system x\n", [(1, 8, "yaml-tag")]),
    ],
)
def test_configuration_mistakes_are_located(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    config, problems = parse_config(text.encode(), "dataset.yaml")
    assert [(p.line, p.column, p.rule) for p in problems] == expected
    assert all(p.path == "dataset.yaml" for p in problems)
    assert config.vocabulary.milestone_kinds  # still usable: generic defaults


def test_a_broken_configuration_fails_validate_with_its_location(write_rounds) -> None:
    root = write_rounds({"dataset.yaml": "title: x\ndefaults:\n  timezone: Nowhere\n"})
    result = invoke("validate", "--data-dir", str(root))
    assert result.exit_code == 1
    assert "dataset.yaml:3:3: error: unknown time zone 'Nowhere' [config]" in result.stdout


def test_tone_outside_the_category_range_is_a_warning(problems_of) -> None:
    statement = """
        statements:
          - id: threat
            speaker: blinken
            date: 2021-06-25
            text: We will strike.
            category: threaten
            tone: 2
            verified: true
            sources:
              - url: https://example.org/a
    """
    assert problems_of({"statements/2021/a.yaml": statement}) == [
        ("statements/2021/a.yaml", 7, 11, "tone-unexpected")
    ]


def test_declared_topics_warn_about_others(write_rounds, tmp_path, monkeypatch) -> None:
    config = "title: x\nvocabularies:\n  topics:\n    - id: trade\n"
    statement = """
        statements:
          - id: s
            speaker: blinken
            date: 2021-06-25
            text: hi
            topics: [trade, fishing]
            verified: true
            sources:
              - url: https://example.org/a
    """
    root = write_rounds({"dataset.yaml": config, "statements/2021/a.yaml": statement})
    checked, _ = validate(root)
    assert [(p.rule, p.line) for p in checked.problems] == [("unknown-topic", 6)]


def test_the_schema_of_data_files_lists_the_dataset_words(write_rounds) -> None:
    root = write_rounds({"dataset.yaml": CONFIG}, base=False)
    result = invoke("schema", "--data-dir", str(root))
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$defs"]["milestone"]["properties"]["kind"]["enum"] == ["wha-vote", "deadline"]
    # without a configuration a kind is any kebab-case word
    generic = json_schema()
    assert "pattern" in generic["$defs"]["milestone"]["properties"]["kind"]


def test_a_changed_configuration_is_never_answered_from_the_cache(write_rounds) -> None:
    root = write_rounds({"milestones/2025/a.yaml": WHA_MILESTONE})
    first = invoke("timeline", "--data-dir", str(root), "--format", "json")
    assert first.exit_code == 1  # wha-vote is not a word of the bundled vocabulary
    (root / "dataset.yaml").write_text(
        (root / "dataset.yaml").read_text() + "\n", encoding="utf-8"
    )  # same words: still an error
    assert invoke("timeline", "--data-dir", str(root), "--format", "json").exit_code == 1
    (root / "dataset.yaml").write_text(textwrap_dedent(CONFIG), encoding="utf-8")
    second = invoke("timeline", "--data-dir", str(root), "--format", "json")
    assert second.exit_code == 0, second.stderr


def textwrap_dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).lstrip("\n")


def test_every_configuration_key_is_documented() -> None:
    from jcpoa_tracker.config_file import CONFIG_SPEC, NESTED_SPECS

    page = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [
        f"{spec.name}.{field.name}"
        for spec in (CONFIG_SPEC, *NESTED_SPECS)
        for field in spec.fields
        if f"`{field.name}`" not in page
    ]
    assert missing == []


def test_the_example_dataset_has_its_own_configuration() -> None:
    who = REPO / "examples" / "who-pandemic-agreement"
    config, problems = load_config(who)
    assert problems == []
    assert config.title == "WHO pandemic agreement negotiations"
    assert config.kind("nuclear-step") is None and config.kind("adoption") is not None


def test_defaults_main_track_citation_style_and_timezone(write_rounds) -> None:
    from datetime import date as day

    from jcpoa_tracker.cli.dataset_yaml import dataset_timezone as _timezone
    from jcpoa_tracker.loader import load
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.report.status import build_status

    bundled = load([BUNDLED]).dataset
    ordered = [t.track.id for t in build_status(Scope(bundled), day(2025, 9, 1)).tracks]
    assert ordered[0] != "us-iran-2026"  # not yet begun: the main track is not invented
    config = (BUNDLED / "dataset.yaml").read_text()
    root = write_rounds(
        {"dataset.yaml": config.replace("main_track: us-iran-2026", "main_track: vienna")}
    )
    data = load([root]).dataset
    assert data.config.defaults.main_track == "vienna"
    assert _timezone(BUNDLED) == "UTC"
    assert _timezone(REPO / "examples" / "who-pandemic-agreement") == "Europe/Zurich"
    zoned = write_rounds(
        {"dataset.yaml": "title: x\ndefaults:\n  # note\n  timezone: Asia/Tokyo\n"}
    )
    assert _timezone(zoned) == "Asia/Tokyo"
    assert _timezone(write_rounds({"dataset.yaml": "title: x\n# timezone: Asia/Tokyo\n"})) is None
    by_url = write_rounds({"dataset.yaml": config + "\n"})
    text = (
        (by_url / "dataset.yaml")
        .read_text()
        .replace("  timezone: UTC\n", "  timezone: UTC\n  citation_style: url\n")
    )
    (by_url / "dataset.yaml").write_text(text)
    assert load([by_url]).dataset.config.defaults.citation_style == "url"


def test_a_url_citation_style_shows_addresses_in_briefings(write_rounds) -> None:
    said = """
        statements:
          - id: said
            speaker: blinken
            date: 2021-12-09
            text: We are ready.
            category: agree
            verified: true
            sources: [{url: "https://example.org/said", outlet: Example Wire}]
    """
    outlet = write_rounds({"statements/2021/a.yaml": said})
    args = ["briefing", "--as-of", "2021-12-10", "--format", "html", "--data-dir", str(outlet)]
    assert '<a href="https://example.org/said">Example Wire</a>' in invoke(*args).stdout
    config = BUNDLED_CONFIG.replace("  timezone: UTC\n", "  timezone: UTC\n  citation_style: url\n")
    write_rounds({"dataset.yaml": config})
    shown = invoke(*args).stdout
    assert '<a href="https://example.org/said">https://example.org/said</a>' in shown
