"""Benchmark of `site`: each figure beside floors measured in the same run.

    python benchmarks/site.py                      # 100,000-statement corpus
    python benchmarks/site.py --statements 20000

Cases (budgets from issue 14; results in docs/performance.md):
- `site` on the bundled data, as a process (budget: under 3 s);
- `site` on the synthetic corpus, as a process (budget: under 2 minutes);
  beside two floors: loading and checking the data alone (`validate`, which
  `site` must do anyway) and copying the finished site's files to a new
  folder (the cost of writing that many bytes and files at all).
CPU seconds are printed too: on a shared machine wall time swings with the load.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ensure_corpus  # noqa: E402

from jcpoa_tracker.datadir import bundled_data_dir  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process."""
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(args, check=False, capture_output=True, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(done.stderr.decode())
    return wall, _children_cpu() - cpu


def copy_floor(source: Path, work: Path) -> float:
    target = work / "copy"
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    shutil.copytree(source, target)
    return time.perf_counter() - started


def line(name: str, wall: float, cpu: float | None, floor: str = "", budget: str = "") -> None:
    cpu_text = f"{cpu:.1f} s CPU" if cpu is not None else ""
    print(f"| {name} | {wall:.2f} s | {cpu_text} | {floor} | {budget} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument(
        "--corpus-root", type=Path, help="where corpora live (default: benchmarks/corpus)"
    )
    options = parser.parse_args()
    python = sys.executable
    print("| case | wall | CPU | floor | budget |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bundled = bundled_data_dir()
        site = [python, "-m", "jcpoa_tracker", "site", "--as-of", "2026-11-29"]
        timed([*site, "-o", str(work / "warm"), "--data-dir", str(bundled)])
        wall, cpu = timed([*site, "-o", str(work / "bundled"), "--data-dir", str(bundled)])
        copy = copy_floor(work / "bundled", work)
        line("`site`, bundled data", wall, cpu, f"copying its files: {copy:.2f} s", "under 3 s")

        corpus = str(ensure_corpus(options.statements, options.corpus_root))
        validate_wall, validate_cpu = timed(
            [python, "-m", "jcpoa_tracker", "validate", "--data-dir", corpus]
        )
        wall, cpu = timed([*site, "-o", str(work / "big"), "--data-dir", corpus])
        copy = copy_floor(work / "big", work)
        files = sum(1 for p in (work / "big").rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in (work / "big").rglob("*") if p.is_file())
        floors = (
            f"`validate` alone: {validate_wall:.1f} s ({validate_cpu:.1f} s CPU); "
            f"copying the {files:,} files ({size / 1e6:,.0f} MB): {copy:.1f} s"
        )
        line(f"`site`, {options.statements:,}-statement corpus", wall, cpu, floors, "under 120 s")


if __name__ == "__main__":
    main()
