"""Options shared by every command."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from jcpoa_tracker.cli.env import TODAY_VAR, Environment
from jcpoa_tracker.datadir import DataDir, DataDirError, resolve_data_dir
from jcpoa_tracker.problems import ExitCode

__all__ = [
    "DataDirOption",
    "as_of_or_exit",
    "data_dir",
    "dataset_facts",
    "today_or_exit",
    "usage_error",
    "within_reports",
    "write_output",
    "wrote",
]

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory. Default: $JCPOA_TRACKER_DATA, else ./rounds, else bundled data.",
        show_default=False,
    ),
]


def usage_error(env: Environment, message: str) -> NoReturn:
    """``Error: message`` on stderr, exit 2.  The message often echoes what
    was typed: control characters and bidi overrides in it are shown
    (``\\x1b``, ``\\u202e``), never obeyed by the terminal."""
    from jcpoa_tracker.render.escape import terminal

    env.stderr.write(f"Error: {terminal(message)}\n")
    raise typer.Exit(ExitCode.USAGE)


def write_output(env: Environment, path: Path, content: str | bytes) -> None:
    """Write an -o file atomically; a failure is the user's to fix (exit 2)."""
    from jcpoa_tracker.output import write_atomic

    try:
        write_atomic(path, content)
    except OSError as error:
        usage_error(env, f"cannot write '{path}': {error.strerror or error}")
    wrote(env, path)


def wrote(env: Environment, path: Path) -> None:
    """Say where a file went, to a person at a terminal (scripts and cron
    get nothing: they named the file themselves)."""
    if env.stderr_is_tty:
        env.stderr.write(f"wrote {path}\n")


def data_dir(env: Environment, option: Path | None, ctx: typer.Context) -> DataDir:
    """The command's own --data-dir, else the one given before the command."""
    root = ctx.find_root().obj
    if option is None and isinstance(root, dict):
        option = root.get("data_dir")
    try:
        chosen = resolve_data_dir(option, env.environ, env.cwd)
    except DataDirError as error:
        usage_error(env, str(error))
    env.timezone = _timezone(chosen.path)
    return chosen


def _timezone(root: Path) -> str | None:
    return dataset_facts(root)[1]


def dataset_facts(root: Path) -> tuple[str | None, str | None]:
    """The title and the time zone (``defaults.timezone``) of the data dir
    ``root``, from its dataset.yaml, without the YAML stack (which --help and
    the warm quote search never import).

    The time zone is read by a pattern; validate checks the file itself, so
    a name that is not a time zone is ignored.  The title is read from its
    line when that line is a plain or quoted one-line scalar (so a file with
    problems elsewhere still has it: validate reports them); in any other
    shape the whole file is parsed, and a file with problems has no title."""
    from jcpoa_tracker.datadir import CONFIG_NAME, UnsafeFile, read_data

    try:  # by the data files' rules: never through a link, never a device
        text = read_data(root / CONFIG_NAME).decode("utf-8")
    except (OSError, UnsafeFile, UnicodeDecodeError):
        return None, None
    title = _title(text)
    if title is _UNSURE:
        from jcpoa_tracker.config_file import load_config

        config, problems = load_config(root)
        title = None if problems or config.path is None else config.title
    return title, _zone(text)


def _zone(text: str) -> str | None:
    match = _TIMEZONE.search(text)
    if match is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = match.group(1)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


_TIMEZONE = re.compile(
    r"^defaults:\n"  # the defaults block...
    r"(?:[ \t]+.*\n|[ \t]*\n|[ \t]*#.*\n)*?"  # ...its indented lines, blank or comments...
    r"[ \t]+timezone:[ \t]*[\"']?([A-Za-z0-9_+\-/]+)[\"']?[ \t]*(?:#.*)?$",  # ...its timezone
    re.M,
)

_UNSURE = "\0unsure"  # a title line this reader leaves to the YAML parser
_TITLE = re.compile(r"^title:(?:[ \t]+(.*?))?[ \t]*\n(?![ \t]+[^ \t\n#])", re.M)
_DOUBLE = re.compile(r'"((?:[^"\\]|\\["\\])*)"(?:[ \t]+#.*)?')
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?:[ \t]+#.*)?")
_COMMENT = re.compile(r"[ \t]+#.*")
# What PyYAML refuses to read anywhere in a file.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_NOT_TEXT = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null"))


def _title(text: str) -> str | None:
    """The title on a one-line ``title:`` at the top level, or _UNSURE."""
    found = _TITLE.findall(text + "\n")
    if (
        len(found) != 1
        or text.startswith(("%", "---", "\ufeff"))
        or "\n---" in text
        or "\n..." in text
        or _NOT_PRINTABLE.search(text)
    ):
        return _UNSURE
    line = found[0]
    if match := _DOUBLE.fullmatch(line):
        value = re.sub(r"\\(.)", r"\1", match.group(1))
    elif match := _SINGLE.fullmatch(line):
        value = match.group(1).replace("''", "'")
    else:
        # A plain scalar that is text (not a YAML 1.1 boolean or number, not
        # a mapping), up to a comment.
        value = _COMMENT.sub("", line, count=1)
        if (
            not value[:1].isalpha()
            or value.lower() in _NOT_TEXT
            or value.endswith(":")
            or re.search(r":[ \t]|\t", value)
        ):
            return _UNSURE
    return value if value.strip() else _UNSURE


def today_or_exit(env: Environment) -> date:
    """Today, or the day JCPOA_TRACKER_TODAY pins (exit 2 if it is not a date)."""
    try:
        return env.today()
    except ValueError:
        usage_error(env, f"{TODAY_VAR} must be a date such as 2021-06-28")


def as_of_or_exit(env: Environment, text: str | None) -> date:
    """The --as-of day (default today) by the reports' rules, or exit 2."""
    from jcpoa_tracker.when import WhenError, as_of_day

    today = today_or_exit(env)
    try:
        day = as_of_day(text, today)
    except WhenError as error:
        usage_error(env, f"--as-of: {error}")
    within_reports(env, "--as-of", day)
    if day > today:
        env.stderr.write(
            f"warning: --as-of {day.isoformat()} is after today ({today.isoformat()}): the "
            "report is projected beyond today, and its counts of days are not facts\n"
        )
    return day


# The days a report can be about: windows, periods and look-aheads around
# them stay inside Python's calendar (years 1 to 9999).
EARLIEST, LATEST = date(1000, 1, 1), date(8999, 12, 31)


def within_reports(env: Environment, option: str, day: date) -> date:
    """``day``, or exit 2 when it lies outside EARLIEST..LATEST."""
    if not EARLIEST <= day <= LATEST:
        usage_error(
            env,
            f"{option}: {day.isoformat()} is outside the years a report can cover "
            f"({EARLIEST.year} to {LATEST.year})",
        )
    return day
