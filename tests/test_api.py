"""The Python API: the documented names, the same data as the command
line, and the documented example run as it stands."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import jcpoa_tracker as jt
from jcpoa_tracker.cli import app
from tests.conftest import DATA, REPO

DOC = REPO / "docs" / "python.md"
WHO = REPO / "examples" / "who-pandemic-agreement"
DOCUMENTED = {"load", "validate", "status", "timeline", "trends", "quotes", "Data", "Report"}


def test_the_documented_names_are_the_api() -> None:
    table = DOC.read_text(encoding="utf-8").split("## An example")[0]
    named = set(re.findall(r"`jt\.(\w+)", table))
    assert named == DOCUMENTED
    assert set(jt.__all__) - {"__version__"} == DOCUMENTED
    for name in DOCUMENTED:
        assert callable(getattr(jt, name)), name


def test_the_documented_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    code = DOC.read_text(encoding="utf-8").split("```python\n")[1].split("```")[0]
    monkeypatch.chdir(REPO)
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert "Vienna talks on restoring the JCPOA (2021-22) - between rounds - vienna-r6" in (
        completed.stdout
    )
    assert "0 problems" in completed.stdout


def test_reports_equal_the_command_line_json() -> None:
    data = jt.load(DATA)
    from_api = jt.status(data, as_of="2021-06-28").to_dict()
    result = CliRunner().invoke(
        app, ["status", "--as-of", "2021-06-28", "--format", "json", "--data-dir", str(DATA)]
    )
    from_cli = json.loads(result.stdout)
    # the same report; only the description of the data dir differs
    for document in (from_api, from_cli):
        document["data"].pop("data")
        document["data"].pop("last_commit_date")
    assert from_api == from_cli


def test_dates_are_read_by_the_command_line_rules() -> None:
    data = jt.load(DATA)
    typed = jt.status(data, as_of="28 June 2021").result
    from datetime import date

    assert typed.as_of == date(2021, 6, 28)
    assert (
        jt.status(data, as_of=date(2021, 6, 28)).to_dict()
        == jt.status(data, as_of="2021-06-28").to_dict()
    )


def test_quotes_find_speakers_by_any_spelling() -> None:
    found = jt.quotes(jt.load(DATA), "progress", speaker="Araqchi").to_dict()
    assert found["total"] >= 1
    assert {q["speaker"]["id"] for q in found["quotes"]} == {"araghchi"}


def test_dataframes_have_one_row_per_item() -> None:
    data = jt.load(DATA)
    frame = jt.timeline(data, since="2021-06", until="2021-06", as_of="2022-01-01").to_dataframe()
    assert len(frame) == len(jt.timeline(data, since="2021-06", until="2021-06").result.events)
    assert list(jt.status(data).to_dataframe().columns)[:3] == ["track", "title", "phase"]


def test_pandas_is_imported_only_by_to_dataframe() -> None:
    code = (
        "import sys, jcpoa_tracker as jt; d = jt.load(); jt.status(d).to_dict(); "
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_validate_finds_what_load_finds_holding_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``load`` holds every record; ``validate`` checks in batches, its
    memory bounded, and finds the same problems."""
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    (root / "actors" / "blinken.yaml").unlink()
    expected = list(jt.load(root).problems)
    assert len({p.path for p in expected if p.rule == "dangling-ref"}) > 5

    def whole(*args: object) -> None:
        raise AssertionError("every record read at once")

    monkeypatch.setattr("jcpoa_tracker.loader.load", whole)
    assert jt.validate(root) == expected


def test_the_second_dataset_and_errors() -> None:
    assert jt.validate(WHO) == []
    who = jt.load(WHO)
    assert who.config.title == "WHO pandemic agreement negotiations"
    assert (
        jt.status(who, as_of="2025-05-21")
        .to_text()
        .startswith("WHO pandemic agreement negotiations: status as of 21 May 2025")
    )
    with pytest.raises(FileNotFoundError):
        jt.load(Path("/no/such/data"))
    with pytest.raises(ValueError, match="no track 'nope'"):
        jt.status(who, track="nope")
