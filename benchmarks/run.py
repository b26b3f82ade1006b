"""Benchmarks of the reports, each figure beside floors measured in the same run.

    python benchmarks/run.py                                  # every section at 10k and 100k
    python benchmarks/run.py --sizes 10000,100000,300000,1000000
    python benchmarks/run.py --sections startup --runs 10
    python benchmarks/run.py --sections warm --json warm.json  # then scaling.py --from warm.json
    python benchmarks/run.py --quick                          # a smoke run on a tiny corpus

Sections (the issue's goals, docs/performance.md shows the tables):

- startup: `--version`, `--help`, warm `status` and warm `briefing` on the
  bundled data, piped and on a pseudo-terminal, beside `python -c pass` and
  importing the core libraries (typer, rich, yaml, dateutil) the same way;
- warm: `status`, `timeline` for one month with statements, `trends`,
  `briefing`, `quote ID` and two `quotes` queries (the commonest word, a
  prefix with a speaker) on each corpus size after a first run, beside
  the core imports and beside unpickling every file's parsed data (the
  cost of a cache that rebuilds every record as a Python object), with the
  collector off and on;
- edit: the same commands, each run after editing one statement file (a
  different edit every run);
- with ``--watch``, warm and edit run with the tool's file watcher
  (`watch start`): a run asks it what changed instead of stat'ing every
  file; with ``--baseline DIR``, each report of warm and edit (and each
  command of bulk and cold) also runs the package of another checkout (DIR),
  interleaved, on the same store (from the same empty cache): a change
  measured against the code before it;
- write: `add` and `set` with `--dry-run`, the store already built (as
  after any report): a statement added and one changed (the file checked
  against the store), an actor added and a round changed (every file
  checked, before and with the change, in one pass), beside the core
  imports, a warm `status` and a cold `validate`;
- bulk: every quote of the commonest word (`quotes WORD --limit 0`), as
  CSV, JSON and text written to a file, on the shared store, beside the
  core imports and reading every statement's row from the store (what
  printing every quote reads): the memory such a search takes must not
  grow with the number of quotes;
- cold: `validate`, the first `status` and `briefing` with an empty cache,
  the first `quotes` query (which builds the index), a `quotes` query
  with `--no-cache` (an index for that run only), `status --no-cache` (a
  store for that run only), a SQLite `export` (which checks every file,
  then streams the records from the store it builds), `add statement
  --dry-run` (which builds the store first), `diff HEAD` after one
  file's change (from an empty cache, and with the store built: the
  revision's store is derived from it), and `export` with the store
  built, beside
  `yaml.load(CSafeLoader)` over the same files (collector on and off) and
  the libyaml composer and event parser the tool itself uses.

Every case is a whole process (timing.py): interleaved runs, best, median,
spread, CPU seconds and peak memory.  Corpora are generated on first use
under benchmarks/corpus/SIZE (generate.py) and reused; the tool's caches
live in a temporary folder, fresh for each size.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import timing  # noqa: E402
from timing import Case, as_json, base_env, machine, measure, run_piped, table, tool  # noqa: E402

PYTHON = sys.executable
FLOORS = str(HERE / "floors.py")
CORE_IMPORTS = "import typer, rich, yaml, dateutil"
SECTIONS = ("startup", "warm", "edit", "write", "bulk", "cold")


def ensure_corpus(statements: int, root: Path | None = None, seed: int = 2015) -> Path:
    """The generated corpus of that size (written on first use, or when its
    manifest says another size, seed or generator version)."""
    corpus = (root or HERE / "corpus") / str(statements)
    try:
        known = generate.manifest(corpus)
    except (OSError, ValueError):
        known = {}
    wanted = {"version": generate.VERSION, "statements": statements, "seed": seed}
    if any(known.get(key) != value for key, value in wanted.items()):
        print(f"generating {statements:,} statements in {corpus} ...", file=sys.stderr, flush=True)
        generate.generate(corpus, statements, seed=seed)
    return corpus


def warm_page_cache(corpus: Path) -> None:
    """Read every file once, so that the first timed run is not the only
    one that reads from disk."""
    for folder, _, files in os.walk(corpus):
        for name in files:
            Path(folder, name).read_bytes()


def size_label(statements: int) -> str:
    if statements >= 1_000_000 and statements % 1_000_000 == 0:
        return f"{statements // 1_000_000}M"
    if statements >= 1000 and statements % 1000 == 0:
        return f"{statements // 1000}k"
    return str(statements)


def core_floors(env: dict[str, str], tty: bool = False) -> list[Case]:
    suffix = " (terminal)" if tty else ""
    return [
        Case(f"floor: `python -c pass`{suffix}", [PYTHON, "-c", "pass"], env, tty),
        Case(f"floor: core imports{suffix}", [PYTHON, "-c", CORE_IMPORTS], env, tty),
    ]


def startup(runs: int) -> tuple[str, list[Case]]:
    bundled = str(bundled_data())
    cache = tempfile.mkdtemp(prefix="jcpoa-bench-cache-")
    env = base_env(JCPOA_TRACKER_CACHE_DIR=cache)
    cases: list[Case] = []
    for tty in (False, True):
        mode = "terminal" if tty else "piped"
        floors = core_floors(env, tty)
        core = (floors[1].name,)
        cases += floors
        commands = {
            "--version": ["--version"],
            "--help": ["--help"],
            "warm status": ["status", "--data-dir", bundled],
            "warm briefing": ["briefing", "--data-dir", bundled],
        }
        for name, args in commands.items():
            cases.append(Case(f"`{name}` ({mode})", [*tool(), *args], env, tty, floors=core))
    try:
        measure(cases, runs)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    title = "Start-up on the bundled data (piped, and on a 120x50 pseudo-terminal)"
    goal = (
        f"Core imports: `python -c '{CORE_IMPORTS}'`. Goal: `--version` and `--help` within "
        "1.5x, warm reports within 2x of the core imports, piped and on a terminal."
    )
    return f"### {title}\n\n{goal}\n\n{table(cases)}\n", cases


def bundled_data() -> Path:
    """The bundled data of this checkout (rounds/), without importing the tool."""
    return HERE.parent / "rounds"


def report_commands(facts: dict[str, Any]) -> dict[str, list[str]]:
    since, until = facts["window"]
    return {
        "status": ["status"],
        f"timeline --since {since} --until {until} --statements": [
            "timeline",
            "--since",
            str(since),
            "--until",
            str(until),
            "--statements",
        ],
        "trends": ["trends"],
        "briefing": ["briefing"],
        "quote ID": ["quote", str(facts["sample_statement"])],
        "speakers": ["speakers"],
    }


def quote_commands(facts: dict[str, Any]) -> dict[str, list[str]]:
    """Two quote queries for the curve: the most common word, and a prefix
    with a speaker filter (the shape that was slowest)."""
    word, prefix, speaker = facts["common_word"], facts["prefix"], facts["sample_speaker"]
    return {
        f"quotes {word}": ["quotes", word],
        f"quotes '{prefix}' --speaker {speaker}": ["quotes", prefix, "--speaker", speaker],
    }


@contextlib.contextmanager
def watcher(corpus: Path, env: dict[str, str], enabled: bool) -> Iterator[None]:
    """With ``enabled``: the tool's file watcher of ``corpus`` runs meanwhile
    (`watch start`, untimed), so runs ask it what changed instead of
    stat'ing every file."""
    if not enabled:
        yield
        return

    def watch(action: str) -> None:
        argv = [*tool(), "watch", action, "--data-dir", str(corpus)]
        done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
        print(done.stdout.strip(), file=sys.stderr, flush=True)

    watch("start")
    try:
        yield
    finally:
        watch("stop")


def as_baseline(case: Case, baseline: Path | None) -> list[Case]:
    """With ``baseline`` (another checkout): the same case running that
    checkout's package, on the same store, interleaved with this one's."""
    if baseline is None:
        return []
    env = {**(case.env or {}), "PYTHONPATH": str(baseline.resolve())}
    return [replace(case, name=f"{case.name} (baseline)", env=env, samples=[])]


def with_watcher(head: str, enabled: bool) -> str:
    return f"{head}, with the file watcher" if enabled else head


def warm(
    statements: int,
    runs: int,
    root: Path | None,
    *,
    watch: bool = False,
    baseline: Path | None = None,
) -> tuple[str, list[Case]]:
    corpus, facts, env = on_shared_store(statements, root)
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    pickled = work / "parsed.pickle"
    try:
        print(f"pickling the parsed data of {corpus} ...", file=sys.stderr, flush=True)
        run_piped([PYTHON, FLOORS, "pickle", str(corpus), str(pickled)], env)
        floors = core_floors(env)
        floors += [
            Case("floor: unpickle, GC off", [PYTHON, FLOORS, "unpickle", str(pickled)], env),
            Case("floor: unpickle, GC on", [PYTHON, FLOORS, "unpickle-gc", str(pickled)], env),
            # what noticing a change costs at the least: a C program listing
            # and stat'ing every data file, as a warm run does
            Case("floor: `find` stats every data file", stat_floor(corpus), env),
        ]
        against = (floors[1].name, floors[2].name)
        cases = list(floors)
        commands = {**report_commands(facts), **quote_commands(facts)}
        for name, args in commands.items():
            argv = [*tool(), *args, "--data-dir", str(corpus)]
            case = Case(f"warm `{name}`", argv, env, floors=against)
            cases += [case, *as_baseline(case, baseline)]
        warm_page_cache(corpus)
        with watcher(corpus, env, watch):
            measure(cases, runs)  # the untimed first round builds the caches
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = with_watcher(f"### Warm reports, {size_label(statements)} statements", watch)
    head = f"{head} ({describe(corpus, facts)})"
    goal = (
        "Each report run once untimed first (it builds the caches). The unpickle floors load "
        "every file's `yaml.load` result from one pickle; `find` lists and stats every data "
        "file, as a warm run does to notice changes. Goal: within 0.25 s at 100k "
        "statements, 0.35 s at 1M."
    )
    return f"{head}\n\n{goal}\n\n{table(cases)}\n", cases


def git_copy(corpus: Path, where: Path) -> Path:
    """A copy of the corpus committed to a new git repository, then one
    statement's wording changed (uncommitted); its data directory."""
    import subprocess

    data = where / "data"
    shutil.copytree(corpus, data)
    git = ["git", "-c", "user.name=benchmark", "-c", "user.email=benchmark@example.org"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
        subprocess.run([*git, *args], cwd=where, check=True)
    generate.edit_text(generate.sample_file(data), 1)
    return data


def add_statement(facts: dict[str, Any]) -> list[str]:
    return [
        "add",
        "statement",
        "--speaker",
        str(facts["sample_speaker"]),
        "--date",
        str(facts["today"]),
        "--text",
        "A statement the benchmark adds.",
        "--source",
        "https://www.reuters.com/benchmark",
        "--dry-run",
    ]


def write(statements: int, runs: int, root: Path | None) -> tuple[str, list[Case]]:
    corpus, facts, env = on_shared_store(statements, root)
    floors = core_floors(env)
    status = Case("warm `status`", [*tool(), "status", "--data-dir", str(corpus)], env)
    validate = Case("cold `validate`", [*tool(), "validate", "--data-dir", str(corpus)], env)
    statement_edits = {
        "`add statement --dry-run`": add_statement(facts),
        "`set statement --note --dry-run`": [
            "set",
            "statement",
            str(facts["sample_statement"]),
            "--note",
            "A note the benchmark sets.",
            "--dry-run",
        ],
    }
    context_edits = {
        "`add actor --dry-run`": [
            "add",
            "actor",
            "--name",
            "Jane Benchmark",
            "--kind",
            "person",
            "--source",
            "https://www.reuters.com/benchmark",
            "--dry-run",
        ],
        "`set round --note --dry-run`": [
            "set",
            "round",
            str(facts["sample_round"]),
            "--note",
            "A note the benchmark sets.",
            "--dry-run",
        ],
    }
    cases = [*floors, status, validate]
    for name, args in statement_edits.items():
        argv = [*tool(), *args, "--data-dir", str(corpus)]
        cases.append(Case(name, argv, env, floors=(floors[1].name, status.name)))
    for name, args in context_edits.items():
        argv = [*tool(), *args, "--data-dir", str(corpus)]
        cases.append(Case(name, argv, env, floors=(validate.name,)))
    warm_page_cache(corpus)
    measure(cases, runs)  # the untimed first round builds the store
    head = f"### Adding and changing records, {size_label(statements)} statements"
    goal = (
        "Every command with `--dry-run`, run once untimed first (the first run builds the "
        "store, as any report does). A statement's file is checked against the store; a "
        "context record (an actor, a round) changes what every statement is judged against, "
        "so every file is checked before and with the change, in one pass, in batches. "
        "Goal: peak memory under 600 MB at 1M. A statement's check is compared with a warm "
        "`status`, which reads the same store; a context edit with a cold `validate`, which "
        "checks every file once."
    )
    return f"{head}\n\n{goal}\n\n{table(cases)}\n", cases


def bulk(
    statements: int, runs: int, root: Path | None, baseline: Path | None = None
) -> tuple[str, list[Case]]:
    corpus, facts, env = on_shared_store(statements, root)
    word = str(facts["common_word"])
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    floors = core_floors(env)
    cache = env["JCPOA_TRACKER_CACHE_DIR"]
    read = Case(
        "floor: every statement row read from the store", [PYTHON, FLOORS, "read-store", cache], env
    )
    cases = [*floors, read]
    for suffix in ("csv", "json", "txt"):
        argv = [*tool(), "quotes", word, "--limit", "0", "-o", str(work / f"every.{suffix}")]
        name = f"`quotes {word} --limit 0 -o every.{suffix}`"
        case = Case(name, [*argv, "--data-dir", str(corpus)], env, floors=(read.name,))
        cases += [case, *as_baseline(case, baseline)]
    sizes: dict[str, int] = {}
    try:
        warm_page_cache(corpus)
        run_piped([*tool(), "status", "--data-dir", str(corpus)], env)  # the store, untimed
        measure(cases, runs)
        sizes = {path.suffix: path.stat().st_size for path in work.iterdir()}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = f"### Every quote of a common word, {size_label(statements)} statements"
    written = ", ".join(
        f"{suffix[1:]} {size / 1e6:,.1f} MB" for suffix, size in sorted(sizes.items())
    )
    goal = (
        f"Each command writes every quote of `{word}` (the commonest word) to a file "
        f"({written}), run once untimed first, the store built before; the floor reads every "
        "statement's row from that store in one Python process. Goal: peak memory under "
        "600 MB at 1M, whatever the number of quotes."
    )
    return f"{head}\n\n{goal}\n\n{table(cases)}\n", cases


def stat_floor(corpus: Path) -> list[str]:
    return ["find", str(corpus), "-name", "*.yaml", "-printf", "%s %i %T@ %C@\n"]


_CACHES: dict[Path, Path] = {}


def shared_cache(corpus: Path) -> Path:
    """The cache folder of a corpus's warm and edit runs: the store is built
    once per corpus and run (at a million statements that takes minutes);
    removed when the run ends."""
    if corpus not in _CACHES:
        _CACHES[corpus] = Path(tempfile.mkdtemp(prefix="jcpoa-bench-cache-"))
        atexit.register(shutil.rmtree, _CACHES[corpus], ignore_errors=True)
    return _CACHES[corpus]


def on_shared_store(
    statements: int, root: Path | None
) -> tuple[Path, dict[str, Any], dict[str, str]]:
    """The corpus, its manifest and the environment of the runs on its
    shared store (warm, edit and write), "today" being the corpus's."""
    corpus = ensure_corpus(statements, root)
    facts = generate.manifest(corpus)
    env = base_env(
        JCPOA_TRACKER_CACHE_DIR=str(shared_cache(corpus)), JCPOA_TRACKER_TODAY=str(facts["today"])
    )
    return corpus, facts, env


def describe(corpus: Path, facts: dict[str, Any]) -> str:
    files = sum(len(names) for _, _, names in os.walk(corpus))
    size = sum(p.stat().st_size for p in corpus.rglob("*.yaml")) / 1e6
    return f"{facts['statement_files']:,} statement files, {files:,} files, {size:.0f} MB"


def edit(
    statements: int,
    runs: int,
    root: Path | None,
    *,
    watch: bool = False,
    baseline: Path | None = None,
) -> tuple[str, list[Case]]:
    corpus, facts, env = on_shared_store(statements, root)
    edited = generate.sample_file(corpus)
    original = edited.read_bytes()
    counter = iter(range(1, 1_000_000))

    def edit_once(_: int) -> None:
        generate.edit_text(edited, next(counter))

    floors = core_floors(env)
    commands = {**report_commands(facts), **quote_commands(facts)}
    cases = list(floors)
    for name, args in commands.items():
        argv = [*tool(), *args, "--data-dir", str(corpus)]
        case = Case(
            f"`{name}` after editing one file",
            argv,
            env,
            before=edit_once,
            floors=(floors[1].name,),
        )
        cases += [case, *as_baseline(case, baseline)]
    try:
        warm_page_cache(corpus)
        with watcher(corpus, env, watch):
            measure(cases, runs)
    finally:
        edited.write_bytes(original)
    head = with_watcher(f"### After editing one file, {size_label(statements)} statements", watch)
    goal = (
        f"Before every run the wording of a statement in `{edited.relative_to(corpus)}` "
        "changes (untimed). Goal: within 0.35 s at 100k statements, 0.5 s at 1M."
    )
    return f"{head}\n\n{goal}\n\n{table(cases)}\n", cases


def cold(
    statements: int,
    runs: int,
    root: Path | None,
    only: re.Pattern[str] | None = None,
    baseline: Path | None = None,
) -> tuple[str, list[Case]]:
    corpus = ensure_corpus(statements, root)
    facts = generate.manifest(corpus)
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    cache = work / "cache"
    env = base_env(JCPOA_TRACKER_CACHE_DIR=str(cache), JCPOA_TRACKER_TODAY=str(facts["today"]))

    def empty_cache(_: int) -> None:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir()

    def floor(name: str, mode: str) -> Case:
        return Case(f"floor: {name}", [PYTHON, FLOORS, mode, str(corpus)], env)

    floors = [
        floor("yaml.load, GC on", "load"),
        floor("yaml.load, GC off", "load-nogc"),
        floor("composer", "compose"),
        floor("yaml.parse events", "parse"),
    ]
    against = (floors[0].name, floors[2].name)
    commands: dict[str, list[str]] = {
        "cold `validate`": ["validate"],
        # what pre-commit runs: the whole directory read, one file reported
        "cold `validate FILE` (pre-commit's check of one file)": [
            "validate",
            str(generate.sample_file(corpus)),
        ],
        "first `status` (empty cache)": ["status"],
        "cold `briefing` (empty cache)": ["briefing"],
        f"first `quotes {facts['common_word']}` (builds the index)": [
            "quotes",
            str(facts["common_word"]),
        ],
        # an index for this run only: its peak memory must not grow with it
        f"`quotes {facts['common_word']} --no-cache`": [
            "quotes",
            str(facts["common_word"]),
            "--no-cache",
        ],
        # these read every record, one at a time: memory must not grow either
        "`status --no-cache` (a store for this run only)": ["status", "--no-cache"],
        "`export -o export.db` (checks, builds the store, streams)": [
            "export",
            "-o",
            str(work / "export.db"),
        ],
        "`add statement --dry-run` (builds the store first)": add_statement(facts),
    }
    # diff: the corpus as a git repository, with one statement's wording
    # changed since its commit; from an empty cache it builds the working
    # tree's store, from which the revision's is derived
    diff_name = "`diff HEAD` (one file changed; builds the store first)"
    warm_diff = "`diff HEAD` (one file changed; the store already built)"
    repository = None
    if only is None or only.search(diff_name) or only.search(warm_diff):
        repository = git_copy(corpus, work / "repository")
    if only is None or only.search(diff_name):
        commands[diff_name] = ["diff", "HEAD", "--data-dir", str(repository)]

    def built_store(data: Path) -> Callable[[int], None]:
        """Before each run: an empty cache, then the store of ``data`` built."""

        def build(_: int) -> None:
            empty_cache(0)
            run_piped([*tool(), "status", "--data-dir", str(data)], env)  # untimed

        return build

    cases = list(floors)
    for name, args in commands.items():
        if only is not None and not only.search(name):
            continue
        argv = [*tool(), *args]
        if "--data-dir" not in args:
            argv += ["--data-dir", str(corpus)]
        case = Case(name, argv, env, before=empty_cache, floors=against, codes=(0, 1))
        cases += [case, *as_baseline(case, baseline)]
    # what a user who runs reports meets: the store is there, the check and
    # the streaming remain
    warm_export = "`export -o export.db` (the store already built)"
    if only is None or only.search(warm_export):
        argv = [*tool(), "export", "-o", str(work / "export.db"), "--data-dir", str(corpus)]
        cases.append(Case(warm_export, argv, env, before=built_store(corpus), floors=against))
    if repository is not None and (only is None or only.search(warm_diff)):
        argv = [*tool(), "diff", "HEAD", "--data-dir", str(repository)]
        cases.append(Case(warm_diff, argv, env, before=built_store(repository), floors=against))
    try:
        warm_page_cache(corpus)
        measure(cases, runs, warmup=0)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = f"### Cold work, {size_label(statements)} statements ({describe(corpus, facts)})"
    goal = (
        "Every tool run starts with an empty cache folder (untimed). The floors are single "
        "processes over the same files (benchmarks/floors.py); the composer is the tool's own "
        "libyaml class, untyped, collector off. Goal: first build and cold `validate` at most "
        "0.5x `yaml.load` (GC on) and 1.5x the composer; peak memory under 600 MB at 1M."
    )
    return f"{head}\n\n{goal}\n\n{table(cases, warmed=False)}\n", cases


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sections", default=",".join(SECTIONS), help="of: " + ", ".join(SECTIONS))
    parser.add_argument(
        "--sizes", default="10000,100000", help="statements per corpus, comma-separated"
    )
    parser.add_argument(
        "--runs", type=int, default=7, help="timed runs per case (at least 5 for figures)"
    )
    parser.add_argument("--cold-runs", type=int, default=5, help="timed runs of the cold cases")
    parser.add_argument(
        "--corpus-root", type=Path, help="where corpora live (default: benchmarks/corpus)"
    )
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument(
        "--json", type=Path, help="write every sample as JSON (for scaling.py --from)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="one run of everything on a 300-statement corpus"
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="warm and edit sections: with the tool's file watcher running (`watch start`)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="warm, edit, bulk and cold sections: also run each report with this checkout's "
        "package",
    )
    parser.add_argument(
        "--only",
        type=re.compile,
        help="cold section: only the commands whose name matches this pattern (floors always)",
    )
    args = parser.parse_args(argv)
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}: use {', '.join(SECTIONS)}")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    runs, cold_runs = args.runs, args.cold_runs
    if args.quick:
        sizes, runs, cold_runs = [300], 1, 1
        timing.WARMUP = 0
    elif min(runs, cold_runs) < 5:
        print("note: fewer than 5 runs per case: not for published figures", file=sys.stderr)

    out = [f"## Benchmarks ({machine()})\n"]
    sections_out: dict[str, Any] = {}
    results = {"machine": machine(), "sections": sections_out}
    per: dict[str, Callable[[int, int, Path | None], tuple[str, list[Case]]]] = {
        "warm": partial(warm, watch=args.watch, baseline=args.baseline),
        "edit": partial(edit, watch=args.watch, baseline=args.baseline),
        "write": write,
        "bulk": partial(bulk, baseline=args.baseline),
        "cold": partial(cold, only=args.only, baseline=args.baseline),
    }
    for section in sections:
        if section == "startup":
            text, cases = startup(runs)
            print(text, flush=True)
            out.append(text)
            sections_out["startup"] = as_json(cases)
            continue
        for size in sizes:
            text, cases = per[section](
                size, cold_runs if section == "cold" else runs, args.corpus_root
            )
            print(text, flush=True)
            out.append(text)
            sections_out.setdefault(section, {})[str(size)] = as_json(cases)
    if args.markdown:
        args.markdown.write_text("\n".join(out), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
