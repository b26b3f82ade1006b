"""The scaling curve: warm report time against archive size, as a table and an SVG.

    python benchmarks/scaling.py                                    # 10k, 100k, 300k
    python benchmarks/scaling.py --sizes 10000,100000,300000,1000000 --svg docs/images/scaling.svg
    python benchmarks/scaling.py --from small.json big.json --svg docs/images/scaling.svg

Measures the `warm` section of run.py at each size (or reads it from
`run.py --json`), prints a Markdown table (best and median per report and
size, beside the floors measured in the same rounds) and draws the best
times with the project's own chart code (jcpoa_tracker.render.charts), one
line per report plus the floors, so docs/performance.md can show where the
time goes as the archive grows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import timing  # noqa: E402
from run import size_label, warm  # noqa: E402
from timing import as_json, machine, seconds  # noqa: E402

Results = dict[int, list[dict[str, Any]]]  # size -> as_json(cases)
SHOWN_FLOORS = (
    "floor: core imports",
    "floor: `find` stats every data file",
    "floor: unpickle, GC off",
)
# In the table, not on the curve: it reaches seconds at a million
# statements and would flatten every report's line.
PLOTTED_APART = ("floor: unpickle, GC off",)


def measure_sizes(sizes: Sequence[int], runs: int, root: Path | None) -> Results:
    results: Results = {}
    for size in sizes:
        text, cases = warm(size, runs, root)
        print(text, file=sys.stderr, flush=True)
        results[size] = as_json(cases)
    return results


def from_json(paths: Sequence[Path]) -> tuple[Results, str]:
    """The warm sections of `run.py --json` files (one per run: sizes
    measured apart, on the same machine), and where they were measured."""
    results: Results = {}
    where = []
    for path in paths:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        warm_runs = loaded.get("sections", {}).get("warm")
        if not warm_runs:
            sys.exit(
                f"{path}: no 'warm' section (python benchmarks/run.py --sections warm --json FILE)"
            )
        results.update({int(size): cases for size, cases in warm_runs.items()})
        where.append(str(loaded.get("machine", "")))
    return results, "; ".join(dict.fromkeys(where))


def curve_rows(results: Results) -> list[str]:
    """The reports and the shown floors, in the order of the first size."""
    first = results[min(results)]
    return [
        same_case(c["name"])
        for c in first
        if c["name"].startswith("warm") or c["name"] in SHOWN_FLOORS
    ]


def same_case(name: str) -> str:
    """A case's name with the corpus's own sample (a speaker id differs
    from corpus to corpus) left out, so that a row spans every size."""
    return re.sub(r"--speaker \S+?`", "--speaker SPEAKER`", name)


def _found(cases: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((c for c in cases if same_case(c["name"]) == name), None)


def markdown(results: Results) -> str:
    sizes = sorted(results)
    rows = curve_rows(results)
    lines = [
        "| case | " + " | ".join(f"{size_label(s)} best / median" for s in sizes) + " |",
        "| --- | " + " | ".join("---" for _ in sizes) + " |",
    ]
    for name in rows:
        cells = []
        for size in sizes:
            found = _found(results[size], name)
            cells.append(f"{seconds(found['best'])} / {seconds(found['median'])}" if found else "")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def svg(results: Results) -> str:
    from jcpoa_tracker.render.charts import Series, svg_chart

    sizes = sorted(results)
    series = []
    for name in curve_rows(results):
        if name in PLOTTED_APART:
            continue
        values = []
        for size in sizes:
            found = _found(results[size], name)
            values.append(float(found["best"]) if found else None)
        label = name.removeprefix("warm ").replace("`", "")
        if label.startswith("timeline"):
            label = "timeline, one month, with statements"
        elif label.startswith("quotes '"):
            label = "quotes, prefix + speaker"
        series.append(Series(label, tuple(values)))
    return svg_chart(
        "Warm answers against archive size (best of interleaved runs)",
        [f"{size_label(s)} statements" for s in sizes],
        series,
        y_label="seconds",
        y_min=0,
        width=900,
        height=460,
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--sizes", default="10000,100000,300000", help="statements, comma-separated"
    )
    parser.add_argument(
        "--runs", type=int, default=7, help="timed runs per case (at least 5 for figures)"
    )
    parser.add_argument(
        "--corpus-root", type=Path, help="where corpora live (default: benchmarks/corpus)"
    )
    parser.add_argument(
        "--from", dest="sources", type=Path, nargs="+", help="read run.py --json files instead"
    )
    parser.add_argument(
        "--svg", type=Path, help="write the curve here (e.g. docs/images/scaling.svg)"
    )
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--quick", action="store_true", help="one run at 200 and 400 statements")
    args = parser.parse_args(argv)
    if args.sources:
        results, where = from_json(args.sources)
    else:
        where = machine()
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        runs = args.runs
        if args.quick:
            sizes, runs = [200, 400], 1
            timing.WARMUP = 0
        results = measure_sizes(sizes, runs, args.corpus_root)
    text = f"### Warm answers against archive size ({where})\n\n{markdown(results)}"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.svg:
        from jcpoa_tracker.render.charts import write_plot

        write_plot(args.svg, svg(results))
        print(f"wrote {args.svg}", file=sys.stderr)


if __name__ == "__main__":
    main()
