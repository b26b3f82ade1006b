"""`export` streams its records from the store, one statement at a time.
What it writes must be exactly what the in-memory tables of the checked
data give (the way the export was made before it streamed): the same
bytes, for every format, with an as-of day, with repeated ids and with
records in unexpected folders."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.checks import validate
from jcpoa_tracker.cli import app
from jcpoa_tracker.export import ExportFormat, csv_out
from jcpoa_tracker.export.run import choose_target, write_export
from jcpoa_tracker.export.snapshot import first_of_each_id, known_on
from jcpoa_tracker.export.tables import Table, build_tables
from jcpoa_tracker.store import open_store
from tests.conftest import DATA, REPO

runner = CliRunner()

_OUTPUTS = {ExportFormat.CSV: "out", ExportFormat.JSONL: "out.jsonl", ExportFormat.SQLITE: "out.db"}


def _statement(ident: str, day: str, text: str) -> str:
    return (
        f"  - id: {ident}\n    speaker: blinken\n    date: {day}\n    text: {text}\n"
        "    sources:\n      - url: https://www.reuters.com/s\n"
    )


# Every way an id can repeat, in the loader's order (actors, tracks,
# rounds, statements, milestones, documents; files by path): within a
# file, across files written in the other order, a statement named like an
# actor, a milestone named like a statement; and statements where the
# layout does not expect them.
REPEATS = {
    "statements/2021/b.yaml": "statements:\n"
    + _statement("twice", "2021-06-20", "First of two")
    + _statement("twice", "2021-06-21", "Same file, second")
    + _statement("us", "2021-06-22", "Named like an actor")
    + _statement("m1", "2021-07-02", "Named like a milestone")
    + _statement("late", "2021-08", "A month not over on 10 August"),
    "statements/2021/a.yaml": "statements:\n"
    + _statement("twice", "2021-06-19", "Earlier file, so first")
    + _statement("solo", "2021-05-01", "Alone"),
    "milestones/m.yaml": "milestones:\n"
    "  - id: m1\n    kind: sanctions\n    date: 2021-07-01\n    title: Shadowed by a statement\n"
    "    sources:\n      - url: https://www.state.gov/m\n"
    "  - id: m2\n    kind: sanctions\n    date: 2021-07-01\n    title: Kept\n"
    "    sources:\n      - url: https://www.state.gov/m\n",
}
MIXED = {
    **REPEATS,
    "tracks/vienna/extra.yaml": "statements:\n" + _statement("stray", "2021-06-23", "Not here"),
}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _reference(root: Path, fmt: ExportFormat, out: Path, as_of: date | None) -> None:
    """The export as build_tables makes it from the checked data in memory."""
    checked, _ = validate(root)
    dataset, _ = first_of_each_id(checked.dataset)
    if as_of is not None:
        dataset = known_on(dataset, as_of)
    target = choose_target(fmt, str(out), force=False)
    write_export(build_tables(dataset, root), fmt, target, as_of, io.StringIO())


def _contents(path: Path) -> object:
    if path.suffix == ".db":
        with sqlite3.connect(path) as connection:
            return list(connection.iterdump())
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes()


def _data(name: str, write_rounds, tmp_path: Path) -> Path:
    if name == "bundled":
        return DATA
    if name == "who":
        root = tmp_path / "who"
        shutil.copytree(REPO / "examples" / "who-pandemic-agreement", root)
        return root
    return write_rounds(REPEATS if name == "repeats" else MIXED)


@pytest.mark.parametrize("as_of", [None, date(2021, 8, 10)])
@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("name", ["bundled", "who", "repeats", "mixed"])
def test_the_streamed_export_equals_the_tables_in_memory(
    name: str, fmt: ExportFormat, as_of: date | None, write_rounds, tmp_path: Path
) -> None:
    root = _data(name, write_rounds, tmp_path)
    expected, found = tmp_path / "expected", tmp_path / "found"
    expected.mkdir()
    found.mkdir()
    _reference(root, fmt, expected / _OUTPUTS[fmt], as_of)
    args = ["export", "--data-dir", str(root), "--to", str(fmt), "-o", str(found / _OUTPUTS[fmt])]
    if as_of is not None:
        args += ["--as-of", as_of.isoformat()]
    if name in ("repeats", "mixed"):
        args.append("--allow-errors")
    result = runner.invoke(app, args, env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.stderr
    assert _contents(found / _OUTPUTS[fmt]) == _contents(expected / _OUTPUTS[fmt])


def test_repeated_ids_are_counted_as_before(write_rounds) -> None:
    root = write_rounds(REPEATS)
    checked, _ = validate(root)
    _, left_out = first_of_each_id(checked.dataset)
    assert left_out == 4  # the second "twice" twice, "us", "m1" (the milestone)
    result = runner.invoke(app, ["export", "--data-dir", str(root), "-o", "x.db", "--allow-errors"])
    assert result.exit_code == 0, result.stderr
    assert f"{left_out} record(s) whose id was already used" in result.stderr
    with sqlite3.connect("x.db") as connection:
        texts = dict(connection.execute("SELECT id, text FROM statements"))
        milestones = [m for (m,) in connection.execute("SELECT id FROM milestones")]
    assert texts["twice"] == "Earlier file, so first"
    assert "us" not in texts and texts["m1"] == "Named like a milestone"
    assert milestones == ["m2"]


def test_statements_come_by_id_and_first_in_file_order(write_rounds, tmp_path: Path) -> None:
    root = write_rounds(REPEATS)
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    open_store(root, env).source.close()
    # rewritten: a.yaml's rows now come after b.yaml's in the store
    first = root / "statements/2021/a.yaml"
    first.write_text("# edited\n" + first.read_text(encoding="utf-8"), encoding="utf-8")
    stored = open_store(root, env)
    try:
        rowids = dict(
            stored.source.db.execute("SELECT file, max(rowid) FROM statements GROUP BY file")
        )
        assert rowids["statements/2021/a.yaml"] > rowids["statements/2021/b.yaml"]
        found = [(s.id, s.text) for s in stored.source.by_id()]
    finally:
        stored.source.close()
    assert found == [
        ("late", "A month not over on 10 August"),
        ("m1", "Named like a milestone"),
        ("solo", "Alone"),
        ("twice", "Earlier file, so first"),
        ("twice", "First of two"),
        ("twice", "Same file, second"),
        ("us", "Named like an actor"),
    ]


def test_every_table_is_read_from_one_snapshot_of_the_store(
    write_rounds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run that brings the store up to date while an export is
    being written (here: between the statements' table and their topics')
    changes nothing in that export."""
    root = write_rounds(
        {"statements/2021/a.yaml": "statements:\n" + _statement("s1", "2021-06-20", "Words")}
    )
    statement = root / "statements/2021/a.yaml"
    real = csv_out.table_csv
    edited = []

    def table_csv(table: Table) -> Iterator[str]:
        if table.name == "statement_topics":
            statement.write_text(
                statement.read_text(encoding="utf-8").replace("text: Words", "text: Changed")
                + "    topics: [sanctions]\n",
                encoding="utf-8",
            )
            other = open_store(root, os.environ)  # another run, its own connection
            other.source.close()
            edited.append(table.name)
        return real(table)

    monkeypatch.setattr(csv_out, "table_csv", table_csv)
    result = runner.invoke(app, ["export", "--data-dir", str(root), "--to", "csv", "-o", "out"])
    assert result.exit_code == 0, result.stderr
    assert edited == ["statement_topics"]
    assert "Words" in (tmp_path / "out" / "statements.csv").read_text(encoding="utf-8")
    topics = (tmp_path / "out" / "statement_topics.csv").read_text(encoding="utf-8")
    assert topics.splitlines() == ["statement_id,position,topic"]
    changed = runner.invoke(app, ["export", "--data-dir", str(root), "--to", "csv", "-o", "out"])
    assert changed.exit_code == 0, changed.stderr
    assert "sanctions" in (tmp_path / "out" / "statement_topics.csv").read_text(encoding="utf-8")


def test_data_that_changes_between_the_check_and_the_store_is_not_exported(
    write_rounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check found no error, but by the time the store read the files
    one had appeared: nothing is written, and the user is told why."""
    from jcpoa_tracker import batchcheck

    broken = "statements:\n" + _statement("s1", "2021-02-30", "Not a real day")
    root = write_rounds({"statements/2021/a.yaml": broken})
    monkeypatch.setattr(batchcheck, "check_directory", lambda root: [])
    result = runner.invoke(app, ["export", "--data-dir", str(root), "-o", "x.db"])
    assert result.exit_code == 1
    assert "the data changed while it was being checked" in result.stderr
    assert not Path("x.db").exists()


def test_no_cache_exports_the_same_and_writes_no_store(write_rounds, tmp_path: Path) -> None:
    root = write_rounds(REPEATS)
    cache = tmp_path / "own-cache"
    env = {"GITHUB_ACTIONS": "", "JCPOA_TRACKER_CACHE_DIR": str(cache)}
    args = ["export", "--data-dir", str(root), "--to", "jsonl", "--allow-errors"]
    fresh = runner.invoke(app, [*args, "-o", "fresh.jsonl", "--no-cache"], env=env)
    assert fresh.exit_code == 0, fresh.stderr
    assert not cache.exists() or not any(cache.iterdir())
    stored = runner.invoke(app, [*args, "-o", "stored.jsonl"], env=env)
    assert stored.exit_code == 0, stored.stderr
    assert any(cache.iterdir())  # the store a report would use
    assert Path("fresh.jsonl").read_bytes() == Path("stored.jsonl").read_bytes()
