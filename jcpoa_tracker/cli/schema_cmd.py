"""`jcpoa-tracker schema`: the JSON Schema of data files, for editors."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, data_dir
from jcpoa_tracker.cli.env import Environment


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)


def schema(
    ctx: typer.Context,
    config: Annotated[
        bool,
        typer.Option("--config", help="The schema of dataset.yaml instead of data files."),
    ] = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Print the JSON Schema of data files, with the data dir's vocabularies
    (for editor validation as you type); --config: of its dataset.yaml."""
    from jcpoa_tracker.schema import config_json_schema, json_schema

    env = Environment()
    if config:
        document = config_json_schema()
    else:
        from jcpoa_tracker.config_file import load_config

        document = json_schema(load_config(data_dir(env, data_dir_option, ctx).path)[0])
    env.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
