"""Tab completion of known ids, fast enough to feel instant: actor, round
and track ids from file and folder names alone, statement ids from the
quote index in the cache (read-only, as it is; never a YAML load).  Each
function imports what it needs only when the shell asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

__all__ = ["complete_actor", "complete_round", "complete_statement", "complete_track"]


def _root(ctx: typer.Context) -> Path | None:
    """The data dir the command line names (after or before the command)."""
    import os

    from jcpoa_tracker.datadir import DataDirError, resolve_data_dir

    given = None
    context: typer.Context | None = ctx
    while context is not None and given is None:
        given = context.params.get("data_dir_option")
        context = context.parent  # type: ignore[assignment]
    try:
        return resolve_data_dir(given, os.environ, Path.cwd()).path
    except DataDirError:
        return None


def _known(kind: str) -> Callable[[typer.Context, str], list[str]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from jcpoa_tracker.edit.layout import ids_on_disk

        root = _root(ctx)
        if root is None:
            return []
        return [ident for ident in ids_on_disk(root, kind) if ident.startswith(incomplete)]

    return complete


complete_actor = _known("actor")
complete_round = _known("round")
complete_track = _known("track")


def complete_statement(ctx: typer.Context, incomplete: str) -> list[str]:
    """Statement ids from the quote index as the last search left it (none
    before a first search: building the index would read every file)."""
    import os

    from jcpoa_tracker.search.index import stored_ids

    root = _root(ctx)
    if root is None:
        return []
    return stored_ids(root, os.environ, incomplete)
