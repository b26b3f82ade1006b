"""`jcpoa-tracker docs [TOPIC]`: the documentation, as installed.

The pages of docs/ ship inside the package (the wheel's
``jcpoa_tracker/data/docs``), so an installed tool can show them with no
checkout and no network: help texts point here instead of to file paths."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import usage_error
from jcpoa_tracker.cli.env import Environment


def register(app: typer.Typer) -> None:
    app.command("docs")(docs)


def docs_dir() -> Path:
    """The documentation shipped in the package (or, in a checkout, docs/)."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "data" / "docs"
    return installed if installed.is_dir() else package.parent / "docs"


def topics() -> dict[str, str]:
    """Each page's topic (its file name) and its title (its first heading)."""
    found = {}
    for page in sorted(docs_dir().glob("*.md")):
        first = page.read_text(encoding="utf-8").split("\n", 1)[0]
        found[page.stem] = first.lstrip("# ").strip()
    return found


def _complete_topic(incomplete: str) -> list[str]:
    return [topic for topic in topics() if topic.startswith(incomplete)]


def docs(
    topic: Annotated[
        str | None,
        typer.Argument(
            help="A page: search, reports, briefing, dates, data-format, codebook ... "
            "(none: list them).",
            autocompletion=_complete_topic,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Show the documentation installed with the tool: a page by its topic,
    or the list of topics. Example: docs search"""
    env = Environment()
    pages = topics()
    if topic is None:
        width = max(map(len, pages), default=0)
        env.stdout.write("".join(f"{name:<{width}}  {title}\n" for name, title in pages.items()))
        return
    wanted = topic.lower().removesuffix(".md")
    if wanted not in pages:
        from jcpoa_tracker.fields import did_you_mean

        hint = did_you_mean(wanted, list(pages)) or "topics: " + ", ".join(pages)
        usage_error(env, f"no documentation page '{topic}'; {hint}")
    env.stdout.write((docs_dir() / f"{wanted}.md").read_text(encoding="utf-8"))
