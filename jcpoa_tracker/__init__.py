"""jcpoa-tracker: where a diplomatic negotiation stands, from sourced YAML data.

The Python API (docs/python.md)::

    import jcpoa_tracker as jt
    data = jt.load()
    jt.status(data, as_of="2021-06-28").to_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jcpoa_tracker import dataclass_code

if TYPE_CHECKING:
    from pathlib import Path

# Before any class of the package is made: their methods come compiled in
# advance (dataclass_code).
dataclass_code.install()

__all__ = [
    "Data",
    "Report",
    "__version__",
    "load",
    "quotes",
    "status",
    "timeline",
    "trends",
    "validate",
]

# The API's names, imported from jcpoa_tracker.api on first use, so that the
# command line's start-up does not pay for them.
_API = frozenset({"Data", "Report", "load", "quotes", "status", "timeline", "trends", "validate"})


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    if name in _API:
        from jcpoa_tracker import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _version() -> str:
    """The installed version, as importlib.metadata gives it: from the
    METADATA of the first ``jcpoa_tracker-*.dist-info`` on sys.path, read
    directly, because importing importlib.metadata costs a report ~10 ms.
    Anything else found first (an .egg-info, an odd name) is left to
    importlib.metadata."""
    import os
    import sys
    from pathlib import Path

    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listed:
                names = [found.name for found in listed]
        except OSError:
            continue
        for name in names:
            folded = name.lower().replace("-", "_").replace(".", "_")
            if not (
                folded.startswith("jcpoa_tracker") and folded.endswith(("dist_info", "egg_info"))
            ):
                continue
            if name.startswith("jcpoa_tracker-") and name.endswith(".dist-info"):
                version = _metadata_version(Path(entry or ".", name, "METADATA"))
                if version:
                    return version
            return _metadata()
    return _metadata()


def _metadata_version(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8") as metadata:
            for line in metadata:
                if line.startswith("Version:"):
                    return line[len("Version:") :].strip()
                if not line.strip():  # the end of the headers
                    break
    except OSError:
        pass
    return None


def _metadata() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jcpoa-tracker")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def __dir__() -> list[str]:
    return sorted(__all__)
