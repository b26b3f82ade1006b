"""Answers a journalist can print: every measured value with its kind, age,
caveat and source; what every report rests on; as-of dates that never
mislead; the latest statement that is about the talks; briefings ready to
send.  Each rule is tested at the engine and in the formats that show it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker.checks import validate
from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render.status import status_json, status_markdown, status_text
from jcpoa_tracker.report.status import build_status
from tests.conftest import DATA, REPO

runner = CliRunner()


def cli(*args: str, today: str = "2026-11-29", **env: str) -> object:
    return runner.invoke(
        app, list(args), env={"JCPOA_TRACKER_TODAY": today, "GITHUB_ACTIONS": "", **env}
    )


CONFIG = """
    title: Test talks
    short_name: test talks
    series:
      - id: level
        label: Level reached
        unit: percent
        kind: level
        caveat: as reported by the agency
      - id: particles
        label: Particles found
        unit: percent
        kind: reading
      - id: stockpile
        label: Stockpile
        unit: kg
        kind: estimate
    defaults:
      measurement_stale_days: 180
      context_topics: [strikes]
"""


def milestone(ident: str, day: str, measurements: str, sources: bool = True) -> str:
    src = "sources: [{url: 'https://example.org/m', outlet: Wire}]" if sources else ""
    return f"""
        milestones:
          - id: {ident}
            date: {day}
            kind: report
            title: Report {ident}
            measurements:
{textwrap.indent(textwrap.dedent(measurements).strip(), " " * 14)}
            {src}
    """


# --- measured values ----------------------------------------------------------


def test_a_stale_measurement_is_dated_aged_and_marked(write_rounds) -> None:
    root = write_rounds(
        {
            "dataset.yaml": CONFIG,
            "milestones/2023/a.yaml": milestone(
                "old", "2023-02-28", "- {metric: level, value: 60, unit: percent, note: declared}"
            ),
            "milestones/2026/b.yaml": milestone(
                "new",
                "2026-10-01",
                "- {metric: stockpile, value: 400, low: 350, high: 450, unit: kg}",
            ),
        }
    )
    data = load([root]).dataset
    status = build_status(Scope(data), date(2026, 11, 29))
    by_metric = {m.measurement.metric: m for m in status.measurements}
    old, new = by_metric["level"], by_metric["stockpile"]
    assert (old.stale, old.age_days, old.kind, old.label) == (True, 1370, "level", "Level reached")
    assert (new.stale, new.age_days, new.kind) == (False, 59, "estimate")
    text = status_text(status, {})
    assert (
        "Level reached, level: 60 percent on 28 February 2023 (3 years 9 months before this "
        "report; STALE, not the current state); declared; caveat: as reported by the agency; "
        "source: Wire, https://example.org/m"
    ) in text
    assert "Stockpile, estimate: 400 kg (range 350-450) on 1 October 2026 (1 month" in text
    assert "STALE" in status_markdown(status, {})
    document = json.loads(status_json(status, {}))
    level = next(m for m in document["measurements"] if m["metric"] == "level")
    assert {k: level[k] for k in ("age_days", "stale", "note", "kind", "label", "date")} == {
        "age_days": 1370,
        "stale": True,
        "note": "declared",
        "kind": "level",
        "label": "Level reached",
        "date": "2023-02-28",
    }
    assert level["sources"] == [{"url": "https://example.org/m", "outlet": "Wire"}]


def test_kinds_are_never_mixed_in_one_series(problems_of) -> None:
    files = {
        "dataset.yaml": CONFIG,
        "milestones/2023/a.yaml": milestone(
            "a",
            "2023-02-28",
            """
            - {metric: level, value: 83.7, unit: percent}
            - {metric: levels, value: 1, unit: percent}
            - {metric: stockpile, value: 3760, unit: tonnes}
            - {metric: stockpile, value: 10, low: 20, high: 30, unit: kg}
            """,
        ),
    }
    rules = [rule for (_path, _line, _col, rule) in problems_of(files)]
    assert rules.count("measurement") == 3


def test_charts_and_tables_use_the_series_label_and_unit(write_rounds, tmp_path) -> None:
    root = write_rounds(
        {
            "dataset.yaml": CONFIG,
            "milestones/2023/a.yaml": milestone(
                "a", "2023-02-28", "- {metric: level, value: 60, unit: percent}"
            ),
        }
    )
    svg = tmp_path / "level.svg"
    result = cli(
        "trends", "--since", "2023", "--until", "2023", "--period", "quarter",
        "--plot", str(svg), "--plot-series", "level", "--data-dir", str(root),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert "Level reached (percent)" in svg.read_text()
    document = json.loads(
        cli("trends", "--since", "2023", "--format", "json", "--data-dir", str(root)).stdout  # type: ignore[attr-defined]
    )
    assert document["series"]["level"] == {
        "label": "Level reached",
        "unit": "percent",
        "kind": "level",
        "caveat": "as reported by the agency",
    }


def test_the_bundled_particle_reading_is_not_a_level() -> None:
    data = load([DATA]).dataset
    status = build_status(Scope(data), date(2026, 11, 29))
    kinds = {m.measurement.metric: m.kind for m in status.measurements}
    assert kinds["particle-enrichment"] == "reading"
    level = next(m for m in status.measurements if m.measurement.metric == "enrichment-level")
    assert level.measurement.value != 83.7


measurement_values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.dates(min_value=date(2000, 1, 1), max_value=date(2026, 11, 1)),
            st.sampled_from(["level", "particles", "stockpile", "undeclared"]),
            measurement_values,
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_no_measurement_in_json_lacks_date_age_or_source(write_rounds, values) -> None:
    files = {"dataset.yaml": CONFIG}
    for n, (day, metric, value, sourced) in enumerate(values):
        unit = "kg" if metric == "stockpile" else "percent"
        files[f"milestones/{day.year}/m{n}.yaml"] = milestone(
            f"m{n}",
            day.isoformat(),
            f"- {{metric: {metric}, value: {value!r}, unit: {unit}}}",
            sourced,
        )
    root = write_rounds(files)
    data = load([root]).dataset
    document = json.loads(status_json(build_status(Scope(data), date(2026, 11, 29)), {}))
    for measurement in document["measurements"]:
        assert measurement["date"] and isinstance(measurement["age_days"], int)
        assert measurement["sources"] and all(s["url"] for s in measurement["sources"])
        assert isinstance(measurement["stale"], bool)


# --- what a report rests on -----------------------------------------------------


@pytest.mark.parametrize("report", ["status", "timeline", "trends", "quotes", "briefing"])
def test_every_report_says_what_data_it_rests_on(report: str) -> None:
    args = [report, "--as-of", "2021-06-28", "--data-dir", str(DATA)]
    if report == "quotes":
        args = ["quotes", "sanctions", "--data-dir", str(DATA)]
    text = cli(*args).stdout  # type: ignore[attr-defined]
    as_json = cli(*args, "--format", "json").stdout  # type: ignore[attr-defined]
    if report == "briefing":
        assert "data sha256" in text
        data = json.loads(as_json)["data"]
    else:
        assert re.search(r"^Data: .+ \(from --data-dir\); newest (record|statement)", text, re.M)
        data = json.loads(as_json)["data"]
    assert data["newest_record"] and "projected" in data


def test_the_footer_names_where_the_data_came_from(tmp_path: Path) -> None:
    """--data-dir, $JCPOA_TRACKER_DATA, ./rounds and the bundled dataset."""
    base = [sys.executable, "-m", "jcpoa_tracker", "status", "--as-of", "2021-06-28"]
    env = {**os.environ, "JCPOA_TRACKER_TODAY": "2026-11-29"}
    env.pop("JCPOA_TRACKER_DATA", None)

    def footer(args: list[str], cwd: Path, **extra: str) -> str:
        done = subprocess.run(
            [*base, *args],
            cwd=cwd,
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=True,
        )
        return next(line for line in done.stdout.splitlines() if line.startswith("Data: "))

    assert "(from --data-dir)" in footer(["--data-dir", str(DATA)], tmp_path)
    assert "(from $JCPOA_TRACKER_DATA)" in footer([], tmp_path, JCPOA_TRACKER_DATA=str(DATA))
    assert footer([], REPO).startswith("Data: rounds (from ./rounds)")
    assert "data last committed" in footer([], REPO)
    assert footer([], tmp_path).startswith("Data: the bundled dataset (jcpoa-tracker ")


def test_a_quiet_status_says_so_with_the_last_event() -> None:
    text = cli("status", "--data-dir", str(DATA)).stdout  # type: ignore[attr-defined]
    assert re.search(
        # the last event may be dated to the day or, like a deadline, to the month
        r"^Nothing recorded in the last 90 days; "
        r"the last recorded event is \S+ on (\d+ )?\w+ 20\d\d",
        text,
        re.M,
    )


# --- dates that never mislead -----------------------------------------------------


COMMANDS = [
    ["status"],
    ["timeline"],
    ["trends"],
    ["briefing"],
    ["quotes", "sanctions"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_duration_as_of_is_that_day_in_the_past(command: list[str]) -> None:
    duration = cli(*command, "--as-of", "3w", "--format", "json", "--data-dir", str(DATA))
    phrase = cli(*command, "--as-of", "3 weeks ago", "--format", "json", "--data-dir", str(DATA))
    day = cli(*command, "--as-of", "2026-11-08", "--format", "json", "--data-dir", str(DATA))
    assert duration.exit_code == 0, duration.stderr  # type: ignore[attr-defined]
    assert duration.stdout == phrase.stdout == day.stdout  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_range_as_of_is_refused_naming_since_and_until(command: list[str]) -> None:
    result = cli(*command, "--as-of", "2021-06..2021-09", "--data-dir", str(DATA))
    assert result.exit_code == 2
    assert "--since and --until" in result.stderr  # type: ignore[attr-defined]


def test_a_future_as_of_is_projected_in_every_format() -> None:
    args = ["status", "--as-of", "2030-01-01", "--data-dir", str(DATA)]
    text = cli(*args)
    assert text.exit_code == 0
    assert "is after today (2026-11-29)" in text.stderr  # type: ignore[attr-defined]
    assert "PROJECTED BEYOND TODAY" in text.stdout  # type: ignore[attr-defined]
    assert "PROJECTED" in cli(*args, "--format", "markdown").stdout  # type: ignore[attr-defined]
    assert json.loads(cli(*args, "--format", "json").stdout)["projected"] is True  # type: ignore[attr-defined]
    for command in (["timeline"], ["trends"]):
        document = json.loads(
            cli(
                *command, "--as-of", "2030-01-01", "--format", "json", "--data-dir", str(DATA)
            ).stdout  # type: ignore[attr-defined]
        )
        assert document["projected"] is True
    briefing = cli("briefing", "--as-of", "2030-01-01", "--format", "json", "--data-dir", str(DATA))
    assert json.loads(briefing.stdout)["projected"] is True  # type: ignore[attr-defined]
    today = cli("status", "--format", "json", "--data-dir", str(DATA))
    assert json.loads(today.stdout)["projected"] is False  # type: ignore[attr-defined]


def test_month_precision_keeps_its_precision_in_figures(write_rounds) -> None:
    root = write_rounds(
        {
            "dataset.yaml": CONFIG,
            "milestones/2023/a.yaml": milestone(
                "a", "2023-02", "- {metric: level, value: 60, unit: percent}"
            ),
        }
    )
    status = build_status(Scope(load([root]).dataset), date(2023, 6, 1))
    text = status_text(status, {})
    assert "60 percent on February 2023 (3 months before this report)" in text
    assert status.measurements[0].age_days == 93  # from the last day of February


# --- which statement is "latest" --------------------------------------------------


def test_the_latest_statement_is_one_about_the_talks(write_rounds) -> None:
    def said(ident: str, day: str, topics: str) -> str:
        return f"""
            statements:
              - id: {ident}
                speaker: blinken
                date: {day}
                text: Words {ident}.
                topics: [{topics}]
                verified: true
                sources: [{{url: "https://example.org/{ident}"}}]
        """

    root = write_rounds(
        {
            "dataset.yaml": CONFIG,
            "statements/2021/a.yaml": said("on-talks", "2021-06-20", "sanctions"),
            "statements/2021/b.yaml": said("on-strike", "2021-06-27", "strikes"),
        }
    )
    status = build_status(Scope(load([root]).dataset), date(2021, 6, 28))
    assert [i.statement.id for i in status.latest_statements] == ["on-talks"]
    assert [i.statement.id for i in status.context_statements] == ["on-strike"]
    text = status_text(status, {})
    assert "More recent statements that are context, not about the talks" in text
    assert json.loads(status_json(status, {}))["context_statements"][0]["id"] == "on-strike"


def test_on_28_june_2021_the_us_line_is_about_the_talks() -> None:
    status = build_status(Scope(load([DATA]).dataset), date(2021, 6, 28))
    us = next(i for i in status.latest_statements if i.party == "us")
    assert us.statement.speaker != "marotto"


# --- the briefing, ready to send --------------------------------------------------


def test_the_briefing_names_its_subject_and_cites_like_a_newspaper() -> None:
    args = ["briefing", "--as-of", "2021-12-10", "--data-dir", str(DATA)]
    md = cli(*args).stdout  # type: ignore[attr-defined]
    assert md.startswith("# Iran nuclear talks: briefing, 10 December 2021")
    assert re.search(r"\. \[Haaretz\]\(<https://www\.haaretz\.com/[^>]+>\)\.", md)
    assert "`blinken-2021-12-03" not in md
    with_ids = cli(*args, "--show-ids").stdout  # type: ignore[attr-defined]
    assert "`blinken-2021-12-03" in with_ids
    html = cli(*args, "--format", "html").stdout  # type: ignore[attr-defined]
    assert re.search(r'<a href="https://www\.haaretz\.com/[^"]+">Haaretz</a>', html)
    assert html.count('role="img"') >= 3  # the three sparklines
    assert "▁" not in html.split("<table")[1]  # no block characters in the HTML table
    document = json.loads(cli(*args, "--format", "json").stdout)  # type: ignore[attr-defined]
    assert document["trends"]["labels"][-1] == "6 Dec"
    assert "W" not in "".join(document["trends"]["labels"])


def test_a_stale_dataset_is_an_alert_even_between_rounds() -> None:
    document = json.loads(
        cli("briefing", "--format", "json", "--data-dir", str(DATA)).stdout  # type: ignore[attr-defined]
    )
    alerts = {a["kind"]: a for a in document["alerts"]}
    assert "stale-data" in alerts
    assert alerts["stale-data"]["message"].startswith("The data may be behind: its newest record")
    assert document["new"]["empty"]
    assert document["new"]["empty_note"].startswith("The newest record in the data is from")


def test_quote_urls_are_whole_and_linked_on_a_terminal() -> None:
    """Through a real pseudo-terminal 60 columns wide."""
    script = "/usr/bin/script"
    if not Path(script).exists():
        pytest.skip("util-linux script(1) is needed for a pseudo-terminal")
    url = "https://www.newsweek.com/us-military-under-multiple-rocket-attack-syria-after-strikes-fires-back-1604950"
    command = (
        f"COLUMNS=60 {sys.executable} -m jcpoa_tracker quote "
        f"marotto-2021-06-28-counter-battery-fire --data-dir {DATA}"
    )
    out = subprocess.run(
        [script, "-qc", command, "/dev/null"], capture_output=True, text=True, check=True
    ).stdout
    assert "\x1b]8;id=" in out and f";{url}\x1b\\" in out  # an OSC 8 hyperlink
    plain = re.sub(r"\x1b\][^\x1b]*\x1b\\|\x1b\[[0-9;]*m", "", out).replace("\r", "")
    assert f"\n  {url}\n" in plain  # whole, on a line of its own
    assert re.search(r"File \S*2021-06-28-marotto\.yaml:\d+", out)
    piped = cli("quote", "marotto-2021-06-28-counter-battery-fire", "--data-dir", str(DATA))
    assert url in piped.stdout and "\x1b" not in piped.stdout  # type: ignore[attr-defined]


def test_validate_still_passes_on_both_shipped_datasets() -> None:
    for root in (DATA, REPO / "examples" / "who-pandemic-agreement"):
        checked, _ = validate(root)
        assert checked.problems == [], checked.problems[:3]
