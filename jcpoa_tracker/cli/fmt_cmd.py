"""`jcpoa-tracker fmt`: data files in one canonical form, comments kept."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jcpoa_tracker.cli.common import DataDirOption, data_dir, usage_error
from jcpoa_tracker.cli.editing import hold_lock
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.problems import ExitCode


def register(app: typer.Typer) -> None:
    app.command("fmt")(fmt)


def fmt(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to format (default: the whole data dir).", show_default=False
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Change nothing: print a unified diff of what would change, exit 1 if any.",
        ),
    ] = False,
    data_dir_option: DataDirOption = None,
) -> None:
    """Rewrite data files in the canonical form, keeping every comment and value.

    Keys in the order of the format (docs/data-format.md), block lists,
    two-space indents, quotes only where a value needs them, one value per
    line, one final newline; see docs/editing.md. Running it twice changes
    nothing. A file that cannot be parsed is reported and left untouched.
    Exit 0 when every file is (or now is) canonical, 1 when a file cannot be
    parsed or, with --check, would change; 2 on a usage error.
    """
    from jcpoa_tracker.edit.files import installed_copy, unified_diff, write_data_file
    from jcpoa_tracker.edit.fmt import UnsafeFormat, format_paths
    from jcpoa_tracker.render import problems as render

    env = Environment()
    for path in paths or ():
        if not path.exists():
            usage_error(env, f"'{path}' does not exist")
    targets = list(paths) if paths else [data_dir(env, data_dir_option, ctx).path]
    home = _data_dir_or_none(env, data_dir_option, ctx) if paths else targets[0]
    roots = {target: _root_of(target, home) for target in targets}
    if not check:
        for target in targets:
            if installed_copy(target):
                usage_error(env, _INSTALLED.format(path=target))
        for root in sorted(set(roots.values())):
            hold_lock(ctx, env, root)
    try:
        rooted = [(roots[t], result) for t in targets for result in format_paths([t])]
    except UnsafeFormat as error:
        env.stderr.write(
            f"jcpoa-tracker: internal error: {error}; nothing was written.\n"
            "This is a bug; please report it with the file.\n"
        )
        raise typer.Exit(ExitCode.INTERNAL) from None
    results = [result for _, result in rooted]
    changed = [result for result in results if result.changed]
    if check:
        env.stdout.write("".join(unified_diff(r.before, r.after or "", r.shown) for r in changed))
    else:
        for root, result in rooted:
            if not result.changed:
                continue
            try:
                write_data_file(result.path, result.after or "", root)
            except OSError as error:
                usage_error(
                    env, f"cannot write '{result.shown}': {error.strerror}; it is unchanged"
                )
            env.stderr.write(f"reformatted {result.shown}\n")
    problems = [problem for result in results for problem in result.problems]
    if problems:
        env.console(stderr=True).print(render.text(problems, render.ExcerptReader().line), end="")
    verb = "would be reformatted" if check else "reformatted"
    untouched = sum(1 for result in results if result.after is None)
    env.stderr.write(
        f"{len(results)} files: {len(changed)} {verb}, "
        f"{len(results) - len(changed) - untouched} already canonical"
        + (f", {untouched} left untouched" if untouched else "")
        + "\n"
    )
    if problems or (check and changed):
        raise typer.Exit(ExitCode.DATA_ERRORS)


_INSTALLED = (
    "'{path}' is the dataset installed with the package, which the next upgrade "
    "replaces; format a checkout of the data instead (--data-dir or a path)"
)


def _data_dir_or_none(env: Environment, option: Path | None, ctx: typer.Context) -> Path | None:
    from jcpoa_tracker.datadir import DataDirError, resolve_data_dir

    root = ctx.find_root().obj
    if option is None and isinstance(root, dict):
        option = root.get("data_dir")
    try:
        return resolve_data_dir(option, env.environ, env.cwd).path
    except DataDirError:
        return None


def _root_of(target: Path, home: Path | None) -> Path:
    """The folder whose lock a write to ``target`` takes and which it must
    stay inside: the data directory holding it, else the target folder."""
    from jcpoa_tracker.datadir import located

    if home is not None:
        base = home.resolve()
        resolved = located(target)
        if resolved == base or base in resolved.parents:
            return home
    return target if target.is_dir() else target.parent
