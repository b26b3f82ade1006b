"""Validate a data directory as it would be after an edit, before writing.

The edited files are given as text and read in place of the files on disk,
so the whole dataset is checked with the change and nothing is written
first (and so nothing ever needs rolling back).  This holds every record in
memory: it is the reference the edits' own check (base.py) is compared
with, and what that check falls back on when the data is in a shape it
cannot judge in parts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from jcpoa_tracker.checks import Checked, check
from jcpoa_tracker.config_file import load_config
from jcpoa_tracker.datadir import discover, display_path, located
from jcpoa_tracker.loader import LoadResult, add_file, collector_paused, load_file, parse_bytes
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.problems import Problem, Severity

__all__ = ["check_with", "introduced"]


def check_with(root: Path, replaced: Mapping[Path, str]) -> Checked:
    """Every check over ``root``, reading ``replaced`` files from memory
    (a path that does not exist yet is a new file)."""
    texts = {located(path): text for path, text in replaced.items()}
    paths = discover(root)
    on_disk = {located(path) for path in paths}
    paths += [path for path in replaced if located(path) not in on_disk]
    config, problems = load_config(root)
    dataset = Dataset(config=config)
    refs = []
    with collector_paused():
        for path in paths:
            text = texts.get(located(path))
            if text is None:
                result = load_file(path)
            else:
                result = parse_bytes(text.encode("utf-8"), display_path(path))
            add_file(dataset, result)
            problems.extend(result.problems)
            refs.extend(result.refs)
    return check(LoadResult(dataset, problems, refs), root)


def introduced(before: list[Problem], after: list[Problem], severity: Severity) -> list[Problem]:
    """Problems of ``after`` that ``before`` did not have (compared without
    their line numbers, which an insertion shifts)."""
    seen = Counter(_identity(p) for p in before)
    new = []
    for problem in after:
        key = _identity(problem)
        if seen[key]:
            seen[key] -= 1
        elif problem.severity is severity:
            new.append(problem)
    return new


def _identity(problem: Problem) -> tuple[str, str, str, str]:
    return (problem.path, problem.severity, problem.rule, problem.message)
