"""Standard output that says why a write failed.

Every command writes its results to standard output, and a write there can
fail for reasons that are the user's, not bugs: the reader of a pipe left
(``| head -1``) or the disk is full (``> /dev/full``).  ``main`` wraps
``sys.stdout`` in ``GuardedStdout`` so that such a failure reaches it as
``PipeClosed`` (exit quietly) or ``StdoutFailed`` (one line, exit 2), in
every command, and not as an internal error.  Neither is an ``OSError``, so
Click's own handler of broken pipes leaves them to ``main``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TextIO

__all__ = ["GuardedStdout", "PipeClosed", "StdoutFailed", "silence"]


class PipeClosed(Exception):
    """The reader of standard output has gone."""


class StdoutFailed(Exception):
    """Writing to standard output failed; the message says why."""


class GuardedStdout(io.TextIOBase):
    """A text stream over ``stream`` whose write errors are PipeClosed or
    StdoutFailed; everything else (isatty, fileno, encoding) is the stream's."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        with _guarded():
            return self.stream.write(text)

    def flush(self) -> None:
        with _guarded():
            self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.stream.errors

    @property
    def buffer(self) -> object:
        return self.stream.buffer

    def silence(self) -> None:
        silence(self.stream)


def silence(stream: IO[str]) -> None:
    """Point a failed stream at /dev/null, so that the interpreter's final
    flush of what is still buffered prints no second error."""
    try:
        descriptor = stream.fileno()
    except (AttributeError, ValueError, OSError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


@contextmanager
def _guarded() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError as error:
        raise PipeClosed from error
    except OSError as error:
        raise StdoutFailed(error.strerror or str(error)) from error
