"""Quote search benchmarks, each figure beside floors measured in the same run.

    python benchmarks/quotes.py                  # 100,000-statement corpus
    python benchmarks/quotes.py --statements 20000

Budgets (issue 4; results recorded in docs/performance.md):
- the first run, which builds the index: within 1.5x of parsing the same
  files with yaml.CSafeLoader alone;
- a warm query (files unchanged): under 0.3 s wall;
- the query after editing one file: under 0.5 s wall.
Every query is also shown beside `grep -r` over the same files, and beside
the process floors (`python -c pass`, `jcpoa-tracker --version`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import best, ensure_corpus, libyaml_floor, process, script  # noqa: E402

from jcpoa_tracker.load import HAVE_LIBYAML  # noqa: E402

SELECTIVE = ['"serious differences"', "--speaker", "speaker-003"]
FREQUENT = ["sanctions"]  # in about 84% of the synthetic statements


def timed(*args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=False, capture_output=True, stdin=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description="jcpoa-tracker quote search benchmarks")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
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

    def query(*words: str) -> float:
        return best(
            lambda: timed(tool, "quotes", *words, "--data-dir", corpus, env=env), args.repeat
        )

    def grep(*pattern: str) -> float:
        return process("grep", "-r", "-i", *pattern, corpus, repeat=args.repeat)

    edited = files[len(files) // 2]
    original = edited.read_bytes()

    def after_edit() -> float:
        edited.write_bytes(original + f"# edited {time.time_ns()}\n".encode())
        return timed(tool, "quotes", *FREQUENT, "--data-dir", corpus, env=env)

    try:
        edits = min(after_edit() for _ in range(args.repeat))
    finally:
        edited.write_bytes(original)
    timed(tool, "quotes", *FREQUENT, "--data-dir", corpus, env=env)  # re-index the restored file

    rows = [
        ("floor: yaml.load(CSafeLoader), every file", floor, None),
        ("first run: build the index + query", build, floor),
        ("query with --no-cache (index in memory)", no_cache, floor),
        ("floor: python -c pass", process(sys.executable, "-c", "pass", repeat=10), None),
        ("floor: jcpoa-tracker --version", process(tool, "--version", repeat=10), None),
        ("grep -r -i -l sanctions", grep("-l", "sanctions"), None),
        ('grep -r -i "serious differences"', grep("serious differences"), None),
        ("warm: quotes sanctions (84% of quotes match)", query(*FREQUENT), None),
        ('warm: quotes "serious differences" --speaker', query(*SELECTIVE), None),
        (
            "warm: quotes enrich* --since 2010 --until 2011",
            query("enrich*", "--since", "2010", "--until", "2011"),
            None,
        ),
        ("after editing one file: quotes sanctions", edits, None),
    ]
    width = max(len(name) for name, _, _ in rows)
    for name, seconds, against in rows:
        ratio = f"  {seconds / against:.2f}x floor" if against else ""
        print(f"{name:<{width}}  {seconds:8.3f} s{ratio}")
    print()
    warm = max(seconds for name, seconds, _ in rows if name.startswith("warm"))
    print(f"first run / libyaml floor = {build / floor:.2f} (target <= 1.50)")
    print(f"slowest warm query = {warm:.3f} s (target < 0.3 s)")
    print(f"query after one edit = {edits:.3f} s (target < 0.5 s)")


if __name__ == "__main__":
    main()
