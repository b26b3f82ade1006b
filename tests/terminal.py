"""Run the console script in a real pseudo-terminal of a given size, as a
person at a terminal would, and read what it shows."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
from pathlib import Path

__all__ = ["in_terminal", "plain"]

# Colour and style codes, and OSC sequences (hyperlinks) ended by BEL or ST.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def in_terminal(
    args: list[str],
    *,
    columns: int,
    rows: int = 50,
    env: dict[str, str],
    cwd: Path | None = None,
    timeout: float = 60.0,
    stderr_tty: bool = True,
) -> tuple[int, str]:
    """Run ``args`` with stdout (and stderr, unless ``stderr_tty`` is false:
    then it is discarded) on a pseudo-terminal of ``columns`` x ``rows``;
    its exit code and everything it wrote to the terminal (with the
    terminal's CR LF line ends turned into LF)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower if stderr_tty else subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        close_fds=True,
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            process.kill()
            raise TimeoutError(f"{args} gave no output for {timeout} s")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def plain(text: str) -> str:
    """``text`` without colour and style codes."""
    return _ANSI.sub("", text)
