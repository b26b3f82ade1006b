"""Work in forked processes: a child's answer, its errors and its memory."""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import resource
import signal
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from jcpoa_tracker.workers import forked_pool, in_child


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


def _terminated_by_default(_: object = None) -> bool:
    return all(
        signal.getsignal(signum) == signal.SIG_DFL for signum in (signal.SIGTERM, signal.SIGHUP)
    )


def _pool_under_handlers_that_do_not_end_the_process(answers: Connection) -> None:
    """SIGTERM and SIGHUP handled as a service or ``watch run`` might (the
    process goes on), then a pool's work, then the pool left."""
    os.setpgrp()  # (the test ends this process and its workers together)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda *_: None)
    with forked_pool(2) as pool:
        assert pool is not None
        answers.send(pool.map(_terminated_by_default, range(4)))
    answers.send(in_child(_terminated_by_default))
    answers.send(_terminated_by_default())


def test_forked_workers_end_when_terminated_whatever_handlers_the_parent_has() -> None:
    """Forked children inherit the parent's handlers; with one that does
    not end them, the pool's ``terminate()`` (leaving ``forked_pool``) left
    a worker waiting for work and the parent waiting for it, for ever."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_pool_under_handlers_that_do_not_end_the_process, args=(sender,)
    )
    process.start()
    sender.close()
    process.join(120)  # (a guard against the deadlock, far beyond the time it takes)
    if process.is_alive():
        os.killpg(process.pid, signal.SIGKILL)
        process.join()
    answers = []
    with contextlib.suppress(EOFError):  # (all there is, once the process ended)
        while receiver.poll():
            answers.append(receiver.recv())
    assert process.exitcode == 0, "the pool's workers did not end"
    assert answers == [[True] * 4, True, False]  # (the parent's own handlers are left)
