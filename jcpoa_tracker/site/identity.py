"""What the site calls the dataset: its title, short name and description.

The one place the generator learns them, from the data directory's
``dataset.yaml``; nothing about any particular negotiation is written in
the generator itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from jcpoa_tracker.datadir import CONFIG_NAME

__all__ = ["Identity", "dataset_identity"]


@dataclass(frozen=True, slots=True)
class Identity:
    title: str
    short_name: str
    description: str


def dataset_identity(root: Path) -> Identity:
    """The dataset's own names; a data directory without a configuration is
    named after its folder."""
    fallback = root.resolve().name or "dataset"
    config: object = None
    path = root / CONFIG_NAME
    if path.is_file():
        try:
            config = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            config = None  # `validate` reports a broken configuration
    values = config if isinstance(config, dict) else {}
    title = _text(values.get("title")) or fallback
    return Identity(
        title=title,
        short_name=_text(values.get("short_name")) or title,
        description=_text(values.get("description")) or "",
    )


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
