"""Where a first build's time goes, beside the floors its goal is set against.

    python benchmarks/build.py                       # 100,000 statements, 3 rounds
    python benchmarks/build.py --sizes 10000,100000 --runs 5
    python benchmarks/build.py --quick               # a smoke run on a tiny corpus

Each round runs, interleaved, each case its own process:

- the floors: `yaml.load` (CSafeLoader, collector on) and the composer the
  tool uses, over the same files (floors.py);
- the first build: the store built from an empty cache, as a first report
  builds it (`search.index.open_index`); it reports its writer's CPU (the
  process that writes SQLite) and its workers' (which read, check and make
  the rows ready), and of the workers' the checks against the context;
- the steps: what the workers do to each statement file, one step after
  the other in one process (composing, converting and checking, the rows,
  the stems, the counted rows and stored records, marshalling), each
  step's CPU summed over the files.

Goal (issue 13): the first build within 0.5x `yaml.load` and 1.5x the
composer.  On N cores that leaves at most N x 0.5 x `yaml.load` CPU seconds
for the whole build, were every core busy all the time: the second table
sets the build's CPU against that.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from run import FLOORS, PYTHON, describe, ensure_corpus, size_label, warm_page_cache  # noqa: E402
from timing import Case, base_env, machine, measure, seconds, table  # noqa: E402

from jcpoa_tracker.workers import available_cores  # noqa: E402

SCRIPT = str(Path(__file__).resolve())
_SPENT: defaultdict[str, float] = defaultdict(float)  # a worker's CPU seconds, by part
_REPORTS: Path | None = None  # where each worker writes its _SPENT


def timed_group(jobs: Any) -> bytes:
    """``prepare.prepare_group``, its CPU counted (in a worker; module-level,
    so that the pool sends it by name)."""
    from jcpoa_tracker.search.prepare import prepare_group

    started = time.process_time()
    blob = prepare_group(jobs)
    _SPENT["groups"] += time.process_time() - started
    assert _REPORTS is not None
    (_REPORTS / f"{os.getpid()}.json").write_text(json.dumps(_SPENT))
    return blob


def child_build(corpus: Path, cache: Path, out: Path) -> None:
    """The first build, its writer's and workers' CPU appended to ``out``."""
    global _REPORTS
    import jcpoa_tracker.search.index as index_module
    from jcpoa_tracker.store import Recount

    _REPORTS = Path(tempfile.mkdtemp(prefix="jcpoa-build-workers-"))
    moved_by = Recount.moved_by

    def timed_moved_by(self: Recount, results: Any) -> int | None:
        started = time.process_time()
        try:
            return moved_by(self, results)
        finally:
            _SPENT["checks"] += time.process_time() - started

    Recount.moved_by = timed_moved_by  # type: ignore[method-assign]
    index_module.prepare_group = timed_group  # type: ignore[attr-defined]
    index_module.open_index(corpus, {"JCPOA_TRACKER_CACHE_DIR": str(cache)}).close()
    mine = os.times()
    workers: defaultdict[str, float] = defaultdict(float)
    for report in _REPORTS.glob("*.json"):
        for part, spent in json.loads(report.read_text()).items():
            workers[part] += spent  # (summed over the workers)
    shutil.rmtree(_REPORTS)
    parts = {
        "writer": mine.user + mine.system,
        "workers": mine.children_user + mine.children_system,
        "groups": workers["groups"],
        "checks": workers["checks"],
    }
    with out.open("a") as sink:
        sink.write(json.dumps(parts) + "\n")


STEPS = (
    "composing (libyaml, the composer floor's work)",
    "converting and checking each file",
    "the statements' rows",
    "stemming the search texts",
    "counted rows and stored records",
    "marshalling for the writer",
)


def child_steps(corpus: Path, out: Path) -> None:
    """The workers' steps over every statement file, in this process."""
    import marshal

    from jcpoa_tracker.loader import collector_paused, parse_node
    from jcpoa_tracker.model import Statement
    from jcpoa_tracker.search import stem
    from jcpoa_tracker.search.index import read_file, scan
    from jcpoa_tracker.search.rows import statement_rows
    from jcpoa_tracker.store import counted_rows, file_blob

    stamps = scan(corpus)
    scanned = time.time_ns()
    spent = dict.fromkeys(STEPS, 0.0)
    speakers: dict[str, str] = {}
    clock = time.process_time
    with collector_paused():
        for relative in (r for r in stamps if r.startswith("statements/")):
            path = corpus / relative
            data = path.read_bytes()
            t0 = clock()
            parse_node(data, relative)
            t1 = clock()
            result = read_file(path, relative, stamps[relative], scanned)[0]
            t2 = clock()
            assert result is not None
            statements = [r for r in result.records if isinstance(r, Statement)]
            made = statement_rows(((relative, s) for s in statements), {}, speakers)
            t3 = clock()
            stemmed = [tuple(map(stem.stem_text, exact)) for _, exact, _, _ in made]
            t4 = clock()
            counted, stored = counted_rows(relative, statements), file_blob(result)
            t5 = clock()
            marshal.dumps((made, stemmed, counted, stored))
            t6 = clock()
            for step, (start, end) in zip(
                STEPS, [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6)], strict=True
            ):
                spent[step] += end - start
    # read_file composes the file again: converting is what it adds
    spent[STEPS[1]] -= spent[STEPS[0]]
    with out.open("a") as sink:
        sink.write(json.dumps(spent) + "\n")


def _median(lines: list[dict[str, float]], key: str) -> float:
    return statistics.median(line[key] for line in lines)


def build_cases(statements: int, runs: int, root: Path | None) -> tuple[str, list[Case]]:
    corpus = ensure_corpus(statements, root)
    facts = generate.manifest(corpus)
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    cache, builds, steps = work / "cache", work / "builds.jsonl", work / "steps.jsonl"
    env = base_env()

    def empty_cache(_: int) -> None:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir()

    load = Case("floor: yaml.load, GC on", [PYTHON, FLOORS, "load", str(corpus)], env)
    composer = Case("floor: composer", [PYTHON, FLOORS, "compose", str(corpus)], env)
    against = (load.name, composer.name)
    build = Case(
        "first build (the store, from an empty cache)",
        [PYTHON, SCRIPT, "--child", "build", str(corpus), str(cache), str(builds)],
        env,
        before=empty_cache,
        floors=against,
    )
    step = Case(
        "the workers' steps, one process",
        [PYTHON, SCRIPT, "--child", "steps", str(corpus), str(steps)],
        env,
        floors=against,
    )
    cases = [load, composer, build, step]
    try:
        warm_page_cache(corpus)
        measure(cases, runs, warmup=0)
        built = [json.loads(line) for line in builds.read_text().splitlines()]
        stepped = [json.loads(line) for line in steps.read_text().splitlines()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cores = available_cores()  # as many as the build's workers
    writer, workers = _median(built, "writer"), _median(built, "workers")
    allowed = cores * 0.5 * load.best
    split = [
        "| part of the first build | CPU (median) |",
        "| --- | --- |",
        "| the writing process (SQLite, its full-text index, the secondary indexes; with no "
        f"workers, fewer than 200 files changed, all the work) | {seconds(writer)} |",
        f"| the workers, in all | {seconds(workers)} |",
        f"| of which making groups of files ready | {seconds(_median(built, 'groups'))} |",
        f"| of which checking them against the context | {seconds(_median(built, 'checks'))} |",
        f"| the whole build | {seconds(writer + workers)} |",
        f"| what 0.5x `yaml.load` leaves on {cores} cores, every core busy "
        f"({cores} x 0.5 x {seconds(load.best)}) | {seconds(allowed)} |",
        "",
        "| the workers' steps, one process | CPU (median) |",
        "| --- | --- |",
        *(f"| {name} | {seconds(_median(stepped, name))} |" for name in STEPS),
    ]
    head = f"### The first build, {size_label(statements)} statements ({describe(corpus, facts)})"
    goal = (
        "Every build starts from an empty cache (untimed). The floors are single processes "
        "over the same files (benchmarks/floors.py). Goal: the first build within 0.5x "
        "`yaml.load` (GC on) and 1.5x the composer."
    )
    text = f"{head}\n\n{goal}\n\n{table(cases, warmed=False)}\n\n" + "\n".join(split) + "\n"
    return text, cases


def main(argv: Sequence[str] | None = None) -> None:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--child"]:
        mode, *rest = args_list[1:]
        if mode == "build":
            child_build(Path(rest[0]), Path(rest[1]), Path(rest[2]))
        else:
            child_steps(Path(rest[0]), Path(rest[1]))
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds")
    parser.add_argument("--corpus-root", type=Path, default=None, help="where corpora live")
    parser.add_argument("--quick", action="store_true", help="one round on a tiny corpus")
    args = parser.parse_args(args_list)
    sizes = [300] if args.quick else [int(size) for size in args.sizes.split(",")]
    runs = 1 if args.quick else args.runs
    print(f"`python benchmarks/build.py {' '.join(args_list)}` ({machine()})\n")
    for size in sizes:
        text, _ = build_cases(size, runs, args.corpus_root)
        print(text, flush=True)


if __name__ == "__main__":
    main()
