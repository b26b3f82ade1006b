"""What the command line reads of a data dir's dataset.yaml before any
command runs, without the YAML stack: the title that the top-level help
names, and the time zone that decides what "today" is."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["dataset_timezone", "dataset_title"]


def dataset_title(root: Path) -> str | None:
    """The title of the data dir ``root``, read from its line when that line
    is a plain or quoted one-line scalar (so a file with problems elsewhere
    still has it: validate reports them); in any other shape the whole file
    is parsed, and a file with problems has no title."""
    text = _text(root)
    if text is None:
        return None
    title = _title(text)
    if title is _UNSURE:
        from jcpoa_tracker.config_file import load_config

        config, problems = load_config(root)
        return None if problems or config.path is None else config.title
    return title


def dataset_timezone(root: Path) -> str | None:
    """The data dir's time zone (``defaults.timezone``), read by a pattern;
    validate checks the file itself, so a name that is not a time zone is
    ignored here."""
    text = _text(root)
    match = None if text is None else _TIMEZONE.search(text)
    if match is None:
        return None
    name = match.group(1)
    if name == "UTC":  # needs no time zone database (nor zoneinfo's import)
        return name
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _text(root: Path) -> str | None:
    from jcpoa_tracker.datadir import CONFIG_NAME, UnsafeFile, read_data

    try:  # by the data files' rules: never through a link, never a device
        return read_data(root / CONFIG_NAME).decode("utf-8")
    except (OSError, UnsafeFile, UnicodeDecodeError):
        return None


_TIMEZONE = re.compile(
    r"^defaults:\n"  # the defaults block...
    r"(?:[ \t]+.*\n|[ \t]*\n|[ \t]*#.*\n)*?"  # ...its indented lines, blank or comments...
    r"[ \t]+timezone:[ \t]*[\"']?([A-Za-z0-9_+\-/]+)[\"']?[ \t]*(?:#.*)?$",  # ...its timezone
    re.M,
)

_UNSURE = "\0unsure"  # a title line this reader leaves to the YAML parser
_NOT_TEXT = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null"))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The title's patterns, compiled when a title is read (reports, which
    only need the time zone, never pay for them)."""
    return {
        "title": re.compile(r"^title:(?:[ \t]+(.*?))?[ \t]*\n(?![ \t]+[^ \t\n#])", re.M),
        "double": re.compile(r'"((?:[^"\\]|\\["\\])*)"(?:[ \t]+#.*)?'),
        "single": re.compile(r"'((?:[^']|'')*)'(?:[ \t]+#.*)?"),
        "comment": re.compile(r"[ \t]+#.*"),
        # What PyYAML refuses to read anywhere in a file.
        "not printable": re.compile(
            "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
        ),
    }


def _title(text: str) -> str | None:
    """The title on a one-line ``title:`` at the top level, or _UNSURE."""
    pattern = _patterns()
    found = pattern["title"].findall(text + "\n")
    if (
        len(found) != 1
        or text.startswith(("%", "---", "\ufeff"))
        or "\n---" in text
        or "\n..." in text
        or pattern["not printable"].search(text)
    ):
        return _UNSURE
    line = found[0]
    if match := pattern["double"].fullmatch(line):
        value = re.sub(r"\\(.)", r"\1", match.group(1))
    elif match := pattern["single"].fullmatch(line):
        value = match.group(1).replace("''", "'")
    else:
        # A plain scalar that is text (not a YAML 1.1 boolean or number, not
        # a mapping), up to a comment.
        value = pattern["comment"].sub("", line, count=1)
        if (
            not value[:1].isalpha()
            or value.lower() in _NOT_TEXT
            or value.endswith(":")
            or re.search(r":[ \t]|\t", value)
        ):
            return _UNSURE
    return value if value.strip() else _UNSURE
