"""Work in forked processes: a child's answer, its errors and its memory."""

from __future__ import annotations

import multiprocessing.connection
import os
import resource
import time
from pathlib import Path

import pytest

from jcpoa_tracker.workers import in_child


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _fails() -> None:
    raise ValueError("a user's mistake, reported by the child")


def _grow_then_answer() -> int:
    hoard = [bytes(1024) for _ in range(200_000)]  # about 230 MB, freed when the child ends
    return len(hoard)


def _exit_without_answer() -> None:
    os._exit(3)


def test_the_answer_comes_from_another_process() -> None:
    pid, doubled = in_child(_pid_and, 21)
    assert doubled == 42
    assert pid != os.getpid()


def test_the_childs_exception_is_raised_here() -> None:
    with pytest.raises(ValueError, match="reported by the child"):
        in_child(_fails)


def test_a_child_that_dies_without_answering_is_an_error() -> None:
    with pytest.raises(ChildProcessError, match="without an answer"):
        in_child(_exit_without_answer)


def test_the_childs_memory_is_not_this_process() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert in_child(_grow_then_answer) == 200_000
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 100_000  # KB: the 230 MB stayed in the child
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss > 200_000


def _say_pid_then_sleep(marker: str) -> None:
    Path(marker + ".tmp").write_text(str(os.getpid()))
    Path(marker + ".tmp").rename(marker)
    time.sleep(60)


def test_interrupting_the_parent_stops_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "pid"

    def interrupted(self: object) -> object:  # Ctrl-C while waiting for the answer
        while not marker.exists():
            time.sleep(0.01)
        raise KeyboardInterrupt

    monkeypatch.setattr(multiprocessing.connection.Connection, "recv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        in_child(_say_pid_then_sleep, str(marker))
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)  # stopped and reaped
