"""Where a briefing's data came from, so that a reader can reproduce it.

Two facts: the git commit of the data (the last commit that changed the
data dir, when it is in a git work tree, with a mark when it has
uncommitted changes; commits that change only code do not change it) and a hash of
the data itself, which identifies the data with or without git: SHA-256
over one line per data file, in path order, of its relative path, its size
and the SHA-256 of its bytes.  Hashing each file apart lets the store keep
each file's hash with its rows, so a briefing of an unchanged archive
reads no file to name its data.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from jcpoa_tracker.datadir import UnsafeFile, discover, read_data

__all__ = [
    "DataOrigin",
    "Memo",
    "data_hash",
    "data_origin",
    "git_head",
    "head_commit",
    "last_commit_date",
]

SHORT = 12  # hex digits shown: enough to tell datasets apart, short enough to read


@dataclass(frozen=True, slots=True)
class DataOrigin:
    """What a report was made from: the data's digest and its commit."""

    data_sha256: str  # the full hex digest
    commit: str | None = None  # None when the data dir is not in a git work tree
    dirty: bool = False  # the data dir differs from that commit

    @property
    def short_hash(self) -> str:
        return self.data_sha256[:SHORT]

    @property
    def short_commit(self) -> str | None:
        return self.commit[:SHORT] if self.commit else None


def data_hash(root: Path) -> str:
    """The data's digest, reading every data file: the same files give the
    same digest on any machine."""
    files = sorted((path.relative_to(root).as_posix(), path) for path in discover(root))
    return combine((relative, file_hash(_content(path))) for relative, path in files)


def _content(path: Path) -> bytes:
    try:  # by the loader's rules: a link or special file is never read
        return read_data(path)
    except (OSError, UnsafeFile) as error:
        return f"not read: {type(error).__name__}".encode()


def file_hash(content: bytes) -> str:
    """One file's part of the digest: its size and the SHA-256 of its bytes."""
    import hashlib  # OpenSSL: fast on contents, slow to load (jcpoa_tracker.hashes)

    return f"{len(content)}:{hashlib.sha256(content).hexdigest()}"


def combine(files: Iterable[tuple[str, str]]) -> str:
    """The data's digest from (relative path, ``file_hash``) in path order."""
    return combine_lines("".join([digest_line(relative, hashed) for relative, hashed in files]))


def digest_line(relative: str, hashed: str) -> str:
    """One file's line of the text the data's digest is taken of."""
    return f"{relative}\0{hashed}\n"


def combine_lines(lines: str) -> str:
    """The data's digest from its files' ``digest_line``s, in path order."""
    import hashlib  # OpenSSL: megabytes at a million statements (hashes.py)

    digest = hashlib.sha256(b"jcpoa-tracker data v2\n")
    digest.update(lines.encode())
    return digest.hexdigest()


def git_head(root: Path, environ: Mapping[str, str]) -> tuple[str, bool] | None:
    """The last commit (from HEAD) that changed ``root``, or HEAD when none
    did, and whether ``root`` has uncommitted changes (untracked files
    included); None when there is no git, no repository or no commit yet."""
    # One run of git status tells both HEAD and the changes (git is run
    # twice, not four times: each run is a process of several milliseconds).
    status = _git(
        root, ["status", "--porcelain=v2", "--branch", "--untracked-files=all", "--", "."], environ
    )
    if status is None:
        return None
    lines = status.splitlines()
    head = next(
        (line[len("# branch.oid ") :] for line in lines if line.startswith("# branch.oid ")), ""
    )
    if not head or head == "(initial)":
        return None
    last = _last_commit(root, environ)
    dirty = any(line and not line.startswith("#") for line in lines)
    return (last[0] if last else head.strip()), dirty


class Memo(Protocol):
    """Where an answer of git is kept between runs (the store's meta table)."""

    def recall(self, key: str) -> str | None: ...

    def remember(self, key: str, value: str) -> None: ...


def last_commit_date(
    root: Path, environ: Mapping[str, str], memo: Memo | None = None
) -> date | None:
    """The committer date of the last commit that changed ``root``; None
    outside git (an installed dataset) or before the first commit.  With
    ``memo``, git is asked once per HEAD commit (the answer depends on
    nothing else), not on every run."""
    last = _last_commit(root, environ, memo)
    return None if last is None else last[1]


# Answers of git in this process, by folder and HEAD commit (a briefing
# asks twice); a new commit moves HEAD, so a long-lived process (a
# notebook) never gets an old answer.
_LAST: dict[tuple[str, str], tuple[str, date] | None] = {}
_MEMO_KEY = "git-last-commit"


def _last_commit(
    root: Path, environ: Mapping[str, str], memo: Memo | None = None
) -> tuple[str, date] | None:
    """The last commit from HEAD that changed ``root`` and its committer
    date; asked of git once per HEAD when HEAD can be read from the
    repository's files (``memo`` keeps the answer between runs)."""
    head = head_commit(root, environ)
    if head is None:
        return _parse_last(_ask_last(root, environ))
    key = (str(root), head)
    if key not in _LAST:
        asked = f"{head}\t{root}\t"  # the answer for this HEAD and this folder
        kept = memo.recall(_MEMO_KEY) if memo is not None else None
        if kept is not None and kept.startswith(asked):
            out: str | None = kept.removeprefix(asked)
        else:
            out = _ask_last(root, environ)
            if memo is not None and out is not None:
                memo.remember(_MEMO_KEY, asked + out.strip())
        _LAST[key] = _parse_last(out)
    return _LAST[key]


def _ask_last(root: Path, environ: Mapping[str, str]) -> str | None:
    return _git(root, ["log", "-1", "--format=%H %cs", "HEAD", "--", "."], environ)


def _parse_last(out: str | None) -> tuple[str, date] | None:
    commit, _, day = (out or "").strip().partition(" ")
    try:
        return (commit, date.fromisoformat(day)) if commit else None
    except ValueError:
        return None


_OID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
# Variables that change which repository, which refs or which history git
# sees (others, such as GIT_SSL_CAINFO or GIT_EDITOR, do not).
_GIT_LOCATION = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_COMMON_DIR",
        "GIT_NAMESPACE",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_REPLACE_REF_BASE",
        "GIT_NO_REPLACE_OBJECTS",
        "GIT_GRAFT_FILE",
        "GIT_CONFIG",
        "GIT_CONFIG_GLOBAL",
        "GIT_CONFIG_SYSTEM",
        "GIT_CONFIG_COUNT",
        "GIT_CONFIG_PARAMETERS",
    }
)


def head_commit(root: Path, environ: Mapping[str, str]) -> str | None:
    """HEAD's commit id, read from the repository's own files (no git
    process); None whenever that is not simple (a variable that moves the
    repository set, a reftable, an unusual layout): then git itself is
    asked."""
    if any(name in _GIT_LOCATION for name in environ):
        return None
    try:
        gitdir = _gitdir(root.resolve())
        if gitdir is None:
            return None
        head = (gitdir / "HEAD").read_text(encoding="ascii").strip()
        if _OID.fullmatch(head):
            return head  # detached
        if not head.startswith("ref: refs/"):
            return None
        ref = head.removeprefix("ref: ")
        common = gitdir
        if (gitdir / "commondir").is_file():  # a linked worktree
            common = (gitdir / (gitdir / "commondir").read_text(encoding="utf-8").strip()).resolve()
        for base in (gitdir, common):
            if (base / ref).is_file():
                found = (base / ref).read_text(encoding="ascii").strip()
                return found if _OID.fullmatch(found) else None
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                oid, _, name = line.partition(" ")
                if name == ref:
                    return oid if _OID.fullmatch(oid) else None
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _gitdir(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        dotgit = candidate / ".git"
        if dotgit.is_dir():
            return dotgit
        if dotgit.is_file():  # a worktree or submodule: "gitdir: PATH"
            text = dotgit.read_text(encoding="utf-8").strip()
            return (
                (candidate / text[len("gitdir: ") :]).resolve()
                if text.startswith("gitdir: ")
                else None
            )
    return None


def data_origin(
    root: Path, environ: Mapping[str, str], known_hash: str | None = None
) -> DataOrigin:
    """The data's commit and digest (``known_hash``: the digest the store
    already holds)."""
    head = git_head(root, environ)
    commit, dirty = head if head is not None else (None, False)
    return DataOrigin(known_hash or data_hash(root), commit, dirty)


def _git(cwd: Path, args: list[str], environ: Mapping[str, str]) -> str | None:
    env = {**environ, "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, env=env, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return os.fsdecode(done.stdout)
