"""The CLI through Typer's CliRunner, and through the installed console
script as cron and CI run it (no TTY)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from tests.conftest import DATA, REPO, without_data_line

runner = CliRunner()

BAD_STATEMENT = textwrap.dedent(
    """\
    statements:
      - id: blinken-2021-06-25
        speaker: blinkn
        date: 2021-06-31
        text: "[bold red]markup[/] and \\e[31m escape"
        sources:
          - url: https://example.org/x
    """
)


@pytest.fixture
def bad_dir(write_rounds) -> Path:
    return write_rounds({"statements/2021/2021-06-25-blinken.yaml": BAD_STATEMENT})


def invoke(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"GITHUB_ACTIONS": "", **(env or {})})


def test_bundled_data_validates_clean() -> None:
    result = invoke("validate", "--strict", "--data-dir", str(DATA))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert " 0 errors, 0 warnings" in result.stderr


def test_errors_exit_1_with_file_line_column_on_stdout(bad_dir: Path, monkeypatch) -> None:
    monkeypatch.chdir(bad_dir.parent)
    result = invoke("validate", "--data-dir", "rounds")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    path = "rounds/statements/2021/2021-06-25-blinken.yaml"
    assert f"{path}:3:14: error: no actor has the id 'blinkn' [dangling-ref]" in lines
    assert any(
        line.startswith(f"{path}:4:11: error: '2021-06-31' is not a real date") for line in lines
    )
    assert "      = hint: did you mean 'blinken'?" in lines
    assert "    3 |     speaker: blinkn" in lines
    assert "2 errors, 0 warnings" in result.stderr
    assert "2 errors" not in result.stdout  # summaries go to stderr


def test_warnings_fail_only_with_strict(write_rounds) -> None:
    root = write_rounds(
        {
            "statements/a.yaml": BAD_STATEMENT.replace("blinkn", "blinken").replace(
                "2021-06-31", "2021-06-25"
            )
        }
    )
    assert invoke("validate", "--data-dir", str(root)).exit_code == 0
    assert invoke("validate", "--strict", "--data-dir", str(root)).exit_code == 1


def test_json_format_is_stable(bad_dir: Path) -> None:
    result = invoke("validate", "--format", "json", "--data-dir", str(bad_dir))
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"]["errors"] == 2
    assert [p["rule"] for p in document["problems"]] == ["dangling-ref", "date"]
    assert set(document["problems"][0]) == {
        "path",
        "line",
        "column",
        "severity",
        "rule",
        "message",
        "hint",
    }


def test_github_annotations_chosen_under_actions(bad_dir: Path) -> None:
    result = invoke("validate", "--data-dir", str(bad_dir), env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=")
    assert ",line=3,col=14,title=dangling-ref::no actor has the id 'blinkn'" in first


def test_markup_and_control_characters_are_shown_literally(write_rounds) -> None:
    text = 'statements:\n  - id: "[bold]x\\e[31m"\n'
    root = write_rounds({"statements/a.yaml": text})
    result = invoke("validate", "--data-dir", str(root))
    assert "'[bold]x\\x1b[31m' is not a valid id" in result.stdout
    assert "\x1b" not in result.stdout


def test_paths_inside_the_data_dir_limit_the_report(bad_dir: Path, write_rounds) -> None:
    other = bad_dir / "statements/2021/2021-06-26-blinken.yaml"
    other.write_text(BAD_STATEMENT.replace("blinken-2021-06-25", "other-id"))
    result = invoke("validate", "--format", "json", "--data-dir", str(bad_dir), str(other))
    paths = {p["path"] for p in json.loads(result.stdout)["problems"]}
    assert len(paths) == 1 and paths.pop().endswith("2021-06-26-blinken.yaml")


def test_a_folder_outside_the_data_dir_is_its_own_dataset(write_rounds) -> None:
    root = write_rounds({})
    result = invoke("validate", "--data-dir", str(DATA), str(root))
    assert result.exit_code == 0, result.stdout
    assert f"3 records in {root}: 0 errors" in result.stderr  # not the data dir's


def test_paths_inside_the_data_dir_are_checked_with_all_of_it(bad_dir: Path) -> None:
    statements = bad_dir / "statements"
    result = invoke("validate", "--data-dir", str(bad_dir), str(statements))
    assert result.exit_code == 1
    assert f"records in {bad_dir} (option): 2 errors" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert invoke("validate", "--format", "xml").exit_code == 2
    missing = invoke("validate", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert "does not exist" in missing.stderr
    assert invoke("validate", "--data-dir", str(tmp_path / "nope")).exit_code == 2
    assert invoke("no-such-command").exit_code == 2


def test_empty_data_dir_is_an_error(tmp_path: Path) -> None:
    result = invoke("validate", "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    assert "[no-data]" in result.stdout


def test_data_dir_resolution(tmp_path: Path, write_rounds, monkeypatch) -> None:
    root = write_rounds({})
    monkeypatch.chdir(tmp_path)  # ./rounds exists here
    assert "(working directory)" in invoke("validate").stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert "(bundled)" in invoke("validate").stderr
    result = invoke("validate", env={"JCPOA_TRACKER_DATA": str(root)})
    assert "(environment)" in result.stderr and "3 records" in result.stderr
    result = invoke("validate", "--data-dir", str(DATA), env={"JCPOA_TRACKER_DATA": str(root)})
    assert "(option)" in result.stderr
    before_command = invoke("--data-dir", str(root), "validate")
    assert "(option)" in before_command.stderr and "3 records" in before_command.stderr


def test_schema_command_prints_the_committed_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    committed = (REPO / "schema" / "jcpoa-tracker.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "run: jcpoa-tracker schema > schema/jcpoa-tracker.schema.json"
    )


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("jcpoa-tracker ")


def _console_script() -> str:
    found = shutil.which("jcpoa-tracker", path=os.path.dirname(sys.executable))
    found = found or shutil.which("jcpoa-tracker")
    if found is None:
        pytest.fail("the jcpoa-tracker console script is not installed")
    return found


def _cron_env(**extra: str) -> dict[str, str]:
    keep = {
        k: v
        for k, v in os.environ.items()
        if k in ("PATH", "HOME", "LANG", "SYSTEMROOT", "JCPOA_TRACKER_CACHE_DIR", "PYTHONPATH")
    }
    return {**keep, **extra}


def test_console_script_validates_bundled_data_without_a_tty(tmp_path: Path) -> None:
    # Run from an empty folder: no ./rounds, no env var, so the bundled data is used.
    completed = subprocess.run(
        [_console_script(), "validate", "--strict"],
        cwd=tmp_path,
        env=_cron_env(),
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "(bundled)" in completed.stderr
    assert completed.stdout == ""


def test_console_script_errors_are_plain_text(bad_dir: Path) -> None:
    completed = subprocess.run(
        [_console_script(), "validate", "--data-dir", str(bad_dir)],
        env=_cron_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert "\x1b[" not in completed.stdout  # no colour codes when piped
    assert "[dangling-ref]" in completed.stdout
    assert "Traceback" not in completed.stderr


def test_console_script_status_for_cron(tmp_path: Path) -> None:
    completed = subprocess.run(
        [_console_script(), "status", "--data-dir", str(DATA)],
        cwd=tmp_path,
        env=_cron_env(JCPOA_TRACKER_TODAY="2021-06-28"),
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert completed.returncode == 0, completed.stderr
    golden = Path(__file__).parent / "golden" / "status" / "2021-06-28.txt"
    # plain, unwrapped; the "Data:" line names the data dir and its last commit
    expected = without_data_line(golden.read_text(encoding="utf-8"))
    assert without_data_line(completed.stdout) == expected
    assert completed.stderr == ""


def test_python_dash_m_works() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "jcpoa_tracker", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0 and completed.stdout.startswith("jcpoa-tracker ")


def test_a_run_builds_only_the_command_it_names() -> None:
    """The root group builds a command when it is looked up: `quotes` builds
    its module's three, a name that is no command builds them all (so that
    the error can suggest one), and help lists them all, building none."""
    from typer.main import get_command

    from jcpoa_tracker.cli import COMMANDS, build_app

    everything = get_command(build_app())
    assert sorted(everything.commands) == sorted(COMMANDS)  # type: ignore[attr-defined]

    lazy = get_command(build_app(()))
    assert lazy.commands == {}  # type: ignore[attr-defined]
    ctx = typer.Context(lazy)
    assert lazy.get_command(ctx, "quote") is not None  # type: ignore[attr-defined]
    assert sorted(lazy.commands) == ["quote", "quotes", "speakers"]  # type: ignore[attr-defined]
    assert lazy.list_commands(ctx) == list(everything.commands)  # type: ignore[attr-defined]
    lazy.get_help(ctx)
    assert len(lazy.commands) == 3  # type: ignore[attr-defined]
    assert lazy.get_command(ctx, "staus") is None  # type: ignore[attr-defined]
    assert sorted(lazy.commands) == sorted(COMMANDS)  # type: ignore[attr-defined]
