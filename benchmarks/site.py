"""Benchmark of `site`: each figure beside floors measured in the same run.

    python benchmarks/site.py                      # 100,000-statement corpus
    python benchmarks/site.py --statements 20000 --runs 5

Cases (budgets from issue 14: under 3 s on the bundled data, under 2
minutes at 100k statements; issue 13: under 600 MB of memory at a million;
results in docs/performance.md), every one a whole process interleaved
with the others (timing.py: best, median, spread, CPU seconds and peak
memory):
- `site` on the bundled data, beside copying its finished files;
- `site` on the generated corpus, beside copying the finished site's
  files to a new folder (the cost of writing that many bytes and files
  at all).
Every `site` run writes into a folder emptied first (untimed); the tool's
cache folder is a temporary one, whose store the untimed first run builds
(`site` reads the store, as every report does).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import ensure_corpus  # noqa: E402
from timing import Case, base_env, machine, measure, run_piped, table, tool  # noqa: E402

from jcpoa_tracker.datadir import bundled_data_dir  # noqa: E402

AS_OF = "2026-11-29"
PYTHON = sys.executable
_COPY = "import shutil, sys; shutil.copytree(sys.argv[1], sys.argv[2])"


def _emptied(folder: Path) -> Callable[[int], None]:
    def empty(_: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    return empty


def _site_cases(label: str, data: Path, work: Path, env: dict[str, str]) -> list[Case]:
    """The floor of copying a finished site of ``data``, then `site` on it."""
    out, finished, copy = (work / f"{label}-{part}" for part in ("site", "finished", "copy"))
    site = [*tool(), "site", "--as-of", AS_OF, "--data-dir", str(data), "-o", str(out)]
    run_piped(site, env)  # untimed: the store, and a finished site for the floor to copy
    shutil.copytree(out, finished)
    copying = Case(
        f"floor: copying the finished site ({_size(finished)})",
        [PYTHON, "-c", _COPY, str(finished), str(copy)],
        env,
        before=_emptied(copy),
    )
    made = Case(f"`site`, {label}", site, env, before=_emptied(out), floors=(copying.name,))
    return [copying, made]


def _size(folder: Path) -> str:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return f"{len(files):,} files, {sum(p.stat().st_size for p in files) / 1e6:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per case")
    parser.add_argument(
        "--corpus-root", type=Path, help="where corpora live (default: benchmarks/corpus)"
    )
    options = parser.parse_args()
    corpus = ensure_corpus(options.statements, options.corpus_root)
    with tempfile.TemporaryDirectory(prefix="jcpoa-site-bench-") as folder:
        work = Path(folder)
        env = base_env(JCPOA_TRACKER_CACHE_DIR=str(work / "cache"))
        bundled = _site_cases("bundled data", bundled_data_dir(), work, env)
        label = f"{options.statements:,} statements"
        big = _site_cases(label, corpus, work, env)
        cases = [*bundled, *big]
        measure(cases, options.runs, warmup=0)
    print(f"## `site` ({machine()})\n")
    print(table(cases, warmed=False))


if __name__ == "__main__":
    main()
