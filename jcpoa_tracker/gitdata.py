"""The data directory as it was at a git revision, or as it is on disk.

``diff`` compares two such readings.  Files at a revision are listed with
``git ls-tree`` and read in a single ``git cat-file --batch`` process, so a
data directory of thousands of files costs two git processes, not thousands.
``extract_revision`` writes them out for a store to read (``readings.py``,
what the commands use); ``read_revision`` and ``read_worktree`` load every
record in memory (the reference the tests hold the stores to).  Every path
is shown relative to the repository root (``rounds/...``) on both sides, so
a file read from git and the same file on disk compare equal.

Anything a user can fix (no git, not a repository, an unknown revision, no
main branch) raises :class:`GitError` with a message that says what to do.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jcpoa_tracker.config import GENERIC, DatasetConfig
from jcpoa_tracker.config_file import load_config, parse_config
from jcpoa_tracker.datadir import CONFIG_NAME, DATA_SUFFIXES, discover, walk_order
from jcpoa_tracker.loader import (
    FileResult,
    LoadResult,
    add_file,
    collector_paused,
    load_file,
    parse_bytes,
)
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.problems import Problem

__all__ = [
    "MAIN_BRANCH_CANDIDATES",
    "GitError",
    "Repository",
    "Revision",
    "default_base",
    "extract_revision",
    "locate",
    "read_revision",
    "read_worktree",
    "resolve_revision",
]

# Where "the main branch" may live, in the order tried: local branches first,
# then what a CI checkout usually has (a remote-tracking default branch).
MAIN_BRANCH_CANDIDATES = ("main", "master", "origin/HEAD", "origin/main", "origin/master")

_SYMLINK_MODE = "120000"


class GitError(Exception):
    """A git problem the user can fix; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Repository:
    """A data directory inside a git work tree."""

    root: Path  # the work tree's top level
    prefix: str  # the data dir relative to root, POSIX, "" or ending in "/"
    data_dir: Path
    environ: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Revision:
    """A revision as typed, and the commit it names."""

    typed: str
    commit: str


def _git(
    cwd: Path, args: Sequence[str], environ: Mapping[str, str] | None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            check=False,
            env=_environment(environ),
        )
    except FileNotFoundError as error:
        raise GitError(_NO_GIT) from error


_NO_GIT = "git is not installed or not on PATH; diff needs git"


def _environment(environ: Mapping[str, str] | None) -> dict[str, str]:
    # git's messages in English whatever the user's language: a few are recognised.
    return {**(environ if environ is not None else os.environ), "LC_ALL": "C"}


def _first_line(output: bytes) -> str:
    text = output.decode("utf-8", errors="replace").strip()
    return text.splitlines()[0] if text else "git failed"


def locate(data_dir: Path, environ: Mapping[str, str] | None = None) -> Repository:
    """The repository that holds ``data_dir``, and the data dir's place in it."""
    if not data_dir.is_dir():
        raise GitError(f"'{data_dir}' is not a directory")
    # git works from the directory itself, so a data dir reached through a
    # symbolic link still gets its prefix inside the real repository.
    done = _git(data_dir, ["rev-parse", "--show-toplevel", "--show-prefix"], environ)
    if done.returncode != 0:
        message = _first_line(done.stderr)
        if "not a git repository" in message:
            raise GitError(
                f"the data dir '{data_dir}' is not inside a git repository; diff compares "
                "the data at two git revisions, so run it in a clone of the data repository "
                "(or point --data-dir at one)"
            )
        raise GitError(f"git cannot read the repository of '{data_dir}': {message}")
    lines = os.fsdecode(done.stdout).splitlines()
    root = Path(lines[0])
    prefix = lines[1] if len(lines) > 1 else ""
    return Repository(root=root, prefix=prefix, data_dir=data_dir, environ=environ)


def resolve_revision(repo: Repository, typed: str) -> Revision:
    """The commit ``typed`` names (a branch, tag, hash, ``HEAD~2``...)."""
    if not typed or typed.startswith("-"):
        raise GitError(f"'{typed}' is not a revision; give a branch, tag or commit")
    done = _git(
        repo.root,
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{typed}^{{commit}}"],
        repo.environ,
    )
    if done.returncode != 0:
        raise GitError(
            f"unknown revision '{typed}' in {repo.root}; give a branch, tag or commit that "
            "exists here (in CI, fetch the history first: actions/checkout with fetch-depth: 0)"
        )
    return Revision(typed, done.stdout.decode("ascii").strip())


def default_base(repo: Repository) -> Revision:
    """The merge base of the main branch and HEAD: what a pull request from
    the current branch would be compared against."""
    head = _resolve_or_none(repo, "HEAD")
    if head is None:
        raise GitError(f"the repository {repo.root} has no commit yet; commit the data first")
    for name in MAIN_BRANCH_CANDIDATES:
        main = _resolve_or_none(repo, name)
        if main is None:
            continue
        done = _git(repo.root, ["merge-base", main.commit, head.commit], repo.environ)
        if done.returncode != 0:
            raise GitError(
                f"HEAD and '{name}' have no common history; pass the revision to compare "
                "with: jcpoa-tracker diff REV_A"
            )
        return Revision(f"merge base of {name} and HEAD", done.stdout.decode("ascii").strip())
    tried = ", ".join(MAIN_BRANCH_CANDIDATES)
    raise GitError(
        f"no main branch found (tried {tried}); pass the revision to compare with: "
        "jcpoa-tracker diff REV_A [REV_B]"
    )


def _resolve_or_none(repo: Repository, typed: str) -> Revision | None:
    try:
        return resolve_revision(repo, typed)
    except GitError:
        return None


def _is_data_file(relative: PurePosixPath) -> bool:
    """The files ``datadir.discover`` would read from disk: data suffixes,
    nothing hidden."""
    return (
        relative.name.endswith(DATA_SUFFIXES)
        and not any(part.startswith(".") for part in relative.parts)
        and relative != _CONFIG
    )


_CONFIG = PurePosixPath(CONFIG_NAME)


def _listing(repo: Repository, revision: Revision) -> tuple[list[_Blob], _Blob | None]:
    """The data files at ``revision`` as (object id, path shown), in the
    order the loader reads them from disk, and its ``dataset.yaml`` if it
    has one."""
    pathspec = ["--", repo.prefix] if repo.prefix else []
    listing = _git(
        repo.root,
        ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", revision.commit, *pathspec],
        repo.environ,
    )
    if listing.returncode != 0:
        message = _first_line(listing.stderr)
        raise GitError(f"git cannot list the files of '{revision.typed}': {message}")
    blobs: list[_Blob] = []
    config_blob: _Blob | None = None
    for entry in listing.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, object_id = meta.decode("ascii").split()
        # Symbolic links and submodules hold no data of their own.
        if kind != "blob" or mode == _SYMLINK_MODE:
            continue
        shown = os.fsdecode(raw_path)
        inside = PurePosixPath(shown[len(repo.prefix) :])
        if _is_data_file(inside):
            blobs.append((object_id, shown))
        elif inside == _CONFIG:
            config_blob = (object_id, shown)
    blobs.sort(key=lambda blob: walk_order(blob[1]))  # the order files are read from disk
    return blobs, config_blob


_Blob = tuple[str, str]  # (object id, path shown from the repository's root)


def read_revision(repo: Repository, revision: Revision) -> LoadResult:
    """Load the data dir as it was at ``revision``, without touching the
    work tree.  A revision without the data dir gives an empty dataset.
    Every record is held in memory: ``extract_revision`` is the way to a
    store of a large archive."""
    blobs, config_blob = _listing(repo, revision)
    wanted = {object_id for object_id, _ in blobs}
    if config_blob is not None:
        wanted.add(config_blob[0])
    contents = _read_blobs(repo, sorted(wanted))
    config = (
        parse_config(contents[config_blob[0]], config_blob[1])
        if config_blob is not None
        else (GENERIC, [])
    )
    return _load_all(
        (parse_bytes(contents[object_id], shown) for object_id, shown in blobs), config
    )


def extract_revision(
    repo: Repository, revision: Revision, into: Path, known: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Write the data dir as it was at ``revision`` into the empty folder
    ``into``: the files ``read_revision`` reads, and ``dataset.yaml``, at
    their places inside the data dir, but those whose content has the hash
    ``known`` gives for their path (``provenance.file_hash``).  Blobs are
    streamed from one ``git cat-file --batch`` process, one at a time.
    Returns every file's path inside the data dir and the hash of its
    content."""
    from jcpoa_tracker.provenance import file_hash

    known = known or {}
    blobs, config_blob = _listing(repo, revision)
    places: dict[str, list[str]] = {}
    # (no path has a part that starts with a dot, "..": a crafted tree
    # cannot make it write outside ``into``)
    for object_id, shown in [*blobs, *([config_blob] if config_blob else [])]:
        places.setdefault(object_id, []).append(shown[len(repo.prefix) :])
    hashes: dict[str, str] = {}
    for object_id, content in _stream_blobs(repo, sorted(places)):
        hashed = file_hash(content)
        for relative in places[object_id]:
            hashes[relative] = hashed
            if known.get(relative) != hashed:
                _write_new(into / relative, content, relative, revision)
    return hashes


def _write_new(target: Path, content: bytes, relative: str, revision: Revision) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("xb") as written:
            written.write(content)
    except FileExistsError:  # a file system that ignores case
        raise GitError(
            f"'{relative}' at {revision.typed} has the name of another of its files "
            "but for upper and lower case, which this file system cannot tell apart; "
            "compare the revisions on a case-sensitive file system"
        ) from None


def _read_blobs(repo: Repository, object_ids: list[str]) -> dict[str, bytes]:
    """Every blob's bytes from one ``git cat-file --batch`` process."""
    return dict(_stream_blobs(repo, object_ids))


def _stream_blobs(repo: Repository, object_ids: list[str]) -> Iterator[tuple[str, bytes]]:
    """Each blob's bytes in turn, from one ``git cat-file --batch`` process
    that never holds more than one: the requests are fed from a file, so
    neither side waits on a full pipe."""
    if not object_ids:
        return
    with tempfile.TemporaryFile() as requests:
        requests.write("".join(f"{object_id}\n" for object_id in object_ids).encode("ascii"))
        requests.seek(0)
        try:
            process = subprocess.Popen(
                ["git", "cat-file", "--batch"],
                cwd=repo.root,
                stdin=requests,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_environment(repo.environ),
            )
        except FileNotFoundError as error:
            raise GitError(_NO_GIT) from error
        with process:
            assert process.stdout is not None and process.stderr is not None
            try:
                for object_id in object_ids:
                    header = process.stdout.readline().decode("ascii", "replace").split()
                    if len(header) != 3:  # "<id> missing", or git failed
                        process.kill()
                        message = _first_line(process.stderr.read()) if not header else ""
                        raise GitError(
                            f"git cannot read the data files: {message}"
                            if message
                            else f"git object {object_id} is missing from the repository"
                        )
                    content = process.stdout.read(int(header[2]))
                    process.stdout.read(1)  # each object ends with a newline
                    yield object_id, content
            finally:
                if process.poll() is None:
                    process.kill()


def read_worktree(repo: Repository) -> LoadResult:
    """Load the data dir from disk, as every other command reads it (new,
    untracked files included), with the same paths as ``read_revision``."""
    data_dir = repo.data_dir
    config = load_config(data_dir)
    return _load_all(
        (
            load_file(path, repo.prefix + path.relative_to(data_dir).as_posix())
            for path in discover(data_dir)
        ),
        config,
    )


def _load_all(
    results: Iterable[FileResult], config: tuple[DatasetConfig, list[Problem]]
) -> LoadResult:
    """Like ``load.load``: files parsed lazily, with the cyclic collector paused."""
    dataset = Dataset(config=config[0])
    loaded = LoadResult(dataset, list(config[1]), [])
    with collector_paused():
        for result in results:
            add_file(dataset, result)
            loaded.problems.extend(result.problems)
            loaded.refs.extend(result.refs)
    return loaded
