"""The timeline as compact text, Markdown grouped by year, JSON, or Rich
tables grouped by year."""

from __future__ import annotations

import json
from itertools import groupby
from typing import TYPE_CHECKING

from jcpoa_tracker.model import Actor
from jcpoa_tracker.render.escape import markdown, one_line
from jcpoa_tracker.report.timeline import Event, EventKind, Timeline

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["timeline_json", "timeline_markdown", "timeline_rich", "timeline_text"]


def _when(event: Event) -> str:
    if event.end is not None and event.end != event.date:
        return f"{event.date}..{event.end}"
    return str(event.date)


def _label(event: Event) -> str:
    return event.subkind if event.kind is EventKind.MILESTONE else str(event.kind)


def _what(event: Event, actors: dict[str, Actor]) -> str:
    if event.kind is EventKind.STATEMENT:
        speaker = actors.get(event.parties[0])
        name = speaker.name if speaker else event.parties[0]
        return f'{name}: "{event.title}"'
    return event.title


def _flag(event: Event) -> str:
    return " (uncertain)" if event.uncertain else ""


def _header(timeline: Timeline) -> str:
    span = f"{timeline.since} to {timeline.until}" if timeline.since else f"to {timeline.until}"
    subject = f"{timeline.about.title}: timeline" if timeline.about else "Timeline"
    count = f"{len(timeline.events)} events"
    return f"{one_line(subject)} {span}, as known on {timeline.as_of}: {count}"


def _footer(timeline: Timeline) -> list[str]:
    return ["", timeline.about.footer()] if timeline.about else []


def timeline_text(timeline: Timeline, actors: dict[str, Actor]) -> str:
    """One line per event: date, kind, what, [record id]; plain, unwrapped."""
    lines = [_header(timeline)]
    for e in timeline.events:
        lines.append(
            f"{_when(e):<22}  {_label(e):<19}  {one_line(_what(e, actors))}{_flag(e)}"
            f"  [{one_line(e.record)}]"
        )
    lines += [one_line(line) for line in _footer(timeline)]
    return "\n".join(lines) + "\n"


def timeline_markdown(timeline: Timeline, actors: dict[str, Actor]) -> str:
    lines = [f"# {_header(timeline)}"]
    for year, events in groupby(timeline.events, key=lambda e: e.date.year):
        lines += ["", f"## {year}", ""]
        lines += [
            f"- {_when(e)} — *{_label(e)}*: {markdown(_what(e, actors))}{_flag(e)}" for e in events
        ]
    lines += [markdown(line) for line in _footer(timeline)]
    return "\n".join(lines) + "\n"


def timeline_rich(timeline: Timeline, actors: dict[str, Actor]) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    styles = {
        EventKind.ROUND: "bold cyan",
        EventKind.CANCELLED: "red",
        EventKind.PHASE: "bold yellow",
        EventKind.MILESTONE: "green",
        EventKind.STATEMENT: "dim",
    }
    parts: list[RenderableType] = [Text(_header(timeline), style="bold underline")]
    for year, events in groupby(timeline.events, key=lambda e: e.date.year):
        table = Table(
            title=str(year),
            title_justify="left",
            show_header=False,
            box=None,
            pad_edge=False,
            expand=False,
        )
        table.add_column("when", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("what")
        for e in events:
            what = Text(one_line(_what(e, actors)))
            if e.uncertain:
                what.append(" (uncertain)", style="magenta")
            table.add_row(Text(_when(e)), Text(_label(e), style=styles[e.kind]), what)
        parts.append(table)
    parts += [Text(line, style="dim") for line in _footer(timeline)]
    return Group(*parts)


def timeline_json(timeline: Timeline, actors: dict[str, Actor]) -> str:
    document = {
        "version": 1,
        "report": "timeline",
        "as_of": timeline.as_of.isoformat(),
        "title": timeline.about.title if timeline.about else None,
        "projected": timeline.about.projected if timeline.about else False,
        "data": timeline.about.to_dict() if timeline.about else None,
        "since": timeline.since.isoformat() if timeline.since else None,
        "until": timeline.until.isoformat(),
        "events": [
            {
                "date": str(e.date),
                "end": str(e.end) if e.end else None,
                "kind": str(e.kind),
                "subkind": e.subkind,
                "title": e.title,
                "id": e.record,
                "track": e.track,
                "parties": list(e.parties),
                "uncertain": e.uncertain,
            }
            for e in timeline.events
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
