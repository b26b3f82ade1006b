"""Keep the docs honest: every rule, field and command documented, the
README's commands real."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.problems import RULES
from jcpoa_tracker.schema import _NESTED, RECORD_SPECS
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = REPO / "docs"


def _code_blocks(text: str, after_heading: str) -> list[str]:
    section = text.split(after_heading, 1)[1]
    section = re.split(r"\n## ", section, maxsplit=1)[0]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.S)


def test_every_rule_is_documented() -> None:
    page = (DOCS / "validation.md").read_text(encoding="utf-8")
    missing = [rule for rule in RULES if f"| `{rule}` |" not in page]
    assert missing == []


def test_every_field_is_documented() -> None:
    page = (DOCS / "data-format.md").read_text(encoding="utf-8")
    missing = [
        f"{spec.name}.{field.name}"
        for spec in (*RECORD_SPECS.values(), *_NESTED)
        for field in spec.fields
        if f"`{field.name}`" not in page
    ]
    assert missing == []


def test_quick_start_is_exactly_two_commands_and_ci_runs_the_second() -> None:
    blocks = _code_blocks(README, "## Quick start")
    assert len(blocks) == 1
    commands = [line for line in blocks[0].splitlines() if line.strip()]
    assert len(commands) == 2
    install_and_report, tests = commands
    assert "jcpoa-tracker" in install_and_report
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci


def _usage_commands() -> list[list[str]]:
    commands = []
    for block in _code_blocks(README, "## Usage"):
        for line in block.splitlines():
            line = line.split("#", 1)[0].split(">", 1)[0].strip()
            if line.startswith("jcpoa-tracker "):
                commands.append(shlex.split(line)[1:])
    return commands


@pytest.mark.parametrize("args", _usage_commands(), ids=" ".join)
def test_readme_usage_examples_run(args: list[str], monkeypatch, tmp_path) -> None:
    # Run where ./rounds is the bundled data, as in a checkout, but write any
    # output files into a temporary folder.
    (tmp_path / "rounds").symlink_to(REPO / "rounds", target_is_directory=True)
    (tmp_path / "examples").symlink_to(REPO / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args, env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.stdout + result.stderr


def test_every_command_has_help() -> None:
    runner = CliRunner()
    names = [command.name for command in app.registered_commands]
    assert {"validate", "schema"} <= set(names)
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        assert app.registered_commands[names.index(name)].callback.__doc__
