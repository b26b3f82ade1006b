"""`diff` from stores equals `diff` from every record in memory: the
bundled data edited a dozen ways, each compared between the working tree
and its commit, and between commits both ways."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import pytest
import yaml

from jcpoa_tracker import cachedir
from jcpoa_tracker.checks import check
from jcpoa_tracker.gitdata import locate, read_revision, read_worktree, resolve_revision
from jcpoa_tracker.readings import open_sides
from jcpoa_tracker.render.diff import diff_json, diff_text
from jcpoa_tracker.report.diff import DataDiff, Side, diff_data, diff_readings
from tests.conftest import DATA, GitRepo, git


def in_memory_diff(repo: GitRepo, rev_a: str, rev_b: str | None, day: date) -> DataDiff:
    """The reference: both readings whole in memory, each checked whole."""
    location = locate(repo.data)
    sides = []
    for typed in (rev_a, rev_b):
        if typed is None:
            loaded, label, commit = read_worktree(location), "working tree", None
        else:
            revision = resolve_revision(location, typed)
            loaded, label, commit = read_revision(location, revision), typed, revision.commit
        errors = check(loaded).errors
        side = Side(label, commit, len(loaded.dataset.files), len(loaded.dataset), errors)
        sides.append((loaded.dataset, side))
    (before, before_side), (after, after_side) = sides
    return diff_data(before, after, before_side, after_side, day)


def stored_diff(repo: GitRepo, rev_a: str, rev_b: str | None, day: date, env) -> DataDiff:
    location = locate(repo.data)
    before_rev = resolve_revision(location, rev_a)
    after_rev = resolve_revision(location, rev_b) if rev_b else None
    with ExitStack() as readings:
        before, after = open_sides(readings, location, before_rev, after_rev, env)
        return diff_readings(before, after, day)


def assert_same_diff(repo: GitRepo, rev_a: str, rev_b: str | None, env) -> DataDiff:
    day = date(2026, 6, 30)
    expected = in_memory_diff(repo, rev_a, rev_b, day)
    found = stored_diff(repo, rev_a, rev_b, day, env)
    assert found.before == expected.before and found.after == expected.after
    assert found.moves == expected.moves
    assert found.status == expected.status
    assert [(c.change, c.kind, c.id, c.path, c.old_path, c.fields) for c in found.records] == [
        (c.change, c.kind, c.id, c.path, c.old_path, c.fields) for c in expected.records
    ]
    assert diff_json(found, {}) == diff_json(expected, {})
    assert diff_text(found, {}) == diff_text(expected, {})
    return found


def _edit_yaml(path: Path, change: Callable[[dict], None]) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")


def _first(folder: Path, pattern: str = "*.yaml") -> Path:
    return sorted(folder.rglob(pattern))[0]


def _text(new: str) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        document["statements"][0]["text"] = new

    return change


def _statement_file(data: Path, n: int = 0) -> Path:
    return sorted((data / "statements").rglob("*.yaml"))[n]


def _ids(path: Path, kind: str) -> list[str]:
    return [r["id"] for r in yaml.safe_load(path.read_text(encoding="utf-8"))[kind]]


def edit_statement_text(data: Path) -> None:
    _edit_yaml(_statement_file(data, 3), _text("A wording changed for the test."))


def rename_a_file(data: Path) -> None:
    old = _statement_file(data, 5)
    old.rename(old.with_name("zz-" + old.name))


def move_and_change(data: Path) -> None:
    source, target = _statement_file(data, 7), _statement_file(data, 40)
    moved: list[dict] = []
    _edit_yaml(source, lambda d: moved.append(d["statements"].pop(0)))
    moved[0]["text"] = "Moved, and changed on the way."
    _edit_yaml(target, lambda d: d["statements"].append(moved[0]))


def remove_a_round_file(data: Path) -> None:
    _first(data / "tracks", "*-r*.yaml").unlink()


def change_a_round_and_an_actor(data: Path) -> None:
    def narrow(document: dict) -> None:
        document["rounds"][0]["title"] = "Renamed round"
        document["rounds"][0].setdefault("sticking_points", []).append(
            {"id": "test-point", "title": "A point added", "status": "open"}
        )

    _edit_yaml(_first(data / "tracks", "*-r*.yaml"), narrow)
    _edit_yaml(data / "actors" / "araghchi.yaml", lambda d: d["actors"][0].update(name="A. A."))


def duplicate_an_id_earlier_and_later(data: Path) -> None:
    later = _statement_file(data, 60)
    ident = _ids(later, "statements")[0]
    text = later.read_text(encoding="utf-8")
    (data / "statements" / "0000-early.yaml").write_text(text.replace("text:", "text: Early"))
    (data / "statements" / "zzzz-late.yaml").write_text(text.replace("text:", "text: Late"))
    assert ident in _ids(data / "statements" / "0000-early.yaml", "statements")


def duplicate_an_id_in_a_file_listed_before_its_folder(data: Path) -> None:
    # The loader reads a folder's files before its folders: this copy comes
    # first although its name sorts after "2013/...".
    text = _statement_file(data, 60).read_text(encoding="utf-8")
    (data / "statements" / "zzzz-first.yaml").write_text(text.replace("text:", "text: First"))


def duplicate_an_actor_earlier_and_later(data: Path) -> None:
    text = (data / "actors" / "araghchi.yaml").read_text(encoding="utf-8")
    (data / "actors" / "0000-early.yaml").write_text(text.replace("name:", "name: Early"))
    (data / "actors" / "zzzz-late.yaml").write_text(text.replace("name:", "name: Late"))


def a_milestone_takes_a_statement_id(data: Path) -> None:
    ident = _ids(_statement_file(data, 9), "statements")[0]
    path = _first(data / "milestones")
    _edit_yaml(path, lambda d: d["milestones"][0].update(id=ident))


def a_statement_takes_an_actor_id(data: Path) -> None:
    _edit_yaml(_statement_file(data, 11), lambda d: d["statements"][0].update(id="araghchi"))


def break_a_file(data: Path) -> None:
    _statement_file(data, 13).write_text("statements:\n  - id: [unclosed\n", encoding="utf-8")


def change_the_configuration(data: Path) -> None:
    config = data / "dataset.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("recent_days: 90", "recent_days: 30"), encoding="utf-8")


def remove_the_newest_statements(data: Path) -> None:
    for path in sorted((data / "statements").rglob("*.yaml"))[-25:]:
        path.unlink()


EDITS = [
    edit_statement_text,
    rename_a_file,
    move_and_change,
    remove_a_round_file,
    change_a_round_and_an_actor,
    duplicate_an_id_earlier_and_later,
    duplicate_an_id_in_a_file_listed_before_its_folder,
    duplicate_an_actor_earlier_and_later,
    a_milestone_takes_a_statement_id,
    a_statement_takes_an_actor_id,
    break_a_file,
    change_the_configuration,
    remove_the_newest_statements,
]


@pytest.fixture(scope="module")
def bundled_repo(tmp_path_factory) -> Path:
    """A repository holding a copy of the bundled data, committed."""
    root = tmp_path_factory.mktemp("bundled-repo")
    shutil.copytree(DATA, root / "rounds")
    for args in (["init", "--quiet", "--initial-branch=main"], ["add", "--all"]):
        git(root, *args)
    git(root, "commit", "--quiet", "-m", "the bundled data")
    return root


@pytest.fixture
def edited(bundled_repo: Path, tmp_path: Path, write_rounds) -> GitRepo:
    root = tmp_path / "clone"
    shutil.copytree(bundled_repo, root)
    return GitRepo(root, write_rounds, init=False)


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_the_stored_diff_equals_the_diff_in_memory(
    edited: GitRepo, edit, tmp_path, monkeypatch
) -> None:
    # Files look as old as a user's usually are: the store keeps no hash of
    # their content (it does for files changed in the last seconds, and
    # rereads them when it no longer matches, which would hide a store that
    # reads too few files).
    monkeypatch.setattr(cachedir, "RECENT_NS", 0)
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    edit(edited.data)
    worktree = assert_same_diff(edited, "HEAD", None, env)
    assert worktree.records or worktree.moves or edit is change_the_configuration
    edited.git("add", "--all")
    edited.git("commit", "--quiet", "-m", edit.__name__)
    assert_same_diff(edited, "HEAD~1", "HEAD", env)
    assert_same_diff(edited, "HEAD", "HEAD~1", env)


def test_every_edit_at_once_and_a_revision_without_data(edited: GitRepo, tmp_path) -> None:
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    for edit in EDITS:
        edit(edited.data)
    assert_same_diff(edited, "HEAD", None, env)
    edited.git("add", "--all")
    edited.git("commit", "--quiet", "-m", "every edit")
    edited.git("rm", "-r", "--quiet", "rounds")
    edited.git("commit", "--quiet", "-m", "no data")
    edited.data.mkdir()  # (git removed the folder; locate needs it)
    assert_same_diff(edited, "HEAD~1", "HEAD", env)
    assert_same_diff(edited, "HEAD", "HEAD~1", env)
