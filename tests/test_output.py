"""Atomic writes: all or nothing, and the file mode a user would expect."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jcpoa_tracker.output import write_atomic


def test_writes_text_as_utf8_and_bytes_as_given(tmp_path: Path):
    target = tmp_path / "out.md"
    write_atomic(target, "Araghchi: «closer»\n")
    assert target.read_bytes() == "Araghchi: «closer»\n".encode()
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_a_new_file_follows_the_umask(tmp_path: Path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path: Path):
    target = tmp_path / "briefing.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "new"


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "status.md"
    target.write_text("previous", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "half of a new report")
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.md"]
