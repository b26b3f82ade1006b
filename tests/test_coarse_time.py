"""A cache must never change an answer, even on a filesystem whose
timestamps have one-second granularity (ext4 with 128-byte inodes here;
FAT, HFS+ and many network filesystems behave alike).

The filesystem is real: an ext4 image made with 128-byte inodes, loop-
mounted for the test.  That needs root (CI runs as root); where mounting is
impossible the test is skipped with a message saying why, and the unit
tests below still check the logic with a clock that says the files are
recent."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app

runner = CliRunner()

STATEMENT_FILE = "statements/2021/2021-06-25-blinken.yaml"
TEMPLATE = """statements:
  - id: blinken-2021-06-25-remark
    speaker: blinken
    date: 2021-06-25
    text: Serious {word} remain on the key issues.
    tone: {tone}
    verified: true
    sources:
      - url: https://example.org/remarks
"""
# The same length: a rewrite keeps the file's size.  The tone is in the
# store's counts, the words in its search index.
BEFORE, AFTER = "differences", "convergence"
OLD = TEMPLATE.format(word=BEFORE, tone="-2")
NEW = TEMPLATE.format(word=AFTER, tone=" 2")


def _mount_coarse(image: Path, mountpoint: Path) -> str | None:
    """Mount a fresh ext4 image with 128-byte inodes (one-second
    timestamps); None when done, else why it could not be."""
    if os.geteuid() != 0:
        return "mounting a loop image needs root (CI runs as root)"
    mkfs = shutil.which("mkfs.ext4")
    if mkfs is None:
        return "mkfs.ext4 is not installed (e2fsprogs; .ci/run installs it)"
    with image.open("wb") as stream:
        stream.truncate(16 * 1024 * 1024)
    steps = [
        [mkfs, "-q", "-F", "-I", "128", str(image)],
        ["mount", "-o", "loop", str(image), str(mountpoint)],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return f"{' '.join(step[:2])} failed: {done.stderr.strip() or done.returncode}"
    return None


@pytest.fixture
def coarse_dir(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "mnt"
    mountpoint.mkdir()
    why = _mount_coarse(tmp_path / "coarse.img", mountpoint)
    if why is not None:
        message = f"NOT TESTED on a coarse-timestamp filesystem: {why}"
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, check=False)


def _data_dir(mountpoint: Path, write_rounds) -> Path:
    source = write_rounds({STATEMENT_FILE: OLD})
    root = mountpoint / "rounds"
    shutil.copytree(source, root)
    return root


def _stamp(path: Path) -> tuple[int, int, int, int]:
    info = path.stat()
    return info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns


def _in_one_second(root: Path, command: list[str], rewrite) -> tuple[str, str]:
    """Write the file, run ``command`` (which caches), rewrite the file: all
    in one second, so the stamp cannot tell the two versions apart.  The
    command's answer from the cache and from the files, after the rewrite."""
    path = root / STATEMENT_FILE
    for _ in range(5):
        time.sleep(1 - time.time() % 1 + 0.01)  # the start of a second
        path.write_text(OLD, encoding="utf-8")
        warm = runner.invoke(app, [*command, "--data-dir", str(root)])
        assert BEFORE in warm.stdout, warm.stdout
        before = _stamp(path)
        rewrite(path, NEW)
        if _stamp(path) == before:
            break  # the case that matters: same size, inode and times
    else:
        pytest.fail("could not rewrite the file within one second")
    assert _stamp(path)[2] % 1_000_000_000 == 0, "the filesystem is not coarse"
    cached = runner.invoke(app, [*command, "--data-dir", str(root)])
    fresh = runner.invoke(app, [*command, "--no-cache", "--data-dir", str(root)])
    return cached.stdout, fresh.stdout


def _in_place(path: Path, text: str) -> None:
    with path.open("r+", encoding="utf-8") as stream:
        stream.write(text)


def _cp_over(path: Path, text: str) -> None:
    copy = path.with_name("copy.txt")
    copy.write_text(text, encoding="utf-8")
    shutil.copyfile(copy, path)
    copy.unlink()


REWRITES = {"in place": _in_place, "cp over it": _cp_over}
COMMANDS = {
    "quotes": ["quotes", "serious", "--format", "json"],
    "status": ["status", "--as-of", "2021-06-28", "--format", "json"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_same_second_same_size_rewrite_is_seen(
    coarse_dir: Path, write_rounds, command: str, rewrite: str
) -> None:
    root = _data_dir(coarse_dir, write_rounds)
    cached, fresh = _in_one_second(root, COMMANDS[command], REWRITES[rewrite])
    assert cached == fresh
    assert AFTER in fresh if command == "quotes" else '"mean": 2.0' in fresh


def test_the_warm_paths_read_no_content_once_files_are_old(
    write_rounds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only recently changed files are hashed: an old tree costs a stat per
    file and nothing more."""
    from jcpoa_tracker import cachedir
    from jcpoa_tracker.cachedir import CACHE_VAR
    from jcpoa_tracker.search import index

    root = write_rounds({STATEMENT_FILE: OLD})
    old = time.time() - 3600
    for path in root.rglob("*.yaml"):
        os.utime(path, (old, old))
    environ = {CACHE_VAR: str(tmp_path / "cache")}

    def hashed() -> dict[str, str]:
        opened = index.open_index(root, environ)
        rows = opened.connection.execute("SELECT path, digest FROM files WHERE digest IS NOT NULL")
        found = dict(rows.fetchall())
        opened.close()
        index.remove_index(opened.location or Path("/nonexistent"))
        return found

    # ctime cannot be set back: pretend the scan happens an hour later.
    later = time.time_ns() + 3600 * 1_000_000_000
    monkeypatch.setattr(index.time, "time_ns", lambda: later)
    assert hashed() == {}
    monkeypatch.setattr(index.time, "time_ns", lambda: later - 3600 * 1_000_000_000)
    recent = hashed()
    assert STATEMENT_FILE in recent
    data = (root / STATEMENT_FILE).read_bytes()
    assert recent[STATEMENT_FILE] == cachedir.content_digest(data)
