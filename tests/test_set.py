"""`set`: the fields that move during talks, changed in place with the rest
of the file kept byte for byte, and refused when the result has errors."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.fields import ListOf, MapOf, Obj, singular
from jcpoa_tracker.schema import RECORD_SPECS
from tests.conftest import DATA

runner = CliRunner()
TODAY = "2021-12-20"
ROUND_FILE = "tracks/vienna/vienna-r7.yaml"

ROUND = """\
rounds:
  - id: vienna-r6
    track: vienna
    title: Sixth round
    start: 2021-06-12
    end: 2021-06-20
    sticking_points:
      - id: sanctions
        title: Which US sanctions are to be lifted
        status: open
    sources:
      - url: https://example.org/r6
"""

ROUND_7 = """\
# Round 7: dates from TASS; check Reuters too.
rounds:
  - id: vienna-r7
    track: vienna
    title: Seventh round
    start: 2021-11-29  # Monday
    # no end yet: still in session
    pauses:
      - start: 2021-12-03
        note: Delegations return to capitals.
    sticking_points:
      - id: basis-of-talks
        title: "Basis of talks: the round-6 drafts"
        status: open  # as of 3 Dec
        raised_by:
          - us
    sources:
      - url: https://example.org/r7  # TASS
"""


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"GITHUB_ACTIONS": "", "JCPOA_TRACKER_TODAY": TODAY})


# Written by hand, with a list in flow style.
TRACK = """\
tracks:
  - id: vienna
    title: Vienna talks
    parties: [us]
    sources:
      - url: https://example.org/vienna
"""


@pytest.fixture
def root(write_rounds) -> Path:
    return write_rounds(
        {
            "tracks/vienna/track.yaml": TRACK,
            "tracks/vienna/vienna-r6.yaml": ROUND,
            ROUND_FILE: ROUND_7,
        }
    )


def changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed lines, added lines)."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return (
        [line[2:] for line in diff if line.startswith("- ")],
        [line[2:] for line in diff if line.startswith("+ ")],
    )


def round_text(root: Path) -> str:
    return (root / ROUND_FILE).read_text(encoding="utf-8")


def test_an_end_date_is_inserted_after_start_and_nothing_else_moves(root: Path) -> None:
    result = invoke("set", "round", "vienna-r7", "--end", "2021-12-17", "--data-dir", str(root))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"updated round vienna-r7 in {root / ROUND_FILE}: end\n"
    removed, added = changes(ROUND_7, round_text(root))
    assert (removed, added) == ([], ["    end: 2021-12-17"])
    assert "    start: 2021-11-29  # Monday\n    end: 2021-12-17\n    # no end yet" in (
        round_text(root)
    )


def test_a_value_is_replaced_in_place_keeping_its_line_comment(root: Path) -> None:
    result = invoke(
        "set", "round", "vienna-r7", "--sticking-point", "basis-of-talks", "--status",
        "narrowed", "--raised-by", "blinken", "--raised-by", "us", "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    removed, added = changes(ROUND_7, round_text(root))
    assert removed == ["        status: open  # as of 3 Dec"]
    assert added == ["        status: narrowed  # as of 3 Dec", "          - blinken"]
    assert "sticking_points[basis-of-talks].status" in result.stdout


def test_a_new_sticking_point_takes_its_title_from_an_earlier_round(root: Path) -> None:
    result = invoke(
        "set", "round", "vienna-r7", "--sticking-point", "sanctions", "--status", "narrowed",
        "--note", "Iran tabled a draft.", "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    removed, added = changes(ROUND_7, round_text(root))
    assert removed == []
    assert added == [
        "      - id: sanctions",
        "        title: Which US sanctions are to be lifted",
        "        status: narrowed",
        "        note: Iran tabled a draft.",
    ]


def test_a_sticking_point_new_to_the_track_needs_a_title(root: Path) -> None:
    result = invoke(
        "set", "round", "vienna-r7", "--sticking-point", "guarantees", "--status", "open",
        "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "'guarantees' is a new sticking point for track 'vienna': give its --title" in (
        result.stderr
    )
    assert round_text(root) == ROUND_7


def test_a_pause_is_ended_and_a_later_one_added_in_date_order(root: Path) -> None:
    ended = invoke(
        "set", "round", "vienna-r7", "--pause", "2021-12-03..2021-12-09", "--data-dir", str(root)
    )
    assert ended.exit_code == 0, ended.stderr
    earlier = invoke(
        "set", "round", "vienna-r7", "--pause", "2021-11-30..2021-11-30", "--note", "A holiday.",
        "--data-dir", str(root),
    )  # fmt: skip
    assert earlier.exit_code == 0, earlier.stderr
    assert (
        "    pauses:\n"
        "      - start: 2021-11-30\n"
        "        end: 2021-11-30\n"
        "        note: A holiday.\n"
        "      - start: 2021-12-03\n"
        "        end: 2021-12-09\n"
        "        note: Delegations return to capitals.\n"
    ) in round_text(root)


def test_an_end_before_the_start_is_refused_and_nothing_written(root: Path) -> None:
    result = invoke("set", "round", "vienna-r7", "--end", "2021-11-01", "--data-dir", str(root))
    assert result.exit_code == 1
    assert f"{root / ROUND_FILE}:7:10: error: round ends (2021-11-01) before it starts" in (
        result.stderr
    )
    assert "[date-order]" in result.stderr
    assert "nothing was written" in result.stderr
    assert round_text(root) == ROUND_7


def test_an_unknown_round_is_a_usage_error(root: Path) -> None:
    result = invoke("set", "round", "vienna-r8", "--end", "2021-12-17", "--data-dir", str(root))
    assert result.exit_code == 2
    assert "no round has the id 'vienna-r8'; did you mean 'vienna-r7'?" in result.stderr


def test_dry_run_prints_a_unified_diff_and_writes_nothing(root: Path) -> None:
    result = invoke(
        "set", "round", "vienna-r7", "--end", "2021-12-17", "--outcome", "Closed: more later.",
        "--dry-run", "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"--- a/{root / ROUND_FILE}\n+++ b/{root / ROUND_FILE}\n")
    assert "+    end: 2021-12-17\n" in result.stdout
    assert '+    outcome: "Closed: more later."\n' in result.stdout
    assert round_text(root) == ROUND_7


def test_sources_are_appended_once(root: Path) -> None:
    result = invoke(
        "set", "round", "vienna-r7", "--source", "https://example.org/r7", "--source",
        "https://example.org/reuters", "--outlet", "TASS", "--outlet", "Reuters",
        "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "already a source of vienna-r7: https://example.org/r7" in result.stderr
    assert round_text(root).endswith(
        "      - url: https://example.org/r7  # TASS\n"
        "      - url: https://example.org/reuters\n"
        "        outlet: Reuters\n"
        "        accessed: 2021-12-20\n"
    )


def test_delegations_are_made_and_then_extended(root: Path) -> None:
    first = invoke(
        "set", "round", "vienna-r7", "--delegation", "us=blinken", "--data-dir", str(root)
    )
    assert first.exit_code == 0, first.stderr
    # After `start`, before the comment that belongs to `pauses`.
    assert "# Monday\n    delegations:\n      us: blinken\n    # no end yet" in round_text(root)
    second = invoke("set", "round", "vienna-r7", "--delegation", "us=us", "--data-dir", str(root))
    assert second.exit_code == 0, second.stderr
    assert "# Monday\n    delegations:\n      us: us\n    # no end yet" in round_text(root)


def test_a_phase_is_declared_in_date_order_with_its_source(root: Path) -> None:
    result = invoke(
        "set", "track", "vienna", "--phase", "suspended", "--date", "11 March 2022",
        "--note", "A pause is needed.", "--source", "https://example.org/pause",
        "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    track = (root / "tracks/vienna/track.yaml").read_text(encoding="utf-8")
    # The rest of the file, flow-style list included, is untouched.
    assert track.endswith(
        "    phases:\n"
        "      - date: 2022-03-11\n"
        "        phase: suspended\n"
        "        note: A pause is needed.\n"
        "        sources:\n"
        "          - url: https://example.org/pause\n"
        "            accessed: 2021-12-20\n"
        "    sources:\n"
        "      - url: https://example.org/vienna\n"
    )
    assert "    parties: [us]\n" in track


def test_a_flow_list_is_rewritten_in_block_style_when_it_grows(root: Path) -> None:
    result = invoke("set", "track", "vienna", "--party", "blinken", "--data-dir", str(root))
    assert result.exit_code == 0, result.stderr
    track = (root / "tracks/vienna/track.yaml").read_text(encoding="utf-8")
    assert "    parties:\n      - us\n      - blinken\n" in track


def test_an_interrupted_write_leaves_the_original_intact(root: Path, monkeypatch) -> None:
    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = invoke("set", "round", "vienna-r7", "--end", "2021-12-17", "--data-dir", str(root))
    assert result.exit_code == 130  # interrupted
    assert round_text(root) == ROUND_7
    assert sorted(os.listdir(root / "tracks/vienna")) == [
        "track.yaml",
        "vienna-r6.yaml",
        "vienna-r7.yaml",
    ]


def test_options_that_need_a_sticking_point_say_so(root: Path) -> None:
    result = invoke("set", "round", "vienna-r7", "--status", "open", "--data-dir", str(root))
    assert result.exit_code == 2
    assert "--status and --raised-by need --sticking-point ID" in result.stderr


def test_set_keeps_the_bundled_data_canonical_and_valid(tmp_path: Path) -> None:
    data = tmp_path / "rounds"
    shutil.copytree(DATA, data)
    result = invoke(
        "set", "round", "us-iran-2026-burgenstock", "--sticking-point", "enrichment", "--status",
        "deadlocked", "--title", "Enrichment", "--pause", "2026-06-22",
        "--source", "https://example.org/x", "--data-dir", str(data),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert invoke("fmt", "--check", "--data-dir", str(data)).exit_code == 0
    assert invoke("validate", "--strict", "--data-dir", str(data)).exit_code == 0


def test_a_phase_already_declared_is_not_declared_twice(root: Path) -> None:
    args = ("set", "track", "vienna", "--phase", "suspended", "--date", "2022-03-11")
    assert invoke(*args, "--data-dir", str(root)).exit_code == 0
    track = (root / "tracks/vienna/track.yaml").read_text(encoding="utf-8")
    again = invoke(*args, "--data-dir", str(root))
    assert again.exit_code == 0
    assert "nothing to change in track vienna" in again.stderr
    assert (root / "tracks/vienna/track.yaml").read_text(encoding="utf-8") == track


def test_a_byte_order_mark_is_kept_and_the_edit_lands_in_place(root: Path) -> None:
    (root / ROUND_FILE).write_text("\ufeff" + ROUND_7, encoding="utf-8")
    result = invoke("set", "round", "vienna-r7", "--end", "2021-12-17", "--data-dir", str(root))
    assert result.exit_code == 0, result.stderr
    after = round_text(root)
    assert after.startswith("\ufeff# Round 7")
    assert changes(ROUND_7, after.removeprefix("\ufeff")) == ([], ["    end: 2021-12-17"])


@pytest.mark.parametrize("kind", [spec.name for spec in RECORD_SPECS.values()])
def test_every_field_but_those_that_identify_a_record_is_a_set_option(kind: str) -> None:
    """A field added to schema.py is an option of `set` (a list one adds items)."""
    from jcpoa_tracker.cli.set_cmd import _NOT_SET

    spec = next(s for s in RECORD_SPECS.values() if s.name == kind)
    result = runner.invoke(app, ["set", kind, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    for field in spec.fields:
        if field.name in ("id", "sources") or field.name in _NOT_SET.get(kind, set()) - {
            "title",
            "note",
        }:
            continue
        name = singular(field.name) if isinstance(field.type, ListOf | MapOf) else field.name
        if isinstance(field.type, Obj):  # one option per field: --vote-yes
            name = f"{field.name}_{field.type.spec.fields[0].name}"
        assert f" --{name.replace('_', '-')} " in result.stdout, f"{kind}: {field.name}"
