"""`briefing`: windows (dates, git revisions, the state file), content and
alerts, every format's escaping, templates, unattended behaviour (exit
codes, atomic writes, byte-identical runs), goldens on the bundled data and
the checked-in samples.  Regenerate goldens with UPDATE_GOLDENS=1 after a
reviewed change; regenerate the samples with docs/examples/briefing/regenerate.sh."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from jcpoa_tracker.briefing_state import BriefingState, read_state, write_state
from jcpoa_tracker.cli import app
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.loader import load
from jcpoa_tracker.model import Confidence, Statement
from jcpoa_tracker.provenance import DataOrigin, data_hash
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render import templates
from jcpoa_tracker.render.briefing import context
from jcpoa_tracker.render.templates import (
    COMPILED_DIR,
    TEMPLATE_DIR,
    TEMPLATES,
    compiled_name,
    compiled_source,
    environment,
    render_template,
    shipped,
)
from jcpoa_tracker.report.briefing import (
    NewsKind,
    Window,
    WindowKind,
    build_briefing,
    notable_quotes,
    notable_window_quotes,
    window_quotes,
    window_statement_ids,
    window_statements,
)
from jcpoa_tracker.report.diff import Change, RecordChange
from jcpoa_tracker.search.index import open_index
from jcpoa_tracker.search.quotes import Quote, Vocabulary
from tests.conftest import DATA, REPO, GitRepo

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden" / "briefing"
SAMPLES = REPO / "docs" / "examples" / "briefing"


ROUND = """
    rounds:
      - id: vienna-r7
        track: vienna
        number: 7
        title: Seventh round
        start: 2021-11-29
        end: {end}
        location: Vienna, Austria
        sticking_points:
          - id: basis-of-talks
            title: Basis of talks
            status: {status}
        sources:
          - url: https://example.org/r7
"""


def round_r7(end: str = "2021-12-03", status: str = "open") -> str:
    return ROUND.format(end=end, status=status)


def statement(
    ident: str,
    day: str,
    text: str = "There will come a point.",
    *,
    category: str = "assess",
    tone: int = 0,
    extra: str = "",
) -> str:
    return f"""
    statements:
      - id: {ident}
        speaker: blinken
        date: {day}
        role: US Secretary of State
        text: {json.dumps(text)}
        category: {category}
        tone: {tone}
        verified: true
        {extra}
        sources:
          - url: https://example.org/news/{ident}
            outlet: The National
    """


def briefing(*args: str, data: Path, today: str = "2021-12-10", **env: str) -> Any:
    return runner.invoke(
        app,
        ["briefing", *args, "--data-dir", str(data)],
        env={"JCPOA_TRACKER_TODAY": today, "GITHUB_ACTIONS": "", **env},
    )


def as_json(result: Any) -> dict[str, Any]:
    assert result.exit_code in (0, 1), result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# --- the dated window -----------------------------------------------------------


@pytest.fixture
def talks(write_rounds: Callable[..., Path]) -> Path:
    """Round 7 (29 Nov - 3 Dec 2021) and three statements around it."""
    return write_rounds(
        {
            "tracks/vienna/vienna-r7.yaml": round_r7(status="narrowed"),
            "statements/2021/2021-11-20-blinken.yaml": statement("b-nov-20", "2021-11-20"),
            "statements/2021/2021-12-03-blinken.yaml": statement(
                "b-dec-03", "2021-12-03", "Iran does not seem serious.", category="warn", tone=-1
            ),
            "statements/2021/2021-12-09-blinken.yaml": statement(
                "b-dec-09", "2021-12-09", "We are ready to return.", category="agree", tone=1
            ),
        }
    )


def test_the_default_window_is_7_days_back_from_the_as_of_day(talks: Path) -> None:
    document = as_json(briefing("--format", "json", data=talks))
    window = document["window"]
    assert window["kind"] == "default"
    assert (window["start"]["iso"], window["end"]["iso"], window["days"]) == (
        "2021-12-03",
        "2021-12-10",
        8,
    )
    events = [(e["kind"], e["record"]) for e in document["new"]["events"]]
    assert events == [("round ended", "vienna-r7")]  # began 29 November: before the window
    assert document["new"]["statements"]["total"] == 2
    # agree (3) + |tone| 1 ranks above warn (2) + |tone| 1
    assert [q["id"] for q in document["quotes"]] == ["b-dec-09", "b-dec-03"]
    assert document["new"]["sticking_points"] == [
        {
            "track": {"id": "vienna", "title": "Vienna talks"},
            "id": "basis-of-talks",
            "title": "Basis of talks",
            "before": "open",  # on the table while the round ran
            "after": "narrowed",  # known when it closed
            "round": "vienna-r7",
            "summary": "open → narrowed",
        }
    ]


def test_since_takes_a_date_or_a_duration(talks: Path) -> None:
    document = as_json(briefing("--since", "2021-11", "--format", "json", data=talks))
    assert document["window"]["start"]["iso"] == "2021-11-01"
    kinds = [e["kind"] for e in document["new"]["events"]]
    assert kinds == ["round held"]
    assert document["new"]["events"][0]["when"] == "29 November 2021 to 3 December 2021"
    assert document["new"]["statements"]["total"] == 3
    short = as_json(briefing("--since", "2d", "--format", "json", data=talks))
    assert short["window"]["start"]["iso"] == "2021-12-08"
    assert [q["id"] for q in short["quotes"]] == ["b-dec-09"]
    assert short["window"]["description"] == "8 December 2021 to 10 December 2021 (since 2d)"


def test_a_round_in_session_is_the_headline_with_its_day(talks: Path) -> None:
    document = as_json(briefing("--as-of", "2021-12-01", "--format", "json", data=talks))
    track = document["headline"]["tracks"][0]
    assert track["phase"] == "in session"
    assert track["round"]["state"] == "current" and track["round"]["day"] == 3
    assert track["summary"] == "in session: Seventh round, day 3"


def test_nothing_new_with_fail_if_empty_exits_4_and_writes_nothing(
    talks: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.md"
    result = briefing(
        "--as-of", "2022-06-01", "--fail-if-empty", "-o", str(out), data=talks, today="2022-06-01"
    )
    assert result.exit_code == 4
    assert result.stdout == "" and result.stderr == ""  # no TTY: the exit code says it
    assert not out.exists()
    without = briefing("--as-of", "2022-06-01", data=talks)
    assert without.exit_code == 0
    assert "Nothing new in this window." in without.stdout


def test_data_errors_are_an_alert_and_exit_1_after_writing(talks: Path, tmp_path: Path) -> None:
    (talks / "statements/2021/broken.yaml").write_text("statements: [\n", encoding="utf-8")
    out = tmp_path / "b.txt"
    result = briefing("-o", str(out), "--fail-if-empty", "--as-of", "2022-06-01", data=talks)
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert "! error: The data has 1 error: records they affect are left out" in text
    assert "the data has 1 error(s)" in result.stderr


# --- alerts ---------------------------------------------------------------------


def test_alerts_stale_data_near_deadline_and_low_confidence(write_rounds) -> None:
    data = write_rounds(
        {
            "tracks/vienna/vienna-r8.yaml": """
                rounds:
                  - id: vienna-r8
                    track: vienna
                    title: Eighth round
                    start: 2021-11-29
                    sources: [{url: "https://example.org/r8"}]
            """,
            "statements/2021/2021-11-30-blinken.yaml": statement(
                "quiet-since",
                "2021-11-30",
                extra='confidence: low\n        confidence_note: "From memory."',
            ),
            "milestones/2021/2021-12-20-deadline.yaml": """
                milestones:
                  - id: deadline-x
                    date: 2021-12-20
                    announced: 2021-12-01
                    kind: deadline
                    title: Deadline for a reply
                    sources: [{url: "https://example.org/d"}]
            """,
        }
    )
    document = as_json(
        briefing("--since", "2021-11-28", "--stale-days", "7", "--format", "json", data=data)
    )
    alerts = {a["kind"]: a for a in document["alerts"]}
    assert set(alerts) == {"stale", "stale-data", "deadline", "low-confidence"}
    assert alerts["stale-data"]["message"] == (
        "The data may be behind: its newest record is from 30 November 2021, 10 days before "
        "this briefing. Check for news before sending."
    )
    assert alerts["stale"]["message"] == (
        "No statement recorded for 10 days while talks are in session "
        "(Eighth round): the data may be behind."
    )
    assert (
        alerts["deadline"]["message"]
        == "Deadline in 10 days: Deadline for a reply (20 December 2021)."
    )
    assert alerts["low-confidence"]["records"] == ["quiet-since"]
    assert document["headline"]["next"]["title"] == "Deadline for a reply"
    calm = as_json(
        briefing("--format", "json", "--stale-days", "11", "--deadline-days", "9", data=data)
    )
    assert [a["kind"] for a in calm["alerts"]] == []  # thresholds are options


# --- notable quotes ---------------------------------------------------------------


def _quote(ident: str, **fields: Any) -> Quote:
    values: dict[str, Any] = {
        "id": ident,
        "speaker": "blinken",
        "speaker_name": "Antony Blinken",
        "party": "us",
        "party_name": "United States",
        "role": None,
        "on_behalf_of": None,
        "date": FuzzyDate(2021, 12, 3),
        "text": "x",
        "original": None,
        "occasion": None,
        "context": None,
        "round": None,
        "round_title": None,
        "track": None,
        "track_title": None,
        "topics": (),
        "category": None,
        "tone": None,
        "verified": True,
        "confidence": Confidence.HIGH,
        "confidence_note": None,
        "date_note": None,
        "note": None,
        "sources": (),
        "path": "p",
        "line": 1,
        "column": 1,
    }
    values.update(fields)
    return Quote(**values)


def test_notable_means_category_then_tone_then_verified_wording() -> None:
    quotes = [
        _quote("assess-calm", category="assess", tone=0),
        _quote("threat", category="threaten", tone=-2),
        _quote("agree-warm", category="agree", tone=1),
        _quote("threat-unverified", category="threaten", tone=-2, verified=False),
        _quote("uncoded"),
    ]
    ranked = [(n.quote.id, n.score) for n in notable_quotes(quotes, 10)]
    assert ranked == [
        ("threat", 6),
        ("threat-unverified", 5),
        ("agree-warm", 4),
        ("assess-calm", 0),
        ("uncoded", 0),  # a tie on score and date: by id
    ]
    assert [n.quote.id for n in notable_quotes(quotes, 2)] == ["threat", "threat-unverified"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, "assess", "warn", "agree", "threaten"]),
            st.sampled_from([None, -2, -1, 0, 1, 2]),
            st.booleans(),
            st.integers(1, 28),
        ),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
    st.integers(0, 12),
)
def test_the_ranking_does_not_depend_on_input_order(items, random, limit) -> None:
    quotes = [
        _quote(f"q{n}", category=c, tone=t, verified=v, date=FuzzyDate(2021, 12, d))
        for n, (c, t, v, d) in enumerate(items)
    ]
    shuffled = list(quotes)
    random.shuffle(shuffled)
    first = notable_quotes(quotes, limit)
    assert first == notable_quotes(shuffled, limit)
    assert len(first) == min(limit, len(quotes))
    scores = [n.score for n in first]
    assert scores == sorted(scores, reverse=True)


# --- the git-revision window -------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, write_rounds) -> GitRepo:
    repo = GitRepo(tmp_path, write_rounds)
    repo.commit(
        {
            "tracks/vienna/vienna-r7.yaml": round_r7(),
            "statements/2021/2021-06-25-blinken.yaml": statement("old", "2021-06-25"),
        },
        "first",
    )
    repo.commit(
        {
            "tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17", status="narrowed"),
            # dated months back, added today: a revision window still reports it
            "statements/2021/2021-06-26-blinken.yaml": statement("added", "2021-06-26"),
        },
        "second",
    )
    return repo


def test_since_ref_reports_exactly_what_was_added_or_changed(repo: GitRepo) -> None:
    first = repo.git("rev-parse", "HEAD~1").strip()
    document = as_json(
        briefing("--since-ref", "HEAD~1", "--as-of", "2021-12-20", "-f", "json", data=repo.data)
    )
    window = document["window"]
    assert (window["kind"], window["typed"], window["commit"]) == ("since-ref", "HEAD~1", first)
    assert window["start"] is None
    (event,) = document["new"]["events"]
    assert (event["kind"], event["change"], event["record"]) == ("round", "changed", "vienna-r7")
    assert [f["summary"] for f in event["fields"]] == [
        "end: 2021-12-03 → 2021-12-17",
        "sticking point basis-of-talks: status: open → narrowed",
    ]
    assert document["new"]["statements"]["total"] == 1
    assert [q["id"] for q in document["quotes"]] == ["added"]
    assert document["new"]["sticking_points"][0]["summary"] == "open → narrowed"
    footer = document["footer"]
    assert footer["commit"] == repo.git("rev-parse", "HEAD").strip()
    assert footer["dirty"] is False
    markdown = briefing("--since-ref", "HEAD~1", data=repo.data).stdout
    assert f"records added or changed since HEAD\\~1 (commit {first[:12]})" in markdown


def test_since_ref_reads_the_same_with_and_without_the_cache(repo: GitRepo) -> None:
    repo.write({"statements/2021/2021-06-27-blinken.yaml": statement("uncommitted", "2021-06-27")})
    for track in ([], ["--track", "vienna"]):
        args = ["--since-ref", "HEAD~1", "--as-of", "2021-12-20", "-f", "json", *track]
        cached = as_json(briefing(*args, data=repo.data))
        assert [q["id"] for q in cached["quotes"]] == ["uncommitted", "added"]
        assert cached["new"]["sticking_points"][0]["summary"] == "open → narrowed"
        assert as_json(briefing(*args, "--no-cache", data=repo.data)) == cached


def test_since_ref_at_head_is_empty_until_the_working_tree_changes(repo: GitRepo) -> None:
    assert briefing("--since-ref", "HEAD", "--fail-if-empty", data=repo.data).exit_code == 4
    repo.write({"statements/2021/2021-06-27-blinken.yaml": statement("uncommitted", "2021-06-27")})
    document = as_json(briefing("--since-ref", "HEAD", "-f", "json", data=repo.data))
    assert [q["id"] for q in document["quotes"]] == ["uncommitted"]
    assert document["footer"]["dirty"] is True
    assert "+ uncommitted changes" in document["footer"]["line"]


def test_since_ref_compares_statements_as_written_when_sources_are_graded(
    repo: GitRepo,
) -> None:
    """Reports read statements with their sources' tiers filled in; the
    revision's records are compared as written, so grading changes none."""
    from tests.conftest import BUNDLED_CONFIG

    graded = {"dataset.yaml": BUNDLED_CONFIG + "source_tiers:\n  wire:\n    - example.org\n"}
    repo.commit(graded)
    document = as_json(briefing("--since-ref", "HEAD", "-f", "json", data=repo.data))
    assert document["quotes"] == [] and document["new"]["statements"]["total"] == 0
    assert briefing("--since-ref", "HEAD", "--fail-if-empty", data=repo.data).exit_code == 4
    # a file changed, not its statement: the statement is not news
    touched = repo.data / "statements/2021/2021-06-26-blinken.yaml"
    touched.write_text(touched.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    document = as_json(briefing("--since-ref", "HEAD", "-f", "json", data=repo.data))
    assert document["quotes"] == [] and document["new"]["statements"]["total"] == 0
    added = {"statements/2021/2021-06-27-blinken.yaml": statement("uncommitted", "2021-06-27")}
    repo.write({**graded, **added})
    document = as_json(briefing("--since-ref", "HEAD", "-f", "json", data=repo.data))
    (quote,) = document["quotes"]
    assert quote["id"] == "uncommitted"
    assert quote["source"]["tier"] == "wire"  # shown graded


def test_since_ref_on_an_unknown_revision_is_a_usage_error(repo: GitRepo) -> None:
    unknown = briefing("--since-ref", "no-such-branch", data=repo.data)
    assert unknown.exit_code == 2
    assert "--since-ref: unknown revision 'no-such-branch'" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_since_ref_outside_git_is_a_usage_error(talks: Path) -> None:
    outside = briefing("--since-ref", "HEAD", data=talks)
    assert outside.exit_code == 2
    assert "is not inside a git repository" in outside.stderr


# --- --since-last and the state file ------------------------------------------------


def test_since_last_starts_after_the_previous_briefing(talks: Path, tmp_path: Path) -> None:
    state = tmp_path / "state" / "daily.json"
    first = as_json(
        briefing(
            "--since-last", "--state", str(state), "-f", "json", today="2021-12-05", data=talks
        )
    )
    assert first["window"]["start"]["iso"] == "2021-11-28"  # no state: the default window
    assert "no previous briefing is recorded" in first["window"]["note"]
    recorded = read_state(state)
    assert recorded is not None and recorded.as_of == date(2021, 12, 5)
    assert recorded.data_sha256 == data_hash(talks)
    second = as_json(
        briefing(
            "--since-last", "--state", str(state), "-f", "json", today="2021-12-10", data=talks
        )
    )
    assert second["window"]["start"]["iso"] == "2021-12-06"
    assert second["window"]["previous_as_of"]["iso"] == "2021-12-05"
    assert second["window"]["note"] == "The data has not changed since the previous briefing."
    assert [q["id"] for q in second["quotes"]] == ["b-dec-09"]
    assert read_state(state).as_of == date(2021, 12, 10)  # type: ignore[union-attr]


def test_since_last_state_defaults_to_the_cache_folder(talks: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    result = briefing("--since-last", data=talks, JCPOA_TRACKER_CACHE_DIR=str(cache))
    assert result.exit_code == 0, result.stderr
    assert [p.name.endswith(".briefing-state.json") for p in cache.iterdir()].count(True) == 1


def test_the_state_is_untouched_when_writing_the_briefing_fails(
    talks: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    write_state(state, BriefingState(date(2021, 12, 1), "abc"))
    before = state.read_bytes()
    missing = tmp_path / "no-such-folder" / "b.md"
    result = briefing("--since-last", "--state", str(state), "-o", str(missing), data=talks)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot write '{missing}'")
    assert state.read_bytes() == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_the_state_is_untouched_when_standard_output_fails(talks: Path, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    env = {**os.environ, "JCPOA_TRACKER_TODAY": "2021-12-10"}
    command = ["jcpoa-tracker", "briefing", "--since-last", "--state", str(state)]
    with open("/dev/full", "w") as full:  # every write fails: "No space left on device"
        done = subprocess.run(
            [*command, "--data-dir", str(talks)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            check=False,
        )
    assert done.returncode == 2
    assert "Error: cannot write to standard output: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert not state.exists()


def test_a_damaged_state_file_warns_and_falls_back(talks: Path, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text("{not json", encoding="utf-8")
    result = briefing("--since-last", "--state", str(state), "-f", "json", data=talks)
    assert result.exit_code == 0
    assert "warning: the state file" in result.stderr and "damaged" in result.stderr
    note = json.loads(result.stdout)["window"]["note"]
    assert note.startswith("the state file is damaged")
    assert read_state(state) is not None  # rewritten after success


@given(
    st.dates(min_value=date(1000, 1, 1)),
    st.text(alphabet="0123456789abcdef", min_size=1, max_size=64),
    st.one_of(st.none(), st.text(alphabet="0123456789abcdef", min_size=40, max_size=40)),
    st.booleans(),
)
def test_the_state_file_round_trips(day, digest, commit, dirty) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nested" / "state.json"
        state = BriefingState(day, digest, commit, dirty)
        write_state(path, state)
        assert read_state(path) == state


# --- writing: atomic, deterministic, unattended ----------------------------------------


def test_a_failure_mid_write_leaves_the_previous_file(
    talks: Path, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "briefing.md"
    out.write_text("yesterday's briefing\n", encoding="utf-8")
    state = tmp_path / "state.json"

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("jcpoa_tracker.output.os.fsync", disk_full)
    result = briefing("--since-last", "--state", str(state), "-o", str(out), data=talks)
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "yesterday's briefing\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.md", "rounds"]
    assert not state.exists()


@pytest.mark.parametrize("suffix", ["md", "html", "txt", "json"])
def test_two_runs_are_byte_identical_and_the_format_follows_the_extension(
    talks: Path, tmp_path: Path, suffix: str
) -> None:
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"run{n}.{suffix}"
        result = briefing("-o", str(out), data=talks)
        assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    starts = {
        "md": b"# Iran nuclear talks: briefing",
        "html": b"<!DOCTYPE html>",
        "txt": b"Iran nuclear talks: briefing",
        "json": b"{",
    }
    assert outputs[0].startswith(starts[suffix])


def test_no_wall_clock_unless_asked(talks: Path) -> None:
    plain = as_json(briefing("-f", "json", data=talks))
    assert plain["footer"]["generated_at"] is None
    stamped = as_json(briefing("-f", "json", "--timestamp", data=talks))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", stamped["footer"]["generated_at"])
    assert "generated " in stamped["footer"]["line"]


def test_the_footer_names_as_of_window_hash_and_version(talks: Path) -> None:
    from jcpoa_tracker import __version__

    footer = as_json(briefing("-f", "json", data=talks))["footer"]
    digest = data_hash(talks)
    assert footer["data_sha256"] == digest and footer["commit"] is None  # not in git
    assert footer["line"] == (
        "As of 10 December 2021; window: 3 December 2021 to 10 December 2021 (the default "
        f"window); data sha256 {digest[:12]}; jcpoa-tracker {__version__}."
    )


def test_through_the_console_script_without_a_tty(talks: Path, tmp_path: Path) -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in ("TERM", "COLUMNS", "JCPOA_TRACKER_DATA")
    }
    env.update({"JCPOA_TRACKER_TODAY": "2021-12-10", "NO_COLOR": "", "TERM": "dumb"})
    done = subprocess.run(
        ["jcpoa-tracker", "briefing", "--format", "text", "--data-dir", str(talks)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == briefing("--format", "text", data=talks).stdout
    assert "\x1b" not in done.stdout and done.stderr == ""


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "7d", "--since-last"], "--since and --since-last choose different windows"),
        (["--state", "s.json"], "--state is the state file of --since-last"),
        (["--format", "json", "--template", "t.j2"], "JSON has no template"),
        (["--template", "missing.j2"], "--template: 'missing.j2' is not a file"),
        (["-o", "briefing.pdf"], "cannot tell the format from 'briefing.pdf'"),
        (["--since", "someday"], "--since: "),
        (["--since", "2022-01-01"], "--since: 2022-01-01 is after the as-of day 2021-12-10"),
        (["--as-of", "never"], "--as-of: "),
    ],
)
def test_usage_errors_exit_2_with_a_message(talks: Path, args: list[str], message: str) -> None:
    result = briefing(*args, data=talks)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


# --- escaping: hostile data in every format --------------------------------------------

HOSTILE = '<script>alert(1)</script> "onload=alert(2) </style> [bold red]rich[/] \\e[31m & <b>b</b>'


@pytest.fixture
def hostile(write_rounds) -> Path:
    quoted = json.dumps(HOSTILE).replace("\\\\e", "\\e")
    return write_rounds(
        {
            "tracks/vienna/vienna-r7.yaml": round_r7().replace(
                "title: Seventh round", f"title: {quoted}"
            ),
            "statements/2021/2021-12-05-blinken.yaml": textwrap.dedent(
                f"""
                statements:
                  - id: hostile
                    speaker: blinken
                    date: 2021-12-05
                    role: {quoted}
                    text: {quoted}
                    category: threaten
                    tone: -2
                    verified: true
                    sources:
                      - url: 'https://example.org/"><script>x</script>'
                        outlet: {quoted}
                """
            ),
            "milestones/2021/2021-12-06-x.yaml": f"""
                milestones:
                  - id: hostile-milestone
                    date: 2021-12-06
                    kind: other
                    title: {quoted}
                    sources: [{{url: "https://example.org/m"}}]
            """,
        }
    )


class TagChecker(HTMLParser):
    VOID = frozenset({"meta", "hr", "br", "img", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.mismatched: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.mismatched.append(tag)
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


TEMPLATE_TAGS = set(
    re.findall(r"<([a-z][a-z0-9]*)", (TEMPLATE_DIR / "briefing.html.j2").read_text())
)
SVG_TAGS = {"svg", "g", "rect", "text", "line", "path", "title", "circle", "polyline"}


def test_html_is_one_balanced_page_with_no_markup_from_the_data(hostile: Path) -> None:
    result = briefing("--format", "html", data=hostile)
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [] and checker.mismatched == []
    assert checker.tags <= TEMPLATE_TAGS | SVG_TAGS
    assert "script" not in checker.tags and "b" not in checker.tags
    assert not any(name.startswith("on") for name in checker.attributes)
    assert "\x1b" not in page
    text = "".join(checker.text)
    assert "<script>alert(1)</script>" in text and "[bold red]rich[/]" in text  # shown literally
    assert "\\x1b[31m" in text
    assert 'href="https://example.org/&#34;&gt;&lt;script&gt;x&lt;/script&gt;"' in page
    # self-contained: no scripts, no external resources
    assert "<script" not in page and "src=" not in page and "<link" not in page


def test_markdown_and_text_show_hostile_data_literally(hostile: Path) -> None:
    markdown = briefing(data=hostile).stdout
    assert "\\<script\\>alert(1)\\</script\\>" in markdown
    assert "\\[bold red\\]rich\\[/\\]" in markdown and "\x1b" not in markdown
    assert '<https://example.org/"%3E%3Cscript%3Ex%3C/script%3E>' in markdown
    text = briefing("--format", "text", data=hostile).stdout
    assert "\x1b" not in text and "\\x1b[31m" in text
    assert "[bold red]rich[/]" in text
    long_lines = [line for line in text.splitlines() if len(line) > 72]
    assert all(" " not in line.strip() for line in long_lines)  # only an unbreakable URL
    document = as_json(briefing("--format", "json", data=hostile))
    assert document["quotes"][0]["text"] == HOSTILE.replace("\\e", "\x1b")


# --- templates ---------------------------------------------------------------------


def test_a_user_template_gets_the_documented_context(talks: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{{ title }} | {{ window.kind }} | {{ new.statements.total }} statements\n"
        "{% for q in quotes %}{{ q.rank }}. {{ q.text }} ({{ q.id|code }})\n{% endfor %}",
        encoding="utf-8",
    )
    result = briefing("--template", str(template), data=talks)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Iran nuclear talks: briefing, 10 December 2021 | default | 2 statements\n"
        "1. We are ready to return. (`b-dec-09`)\n"
        "2. Iran does not seem serious. (`b-dec-03`)\n"
    )


def test_user_templates_are_autoescaped_for_html(hostile: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.html.j2"
    template.write_text("<p>{{ quotes[0].text }}</p>\n", encoding="utf-8")
    result = briefing("--template", str(template), "--format", "html", data=hostile)
    assert result.stdout.startswith("<p>&lt;script&gt;alert(1)&lt;/script&gt;")


@pytest.mark.parametrize(
    "source, where, message",
    [
        ("line one\n{% for x in quotes %}\nno end\n", ":3:", "Unexpected end of template"),
        ("ok\n{{ no_such_key }}\n", ":2:", "'no_such_key' is undefined"),
        ("{{ quotes[0].nope.deeper }}\n", ":1:", "has no attribute 'nope'"),
    ],
)
def test_a_broken_template_is_a_usage_error_with_file_and_line(
    talks: Path, tmp_path: Path, source: str, where: str, message: str
) -> None:
    template = tmp_path / "broken.md.j2"
    template.write_text(source, encoding="utf-8")
    result = briefing("--template", str(template), data=talks)
    assert result.exit_code == 2, result.stdout
    assert f"Error: --template: {template}{where}" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_templates_ship_inside_the_package() -> None:
    package = REPO / "jcpoa_tracker"
    assert package / "templates" == TEMPLATE_DIR
    assert sorted(p.name for p in TEMPLATE_DIR.glob("*.j2")) == [
        "briefing.html.j2",
        "briefing.md.j2",
        "briefing.txt.j2",
    ]
    compiled = [COMPILED_DIR / f"{compiled_name(fmt)}.py" for fmt in TEMPLATES]
    for path in (TEMPLATE_DIR / "briefing.md.j2", COMPILED_DIR / "__init__.py", *compiled):
        assert path.is_file()
        ignored = subprocess.run(["git", "check-ignore", "-q", str(path)], cwd=REPO, check=False)
        assert ignored.returncode != 0  # hatchling leaves out git-ignored files


# --- goldens on the bundled data ---------------------------------------------------------

PINNED = DataOrigin("0" * 64, "1" * 40, dirty=False)


@pytest.fixture(scope="module")
def bundled():
    dataset = load([DATA]).dataset
    index = open_index(DATA, {}, persistent=False)
    yield dataset, index, Vocabulary.of(index)
    index.close()


def _golden_context(bundled, day: str) -> dict[str, Any]:
    dataset, index, vocabulary = bundled
    as_of = date.fromisoformat(day)
    scope = Scope(dataset)
    window = Window(WindowKind.DEFAULT, as_of, as_of - timedelta(days=7))
    wanted = window_statement_ids(scope, window)
    result = build_briefing(
        scope, window, quotes=window_quotes(index, vocabulary, window, wanted), origin=PINNED
    )
    return context(result, {a.id: a for a in dataset.actors}, version="0.0.0-golden")


def _bundled_windows(dataset) -> list[Window]:
    """A week and a year back from every day a statement was made."""
    days = sorted({s.date.last_day for s in dataset.statements})
    return [
        Window(WindowKind.SINCE, day, day - timedelta(days=back))
        for day in days
        for back in (6, 365)
    ]


def test_the_notable_quotes_are_those_of_every_quote_of_the_window(bundled) -> None:
    """Looking up only the most notable statements' quotes chooses what
    ranking every quote of the window chooses, for every limit."""
    dataset, index, vocabulary = bundled
    scope = Scope(dataset)
    compared = 0
    for window in _bundled_windows(dataset):
        statements = window_statements(scope, window)
        every = window_quotes(index, vocabulary, window, {s.id for s in statements})
        assert len(every) == len(statements)  # the bundled data has no errors
        for limit in (0, 1, 2, 5, len(statements) + 1):
            found = notable_window_quotes(
                index, vocabulary, window, statements, limit, dataset.config
            )
            assert notable_quotes(found, limit, dataset.config) == notable_quotes(
                every, limit, dataset.config
            ), (window, limit)
            assert len(found) == min(limit, len(every))  # no more looked up than needed
            compared += 1
    assert compared > 500


def test_the_news_of_a_window_are_those_of_the_whole_timeline(
    bundled, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The briefing makes the timeline's events only for the records that
    reach its window: the news are those it finds among every event, for
    windows that start on, before and after every round's and milestone's
    days (rounds that began before a window and ended in it included)."""
    from jcpoa_tracker.report import briefing as briefing_module
    from jcpoa_tracker.report.timeline import build_timeline

    dataset, _, _ = bundled
    scope = Scope(dataset)
    days = {
        when.last_day
        for r in dataset.rounds
        for when in (r.start, r.end, r.cancelled, r.announced)
        if when is not None
    } | {m.date.last_day for m in dataset.milestones}
    days |= {change.date.last_day for track in dataset.tracks for change in track.phases}
    windows = [
        Window(WindowKind.SINCE, day + timedelta(days=shift), day + timedelta(days=shift - back))
        for day in sorted(days)
        for shift in (-1, 0, 3)
        for back in (0, 6, 40)
    ]

    def news_of_every_event() -> list[list[object]]:
        with monkeypatch.context() as patched:
            patched.setattr(
                briefing_module,
                "build_timeline",
                lambda *args, reaching=None, **kwargs: build_timeline(*args, **kwargs),
            )
            return [briefing_module._dated_news(scope, w) for w in windows]

    expected = news_of_every_event()
    assert [briefing_module._dated_news(scope, w) for w in windows] == expected
    assert sum(1 for items in expected if items) > 100
    ended_in_window = [
        item for items in expected for item in items if item.kind is NewsKind.ROUND_ENDED
    ]
    assert ended_in_window  # a round that began before its window is among them
    assert any(item.kind is NewsKind.PHASE for items in expected for item in items)


def test_notable_quotes_skip_statements_the_index_does_not_hold(bundled) -> None:
    """A statement in a file with errors is counted but not in the index:
    the next most notable ones are looked up until enough are found."""
    dataset, index, vocabulary = bundled
    scope = Scope(dataset)
    window = Window(WindowKind.SINCE, date(2026, 6, 30), date(2010, 1, 1))
    statements = window_statements(scope, window)
    assert len(statements) > 10
    # The most notable of all: the heaviest category, the strongest tone, the
    # newest date and, among those, the first ids.
    heaviest = max(dataset.config.vocabulary.categories, key=lambda c: c.weight)
    unindexed = [
        Statement(
            id=f"0-not-indexed-{n}",
            speaker=statements[-1].speaker,
            date=max((s.date for s in statements), key=lambda d: d.sort_key),
            text="-",
            category=heaviest.id,
            tone=-2,
            verified=True,
        )
        for n in range(5)
    ]
    found = notable_window_quotes(
        index, vocabulary, window, [*unindexed, *statements], 3, dataset.config
    )
    every = window_quotes(index, vocabulary, window, {s.id for s in statements})
    assert notable_quotes(found, 3, dataset.config) == notable_quotes(every, 3, dataset.config)
    assert len(notable_quotes(found, 3, dataset.config)) == 3


def test_notable_quotes_of_a_revision_window(bundled) -> None:
    dataset, index, vocabulary = bundled
    scope = Scope(dataset)
    window = Window(WindowKind.SINCE_REF, date(2026, 6, 30), typed="HEAD~1")
    changes = [
        RecordChange(Change.ADDED, "statement", s.id, s.path, s) for s in dataset.statements[::3]
    ]
    statements = window_statements(scope, window, changes)
    assert len(statements) > 10
    every = window_quotes(index, vocabulary, window, {s.id for s in statements})
    for limit in (1, 4):
        found = notable_window_quotes(index, vocabulary, window, statements, limit, dataset.config)
        assert notable_quotes(found, limit, dataset.config) == notable_quotes(
            every, limit, dataset.config
        )
        assert len(found) < len(every)


def test_an_id_given_twice_looks_up_every_quote(bundled) -> None:
    dataset, index, vocabulary = bundled
    scope = Scope(dataset)
    window = Window(WindowKind.SINCE, date(2026, 6, 30), date(2010, 1, 1))
    statements = window_statements(scope, window)
    twice = [*statements, statements[0]]
    found = notable_window_quotes(index, vocabulary, window, twice, 1, dataset.config)
    assert sorted(q.id for q in found) == sorted(
        q.id for q in window_quotes(index, vocabulary, window, {s.id for s in statements})
    )


@pytest.mark.parametrize("fmt, suffix", [("markdown", "md"), ("html", "html"), ("text", "txt")])
@pytest.mark.parametrize("day", ["2021-12-10", "2025-05-15"])
def test_golden(bundled, day: str, fmt: str, suffix: str) -> None:
    rendered = render_template(_golden_context(bundled, day), fmt)
    _compare(GOLDEN / f"{day}.{suffix}", rendered)


def test_the_compiled_templates_are_up_to_date() -> None:
    for fmt in TEMPLATES:
        shipped_module = COMPILED_DIR / f"{compiled_name(fmt)}.py"
        assert shipped_module.read_text(encoding="utf-8") == compiled_source(fmt), (
            f"{shipped_module.name} is out of date: run python -m jcpoa_tracker.render.templates"
        )


@pytest.mark.parametrize("fmt", list(TEMPLATES))
@pytest.mark.parametrize("day", ["2021-12-10", "2025-05-15"])
def test_a_compiled_template_renders_as_its_source(bundled, day: str, fmt: str) -> None:
    loaded = shipped(fmt)
    assert loaded.filename is not None and loaded.filename.endswith(".py")  # the compiled one
    document = _golden_context(bundled, day)
    compiled_afresh = environment(fmt).get_template(TEMPLATES[fmt])
    assert loaded.render(document) == compiled_afresh.render(document)


def test_a_template_edited_since_compiling_is_compiled_afresh(
    bundled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, edited)
    source = edited / TEMPLATES["markdown"]
    source.write_text(source.read_text(encoding="utf-8") + "Edited.\n", encoding="utf-8")
    monkeypatch.setattr(templates, "TEMPLATE_DIR", edited)
    document = _golden_context(bundled, "2021-12-10")
    assert render_template(document, "markdown").endswith("Edited.\n")
    assert not render_template(document, "text").endswith("Edited.\n")


def test_without_the_sources_it_was_made_from_the_template_is_compiled(
    bundled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installation without our .py sources cannot tell whether a compiled
    template is current: it compiles the template instead."""
    monkeypatch.setattr(templates, "_MADE_FROM", (tmp_path / "escape.py",))
    loaded = shipped("markdown")
    assert loaded.filename is not None and loaded.filename.endswith(".j2")
    document = _golden_context(bundled, "2021-12-10")
    assert loaded.render(document) == (GOLDEN / "2021-12-10.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("day", ["2021-12-10", "2025-05-15"])
def test_golden_json(bundled, day: str) -> None:
    from jcpoa_tracker.render.briefing import briefing_json

    _compare(GOLDEN / f"{day}.json", briefing_json(_golden_context(bundled, day)))


def _compare(path: Path, rendered: str) -> None:
    if os.environ.get("UPDATE_GOLDENS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), "run with UPDATE_GOLDENS=1 to create the golden file"
    assert rendered == path.read_text(encoding="utf-8")


def test_the_command_gives_the_golden_briefing_on_the_bundled_data() -> None:
    result = briefing("--as-of", "2021-12-10", data=DATA)
    assert result.exit_code == 0, result.stderr
    golden = (GOLDEN / "2021-12-10.md").read_text(encoding="utf-8")
    assert _without_footer(result.stdout, "md") == _without_footer(golden, "md")


def test_track_limits_the_briefing(bundled) -> None:
    result = briefing("--as-of", "2025-05-15", "--track", "vienna-talks", "-f", "json", data=DATA)
    document = as_json(result)
    assert document["track"] == {
        "id": "vienna-talks",
        "title": "Vienna talks on restoring the JCPOA (2021-22)",
    }
    assert [t["id"] for t in document["headline"]["tracks"]] == ["vienna-talks"]
    assert document["new"]["empty"] is True  # the Oman round of 11 May is another track
    assert document["title"].endswith("(Vienna talks on restoring the JCPOA (2021-22))")


def test_the_7th_round_briefing_says_what_an_editor_needs(bundled) -> None:
    document = _golden_context(bundled, "2021-12-10")
    track = document["headline"]["tracks"][0]
    assert (track["id"], track["phase"], track["round"]["day"]) == (
        "vienna-talks",
        "in session",
        12,
    )
    assert document["quotes"][0]["id"] == "blinken-2021-12-03-iran-not-serious"
    assert document["footer"]["line"].endswith(
        "data commit 111111111111; data sha256 000000000000; jcpoa-tracker 0.0.0-golden."
    )


# --- the samples in docs/examples/briefing -------------------------------------------------


def _sample_commands() -> list[list[str]]:
    script = (SAMPLES / "regenerate.sh").read_text(encoding="utf-8")
    return [
        shlex.split(line)[1:]
        for line in script.splitlines()
        if line.strip().startswith("jcpoa-tracker briefing")
    ]


def _without_footer(text: str, suffix: str) -> str:
    """Everything but the footer, whose data commit and hash change with
    every commit of the data."""
    if suffix == "json":
        document = json.loads(text)
        del document["footer"]
        return json.dumps(document, indent=2, ensure_ascii=False)
    marker = {"md": "\n---\n", "html": "<hr>", "txt": "\n" + "-" * 72 + "\n"}[suffix]
    head, found, _ = text.rpartition(marker)
    assert found, f"no footer marker in the {suffix} sample"
    return head


SAMPLES_TODAY = "2022-08-20"  # regenerate.sh writes the samples as on that day


def test_the_samples_are_current(tmp_path: Path, monkeypatch) -> None:
    script = (SAMPLES / "regenerate.sh").read_text(encoding="utf-8")
    assert f"JCPOA_TRACKER_TODAY={SAMPLES_TODAY}" in script
    commands = _sample_commands()
    assert sorted(Path(c[c.index("-o") + 1]).suffix for c in commands) == [
        ".html",
        ".json",
        ".md",
        ".txt",
    ]
    monkeypatch.chdir(REPO)
    for args in commands:
        sample = REPO / args[args.index("-o") + 1]
        args[args.index("-o") + 1] = str(tmp_path / sample.name)
        result = runner.invoke(
            app, args, env={"GITHUB_ACTIONS": "", "JCPOA_TRACKER_TODAY": SAMPLES_TODAY}
        )
        assert result.exit_code == 0, result.stderr
        fresh = (tmp_path / sample.name).read_text(encoding="utf-8")
        suffix = sample.suffix.lstrip(".")
        assert _without_footer(fresh, suffix) == _without_footer(
            sample.read_text(encoding="utf-8"), suffix
        ), f"{sample} is out of date: run docs/examples/briefing/regenerate.sh"


# --- the scheduled workflow example ---------------------------------------------------------


def _options_of(command: str) -> set[str]:
    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    return {opt for param in click_command.params for opt in param.opts}


def test_the_scheduled_workflow_parses_and_uses_real_options() -> None:
    workflow = yaml.safe_load((REPO / "docs/examples/briefing-schedule.yml").read_text())
    assert "schedule" in workflow[True]  # YAML 1.1 reads the key `on` as true
    steps = workflow["jobs"]["briefing"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    scripts = "\n".join(step.get("run", "") for step in steps)
    lines = [line.strip() for line in scripts.splitlines() if "jcpoa-tracker " in line]
    commands = {_command_words(line)[0] for line in lines}
    assert {"validate", "briefing"} <= commands
    for line in lines:
        words = _command_words(line)
        assert _used_options(words[1:]) <= _options_of(words[0]), line
    # the window options, chosen in the script before the briefing line
    chosen = set(re.findall(r'window="(--[a-z-]+)=', scripts))
    assert chosen == {"--since-ref", "--since"}
    assert chosen <= _options_of("briefing")


def test_the_commands_in_the_docs_use_real_options() -> None:
    page = (REPO / "docs/briefing.md").read_text(encoding="utf-8")
    found = re.findall(r"jcpoa-tracker briefing([^&;|'`\n]*)", page)
    assert len(found) >= 8
    for tail in found:
        words = shlex.split(tail.replace("\\%", "%"))
        assert _used_options(words) <= _options_of("briefing"), tail


def _command_words(line: str) -> list[str]:
    words = shlex.split(line)
    return words[words.index("jcpoa-tracker") + 1 :]


def _used_options(words: list[str]) -> set[str]:
    return {w.split("=", 1)[0] for w in words if w.startswith("-") and w not in ("-", "||")}
