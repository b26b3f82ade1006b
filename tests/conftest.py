from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from jcpoa_tracker.problems import Problem
from jcpoa_tracker.validate import validate

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "rounds"

WriteRounds = Callable[[dict[str, str]], Path]

# A minimal, valid data dir: one party, one person, one track.
BASE = {
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
