"""Problems as text (with excerpts), JSON or GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jcpoa_tracker.problems import Problem
from jcpoa_tracker.render.escape import github_message, github_property, one_line, terminal

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["ExcerptReader", "github", "json_report", "text"]

_STYLES = {"error": "bold red", "warning": "yellow"}


class ExcerptReader:
    """Reads the lines that problems point at, once per file, by the data
    directory's rules (``datadir.read_data``): a link, a special file or an
    oversized file shows no excerpt, so nothing outside the data is echoed."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str] | None] = {}

    def line(self, path: str, number: int) -> str | None:
        if path not in self._lines:
            from jcpoa_tracker.datadir import UnsafeFile, read_data

            try:
                content = read_data(Path(path)).decode("utf-8", errors="replace")
                self._lines[path] = content.splitlines()
            except (OSError, UnsafeFile):
                self._lines[path] = None
        lines = self._lines[path]
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1]


def text(problems: Sequence[Problem], excerpt: Callable[[str, int], str | None]) -> Text:
    """``path:line:col: error: message [rule]``, the offending line with a
    caret under the column, and a hint where there is one."""
    from rich.text import Text  # only when there is something to print

    out = Text()
    for problem in problems:
        out.append(f"{terminal(problem.path)}:{problem.line}:{problem.column}: ", style="bold")
        out.append(str(problem.severity), style=_STYLES[problem.severity])
        out.append(f": {one_line(problem.message)} ")
        out.append(f"[{problem.rule}]", style="dim")
        out.append("\n")
        source = excerpt(problem.path, problem.line)
        if source is not None:
            shown = terminal(source.expandtabs(1))
            gutter = f"{problem.line:>5} | "
            out.append(gutter, style="dim")
            out.append(shown + "\n")
            caret_at = min(problem.column - 1, len(shown))
            out.append(" " * (len(gutter) - 2) + "| ", style="dim")
            out.append(" " * caret_at + "^\n", style=_STYLES[problem.severity])
        if problem.hint:
            out.append("      = hint: ", style="cyan")
            out.append(one_line(problem.hint) + "\n")
    return out


def json_report(problems: Sequence[Problem], files: int, records: int) -> str:
    """A stable JSON document: ``{"version": 1, "summary": ..., "problems": [...]}``."""
    document = {
        "version": 1,
        "summary": {
            "files": files,
            "records": records,
            "errors": sum(1 for p in problems if p.severity == "error"),
            "warnings": sum(1 for p in problems if p.severity == "warning"),
        },
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "severity": str(p.severity),
                "rule": p.rule,
                "message": p.message,
                "hint": p.hint,
            }
            for p in problems
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def github(problems: Sequence[Problem]) -> str:
    """GitHub Actions workflow commands, one annotation per problem."""
    lines = []
    for p in problems:
        message = p.message + (f" (hint: {p.hint})" if p.hint else "")
        lines.append(
            f"::{p.severity} file={github_property(p.path)},line={p.line},col={p.column},"
            f"title={github_property(p.rule)}::{github_message(message)}"
        )
    return "".join(line + "\n" for line in lines)
