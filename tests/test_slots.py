"""``slots.evolve`` and ``slots.make``: the records they give equal those
``dataclasses.replace`` and ``__init__`` give, for every record of the
bundled data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.loader import load
from jcpoa_tracker.model import Record, Source
from jcpoa_tracker.slots import evolve, field_names, make
from tests.conftest import DATA


def _records() -> list[Record]:
    loaded = load([DATA])
    dataset = loaded.dataset
    return [
        *dataset.actors,
        *dataset.tracks,
        *dataset.rounds,
        *dataset.statements,
        *dataset.milestones,
        *dataset.documents,
    ]


RECORDS = _records()


def test_evolve_equals_replace_for_every_record_and_source() -> None:
    assert len(RECORDS) > 500
    for record in RECORDS:
        changed = evolve(record, path="elsewhere.yaml", line=7)
        assert changed == replace(record, path="elsewhere.yaml", line=7)
        assert type(changed) is type(record)
        assert changed.path == "elsewhere.yaml" and record.path != "elsewhere.yaml"
        for source in record.sources:
            graded = evolve(source, note="n")
            assert graded == replace(source, note="n")
            assert graded.url == source.url and graded is not source


def test_make_rebuilds_a_record_from_its_fields_in_order() -> None:
    for record in RECORDS:
        values = [getattr(record, name) for name in field_names(type(record)) or ()]
        assert make(type(record), values) == record


def test_evolve_refuses_what_replace_would_refuse_or_check() -> None:
    source = Source(url="https://example.org/a")
    with pytest.raises(TypeError, match="no field 'tire'"):
        evolve(source, tire=None)
    with pytest.raises(TypeError, match="not a dataclass"):
        evolve("text")
    # FuzzyDate checks its fields in __post_init__: only replace may change one
    day = FuzzyDate(2015, 7, 14)
    with pytest.raises(TypeError, match="__post_init__"):
        evolve(day, day=15)
    assert replace(day, day=15).last_day.day == 15


def test_make_refuses_the_wrong_number_of_values() -> None:
    with pytest.raises(ValueError):
        make(Source, ["https://example.org/a"])
