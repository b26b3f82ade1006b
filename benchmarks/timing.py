"""Timing whole commands honestly: interleaved with their floors, several
runs, best, median and spread, peak memory, piped or on a terminal.

Every case is a process, run the way a user runs it, so a case and its
floor pay the same costs (start-up, imports, the page cache).  The runs are
interleaved, case after case, round after round, so that a drift of the
machine's speed (a virtual machine's, a neighbour's load) touches every
figure alike.  Each case's peak memory is its own child's `ru_maxrss`
(`os.wait4`), not the maximum over all children so far.

Used by run.py, quotes.py and scaling.py; printable as Markdown tables.
"""

from __future__ import annotations

import atexit
import errno
import fcntl
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True, slots=True)
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    rss_mb: float  # the child's peak resident memory


@dataclass(slots=True)
class Case:
    """One command to time.  ``before(n)`` runs, untimed, before the n-th
    run (to edit a file, to empty a cache); ``floors`` name the cases this
    one is compared with; ``codes`` are the exit codes that count as a run
    (any other stops the benchmark with the command's output)."""

    name: str
    argv: Sequence[str]
    env: Mapping[str, str] | None = None
    tty: bool = False
    before: Callable[[int], object] | None = None
    floors: tuple[str, ...] = ()
    codes: tuple[int, ...] = (0,)
    samples: list[Sample] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(s.wall for s in self.samples)

    @property
    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def spread(self) -> float:
        walls = [s.wall for s in self.samples]
        return max(walls) - min(walls)

    @property
    def rss_mb(self) -> float:
        return max(s.rss_mb for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)


class CommandFailed(RuntimeError):
    pass


def tool() -> list[str]:
    """The console script beside this Python (never a pyenv shim, whose
    bash start-up would count as ours), else ``python -m jcpoa_tracker``."""
    found = shutil.which("jcpoa-tracker", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "jcpoa_tracker"]


def base_env(**extra: str) -> dict[str, str]:
    """The environment of every case: this checkout's package first (so a
    worktree measures its own code), no colour forced either way, and its
    bytecode compiled, as an installed package's is (with
    PYTHONDONTWRITEBYTECODE set, a module edited since its last .pyc would
    be compiled again on every run and counted as ours)."""
    compile_package()
    dropped = ("FORCE_COLOR", "NO_COLOR", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env.update(extra)
    return env


def compile_package() -> None:
    import compileall

    compileall.compile_dir(ROOT / "jcpoa_tracker", quiet=1)


# GNU time between us and the command, as a small trampoline: Linux
# carries a process's peak memory across exec, so a command started straight
# from this Python (or `time` itself, forked from it) reports at least this
# Python's size, whereas the command forked from `time` reports its own,
# which `time` writes to a file.  CPU seconds come from os.wait4 on `time`
# (its own and the command's, to the microsecond).  Without GNU time peak
# memory has this process's size as a floor.
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
_REPORT = Path(tempfile.gettempdir()) / f"jcpoa-bench-maxrss-{os.getpid()}.txt"
atexit.register(_REPORT.unlink, missing_ok=True)


def _command(argv: Sequence[str]) -> list[str]:
    if GNU_TIME is None:
        return list(argv)
    return [GNU_TIME, "-f", "%M", "-o", str(_REPORT), "--", *argv]


def _finish(proc: subprocess.Popen[bytes], started: float) -> tuple[int, Sample]:
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_kb = usage.ru_maxrss
    if GNU_TIME is not None:  # the last line; a killed command's has a line before
        rss_kb = int(_REPORT.read_text().split()[-1])
    return proc.returncode, Sample(wall, usage.ru_utime + usage.ru_stime, rss_kb / 1024)


def run_piped(argv: Sequence[str], env: Mapping[str, str] | None) -> tuple[int, bytes, Sample]:
    """One run with standard output and error on a pipe (as in a script or
    under cron), standard input from /dev/null."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        _command(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    proc.stdout.close()
    code, sample = _finish(proc, started)
    return code, output, sample


def run_tty(
    argv: Sequence[str], env: Mapping[str, str] | None, rows: int = 50, columns: int = 120
) -> tuple[int, bytes, Sample]:
    """One run on a pseudo-terminal of ``rows`` x ``columns`` (Rich then
    colours, measures the width and may page nothing: what a user at a
    terminal pays), the output drained as it comes."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    # the terminal's size is the pseudo-terminal's: COLUMNS or LINES
    # inherited from a shell or a test runner would override it
    inherited = env or os.environ
    terminal_env = {k: v for k, v in inherited.items() if k not in ("COLUMNS", "LINES")}
    terminal_env["TERM"] = "xterm-256color"
    started = time.perf_counter()
    try:
        proc = subprocess.Popen(
            _command(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=terminal_env,
            start_new_session=True,
        )
    finally:
        os.close(slave)
    chunks = []
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError as error:  # EIO: every writer has closed the terminal
                if error.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    code, sample = _finish(proc, started)
    return code, b"".join(chunks), sample


def run_case(case: Case, n: int) -> Sample:
    if case.before is not None:
        case.before(n)
    runner = run_tty if case.tty else run_piped
    code, output, sample = runner(case.argv, case.env)
    if code not in case.codes:
        shown = " ".join(case.argv)
        text = output.decode("utf-8", "replace")[-2000:]
        raise CommandFailed(f"{case.name}: `{shown}` exited {code}:\n{text}")
    return sample


WARMUP = 1  # untimed rounds before the timed ones (0 for a smoke run: --quick)


def measure(
    cases: Sequence[Case], runs: int, warmup: int | None = None, progress: bool = True
) -> None:
    """Run every case ``warmup`` times untimed (the page cache, the tool's
    own caches), then ``runs`` rounds in which each case runs once, in
    turn; the samples land in each case."""
    for n in range(WARMUP if warmup is None else warmup):
        for case in cases:
            run_case(case, -1 - n)
    for n in range(runs):
        for case in cases:
            case.samples.append(run_case(case, n))
        if progress:
            print(f"  round {n + 1}/{runs} done", file=sys.stderr, flush=True)


def seconds(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value:.3f} s"


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}x" if floor > 0 else ""


def short(name: str) -> str:
    return name.removeprefix("floor: ")


def table(cases: Sequence[Case], *, warmed: bool = True) -> str:
    """A Markdown table: each case with its best, median and spread
    (slowest minus fastest run), median CPU seconds, peak memory, and its
    ratio to each of its floors (best / best and median / median, the
    floors measured in the same rounds); ``warmed``: ``measure`` ran an
    untimed round first."""
    by_name = {case.name: case for case in cases}
    runs = sorted({len(case.samples) for case in cases})
    columns = ["case", "best", "median", "spread", "CPU", "peak memory", "x floor (best / median)"]
    lines = [
        "| " + " | ".join(columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    for case in cases:
        against = []
        for name in case.floors:
            floor = by_name[name]
            best, median = ratio(case.best, floor.best), ratio(case.median, floor.median)
            against.append(f"{best} / {median} {short(name)}")
        cells = [
            case.name,
            seconds(case.best),
            seconds(case.median),
            seconds(case.spread),
            seconds(case.cpu),
            f"{case.rss_mb:.0f} MB",
            "; ".join(against),
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    lines.append("")
    plural = "" if runs == [1] else "s"
    after = " after untimed warm-up" if warmed else ""
    lines.append(
        f"{'/'.join(map(str, runs))} timed run{plural} per case, interleaved with the floors"
        f"{after}; spread = slowest - fastest; CPU = user + system seconds (median); "
        "peak memory = the process's maximum resident set."
    )
    return "\n".join(lines)


def as_json(cases: Sequence[Case]) -> list[dict[str, object]]:
    return [
        {
            "name": case.name,
            "argv": list(case.argv),
            "floors": list(case.floors),
            "wall": [s.wall for s in case.samples],
            "cpu": [s.cpu for s in case.samples],
            "rss_mb": [s.rss_mb for s in case.samples],
            "best": case.best,
            "median": case.median,
        }
        for case in cases
    ]


def machine() -> str:
    """One line on where the figures come from."""
    load = os.getloadavg()
    return (
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at start, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
