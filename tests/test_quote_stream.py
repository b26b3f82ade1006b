"""`quotes --limit 0` streams: every quote of a common word is read from
the index a chunk at a time and written as it is rendered, in every
format, so that the memory a search takes does not grow with the number
of quotes it prints (a common word at a million statements matches most
of them); and what is streamed is what the whole document would be."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from tests.conftest import DATA

runner = CliRunner()
TODAY = {"JCPOA_TRACKER_TODAY": "2026-11-23"}
STATEMENTS = 5000
WORDS = [
    "the",
    "delegations",
    "discussed",
    "sanctions",
    "relief",
    "verification",
    "arrangements",
    "and",
    "the",
    "sequencing",
    "of",
    "steps",
    "while",
    "experts",
    "continued",
    "technical",
    "work",
    "on",
    "the",
    "texts",
]


def _corpus(root: Path) -> None:
    (root / "actors").mkdir(parents=True)
    (root / "actors" / "people.yaml").write_text(
        "actors:\n"
        + "".join(
            f"  - id: speaker-{n}\n    kind: person\n    name: Person {n}\n"
            f"    sources:\n      - url: https://example.org/actors/{n}\n"
            for n in range(5)
        ),
        encoding="utf-8",
    )
    folder = root / "statements"
    folder.mkdir()
    for chunk in range(STATEMENTS // 200):
        lines = ["statements:"]
        for k in range(200):
            n = chunk * 200 + k
            text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(60)) + f" number {n}."
            lines += [
                f"  - id: s-{n:05d}",
                f"    speaker: speaker-{n % 5}",
                f'    date: "20{10 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}"',
                f'    text: "{text}"',
                "    verified: true",
                "    sources:",
                f"      - url: https://example.org/statements/{n}",
            ]
        (folder / f"chunk-{chunk:02d}.yaml").write_text("\n".join(lines) + "\n", "utf-8")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stream") / "data"
    _corpus(root)
    return root


def _run(root: Path, *args: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(root), *args], env=TODAY)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("-f", "csv"),
        ("-f", "json"),
        ("-f", "markdown", "--context"),
        ("-f", "text"),
        ("--cite",),
        ("--sort", "date", "-f", "csv"),
    ],
)
def test_every_quote_is_written_without_holding_them(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args
):
    """The Python memory a search of 5,000 quotes (several MB of output),
    read 100 at a time, takes from its start to its last line written is a
    fraction of what it writes: holding the rows, the quotes or the text
    would take more than all of it."""
    from jcpoa_tracker.search import plan, quotes

    out = tmp_path / "every.txt"
    monkeypatch.setattr(plan, "CHUNK", 100)
    # the store built, and every module the format needs imported, before measuring
    _run(archive, "quotes", "sanctions", "--limit", "1", *args, "-o", str(out))
    started: list[int] = []
    search = quotes.search

    def measured(*args: Any, **kwargs: Any) -> quotes.SearchResult:
        tracemalloc.reset_peak()  # what the command line held before is not the search's
        started.append(tracemalloc.get_traced_memory()[0])
        return search(*args, **kwargs)

    monkeypatch.setattr(quotes, "search", measured)
    tracemalloc.start()
    try:
        _run(archive, "quotes", "sanctions", "--limit", "0", *args, "-o", str(out))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    taken = peak - started[0]
    written = out.stat().st_size
    assert written > 2_500_000
    assert taken < written / 4, (taken, written)
    text = out.read_text(encoding="utf-8")
    if "csv" in args:
        assert len(list(csv.reader(io.StringIO(text)))) == STATEMENTS + 1
    elif "json" in args:
        assert len(json.loads(text)["quotes"]) == STATEMENTS
    else:
        assert text.count("https://example.org/statements/") == STATEMENTS


def test_what_is_streamed_is_the_whole_document_as_written_at_once(archive: Path):
    """The JSON written a quote at a time is the document ``json.dumps``
    writes whole, for no quote, one quote and many."""
    for query in ("sanctions", "number 17.", "nowhere"):
        result = runner.invoke(
            app,
            ["--data-dir", str(archive), "quotes", query, "-f", "json", "--limit", "0"],
            env=TODAY,
        )
        assert result.exit_code == (1 if query == "nowhere" else 0), result.stderr
        document = json.loads(result.stdout)
        whole = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        assert _differing_line(result.stdout, whole) is None, _differing_line(result.stdout, whole)
        assert document["shown"] == document["total"] == len(document["quotes"])
    assert [len(json.loads(_run(archive, "quotes", q, "-f", "json", "--limit", "0"))["quotes"])
            for q in ("sanctions", "number 17.")] == [STATEMENTS, 1]  # fmt: skip


def _differing_line(got: str, want: str) -> tuple[int, str, str] | None:
    """The first line where ``got`` and ``want`` differ (pytest's own diff
    of two texts of megabytes would take minutes)."""
    if got == want:
        return None
    pairs = zip(got.splitlines(keepends=True), want.splitlines(keepends=True), strict=False)
    for number, (a, b) in enumerate(pairs, start=1):
        if a != b:
            return number, a, b
    return -1, got[-200:], want[-200:]  # one text goes on where the other ends


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_no_limit_prints_what_a_limit_above_the_count_prints(fmt: str):
    """On the bundled data, every format: the streamed list (no limit) and
    the list read at once (a limit above the number of quotes) are the same
    text, for many quotes, one and none."""
    for query in ("sanctions", "closer than ever", "-sanctions", "nowhere"):
        args = ["--data-dir", str(DATA), "quotes", "-f", fmt]
        if fmt != "csv":
            args.append("--context")
        whole = runner.invoke(app, [*args, "--limit", "1000000", "--", query], env=TODAY)
        streamed = runner.invoke(app, [*args, "--limit", "0", "--", query], env=TODAY)
        assert (streamed.exit_code, streamed.stdout) == (whole.exit_code, whole.stdout), query
        assert whole.stdout or query == "nowhere"


def test_every_row_is_read_through_sqlite_own_page_cache_not_the_map(tmp_path: Path):
    """Pages read through the store's memory map stay in the process's
    resident memory: a stream of every row reads without the map, which
    is back once the stream ends, even one left early."""
    import os

    from jcpoa_tracker.search import plan
    from jcpoa_tracker.search.index import open_index

    index = open_index(DATA, {**os.environ, "JCPOA_TRACKER_CACHE_DIR": str(tmp_path)})
    db = index.connection

    def mapped() -> int:
        return int(db.execute("PRAGMA mmap_size").fetchone()[0])

    before = mapped()
    assert before > 0
    rows = plan.each_row(db, None, None, plan.Selection(), order="date")
    next(rows)
    assert mapped() == 0
    rows.close()  # left early, as a closed pipe leaves it
    assert mapped() == before
    assert len(list(plan.each_row(db, None, None, plan.Selection(), order="date"))) > 100
    assert mapped() == before
