"""Quote search benchmarks, each figure beside floors measured in the same run.

    python benchmarks/quotes.py                  # 100,000-statement corpus
    python benchmarks/quotes.py --statements 20000

Budgets (issue 4; results recorded in docs/performance.md):
- the first run, which builds the index: within 1.5x of parsing the same
  files with yaml.CSafeLoader alone;
- a warm query (files unchanged): under 0.3 s wall;
- the query after editing one file: under 0.5 s wall.
Every query is also shown beside `grep -r` over the same files, and beside
the process floors (`python -c pass`, `jcpoa-tracker --version`), run
interleaved with them; each row gives the best and the median run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import best, ensure_corpus, libyaml_floor, script  # noqa: E402

from jcpoa_tracker.loader import HAVE_LIBYAML  # noqa: E402

SELECTIVE = ['"serious differences"', "--speaker", "speaker-003"]
FREQUENT = ["sanctions"]  # in about 84% of the synthetic statements


def timed(*args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=False, capture_output=True, stdin=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="jcpoa-tracker quote search benchmarks")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    args = parser.parse_args()
    if not HAVE_LIBYAML:
        sys.exit("libyaml is not available: the floor needs yaml.CSafeLoader")
    files = ensure_corpus(args.corpus, args.statements)
    corpus = str(args.corpus)
    print(f"corpus: {args.statements:,} statements, {len(files):,} files; best of {args.repeat}")
    print()

    cache = tempfile.mkdtemp(prefix="jcpoa-bench-")
    env = {**os.environ, "JCPOA_TRACKER_CACHE_DIR": cache}
    tool = script()
    floor = best(lambda: libyaml_floor(files, collector=True), 1)
    build = timed(tool, "quotes", *FREQUENT, "--data-dir", corpus, env=env)
    no_cache = timed(tool, "quotes", *FREQUENT, "--no-cache", "--data-dir", corpus, env=env)

    # The short cases run interleaved, round after round, so that every
    # figure and its floors see the same machine (a VM's speed drifts).
    edited = files[len(files) // 2]
    original = edited.read_bytes()

    def quotes(*words: str) -> list[str]:
        return [tool, "quotes", *words, "--data-dir", corpus]

    def edit_then_query() -> list[str]:
        edited.write_bytes(original + f"# edited {time.time_ns()}\n".encode())
        return quotes(*FREQUENT)

    cases: dict[str, object] = {
        "floor: python -c pass": [sys.executable, "-c", "pass"],
        "floor: jcpoa-tracker --version": [tool, "--version"],
        "grep -r -i -l sanctions": ["grep", "-r", "-i", "-l", "sanctions", corpus],
        'grep -r -i "serious differences"': ["grep", "-r", "-i", "serious differences", corpus],
        "after editing one file: quotes sanctions": edit_then_query,
        "warm: quotes sanctions (84% of quotes match)": quotes(*FREQUENT),
        'warm: quotes "serious differences" --speaker': quotes(*SELECTIVE),
        "warm: quotes enrich* --since 2010 --until 2011": quotes(
            "enrich*", "--since", "2010", "--until", "2011"
        ),
    }
    seen: dict[str, list[float]] = {name: [] for name in cases}
    try:
        for _ in range(args.repeat):
            for name, case in cases.items():
                command = case() if callable(case) else case
                seen[name].append(timed(*command, env=env))  # type: ignore[misc]
    finally:
        edited.write_bytes(original)
    timed(*quotes(*FREQUENT), env=env)  # index the restored file again

    rows: list[tuple[str, float, float | None]] = [
        ("floor: yaml.load(CSafeLoader), every file", floor, None),
        ("first run: build the index + query", build, floor),
        ("query with --no-cache (index in memory)", no_cache, floor),
    ]
    medians = {name: statistics.median(times) for name, times in seen.items()}
    rows += [(name, min(times), None) for name, times in seen.items()]
    edits = min(seen["after editing one file: quotes sanctions"])
    width = max(len(name) for name, _, _ in rows)
    print(f"{'':<{width}}  {'best':>8}    {'median':>8}")
    for name, seconds, against in rows:
        ratio = f"  {seconds / against:.2f}x floor" if against else ""
        median = f"  {medians[name]:8.3f} s" if name in medians else ""
        print(f"{name:<{width}}  {seconds:8.3f} s{median}{ratio}")
    print()
    warm = max(seconds for name, seconds, _ in rows if name.startswith("warm"))
    print(f"first run / libyaml floor = {build / floor:.2f} (target <= 1.50)")
    print(f"slowest warm query = {warm:.3f} s (target < 0.3 s)")
    print(f"query after one edit = {edits:.3f} s (target < 0.5 s)")


if __name__ == "__main__":
    main()
