"""The watcher process: one per data directory, answering on a Unix
socket beside the store.

It runs until it is asked to stop (``watch stop``, SIGTERM, Ctrl-C), its
data directory goes away, or its socket is deleted (the cache folder
cleared): then clients simply look at every file again.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import socket
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from jcpoa_tracker.watch.client import PROTOCOL, WatchPaths, short_path
from jcpoa_tracker.watch.inotify import InotifyUnavailable
from jcpoa_tracker.watch.tree import Tree, WatchLimit

__all__ = ["CannotWatch", "Stopped", "check_watchable", "serve", "watching_pid"]

# Where Linux lists the mounts this process sees (proc(5)).
MOUNTINFO = "/proc/self/mountinfo"
# How often the watcher checks that its socket is still there (seconds).
SOCKET_CHECK = 30.0
# Filesystems whose changes may come from other machines, which inotify
# never reports: a watcher there would vouch for files it cannot see.
REMOTE_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "glusterfs", "afs",
        "lustre", "gpfs", "virtiofs", "vboxsf", "vmhgfs", "davfs", "ncpfs", "coda",
    }
)  # fmt: skip


class CannotWatch(Exception):
    """The data directory cannot be watched here: what and why."""


class Stopped(Exception):
    """Raised (by a signal handler) to stop serving: why."""


def check_watchable(root: Path) -> None:
    """Why ``root`` cannot be watched, raised as CannotWatch."""
    if sys.platform != "linux":
        raise CannotWatch("file watching needs Linux's inotify; reports look at every file")
    if not root.is_dir():
        raise CannotWatch(f"'{root}' is a file, not a folder: only folders are watched")
    kind = filesystem_type(root)
    if kind is not None and (kind in REMOTE_FILESYSTEMS or kind.startswith("fuse")):
        raise CannotWatch(
            f"'{root}' is on a {kind} filesystem, whose changes made elsewhere are not "
            "reported to this machine; reports look at every file instead"
        )


def filesystem_type(path: Path) -> str | None:
    """The type of the filesystem holding ``path`` (from
    /proc/self/mountinfo: the longest mount point above it)."""
    try:
        lines = Path(MOUNTINFO).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = -1, None
    for line in lines:
        before, _, after = line.partition(" - ")
        fields = before.split()
        if len(fields) < 5 or not after:
            continue
        point = fields[4].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, kind = len(point), after.split()[0]
    return kind


@contextlib.contextmanager
def holding_lock(paths: WatchPaths) -> Iterator[IO[str]]:
    """The watcher's lock (one watcher per data directory), with its pid
    written in it; CannotWatch naming the other watcher when it is held."""
    import fcntl  # (POSIX: checked by check_watchable first)

    handle = Path(paths.lock).open("a+", encoding="utf-8")  # noqa: SIM115 (held while watching)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = watching_pid(paths)
            raise CannotWatch(
                f"already watched (pid {other})" if other else "already watched"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield handle
    finally:
        handle.close()  # (releases the lock)


def watching_pid(paths: WatchPaths) -> int | None:
    """The pid of the watcher holding the lock; None when none does."""
    import fcntl

    try:
        handle = Path(paths.lock).open(encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError:
        return None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = handle.read().strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None  # the lock is free: nobody watches


def serve(root: Path, paths: WatchPaths, ready: Callable[[Tree], None]) -> str:
    """Watch ``root`` and answer clients until told to stop (a request, or
    Stopped raised by a signal handler); why it stopped.  ``ready`` is
    called once every folder is watched and the socket listens.  Raises
    CannotWatch when it cannot start."""
    check_watchable(root)
    with holding_lock(paths):
        try:
            tree = Tree(str(root.resolve()))
        except (InotifyUnavailable, WatchLimit) as error:
            raise CannotWatch(str(error)) from error
        try:
            listener, identity = _listen(paths.socket)
        except OSError as error:
            tree.close()
            raise CannotWatch(f"cannot listen on {paths.socket}: {error}") from error
        stopping: list[str] = []
        try:
            ready(tree)
            return _loop(tree, listener, paths, identity, stopping, time.time())
        except Stopped as stopped:
            return str(stopped)
        except WatchLimit as error:  # a new folder could not be watched: vouch for nothing
            return str(error)
        finally:
            listener.close()
            with contextlib.suppress(OSError):
                if _identity(paths.socket) == identity:  # still ours
                    Path(paths.socket).unlink()
            tree.close()


def _listen(path: str) -> tuple[socket.socket, tuple[int, int]]:
    with contextlib.suppress(FileNotFoundError):
        Path(path).unlink()  # a socket left by a watcher that died (we hold the lock)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)  # only this user may connect
    try:
        with short_path(path) as reachable:
            listener.bind(reachable)
    finally:
        os.umask(old_mask)
    listener.listen(16)
    listener.setblocking(False)
    return listener, _identity(path)


def _identity(path: str) -> tuple[int, int]:
    info = os.lstat(path)
    return info.st_dev, info.st_ino


def _loop(
    tree: Tree,
    listener: socket.socket,
    paths: WatchPaths,
    identity: tuple[int, int],
    stopping: list[str],
    started: float,
) -> str:
    selector = selectors.DefaultSelector()
    selector.register(tree.notify.fd, selectors.EVENT_READ, "events")
    selector.register(listener, selectors.EVENT_READ, "client")
    checked = time.monotonic()
    while not stopping:
        try:
            ready = selector.select(timeout=SOCKET_CHECK)
        except InterruptedError:
            continue
        for key, _ in ready:
            if key.data == "events":
                tree.drain()
            else:
                with contextlib.suppress(OSError):
                    connection, _ = listener.accept()
                    with connection:
                        _answer(tree, connection, started, stopping)
        if tree.gone:
            return tree.gone
        if time.monotonic() - checked >= SOCKET_CHECK:
            checked = time.monotonic()
            try:
                if _identity(paths.socket) != identity:
                    return "its socket was replaced"
            except OSError:
                return "its socket was deleted"
    return stopping[0]


def _answer(tree: Tree, connection: socket.socket, started: float, stopping: list[str]) -> None:
    connection.settimeout(5)
    request = _read_line(connection)
    if request is None:
        return
    tree.drain()  # every change made before the question is in the answer
    reply: dict[str, Any] = {"protocol": PROTOCOL, "root": tree.root, "token": tree.token()}
    if request.get("stop"):
        stopping.append("stopped by 'watch stop'")
        reply["pid"] = os.getpid()
    elif request.get("status"):
        reply.update(
            pid=os.getpid(),
            started=started,
            folders=len(tree.watched),
            events=tree.events,
            journal=len(tree.journal),
        )
    else:
        since = request.get("since")
        reply["changed"] = tree.changes_since(since if isinstance(since, str) else None)
    connection.sendall(json.dumps(reply).encode() + b"\n")


def _read_line(connection: socket.socket) -> dict[str, Any] | None:
    data = b""
    while not data.endswith(b"\n") and len(data) < 65536:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    try:
        request = json.loads(data)
    except ValueError:
        return None
    return request if isinstance(request, dict) else None
