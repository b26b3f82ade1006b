"""jcpoa-tracker: where a diplomatic negotiation stands, from sourced YAML data.

The Python API (docs/python.md)::

    import jcpoa_tracker as jt
    data = jt.load()
    jt.status(data, as_of="2021-06-28").to_dict()
"""

from __future__ import annotations

from typing import Any

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
    # Read from the installed metadata only when asked: importing
    # importlib.metadata costs every command ~10 ms of start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jcpoa-tracker")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    if name in _API:
        from jcpoa_tracker import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
