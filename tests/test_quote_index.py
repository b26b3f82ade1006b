"""The persistent quote index: incremental updates, never stale, rebuilt
when damaged or foreign, safe with concurrent runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jcpoa_tracker.cachedir import CACHE_VAR
from jcpoa_tracker.model import SourceTier
from jcpoa_tracker.search.index import SUFFIX, Index, open_index
from jcpoa_tracker.search.quotes import Filters, Vocabulary, search
from jcpoa_tracker.search.syntax import parse_query
from tests.conftest import DATA, REPO


def statement_file(ident: str, text: str, speaker: str = "blinken") -> str:
    return textwrap.dedent(
        f"""
        statements:
          - id: {ident}
            speaker: {speaker}
            date: 2021-06-25
            text: {text}
            sources:
              - url: https://example.org/{ident}
        """
    ).lstrip()


@pytest.fixture
def data(write_rounds) -> Path:
    return write_rounds(
        {
            "statements/2021/2021-06-25-blinken.yaml": statement_file(
                "one", "serious differences remain"
            ),
            "statements/2021/2021-06-26-blinken.yaml": statement_file(
                "two", "guarantees are impossible"
            ),
        }
    )


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    return {CACHE_VAR: str(tmp_path / "cache")}


def found(index: Index, typed: str) -> list[str]:
    query = parse_query(typed)
    result = search(index, Vocabulary.of(index), query, Filters(), limit=0)
    return sorted(quote.id for quote in result.quotes)


def reopen(data: Path, environ: dict[str, str]) -> Index:
    return open_index(data, environ)


def test_first_run_reads_every_file_and_the_next_reads_none(data: Path, environ):
    first = reopen(data, environ)
    assert len(first.reread) == 6  # dataset.yaml, three BASE files and two statement files
    assert found(first, "differences") == ["one"]
    second = reopen(data, environ)
    assert second.reread == [] and second.removed == []
    assert found(second, "differences") == ["one"]


def test_only_the_changed_file_is_read_again(data: Path, environ):
    reopen(data, environ)
    target = data / "statements/2021/2021-06-26-blinken.yaml"
    # Same size, same modification time: the inode change time still differs.
    stat = target.stat()
    target.write_text(statement_file("two", "guarantees are impossibly"), encoding="utf-8")
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    index = reopen(data, environ)
    assert index.reread == ["statements/2021/2021-06-26-blinken.yaml"]
    assert found(index, "impossibly") == ["two"] and found(index, '"impossible"') == []


def test_added_removed_and_renamed_files(data: Path, environ):
    reopen(data, environ)
    added = data / "statements/2021/2021-06-27-blinken.yaml"
    added.write_text(statement_file("three", "a new chapter"), encoding="utf-8")
    index = reopen(data, environ)
    assert index.reread == ["statements/2021/2021-06-27-blinken.yaml"]
    assert found(index, "chapter") == ["three"]

    (data / "statements/2021/2021-06-25-blinken.yaml").unlink()
    index = reopen(data, environ)
    assert index.reread == [] and index.removed == ["statements/2021/2021-06-25-blinken.yaml"]
    assert found(index, "differences") == []

    added.rename(data / "statements/2021/2021-06-28-blinken.yaml")
    index = reopen(data, environ)
    assert index.reread == ["statements/2021/2021-06-28-blinken.yaml"]
    assert index.removed == ["statements/2021/2021-06-27-blinken.yaml"]
    assert found(index, "chapter") == ["three"]
    (quote,) = search(index, Vocabulary.of(index), parse_query("chapter"), Filters()).quotes
    assert quote.path.endswith("2021-06-28-blinken.yaml")


def test_a_new_alias_finds_statements_indexed_before_it(data: Path, environ):
    reopen(data, environ)
    assert found(reopen(data, environ), "blinkin differences") == []
    actor = data / "actors/blinken.yaml"
    actor.write_text(
        actor.read_text(encoding="utf-8").replace(
            "name: Antony Blinken", "name: Antony Blinken\n    aliases: [Tony Blinkin]"
        ),
        encoding="utf-8",
    )
    index = reopen(data, environ)
    assert index.reread == ["actors/blinken.yaml"]
    assert found(index, "blinkin differences") == ["one"]


def test_a_file_with_errors_is_indexed_as_far_as_it_reads_and_reported(data: Path, environ):
    broken = data / "statements/2021/2021-06-25-blinken.yaml"
    broken.write_text("statements:\n  - id: one\n    text: [unclosed\n", encoding="utf-8")
    index = reopen(data, environ)
    assert index.error_files() == [(index.shown_path("statements/2021/2021-06-25-blinken.yaml"), 1)]
    assert found(index, "guarantees") == ["two"]
    broken.write_text(statement_file("one", "serious differences remain"), encoding="utf-8")
    index = reopen(data, environ)
    assert index.error_files() == [] and found(index, "differences") == ["one"]


def index_file(data: Path, environ: dict[str, str]) -> Path:
    (path,) = Path(environ[CACHE_VAR]).glob(f"*{SUFFIX}")
    return path


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path: path.write_bytes(b"not a database at all" * 100), id="garbage"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:2000]), id="truncated"),
        pytest.param(lambda path: path.write_bytes(b""), id="empty"),
    ],
)
def test_a_damaged_index_is_rebuilt(data: Path, environ, damage):
    reopen(data, environ).close()
    path = index_file(data, environ)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    damage(path)
    index = reopen(data, environ)
    assert found(index, "differences") == ["one"]
    assert index.location == path
    assert index.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_index_of_another_version_or_program_is_replaced(data: Path, environ):
    reopen(data, environ).close()
    path = index_file(data, environ)
    with sqlite3.connect(path) as old:
        old.execute("PRAGMA user_version = 999")
    index = reopen(data, environ)
    assert len(index.reread) == 6 and found(index, "differences") == ["one"]
    index.close()
    path.unlink()
    with sqlite3.connect(path) as foreign:
        foreign.execute("CREATE TABLE notes(x)")
    index = reopen(data, environ)
    assert found(index, "differences") == ["one"] and index.location == path


def test_an_unwritable_cache_folder_falls_back_to_memory(data: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    index = open_index(data, {CACHE_VAR: str(blocker / "cache")})
    assert index.location is None and found(index, "differences") == ["one"]


def test_no_cache_writes_nothing_and_finds_the_same(data: Path, environ):
    memory = open_index(data, environ, persistent=False)
    assert memory.location is None
    assert not Path(environ[CACHE_VAR]).exists()
    assert found(memory, "differences OR guarantees") == found(
        reopen(data, environ), "differences OR guarantees"
    )


def test_bundled_results_are_the_same_from_the_index_and_without_it(environ):
    from jcpoa_tracker.render.quotes import iter_quotes_json

    def rendered(index: Index) -> str:
        result = search(
            index, Vocabulary.of(index), parse_query("sanctions OR enrich*"), Filters(), limit=0
        )
        return "".join(iter_quotes_json(result))

    reopen(DATA, environ)  # build
    assert rendered(reopen(DATA, environ)) == rendered(open_index(DATA, environ, persistent=False))


def test_concurrent_runs_neither_fail_nor_corrupt_the_index(data: Path, environ):
    """Four processes build the same fresh index at once, while a fifth
    adds a file; all answer, and the index ends up whole and current."""
    env = {**os.environ, **environ, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "jcpoa_tracker",
        "--data-dir",
        str(data),
        "quotes",
        "guarantees",
    ]
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    (data / "statements/2021/2021-06-29-blinken.yaml").write_text(
        statement_file("four", "more guarantees"), encoding="utf-8"
    )
    outcomes = [(run.wait(timeout=120), run.communicate()) for run in runs]
    for code, (stdout, stderr) in outcomes:
        assert code == 0, stderr
        assert stderr == ""
        assert "guarantees are impossible" in stdout
    index = reopen(data, environ)
    assert index.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert found(index, "guarantees") == ["four", "two"]
    rows = index.connection.execute(
        "SELECT count(*), count(DISTINCT id) FROM statements"
    ).fetchone()
    assert rows == (3, 3)  # nothing indexed twice


def _tiers_config(wire: str) -> str:
    from tests.conftest import BUNDLED_CONFIG

    return BUNDLED_CONFIG + f"source_tiers:\n  wire:\n    - {wire}\n"


def test_source_tiers_are_kept_with_the_stamp_of_dataset_yaml(data: Path, environ):
    (data / "dataset.yaml").write_text(_tiers_config("example.org"), encoding="utf-8")
    index = reopen(data, environ)
    assert Vocabulary.of(index).tiers == {"example.org": SourceTier.WIRE}
    quote = search(index, Vocabulary.of(index), None, Filters()).quotes[0]
    assert quote.sources[0].tier is SourceTier.WIRE
    index.close()
    # Kept: a search in a new process reads no YAML to grade its sources.
    script = (
        "import os, sys; from pathlib import Path\n"
        "from jcpoa_tracker.search.index import open_index\n"
        "from jcpoa_tracker.search.quotes import Vocabulary\n"
        "index = open_index(Path(sys.argv[1]), os.environ)\n"
        "print(sorted(Vocabulary.of(index).tiers.items()), 'yaml' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        capture_output=True,
        text=True,
        env={**os.environ, **environ, "PYTHONPATH": str(REPO)},
        check=True,
    ).stdout
    assert shown == "[('example.org', <SourceTier.WIRE: 'wire'>)] False\n"
    # An edit of dataset.yaml is seen (its stamp changed), and so is its removal.
    (data / "dataset.yaml").write_text(_tiers_config("example.net"), encoding="utf-8")
    index = reopen(data, environ)
    assert Vocabulary.of(index).tiers == {"example.net": SourceTier.WIRE}
    index.close()
    (data / "dataset.yaml").unlink()
    index = reopen(data, environ)
    assert Vocabulary.of(index).tiers == {}
    index.close()


_COUNT_STEMMING = """
import os, sys
from pathlib import Path
from jcpoa_tracker.search import stem
from jcpoa_tracker.search.index import open_index

stemmed = []
english = stem._stemmer()
stem._stemmer = lambda: lambda word: stemmed.append(word) or english(word)
open_index(Path(sys.argv[1]), os.environ).close()
print(" ".join(sorted(set(stemmed))))
"""


def test_an_edit_stems_only_words_the_archive_never_had(data: Path, environ) -> None:
    """The English stemmer is slow; the store keeps every word's stem, so a
    new process stems only words it has never stored (and searches by stem
    still find the edited text)."""

    def stemmed_by_a_new_process() -> set[str]:
        done = subprocess.run(
            [sys.executable, "-c", _COUNT_STEMMING, str(data)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO), **environ},
            check=True,
        )
        return set(done.stdout.split())

    assert {"differences", "guarantees"} <= stemmed_by_a_new_process()  # the first build
    edited = data / "statements" / "2021" / "2021-06-25-blinken.yaml"
    edited.write_text(statement_file("one", "guarantees remain serious"), encoding="utf-8")
    assert stemmed_by_a_new_process() == set()  # words it had
    edited.write_text(statement_file("one", "snapback guarantees"), encoding="utf-8")
    assert stemmed_by_a_new_process() == {"snapback"}
    index = open_index(data, environ)
    try:
        assert found(index, "guarantee") == ["one", "two"]  # by stem, both
        assert found(index, "snapback") == ["one"]
    finally:
        index.close()
