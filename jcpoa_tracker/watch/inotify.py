"""Linux's inotify, through the C library (see inotify(7)).

Three calls and a fixed record layout: a binding this small is clearer
than a dependency (inotify_simple does the same in its own ctypes code).
"""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "Event",
    "Inotify",
    "InotifyUnavailable",
]

# Event bits (linux/inotify.h).
MODIFY = 0x2
ATTRIB = 0x4
CLOSE_WRITE = 0x8
MOVED_FROM = 0x40
MOVED_TO = 0x80
CREATE = 0x100
DELETE = 0x200
DELETE_SELF = 0x400
MOVE_SELF = 0x800
UNMOUNT = 0x2000
Q_OVERFLOW = 0x4000
IGNORED = 0x8000
ONLYDIR = 0x01000000
DONT_FOLLOW = 0x02000000
EXCL_UNLINK = 0x04000000
ISDIR = 0x40000000

# What a folder's watch reports: every way a name in it can come, go or
# change, and the folder itself going away.
FOLDER_EVENTS = (
    MODIFY | ATTRIB | CLOSE_WRITE | MOVED_FROM | MOVED_TO | CREATE | DELETE
    | DELETE_SELF | MOVE_SELF
)  # fmt: skip

_HEADER = struct.Struct("iIII")  # wd, mask, cookie, len (struct inotify_event)


class InotifyUnavailable(Exception):
    """This system has no inotify (not Linux), or no room for another
    inotify instance."""


class Event(NamedTuple):
    wd: int
    mask: int
    name: str  # "" for an event on the watched folder itself


class Inotify:
    """One inotify instance: its events come in one queue, in the order
    they happened, across all its watches."""

    def __init__(self) -> None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            self._init1 = libc.inotify_init1
            self._add = libc.inotify_add_watch
            self._rm = libc.inotify_rm_watch
        except (OSError, AttributeError) as error:
            raise InotifyUnavailable("file watching needs Linux's inotify") from error
        self._add.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        self._rm.argtypes = [ctypes.c_int, ctypes.c_int]
        self.fd = self._init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise InotifyUnavailable(_errno_text("inotify_init1"))

    def add_watch(self, path: str, mask: int) -> int:
        """The watch descriptor of ``path``; OSError with the errno when the
        kernel refuses (ENOSPC: the user's limit of watches is reached)."""
        wd = int(self._add(self.fd, os.fsencode(path), mask))
        if wd < 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number), path)
        return wd

    def rm_watch(self, wd: int) -> None:
        self._rm(self.fd, wd)  # (fails only for a watch already gone)

    def read(self) -> Iterator[Event]:
        """The events queued now; none when the queue is empty."""
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                return
            offset = 0
            while offset < len(data):
                wd, mask, _cookie, length = _HEADER.unpack_from(data, offset)
                offset += _HEADER.size
                raw = data[offset : offset + length].rstrip(b"\0")
                offset += length
                yield Event(wd, mask, os.fsdecode(raw))

    def close(self) -> None:
        os.close(self.fd)


def _errno_text(call: str) -> str:
    number = ctypes.get_errno()
    return f"{call}: {os.strerror(number)}"
