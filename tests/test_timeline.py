"""The timeline: filters, as-of cut-off, and golden outputs on the bundled data."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render import timeline as render
from jcpoa_tracker.report.timeline import build_timeline
from tests.conftest import DATA, golden_about, without_data_line

GOLDEN = Path(__file__).parent / "golden" / "timeline"
runner = CliRunner()


@pytest.fixture(scope="module")
def dataset():
    return load([DATA]).dataset


def test_events_are_in_order_and_cut_at_as_of(dataset) -> None:
    timeline = build_timeline(Scope(dataset), date(2021, 12, 5), since=date(2021, 11, 1))
    keys = [e.date.sort_key for e in timeline.events]
    assert keys == sorted(keys)
    r7 = next(e for e in timeline.events if e.record == "vienna-r7")
    assert r7.end is None  # its end (17 Dec) was not known on 5 Dec
    assert all(e.date.first_day <= date(2021, 12, 5) for e in timeline.events)


def test_filters(dataset) -> None:
    scope = Scope(dataset)
    strikes = build_timeline(scope, date(2026, 11, 23), kinds=["strike"])
    assert strikes.events and {e.subkind for e in strikes.events} == {"strike"}
    oman = build_timeline(scope, date(2026, 11, 23), party="albusaidi", statements=True)
    assert any(e.record == "oman-2025-r1" for e in oman.events)
    assert all("albusaidi" in e.parties or "oman" in e.parties for e in oman.events)
    cancelled = build_timeline(scope, date(2026, 11, 23), kinds=["cancelled"])
    assert "oman-2025-r6" in {e.record for e in cancelled.events}
    no_statements = build_timeline(scope, date(2026, 11, 23))
    assert all(e.kind != "statement" for e in no_statements.events)


def test_reaching_leaves_out_only_records_that_ended_before_the_day(dataset) -> None:
    scope = Scope(dataset)
    as_of = date(2026, 6, 30)
    every = build_timeline(scope, as_of).events
    assert build_timeline(scope, as_of, reaching=date.min).events == every
    assert build_timeline(scope, as_of, reaching=date(2100, 1, 1)).events == ()
    day = date(2021, 6, 1)
    reaching = build_timeline(scope, as_of, reaching=day).events
    assert set(reaching) <= set(every)
    # every event that starts or ends from that day on is kept
    assert [e for e in every if (e.end or e.date).last_day >= day] == [
        e for e in reaching if (e.end or e.date).last_day >= day
    ]
    assert len(reaching) < len(every)


def _render(dataset, fmt: str) -> str:
    timeline = build_timeline(
        Scope(dataset),
        date(2026, 11, 23),
        since=date(2021, 6, 1),
        until=date(2021, 12, 31),
        statements=True,
        about=golden_about(dataset, date(2026, 11, 23)),
    )
    actors = {a.id: a for a in dataset.actors}
    if fmt == "rich.txt":
        console = Console(file=io.StringIO(), width=120, color_system=None)
        console.print(render.timeline_rich(timeline, actors))
        return console.file.getvalue()
    function = {
        "txt": render.timeline_text,
        "md": render.timeline_markdown,
        "json": render.timeline_json,
    }[fmt]
    return function(timeline, actors)


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "rich.txt"])
def test_golden(dataset, fmt: str) -> None:
    path = GOLDEN / f"2021-h2.{fmt}"
    rendered = _render(dataset, fmt)
    if os.environ.get("UPDATE_GOLDENS"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_cli_timeline() -> None:
    args = [
        "timeline",
        "--since",
        "2021-06-01",
        "--until",
        "2021-12-31",
        "--statements",
        "--data-dir",
        str(DATA),
    ]
    result = runner.invoke(app, args, env={"JCPOA_TRACKER_TODAY": "2026-11-23"})
    assert result.exit_code == 0, result.stderr
    golden = (GOLDEN / "2021-h2.txt").read_text(encoding="utf-8")
    assert without_data_line(result.stdout) == without_data_line(golden)
    as_json = runner.invoke(
        app, [*args, "--format", "json"], env={"JCPOA_TRACKER_TODAY": "2026-11-23"}
    )
    assert json.loads(as_json.stdout)["events"][0]["date"] == "2021-06"


def test_cli_timeline_usage_errors() -> None:
    assert runner.invoke(app, ["timeline", "--kind", "riot"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--party", "nobody"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--since", "the other day"]).exit_code == 2


def test_data_text_is_escaped_in_timeline_and_trends(write_rounds) -> None:
    from jcpoa_tracker.render import trends as trends_render
    from jcpoa_tracker.report.trends import Period, build_trends

    root = write_rounds(
        {
            "statements/2021/a.yaml": """
            statements:
              - id: evil
                speaker: blinken
                date: 2021-06-25
                text: "[bold]x[/bold] \\e[2J # *y* <b>z</b>"
                tone: 1
                verified: true
                sources: [{url: "https://example.org/a"}]
        """,
            "actors/evil.yaml": """
            actors:
              - id: evil-party
                kind: state
                name: "[red]Evil[/red] \\e[31m <i>"
                sources: [{url: "https://example.org/b"}]
              - id: evil-person
                kind: person
                name: Someone
                party: evil-party
                sources: [{url: "https://example.org/c"}]
        """,
            "statements/2021/b.yaml": """
            statements:
              - id: evil-2
                speaker: evil-person
                date: 2021-06-26
                text: hello
                tone: -1
                verified: true
                sources: [{url: "https://example.org/d"}]
        """,
        }
    )
    data = load([root]).dataset
    actors = {a.id: a for a in data.actors}
    timeline = build_timeline(Scope(data), date(2021, 7, 1), statements=True)
    text = render.timeline_text(timeline, actors)
    assert "[bold]x[/bold] \\x1b[2J" in text and "\x1b" not in text
    md = render.timeline_markdown(timeline, actors)
    assert "\\[bold\\]x\\[/bold\\]" in md and "\\<b\\>z\\</b\\>" in md
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(render.timeline_rich(timeline, actors))
    assert "[bold]x[/bold]" in console.file.getvalue()
    trends = build_trends(Scope(data), date(2021, 7, 1), Period.MONTH, date(2021, 6, 1), None)
    plain = trends_render.trends_text(trends, actors)
    assert "[red]Evil[/red] \\x1b[31m <i>" in plain and "\x1b" not in plain
    assert "\\[red\\]Evil\\[/red\\]" in trends_render.trends_markdown(trends, actors)
    svg = trends_render.trends_plot(trends, actors, "tone")
    assert "<i>" not in svg and "&lt;i&gt;" in svg
