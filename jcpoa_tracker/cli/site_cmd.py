"""`jcpoa-tracker site -o DIR`: the dataset as a static, offline website."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, as_of_or_exit, data_dir, usage_error
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.cli.reports import AsOfOption, NoCacheOption
from jcpoa_tracker.problems import ExitCode


def register(app: typer.Typer) -> None:
    app.command("site")(site)


def site(
    ctx: typer.Context,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="DIR",
            help="The folder to write (created, or replaced if an earlier `site` wrote it).",
        ),
    ],
    as_of: AsOfOption = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="Where the site will be published, for absolute links in the feed "
            "and calendars (pages always link relatively).",
            show_default=False,
        ),
    ] = None,
    data_dir_option: DataDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Write the dataset as a static website that works offline: status and
    status on any date, timeline, a page per track, round, actor, sticking
    point, milestone and statement, search, trends, feed, calendars,
    downloads, embeds and badges. Example: site -o public"""
    from jcpoa_tracker.site import SiteTargetError, build_site

    env = Environment()
    day = as_of_or_exit(env, as_of)
    chosen = data_dir(env, data_dir_option, ctx)
    if base_url is not None and not base_url.startswith(("https://", "http://")):
        usage_error(env, f"--base-url: '{base_url}' is not an http(s) URL")
    try:
        result = build_site(
            chosen.path,
            output,
            day,
            base_url=base_url,
            environ=env.environ,
            persistent=not no_cache,
        )
    except SiteTargetError as error:
        usage_error(env, str(error))
    except OSError as error:
        usage_error(env, f"cannot write '{output}': {error.strerror or error}")
    env.stderr.write(
        f"wrote {result.files} files ({result.bytes / 1e6:.1f} MB) to {output}: "
        f"{result.statements} statements, {result.snapshots} status snapshots\n"
    )
    if result.errors:
        env.stderr.write(
            f"warning: the data has {result.errors} error(s); the site leaves out the "
            "records they affect. Run 'jcpoa-tracker validate' for details.\n"
        )
        raise typer.Exit(ExitCode.DATA_ERRORS)
