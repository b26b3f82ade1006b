"""Every report on both shipped datasets: the Iran nuclear talks (bundled)
and the WHO pandemic agreement talks (examples/), in every format, with
golden files for the second dataset.  Regenerate with UPDATE_GOLDENS=1."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render.status import status_text
from jcpoa_tracker.render.timeline import timeline_text
from jcpoa_tracker.report.status import TrackPhase, build_status
from jcpoa_tracker.report.timeline import build_timeline
from tests.conftest import DATA, REPO, golden_about

WHO = REPO / "examples" / "who-pandemic-agreement"
GOLDEN = Path(__file__).parent / "golden" / "who"
SHOWN = "examples/who-pandemic-agreement (from --data-dir)"
DATASETS = {
    "iran": (DATA, "Iran nuclear negotiations", "2021-06-28"),
    "who": (WHO, "WHO pandemic agreement negotiations", "2023-06-14"),
}
runner = CliRunner()


def run(*args: str) -> object:
    return runner.invoke(app, list(args), env={"JCPOA_TRACKER_TODAY": "2026-11-29"})


REPORTS = [
    ["status"],
    ["timeline", "--since", "2021", "--statements"],
    ["trends", "--period", "quarter", "--since", "2021"],
    ["briefing", "--since", "90d"],
]


@pytest.mark.parametrize("name", DATASETS)
@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r[0])
@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_every_report_on_both_datasets(name: str, report: list[str], fmt: str) -> None:
    root, title, day = DATASETS[name]
    fmt_option = ["--format", fmt] if report[0] != "briefing" or fmt != "text" else []
    result = run(*report, "--as-of", day, *fmt_option, "--data-dir", str(root))
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    other = next(t for n, (_, t, _) in DATASETS.items() if n != name)
    assert other not in out  # nothing of the other negotiation
    if fmt == "json":
        document = json.loads(out)
        assert document.get("title", "").startswith(title.split()[0])
        assert document["projected"] is False
    elif report[0] != "briefing":
        assert out.splitlines()[0].startswith(f"{'# ' if fmt == 'markdown' else ''}{title}:")
        assert "Data: " in out and "(from --data-dir)" in out


@pytest.mark.parametrize("name", DATASETS)
def test_quotes_speakers_export_and_validate_on_both(name: str, tmp_path: Path) -> None:
    root = str(DATASETS[name][0])
    assert run("validate", "--strict", "--data-dir", root).exit_code == 0  # type: ignore[attr-defined]
    assert run("fmt", "--check", "--data-dir", root).exit_code == 0  # type: ignore[attr-defined]
    speakers = run("speakers", "--format", "json", "--data-dir", root)
    assert speakers.exit_code == 0 and json.loads(speakers.stdout)  # type: ignore[attr-defined]
    found = run("quotes", "negotiat* OR agreement", "--format", "json", "--data-dir", root)
    assert found.exit_code == 0, found.stderr  # type: ignore[attr-defined]
    assert json.loads(found.stdout)["total"] > 0  # type: ignore[attr-defined]
    exported = run("export", "--to", "sqlite", "-o", str(tmp_path / "x.db"), "--data-dir", root)
    assert exported.exit_code == 0, exported.stderr  # type: ignore[attr-defined]


def test_the_who_talks_in_their_own_words() -> None:
    data = load([WHO]).dataset
    between_parts = build_status(Scope(data), date(2023, 5, 5))
    inb = between_parts.tracks[0]
    assert inb.phase is TrackPhase.PAUSED and inb.current is not None
    assert inb.current.round.id == "inb-5" and inb.current.pause is not None
    vote = build_timeline(Scope(data), date(2025, 6, 1), since=date(2025, 5, 19))
    assert any("124-0-11" in e.title for e in vote.events)
    consensus = next(e for e in vote.events if e.record == "wha78-adopts-pandemic-agreement")
    assert consensus.title.endswith("(consensus)")
    speakers = {s.id: s for s in data.statements}
    assert speakers["ethiopia-2023-06-12-equity-weakened"].on_behalf_of == "africa-group"
    texts = {d.id: d for d in data.documents}
    assert texts["a-inb-7-3"].symbol == "A/INB/7/3"
    assert texts["a-inb-7-3"].supersedes == "bureau-text-2023"


@pytest.mark.parametrize(
    ("name", "render"),
    [
        (
            "status-2023-06-14.txt",
            lambda d: status_text(
                build_status(
                    Scope(d), date(2023, 6, 14), golden_about(d, date(2023, 6, 14), SHOWN)
                ),
                {a.id: a for a in d.actors},
            ),
        ),
        (
            "timeline-2025.txt",
            lambda d: timeline_text(
                build_timeline(
                    Scope(d),
                    date(2025, 12, 31),
                    since=date(2025, 1, 1),
                    statements=True,
                    about=golden_about(d, date(2025, 12, 31), SHOWN),
                ),
                {a.id: a for a in d.actors},
            ),
        ),
    ],
)
def test_who_goldens(name: str, render: object) -> None:
    data = load([WHO]).dataset
    rendered = render(data)  # type: ignore[operator]
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDENS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
