"""Quote search benchmarks: every query shape, beside floors measured in the same run.

    python benchmarks/quotes.py                      # 100,000-statement corpus
    python benchmarks/quotes.py --sizes 100000,1000000 --runs 7
    python benchmarks/quotes.py --quick              # a smoke run on a tiny corpus

Sections:

- shapes: warm `quotes` queries of every shape the issue lists (a common
  word, a rare word, a phrase, a prefix, a prefix with each filter:
  --speaker, --party, --round, --topic, --since, --until; OR, of rarer
  words and of common ones, an exclusion,
  a date window alone, a speaker alone) and accented and Persian words,
  interleaved with `python -c pass`, the core imports and `--version`,
  and `grep -r -i -l` of the common word over the same files for scale;
- first: the first search for the common word, the phrase, the prefix
  and two common words ORed, each of which makes its ranked groups in the store
  (search/ranked.py); before each run that phrase's groups are dropped
  (untimed), so each run makes them again.  Beside it, the same search
  once its groups are kept;
- export: the project's own SQLite export (`jcpoa-tracker export`) queried
  from outside the tool, the speaker query and a month's statements, with
  the `sqlite3` shell, DuckDB (its `sqlite` extension) and Datasette
  (`datasette DB --get URL`), each when installed (a row says when one is
  absent or fails).

With ``--watch``, the shapes run with the tool's file watcher (`watch
start`, untimed): a query asks it what changed instead of stat'ing every
file.  The first build of the index and the query after an edit are in
run.py (`cold` and `edit` sections).  Goal (issue 13): every warm shape within
0.15 s at 100k statements.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import timing  # noqa: E402
from run import (  # noqa: E402
    PYTHON,
    core_floors,
    describe,
    ensure_corpus,
    size_label,
    warm_page_cache,
    watcher,
    with_watcher,
)
from timing import Case, base_env, machine, measure, run_piped, table, tool  # noqa: E402


def shapes(facts: dict[str, Any]) -> dict[str, list[str]]:
    """Every query shape, named as the table shows it."""
    word, rare, prefix = str(facts["common_word"]), str(facts["rare_word"]), str(facts["prefix"])
    phrase = f'"{facts["phrase"]}"'
    since, until = (str(day) for day in facts["window"])
    speaker, party = str(facts["sample_speaker"]), str(facts["sample_party"])
    return {
        f"common word: `{word}`": [word],
        f"rare word: `{rare}`": [rare],
        f"phrase: `{phrase}`": [phrase],
        f"prefix: `{prefix}`": [prefix],
        f"prefix + `--speaker {speaker}`": [prefix, "--speaker", speaker],
        f"prefix + `--party {party}`": [prefix, "--party", party],
        f"prefix + `--round {facts['sample_round']}`": [
            prefix,
            "--round",
            str(facts["sample_round"]),
        ],
        f"prefix + `--topic {facts['sample_topic']}`": [
            prefix,
            "--topic",
            str(facts["sample_topic"]),
        ],
        "prefix + `--since 2020`": [prefix, "--since", "2020"],
        "prefix + `--until 2005`": [prefix, "--until", "2005"],
        f"OR: `snapback OR {phrase}`": [f"snapback OR {phrase}"],
        f"common words ORed: `{word} OR talks`": [f"{word} OR talks"],
        f"exclusion: `{word} -oil`": [word, "-oil"],
        f"date window alone: `--since {since} --until {until}`": [
            "--since",
            since,
            "--until",
            until,
        ],
        f"speaker alone: `--speaker {speaker}`": ["--speaker", speaker],
        f"accents folded: `{str(facts['accented_word']).replace('é', 'e')}`": [
            str(facts["accented_word"]).replace("é", "e")
        ],
        f"Persian, folded: `{facts['persian_word']}`": [str(facts["persian_word"])],
    }


def _setting(
    statements: int, root: Path | None
) -> tuple[Path, dict[str, Any], Path, dict[str, str]]:
    """The corpus, its manifest, a working folder and the cases' environment
    (a cache of their own in that folder)."""
    corpus = ensure_corpus(statements, root)
    facts = generate.manifest(corpus)
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    env = base_env(
        JCPOA_TRACKER_CACHE_DIR=str(work / "cache"), JCPOA_TRACKER_TODAY=str(facts["today"])
    )
    return corpus, facts, work, env


def _measured(
    cases: list[Case],
    runs: int,
    corpus: Path,
    env: dict[str, str],
    work: Path,
    query: str,
    *,
    watch: bool,
) -> None:
    """The store built (a search for ``query``, untimed), then the cases
    measured, with the watcher if asked; the working folder removed."""
    try:
        print(f"building the quote index of {corpus} ...", file=sys.stderr, flush=True)
        run_piped([*tool(), "quotes", query, "--data-dir", str(corpus)], env)
        warm_page_cache(corpus)
        with watcher(corpus, env, watch):
            measure(cases, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shape_cases(
    statements: int, runs: int, root: Path | None, *, watch: bool = False
) -> tuple[str, list[Case]]:
    corpus, facts, work, env = _setting(statements, root)
    floors = core_floors(env)
    floors.append(Case("floor: `jcpoa-tracker --version`", [*tool(), "--version"], env))
    against = (floors[1].name, floors[2].name)
    cases = list(floors)
    word = str(facts["common_word"])
    cases.append(
        Case(
            f"`grep -r -i -l {word}`, same files",
            ["grep", "-r", "-i", "-l", word, str(corpus)],
            env,
            codes=(0, 1),
        )
    )
    for name, query in shapes(facts).items():
        argv = [*tool(), "quotes", *query, "--data-dir", str(corpus)]
        cases.append(Case(name, argv, env, floors=against, codes=(0, 1)))  # 1: no match
    _measured(cases, runs, corpus, env, work, word, watch=watch)
    head = (
        with_watcher(f"### Warm quote queries, {size_label(statements)} statements", watch)
        + f" ({describe(corpus, facts)})"
    )
    goal = (
        "Each a whole `jcpoa-tracker quotes ...` process after the index was built. "
        "Goal: every shape within 0.15 s at 100k statements."
    )
    return f"{head}\n\n{goal}\n\n{table(cases)}\n", cases


def first_cases(
    statements: int, runs: int, root: Path | None, *, watch: bool = False
) -> tuple[str, list[Case]]:
    """The first search for a common phrase (its groups made), and the next."""
    corpus, facts, work, env = _setting(statements, root)
    floors = core_floors(env)
    against = (floors[1].name,)
    cases = list(floors)

    searched = {
        "the common word": str(facts["common_word"]),
        "the phrase": f'"{facts["phrase"]}"',
        "the prefix": str(facts["prefix"]),
        "common words ORed": f"{facts['common_word']} OR talks",
    }
    for name, query in searched.items():
        argv = [*tool(), "quotes", query, "--data-dir", str(corpus)]
        drop = partial(_drop_groups, work / "cache", _phrase_of(query, env))
        cases.append(
            Case(f"first search for {name}: `{query}`", argv, env, before=drop, floors=against)
        )
    for name, query in searched.items():
        argv = [*tool(), "quotes", query, "--data-dir", str(corpus)]
        cases.append(Case(f"the next search for {name}", argv, env, floors=against))
    _measured(cases, runs, corpus, env, work, "nothing-at-all", watch=watch)
    head = (
        with_watcher(f"### The first search for a common phrase, {size_label(statements)} "
                     "statements", watch)
        + f" ({describe(corpus, facts)})"
    )  # fmt: skip
    note = (
        "Each a whole `jcpoa-tracker quotes ...` process. Before each run of a first search "
        "its phrase's groups are dropped (untimed), so it makes them again; each next search "
        "runs after the first, with the groups kept."
    )
    return f"{head}\n\n{note}\n\n{table(cases)}\n", cases


def _phrase_of(query: str, env: dict[str, str]) -> str:
    """The key of a query's groups in the store: its phrase's FTS5
    expression, as the measured checkout's package writes it."""
    code = (
        "import sys; from jcpoa_tracker.search.syntax import parse_query; "
        "print(parse_query(sys.argv[1]).ranked)"
    )
    done = subprocess.run(
        [PYTHON, "-c", code, query], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _drop_groups(cache: Path, phrase: str, _: int) -> None:
    """Before a run: the phrase's groups dropped from the store (so the run
    makes them again), and only its own (the next searches keep theirs)."""
    for store in cache.glob("*.quotes.sqlite"):
        with closing(sqlite3.connect(store, timeout=60)) as db, db:
            for table in ("ranked", "ranked_groups", "ranked_phrases", "ranked_terms"):
                db.execute(f"DELETE FROM {table} WHERE term = ?", (phrase,))


def _have(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def export_cases(statements: int, runs: int, root: Path | None) -> tuple[str, list[Case]]:
    """The SQLite export, queried by the tools a user already has."""
    corpus = ensure_corpus(statements, root)
    facts = generate.manifest(corpus)
    work = Path(tempfile.mkdtemp(prefix="jcpoa-bench-"))
    env = base_env(JCPOA_TRACKER_CACHE_DIR=str(work / "cache"))
    db = work / "export.db"
    code, output, sample = run_piped(
        [*tool(), "export", "-o", str(db), "--data-dir", str(corpus)], env
    )
    if code != 0:
        shutil.rmtree(work, ignore_errors=True)
        sys.exit(f"export failed:\n{output.decode(errors='replace')}")
    speaker = str(facts["sample_speaker"])
    prefix = str(facts["prefix"])
    since, until = (str(day) for day in facts["window"])
    by_speaker = (
        "SELECT s.id, s.date, s.text FROM statements_fts f "
        "JOIN statements s ON s.rowid = f.rowid "
        f"WHERE statements_fts MATCH '{prefix}' AND s.speaker = '{speaker}' "
        "ORDER BY f.rank LIMIT 20"
    )
    month = (
        "SELECT id, date, speaker, text FROM statements "
        f"WHERE date_first_day BETWEEN '{since}' AND '{until}' ORDER BY date_first_day, id"
    )
    notes = [
        f"The export took {sample.wall:.1f} s and {sample.rss_mb:.0f} MB; "
        f"the database is {db.stat().st_size / 1e6:.0f} MB."
    ]
    cases = core_floors(env)[:1]
    if shutil.which("sqlite3"):
        cases.append(
            Case("floor: `sqlite3 :memory: 'select 1'`", ["sqlite3", ":memory:", "select 1"], env)
        )
        shell = cases[-1].name
        cases += [
            Case(
                f"`sqlite3`: `{prefix}` by {speaker}",
                ["sqlite3", str(db), by_speaker],
                env,
                floors=(shell,),
            ),
            Case(
                f"`sqlite3`: statements of {since[:7]}",
                ["sqlite3", str(db), month],
                env,
                floors=(shell,),
            ),
        ]
    else:
        notes.append("The `sqlite3` shell is not installed: its rows are absent.")
    if _have("duckdb"):
        cases += duckdb_cases(db, corpus, month, since[:7], env, notes)
    else:
        notes.append("DuckDB is not installed (`pip install duckdb`): its rows are absent.")
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which(
        "datasette"
    )
    if datasette:
        # raw: FTS5 syntax as written (by default Datasette quotes each word, so no prefix)
        url = f"/export/statements.json?_search={prefix}&_searchmode=raw&speaker={speaker}"
        url += "&_shape=array"
        cases += [
            Case("floor: `datasette --version`", [datasette, "--version"], env),
            Case(
                f"Datasette: `{prefix}` by {speaker} (`--get`)",
                [datasette, str(db), "--get", url],
                env,
                floors=("floor: `datasette --version`",),
            ),
        ]
    else:
        notes.append("Datasette is not installed (`pip install datasette`): its rows are absent.")
    try:
        measure(cases, runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = f"### The SQLite export from other tools, {size_label(statements)} statements"
    return f"{head}\n\n{' '.join(notes)}\n\n{table(cases)}\n", cases


def duckdb_cases(
    db: Path, corpus: Path, month: str, label: str, env: dict[str, str], notes: list[str]
) -> list[Case]:
    """DuckDB on the SQLite export through its sqlite extension (which
    DuckDB downloads on first use: offline it may be missing, unless the
    ``duckdb-ext-sqlite`` package of the same DuckDB version is installed)
    and on the CSV export, which DuckDB reads by itself."""
    cases = [Case("floor: `import duckdb`", [PYTHON, "-c", "import duckdb"], env)]
    floor = (cases[0].name,)
    config = ""
    packaged = importlib.util.find_spec("duckdb_ext")
    if packaged is not None and packaged.submodule_search_locations:
        folder = Path(next(iter(packaged.submodule_search_locations))) / "extensions"
        config = f"config={{'extension_directory': {str(folder)!r}}}"
        notes.append("DuckDB's sqlite extension comes from the `duckdb-ext-sqlite` package.")
    attach = (
        f"import duckdb; c = duckdb.connect({config}); "
        f"c.execute(\"ATTACH '{db}' AS j (TYPE sqlite, READ_ONLY)\"); "
    )
    probe = run_piped([PYTHON, "-c", attach + "c.execute('SELECT 1').fetchall()"], env)
    if probe[0] == 0:
        query = month.replace("FROM statements", "FROM j.statements")
        argv = [PYTHON, "-c", attach + f'c.execute("{query}").fetchall()']
        cases.append(
            Case(f"DuckDB, the SQLite export: statements of {label}", argv, env, floors=floor)
        )
    else:
        lines = probe[1].decode(errors="replace").strip().splitlines()
        reason = next((line for line in reversed(lines) if "ERROR" in line or "Error" in line), "")
        reason = reason[reason.find("(ERROR") + 1 :].rstrip(")") if "(ERROR" in reason else reason
        notes.append(
            "DuckDB could not attach the SQLite export: its sqlite extension is downloaded "
            f"on first use, and that failed here ({reason.strip()[-120:]})."
        )
    folder = db.with_name("csv")
    code, output, _ = run_piped(
        [
            *tool(),
            "export",
            "--to",
            "csv",
            "-o",
            str(folder),
            "--data-dir",
            str(corpus),
        ],
        env,
    )
    if code == 0:
        csv = folder / "statements.csv"
        query = month.replace("FROM statements", f"FROM read_csv('{csv}')")
        argv = [PYTHON, "-c", f'import duckdb; duckdb.sql("{query}").fetchall()']
        cases.append(
            Case(f"DuckDB, the CSV export: statements of {label}", argv, env, floors=floor)
        )
    else:
        notes.append(f"The CSV export failed: {output.decode(errors='replace')[-200:]}")
    return cases


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="statements per corpus, comma-separated")
    parser.add_argument("--sections", default="shapes,export", help="of: shapes, first, export")
    parser.add_argument(
        "--runs", type=int, default=7, help="timed runs per case (at least 5 for figures)"
    )
    parser.add_argument(
        "--corpus-root", type=Path, help="where corpora live (default: benchmarks/corpus)"
    )
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument(
        "--watch",
        action="store_true",
        help="shapes, first: with the tool's file watcher running (`watch start`)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="one run of everything on a 300-statement corpus"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    runs = args.runs
    if args.quick:
        sizes, runs = [300], 1
        timing.WARMUP = 0
    elif runs < 5:
        print("note: fewer than 5 runs per case: not for published figures", file=sys.stderr)
    # each section: (statements, runs, corpus root) -> (its Markdown, its cases)
    sections: dict[str, Callable[[int, int, Path | None], tuple[str, list[Case]]]] = {
        "shapes": partial(shape_cases, watch=args.watch),
        "first": partial(first_cases, watch=args.watch),
        "export": export_cases,
    }
    chosen = [s.strip() for s in args.sections.split(",") if s.strip()]
    for name in chosen:
        if name not in sections:
            parser.error(f"unknown section {name!r}: use shapes, first, export")
    out = [f"## Quote search benchmarks ({machine()})\n"]
    for name in chosen:
        for size in sizes:
            text, _ = sections[name](size, runs, args.corpus_root)
            print(text, flush=True)
            out.append(text)
    if args.markdown:
        args.markdown.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
