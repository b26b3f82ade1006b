"""Asking the watcher what changed, on the warm path of every report.

Kept light: no watcher (the usual case) costs one ``lstat`` of its socket.
The socket module is not imported (``_socket`` is its C half; ``socket``
adds a few milliseconds of imports for nothing used here).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jcpoa_tracker.datadir import FOLDER, Stamp, entry_stamp

__all__ = [
    "MAX_SOCKET_PATH",
    "PROTOCOL",
    "Answer",
    "WatchPaths",
    "ask",
    "modified_stamps",
    "request",
    "short_path",
]

PROTOCOL = 1
# sockaddr_un holds 108 bytes on Linux, the last a NUL.
MAX_SOCKET_PATH = 107
# A watcher slower than this to answer is passed over: the files are
# looked at instead (it is draining a burst of events, or stuck).
TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class WatchPaths:
    """The watcher's files, beside the store (``store``: its path)."""

    store: Path

    @property
    def socket(self) -> str:
        return f"{self.store}.watch"

    @property
    def lock(self) -> str:
        return f"{self.store}.watch.lock"

    @property
    def log(self) -> str:
        return f"{self.store}.watch.log"


@dataclass(frozen=True, slots=True)
class Answer:
    """The watcher's answer: its token, and the names changed since the one asked about (None:
    unknown)."""

    token: str  # what to ask from next time
    changed: list[str] | None  # None: the watcher cannot tell; look at every file


def ask(store: Path, root: Path, since: str | None) -> Answer | None:
    """What changed under ``root`` since ``since`` (a token of an earlier
    answer), from the watcher of the store at ``store``; None when no
    watcher of ``root`` answers."""
    reply = request(WatchPaths(store).socket, {"since": since})
    if reply is None or not isinstance(reply.get("token"), str):
        return None
    if reply.get("root") != str(root.resolve()):
        return None  # (a socket of another data directory: never trusted)
    changed = reply.get("changed")
    if changed is not None and not (
        isinstance(changed, list) and all(isinstance(name, str) for name in changed)
    ):
        return None
    return Answer(reply["token"], changed)


def request(path: str, message: dict[str, Any]) -> dict[str, Any] | None:
    """The watcher's reply to ``message``; None when no watcher of this
    user listens at ``path``."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return None
    import _socket

    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(TIMEOUT)
        with short_path(path) as reachable:
            connection.connect(reachable)
        connection.sendall(json.dumps({"protocol": PROTOCOL, **message}).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = connection.recv(1 << 20)
            if not chunk:
                break
            data += chunk
    except OSError:
        return None
    finally:
        connection.close()
    try:
        reply = json.loads(data)
    except ValueError:
        return None
    if not isinstance(reply, dict) or reply.get("protocol") != PROTOCOL:
        return None
    return reply


@contextmanager
def short_path(path: str) -> Iterator[str]:
    """``path``, or when it is too long for a socket's address (a deep
    cache folder), the same file reached through its folder's descriptor
    (``/proc/self/fd/N/name``: Linux resolves it as any path)."""
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        yield path
        return
    folder, name = os.path.split(path)
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        yield f"/proc/self/fd/{descriptor}/{name}"
    finally:
        os.close(descriptor)


def modified_stamps(
    root: Path, changed: list[str], stored: Callable[[str], Stamp | None]
) -> dict[str, Stamp] | None:
    """The new stamps of the listed files among the names ``changed``
    (``stored``: a name's stamp as stored, None when it was not listed);
    None when the set of files may have changed (a folder changed, a file
    came or went), which only a listing of every file puts in the loader's
    order."""
    modified: dict[str, Stamp] = {}
    for name in changed:
        if name.endswith("/"):
            return None  # a folder came, went or changed: the set of files may differ
        now = entry_stamp(root, name)
        if now == FOLDER:
            return None
        was = stored(name)
        if (was is None) != (now is None):
            return None  # a file came or went
        if now is not None and now != was:
            modified[name] = now
    return modified
