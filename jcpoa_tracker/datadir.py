"""Which data directory a command reads.

In order: the ``--data-dir`` option, the ``JCPOA_TRACKER_DATA`` environment
variable, the working directory when it holds a ``dataset.yaml``, ``./rounds``
when it exists, and the dataset bundled in the package.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CONFIG_NAME",
    "DATA_SUFFIXES",
    "ENV_VAR",
    "DataDir",
    "DataDirError",
    "bundled_data_dir",
    "discover",
    "display_path",
    "resolve_data_dir",
]

ENV_VAR = "JCPOA_TRACKER_DATA"
DATA_SUFFIXES = (".yaml", ".yml")
# The dataset's configuration, at the root of a data directory; not a data file.
CONFIG_NAME = "dataset.yaml"


class DataDirError(Exception):
    """The data directory asked for does not exist."""


@dataclass(frozen=True, slots=True)
class DataDir:
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


def discover(root: Path) -> list[Path]:
    """Every data file under ``root``, in a stable order; hidden files and
    folders (``.git``, editor backups) are skipped."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        at_root = folder == str(root)
        found.extend(
            Path(folder) / name
            for name in sorted(filenames)
            if name.endswith(DATA_SUFFIXES)
            and not name.startswith(".")
            and not (at_root and name == CONFIG_NAME)
        )
    return found


def display_path(path: Path) -> str:
    """The path as a person would type it: relative to the working directory
    when the file is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
