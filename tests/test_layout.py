"""Hanging indents (render/layout.py): a line that fits is drawn as Rich's
wrapping would draw it, whatever its text, styles, indent and width."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from jcpoa_tracker.render.layout import Hanging, hanging_lines


def _drawn(renderable: object, width: int) -> str:
    console = Console(
        file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor"
    )
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return str(out)


class _Wrapped(Hanging):
    """Every line through Rich's wrapping, as Hanging drew each before it
    drew a line that fits as it is."""

    def __rich_console__(self, console, options):  # type: ignore[no-untyped-def]
        width = max(options.max_width - self.indent - self.hang, 10)
        lines = self.text.wrap(console, width, overflow="fold", no_wrap=False)
        for number, line in enumerate(lines):
            line.rstrip()
            yield Segment(" " * (self.indent if number == 0 else self.indent + self.hang))
            yield from line.render(console)
            yield Segment.line()


_PIECES = st.lists(
    st.tuples(
        st.text(alphabet=st.sampled_from(list("ab cd  éف世界🙂\t\n-/")), min_size=0, max_size=30),
        st.sampled_from(["", "bold", "red", "italic blue"]),
    ),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=_PIECES,
    indent=st.integers(0, 12),
    hang=st.integers(0, 4),
    width=st.integers(10, 90),
    trailing=st.sampled_from(["", " ", "   "]),
)
def test_a_line_is_drawn_as_wrapping_draws_it(
    pieces: list[tuple[str, str]], indent: int, hang: int, width: int, trailing: str
) -> None:
    text = Text()
    for piece, style in pieces:
        text.append(piece, style=style or None)
    text.append(trailing)
    assert _drawn(Hanging(text, indent, hang), width) == _drawn(_Wrapped(text, indent, hang), width)


@pytest.mark.parametrize("extra", [-1, 0, 1, 2])
@pytest.mark.parametrize("fill", ["ab ", "世界 ", "abcdef"])
def test_lines_at_the_edge_of_their_room(extra: int, fill: str) -> None:
    for width in (20, 41):
        for indent, hang in ((0, 0), (2, 2), (4, 1)):
            room = width - indent - hang
            text = Text()
            while text.cell_len < room + extra:
                text.append(fill[text.cell_len % len(fill)], style="bold")
            assert _drawn(Hanging(text, indent, hang), width) == _drawn(
                _Wrapped(text, indent, hang), width
            ), (width, indent, hang, text.plain)


def test_hanging_lines_take_their_indent_from_leading_spaces() -> None:
    long = Text("    " + "word " * 30)
    drawn = _drawn(hanging_lines([long], hang=2)[0], 40).splitlines()
    assert drawn[0].startswith("    word")
    assert all(line.startswith("      word") for line in drawn[1:])
    assert all(len(line) <= 40 for line in drawn)
