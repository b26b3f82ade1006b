"""A data directory under watch: a watch on every folder the walk visits,
and a journal of the names that changed, numbered in the order they did.

A client holds a token (this watcher's instance and a number); the
journal tells it every name changed after it.  When the watcher cannot
tell (it was restarted, the kernel's queue overflowed, the journal was
cleared), the instance changes and clients look at every file once.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from jcpoa_tracker.datadir import DATA_SUFFIXES
from jcpoa_tracker.watch import inotify
from jcpoa_tracker.watch.inotify import Event, Inotify

__all__ = ["JOURNAL_LIMIT", "Tree", "WatchLimit"]

# Distinct names the journal holds before it starts again (an instance
# change: every client then looks at every file once).  Bounds the memory of
# a watcher that runs for months beside tools writing temporary files.
JOURNAL_LIMIT = 200_000


class WatchLimit(Exception):
    """The kernel refused a watch for lack of room (ENOSPC)."""


_COME_OR_GO = inotify.CREATE | inotify.MOVED_TO | inotify.DELETE | inotify.MOVED_FROM


def new_instance() -> str:
    return os.urandom(8).hex()


@dataclass
class Tree:
    """Watches on ``root`` (an absolute folder) and every folder below it
    that the walk visits (hidden ones and links are skipped, as
    datadir.walk skips them)."""

    root: str
    notify: Inotify = field(default_factory=Inotify)
    instance: str = field(default_factory=new_instance)
    seq: int = 0
    journal: dict[str, int] = field(default_factory=dict)  # name -> seq of its last change
    folders: dict[int, str] = field(default_factory=dict)  # wd -> "" or "a/b/"
    watched: dict[str, int] = field(default_factory=dict)  # "" or "a/b/" -> wd
    # Links without a data file's name: listed only while they lead to a
    # folder, which may change with no event here (the target may be
    # anywhere), so while there are any, no answer is vouched for.
    links: set[str] = field(default_factory=set)
    events: int = 0  # events read since the watcher started
    gone: str | None = None  # why the root can no longer be watched

    def __post_init__(self) -> None:
        self.add_tree("")

    # --- watches ---------------------------------------------------------------

    def add_tree(self, folder: str) -> None:
        """Watch ``folder`` (relative, "" or ending in "/") and every folder
        below it.  Each folder is watched before it is listed, so a folder
        made inside it meanwhile is either listed or reported."""
        path = f"{self.root}/{folder}" if folder else self.root
        try:
            wd = self.notify.add_watch(
                path, inotify.FOLDER_EVENTS | inotify.ONLYDIR | inotify.DONT_FOLLOW
            )
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise WatchLimit(
                    "the system's limit of watched folders is reached "
                    "(sysctl fs.inotify.max_user_watches)"
                ) from error
            return  # gone, replaced by a file or link, or not readable: the walk says so
        stale = self.folders.get(wd)
        if stale is not None and self.watched.get(stale) == wd:
            del self.watched[stale]  # the same folder, moved: one watch per folder
        self.folders[wd] = folder
        self.watched[folder] = wd
        try:
            entries = list(os.scandir(path))
        except OSError:
            return
        for entry in entries:
            if entry.name[0] == ".":
                continue
            if _is_folder(entry):
                self.add_tree(f"{folder}{entry.name}/")
            else:
                self._note_link(f"{folder}{entry.name}")

    def drop_tree(self, folder: str) -> None:
        """Stop watching ``folder`` and every folder below it (moved away or
        deleted: the names under it are no longer there)."""
        for name in [name for name in self.watched if name.startswith(folder)]:
            wd = self.watched.pop(name)
            self.folders.pop(wd, None)
            self.notify.rm_watch(wd)
        self.links = {link for link in self.links if not link.startswith(folder)}

    def _note_link(self, name: str) -> None:
        """Keep ``links`` to what ``name`` is now."""
        if not name.endswith(DATA_SUFFIXES) and Path(self.root, name).is_symlink():
            self.links.add(name)
        else:
            self.links.discard(name)

    # --- events ----------------------------------------------------------------

    def drain(self) -> None:
        """Read every event queued so far.  Linux queues an event before
        the call that caused it returns, so after a drain the journal holds
        every change made before the drain began."""
        for event in self.notify.read():
            self.events += 1
            self._handle(event)
        if len(self.journal) > JOURNAL_LIMIT:
            self.restart()

    def _handle(self, event: Event) -> None:
        if event.mask & inotify.Q_OVERFLOW:
            self.restart()  # events were lost: nothing before now can be vouched for
            return
        folder = self.folders.get(event.wd)
        if folder is None:
            return  # a watch already dropped
        if event.mask & inotify.IGNORED:
            del self.folders[event.wd]
            if self.watched.get(folder) == event.wd:
                del self.watched[folder]
            return
        if not event.name:  # the folder itself
            if folder == "" and event.mask & (
                inotify.DELETE_SELF | inotify.MOVE_SELF | inotify.UNMOUNT
            ):
                self.gone = "the data directory was moved, deleted or unmounted"
            self._record(folder or "/")
            return
        if event.name[0] == ".":
            return  # hidden: never read
        name = folder + event.name
        if event.mask & inotify.ISDIR:
            if event.mask & (inotify.MOVED_FROM | inotify.DELETE):
                self.drop_tree(name + "/")
            if event.mask & (inotify.CREATE | inotify.MOVED_TO):
                self.add_tree(name + "/")
            self._record(name + "/")
        else:
            if event.mask & (
                inotify.CREATE | inotify.MOVED_TO | inotify.DELETE | inotify.MOVED_FROM
            ):
                self._note_link(name)
            self._record(name)

    def _record(self, name: str) -> None:
        self.seq += 1
        self.journal[name] = self.seq

    def restart(self) -> None:
        """Start again from no knowledge: a new instance, every folder
        watched afresh."""
        for wd in list(self.folders):
            self.notify.rm_watch(wd)
        self.folders.clear()
        self.watched.clear()
        self.journal.clear()
        self.links.clear()
        self.instance = new_instance()
        self.seq = 0
        self.add_tree("")

    # --- answers ---------------------------------------------------------------

    def token(self) -> str:
        return f"{self.instance}:{self.seq}"

    def changes_since(self, token: str | None) -> list[str] | None:
        """The names changed after ``token`` (a folder's ends in "/"; the
        root itself is "/"); None when this watcher cannot tell (another
        instance's token, or links it cannot vouch for)."""
        instance, _, number = (token or "").partition(":")
        if instance != self.instance or not number.isdigit() or self.links:
            return None
        since = int(number)
        return [name for name, seq in self.journal.items() if seq > since]

    def close(self) -> None:
        self.notify.close()


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return False
