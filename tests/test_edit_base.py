"""What ``add`` and ``set`` check an edit with (edit/base.py): the problems
an edit would bring, from the store and the files it touches, exactly those
of checking every record in memory before and after (``check_with``)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker import batchcheck
from jcpoa_tracker.checks import validate
from jcpoa_tracker.datadir import display_path
from jcpoa_tracker.edit import base as edit_base
from jcpoa_tracker.edit.base import UnknownRecord, open_base
from jcpoa_tracker.edit.check import check_with, introduced
from jcpoa_tracker.problems import Problem, Severity
from tests.conftest import DATA
from tests.test_batchcheck import BROKEN

Edit = Callable[[Path], dict[Path, str]]
STATEMENT = "statements/2021/2021-02-10-al-thani.yaml"
FIRST_ID = "al-thani-2021-02-10-de-escalation-process"
OTHER_ID = "grossi-2021-02-21-less-access-monitoring"  # in another file
ROUND = "tracks/oman-2025/oman-2025-r1.yaml"


def _statement(ident: str, speaker: str = "araghchi", extra: str = "") -> str:
    return (
        f"  - id: {ident}\n    speaker: {speaker}\n    date: 2021-06-27\n"
        f"    text: A statement made for a test.\n{extra}"
        "    sources:\n      - url: https://example.org/edit-base\n"
    )


def _appended(rel: str, item: str) -> Edit:
    return lambda root: {root / rel: (root / rel).read_text(encoding="utf-8") + item}


def _new(rel: str, text: str) -> Edit:
    return lambda root: {root / rel: text}


def _replaced(rel: str, old: str, new: str) -> Edit:
    def edit(root: Path) -> dict[Path, str]:
        text = (root / rel).read_text(encoding="utf-8")
        assert old in text, (rel, old)
        return {root / rel: text.replace(old, new, 1)}

    return edit


# Edits that keep the context (judged from the store and the files they
# touch), then edits that change it (the whole directory, in batches).
STATEMENT_EDITS: dict[str, Edit] = {
    "a clean statement appended": _appended(STATEMENT, _statement("edit-base-clean")),
    "an id another statement has, appended": _appended(STATEMENT, _statement(FIRST_ID)),
    "an id another statement has, in a new file": _new(
        "statements/2021/2021-06-27-araghchi-test.yaml", "statements:\n" + _statement(FIRST_ID)
    ),
    "an id an actor has": _appended(STATEMENT, _statement("araghchi")),
    "an id a round has, which a statement names as its round": _new(
        "statements/2030/2030-01-01-x.yaml", "statements:\n" + _statement("oman-2025-r1")
    ),
    "an unknown speaker": _appended(STATEMENT, _statement("edit-base-x", speaker="nobody")),
    "a round that is not one": _appended(
        STATEMENT, _statement("edit-base-r", extra="    round: araghchi\n")
    ),
    "a word outside the vocabulary": _appended(
        STATEMENT, _statement("edit-base-w", extra="    category: shouting\n")
    ),
    "the id changed to one used again": _replaced(STATEMENT, f"id: {FIRST_ID}", "id: broken-1"),
    "a duplicate removed": _replaced(
        "statements/2021/2021-06-28-again.yaml", "id: broken-1", "id: broken-1-fixed"
    ),
    "a file that no longer parses": _new(STATEMENT, "statements:\n  - id: [broken\n"),
    "a broken file mended": _new(
        "statements/2022/2022-01-02-unparsable.yaml", "statements:\n" + _statement("mended")
    ),
    "statements in a new file outside statements/": _new(
        "tracks/oman-2025/notes.yaml", "statements:\n" + _statement(FIRST_ID)
    ),
    "the stray statement's id used again": _appended(STATEMENT, _statement("stray-statement")),
    "a speaker that is another file's statement": _appended(
        STATEMENT, _statement("edit-base-s", OTHER_ID)
    ),
    # the broken data's statements name 'nobody-at-all' and 'nobody-either'
    "an id another file's statement names as its speaker": _new(
        "statements/2030/2030-01-02-y.yaml",
        "statements:\n" + _statement("nobody-at-all") + _statement("nobody-either"),
    ),
}
EDITS_OF_BROKEN_FILES = {"a duplicate removed", "a broken file mended"}
CONTEXT_EDITS: dict[str, Edit] = {
    "a new actor": _new(
        "actors/nobody.yaml",
        "actors:\n  - id: nobody\n    kind: person\n    name: No Body\n"
        "    sources:\n      - url: https://example.org/nobody\n",
    ),
    "an actor with a statement's id": _new(
        "actors/dup.yaml",
        f"actors:\n  - id: {FIRST_ID}\n    kind: person\n    name: Dup\n"
        "    sources:\n      - url: https://example.org/dup\n",
    ),
    "a round's dates moved": _replaced(ROUND, "end: 2025-04-12", "end: 2025-04-11"),
    "an actor gone": _new("actors/araghchi.yaml", "actors: []\n"),
    "a milestone among statements": _new(
        "statements/2021/2021-06-29-milestone.yaml",
        "milestones:\n  - id: edit-base-m\n    date: 2021-06-29\n    kind: other\n"
        "    title: A milestone among statements\n"
        "    sources:\n      - url: https://example.org/m\n",
    ),
}


def _reference(root: Path, replaced: dict[Path, str]) -> tuple[list[Problem], list[Problem]]:
    before = validate(root)[0].problems
    after = check_with(root, replaced).problems
    return introduced(before, after, Severity.ERROR), introduced(before, after, Severity.WARNING)


def _judged(root: Path, replaced: dict[Path, str]) -> tuple[list[Problem], list[Problem]]:
    base = open_base(root, os.environ)
    try:
        errors, warnings = base.introduced(replaced)
    finally:
        base.close()
    return list(errors), list(warnings)


@pytest.fixture(params=["bundled", "broken"])
def root(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "rounds"
    shutil.copytree(DATA, copy)
    if request.param == "broken":
        for rel, text in BROKEN.items():
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).write_text(text, encoding="utf-8")
    return copy


def _batches_counted(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    real = batchcheck.check_versions

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batchcheck, "check_versions", counted)
    return calls


@pytest.mark.parametrize("name", list(STATEMENT_EDITS))
def test_a_statement_edit_brings_what_a_whole_check_finds(
    root: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if name in EDITS_OF_BROKEN_FILES and not (root / "actors" / "stray.yaml").exists():
        pytest.skip("an edit of a file only the broken data has")
    replaced = STATEMENT_EDITS[name](root)
    batches = _batches_counted(monkeypatch)
    assert _judged(root, replaced) == _reference(root, replaced)
    assert batches == []  # judged without reading the other statement files


@pytest.mark.parametrize("name", list(CONTEXT_EDITS))
def test_a_context_edit_brings_what_a_whole_check_finds(
    root: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced = CONTEXT_EDITS[name](root)
    batches = _batches_counted(monkeypatch)
    assert _judged(root, replaced) == _reference(root, replaced)
    assert batches  # the whole directory, in batches


def test_the_edits_find_something(tmp_path: Path) -> None:
    """The comparisons above are not all of empty lists."""
    copy = tmp_path / "rounds"
    shutil.copytree(DATA, copy)
    found = {
        name: _judged(copy, edit(copy))
        for name, edit in STATEMENT_EDITS.items()
        if name not in EDITS_OF_BROKEN_FILES
    }
    errors, warnings = found["a clean statement appended"]
    assert errors == [] and "unverified-note" in {p.rule for p in warnings}
    errors = found["an id another statement has, appended"][0]
    assert [p.rule for p in errors] == ["duplicate-id", "duplicate-id"]
    assert errors[1].message.endswith(f"already used by the statement at {copy / STATEMENT}:2")
    assert [p.rule for p in found["an unknown speaker"][0]] == ["dangling-ref"]
    assert [p.rule for p in found["a round that is not one"][0]] == ["wrong-ref-kind"] * 2
    judged = _judged(copy, CONTEXT_EDITS["an actor gone"](copy))
    assert len(judged[0]) > 10  # every statement araghchi made, and every round naming him


def test_problems_at_the_context_are_where_the_file_is_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store keeps references as shown by the run that read them: a
    problem at a round's reference is located as seen from here."""
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    text = (root / ROUND).read_text(encoding="utf-8")
    (root / ROUND).write_text(text.replace("mediator: oman", "mediator: ghost"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    open_base(root, os.environ).close()  # the store, written from here
    monkeypatch.chdir(root / "statements")
    replaced = _new("statements/2030/2030-01-01-x.yaml", "statements:\n" + _statement("ghost"))(
        root
    )
    judged = _judged(root, replaced)
    assert judged == _reference(root, replaced)
    at_round = [p for p in judged[0] if p.rule == "wrong-ref-kind" and p.path.endswith(ROUND)]
    assert [p.path for p in at_round] == [display_path(root / ROUND)]


def test_only_the_files_an_edit_touches_are_read(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A statement edit reads the file it changes and the statement files
    sharing an id with it or with a reference of the context: never every
    statement file."""
    base = open_base(root, os.environ)
    read: list[str] = []
    real = edit_base.load_file

    def counted(path: Path, shown: str | None = None) -> object:
        read.append(str(path))
        return real(path, shown)

    monkeypatch.setattr(edit_base, "load_file", counted)
    try:
        base.introduced(STATEMENT_EDITS["an id another statement has, appended"](root))
    finally:
        base.close()
    expected = [Path(STATEMENT).name]
    if (root / "actors" / "stray.yaml").exists():  # its statement 'araghchi', which rounds name
        expected.append("2021-06-27-broken.yaml")
    assert sorted(Path(p).name for p in read) == sorted(expected)
    assert len(list((root / "statements").rglob("*.yaml"))) > 100


def test_records_are_found_by_id(root: Path) -> None:
    base = open_base(root, os.environ)
    try:
        statement = base.record("statement", FIRST_ID)
        assert statement.id == FIRST_ID and statement.path.endswith(STATEMENT)
        assert base.record("actor", "araghchi").record_kind == "actor"
        with pytest.raises(UnknownRecord, match="did you mean 'al-thani-2021-02-10"):
            base.record("statement", "al-thani-2021-02-10-de-escalation-proces")
        with pytest.raises(UnknownRecord, match="no actor has the id 'nobody'"):
            base.record("actor", "nobody")
        taken = base.taken_ids()
        assert FIRST_ID in taken and "araghchi" in taken and "edit-base-new" not in taken
        assert "talks-process" in base.topics()
    finally:
        base.close()


def test_statements_sharing_an_id_are_found_first_in_the_loaders_order(
    root: Path,
) -> None:
    if not (root / "actors" / "stray.yaml").exists():
        pytest.skip("the broken data has ids used again")
    base = open_base(root, os.environ)
    try:
        found = base.record("statement", "broken-1")
    finally:
        base.close()
    whole = validate(root)[0].dataset
    first = next(s for s in whole.statements if s.id == "broken-1")
    assert (found.path, found.line) == (first.path, first.line)


def test_every_statement_file_of_a_generated_corpus(generated_corpus: Path) -> None:
    """Each statement file's first id given to a statement of another file,
    and each file emptied: the same problems as a whole check."""
    files = sorted((generated_corpus / "statements").rglob("*.yaml"))[:40:4]
    ids = [re.search(r"id: (\S+)", f.read_text(encoding="utf-8")) for f in files]
    for path, other in zip(files, [*ids[1:], ids[0]], strict=True):
        assert other is not None
        text = path.read_text(encoding="utf-8")
        own = re.search(r"id: (\S+)", text)
        assert own is not None
        for changed in (text.replace(own.group(0), other.group(0), 1), "statements: []\n"):
            replaced = {path: changed}
            judged = _judged(generated_corpus, replaced)
            assert judged == _reference(generated_corpus, replaced), path


def test_an_edit_without_a_writable_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no cache folder to write, an edit reads a store built for the
    run, and is checked the same."""
    from typer.testing import CliRunner

    from jcpoa_tracker.cli import app

    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(blocker))
    args = ["add", "statement", "--data-dir", str(root), "--id", FIRST_ID, "--speaker"]
    args += ["araghchi", "--date", "2021-06-27", "--text", "Words.", "--source"]
    args += ["https://example.org/cacheless", "--verified", "--dry-run"]
    result = CliRunner().invoke(app, args, env={"JCPOA_TRACKER_TODAY": "2026-11-30"})
    assert result.exit_code == 1, result.output
    assert "would bring 2 error(s)" in result.stderr
    assert f"id '{FIRST_ID}' is already used by the statement at" in result.stderr
    assert blocker.read_text() == ""
    ok = [arg if arg != FIRST_ID else "edit-base-cacheless" for arg in args]
    result = CliRunner().invoke(app, ok, env={"JCPOA_TRACKER_TODAY": "2026-11-30"})
    assert result.exit_code == 0, result.stderr
    assert "would add statement edit-base-cacheless" in result.stderr


# --- any statement edit, drawn at random --------------------------------------

IDS = [FIRST_ID, OTHER_ID, "araghchi", "vienna-r1", "edit-base-new", "edit-base-other"]
SPEAKERS = ["araghchi", "blinken", OTHER_ID, "vienna-r1", "nobody-at-all"]
ROUNDS = [None, "vienna-r1", "araghchi", "no-such-round"]
TARGETS = [STATEMENT, "statements/2021/2021-02-21-grossi.yaml", "statements/2031/new.yaml"]


@pytest.fixture(scope="module")
def shared_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data, never written (edits are only judged), with a
    statement whose speaker is the id a drawn statement may take."""
    root = tmp_path_factory.mktemp("random-edits") / "rounds"
    shutil.copytree(DATA, root)
    loose = root / "statements" / "2030" / "2030-01-01-loose.yaml"
    loose.parent.mkdir()
    loose.write_text("statements:\n" + _statement("edit-base-loose", "edit-base-new"))
    return root


@settings(max_examples=30, deadline=None)
@given(
    records=st.lists(
        st.tuples(
            st.sampled_from(IDS),
            st.sampled_from(SPEAKERS),
            st.sampled_from(ROUNDS),
            st.sampled_from(["2021-06-27", "2025-04-12", "2013-11"]),
        ),
        min_size=1,
        max_size=3,
    ),
    target=st.sampled_from(TARGETS),
    replace=st.booleans(),
)
def test_any_statement_edit_brings_what_a_whole_check_finds(
    shared_copy: Path,
    records: list[tuple[str, str, str | None, str]],
    target: str,
    replace: bool,
) -> None:
    """Statements with ids, speakers and rounds drawn from those that exist,
    those of another kind and unknown ones, appended to a file or replacing
    it: the problems are those of checking every record in memory."""
    items = "".join(
        _statement(ident, speaker, (f"    round: {rnd}\n" if rnd else "")).replace(
            "date: 2021-06-27", f"date: {day}"
        )
        for ident, speaker, rnd, day in records
    )
    path = shared_copy / target
    if path.exists() and not replace:
        text = path.read_text(encoding="utf-8") + items
    else:
        text = "statements:\n" + items
    replaced = {path: text}
    assert _judged(shared_copy, replaced) == _reference(shared_copy, replaced)
