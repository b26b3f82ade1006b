"""Work spread over the machine's cores, in forked worker processes.

Reading and checking YAML is CPU-bound Python: threads would take turns on
one core.  Workers are forked, so they inherit what the parent has already
built (the parsed context of a check) instead of receiving it, and they
never touch the parent's open files or database (a worker only parses and
checks, and returns plain data).  Where the platform does not fork, or
there is one core, the work runs in this process.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.pool import Pool

__all__ = ["available_cores", "forked_pool", "in_child"]

T = TypeVar("T")


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextmanager
def forked_pool(workers: int) -> Iterator[Pool | None]:
    """A pool of ``workers`` forked processes; None when fewer than two
    are asked for or the platform cannot fork (then work in this process)."""
    if workers < 2:
        yield None
        return
    import multiprocessing  # (not on the warm paths, which never fork)

    if "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=_ended_by_terminate) as pool:
        yield pool


def in_child(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)``, run in a forked child process so that all the
    memory it used is returned when it ends (Python keeps freed memory for
    itself); its result, or its exception, comes back pickled.  In this
    process where the platform cannot fork."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return function(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # not a daemon: the child may fork workers of its own
    child = context.Process(target=_answer, args=(sender, function, args), daemon=False)
    child.start()
    sender.close()
    try:
        succeeded, value = receiver.recv()
    except EOFError:
        child.join()
        raise ChildProcessError(
            f"a child process ended without an answer (exit code {child.exitcode})"
        ) from None
    except BaseException:  # Ctrl-C here: the child's work is no longer wanted
        child.terminate()
        child.join()
        raise
    finally:
        receiver.close()
    child.join()
    if not succeeded:
        raise value
    return value  # type: ignore[no-any-return]


def _ended_by_terminate() -> None:
    """Give a forked child the default action of SIGTERM (and SIGHUP): it
    inherits the parent's handlers, and one that does not end the process
    (a service's, a notebook's, ``watch run``'s) would leave it waiting for
    work after ``terminate()``, and the parent waiting for it, for ever."""
    import signal

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def _answer(sender: Connection, function: Callable[..., object], args: tuple[Any, ...]) -> None:
    _ended_by_terminate()
    try:
        answer: tuple[bool, object] = (True, function(*args))
    except BaseException as error:  # sent to the parent, which raises it
        answer = (False, error)
    with contextlib.suppress(OSError):  # the parent stopped listening (Ctrl-C)
        sender.send(answer)
    sender.close()
