"""The persistent store: the same answers as every record in memory
(query.py's own), never stale, an exact error count after any edit,
rebuilt when corrupt, replaced by one for the run with --no-cache, safe
under concurrent runs, and no code run on loading."""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from jcpoa_tracker import store
from jcpoa_tracker.cachedir import cache_location
from jcpoa_tracker.checks import validate
from jcpoa_tracker.cli import app, reports
from jcpoa_tracker.model import Dataset, Statement
from jcpoa_tracker.search.index import SUFFIX
from jcpoa_tracker.sources import grading
from jcpoa_tracker.store import PARTIAL_LIMIT, loads, open_store
from tests.conftest import without_data_line

runner = CliRunner()
GOLDEN_FILE = Path(__file__).parent / "golden" / "status" / "2021-06-28.txt"
# The report without its "Data:" line, which names the temporary data dir.
GOLDEN = without_data_line(GOLDEN_FILE.read_text(encoding="utf-8"))
NEW_STATEMENT = """\
statements:
  - id: blinken-2021-06-27-store-test
    speaker: blinken
    date: 2021-06-27
    text: A statement added after the store was written.
    verified: true
    sources:
      - url: https://example.org/store-test
"""


@pytest.fixture
def data(bundled_copy: Path) -> Path:
    return bundled_copy  # (conftest's: a copy of the bundled data, its own cache)


# Not an option: how the tests run a report from every record in memory
# (query.py answering from Dataset lists, no store), the answers the
# store's SQL must give.
IN_MEMORY = ["<in memory>"]


def _load_in_memory(
    env: object, root: Path, *, use_cache: bool
) -> tuple[Dataset, int, Callable[[Statement], Statement], None]:
    checked, _ = validate(root)
    return checked.dataset, checked.errors, grading(checked.dataset, lambda s: s), None


def invoke(args: list[str], **kwargs: Any) -> Result:
    """The command, run from every record in memory when ``args`` ends
    with IN_MEMORY."""
    if args[-len(IN_MEMORY) :] != IN_MEMORY:
        return runner.invoke(app, args, **kwargs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reports, "_load", _load_in_memory)
        return runner.invoke(app, args[: -len(IN_MEMORY)], **kwargs)


def status(data: Path, *extra: str) -> str:
    result = invoke(["status", "--as-of", "2021-06-28", "--data-dir", str(data), *extra])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def store_file(data: Path) -> Path:
    return cache_location(data, os.environ, SUFFIX)


def reread(data: Path) -> list[str]:
    stored = open_store(data, os.environ)
    try:
        return stored.index.reread
    finally:
        stored.index.close()


def test_a_warm_report_reads_no_file_and_gives_the_same_report(data: Path) -> None:
    assert not store_file(data).exists()
    first = status(data)
    assert reread(data) == []
    assert without_data_line(status(data)) == without_data_line(first) == GOLDEN


def test_statements_from_the_store_are_complete_when_shown(data: Path) -> None:
    status(data)
    second = runner.invoke(
        app, ["status", "--as-of", "2021-06-28", "--format", "json", "--data-dir", str(data)]
    )
    latest = {s["party"]: s for s in json.loads(second.stdout)["latest_statements"]}
    assert latest["iran"]["text"].startswith("In every round of talks")
    assert latest["iran"]["sources"][0]["url"].startswith("https://argusmedia.com")


@pytest.mark.parametrize("change", ["add", "edit", "delete", "rename"])
def test_any_file_change_is_noticed(data: Path, change: str) -> None:
    before = re.search(r"and (\d+) statements known by this date", status(data))
    assert before is not None
    known = int(before.group(1))
    target = data / "statements" / "2021" / "2021-06-20-araghchi.yaml"
    if change == "add":
        (data / "statements" / "2021" / "2021-06-27-blinken.yaml").write_text(NEW_STATEMENT)
        expected = f"and {known + 1} statements known by this date"
    elif change == "edit":
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace("closer than ever", "closer than ever before"))
        expected = "closer than ever before"
    elif change == "delete":
        target.unlink()
        expected = f"and {known - 1} statements known by this date"
    else:
        target.rename(target.with_name("2021-06-20-araghchi-renamed.yaml"))
        expected = "In every round of talks"
    report = status(data)
    assert report == status(data, "--no-cache") == status(data, *IN_MEMORY)
    assert expected in report
    if change == "delete":
        assert "In every round of talks" not in report


def test_a_configuration_or_actor_edit_reaches_the_report(data: Path) -> None:
    status(data)
    config = data / "dataset.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1),
        encoding="utf-8",
    )
    actor = data / "actors" / "araghchi.yaml"
    actor.write_text(
        actor.read_text(encoding="utf-8").replace("name: Abbas Araghchi", "name: A. Araghchi"),
        encoding="utf-8",
    )
    report = status(data)
    assert report == status(data, "--no-cache") == status(data, *IN_MEMORY)
    assert "Edited " in report


# Each step edits the copy, then the store's error count must be validate's.
BROKEN_SPEAKER = NEW_STATEMENT.replace("speaker: blinken", "speaker: nobody-at-all")
WRONG_KIND = NEW_STATEMENT.replace("    verified: true", "    round: araghchi\n    verified: true")
DUPLICATE_OF_ACTOR = NEW_STATEMENT.replace("id: blinken-2021-06-27-store-test", "id: araghchi")


ACTOR_AMONG_STATEMENTS = """\
actors:
  - id: stray-actor
    kind: person
    name: Stray Actor
    sources:
      - url: https://example.org/stray
"""
STATEMENT_AMONG_ACTORS = BROKEN_SPEAKER.replace("store-test", "stray")


def _duplicate_of(data: Path) -> str:
    """A statement file reusing the id of a statement in another file."""
    text = (data / "statements" / "2021" / "2021-06-20-araghchi.yaml").read_text()
    ident = re.search(r"- id: (\S+)", text)
    assert ident is not None
    return NEW_STATEMENT.replace("blinken-2021-06-27-store-test", ident.group(1))


def _assert_same_count(data: Path) -> int:
    stored = open_store(data, os.environ)
    stored.index.close()
    expected = validate(data)[0].errors
    assert stored.errors == expected
    return expected


def test_the_error_count_follows_every_edit(data: Path) -> None:
    new = data / "statements" / "2021" / "2021-06-27-blinken.yaml"
    other = data / "statements" / "2021" / "2021-06-28-other.yaml"
    assert _assert_same_count(data) == 0
    steps = [
        lambda: new.write_text(BROKEN_SPEAKER),  # dangling reference
        lambda: new.write_text(WRONG_KIND),  # an error at the statement and at the actor
        lambda: new.write_text(DUPLICATE_OF_ACTOR),  # an id an actor has
        lambda: new.write_text(_duplicate_of(data)),  # an id a statement elsewhere has
        lambda: other.write_text(_duplicate_of(data)),  # three of them
        lambda: new.write_text("statements:\n  - id: [broken\n"),  # unparseable
        lambda: other.unlink(),
        lambda: new.rename(new.with_name("2021-06-27-renamed.yaml")),
        lambda: other.write_text(ACTOR_AMONG_STATEMENTS),  # a layout error
        lambda: other.unlink(),
        lambda: (data / "actors" / "stray.yaml").write_text(STATEMENT_AMONG_ACTORS),
        lambda: (data / "actors" / "blinken.yaml").unlink(),  # the context changes
        lambda: (data / "statements" / "2021" / "2021-06-27-renamed.yaml").unlink(),
    ]
    counts = []
    for step in steps:
        step()
        counts.append(_assert_same_count(data))
    assert all(counts[:-1]) and counts[3] < counts[4]


SPEAKERS_ASKED = [
    ["speakers"],
    ["speakers", "--party", "us"],
    ["speakers", "--since", "2021-06-01", "--until", "2021-06-30"],
    ["speakers", "--as-of", "2021-06-27"],
]


def test_speakers_counts_follow_every_edit(data: Path) -> None:
    """The store keeps statements counted by speaker and period, moved by
    each edit (a statement added, its speaker, date or wording's check
    changed, its file renamed or deleted) and counted again after a
    context edit: the same lists as an index built for the run."""
    new = data / "statements" / "2021" / "2021-06-27-blinken.yaml"
    steps = [
        lambda: new.write_text(NEW_STATEMENT),
        lambda: new.write_text(NEW_STATEMENT.replace("speaker: blinken", "speaker: araghchi")),
        lambda: new.write_text(NEW_STATEMENT.replace("2021-06-27", "2021-06")),
        # unverified, then verified, beside a statement of the same speaker and day
        lambda: new.write_text(
            NEW_STATEMENT.replace("date: 2021-06-27", "date: 2021-06-25").replace(
                "verified: true", "verified: false"
            )
        ),
        lambda: new.write_text(NEW_STATEMENT.replace("date: 2021-06-27", "date: 2021-06-25")),
        lambda: new.rename(new.with_name("2021-06-27-renamed.yaml")),
        lambda: (data / "statements" / "2021" / "2021-06-27-renamed.yaml").unlink(),
        lambda: (data / "actors" / "blinken.yaml").write_text(
            (data / "actors" / "blinken.yaml").read_text(encoding="utf-8") + "\n"
        ),
    ]
    seen = set()
    for step in [lambda: None, *steps]:
        step()
        for asked in SPEAKERS_ASKED:
            stored, fresh = (
                invoke([*asked, "--format", "json", "--data-dir", str(data), *extra])
                for extra in ([], ["--no-cache"])
            )
            assert stored.exit_code == 0, stored.stderr
            assert stored.stdout == fresh.stdout, (asked, step)
            seen.add(stored.stdout)
    assert len(seen) > 2 * len(SPEAKERS_ASKED)  # the edits moved the counts


def test_the_error_count_of_references_to_a_statement(data: Path) -> None:
    """A reference whose id only a statement has is of the wrong kind (two
    errors), whichever file the statement is in, and stays so through
    edits of either file and of the context."""
    named = data / "statements" / "2021" / "2021-06-27-named.yaml"
    naming = data / "statements" / "2022" / "2022-01-01-naming.yaml"
    speaker_is = "speaker: blinken"
    assert _assert_same_count(data) == 0
    steps = [
        # a statement with the id 'ghost', which nothing names yet
        lambda: named.write_text(NEW_STATEMENT.replace("blinken-2021-06-27-store-test", "ghost")),
        # another file's statement names it as its speaker: one file, then two
        lambda: naming.write_text(NEW_STATEMENT.replace(speaker_is, "speaker: ghost")),
        lambda: naming.write_text(
            NEW_STATEMENT.replace(speaker_is, "speaker: ghost").replace("store-test", "two")
            + NEW_STATEMENT.split("statements:\n", 1)[1]
            .replace(speaker_is, "speaker: ghost")
            .replace("store-test", "three")
        ),
        # a round names it as its mediator (the context changes)
        lambda: _replace_in(data / ROUND_FILE, "mediator: oman", "mediator: ghost"),
        lambda: named.unlink(),  # now every reference dangles
        lambda: named.write_text(NEW_STATEMENT.replace("blinken-2021-06-27-store-test", "ghost")),
        # an actor takes the id: the references are right, the ids duplicated
        lambda: (data / "actors" / "ghost.yaml").write_text(GHOST_ACTOR),
    ]
    counts = []
    for step in steps:
        step()
        counts.append(_assert_same_count(data))
    assert counts[1] == counts[0] + 2 and counts[2] == counts[0] + 4  # two errors a reference


ROUND_FILE = "tracks/oman-2025/oman-2025-r1.yaml"
GHOST_ACTOR = """\
actors:
  - id: ghost
    kind: person
    name: A Ghost
    sources:
      - url: https://example.org/ghost
"""


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _read_by(readers: str, monkeypatch: pytest.MonkeyPatch, *, batch: int) -> None:
    """Statement files read ``batch`` at a time, in this process or (from
    two changed files on) by forked workers."""
    from jcpoa_tracker.search import index

    monkeypatch.setattr(store, "BATCH", batch)
    if readers == "forked workers":
        monkeypatch.setattr(index, "PARALLEL_FROM", 2)
        monkeypatch.setattr(index, "available_cores", lambda: 2)


@pytest.mark.parametrize("readers", ["this process", "forked workers"])
def test_many_changed_files_are_checked_together(
    data: Path, monkeypatch: pytest.MonkeyPatch, readers: str
) -> None:
    _read_by(readers, monkeypatch, batch=3)  # several batches
    _assert_same_count(data)
    folder = data / "statements" / "2099"
    folder.mkdir()
    for n in range(PARTIAL_LIMIT + 5):
        (folder / f"2021-06-27-{n}.yaml").write_text(
            BROKEN_SPEAKER.replace("store-test", f"store-test-{n}")
        )
    assert _assert_same_count(data) == PARTIAL_LIMIT + 5


@pytest.mark.parametrize("readers", ["this process", "forked workers"])
def test_an_actor_among_many_statement_files_names_statements_read_before_and_after(
    data: Path, monkeypatch: pytest.MonkeyPatch, readers: str
) -> None:
    _read_by(readers, monkeypatch, batch=4)  # the actor's file in the second of three batches
    status(data)
    folder = data / "statements" / "2099"
    folder.mkdir()
    for n in range(10):
        (folder / f"2021-06-27-{n:02}.yaml").write_text(
            NEW_STATEMENT.replace("store-test", f"store-test-{n}").replace(
                "speaker: blinken", "speaker: stray-actor"
            )
        )
    (folder / "2021-06-27-05-actor.yaml").write_text(
        ACTOR_AMONG_STATEMENTS.replace("Stray Actor", "Quillon Vestry")
    )
    query = ["quotes", "vestry", "--format", "json", "--data-dir", str(data)]
    found = [runner.invoke(app, [*query, *extra]) for extra in ([], ["--no-cache"])]
    assert found[0].exit_code == 0, found[0].stderr
    assert found[0].stdout == found[1].stdout
    assert json.loads(found[0].stdout)["total"] == 10  # by name, before and after it
    _assert_same_count(data)  # a layout warning, and the count still exact


def test_a_corrupt_or_foreign_store_is_rebuilt(data: Path) -> None:
    status(data)
    target = store_file(data)
    for garbage in (b"", b"\x00\xff garbage", target.read_bytes()[:100]):
        target.write_bytes(garbage)
        for side in ("-wal", "-shm"):
            Path(str(target) + side).unlink(missing_ok=True)
        assert without_data_line(status(data)) == GOLDEN
        assert reread(data) == []  # rebuilt, then used


def test_no_cache_neither_reads_nor_writes(data: Path) -> None:
    status(data, "--no-cache")
    assert not store_file(data).exists()
    status(data)
    target = store_file(data)
    size = target.stat().st_size
    assert without_data_line(status(data, "--no-cache")) == GOLDEN
    assert target.stat().st_size == size


def test_an_unwritable_cache_folder_is_not_an_error(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(blocker))
    assert without_data_line(status(data)) == GOLDEN


def test_concurrent_runs_never_corrupt_it(data: Path) -> None:
    env = {**os.environ, "JCPOA_TRACKER_TODAY": "2021-06-28"}
    command = [sys.executable, "-m", "jcpoa_tracker", "status", "--data-dir", str(data)]
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert {without_data_line(out) for out, _ in outputs} == {GOLDEN}
    assert reread(data) == []


class _Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo never",))


def test_loading_builds_only_record_classes() -> None:
    with pytest.raises(pickle.UnpicklingError, match="not a record class"):
        loads(pickle.dumps(_Payload()))


# --- every report, with and without the store, on a generated corpus ------

REPORTS = [
    ["status"],
    ["status", "--as-of", "2012-03-01"],
    ["status", "--track", "synthetic"],
    ["timeline", "--since", "2011-01-01", "--until", "2011-03-01", "--statements"],
    ["trends"],
    ["trends", "--period", "month", "--since", "2010-06-01"],
    ["briefing", "--since", "2011-02-01"],
    ["briefing", "--track", "synthetic", "--since", "2011-02-01"],
]


def _answers(root: Path) -> list[tuple[int, str]]:
    found = []
    for command in REPORTS:
        for extra in ([], ["--no-cache"], IN_MEMORY):
            result = invoke(
                [*command, "--format", "json", "--data-dir", str(root), *extra],
                env={"JCPOA_TRACKER_TODAY": "2012-06-30"},
            )
            assert result.exit_code in (0, 1), (command, result.stderr)
            found.append((result.exit_code, result.stdout))
        assert found[-3] == found[-2] == found[-1], command
    return found


@pytest.mark.parametrize("readers", ["this process", "forked workers"])
def test_every_report_is_the_same_with_and_without_the_store(
    generated_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers: str
) -> None:
    from jcpoa_tracker.search import index

    if readers == "forked workers":  # any change of two files or more, in batches of 3
        monkeypatch.setattr(index, "PARALLEL_FROM", 2)
        monkeypatch.setattr(index, "available_cores", lambda: 2)
        monkeypatch.setattr(store, "BATCH", 3)
    root = tmp_path / "data"
    shutil.copytree(generated_corpus, root)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    answers_through_edits(root)


def answers_through_edits(root: Path) -> None:
    """Every report compared (``_answers``) before and after an edit, a
    rename, a deletion and a track's edit."""
    _answers(root)
    files = sorted((root / "statements").rglob("*.yaml"))
    first, second, third = files[0], files[len(files) // 2], files[-1]
    first.write_text(first.read_text(encoding="utf-8").replace("tone: -1", "tone: 2"))
    _answers(root)
    second.rename(second.with_name("renamed-" + second.name))
    third.unlink()
    _answers(root)
    track = next((root / "tracks").rglob("*.yaml"))
    track.write_text(track.read_text(encoding="utf-8") + "\n")
    _answers(root)


BUNDLED_REPORTS = [
    ["status", "--as-of", "2021-06-28"],
    ["status", "--as-of", "2015-07-14", "--track", "p5plus1-2013-15"],
    ["status", "--as-of", "2026-06-30"],
    ["timeline", "--since", "2021-04-01", "--until", "2021-06-30", "--statements"],
    ["trends", "--since", "2021", "--as-of", "2022-12-31"],
    ["trends", "--period", "year", "--as-of", "2026-06-30"],
    ["briefing", "--as-of", "2022-08-20", "--since", "30d"],
    ["briefing", "--as-of", "2021-06-28", "--since", "14d", "--track", "vienna-talks"],
]


@pytest.mark.parametrize("command", BUNDLED_REPORTS, ids=lambda c: " ".join(c))
def test_bundled_reports_are_the_same_with_and_without_the_store(
    data: Path, command: list[str]
) -> None:
    answers = [
        invoke([*command, "--format", "json", "--data-dir", str(data), *extra])
        for extra in ([], [], ["--no-cache"], IN_MEMORY)
    ]
    assert answers[0].exit_code == 0, answers[0].stderr
    assert len({answer.stdout for answer in answers}) == 1


def test_an_edit_to_a_file_read_alone_before_checks_the_context_once(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store keeps what each statement file read alone adds to the
    error count, so editing it again checks only its new version; the count
    stays validate's through edits that add and remove errors, and after
    the context changes (when what was kept no longer holds)."""
    from jcpoa_tracker import store

    new = data / "statements" / "2021" / "2021-06-27-blinken.yaml"
    assert _assert_same_count(data) == 0  # the first build: every file at once
    new.write_text(NEW_STATEMENT)  # a file added: read alone
    assert _assert_same_count(data) == 0
    checks: list[int] = []
    real = store._errors
    monkeypatch.setattr(store, "_errors", lambda *a: checks.append(1) or real(*a))
    for text, errors in [(BROKEN_SPEAKER, 1), (WRONG_KIND, 2), (NEW_STATEMENT, 0)]:
        checks.clear()
        new.write_text(text)
        assert _assert_same_count(data) == errors
        assert len(checks) == 1  # the new version; not the context, not the old one
    (data / "actors" / "blinken.yaml").unlink()  # every statement of Blinken now dangles
    after_context = _assert_same_count(data)
    assert after_context > 0
    checks.clear()
    new.write_text(BROKEN_SPEAKER)
    assert _assert_same_count(data) == after_context
    assert len(checks) == 2  # what the file added was measured against the old context


def test_the_data_digest_from_the_store_is_the_files_own_after_every_change(
    data: Path,
) -> None:
    """The store keeps the data's digest (provenance.data_hash) once worked
    out, and forgets it when any file changes."""
    from jcpoa_tracker.provenance import data_hash
    from jcpoa_tracker.search.index import open_index

    def stored_digest() -> str | None:
        index = open_index(data, os.environ)
        try:
            return index.data_hash()
        finally:
            index.close()

    before = data_hash(data)
    assert stored_digest() == stored_digest() == before  # worked out, then kept
    new = data / "statements" / "2021" / "2021-06-27-blinken.yaml"
    new.write_text(NEW_STATEMENT)
    assert stored_digest() == data_hash(data) != before
    new.unlink()
    assert stored_digest() == before


def test_the_stores_buckets_are_the_listed_ones_in_the_same_order(
    generated_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from jcpoa_tracker.query import ListedStatements, Scope, StatementBucket

    root = tmp_path / "data"
    shutil.copytree(generated_corpus, root)
    for file in sorted((root / "statements").rglob("*.yaml"))[::3]:  # uncategorised ones
        text = file.read_text(encoding="utf-8")
        file.write_text(re.sub(r"\n    category: \w+", "", text), encoding="utf-8")
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    dataset = validate(root)[0].dataset
    stored = open_store(root, os.environ)
    try:
        windows = [
            (date(2012, 6, 30), None, date(2012, 6, 30)),
            (date(2011, 3, 1), date(2011, 1, 1), date(2011, 2, 15)),
        ]
        seen: list[StatementBucket] = []
        for track in [None, *dataset.tracks]:
            scope = Scope(dataset, track)
            for as_of, since, until in windows:
                listed = ListedStatements().buckets(scope, as_of, since, until)
                from_store = stored.source.buckets(scope, as_of, since, until)
                assert from_store == listed
                seen += listed
        assert any(b.category is None for b in seen)  # NULL must sort as "" does
        assert len({b.speaker for b in seen}) > 1
    finally:
        stored.index.close()


@pytest.mark.parametrize("persistent", [True, False])
def test_a_first_build_makes_every_index_the_schema_names(
    data: Path, tmp_path: Path, persistent: bool
) -> None:
    # A first build writes its rows, then makes the secondary indexes;
    # queries name some of them (INDEXED BY), so none may be missing, even
    # when there is nothing to write.
    from jcpoa_tracker.search.index import _SCHEMA, open_index

    expected = set(re.findall(r"CREATE INDEX (\w+)", _SCHEMA))
    empty = tmp_path / "empty"
    empty.mkdir()
    for root in (data, empty):
        index = open_index(root, os.environ, persistent=persistent)
        try:
            made = index.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
            assert {name for (name,) in made} == expected
        finally:
            index.close()


@pytest.mark.parametrize("extra", [[], ["--no-cache"]])
def test_a_briefing_looks_at_the_files_once(
    data: Path, monkeypatch: pytest.MonkeyPatch, extra: list[str]
) -> None:
    # Its quotes come from the store its report was read from: a second
    # look would stat every file again (a fifth of a second at 1M).
    from jcpoa_tracker.search import index

    status(data)
    scans: list[Path] = []
    real = index.scan
    monkeypatch.setattr(index, "scan", lambda root: scans.append(root) or real(root))
    asked = ["briefing", "--as-of", "2021-06-28", "--since", "30d", "--data-dir", str(data)]
    result = runner.invoke(app, [*asked, *extra])
    assert result.exit_code == 0, result.stderr
    assert "I directed last night’s air strikes" in result.stdout  # its quotes are there
    assert len(scans) == 1


def test_statements_read_graded_are_those_graded_after_reading(data: Path) -> None:
    """Reports read statements with their sources' tiers filled in as they
    are restored; the same as grading each statement read as written."""
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.sources import dataset_tiers, graded

    stored = open_store(data, os.environ)
    try:
        tiers = dataset_tiers(stored.dataset.config)
        assert tiers is not None
        scope = Scope(stored.dataset)
        written = stored.source.select(scope, None)
        read_graded = stored.source.graded(tiers).select(scope, None)
        assert read_graded == [graded(s, tiers) for s in written]
        assert read_graded != written  # (the bundled sources have no tier: they are graded)
        assert stored.source.graded(tiers).as_written().select(scope, None) == written
        ident = written[0].id
        assert stored.source.graded(tiers).with_id(ident) == [graded(written[0], tiers)]
    finally:
        stored.index.close()


def test_a_report_run_leaves_what_it_read_out_of_collections_and_the_library_does_not(
    data: Path,
) -> None:
    """The CLI reads the store with the collector held off and leaves what
    it read out of later collections (cli/reports.py); the collector is on
    again afterwards. The Python API, which a notebook calls, leaves the
    collector as it was."""
    import gc

    from jcpoa_tracker import api

    gc.unfreeze()
    try:
        api.status(api.load(data))
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        result = invoke(["status", "--data-dir", str(data)])
        assert result.exit_code == 0, result.output
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()
