"""``fmt``: every data file in one canonical form, keeping every comment and
every value.

Keeping every value is checked, not assumed: before a file is rewritten,
the loader reads the old and the new text, and the records (ignoring line
numbers), the problems (bar the YAML 1.1 warnings that quoting fixes) and
the comments must be the same, or the file is left alone.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from jcpoa_tracker.datadir import UnsafeFile, discover, display_path, read_data
from jcpoa_tracker.edit.document import Unformattable, find_comments, read
from jcpoa_tracker.edit.emit import document_text
from jcpoa_tracker.loader import FileResult, collector_paused, parse_bytes, unread_problem
from jcpoa_tracker.problems import Problem, Severity

__all__ = ["FileFormat", "UnsafeFormat", "canonical", "format_bytes", "format_paths"]

# Problems that make a file unreadable, or that the canonical form cannot
# keep (an anchor): such a file is reported, never rewritten.
_UNREADABLE = frozenset({"encoding", "yaml-syntax", "yaml-alias"})
# Warnings that quoting a value makes go away.
_FIXED_BY_QUOTING = frozenset({"yaml11-bool", "yaml11-number"})


class UnsafeFormat(Exception):
    """The canonical text would not read back as the original: a bug."""


@dataclass(frozen=True, slots=True)
class FileFormat:
    """One file: its text before and after, or why it was left alone."""

    path: Path
    shown: str
    before: str
    after: str | None
    problems: tuple[Problem, ...] = ()

    @property
    def changed(self) -> bool:
        return self.after is not None and self.after != self.before


def canonical(text: str) -> str:
    """The canonical form of a file's text.  Raises yaml.YAMLError or
    Unformattable for a file it cannot rewrite."""
    document = read(text)
    if document is None:
        return text
    return document_text(document)


def format_bytes(data: bytes, shown: str) -> tuple[str | None, list[Problem]]:
    """The canonical text, or None and the problems that prevent it.
    Raises UnsafeFormat if the result would not mean the same."""
    before = parse_bytes(data, shown)
    unreadable = [p for p in before.problems if p.rule in _UNREADABLE]
    if unreadable:
        return None, unreadable
    text = data.decode("utf-8")
    try:
        after = canonical(text)
    except Unformattable as error:
        problem = Problem(
            shown,
            error.line,
            error.column,
            Severity.ERROR,
            error.rule,
            f"cannot be reformatted: {error.message}",
            "write it out in full (see docs/data-format.md), then run fmt again",
        )
        return None, [problem]
    except yaml.YAMLError as error:  # pragma: no cover - parse_bytes reported it first
        raise UnsafeFormat(f"{shown}: {error}") from error
    if after != text:
        _check_same_meaning(before, text, after, shown)
    return after, []


def _check_same_meaning(before: FileResult, old: str, new: str, shown: str) -> None:
    after = parse_bytes(new.encode("utf-8"), shown)
    if _records(before) != _records(after):
        raise UnsafeFormat(f"{shown}: the records would change")
    if _problems(before, ignore=_FIXED_BY_QUOTING) != _problems(after, ignore=_FIXED_BY_QUOTING):
        raise UnsafeFormat(f"{shown}: the problems found in the file would change")
    if _problems(after, ignore=frozenset()) - _problems(before, ignore=frozenset()):
        raise UnsafeFormat(f"{shown}: new problems would appear")
    if Counter(c.text for c in find_comments(old)) != Counter(c.text for c in find_comments(new)):
        raise UnsafeFormat(f"{shown}: a comment would be lost")


def _records(result: FileResult) -> list[object]:
    """The records without their positions, kind by kind (putting the kinds
    in order moves whole lists, never records within one)."""
    records = sorted(result.records, key=lambda record: record.record_kind)
    return [dataclasses.replace(record, line=0, column=0) for record in records]


def _problems(result: FileResult, ignore: frozenset[str]) -> Counter[tuple[str, str, str]]:
    return Counter(
        (p.severity, p.rule, p.message)
        for p in result.problems
        if not (p.rule in ignore and p.severity is Severity.WARNING)
    )


def format_paths(paths: Iterable[Path]) -> list[FileFormat]:
    """Every data file under ``paths``, formatted in memory (nothing is written)."""
    results: list[FileFormat] = []
    with collector_paused():  # as when loading: millions of acyclic nodes
        for root in paths:
            results.extend(_format_file(path) for path in discover(root))
    return results


def _format_file(path: Path) -> FileFormat:
    shown = display_path(path)
    try:
        data = read_data(path)  # never through a link: a link is reported, never rewritten
    except (OSError, UnsafeFile) as error:
        return FileFormat(path, shown, "", None, (unread_problem(error, shown),))
    after, problems = format_bytes(data, shown)
    before = data.decode("utf-8", errors="replace")
    return FileFormat(path, shown, before, after, tuple(problems))
