"""The Python API, for notebooks and scripts (docs/python.md).

The same engines the command line uses, returning the same plain data::

    import jcpoa_tracker as jt
    data = jt.load()                       # the bundled dataset, or a path
    report = jt.status(data, as_of="2021-06-28")
    report.to_dict()                       # what `status --format json` prints
    report.to_dataframe()                  # one row per track (needs pandas)

Dates are ``datetime.date`` objects or text read by the command line's
rules (``"28 June 2021"``, ``"2021-06"``, ``"3w"``).  Nothing here prints,
exits or reads the clock except to default ``as_of`` to today.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from jcpoa_tracker.datadir import resolve_data_dir
from jcpoa_tracker.model import Actor, Dataset
from jcpoa_tracker.problems import Problem

if TYPE_CHECKING:
    from jcpoa_tracker.config import DatasetConfig

__all__ = ["Data", "Report", "load", "quotes", "status", "timeline", "trends", "validate"]

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Data:
    """A loaded data directory: its records, its configuration and the
    problems ``validate`` finds (reports leave out what errors affect)."""

    dataset: Dataset
    problems: tuple[Problem, ...]
    root: Path

    @property
    def config(self) -> DatasetConfig:
        return self.dataset.config

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def actors(self) -> dict[str, Actor]:
        return {a.id: a for a in self.dataset.actors}

    def __repr__(self) -> str:
        d = self.dataset
        return (
            f"<Data {self.config.title!r} from {self.root}: {len(d.statements)} statements, "
            f"{len(d.rounds)} rounds, {len(d.milestones)} milestones, {self.errors} errors>"
        )


@dataclass(frozen=True, slots=True)
class Report(Generic[R]):
    """One report: ``result`` is the engine's plain data; the methods give
    the command line's formats.  Jupyter shows it as Markdown."""

    kind: str
    result: R
    actors: dict[str, Actor]
    _json: Callable[[R, dict[str, Actor]], str]
    _text: Callable[[R, dict[str, Actor]], str]
    _markdown: Callable[[R, dict[str, Actor]], str]
    _rows: Callable[[dict[str, Any]], list[dict[str, Any]]]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (docs/reports.md), as Python objects."""
        document: dict[str, Any] = json.loads(self._json(self.result, self.actors))
        return document

    def to_text(self) -> str:
        return self._text(self.result, self.actors)

    def to_markdown(self) -> str:
        return self._markdown(self.result, self.actors)

    def to_dataframe(self) -> Any:
        """The report's main table as a pandas DataFrame (pandas is an
        optional extra: ``pip install 'jcpoa-tracker[pandas]'``)."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError(
                "to_dataframe needs pandas: pip install 'jcpoa-tracker[pandas]'"
            ) from error
        return pandas.DataFrame(self._rows(self.to_dict()))

    def _repr_markdown_(self) -> str:
        return self.to_markdown()


def load(path: str | os.PathLike[str] | None = None) -> Data:
    """Read and check a data directory: ``path``, else what the command line
    would choose ($JCPOA_TRACKER_DATA, a dataset.yaml or ./rounds in the
    working directory, the bundled dataset)."""
    from jcpoa_tracker.checks import validate as check

    root = _root(path)
    checked, _ = check(root)
    return Data(checked.dataset, tuple(checked.problems), root)


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """The problems of a data directory (an empty list when it is clean);
    each has ``path``, ``line``, ``column``, ``severity``, ``rule``,
    ``message`` and ``hint``.  Checked in batches, as ``validate`` on the
    command line checks it: its memory stays bounded at any size."""
    from jcpoa_tracker.batchcheck import check_directory

    return check_directory(_root(path))


def status(data: Data, *, as_of: date | str | None = None, track: str | None = None) -> Report[Any]:
    """Where the talks stood on ``as_of`` (default today)."""
    from jcpoa_tracker.render import status as render
    from jcpoa_tracker.report.status import build_status

    day = _day(as_of)
    result = build_status(_scope(data, track), day, _about(data, day))
    return Report(
        "status",
        result,
        data.actors,
        render.status_json,
        render.status_text,
        render.status_markdown,
        lambda d: [
            {
                "track": t["id"],
                "title": t["title"],
                "phase": t["phase"],
                "last_round": (t["last_round"] or {}).get("id"),
                "days_since_last_round": t["days_since_last_round"],
                "open_sticking_points": sum(
                    1 for p in t["sticking_points"] if p["status"] != "resolved"
                ),
            }
            for t in d["tracks"]
        ],
    )


def timeline(
    data: Data,
    *,
    as_of: date | str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    kinds: Iterable[str] = (),
    party: str | None = None,
    statements: bool = False,
    track: str | None = None,
) -> Report[Any]:
    """Rounds, milestones, phases (and statements) in date order."""
    from jcpoa_tracker.render import timeline as render
    from jcpoa_tracker.report.timeline import build_timeline

    day = _day(as_of)
    result = build_timeline(
        _scope(data, track),
        day,
        since=_day(since, day, start=True) if since is not None else None,
        until=_day(until, day) if until is not None else None,
        kinds=tuple(kinds),
        party=party,
        statements=statements,
        about=_about(data, day),
    )
    return Report(
        "timeline",
        result,
        data.actors,
        render.timeline_json,
        render.timeline_text,
        render.timeline_markdown,
        lambda d: list(d["events"]),
    )


def trends(
    data: Data,
    *,
    period: str = "month",
    as_of: date | str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    track: str | None = None,
) -> Report[Any]:
    """Rounds, statements, tone, sticking points and milestones per week,
    month, quarter or year."""
    from jcpoa_tracker.dates import Period
    from jcpoa_tracker.render import trends as render
    from jcpoa_tracker.report.trends import build_trends

    day = _day(as_of)
    result = build_trends(
        _scope(data, track),
        day,
        Period(period),
        _day(since, day, start=True) if since is not None else None,
        _day(until, day) if until is not None else None,
        _about(data, day),
    )
    return Report(
        "trends",
        result,
        data.actors,
        render.trends_json,
        render.trends_text,
        render.trends_markdown,
        lambda d: [
            {
                "period": p["period"],
                "start": p["start"],
                "rounds": p["rounds"],
                "session_days": p["session_days"],
                "statements": sum(p["statements"].values()),
            }
            for p in d["periods"]
        ],
    )


def quotes(
    data: Data,
    query: str = "",
    *,
    speaker: str | None = None,
    party: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    as_of: date | str | None = None,
    verified_only: bool = False,
    limit: int | None = 20,
) -> Report[Any]:
    """Statements matching ``query`` (the language of `jcpoa-tracker quotes`),
    ranked; ``speaker`` and ``party`` take any name, alias or spelling."""
    from jcpoa_tracker.render import quotes as render
    from jcpoa_tracker.search.index import open_index
    from jcpoa_tracker.search.quotes import Filters, Vocabulary, search
    from jcpoa_tracker.search.syntax import parse_query

    index = open_index(data.root, os.environ, persistent=True)
    vocabulary = Vocabulary.of(index)
    speakers = vocabulary.chosen_speakers([speaker] if speaker else [], party)
    day = _day(as_of) if as_of is not None else None
    today = _today()
    filters = Filters(
        speakers=None if speakers is None else tuple(sorted(speakers)),
        since=_day(since, today, start=True) if since is not None else None,
        until=_day(until, today) if until is not None else None,
        as_of=day,
        verified_only=verified_only,
    )
    parsed = parse_query(query) if query.strip() else None
    result = search(index, vocabulary, parsed, filters, limit=limit, query_text=query)
    # every quote in a list, as with a limit (the command line streams them instead)
    result = replace(result, quotes=list(result.quotes))
    return Report(
        "quotes",
        result,
        data.actors,
        lambda r, _a: "".join(render.iter_quotes_json(r)),
        lambda r, _a: "".join(render.iter_quotes_text(r)),
        lambda r, _a: "".join(render.iter_quotes_markdown(r)),
        lambda d: [
            {
                "id": q["id"],
                "date": q["date"],
                "speaker": q["speaker"]["id"],
                "speaker_name": q["speaker"]["name"],
                "party": (q["party"] or {}).get("name"),
                "text": q["text"],
                "verified": q["verified"],
                "citation": q["citation"],
            }
            for q in d["quotes"]
        ],
    )


def _root(path: str | os.PathLike[str] | None) -> Path:
    if path is not None:
        root = Path(path)
        if not root.exists():
            raise FileNotFoundError(f"no data directory at {root}")
        return root
    return resolve_data_dir(None, os.environ, Path.cwd()).path


def _today() -> date:
    from jcpoa_tracker.cli.env import Environment

    return Environment().today()


def _day(value: date | str | None, today: date | None = None, *, start: bool = False) -> date:
    from jcpoa_tracker.when import as_of_day, parse_when

    today = today or _today()
    if value is None:
        return today
    if isinstance(value, date):
        return value
    if start:
        return parse_when(value, today).start
    return as_of_day(value, today) if today == _today() else parse_when(value, today).end


def _scope(data: Data, track: str | None) -> Any:
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.sources import grading

    full = grading(data.dataset, lambda statement: statement)
    if track is None:
        return Scope(data.dataset, None, full)
    found = next((t for t in data.dataset.tracks if t.id == track), None)
    if found is None:
        known = ", ".join(t.id for t in data.dataset.tracks)
        raise ValueError(f"no track '{track}'; tracks: {known}")
    return Scope(data.dataset, found, full)


def _about(data: Data, day: date) -> Any:
    from jcpoa_tracker import __version__
    from jcpoa_tracker.datadir import bundled_data_dir, display_path
    from jcpoa_tracker.query import Scope
    from jcpoa_tracker.report.about import About, describe_data_dir, newest_record

    newest, newest_id = newest_record(Scope(data.dataset), day)
    bundled = data.root.resolve() == bundled_data_dir().resolve()
    # a notebook chose the path itself: no "(from --data-dir)" to add
    shown = describe_data_dir("bundled", "", __version__) if bundled else display_path(data.root)
    return About(
        title=data.config.title,
        short_name=data.config.short_name,
        data=shown,
        as_of=day,
        today=_today(),
        newest=newest,
        newest_id=newest_id,
    )
