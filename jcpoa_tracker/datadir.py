"""Which data directory a command reads.

In order: the ``--data-dir`` option, the ``JCPOA_TRACKER_DATA`` environment
variable, the working directory when it holds a ``dataset.yaml``, ``./rounds``
when it exists, and the dataset bundled in the package.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "CONFIG_NAME",
    "DATA_SUFFIXES",
    "ENV_VAR",
    "FOLDER",
    "MAX_FILE_BYTES",
    "DataDir",
    "DataDirError",
    "UnsafeFile",
    "bundled_data_dir",
    "discover",
    "display_path",
    "entry_stamp",
    "located",
    "read_data",
    "resolve_data_dir",
    "walk",
    "walk_order",
]

ENV_VAR = "JCPOA_TRACKER_DATA"
DATA_SUFFIXES = (".yaml", ".yml")
# The dataset's configuration, at the root of a data directory; not a data file.
CONFIG_NAME = "dataset.yaml"
# The largest data file read (the biggest real one is a few kilobytes): a
# bigger one is an error, so a link to /dev/zero or a runaway file can never
# exhaust memory.
MAX_FILE_BYTES = 8 * 1024 * 1024


class DataDirError(Exception):
    """The data directory asked for does not exist."""


@dataclass(frozen=True, slots=True)
class DataDir:
    """The data directory a command uses, and where that choice came from."""

    path: Path
    origin: str  # "option", "environment", "working directory" or "bundled"


def bundled_data_dir() -> Path:
    """The dataset shipped in the package (or, in a source checkout, rounds/)."""
    package = Path(__file__).resolve().parent
    installed = package / "data" / "rounds"
    if installed.is_dir():
        return installed
    return package.parent / "rounds"


def resolve_data_dir(option: Path | None, environ: Mapping[str, str], cwd: Path) -> DataDir:
    if option is not None:
        return _existing(option, "option", "--data-dir")
    if environ.get(ENV_VAR):
        return _existing(Path(environ[ENV_VAR]), "environment", ENV_VAR)
    if (cwd / CONFIG_NAME).is_file():  # inside a data repository made by `init`
        return DataDir(cwd, "working directory")
    local = cwd / "rounds"
    if local.is_dir():
        return DataDir(local, "working directory")
    return DataDir(bundled_data_dir(), "bundled")


def _existing(path: Path, origin: str, name: str) -> DataDir:
    if not path.exists():
        raise DataDirError(
            f"{name}: '{path}' does not exist; to start a new dataset there, run "
            f"'jcpoa-tracker init {path} --title \"...\"'"
        )
    if not path.is_dir():
        raise DataDirError(f"{name}: '{path}' is not a directory")
    return DataDir(path, origin)


# Where statement files belong (checks.expected_folder): read after every
# other file by the store and by validate, so the records statements are
# checked against are complete first.
STATEMENTS_FOLDER = "statements/"


def discover(root: Path) -> list[Path]:
    """Every data file under ``root``, in a stable order; hidden files and
    folders (``.git``, editor backups) are skipped.

    Entries that must not be read are listed too, so that reading them
    (``read_data``) reports them where they are: symbolic links (to a file
    or a folder; never followed), special files named like data files
    (FIFOs, devices, sockets), and folders that cannot be listed."""
    return [Path(path) for _, path in walk(root)]


def walk(root: Path) -> list[tuple[str, str]]:
    """``discover``'s entries as (path relative to ``root`` with ``/``
    separators, path); a root that is not a folder is its own entry."""
    if not root.is_dir():
        return [(root.name, str(root))] if os.path.lexists(root) else []
    found: dict[str, Any] = {}
    _walk(str(root), "", found, stamped=False)
    return list(found.items())


# A file's stamp: size, inode, modification and change times (ns).
Stamp = tuple[int, int, int, int]


def walk_stamped(root: Path) -> dict[str, Stamp]:
    """``walk``'s entries by relative path, in its order, with their stamps
    (links and special files stamped as themselves); an entry gone since
    the listing is left out."""
    if not root.is_dir():
        stamp = stamp_of(str(root))
        return {} if stamp is None else {root.name: stamp}
    found: dict[str, Any] = {}
    _walk(str(root), "", found, stamped=True)
    return found


def _walk(folder: str, prefix: str, found: dict[str, Any], stamped: bool) -> None:
    # Each entry's value is its stamp (``stamped``) or its path.  Each name
    # is stat'ed through the folder's descriptor (fstatat: the kernel
    # resolves one name, not the whole path) and the stamp comes from that
    # one call: the listing and stat of every file is most of a warm run on
    # a large archive (a fifth faster than scandir, then lstat of each path),
    # so the loop does as little else as it can: a stamp per file, and no
    # path unless asked.
    try:
        descriptor = os.open(folder, _FOLDER_FLAGS)
    except OSError:
        _unlistable(folder, prefix, found, stamped)
        return
    subfolders = []
    try:
        try:
            names = sorted(os.listdir(descriptor))  # noqa: PTH208 (a descriptor: Path cannot)
        except OSError:
            _unlistable(folder, prefix, found, stamped)
            return
        for name in names:
            if name[0] == ".":
                continue
            try:
                info = os.stat(name, dir_fd=descriptor, follow_symlinks=False)
            except OSError:
                continue  # removed since the listing
            kind = info.st_mode & _KIND_BITS
            if kind == stat.S_IFDIR:
                subfolders.append(name)
                continue
            if kind == stat.S_IFLNK:
                if not name.endswith(DATA_SUFFIXES) and not _leads_to_folder(name, descriptor):
                    continue
            elif not name.endswith(DATA_SUFFIXES) or (not prefix and name == CONFIG_NAME):
                continue
            if stamped:  # _stamp(info), without the call
                found[prefix + name] = (
                    info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns
                )  # fmt: skip
            else:
                found[prefix + name] = f"{folder}/{name}"
    finally:
        os.close(descriptor)
    for name in subfolders:
        _walk(f"{folder}/{name}", f"{prefix}{name}/", found, stamped)


# entry_stamp's answer for a folder: not an entry, but what is in it may be.
FOLDER: Stamp = (-1, -1, -1, -1)


def entry_stamp(root: Path, relative: str) -> Stamp | None:
    """The stamp ``search.index.scan`` lists for ``relative`` (the
    configuration, or an entry of ``walk_stamped``) as it is now, by the
    walk's rules for one name; None when it would not be listed; FOLDER for
    a folder.  The file watcher's clients use it for the names it reports:
    tests/test_watch.py holds it to the walk after random changes."""
    if any(part[:1] == "." for part in relative.split("/")):
        return None  # hidden, as the walk skips it
    path = f"{root}/{relative}"
    try:
        info = os.lstat(path)
    except OSError:
        return None
    kind = info.st_mode & _KIND_BITS
    if kind == stat.S_IFDIR:
        return FOLDER
    stamp = _stamp(info)
    if relative == CONFIG_NAME:
        return stamp  # (scan lists it first, whatever it is)
    if relative.endswith(DATA_SUFFIXES):
        return stamp
    if kind == stat.S_IFLNK and Path(path).is_dir():  # a link to a folder, whatever its name
        return stamp
    return None


_KIND_BITS = 0o170000  # stat.S_IFMT's mask, without a call per file


def walk_order(relative: str) -> tuple[tuple[int, str], ...]:
    """A key that sorts relative paths (``/`` separators) in the order
    ``walk`` lists them: in each folder its files by name, then each of its
    folders by name, depth first.  For listings that are not read from disk
    (a git revision's files)."""
    *folders, name = relative.split("/")
    return (*((1, folder) for folder in folders), (0, name))


_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def _unlistable(folder: str, prefix: str, found: dict[str, Any], stamped: bool) -> None:
    """A folder that cannot be listed is an entry itself: read_data says why."""
    relative = prefix.rstrip("/") or "."
    if not stamped:
        found[relative] = folder
    elif (stamp := stamp_of(folder)) is not None:
        found[relative] = stamp


def _leads_to_folder(name: str, descriptor: int) -> bool:
    try:
        return stat.S_ISDIR(os.stat(name, dir_fd=descriptor).st_mode)
    except OSError:
        return False


def stamp_of(path: str) -> Stamp | None:
    """The stamp of ``path`` itself (a link is not followed); None if gone."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return _stamp(info)


def _stamp(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)


class UnsafeFile(Exception):
    """A data file that is not read: what it is, and what to do."""

    def __init__(self, rule: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
        self.hint = hint


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def read_data(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of one data file, read only when it is a regular file of at
    most ``limit`` bytes.  Never follows a symbolic link, never blocks on a
    FIFO or device, never reads a byte of anything else; raises UnsafeFile
    (with a rule id for the problem) or OSError (a file that vanished)."""
    # A device is never even opened (opening some has effects); the checks
    # are repeated on what was opened, in case the entry was swapped since.
    try:
        _check_kind(os.lstat(path).st_mode, path)
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _link(path) from None
        if error.errno in (errno.EACCES, errno.EPERM):
            raise _unreadable(path, error) from None
        raise
    try:
        info = os.fstat(handle)
        _check_kind(info.st_mode, path)
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeFile(
                "unreadable",
                "cannot list this folder: permission denied; its files were not read",
                "give the user read and execute permission on it (chmod u+rx)",
            )
        if info.st_size > limit:
            raise _too_large(limit)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise _too_large(limit)  # it grew while being read
        return b"".join(chunks)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM):
            raise _unreadable(path, error) from None
        raise
    finally:
        os.close(handle)


def _check_kind(mode: int, path: Path) -> None:
    """Raise UnsafeFile for a link or a special file (a folder passes: it is
    one that could not be listed, reported by read_data)."""
    if stat.S_ISLNK(mode):
        raise _link(path)
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise UnsafeFile(
            "special-file",
            f"this is a {_kind(mode)}, not a regular file; it was not read",
            "data files are regular files: replace it with one, or remove it",
        )


def _link(path: Path) -> UnsafeFile:
    what = "folder" if path.is_dir() else "file"
    return UnsafeFile(
        "symlink",
        f"this is a symbolic link (to a {what}); links in the data directory are never followed",
        "put the file itself here (links could reach files outside the data directory)",
    )


def _unreadable(path: Path, error: OSError) -> UnsafeFile:
    what = "folder" if path.is_dir() else "file"
    reason = (error.strerror or "permission denied").lower()
    return UnsafeFile(
        "unreadable",
        f"cannot read this {what}: {reason}",
        "give the user read permission on it (chmod u+r), or move it out of the data directory",
    )


def _too_large(limit: int) -> UnsafeFile:
    return UnsafeFile(
        "file-too-large",
        f"the file is larger than the limit of {limit // (1024 * 1024)} MiB; it was not read",
        "split it: one file per speaker and day (see docs/data-format.md, 'Layout')",
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def located(path: Path) -> Path:
    """The absolute path with its folders resolved but not its last part: a
    symbolic link stays itself (resolving it could leave the data directory,
    or loop)."""
    if path.name in ("", ".", ".."):
        return path.resolve()
    return path.parent.resolve() / path.name


def display_path(path: Path) -> str:
    """The path as a person would type it: relative to the working directory
    when the file is below it.  A symbolic link is shown as itself, never
    as the file it points to."""
    try:
        return str(located(path).relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def display_paths() -> Callable[[Path], str]:
    """``display_path`` for the many files of one reading: each folder is
    resolved once (resolving it is most of ``display_path``'s cost), so the
    names it gives hold while no folder on the way is moved or relinked."""
    here = Path.cwd().resolve()
    folders: dict[Path, str | None] = {}  # None: not below the working directory

    def shown(path: Path) -> str:
        if path.name in ("", ".", ".."):
            return display_path(path)
        parent = path.parent
        if parent in folders:
            folder = folders[parent]
        else:
            try:
                folder = folders[parent] = str(parent.resolve().relative_to(here))
            except ValueError:
                folder = folders[parent] = None
        if folder is None:
            return str(path)
        return path.name if folder == "." else f"{folder}{os.sep}{path.name}"

    return shown
