"""Which data directory a command reads.

In order: the ``--data-dir`` option, the ``JCPOA_TRACKER_DATA`` environment
variable, ``./rounds`` when it exists, and the dataset bundled in the package.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ENV_VAR", "DataDir", "DataDirError", "bundled_data_dir", "resolve_data_dir"]

ENV_VAR = "JCPOA_TRACKER_DATA"


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
    local = cwd / "rounds"
    if local.is_dir():
        return DataDir(local, "working directory")
    return DataDir(bundled_data_dir(), "bundled")


def _existing(path: Path, origin: str, name: str) -> DataDir:
    if not path.is_dir():
        raise DataDirError(f"{name}: '{path}' is not a directory")
    return DataDir(path, origin)
