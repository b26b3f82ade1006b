"""Start-up: each command beside the floor of importing the core libraries,
in one run, interleaved, piped and on a pseudo-terminal.

    python benchmarks/startup.py             # 9 rounds
    python benchmarks/startup.py --runs 5 --only=--version,--help,status
    python benchmarks/startup.py --baseline ../main   # also another checkout's code

The floor is ``python -c "import typer, rich, yaml, dateutil"``.  Each round
runs the floor and every command once, piped (stdout and stderr to pipes)
and on a pseudo-terminal (``pty.openpty``, read as it is written), so a
busy machine slows floor and commands alike.  Reports run on the checkout's
``rounds/`` with a report cache warmed first (a temporary ``JCPOA_TRACKER_CACHE_DIR``)
and ``JCPOA_TRACKER_TODAY`` pinned.  Printed per command and mode: best,
median and spread (max - best) of wall time, the CPU time (user + system)
of the process, and each as a multiple of the floor's (best to best, median
to median).  Budgets (issue 13): ``--version`` and ``--help`` within 1.5x,
a warm report within 2x.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pty
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOL = [sys.executable, "-c", "import sys; from jcpoa_tracker.cli import main; sys.exit(main())"]
CASES = {
    "floor": [sys.executable, "-c", "import typer, rich, yaml, dateutil"],
    "--version": [*TOOL, "--version"],
    "--help": [*TOOL, "--help"],
    "status --help": [*TOOL, "status", "--help"],
    "add --help": [*TOOL, "add", "--help"],
    "status": [*TOOL, "status"],
    "timeline": [*TOOL, "timeline", "--since", "2025"],
    "trends": [*TOOL, "trends"],
    "briefing": [*TOOL, "briefing"],
    "quotes": [*TOOL, "quotes", "sanctions", "--limit", "5"],
}
MODES = ("pipe", "pty")


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def piped(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    cpu, started = _cpu(), time.perf_counter()
    done = subprocess.run(args, cwd=env["PYTHONPATH"], env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args[3:]} failed ({done.returncode}): {done.stderr[-500:]!r}")
    return wall, _cpu() - cpu


def on_terminal(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    main, child = pty.openpty()
    cpu, started = _cpu(), time.perf_counter()
    process = subprocess.Popen(
        args, cwd=env["PYTHONPATH"], env=env, stdin=child, stdout=child, stderr=child
    )
    os.close(child)
    while True:  # read as it is written, as a terminal does
        select.select([main], [], [], 5)
        try:
            if not os.read(main, 65536):
                break
        except OSError:  # the terminal closed: the process is done
            break
    code = process.wait()
    wall = time.perf_counter() - started
    os.close(main)
    if code not in (0, 1):
        raise SystemExit(f"{args[3:]} failed on a terminal ({code})")
    return wall, _cpu() - cpu


def environment(cache: str) -> dict[str, str]:
    """Every case's environment: this one's, less what would change what
    is measured (forced colour either way; no bytecode written), with a
    cache of the run's own and a fixed day."""
    dropped = ("FORCE_COLOR", "NO_COLOR", "PYTHONDONTWRITEBYTECODE")
    return {
        **{key: value for key, value in os.environ.items() if key not in dropped},
        "JCPOA_TRACKER_CACHE_DIR": cache,
        "JCPOA_TRACKER_TODAY": "2026-03-01",
        "COLUMNS": "100",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="rounds (at least 5)")
    parser.add_argument("--only", help="comma-separated cases (the floor is always run)")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout whose package also runs each case, interleaved"
    )
    options = parser.parse_args()
    chosen = {
        k: v
        for k, v in CASES.items()
        if not options.only or k == "floor" or k in options.only.split(",")
    }
    # Each case: its command and the checkout whose package it runs.
    cases = {name: (args, REPO) for name, args in chosen.items()}
    if options.baseline:
        base = options.baseline.resolve()
        cases.update({f"{k} (base)": (v, base) for k, v in chosen.items() if k != "floor"})
    env = environment(tempfile.mkdtemp(prefix="jcpoa-startup-"))
    for source in {source for _, source in cases.values()}:
        # each package's bytecode written once, as an installed package's
        # is (a module changed since its .pyc, with PYTHONDONTWRITEBYTECODE
        # set, would be compiled again on every run and counted)
        compileall.compile_dir(source / "jcpoa_tracker", quiet=1)
    # Run in the checkout (its rounds/), whose package `python -c` imports first.
    envs = {name: {**env, "PYTHONPATH": str(source)} for name, (_, source) in cases.items()}
    for name, (args, _) in cases.items():  # warm the caches (the OS's and the tool's)
        piped(args, envs[name])
    measured: dict[tuple[str, str], list[tuple[float, float]]] = {
        (name, mode): [] for name in cases for mode in MODES
    }
    for _ in range(max(options.runs, 5)):
        for name, (args, _) in cases.items():
            measured[name, "pipe"].append(piped(args, envs[name]))
            measured[name, "pty"].append(on_terminal(args, envs[name]))
    print(f"{max(options.runs, 5)} interleaved runs; ms; x = multiple of the floor")
    print(
        f"{'case':21} {'mode':4} {'best':>6} {'median':>6} {'spread':>6} {'x best':>6} "
        f"{'x med':>6}   {'cpu':>5} {'x cpu':>5}"
    )
    for (name, mode), runs in measured.items():
        floor = measured["floor", mode]
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        floor_walls, floor_cpus = [w for w, _ in floor], [c for _, c in floor]
        best, median = min(walls), statistics.median(walls)
        print(
            f"{name:21} {mode:4} {best * 1e3:6.1f} {median * 1e3:6.1f} "
            f"{(max(walls) - best) * 1e3:6.1f} {best / min(floor_walls):6.2f} "
            f"{median / statistics.median(floor_walls):6.2f}   "
            f"{statistics.median(cpus) * 1e3:5.1f} "
            f"{statistics.median(cpus) / statistics.median(floor_cpus):5.2f}"
        )


if __name__ == "__main__":
    main()
