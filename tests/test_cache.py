"""The report cache: same answers as reading every file, never stale,
rebuilt when corrupt, bypassed by --no-cache, safe under concurrent runs."""

from __future__ import annotations

import json
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cache import cache_file, fingerprint, read_cache
from jcpoa_tracker.cli import app
from tests.conftest import DATA, statement_count, without_data_line

runner = CliRunner()
GOLDEN_FILE = Path(__file__).parent / "golden" / "status" / "2021-06-28.txt"
# The report without its "Data:" line, which names the temporary data dir.
GOLDEN = without_data_line(GOLDEN_FILE.read_text(encoding="utf-8"))
NEW_STATEMENT = """\
statements:
  - id: blinken-2021-06-27-cache-test
    speaker: blinken
    date: 2021-06-27
    text: A statement added after the cache was written.
    verified: true
    sources:
      - url: https://example.org/cache-test
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "rounds"
    shutil.copytree(DATA, copy)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    return copy


def status(data: Path, *extra: str) -> str:
    result = runner.invoke(
        app, ["status", "--as-of", "2021-06-28", "--data-dir", str(data), *extra]
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def cached(data: Path):
    return read_cache(cache_file(data, os.environ), data, fingerprint(data))


def test_a_cache_hit_gives_the_same_report(data: Path) -> None:
    assert cached(data) is None
    first = status(data)
    hit = cached(data)
    assert hit is not None and len(hit.dataset.statements) == statement_count(data)
    assert without_data_line(status(data)) == without_data_line(first) == GOLDEN


def test_statements_from_the_cache_are_complete_when_shown(data: Path) -> None:
    status(data)
    second = runner.invoke(
        app, ["status", "--as-of", "2021-06-28", "--format", "json", "--data-dir", str(data)]
    )
    latest = {s["party"]: s for s in json.loads(second.stdout)["latest_statements"]}
    assert latest["iran"]["text"].startswith("In every round of talks")
    assert latest["iran"]["sources"][0]["url"].startswith("https://argusmedia.com")


@pytest.mark.parametrize("change", ["add", "edit", "delete", "rename"])
def test_any_file_change_is_noticed(data: Path, change: str) -> None:
    before = re.search(r"and (\d+) statements known by this date", status(data))
    assert before is not None
    known = int(before.group(1))
    target = data / "statements" / "2021" / "2021-06-20-araghchi.yaml"
    if change == "add":
        (data / "statements" / "2021" / "2021-06-27-blinken.yaml").write_text(NEW_STATEMENT)
        expected = f"and {known + 1} statements known by this date"
    elif change == "edit":
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace("closer than ever", "closer than ever before"))
        expected = "closer than ever before"
    elif change == "delete":
        target.unlink()
        expected = f"and {known - 1} statements known by this date"
    else:
        target.rename(target.with_name("2021-06-20-araghchi-renamed.yaml"))
        expected = "In every round of talks"
    report = status(data)
    assert report == status(data, "--no-cache")
    assert expected in report
    if change == "delete":
        assert "In every round of talks" not in report


def test_a_corrupt_or_foreign_cache_is_rebuilt(data: Path) -> None:
    status(data)
    target = cache_file(data, os.environ)
    for garbage in (b"", b"\x00\xff garbage", target.read_bytes()[:100]):
        target.write_bytes(garbage)
        assert without_data_line(status(data)) == GOLDEN
        assert cached(data) is not None  # rewritten
    target.write_bytes(marshal.dumps({"format": 999, "fingerprint": fingerprint(data).digest}))
    assert without_data_line(status(data)) == GOLDEN
    assert cached(data) is not None


def test_no_cache_neither_reads_nor_writes(data: Path) -> None:
    status(data, "--no-cache")
    assert not cache_file(data, os.environ).exists()
    status(data)
    target = cache_file(data, os.environ)
    target.write_bytes(b"corrupt")
    assert without_data_line(status(data, "--no-cache")) == GOLDEN
    assert target.read_bytes() == b"corrupt"


def test_an_unwritable_cache_folder_is_not_an_error(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(blocker))
    assert without_data_line(status(data)) == GOLDEN


def test_concurrent_runs_never_corrupt_it(data: Path) -> None:
    env = {**os.environ, "JCPOA_TRACKER_TODAY": "2021-06-28"}
    command = [sys.executable, "-m", "jcpoa_tracker", "status", "--data-dir", str(data)]
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert {without_data_line(out) for out, _ in outputs} == {GOLDEN}
    assert cached(data) is not None
    assert not list(cache_file(data, os.environ).parent.glob("*.tmp"))
