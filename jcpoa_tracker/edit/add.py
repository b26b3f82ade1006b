"""``add``: a new record, in the file the layout gives it, checked against
the whole dataset (base.py) before anything is written.

An existing file gets the record appended to its list, every other byte
kept; a new file is written in the canonical form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode

from jcpoa_tracker.datadir import display_path
from jcpoa_tracker.dates import DateError, parse_iso
from jcpoa_tracker.edit.base import Base
from jcpoa_tracker.edit.document import (
    ROOT,
    Document,
    Item,
    Map,
    Pair,
    Scalar,
    Seq,
    compose,
    split_bom,
)
from jcpoa_tracker.edit.emit import Value, document_text, from_value
from jcpoa_tracker.edit.files import read_for_edit
from jcpoa_tracker.edit.layout import LIST_KEYS, derive_id, target_path
from jcpoa_tracker.edit.scalars import Style
from jcpoa_tracker.edit.splice import EditError, append_item
from jcpoa_tracker.fields import Obj
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.problems import Problem
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = ["Addition", "plan_addition", "round_on", "speaker_role"]


@dataclass(frozen=True, slots=True)
class Addition:
    """A record ready to be written, or the problems it would bring."""

    kind: str
    record_id: str
    path: Path
    shown: str
    before: str | None  # None: the file is new
    after: str
    snippet: str  # the record alone, as a data file
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def plan_addition(base: Base, kind: str, values: Mapping[str, Value]) -> Addition:
    """Place the record and check the dataset with it.  ``values`` are the
    record's fields as data text; without an ``id`` one is derived.  Raises
    EditError when the target file cannot take a record."""
    root = base.root
    record_id = values.get("id")
    if not isinstance(record_id, str) or not record_id:
        record_id = derive_id(kind, values, base.dataset, base.taken_ids())
    record = {"id": record_id, **{k: v for k, v in values.items() if k != "id"}}
    try:
        path = target_path(root, kind, record, record_id)
    except ValueError as error:
        raise EditError(str(error)) from None
    list_key = LIST_KEYS[kind]
    snippet = document_text(Document(_root_with(list_key, record)))
    before = read_for_edit(root, path)
    after = snippet if before is None else _appended(before, list_key, record, snippet)
    errors, warnings = base.introduced({path: after})
    return Addition(
        kind,
        record_id,
        path,
        display_path(path),
        before,
        after,
        snippet,
        errors,
        warnings,
    )


def _root_with(list_key: str, record: Mapping[str, Value]) -> Map:
    item = from_value(record, Obj(RECORD_SPECS[list_key]))
    return Map((Pair(Scalar(list_key, Style.TEXT), Seq((Item(item),))),))


def _appended(original: str, list_key: str, record: Mapping[str, Value], snippet: str) -> str:
    bom, text = split_bom(original)
    try:
        root = compose(text)
    except yaml.YAMLError:
        raise EditError("the file is not valid YAML; run 'jcpoa-tracker validate' on it") from None
    if root is None:  # only comments, or nothing: the record goes after them
        return bom + text + ("\n" if text and not text.endswith("\n") else "") + snippet
    if not isinstance(root, MappingNode) or not root.value:
        raise EditError("the file is not a mapping of record lists; fix it first")
    return bom + append_item(text, root, ROOT, list_key, dict(record))


def speaker_role(dataset: Dataset, speaker: str) -> str | None:
    """The speaker's latest office, as a default for a statement's role."""
    actor = next((a for a in dataset.actors if a.id == speaker), None)
    if actor is None or not actor.roles:
        return None
    return actor.roles[-1].title


def round_on(dataset: Dataset, day: str) -> str | None:
    """The round in session on ``day`` (ISO), as a default for a statement's round."""
    try:
        when = parse_iso(day)
    except DateError:
        return None
    for rnd in dataset.rounds:
        if rnd.cancelled is not None:
            continue
        if rnd.start.first_day <= when.first_day and (
            rnd.end is None or when.last_day <= rnd.end.last_day
        ):
            return rnd.id
    return None
