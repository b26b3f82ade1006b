"""Where a new record belongs (docs/data-format.md, "Layout") and the id it
gets when none is given, derived from its content the way the bundled ids
are: ``smith-2021-06-20-closer-than-ever`` (speaker, date, words),
``geneva-r7`` (a track's numbered rounds), ``text-agreed``, ``jane-smith``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Mapping
from pathlib import Path
from typing import Final

from jcpoa_tracker.dates import parse_iso
from jcpoa_tracker.edit.emit import Value
from jcpoa_tracker.fields import KEBAB
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = ["LIST_KEYS", "derive_id", "ids_on_disk", "slug", "target_path", "unique"]

# record kind -> the top-level key of its list ("statement" -> "statements")
LIST_KEYS: Final = {spec.name: key for key, spec in RECORD_SPECS.items()}

# Words left out of derived ids ("the", "of"...), as in the bundled ids.
_STOPWORD_TEXT: Final = """
    a an the and or but if so than then of to in at for with by from as is are was were be
    been it its this that which who will would shall has have had do does did i we you he
    she they our their his her my your me
"""
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())


def slug(text: str, words: int) -> str:
    """Up to ``words`` meaningful words of ``text``, lower-case, ASCII, kebab-case."""
    folded = unicodedata.normalize("NFKD", text.replace("'", "").replace("\u2019", ""))
    plain = folded.encode("ascii", "ignore").decode("ascii").lower()
    found = [word for word in re.findall(r"[a-z0-9]+", plain) if word not in _STOPWORDS]
    return "-".join(found[:words])


def unique(candidate: str, taken: Container[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``... if that id is taken."""
    if candidate not in taken:
        return candidate
    number = 2
    while f"{candidate}-{number}" in taken:
        number += 1
    return f"{candidate}-{number}"


def derive_id(
    kind: str, values: Mapping[str, Value], dataset: Dataset, taken: Container[str]
) -> str:
    """An id for a new record from its ``values``, not among the ``taken``
    ids; ``dataset`` holds the rounds (a round's id follows its track's)."""
    return unique(_candidate(kind, values, dataset), taken)


def _candidate(kind: str, values: Mapping[str, Value], dataset: Dataset) -> str:
    def text(key: str) -> str:
        value = values.get(key)
        return value if isinstance(value, str) else ""

    if kind == "statement":
        base = f"{text('speaker')}-{_day_part(text('date'))}"
        words = slug(text("text"), 4)
        return f"{base}-{words}" if words else base
    if kind == "round":
        track = text("track")
        if text("number"):
            return f"{_numbered_prefix(track, dataset)}-r{text('number')}"
        place = slug(text("location").split(",")[0], 3)
        return f"{track}-{place or _day_part(text('start'))}"
    if kind == "milestone":
        return slug(text("title"), 4) or f"{text('kind')}-{_day_part(text('date'))}"
    if kind == "actor":
        name = text("name")
        if text("kind") == "person":
            return (slug(name.split()[-1], 3) if name.split() else "") or "actor"
        return slug(name, 3) or "actor"
    return slug(text("title"), 3) or kind


def _numbered_prefix(track: str, dataset: Dataset) -> str:
    """The prefix the track's numbered rounds already use (``geneva`` for
    the ``geneva-talks`` track's ``geneva-r7``), else the track id."""
    prefixes = Counter(
        match.group(1)
        for rnd in dataset.rounds
        if rnd.track == track and (match := re.fullmatch(r"(.+)-r\d+", rnd.id))
    )
    return prefixes.most_common(1)[0][0] if prefixes else track


def _day_part(date_text: str) -> str:
    """``2021-06-20`` of ``2021-06-20T10:00Z``; months and years as they are."""
    return date_text[:10]


def target_path(root: Path, kind: str, values: Mapping[str, Value], record_id: str) -> Path:
    """The file the layout gives the record.  Raises ValueError when an id
    that names a file or folder is not kebab-case (it could name any path)."""

    def text(key: str) -> str:
        value = values.get(key)
        return value if isinstance(value, str) else ""

    for key, named in (("speaker", text("speaker")), ("track", text("track")), ("id", record_id)):
        if named and not KEBAB.fullmatch(named):
            raise ValueError(f"{key} '{named}' is not an id (lower-case words joined by hyphens)")
    if kind == "actor":
        return root / "actors" / f"{record_id}.yaml"
    if kind == "track":
        return root / "tracks" / record_id / "track.yaml"
    if kind == "round":
        return root / "tracks" / text("track") / f"{record_id}.yaml"
    if kind == "document":
        return root / "documents" / f"{record_id}.yaml"
    day = parse_iso(text("date"))
    prefix = _day_part(day.isoformat())
    year = f"{day.year:04d}"
    if kind == "statement":
        return root / "statements" / year / f"{prefix}-{text('speaker')}.yaml"
    return root / "milestones" / year / f"{prefix}-{record_id}.yaml"


def ids_on_disk(root: Path, kind: str) -> list[str]:
    """Actor, track, round or document ids from file and folder names alone, for shell
    completion: no YAML is read, so a Tab press stays quick."""

    def stems(folder: Path, pattern: str) -> list[str]:
        return [path.stem for path in folder.glob(pattern) if not path.name.startswith(".")]

    tracks = root / "tracks"
    if kind in ("actor", "document"):
        found = stems(root / f"{kind}s", "*.y*ml")
    elif kind == "track":
        found = [path.name for path in tracks.glob("*") if path.is_dir()]
    else:
        found = [stem for stem in stems(tracks, "*/*.y*ml") if stem != "track"]
    return sorted(set(found))
