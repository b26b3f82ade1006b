"""`jcpoa-tracker watch start|stop|status|run`: a file watcher per data
directory, so that warm reports need not look at every file."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import typer

from jcpoa_tracker.cli.common import DataDirOption, data_dir
from jcpoa_tracker.cli.env import Environment
from jcpoa_tracker.problems import ExitCode
from jcpoa_tracker.render.escape import terminal
from jcpoa_tracker.watch.client import WatchPaths, request

__all__ = ["register"]

# How long `watch start` waits for the watcher to be ready: watching every
# folder of a million statements takes well under a second; a slow disk
# more.
START_TIMEOUT = 120.0

watch_app = typer.Typer(
    help="Watch the data directory for changes, so that reports need not look at every "
    "file (Linux).",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def register(app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")


def _paths(env: Environment, ctx: typer.Context, option: Path | None) -> tuple[Path, WatchPaths]:
    from jcpoa_tracker.search.index import store_location

    root = data_dir(env, option, ctx).path
    return root, WatchPaths(store_location(root, env.environ))


def _shown(root: Path) -> str:
    from jcpoa_tracker.datadir import display_path

    return terminal(display_path(root))


@watch_app.command("start")
def start(ctx: typer.Context, data_dir_option: DataDirOption = None) -> None:
    """Start watching in the background (until `watch stop`). Exit 0 when the
    watcher runs, 1 when it cannot (and why)."""
    env = Environment()
    root, paths = _paths(env, ctx, data_dir_option)
    running = request(paths.socket, {"status": True})
    if running is not None:
        env.stdout.write(f"already watching {_shown(root)} (pid {running.get('pid')})\n")
        return
    Path(paths.socket).parent.mkdir(parents=True, exist_ok=True)
    with Path(paths.log).open("ab") as log:  # the watcher's own messages
        process = subprocess.Popen(
            [sys.executable, "-m", "jcpoa_tracker", "watch", "run", "--data-dir", str(root)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            cwd=env.cwd,
            env=dict(env.environ),
            start_new_session=True,  # not stopped with the shell that started it
        )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        reply = request(paths.socket, {"status": True})
        if reply is not None and reply.get("pid") == process.pid:
            env.stdout.write(
                f"watching {_shown(root)} (pid {process.pid}, {reply.get('folders')} folders)\n"
            )
            return
        if process.poll() is not None:
            break
        time.sleep(0.02)
    else:
        process.terminate()
    env.stderr.write(f"Error: the watcher did not start: {terminal(_last_line(paths.log))}\n")
    raise typer.Exit(ExitCode.DATA_ERRORS)


@watch_app.command("stop")
def stop(ctx: typer.Context, data_dir_option: DataDirOption = None) -> None:
    """Stop the data directory's watcher. Exit 0 once none runs (also when
    none did)."""
    env = Environment()
    root, paths = _paths(env, ctx, data_dir_option)
    reply = request(paths.socket, {"stop": True})
    if reply is None:
        env.stdout.write(f"not watching {_shown(root)}\n")
        return
    from jcpoa_tracker.watch.server import watching_pid

    deadline = time.monotonic() + 10
    while watching_pid(paths) is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    env.stdout.write(f"stopped watching {_shown(root)} (pid {reply.get('pid')})\n")


@watch_app.command("status")
def status(ctx: typer.Context, data_dir_option: DataDirOption = None) -> None:
    """Whether a watcher runs for the data directory, since when, and what it
    has seen. Exit 0 when one runs, 1 when none does."""
    env = Environment()
    root, paths = _paths(env, ctx, data_dir_option)
    reply = request(paths.socket, {"status": True})
    if reply is None:
        env.stdout.write(f"not watching {_shown(root)}\n")
        raise typer.Exit(ExitCode.DATA_ERRORS)
    started = datetime.fromtimestamp(float(reply.get("started", 0)), UTC)
    env.stdout.write(
        f"watching {_shown(root)} (pid {reply.get('pid')}) since "
        f"{started:%Y-%m-%d %H:%M:%S} UTC: {reply.get('folders')} folders, "
        f"{reply.get('events')} events seen\n"
    )


@watch_app.command("run")
def run(ctx: typer.Context, data_dir_option: DataDirOption = None) -> None:
    """Watch in the foreground until interrupted (for a service manager such
    as systemd). Exit 0 when stopped, 1 when it cannot watch."""
    import signal

    from jcpoa_tracker.watch.server import CannotWatch, Stopped, serve

    env = Environment()
    root, paths = _paths(env, ctx, data_dir_option)
    Path(paths.socket).parent.mkdir(parents=True, exist_ok=True)

    def ready(tree: object) -> None:
        env.stdout.write(f"{_now()} watching {_shown(root)} (pid {os.getpid()})\n")
        env.stdout.flush()

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(f"stopped by {signal.Signals(signum).name}")

    # Restored when serving ends: a run inside another program (a test,
    # a notebook) leaves its handlers as they were.
    handlers = {
        signum: signal.getsignal(signum)
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    }
    for signum in handlers:
        signal.signal(signum, stop)
    try:
        why = serve(root, paths, ready)
    except CannotWatch as error:
        env.stderr.write(f"Error: cannot watch {_shown(root)}: {terminal(str(error))}\n")
        raise typer.Exit(ExitCode.DATA_ERRORS) from None
    except Stopped as stopped:  # (a signal before the watcher was ready)
        why = str(stopped)
    finally:
        for signum, handler in handlers.items():  # (None: one set outside Python)
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
    env.stdout.write(f"{_now()} stopped watching {_shown(root)}: {terminal(why)}\n")


def _now() -> str:
    return f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC"


def _last_line(path: str) -> str:
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "no message"
    return lines[-1].removeprefix("Error: ") if lines else "no message"
