"""The status report: as-of boundaries, escaping, and golden outputs on the
bundled data.  Regenerate goldens with UPDATE_GOLDENS=1 after a reviewed change."""

from __future__ import annotations

import io
import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import RoundState, Scope, round_status
from jcpoa_tracker.render.status import status_json, status_markdown, status_rich, status_text
from jcpoa_tracker.report.status import TrackPhase, build_status, sticking_statuses
from jcpoa_tracker.sources import configured_tiers, graded_dataset
from tests.conftest import DATA, golden_about, without_data_line

GOLDEN = Path(__file__).parent / "golden" / "status"
DATES = ["2021-06-28", "2021-12-01", "2021-12-05", "2022-03-20", "2025-06-14", "2026-11-23"]


@pytest.fixture(scope="module")
def dataset():
    """The bundled data with its sources graded, as the CLI shows them."""
    table = configured_tiers(DATA)
    assert table is not None
    return graded_dataset(load([DATA]).dataset, table)


def _vienna(dataset, day: str):
    status = build_status(Scope(dataset), date.fromisoformat(day))
    return next(t for t in status.tracks if t.track.id == "vienna-talks")


def test_between_rounds_on_28_june_2021(dataset) -> None:
    vienna = _vienna(dataset, "2021-06-28")
    assert vienna.phase is TrackPhase.BETWEEN_ROUNDS
    assert vienna.last_round is not None and vienna.last_round.id == "vienna-r6"
    assert str(vienna.last_round.end) == "2021-06-20"
    assert vienna.days_since_last == 8


def test_seventh_round_in_session_on_1_december_2021(dataset) -> None:
    vienna = _vienna(dataset, "2021-12-01")
    assert vienna.phase is TrackPhase.IN_SESSION
    assert vienna.current is not None and vienna.current.round.id == "vienna-r7"
    assert vienna.current.day == 3


@pytest.mark.parametrize(
    "day, state, number",
    [
        ("2021-11-28", RoundState.ANNOUNCED, None),  # announced 3 November
        ("2021-11-29", RoundState.IN_SESSION, 1),  # the day it starts
        ("2021-12-03", RoundState.PAUSED, 5),  # the pause's first day
        ("2021-12-09", RoundState.IN_SESSION, 11),  # talks resume
        ("2021-12-17", RoundState.IN_SESSION, 19),  # its last day
        ("2021-12-18", RoundState.ENDED, None),
    ],
)
def test_round_boundaries(dataset, day: str, state: RoundState, number: int | None) -> None:
    r7 = next(r for r in dataset.rounds if r.id == "vienna-r7")
    status = round_status(r7, date.fromisoformat(day))
    assert status is not None and status.state is state and status.day == number


def test_a_cancelled_round_is_reported(dataset) -> None:
    status = build_status(Scope(dataset), date(2025, 6, 14))
    oman = next(t for t in status.tracks if t.track.id == "oman-2025")
    assert oman.phase is TrackPhase.SUSPENDED
    assert oman.cancelled is not None and oman.cancelled.id == "oman-2025-r6"
    earlier = build_status(Scope(dataset), date(2025, 6, 13))
    assert next(t for t in earlier.tracks if t.track.id == "oman-2025").cancelled is None


def test_nothing_is_known_before_it_was(dataset) -> None:
    r7 = next(r for r in dataset.rounds if r.id == "vienna-r7")
    assert round_status(r7, date(2021, 11, 2)) is None  # before the announcement
    status = build_status(Scope(dataset), date(2013, 9, 1))
    assert status.tracks == ()  # before the first P5+1 round of the bundled data
    status = build_status(Scope(dataset), date(2015, 1, 1))
    assert [t.track.id for t in status.tracks] == ["p5plus1-2013-15"]  # the later tracks not yet
    assert all(s.statement.date.first_day <= date(2015, 1, 1) for s in status.latest_statements)


def test_month_precision_round_is_known_once_the_month_is_over(write_rounds) -> None:
    root = write_rounds(
        {
            "tracks/vienna/r1.yaml": """
            rounds:
              - id: r1
                track: vienna
                title: Round 1
                start: 2025-07
                end: 2025-07
                sources: [{url: "https://example.org/1"}]
        """
        }
    )
    r1 = load([root]).dataset.rounds[0]
    assert round_status(r1, date(2025, 7, 15)) is None
    ended = round_status(r1, date(2025, 8, 1))
    assert ended is not None and ended.state is RoundState.ENDED


def test_sticking_points_of_a_running_round_are_not_leaked(dataset) -> None:
    vienna = _vienna(dataset, "2021-12-01")
    basis = next(p for p in vienna.sticking_points if p.id == "basis-of-talks")
    assert basis.on_table and str(basis.status) == "open"  # its 'narrowed' is known on 17 Dec


def test_data_text_is_escaped_in_every_format(write_rounds) -> None:
    evil = "[bold red]not markup[/] \\e[31m # *x* <b>y</b> | z"
    root = write_rounds(
        {
            "statements/2021/a.yaml": f"""
            statements:
              - id: evil
                speaker: blinken
                date: 2021-06-25
                text: "{evil}"
                verified: true
                sources: [{{url: "https://example.org/<x>", outlet: "[i]Out[/i]"}}]
        """
        }
    )
    data = load([root]).dataset
    status = build_status(Scope(data), date(2021, 7, 1))
    actors = {a.id: a for a in data.actors}
    text = status_text(status, actors)
    assert "[bold red]not markup[/] \\x1b[31m" in text and "\x1b" not in text
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(status_rich(status, actors))
    shown = console.file.getvalue()
    assert "[bold red]not markup[/]" in shown and "[i]Out[/i]" in shown
    md = status_markdown(status, actors)
    assert "\\[bold red\\]not markup\\[/\\]" in md and "\\*x\\* \\<b\\>y\\</b\\> \\| z" in md
    assert "<https://example.org/%3Cx%3E>" in md
    assert json.loads(status_json(status, actors))["latest_statements"][0]["text"] == (
        "[bold red]not markup[/] \x1b[31m # *x* <b>y</b> | z"
    )


def _render(dataset, day: str, fmt: str) -> str:
    as_of = date.fromisoformat(day)
    status = build_status(Scope(dataset), as_of, golden_about(dataset, as_of))
    actors = {a.id: a for a in dataset.actors}
    if fmt == "txt":
        return status_text(status, actors)
    if fmt == "md":
        return status_markdown(status, actors)
    if fmt == "json":
        return status_json(status, actors)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(status_rich(status, actors))
    return console.file.getvalue()


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "rich.txt"])
@pytest.mark.parametrize("day", DATES)
def test_golden(dataset, day: str, fmt: str) -> None:
    path = GOLDEN / f"{day}.{fmt}"
    rendered = _render(dataset, day, fmt)
    if os.environ.get("UPDATE_GOLDENS"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), "run with UPDATE_GOLDENS=1 to create the golden file"
    assert rendered == path.read_text(encoding="utf-8")


runner = CliRunner()


def test_cli_status_matches_golden_and_pins_today() -> None:
    result = runner.invoke(
        app, ["status", "--data-dir", str(DATA)], env={"JCPOA_TRACKER_TODAY": "2021-06-28"}
    )
    assert result.exit_code == 0, result.stderr
    golden = (GOLDEN / "2021-06-28.txt").read_text(encoding="utf-8")
    assert without_data_line(result.stdout) == without_data_line(golden)
    footer = result.stdout.splitlines()[-1]
    assert footer.startswith("Data: ") and "(from --data-dir); newest record 28 June 2021" in footer


def test_cli_status_formats_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "status.md"
    result = runner.invoke(
        app, ["status", "--as-of", "28 June 2021", "-o", str(out), "--data-dir", str(DATA)]
    )
    assert result.exit_code == 0 and result.stdout == ""
    golden = (GOLDEN / "2021-06-28.md").read_text("utf-8")
    assert without_data_line(out.read_text(encoding="utf-8")) == without_data_line(golden)
    as_json = runner.invoke(
        app, ["status", "--as-of", "2021-06-28", "--format", "json", "--data-dir", str(DATA)]
    )
    assert json.loads(as_json.stdout)["tracks"][0]["phase"] == "between rounds"
    assert not list(tmp_path.glob(".status.md.*"))  # no temporary file left behind


def test_cli_status_usage_errors(tmp_path: Path) -> None:
    bad_date = runner.invoke(app, ["status", "--as-of", "someday"])
    assert bad_date.exit_code == 2 and "--as-of" in bad_date.stderr
    bad_track = runner.invoke(app, ["status", "--track", "viena-talks", "--data-dir", str(DATA)])
    assert bad_track.exit_code == 2 and "did you mean 'vienna-talks'?" in bad_track.stderr
    bad_ext = runner.invoke(app, ["status", "-o", str(tmp_path / "x.pdf")])
    assert bad_ext.exit_code == 2
    bad_today = runner.invoke(app, ["status"], env={"JCPOA_TRACKER_TODAY": "tomorrow"})
    assert bad_today.exit_code == 2


def test_cli_status_on_broken_data_still_reports_and_exits_1(write_rounds) -> None:
    root = write_rounds({"statements/a.yaml": "statements: [\n"})
    result = runner.invoke(app, ["status", "--as-of", "2021-07-01", "--data-dir", str(root)])
    assert result.exit_code == 1
    assert "Iran nuclear negotiations: status as of 1 July 2021" in result.stdout
    assert "the data has 1 error" in result.stderr


def test_track_filter(dataset) -> None:
    status = build_status(
        Scope(dataset, next(t for t in dataset.tracks if t.id == "oman-2025")), date(2025, 5, 30)
    )
    assert [t.track.id for t in status.tracks] == ["oman-2025"]
    assert {s.party for s in status.latest_statements} <= {"us", "iran", "oman"}  # mediator too


def test_sticking_statuses_are_those_of_the_status_report(dataset) -> None:
    """What a briefing compares with the day before its window: each
    sticking point's status, by track, as the report gives it, on the days
    rounds start, end and after, in and out of session, for every track."""
    days = {date(2013, 1, 1), date(2026, 12, 31)}
    for rnd in dataset.rounds:
        for when in (rnd.start, rnd.end, rnd.cancelled):
            if when is not None:
                days |= {when.first_day, when.last_day, when.last_day + timedelta(days=1)}
    scopes = [Scope(dataset), *(Scope(dataset, track) for track in dataset.tracks)]
    compared = 0
    for scope in scopes:
        for day in sorted(days):
            report = build_status(scope, day)
            expected = {
                (track.track.id, point.id): point.status
                for track in report.tracks
                for point in track.sticking_points
            }
            assert sticking_statuses(scope, day) == expected, (scope.track, day)
            compared += len(expected)
    assert compared > 500
