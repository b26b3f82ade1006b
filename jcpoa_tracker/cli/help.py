"""How options look in --help: ordinary metavars, decided in one place.

Typer shows a parameter's Python type (``<bool>``, ``<list[str]>``,
``<int range>``); people expect what a value is: ``--since DATE``,
``--output FILE``, ``--limit N``, ``--format text|markdown|json``, and no
metavar at all for a flag.  ``Group`` (the app's Typer group class) gives
every command's parameters these metavars when the command is looked up,
and a converter of their values that does without pydantic (cli/coerce.py).
``Root``, the app's own group, builds each command only when it is looked
up (cli/commands.py).
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from jcpoa_tracker.cli.commands import COMMANDS, SUMMARIES, TYPER_SETTINGS

try:
    from jcpoa_tracker.cli.coerce import light
except ImportError:  # a Typer without the internals it relies on: Typer converts alone

    def light(param: Any) -> None:
        return None


__all__ = ["Group", "Root", "metavar_for"]

# By the option's long name (without dashes); other text values show the
# name in capitals (--note NOTE), numbers N, paths PATH.
_METAVARS = {
    **dict.fromkeys(
        ("as-of", "since", "until", "date", "start", "end", "announced", "cancelled", "accessed"),
        "DATE",
    ),
    **dict.fromkeys(("output", "plot", "template", "state"), "FILE"),
    **dict.fromkeys(("speaker", "party", "name", "mediator", "outlet", "alias"), "NAME"),
    **dict.fromkeys(("round", "track", "id", "raised-by"), "ID"),
    "source": "URL",
    "data-dir": "PATH",
    "plot-series": "SERIES",
    "sort": "relevance|date|-date",
    "paths": "PATH",  # an argument: files or folders
}


def metavar_for(param: Any) -> str | None:
    """The metavar ``param`` shows in help; None for a flag."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    if param.param_type_name == "argument":
        named = _METAVARS.get(str(param.name), str(param.metavar or param.name))
        return named.strip("[]{}").upper()
    if param.metavar is not None:
        return str(param.metavar)
    long_names = [opt for opt in param.opts if opt.startswith("--")]
    name = long_names[0][2:] if long_names else str(param.name)
    if name in _METAVARS:
        return _METAVARS[name]
    described = param.type_descriptor
    if described.is_choice and described.choices:
        return "|".join(str(getattr(c, "value", c)) for c in described.choices)
    if described.is_path:
        return "PATH"
    if described.is_ranged or described.annotation is int:
        return "N"
    return name.upper()


def _plain(command: Any) -> None:
    if getattr(command, "_plain_metavars", False):
        return
    command._plain_metavars = True
    for param in command.params:
        light(param)
        shown = metavar_for(param)
        if shown is None:
            continue
        if param.param_type_name == "argument":
            # An argument's name is its metavar, with no type beside it; in
            # the usage line ID, [ID] when optional, ID... when repeatable.
            param.metavar = shown
            param.display_type_rich = _no_type
            usage = shown if param.required else f"[{shown}]"
            param._usage_display_name = _constant(usage + ("..." if param.nargs != 1 else ""))
        else:
            param.metavar = shown
    for sub in getattr(command, "commands", {}).values():
        _plain(sub)


def _no_type(ctx: typer.Context) -> None:
    return None


def _constant(text: str) -> Any:
    return lambda: text


class Group(TyperGroup):
    """The app's group: commands get plain metavars when looked up."""

    def get_command(self, ctx: typer.Context, cmd_name: str) -> Any:  # type: ignore[override]
        _plain(self)
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain(command)
            # Its -h/--help, made now with the names it inherits from ctx.
            light(command.get_help_option(ctx))
        return command

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        _plain(self)
        super().format_help(ctx, formatter)


class Root(Group):
    """The app's root group: a command is built when it is first looked up,
    and the help lists the commands by their summaries, building none."""

    _listing = False
    _built_all = False

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        return [*SUMMARIES, *(name for name in self.commands if name not in SUMMARIES)]

    def get_command(self, ctx: typer.Context, cmd_name: str) -> Any:  # type: ignore[override]
        if cmd_name not in self.commands:
            if self._listing and cmd_name in SUMMARIES:
                return TyperCommand(
                    name=cmd_name, help=SUMMARIES[cmd_name], rich_markup_mode=self.rich_markup_mode
                )
            self._build(COMMANDS.get(cmd_name))
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        _plain(self)  # the root's own options: --data-dir, --version, --help
        light(self.get_help_option(ctx))
        return super().parse_args(ctx, args)

    def _build(self, module: str | None) -> None:
        """Add the commands that ``module`` registers; for a name that is no
        command (None), all of them, so that the error can suggest one."""
        if module is None:
            if self._built_all:
                return
            self._built_all = True
        scratch = typer.Typer(**TYPER_SETTINGS)
        for name in [module] if module else dict.fromkeys(COMMANDS.values()):
            importlib.import_module(f"jcpoa_tracker.cli.{name}").register(scratch)
        for name, command in typer.main.get_group(scratch).commands.items():
            self.commands.setdefault(name, command)
