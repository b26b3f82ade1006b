"""One writer at a time per data directory.

``add``, ``set`` and ``fmt`` read files, check the whole dataset with the
change, then write: two of them at once would each read the same old file
and the second write would drop the first one's record.  Each therefore
holds an exclusive lock on the data directory itself (no lock file is
made) from before it reads until after it writes.  A second writer waits for it (by default
up to 30 seconds, ``JCPOA_TRACKER_LOCK_TIMEOUT``), then gives up with a
message and changes nothing.  The lock is the operating system's
(``flock``): it is released when the process ends, however it ends, so a
killed writer never leaves a stale lock.  Readers take no lock: every
write is an atomic rename, so they see the old file or the new one.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

__all__ = ["TIMEOUT_VAR", "LockTimeout", "data_lock", "lock_timeout"]

TIMEOUT_VAR = "JCPOA_TRACKER_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 30.0


class LockTimeout(Exception):
    """Another writer held the data directory's lock for too long."""


def lock_timeout(environ: Mapping[str, str]) -> float:
    """Seconds to wait for the lock: $JCPOA_TRACKER_LOCK_TIMEOUT, else 30.
    Raises ValueError for a value that is not a number of seconds."""
    text = environ.get(TIMEOUT_VAR)
    if not text:
        return DEFAULT_TIMEOUT
    message = f"{TIMEOUT_VAR} must be a number of seconds from 0 to 86399, not {text!r}"
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(message) from None
    if not 0 <= seconds < 86_400:  # also refuses nan and inf
        raise ValueError(message)
    return seconds


@contextmanager
def data_lock(root: Path, timeout: float) -> Iterator[None]:
    """Hold the lock of the data directory ``root`` (waiting up to
    ``timeout`` seconds for another writer), or raise LockTimeout.  Where
    the folder cannot be opened, nothing can be written to it either, and
    the write reports that."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock (documented)
        yield
        return
    try:
        handle = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + timeout
        delay = 0.01
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
            if time.monotonic() >= deadline:
                raise LockTimeout(
                    f"another jcpoa-tracker command (add, set or fmt) is writing to "
                    f"'{root}'; waited {timeout:g} s for it and changed nothing. Try again "
                    f"when it has finished, or wait longer with {TIMEOUT_VAR}=SECONDS"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        yield
    finally:
        os.close(handle)  # closing releases the lock
