"""Benchmarks: each figure printed beside a floor measured in the same run.

    python benchmarks/run.py                # 100,000-statement corpus
    python benchmarks/run.py --statements 20000 --repeat 1

Cases (budgets from the issues; results recorded in docs/performance.md):
- validate on the synthetic corpus vs. parsing the same files with
  yaml.CSafeLoader alone (target: within 1.3x of that floor);
- `jcpoa-tracker --help`, `validate` and each report on the bundled data,
  as processes, vs. a bare `python -c pass` (budget: 0.3 s wall each);
- each report on the synthetic corpus with the files unchanged since the
  last run, so served by the report cache (budget: under 1 s), and `status`
  with `--no-cache` for comparison.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from jcpoa_tracker.checks import validate  # noqa: E402
from jcpoa_tracker.datadir import bundled_data_dir  # noqa: E402
from jcpoa_tracker.loader import HAVE_LIBYAML, discover  # noqa: E402


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def libyaml_floor(files: list[Path], *, collector: bool) -> None:
    was = gc.isenabled()
    (gc.enable if collector else gc.disable)()
    try:
        for path in files:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    finally:
        (gc.enable if was else gc.disable)()


def process(*args: str, repeat: int) -> float:
    def run() -> None:
        subprocess.run(args, check=False, capture_output=True, stdin=subprocess.DEVNULL)

    run()  # warm the file cache
    return best(run, repeat)


def ensure_corpus(corpus: Path, statements: int) -> list[Path]:
    """The synthetic corpus of that size (generated on first use), its files."""
    marker = corpus / f".statements-{statements}"
    if not marker.exists():
        generate(corpus, statements)
        marker.touch()
    return discover(corpus)


def script() -> str:
    found = shutil.which("jcpoa-tracker", path=str(Path(sys.executable).parent))
    return found or "jcpoa-tracker"


def main() -> None:
    parser = argparse.ArgumentParser(description="jcpoa-tracker benchmarks")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    args = parser.parse_args()
    if not HAVE_LIBYAML:
        sys.exit("libyaml is not available: the floor needs yaml.CSafeLoader")

    files = ensure_corpus(args.corpus, args.statements)
    size = sum(p.stat().st_size for p in files) / 1e6
    print(
        f"corpus: {args.statements:,} statements, {len(files):,} files, {size:.0f} MB; "
        f"Python {sys.version.split()[0]}, best of {args.repeat}"
    )
    print()

    checked, _ = validate(args.corpus)
    assert checked.errors == 0, "the synthetic corpus should validate clean"
    del checked  # a live dataset would slow every later measurement's GC passes
    gc.collect()

    floor = best(lambda: libyaml_floor(files, collector=True), args.repeat)
    floor_nogc = best(lambda: libyaml_floor(files, collector=False), args.repeat)
    ours = best(lambda: validate(args.corpus), args.repeat)
    cli = process(script(), "validate", "--data-dir", str(args.corpus), repeat=1)
    rows = [
        ("floor: yaml.load(CSafeLoader), every file", floor, None),
        ("floor, cyclic GC paused", floor_nogc, None),
        ("validate (library call)", ours, floor),
        ("jcpoa-tracker validate (whole process)", cli, floor),
    ]

    python = process(sys.executable, "-c", "pass", repeat=10)
    bundled = str(bundled_data_dir())
    rows += [
        ("floor: python -c pass", python, None),
        ("jcpoa-tracker --help", process(script(), "--help", repeat=10), None),
        (
            "jcpoa-tracker validate (bundled data)",
            process(script(), "validate", "--data-dir", bundled, repeat=10),
            None,
        ),
    ]
    for report in (["status"], ["timeline", "--statements"], ["trends", "--since", "2015"]):
        name = f"jcpoa-tracker {' '.join(report)} (bundled data)"
        rows.append((name, process(script(), *report, "--data-dir", bundled, repeat=10), None))
    corpus = str(args.corpus)
    cold = process(script(), "status", "--no-cache", "--data-dir", corpus, repeat=1)
    rows.append(("jcpoa-tracker status (100k corpus, --no-cache)", cold, floor))
    for report in (
        ["status"],
        ["timeline", "--statements", "--since", "2020-01-01", "--until", "2020-01-31"],
        ["trends", "--since", "2000", "--period", "year"],
    ):
        # process() runs once untimed first, which writes the cache: these are warm runs
        name = f"jcpoa-tracker {' '.join(report[:2])} (100k corpus, cache warm)"
        rows.append((name, process(script(), *report, "--data-dir", corpus, repeat=5), floor))
    width = max(len(name) for name, _, _ in rows)
    for name, seconds, against in rows:
        ratio = f"  {seconds / against:.2f}x floor" if against else ""
        print(f"{name:<{width}}  {seconds:8.3f} s{ratio}")
    print()
    verdict = "OK" if ours <= 1.3 * floor else "OVER BUDGET"
    print(f"validate / libyaml floor = {ours / floor:.2f} (target <= 1.30): {verdict}")
    print(f"validate / floor with GC paused = {ours / floor_nogc:.2f}")


if __name__ == "__main__":
    main()
