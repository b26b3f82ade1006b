"""Help that points to installed documentation (`jcpoa-tracker docs TOPIC`,
shipped in the wheel) and Tab completion of ids for the report commands,
from file names and the quote index, never a YAML load."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.cli.docs_cmd import docs_dir, topics
from tests.conftest import DATA, REPO
from tests.test_cli import _console_script, _cron_env
from tests.test_terminal import _all_help

runner = CliRunner()


def test_the_wheel_ships_the_docs() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["docs"] == "jcpoa_tracker/data/docs"
    # Installed, the pages are looked up there first (else docs/ of a checkout).
    assert docs_dir() == REPO / "docs"


def test_docs_lists_every_page_and_prints_one() -> None:
    listed = runner.invoke(app, ["docs"])
    assert listed.exit_code == 0
    pages = sorted(p.stem for p in (REPO / "docs").glob("*.md"))
    assert [line.split()[0] for line in listed.stdout.splitlines()] == pages
    assert "Quote search" in listed.stdout
    page = runner.invoke(app, ["docs", "search"])
    assert page.exit_code == 0
    assert page.stdout == (REPO / "docs" / "search.md").read_text(encoding="utf-8")


def test_an_unknown_topic_suggests_one() -> None:
    result = runner.invoke(app, ["docs", "serch"])
    assert result.exit_code == 2
    assert result.stderr == "Error: no documentation page 'serch'; did you mean 'search'?\n"


def test_help_points_to_installed_docs_not_to_files() -> None:
    pages = _all_help()
    pages = {name: " ".join(page.split()) for name, page in pages.items()}  # unwrapped
    for name, page in pages.items():
        assert not re.search(r"docs/[\w-]+\.md", page), name
        for topic in re.findall(r"jcpoa-tracker docs ([\w-]+)", page):
            assert topic in topics(), (name, topic)
    assert "'jcpoa-tracker docs codebook'" in pages["quotes"]


# -- completion -----------------------------------------------------------------


def complete(words: str, cword: int, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [_console_script()],
        env={
            **env,
            "_JCPOA_TRACKER_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(cword),
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A cache folder whose quote index was built by a first search."""
    env = _cron_env(
        JCPOA_TRACKER_CACHE_DIR=str(tmp_path_factory.mktemp("completion-cache")),
        JCPOA_TRACKER_DATA=str(DATA),
    )
    subprocess.run([_console_script(), "quotes", "talks"], env=env, capture_output=True, check=True)
    return env


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("jcpoa-tracker quote araghchi-2021-06", 2, {"araghchi-2021-06-20-closer-than-ever"}),
        ("jcpoa-tracker status --track vienna", 3, {"vienna-talks"}),
        ("jcpoa-tracker timeline --track oman", 3, {"oman-2025"}),
        ("jcpoa-tracker quotes --speaker arag", 3, {"araghchi"}),
        ("jcpoa-tracker quotes --round vienna-r", 3, {f"vienna-r{n}" for n in range(1, 9)}),
        ("jcpoa-tracker quotes --party ira", 3, {"iran"}),
        ("jcpoa-tracker docs se", 2, {"search"}),
    ],
)
def test_ids_complete_in_report_commands(words, cword, expected, searched) -> None:
    found = complete(words, cword, searched)
    assert expected <= set(found), found


def test_statement_ids_come_from_the_index_without_reading_yaml(
    searched, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    import jcpoa_tracker.loader as load
    from jcpoa_tracker.cli.complete import complete_statement

    def no_yaml(*args: object, **kwargs: object) -> None:
        raise AssertionError("completion read a data file")

    monkeypatch.setattr(load, "load_file", no_yaml)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", searched["JCPOA_TRACKER_CACHE_DIR"])
    context = SimpleNamespace(params={"data_dir_option": DATA}, parent=None)
    found = complete_statement(context, "blinken-2021")  # type: ignore[arg-type]
    assert found and all(ident.startswith("blinken-2021") for ident in found)


def test_no_index_yet_completes_nothing_rather_than_building_one(tmp_path: Path) -> None:
    env = _cron_env(JCPOA_TRACKER_CACHE_DIR=str(tmp_path), JCPOA_TRACKER_DATA=str(DATA))
    found = complete("jcpoa-tracker quote a", 2, env)
    assert found == [] and list(tmp_path.iterdir()) == []
