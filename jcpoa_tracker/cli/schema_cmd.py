"""`jcpoa-tracker schema`: the JSON Schema of data files, for editors."""

from __future__ import annotations

import json

import typer

from jcpoa_tracker.cli.env import Environment


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)


def schema() -> None:
    """Print the JSON Schema of data files (for editor validation as you type)."""
    from jcpoa_tracker.schema import json_schema

    Environment().stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
