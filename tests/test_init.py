"""`jcpoa-tracker init`: a new data repository that every command works on
at once, that refuses to overwrite, and that asks only on a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jcpoa_tracker.cli import app

runner = CliRunner()
ENV = {"JCPOA_TRACKER_TODAY": "2026-01-15", "GITHUB_ACTIONS": ""}


def init(*args: str) -> object:
    return runner.invoke(app, ["init", *args], env=ENV)


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    target = tmp_path / "plastics"
    result = init(
        str(target),
        "--title",
        "Plastics treaty talks",
        "--short-name",
        "plastics talks",
        "--party",
        "unep=UN Environment Programme:organization",
        "--track",
        "inc=INC sessions",
        "--source",
        "https://example.org/inc",
        "--example",
    )
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    return target


def test_init_writes_a_repository_ready_for_analysts(fresh: Path) -> None:
    names = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file()}
    for expected in (
        "dataset.yaml",
        "README.md",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".github/workflows/data-pull-request.yml",
        ".vscode/settings.json",
        ".schema/data.schema.json",
        ".schema/dataset.schema.json",
        "actors/unep.yaml",
        "tracks/inc/track.yaml",
        "statements/.gitkeep",
        "documents/.gitkeep",
    ):
        assert expected in names, expected
    config = yaml.safe_load((fresh / "dataset.yaml").read_text(encoding="utf-8"))
    assert config["title"] == "Plastics treaty talks"
    assert config["defaults"]["main_track"] == "inc"
    assert (
        (fresh / "dataset.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=.schema/dataset.schema.json")
    )
    actor = (fresh / "statements" / "2026" / "2026-01-14-example-envoy.yaml").read_text()
    assert actor.startswith("# yaml-language-server: $schema=../../.schema/data.schema.json")
    assert ".*.tmp" in (fresh / ".gitignore").read_text()
    for workflow in (".pre-commit-config.yaml", ".github/workflows/data-pull-request.yml"):
        yaml.safe_load((fresh / workflow).read_text(encoding="utf-8"))  # valid YAML
    json.loads((fresh / ".vscode" / "settings.json").read_text(encoding="utf-8"))


def test_every_command_works_on_the_fresh_repository(fresh: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(fresh)]
    validate = runner.invoke(app, ["validate", "--strict", *data], env=ENV)
    assert validate.exit_code == 0, validate.stdout
    assert runner.invoke(app, ["fmt", "--check", *data], env=ENV).exit_code == 0
    status = runner.invoke(app, ["status", *data], env=ENV)
    assert status.exit_code == 0, status.stderr
    assert status.stdout.startswith("Plastics treaty talks: status as of 15 January 2026")
    assert "Example talks" in status.stdout
    briefing = runner.invoke(app, ["briefing", *data], env=ENV)
    assert briefing.exit_code == 0 and briefing.stdout.startswith("# plastics talks: briefing")
    for command in (
        ["timeline"],
        ["trends"],
        ["quotes", "progress"],
        ["speakers"],
        ["export", "--to", "csv", "-o", str(tmp_path / "csv")],
        ["schema"],
    ):
        result = runner.invoke(app, [*command, *data], env=ENV)
        assert result.exit_code == 0, (command, result.stderr)
    statement = [
        *("add", "statement", "--speaker", "example-envoy", "--date", "2026-01-15"),
        *("--text", "We are close.", "--source", "https://example.org/s", "--verified"),
    ]
    added = runner.invoke(app, [*statement, *data], env=ENV)
    assert added.exit_code == 0, added.stderr
    assert runner.invoke(app, ["validate", "--strict", *data], env=ENV).exit_code == 0


def test_the_working_directory_is_the_data_dir_inside_a_repository(fresh: Path) -> None:
    env = {**os.environ, **ENV}
    done = subprocess.run(
        [sys.executable, "-m", "jcpoa_tracker", "validate"],
        cwd=fresh,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(working directory)" in done.stderr
    status = subprocess.run(
        [sys.executable, "-m", "jcpoa_tracker", "status"],
        cwd=fresh,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Data: the working directory (its dataset.yaml); newest record" in status.stdout


def test_init_refuses_to_overwrite(fresh: Path, tmp_path: Path) -> None:
    again = init(str(fresh), "--title", "Other")
    assert again.exit_code == 2
    assert "already holds a dataset" in again.stderr  # type: ignore[attr-defined]
    with_data = tmp_path / "has-data"
    (with_data / "actors").mkdir(parents=True)
    (with_data / "actors" / "x.yaml").write_text("actors: []\n")
    refused = init(str(with_data), "--title", "T")
    assert refused.exit_code == 2 and "already holds data files" in refused.stderr  # type: ignore[attr-defined]
    assert not (with_data / "dataset.yaml").exists()


def test_without_a_terminal_the_options_are_required(tmp_path: Path) -> None:
    missing = init(str(tmp_path / "x"))
    assert missing.exit_code == 2 and "--title" in missing.stderr  # type: ignore[attr-defined]
    unsourced = init(str(tmp_path / "y"), "--title", "T", "--party", "a=A")
    assert unsourced.exit_code == 2 and "--source" in unsourced.stderr  # type: ignore[attr-defined]
    bad_id = init(
        str(tmp_path / "z"), "--title", "T", "--party", "A B=A", "--source", "https://e.org"
    )
    assert bad_id.exit_code == 2 and "lower-case" in bad_id.stderr  # type: ignore[attr-defined]
    assert not (tmp_path / "x").exists() and not (tmp_path / "z").exists()


def test_a_missing_data_dir_suggests_init(tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", "--data-dir", str(tmp_path / "nope")], env=ENV)
    assert result.exit_code == 2
    assert "jcpoa-tracker init" in result.stderr


def test_init_asks_on_a_terminal(tmp_path: Path) -> None:
    """Through a real pseudo-terminal: title, parties, track and source prompts."""
    pexpect = pytest.importorskip("pexpect")
    target = tmp_path / "asked"
    child = pexpect.spawn(
        sys.executable,
        ["-m", "jcpoa_tracker", "init", str(target)],
        env={**os.environ, **ENV},
        encoding="utf-8",
        timeout=30,
    )
    child.expect("Title of the negotiation")
    child.sendline("Ceasefire talks")
    child.expect("Parties")
    child.sendline("a=Side A, b=Side B")
    child.expect("First track")
    child.sendline("main=Main talks")
    child.expect("URL")
    child.sendline("https://example.org/talks")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert yaml.safe_load((target / "dataset.yaml").read_text())["title"] == "Ceasefire talks"
    assert (target / "actors" / "b.yaml").exists()
    track = yaml.safe_load((target / "tracks" / "main" / "track.yaml").read_text())
    assert track["tracks"][0]["parties"] == ["a", "b"]
