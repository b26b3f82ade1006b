"""How options look in --help: ordinary metavars, decided in one place.

Typer shows a parameter's Python type (``<bool>``, ``<list[str]>``,
``<int range>``); people expect what a value is: ``--since DATE``,
``--output FILE``, ``--limit N``, ``--format text|markdown|json``, and no
metavar at all for a flag.  ``Group`` (the app's Typer group class) gives
every command's parameters these metavars when the command is looked up.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

__all__ = ["Group", "metavar_for"]

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
        return command

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        _plain(self)
        super().format_help(ctx, formatter)
