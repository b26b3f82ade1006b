"""Make text from data files safe for the place it is shown.

Data comes from pull requests, so a quote may contain Rich markup, terminal
escape sequences, HTML or Markdown.  Each output format has one function
here, and every renderer passes data text through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = [
    "csv_cell",
    "github_message",
    "github_property",
    "markdown",
    "markdown_marked",
    "markdown_url",
    "one_line",
    "terminal",
]

# C0 and C1 control characters except tab and newline; DEL too; and the
# bidirectional embeddings, overrides and isolates, which reorder what is
# shown after them ("Trojan Source"; the marks U+200E/U+200F and Persian's
# zero-width non-joiner U+200C are ordinary text and kept).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """Control characters shown as ``\\x1b`` (bidi overrides as
    ``\\u202e``) instead of reaching the terminal.

    Rich markup needs no escaping here as long as the result is placed in a
    ``rich.text.Text`` (which never parses markup), which the renderers do.
    """
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    return " ".join(terminal(text).split())


def github_message(text: str) -> str:
    """Escape the message part of a GitHub Actions workflow command; control
    characters and bidi overrides are shown, never written to the log."""
    return terminal(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a property value (file=..., title=...) of a workflow command."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#!|~])")
_BULLET = re.compile(r"^(\s*)([-=+])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def markdown(text: str) -> str:
    """Text shown literally in Markdown (inline or in a table cell): markup
    characters are backslash-escaped, line breaks folded, controls removed."""
    return markdown_marked(one_line(text), [], lambda piece: piece)


def markdown_marked(line: str, spans: Sequence[tuple[int, int]], mark: Callable[[str], str]) -> str:
    """One line of text shown literally in Markdown, with the ``spans`` of it
    wrapped by ``mark`` (say, in ``**`` for bold) after escaping."""
    pieces, at = [], 0
    for start, end in spans:
        pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", terminal(line[at:start])))
        pieces.append(mark(_MARKDOWN_SPECIAL.sub(r"\\\1", terminal(line[start:end]))))
        at = end
    pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", terminal(line[at:])))
    text = "".join(pieces)
    text = _BULLET.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def markdown_url(url: str) -> str:
    """A URL as a Markdown autolink, ``<...>``: characters that could end or
    break it are percent-encoded, so the link text is exactly the address."""
    safe = one_line(url).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"<{safe}>"


# A spreadsheet treats a cell starting with one of these as a formula
# (OWASP "CSV injection"); tab and carriage return can hide such a start.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula:
    a leading formula character gets a ``'`` in front (the OWASP advice)."""
    return "'" + text if text.startswith(_FORMULA_START) else text
