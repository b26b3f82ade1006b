"""Terminal layout helpers shared by the rich views (imported only when a
view is drawn for a terminal): lines with hanging indents, so that a long
line wraps under its own text and not back to column 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text

__all__ = ["Hanging", "hanging_lines"]


class Hanging:
    """``text`` starting at column ``indent``; its continuation lines start
    at ``indent + hang``.  Words longer than a line (URLs, ids) are folded,
    never cut with an ellipsis."""

    def __init__(self, text: Text, indent: int = 0, hang: int = 2) -> None:
        self.text = text
        self.indent = indent
        self.hang = hang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width - self.indent - self.hang, 10)
        plain = self.text.plain
        if "\n" not in plain and "\t" not in plain and cell_len(plain) <= width:
            # A line that fits, as wrapping would leave it: most of a
            # report's lines, which Rich would otherwise split into words
            # and measure one by one.
            line = self.text.copy()
            line.rstrip()
            yield Segment(" " * self.indent)
            yield from line.render(console)
            yield Segment.line()
            return
        lines = self.text.wrap(console, width, overflow="fold", no_wrap=False)
        for number, line in enumerate(lines):
            line.rstrip()
            yield Segment(" " * (self.indent if number == 0 else self.indent + self.hang))
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> object:
        from rich.measure import Measurement

        return Measurement(min(options.max_width, 20), options.max_width)


def hanging_lines(lines: list[Text], hang: int = 2) -> list[Hanging]:
    """Each line (whose leading spaces are its indent) with a hanging indent."""
    out = []
    for text in lines:
        plain = text.plain
        indent = len(plain) - len(plain.lstrip(" "))
        body = text[indent:] if indent else text
        out.append(Hanging(body, indent, hang))
    return out
