"""`jcpoa-tracker init DIR`: a new data repository, ready for analysts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jcpoa_tracker.cli.common import today_or_exit, usage_error
from jcpoa_tracker.cli.env import Environment

if TYPE_CHECKING:
    from jcpoa_tracker.init import Party


def register(app: typer.Typer) -> None:
    app.command("init")(init)


def _option(name: str, help: str, metavar: str) -> Any:
    return typer.Option(name, help=help, metavar=metavar, show_default=False)


def init(
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", help="The folder to create (or an empty one).")
    ],
    title: Annotated[
        str | None, _option("--title", "The negotiation's name, in every report.", "TEXT")
    ] = None,
    short_name: Annotated[
        str | None, _option("--short-name", "A short name for titles (default: the title).", "TEXT")
    ] = None,
    description: Annotated[
        str | None, _option("--description", "One line on what the dataset covers.", "TEXT")
    ] = None,
    party: Annotated[
        list[str] | None,
        _option("--party", "A party as ID=NAME or ID=NAME:KIND (repeatable).", "ID=NAME"),
    ] = None,
    track: Annotated[
        str | None, _option("--track", "The first negotiation track, as ID=TITLE.", "ID=TITLE")
    ] = None,
    source: Annotated[
        str | None,
        _option(
            "--source", "A page that names the parties and the track (required with them).", "URL"
        ),
    ] = None,
    example: Annotated[
        bool, typer.Option("--example", help="Add example records, marked as examples.")
    ] = False,
) -> None:
    """Create a data repository: dataset.yaml, the folders, an analysts'
    README, editor schemas, pre-commit hooks and a CI workflow for data pull
    requests.  On a terminal, asks for what the options do not give."""
    from jcpoa_tracker.init import InitError, create_dataset, plan_dataset

    env = Environment()
    interactive = sys.stdin.isatty() and env.stdout_is_tty
    if title is None:
        if not interactive:
            usage_error(env, "init needs --title (no terminal to ask on)")
        title = typer.prompt("Title of the negotiation")
        if not party:
            typed = typer.prompt(
                "Parties, as ID=NAME separated by commas (empty: none yet)", default=""
            )
            party = [p.strip() for p in typed.split(",") if p.strip()]
        if track is None:
            track = typer.prompt("First track, as ID=TITLE (empty: none yet)", default="") or None
        if (party or track) and source is None:
            source = typer.prompt("A page (URL) that names them")
    try:
        parties = tuple(_party(text) for text in party or ())
        first_track = _pair(track, "--track", "ID=TITLE") if track else None
        plan = plan_dataset(
            directory,
            title=title,
            short_name=short_name,
            description=description,
            parties=parties,
            track=first_track,
            source=source,
            example=example,
            today=today_or_exit(env).isoformat(),
        )
        written = create_dataset(plan)
    except InitError as error:
        usage_error(env, str(error))
    except OSError as error:
        usage_error(env, f"cannot write in '{directory}': {error.strerror}")
    env.stderr.write(
        f"created a dataset in {directory} ({len(written)} files). Next:\n"
        f"  cd {directory} && jcpoa-tracker validate && jcpoa-tracker status\n"
    )


def _pair(text: str, option: str, form: str) -> tuple[str, str]:
    from jcpoa_tracker.init import InitError

    ident, sep, rest = text.partition("=")
    if not sep or not ident.strip() or not rest.strip():
        raise InitError(f"{option} '{text}': write {form}")
    return ident.strip(), rest.strip()


def _party(text: str) -> Party:
    from jcpoa_tracker.init import Party

    ident, rest = _pair(text, "--party", "ID=NAME or ID=NAME:KIND")
    name, _, kind = rest.rpartition(":") if ":" in rest else (rest, "", "state")
    return Party(ident, name.strip(), kind.strip() or "state")
