"""Trends: period arithmetic, counts checked by hand, golden outputs, plots."""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render import trends as render
from jcpoa_tracker.report.trends import Period, build_trends, period_label, period_start
from tests.conftest import DATA, golden_about, without_data_line

GOLDEN = Path(__file__).parent / "golden" / "trends"
runner = CliRunner()


@pytest.fixture(scope="module")
def dataset():
    return load([DATA]).dataset


@given(
    st.dates(min_value=date(1900, 1, 8), max_value=date(2200, 12, 1)), st.sampled_from(list(Period))
)
def test_every_day_falls_in_the_period_that_starts_at_period_start(
    day: date, period: Period
) -> None:
    start = period_start(day, period)
    assert start <= day
    assert period_start(start, period) == start
    assert period_label(start, period)


def test_vienna_rounds_per_month_match_the_data(dataset) -> None:
    vienna = next(t for t in dataset.tracks if t.id == "vienna-talks")
    trends = build_trends(
        Scope(dataset, vienna),
        date(2022, 12, 31),
        Period.MONTH,
        date(2021, 4, 1),
        date(2021, 12, 31),
    )
    by_label = {p.label: p for p in trends.periods}
    april = by_label["2021-04"]
    # rounds 1 (6-9), 2 (15-20) and 3 (27 Apr-1 May): 4 + 6 + 4 days in April
    assert (april.rounds, april.session_days) == (3, 14)
    assert april.gaps == [6, 7]  # 9 -> 15 April, 20 -> 27 April
    december = by_label["2021-12"]
    # round 7 from 1 Dec to 17 Dec, paused 3-8 Dec; round 8 from 27 Dec
    assert december.rounds == 2
    assert december.session_days == (17 - 6) + 5
    assert by_label["2021-08"].rounds == 0


def test_as_of_cuts_statements_and_open_rounds(dataset) -> None:
    trends = build_trends(Scope(dataset), date(2021, 12, 5), Period.MONTH, date(2021, 11, 1), None)
    assert trends.periods[-1].label == "2021-12"
    assert trends.periods[-1].session_days == 2  # 1-2 December, then paused
    assert all(p.end <= date(2021, 12, 31) for p in trends.periods)


def _render(dataset, fmt: str) -> str:
    trends = build_trends(
        Scope(dataset),
        date(2026, 11, 23),
        Period.QUARTER,
        date(2021, 1, 1),
        date(2022, 12, 31),
        golden_about(dataset, date(2026, 11, 23)),
    )
    actors = {a.id: a for a in dataset.actors}
    if fmt == "rich.txt":
        console = Console(file=io.StringIO(), width=140, color_system=None)
        console.print(render.trends_rich(trends, actors))
        return console.file.getvalue()
    if fmt == "svg":
        return render.trends_plot(trends, actors, "tone")
    function = {
        "txt": render.trends_text,
        "md": render.trends_markdown,
        "json": render.trends_json,
    }[fmt]
    return function(trends, actors)


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "rich.txt", "svg"])
def test_golden(dataset, fmt: str) -> None:
    path = GOLDEN / f"2021-2022-quarterly.{fmt}"
    rendered = _render(dataset, fmt)
    if os.environ.get("UPDATE_GOLDENS"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_cli_trends_and_plot(tmp_path: Path) -> None:
    plot = tmp_path / "tone.svg"
    args = [
        "trends",
        "--period",
        "quarter",
        "--since",
        "2021",
        "--until",
        "2022",
        "--plot",
        str(plot),
        "--data-dir",
        str(DATA),
    ]
    result = runner.invoke(app, args, env={"JCPOA_TRACKER_TODAY": "2026-11-23"})
    assert result.exit_code == 0, result.stderr
    golden = (GOLDEN / "2021-2022-quarterly.txt").read_text(encoding="utf-8")
    assert without_data_line(result.stdout) == without_data_line(golden)
    assert ET.fromstring(plot.read_text(encoding="utf-8")).tag.endswith("svg")
    as_json = runner.invoke(
        app,
        [*args[:-2], "--format", "json", "--data-dir", str(DATA)],
        env={"JCPOA_TRACKER_TODAY": "2026-11-23"},
    )
    periods = json.loads(as_json.stdout)["periods"]
    assert [p["period"] for p in periods] == [
        f"{y}Q{q}" for y in (2021, 2022) for q in (1, 2, 3, 4)
    ]


def test_cli_trends_plot_metric_and_errors(tmp_path: Path) -> None:
    ok = runner.invoke(
        app,
        [
            "trends",
            "--period",
            "year",
            "--since",
            "2019",
            "--plot",
            str(tmp_path / "e.svg"),
            "--plot-series",
            "enrichment-level",
            "--data-dir",
            str(DATA),
        ],
    )
    assert ok.exit_code == 0, ok.stderr
    bad_series = runner.invoke(
        app,
        [
            "trends",
            "--plot",
            str(tmp_path / "x.svg"),
            "--plot-series",
            "vibes",
            "--data-dir",
            str(DATA),
        ],
    )
    assert bad_series.exit_code == 2 and "--plot-series" in bad_series.stderr
    bad_suffix = runner.invoke(
        app, ["trends", "--plot", str(tmp_path / "x.gif"), "--data-dir", str(DATA)]
    )
    assert bad_suffix.exit_code == 2
    assert runner.invoke(app, ["trends", "--period", "decade"]).exit_code == 2
    assert runner.invoke(app, ["trends", "--since", "2022", "--until", "2021"]).exit_code == 2
