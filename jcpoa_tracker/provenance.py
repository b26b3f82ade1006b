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
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jcpoa_tracker.datadir import UnsafeFile, discover, read_data
from jcpoa_tracker.hashes import sha256

__all__ = ["DataOrigin", "data_hash", "data_origin", "git_head", "last_commit_date"]

SHORT = 12  # hex digits shown: enough to tell datasets apart, short enough to read


@dataclass(frozen=True, slots=True)
class DataOrigin:
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
    digest = sha256(b"jcpoa-tracker data v2\n")
    for relative, hashed in files:
        digest.update(f"{relative}\0{hashed}\n".encode())
    return digest.hexdigest()


def git_head(root: Path, environ: Mapping[str, str]) -> tuple[str, bool] | None:
    """The last commit (from HEAD) that changed ``root``, or HEAD when none
    did, and whether ``root`` has uncommitted changes (untracked files
    included); None when there is no git, no repository or no commit yet."""
    head = _git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], environ)
    if head is None or not head.strip():
        return None
    last = _git(root, ["log", "-1", "--format=%H", "HEAD", "--", "."], environ)
    head = last if last and last.strip() else head
    status = _git(root, ["status", "--porcelain", "--untracked-files=all", "--", "."], environ)
    return head.strip(), bool(status and status.strip())


def last_commit_date(root: Path, environ: Mapping[str, str]) -> date | None:
    """The committer date of the last commit that changed ``root``; None
    outside git (an installed dataset) or before the first commit."""
    out = _git(root, ["log", "-1", "--format=%cs", "HEAD", "--", "."], environ)
    try:
        return date.fromisoformat(out.strip()) if out and out.strip() else None
    except ValueError:
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
