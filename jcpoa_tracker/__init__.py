"""jcpoa-tracker: where a diplomatic negotiation stands, from sourced YAML data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jcpoa-tracker")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
