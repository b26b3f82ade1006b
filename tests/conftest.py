from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jcpoa_tracker.checks import validate
from jcpoa_tracker.problems import Problem

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "rounds"

WriteRounds = Callable[[dict[str, str]], Path]

# The bundled dataset's configuration (its vocabulary); tests of a dataset
# without one pass base=False or override "dataset.yaml".  Its source tiers
# (the last section) are left out: the example.org sources of test records
# are not graded unless a test adds tiers (GRADED_CONFIG).
BUNDLED_CONFIG_TEXT = (Path(__file__).parent.parent / "rounds" / "dataset.yaml").read_text("utf-8")
BUNDLED_CONFIG = BUNDLED_CONFIG_TEXT.split("\n# How much a source's domain", 1)[0] + "\n"
assert "source_tiers:" not in BUNDLED_CONFIG

# A minimal, valid data dir: the bundled vocabulary, one party, one person, one track.
BASE = {
    "dataset.yaml": BUNDLED_CONFIG,
    "actors/us.yaml": """
        actors:
          - id: us
            kind: state
            name: United States
            sources:
              - url: https://example.org/us
    """,
    "actors/blinken.yaml": """
        actors:
          - id: blinken
            kind: person
            name: Antony Blinken
            party: us
            sources:
              - url: https://example.org/blinken
    """,
    "tracks/vienna/track.yaml": """
        tracks:
          - id: vienna
            title: Vienna talks
            parties:
              - us
            sources:
              - url: https://example.org/vienna
    """,
}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Report caches go to a folder of the test session, never the user's."""
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled data (``rounds``) with a cache folder of its own."""
    copy = tmp_path / "rounds"
    shutil.copytree(DATA, copy)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    return copy


@pytest.fixture
def write_rounds(tmp_path: Path) -> WriteRounds:
    """Write files (dedented) into a data dir holding the BASE records too."""

    def write(files: dict[str, str], *, base: bool = True) -> Path:
        root = tmp_path / "rounds"
        for name, content in ({**BASE, **files} if base else files).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return root

    return write


@pytest.fixture
def problems_of(write_rounds: WriteRounds, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Validate a data dir made of BASE plus ``files``; problems as
    (path relative to the data dir, line, column, rule) tuples."""
    monkeypatch.chdir(tmp_path)

    def run(files: dict[str, str], **kwargs: bool) -> list[tuple[str, int, int, str]]:
        root = write_rounds(files, **kwargs)
        checked, _ = validate(root)
        return [(_rel(p, root), p.line, p.column, p.rule) for p in checked.problems]

    return run


def _rel(problem: Problem, root: Path) -> str:
    path = Path(problem.path)
    if not path.is_absolute():
        path = Path.cwd() / path
    try:
        return str(path.relative_to(root))
    except ValueError:
        return problem.path


# Git in tests must not read the machine's or the user's configuration.
GIT_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_AUTHOR_NAME": "Analyst",
    "GIT_AUTHOR_EMAIL": "analyst@example.org",
    "GIT_COMMITTER_NAME": "Analyst",
    "GIT_COMMITTER_EMAIL": "analyst@example.org",
}


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd`` with GIT_ENV; its standard output."""
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


class GitRepo:
    """A temporary git repository whose data dir is ``root/rounds``, written
    with the ``write_rounds`` fixture."""

    def __init__(self, root: Path, write: WriteRounds, *, init: bool = True) -> None:
        self.root, self.write, self.data = root, write, root / "rounds"
        if init:  # (not for a copy of a repository)
            self.git("init", "--quiet", "--initial-branch=main")

    def git(self, *args: str) -> str:
        return git(self.root, *args)

    def commit(self, files: dict[str, str], message: str = "data") -> None:
        self.write(files)
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)


def golden_about(dataset: Any, day: date, data: str = "the bundled dataset") -> Any:
    """What a golden report rests on, fixed: the same bytes whatever the
    clock, the checkout's commits or the tool's version."""
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.report.about import About, newest_record

    newest, newest_id = newest_record(Scope(dataset), day)
    config = dataset.config
    return About(
        title=config.title,
        short_name=config.short_name,
        data=data,
        as_of=day,
        today=day,
        newest=newest,
        newest_id=newest_id,
    )


def without_data_line(text: str) -> str:
    """A report with its footer's "Data: ..." line (which names the data dir
    and its last commit) taken out, to compare with a golden file."""
    return "\n".join(line for line in text.split("\n") if not line.startswith("Data: "))


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of 600 statements from benchmarks/generate.py (milestones,
    rounds with sticking points, non-ASCII text), made once per module."""
    out = tmp_path_factory.mktemp("corpus") / "data"
    generator = str(REPO / "benchmarks" / "generate.py")
    subprocess.run(
        [sys.executable, generator, "--statements", "600", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def statement_count(data: Path = DATA) -> int:
    """How many statements the data files hold, read straight from the YAML
    (not through the loader under test), so counts in tests follow the data."""
    import yaml

    return sum(
        len(yaml.safe_load(path.read_text(encoding="utf-8")).get("statements") or [])
        for path in (data / "statements").rglob("*.yaml")
    )
