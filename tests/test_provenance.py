"""Where the data came from: git's answers, and reading HEAD without git."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from jcpoa_tracker import provenance
from jcpoa_tracker.provenance import head_commit, last_commit_date
from tests.conftest import GitRepo


@pytest.fixture
def repo(tmp_path: Path, write_rounds) -> GitRepo:
    repo = GitRepo(tmp_path, write_rounds)
    repo.commit({"actors/a.yaml": "actors: []\n"}, "first")
    return repo


def _rev_parse(repo: GitRepo, where: Path | None = None) -> str:
    from tests.conftest import git

    return git(where or repo.root, "rev-parse", "HEAD").strip()


def test_head_is_read_from_the_repository_as_git_reads_it(
    repo: GitRepo, tmp_path_factory: pytest.TempPathFactory
) -> None:
    env = {"HOME": os.environ.get("HOME", "")}
    assert head_commit(repo.data, env) == _rev_parse(repo)  # a branch's loose ref
    repo.git("pack-refs", "--all")
    assert head_commit(repo.data, env) == _rev_parse(repo)  # packed
    repo.commit({"actors/b.yaml": "actors: []\n"}, "second")
    assert head_commit(repo.data, env) == _rev_parse(repo)  # loose again, newer than packed
    first = repo.git("rev-parse", "HEAD~1").strip()
    repo.git("checkout", "--quiet", first)
    assert head_commit(repo.data, env) == first  # detached
    repo.git("checkout", "--quiet", "main")
    linked = tmp_path_factory.mktemp("linked") / "tree"
    repo.git("worktree", "add", "--quiet", "-b", "other", str(linked), first)
    assert head_commit(linked / "rounds", env) == first  # a linked worktree's own HEAD
    assert head_commit(tmp_path_factory.mktemp("elsewhere"), env) is None  # no repository
    assert head_commit(repo.data, {**env, "GIT_DIR": str(repo.root / ".git")}) is None


class Kept(dict[str, str]):
    def recall(self, key: str) -> str | None:
        return self.get(key)

    def remember(self, key: str, value: str) -> None:
        self[key] = value


def test_the_last_commit_is_asked_of_git_once_per_head(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(os.environ)
    memo = Kept()
    asked: list[list[str]] = []
    real = provenance._git

    def counting(cwd: Path, args: list[str], environ) -> str | None:
        asked.append(args)
        return real(cwd, args, environ)

    monkeypatch.setattr(provenance, "_git", counting)

    def fresh() -> date | None:
        provenance._LAST.clear()  # a new process
        return last_commit_date(repo.data, env, memo)

    today = date.fromisoformat(repo.git("log", "-1", "--format=%cs").strip())
    assert fresh() == today and len(asked) == 1
    assert fresh() == today and len(asked) == 1  # kept: git is not run
    repo.commit({"actors/b.yaml": "actors: []\n"}, "second")
    assert fresh() == today and len(asked) == 2  # HEAD moved: asked again
    commit = repo.git("log", "-1", "--format=%H", "--", "rounds").strip()
    assert memo["git-last-commit"].startswith(f"{_rev_parse(repo)}\t{repo.data}\t{commit} ")
    other = repo.root / "other"
    other.mkdir()
    provenance._LAST.clear()
    assert last_commit_date(other, env, memo) is None and len(asked) == 3  # another folder


def test_a_long_lived_process_sees_each_new_commit(repo: GitRepo) -> None:
    """Answers are kept in the process by HEAD: a notebook that commits and
    asks again gets the new commit, not the one it was told first."""
    env = dict(os.environ)
    first = provenance.git_head(repo.data, env)
    assert first is not None and first[0] == _rev_parse(repo)
    repo.commit({"actors/c.yaml": "actors: []\n"}, "a change to the data")
    second = provenance.git_head(repo.data, env)
    assert second is not None and second[0] == _rev_parse(repo) != first[0]
    assert last_commit_date(repo.data, env) == date.fromisoformat(
        repo.git("log", "-1", "--format=%cs").strip()
    )
