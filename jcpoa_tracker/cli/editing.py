"""What `add` and `set` share: the sources' options (the fields' own come
from cli/derived.py), Tab completion of known ids and words, the session
(data dir, today, the dataset as it is), what people type in options, and
how problems and results are shown and written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jcpoa_tracker.cli.common import data_dir, today_or_exit, usage_error
from jcpoa_tracker.cli.env import Environment

if TYPE_CHECKING:
    from jcpoa_tracker.datadir import DataDir
    from jcpoa_tracker.edit.base import Base
    from jcpoa_tracker.edit.emit import Value
    from jcpoa_tracker.problems import Problem

# --- Tab completion of known ids, from file names alone (no YAML is read) -----


def complete_known(kind: str) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        import os

        from jcpoa_tracker.datadir import DataDirError, resolve_data_dir
        from jcpoa_tracker.edit.layout import ids_on_disk

        given = ctx.params.get("data_dir_option")
        try:
            root = resolve_data_dir(given, os.environ, Path.cwd()).path
        except DataDirError:
            return []
        return [ident for ident in ids_on_disk(root, kind) if ident.startswith(incomplete)]

    return complete


complete_actor = complete_known("actor")


# --- options ---------------------------------------------------------------------


def opt(name: str, help: str, **kwargs: Any) -> Any:
    """An option with its help and no default shown (absent means "not given")."""
    return typer.Option(name, help=help, show_default=False, **kwargs)


SourceOption = Annotated[
    list[str] | None,
    opt("--source", "URL of a page that supports the record (repeatable)."),
]
OutletOption = Annotated[
    list[str] | None,
    opt("--outlet", "Who published a source: the first --outlet goes with the first --source..."),
]
AccessedOption = Annotated[
    str | None, opt("--accessed", "When the sources were read (default: today).")
]


# Vocabularies that each dataset defines in its dataset.yaml, by the name
# some options use; a lower-case name is the section itself (``occasions``,
# as fields.Word names it), and a capitalised one the format's own
# vocabulary (a StrEnum of model.py).
DATASET_VOCABULARIES = {
    "MilestoneKind": "milestone_kinds",
    "Category": "categories",
    "Occasion": "occasions",
    "StickingStatus": "sticking_point_statuses",
}


def dataset_vocabulary(name: str) -> str | None:
    """The dataset.yaml section of a vocabulary, or None for the format's own."""
    return DATASET_VOCABULARIES.get(name, name if name.islower() else None)


def words_of(enum_name: str, root: Path | None) -> list[str]:
    """The words of a vocabulary: the dataset's (from its dataset.yaml) or
    the format's own (a StrEnum of model.py, imported only then)."""
    section = dataset_vocabulary(enum_name)
    if section is not None:
        from jcpoa_tracker.config_file import load_config

        config, _ = load_config(root)
        return [t.id for t in getattr(config.vocabulary, section)]
    from jcpoa_tracker import model

    return [member.value for member in getattr(model, enum_name)]


def vocabulary(enum_name: str) -> Callable[[typer.Context, str], list[str]]:
    """Tab completion of a vocabulary, in the data dir being edited."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        import os

        from jcpoa_tracker.datadir import DataDirError, resolve_data_dir

        try:
            root = resolve_data_dir(ctx.params.get("data_dir_option"), os.environ, Path.cwd())
        except DataDirError:
            return []
        return [word for word in words_of(enum_name, root.path) if word.startswith(incomplete)]

    return complete


def closed_option(name: str, enum_name: str, help: str) -> Any:
    return opt(name, help, autocompletion=vocabulary(enum_name))


def closed(
    option: str,
    value: str | None,
    enum_name: str,
    ctx: typer.Context | None = None,
    data_dir_option: Path | None = None,
) -> str | None:
    """A word of a vocabulary, or exit 2 listing the words: the format's own
    (a StrEnum of model.py), or the dataset's (its dataset.yaml, in the data
    dir the command reads; give ``ctx`` and ``data_dir_option``).  Checked
    here rather than by Typer so that `--help` need not import the model."""
    from jcpoa_tracker.fields import did_you_mean

    if value is None:
        return None
    env = Environment()
    root = None
    if dataset_vocabulary(enum_name) is not None and ctx is not None:
        root = data_dir(env, data_dir_option, ctx).path
    words = words_of(enum_name, root)
    if value not in words:
        hint = did_you_mean(value, words)
        usage_error(
            env,
            f"{option}: '{value}' is not one of {', '.join(words)}" + (f"; {hint}" if hint else ""),
        )
    return value


DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Show what would be written; write nothing.")
]


# --- the session ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Common:
    """The options every record takes."""

    sources: list[str]
    outlets: list[str]
    accessed: str | None
    confidence: str | None
    confidence_note: str | None
    note: str | None
    dry_run: bool
    data_dir_option: Path | None

    def record_fields(self) -> dict[str, Value]:
        values: dict[str, Value] = {}
        if self.confidence is not None:
            values["confidence"] = self.confidence
        if self.confidence_note:
            values["confidence_note"] = self.confidence_note
        if self.note:
            values["note"] = self.note
        return values


@dataclass(slots=True)
class Session:
    """What a run of add or set works with, decided once."""

    env: Environment
    chosen: DataDir
    today: date
    base: Base


def start(ctx: typer.Context, data_dir_option: Path | None, *, writing: bool) -> Session:
    """The data dir (refusing the installed copy when writing), today, and
    the dataset as it is now (from the store, brought up to date under the
    lock)."""
    from jcpoa_tracker.edit.base import open_base
    from jcpoa_tracker.edit.files import installed_copy

    env = Environment()
    chosen = data_dir(env, data_dir_option, ctx)
    if writing and installed_copy(chosen.path):
        usage_error(
            env,
            f"'{chosen.path}' is the dataset installed with the package, which the next "
            "upgrade replaces; edit a checkout of the data (--data-dir or ./rounds)",
        )
    today = pinned_today()
    if writing:
        hold_lock(ctx, env, chosen.path)
    base = open_base(chosen.path, env.environ)
    ctx.call_on_close(base.close)
    return Session(env, chosen, today, base)


def hold_lock(ctx: typer.Context, env: Environment, root: Path) -> None:
    """Hold the data directory's lock until the command ends (edit/lock.py),
    or exit 2 when another writer holds it too long."""
    from jcpoa_tracker.edit.lock import LockTimeout, data_lock, lock_timeout

    try:
        timeout = lock_timeout(env.environ)
    except ValueError as error:
        usage_error(env, str(error))
    try:
        ctx.with_resource(data_lock(root, timeout))
    except LockTimeout as error:
        usage_error(env, str(error))


def sources(
    session: Session, urls: list[str], outlets: list[str], accessed: str | None
) -> list[Value]:
    """Each URL as a source; the i-th outlet goes with the i-th URL, and
    every source was read today unless --accessed says otherwise."""
    from jcpoa_tracker.edit.update import new_source

    if len(outlets) > len(urls):
        usage_error(session.env, "more --outlet than --source: each outlet names one source")
    read_on = day_or_exit("--accessed", accessed, session.today) or session.today.isoformat()
    return [new_source(url, outlets, index, read_on) for index, url in enumerate(urls)]


def show_problems(session: Session, problems: tuple[Problem, ...], texts: dict[str, str]) -> None:
    """Problems as validate shows them, on stderr; lines of the files not
    written yet come from ``texts`` (shown path -> text)."""
    from jcpoa_tracker.render import problems as render

    if not problems:
        return
    disk = render.ExcerptReader()

    def line(path: str, number: int) -> str | None:
        if path in texts:
            lines = texts[path].splitlines()
            return lines[number - 1] if 1 <= number <= len(lines) else None
        return disk.line(path, number)

    session.env.console(stderr=True).print(render.text(problems, line), end="")


def write(session: Session, path: Path, shown: str, text: str) -> None:
    from jcpoa_tracker.edit.files import write_data_file

    try:
        write_data_file(path, text, session.chosen.path)
    except OSError as error:
        usage_error(session.env, f"cannot write '{shown}': {error.strerror}; nothing was changed")


# --- what people type ----------------------------------------------------------


def pinned_today() -> date:
    """Today, or the day JCPOA_TRACKER_TODAY pins."""
    return today_or_exit(Environment())


def day_or_exit(option: str, text: str | None, today: date) -> str | None:
    """A typed date in the data's form, or exit 2 naming the option."""
    from jcpoa_tracker.edit.typed import data_date

    if text is None:
        return None
    try:
        return data_date(text, today)
    except ValueError as error:
        usage_error(Environment(), f"{option}: {error}")


def parse_or_exit(option: str, parse: Callable[[], Any]) -> Any:
    """What a mini-language parser (edit/typed.py) returns, or exit 2 naming the option."""
    try:
        return parse()
    except ValueError as error:
        usage_error(Environment(), f"{option}: {error}")
