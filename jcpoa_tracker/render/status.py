"""The status report as plain text, Markdown, JSON or Rich renderables.

All four walk the same ``Status`` object in the same order; only the markup
differs.  Text from data passes through ``escape`` for each format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.dates import FuzzyDate, elapsed
from jcpoa_tracker.model import (
    Actor,
    Confidence,
    Round,
    Source,
    Statement,
    StickingDisposition,
    role_held,
)
from jcpoa_tracker.render.escape import markdown, markdown_url, one_line
from jcpoa_tracker.report.status import (
    LatestMeasurement,
    PartyStatement,
    Status,
    StickingPointStatus,
    TrackStatus,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["days", "phase_summary", "status_json", "status_markdown", "status_rich", "status_text"]

Names = dict[str, Actor]


def _name(actors: Names, ident: str) -> str:
    actor = actors.get(ident)
    return actor.name if actor else ident


def days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def _round_line(rnd: Round, actors: Names) -> str:
    parts = [rnd.title, _span(rnd)]
    if rnd.parts:
        held = ", ".join(
            f"{p.start.human()}" + (f" to {p.end.human()}" if p.end and p.end != p.start else "")
            for p in rnd.parts
        )
        parts.append(f"in {len(rnd.parts)} parts: {held}")
    if rnd.location:
        parts.append(rnd.location)
    if rnd.format:
        parts.append(str(rnd.format))
    if rnd.mediator:
        parts.append(f"mediator {_name(actors, rnd.mediator)}")
    return "; ".join(parts)


def _span(rnd: Round) -> str:
    if rnd.end is None or rnd.end == rnd.start:
        return rnd.start.human() if rnd.end else f"from {rnd.start.human()}"
    return f"{rnd.start.human()} to {rnd.end.human()}"


def _delegations(rnd: Round, actors: Names) -> str:
    return "; ".join(
        f"{_name(actors, party)}: {', '.join(_name(actors, p) for p in people)}"
        for party, people in rnd.delegations.items()
    )


def _flags(statement: Statement) -> str:
    flags = []
    if not statement.verified:
        flags.append("wording unverified")
    if statement.confidence is Confidence.LOW:
        flags.append("low confidence")
    return f" [{', '.join(flags)}]" if flags else ""


def phase_summary(track: TrackStatus) -> str:
    """The phase, the round in session (and its day) or the time since the
    last one, and any declared phase: shared by the status and briefings."""
    line = str(track.phase)
    if track.current is not None:
        line += f": {track.current.round.title}, day {track.current.day}"
        if track.current.pause is not None:
            line += f" (paused since {track.current.pause.start.human()})"
    elif track.last_round is not None and track.days_since_last is not None:
        line += f"; {days(track.days_since_last)} since the last round ended"
    if track.declared is not None and track.declared.phase != "active":
        line += f"; declared {track.declared.phase} on {track.declared.date.human()}"
    return line


def _phase_line(track: TrackStatus) -> str:
    line = phase_summary(track)
    if track.cancelled is not None and track.cancelled.cancelled is not None:
        line += (
            f"; called off on {track.cancelled.cancelled.human()}: {track.cancelled.title}, "
            f"planned for {track.cancelled.start.human()}"
        )
    if track.next_round is not None and track.days_to_next is not None:
        line += (
            f"; next: {track.next_round.title} on {track.next_round.start.human()}"
            f" (in {days(track.days_to_next)})"
        )
    return line


def _tone(value: float | None, n: int) -> str:
    return f"{value:+.1f} (n={n})" if value is not None else "none (n=0)"


def _role(item: PartyStatement) -> str | None:
    """The statement's own role, else the role its speaker held that day."""
    if item.statement.role or item.speaker is None:
        return item.statement.role
    held = role_held(item.speaker.roles, item.statement.date)
    return held.title if held else None


def _point_line(point: StickingPointStatus) -> str:
    """'Title: open since 1 May 2021 (last round: r3)', with what happened to
    a point later rounds did not list, and its earlier titles."""
    state = point.state
    if point.superseded_by:
        state += f" by {point.superseded_by}"
    elif point.disposition is StickingDisposition.DROPPED:
        state += f" (was {point.status})"
    details = [f"last round: {point.round}"]
    if point.disposition is StickingDisposition.CARRIED:
        details.append("carried: not listed in later rounds")
    if point.on_table:
        details.append("on the table now")
    if point.former_titles:
        details.append("formerly: " + "; ".join(point.former_titles))
    return f"{point.title}: {state} since {point.since.human()} ({', '.join(details)})"


def _source_text(statement: Statement) -> str:
    source = statement.sources[0] if statement.sources else None
    if source is None:
        return "no source"
    url, tier = one_line(source.url), _tier(source)
    return f"{one_line(source.outlet)}{tier}, {url}" if source.outlet else url + tier


def _source_markdown(statement: Statement) -> str:
    source = statement.sources[0] if statement.sources else None
    if source is None:
        return "no source"
    url = markdown_url(source.url)
    tier = _tier(source)
    return f"{markdown(source.outlet)}{tier}, {url}" if source.outlet else url + tier


def _tier(source: Source) -> str:
    """' [wire]': the source's tier, when the data grades its sources."""
    return f" [{source.tier}]" if source.tier is not None else ""


def _lines(status: Status, actors: Names, esc: Callable[[str], str], md: bool) -> Iterator[str]:
    """The report as lines; ``md`` adds Markdown headings and bullets."""
    source = _source_markdown if md else _source_text
    h = "## " if md else ""
    bullet = "- " if md else "  "
    scope = f" ({esc(status.track)})" if status.track else ""
    day = FuzzyDate.from_date(status.as_of).human()
    about = status.about
    title = f"{esc(about.title)}: status as of {day}" if about else f"Status as of {day}"
    yield f"{'# ' if md else ''}{title}{scope}"
    if about is not None and about.projected:
        yield ""
        yield (
            f"PROJECTED BEYOND TODAY: this report is as of {day}, after today "
            f"({FuzzyDate.from_date(about.today).human()}); counts of days are projections."
        )
    if status.quiet:
        yield ""
        last = status.last_record
        since = (
            f"; the last recorded event is {esc(last[1])} on {last[0].human()} "
            f"({elapsed(last[0].last_day, status.as_of)} before this date)"
            if last
            else ""
        )
        yield f"Nothing recorded in the last {days(status.recent_days)}{since}."
    if not status.tracks:
        yield ""
        yield "No negotiation track had started by this date."
    for track in status.tracks:
        yield ""
        yield f"{h}{esc(track.track.title)}"
        yield f"{bullet}Phase: {esc(_phase_line(track))}"
        rnd = track.current.round if track.current else track.last_round
        if rnd is not None:
            label = "Current round" if track.current else "Last round"
            yield f"{bullet}{label}: {esc(_round_line(rnd, actors))}"
            if rnd.delegations:
                yield f"{bullet}Lead negotiators: {esc(_delegations(rnd, actors))}"
            if rnd.documents:
                texts = "; ".join(status.documents.get(d, d) for d in rnd.documents)
                yield f"{bullet}Texts on the table: {esc(texts)}"
            if rnd.outcome and not track.current:
                yield f"{bullet}Outcome: {esc(rnd.outcome)}"
        if track.sticking_points:
            yield f"{bullet}Sticking points:"
            for point in track.sticking_points:
                yield f"{'  - ' if md else '    '}{esc(_point_line(point))}"
    yield ""
    yield f"{h}Latest statement by each party"
    if not status.latest_statements:
        yield f"{bullet}None recorded."
    for item in status.latest_statements:
        s = item.statement
        speaker = item.speaker.name if item.speaker else s.speaker
        held = _role(item)
        role = f", {held}" if held else ""
        if s.on_behalf_of and "behalf" not in role:
            role += f", on behalf of {_name(actors, s.on_behalf_of)}"
        yield (
            f"{bullet}{esc(_name(actors, item.party))}: {esc(speaker + role)}, {s.date.human()}: "
            f'"{esc(s.text)}"{_flags(s)} ({source(s)})'
        )
    if status.context_statements:
        yield ""
        yield f"{h}More recent statements that are context, not about the talks"
        for item in status.context_statements:
            s = item.statement
            speaker = item.speaker.name if item.speaker else s.speaker
            held = _role(item)
            role = f", {held}" if held else ""
            topics = ", ".join(s.topics)
            yield (
                f"{bullet}{esc(_name(actors, item.party))}: {esc(speaker + role)}, "
                f'{s.date.human()} [{esc(topics)}]: "{esc(s.text)}"{_flags(s)} ({source(s)})'
            )
    yield ""
    yield f"{h}Milestones in the last {days(status.recent_days)}"
    if not status.recent_milestones:
        yield f"{bullet}None."
    for dated in status.recent_milestones:
        m = dated.milestone
        yield f"{bullet}{m.date.human()}: {esc(m.title)} [{m.kind}]"
    if status.upcoming:
        yield ""
        yield f"{h}Upcoming"
        for dated in status.upcoming:
            m = dated.milestone
            yield f"{bullet}{m.date.human()}: {esc(m.title)} [{m.kind}], in {days(dated.days)}"
    if status.measurements:
        yield ""
        yield f"{h}Latest measured values (each as of its own date)"
        for latest in status.measurements:
            yield f"{bullet}{esc(_measurement_line(latest, status.as_of, md))}"
    if status.tone:
        yield ""
        yield f"{h}Tone, last 30 days against the 30 before (-2 hostile to +2 cooperative)"
        for tone in status.tone:
            recent = _tone(tone.recent_mean, tone.recent_n)
            previous = _tone(tone.previous_mean, tone.previous_n)
            yield f"{bullet}{esc(_name(actors, tone.party))}: {recent} against {previous}"
    b = status.basis
    yield ""
    yield (
        f"Based on {b.rounds} rounds, {b.milestones} milestones and {b.statements} statements "
        f"known by this date; {b.coded} of {b.statements} statements coded for tone, "
        f"{b.unverified} with unverified wording, {b.low_confidence} of low confidence."
    )
    if about is not None:
        yield ""
        yield esc(about.footer())


def _measurement_line(latest: LatestMeasurement, as_of: date, md: bool) -> str:
    """Label, value (with its range), kind, date, age, staleness, caveat and
    source: a measured value is never printed without them."""
    value = latest.measurement
    figure = f"{value.value:g} {value.unit}"
    if value.low is not None or value.high is not None:
        low = "?" if value.low is None else f"{value.low:g}"
        high = "?" if value.high is None else f"{value.high:g}"
        figure += f" (range {low}-{high})"
    kind = f", {latest.kind}" if latest.kind else ""
    when = latest.milestone.date
    age = elapsed(when.last_day, as_of)
    stale = "; STALE, not the current state" if latest.stale else ""
    parts = [f"{latest.label}{kind}: {figure} on {when.human()} ({age} before this report{stale})"]
    if value.note:
        parts.append(value.note)
    if latest.caveat:
        parts.append(f"caveat: {latest.caveat}")
    source = latest.milestone.sources[0] if latest.milestone.sources else None
    if source is not None:
        parts.append(f"source: {source.outlet + ', ' if source.outlet else ''}{source.url}")
    return "; ".join(parts)


def status_text(status: Status, actors: Names) -> str:
    """Plain text: no colour, no wrapping (for pipes, mail and cron)."""
    return "\n".join(_lines(status, actors, one_line, md=False)) + "\n"


def status_markdown(status: Status, actors: Names) -> str:
    return "\n".join(_lines(status, actors, markdown, md=True)) + "\n"


def status_rich(status: Status, actors: Names) -> RenderableType:
    """The terminal view: the same lines, with headings and phases styled.
    Data text goes into ``Text`` objects, which never interpret markup."""
    from rich.console import Group
    from rich.text import Text

    from jcpoa_tracker.render.layout import hanging_lines

    styles = {
        "in session": "bold green",
        "paused": "yellow",
        "between rounds": "cyan",
        "suspended": "bold yellow",
        "collapsed": "bold red",
        "concluded": "bold",
    }
    parts: list[Text] = []
    plain = ("Based on", "Data:", "Nothing recorded")
    for line in _lines(status, actors, one_line, md=False):
        text = Text(line)
        if line.startswith("PROJECTED"):
            text.stylize("bold reverse")
        elif line and not line.startswith(" ") and not line.startswith(plain):
            text.stylize("bold underline" if not parts else "bold")
        for phase, style in styles.items():
            marker = f"Phase: {phase}"
            at = line.find(marker)
            if at >= 0:
                text.stylize(style, at + 7, at + len(marker))
        for flag in ("[wording unverified", "low confidence]"):
            at = line.find(flag)
            if at >= 0:
                text.stylize("magenta", at, at + len(flag))
        parts.append(text)
    return Group(*hanging_lines(parts))


def _date(value: FuzzyDate | None) -> str | None:
    return str(value) if value is not None else None


def _round_json(rnd: Round | None, actors: Names) -> dict[str, Any] | None:
    if rnd is None:
        return None
    return {
        "id": rnd.id,
        "title": rnd.title,
        "number": rnd.number,
        "start": _date(rnd.start),
        "end": _date(rnd.end),
        "location": rnd.location,
        "format": rnd.format,
        "mediator": rnd.mediator,
        "delegations": {
            party: [{"id": p, "name": _name(actors, p)} for p in people]
            for party, people in rnd.delegations.items()
        },
        "outcome": rnd.outcome,
    }


def status_json(status: Status, actors: Names) -> str:
    """The documented JSON shape (docs/reports.md), version 1."""
    document = {
        "version": 1,
        "report": "status",
        "as_of": status.as_of.isoformat(),
        "title": status.about.title if status.about else None,
        "projected": status.about.projected if status.about else False,
        "data": status.about.to_dict() if status.about else None,
        "track": status.track,
        "tracks": [
            {
                "id": t.track.id,
                "title": t.track.title,
                "phase": str(t.phase),
                "declared_phase": None
                if t.declared is None
                else {
                    "phase": str(t.declared.phase),
                    "date": str(t.declared.date),
                    "note": t.declared.note,
                },
                "current_round": None
                if t.current is None
                else {
                    **(_round_json(t.current.round, actors) or {}),
                    "day": t.current.day,
                    "paused": t.current.pause is not None,
                },
                "last_round": _round_json(t.last_round, actors),
                "days_since_last_round": t.days_since_last,
                "next_round": _round_json(t.next_round, actors),
                "days_to_next_round": t.days_to_next,
                "cancelled_round": None
                if t.cancelled is None
                else {
                    "id": t.cancelled.id,
                    "title": t.cancelled.title,
                    "planned": str(t.cancelled.start),
                    "cancelled": str(t.cancelled.cancelled),
                },
                "sticking_points": [
                    {
                        "id": p.id,
                        "title": p.title,
                        "status": str(p.status),
                        "since": str(p.since),
                        "round": p.round,
                        "note": p.note,
                        "on_table": p.on_table,
                        "state": p.state,
                        "disposition": None if p.disposition is None else str(p.disposition),
                        "superseded_by": p.superseded_by,
                        "former_titles": list(p.former_titles),
                    }
                    for p in t.sticking_points
                ],
            }
            for t in status.tracks
        ],
        "latest_statements": [_statement_json(item) for item in status.latest_statements],
        "context_statements": [_statement_json(item) for item in status.context_statements],
        "quiet": status.quiet,
        "last_record": None
        if status.last_record is None
        else {"date": str(status.last_record[0]), "id": status.last_record[1]},
        "recent_milestones": [
            _milestone(d.milestone, "days_ago", -d.days) for d in status.recent_milestones
        ],
        "upcoming": [_milestone(d.milestone, "days_remaining", d.days) for d in status.upcoming],
        "measurements": [_measurement_json(m) for m in status.measurements],
        "tone": [
            {
                "party": t.party,
                "last_30_days": {"mean": t.recent_mean, "n": t.recent_n},
                "previous_30_days": {"mean": t.previous_mean, "n": t.previous_n},
            }
            for t in status.tone
        ],
        "basis": {
            "rounds": status.basis.rounds,
            "milestones": status.basis.milestones,
            "statements": status.basis.statements,
            "statements_coded": status.basis.coded,
            "statements_unverified": status.basis.unverified,
            "statements_low_confidence": status.basis.low_confidence,
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _statement_json(item: PartyStatement) -> dict[str, Any]:
    statement = item.statement
    return {
        "party": item.party,
        "id": statement.id,
        "speaker": statement.speaker,
        "speaker_name": item.speaker.name if item.speaker else None,
        "role": _role(item),
        "date": str(statement.date),
        "text": statement.text,
        "topics": list(statement.topics),
        "round": statement.round,
        "verified": statement.verified,
        "confidence": str(statement.confidence),
        "sources": [
            {"url": s.url, "outlet": s.outlet, "tier": None if s.tier is None else str(s.tier)}
            for s in statement.sources
        ],
    }


def _measurement_json(m: LatestMeasurement) -> dict[str, Any]:
    milestone = m.milestone
    return {
        "metric": m.measurement.metric,
        "label": m.label,
        "kind": m.kind,
        "value": m.measurement.value,
        "low": m.measurement.low,
        "high": m.measurement.high,
        "unit": m.measurement.unit,
        "date": str(milestone.date),
        "age_days": m.age_days,
        "stale": m.stale,
        "note": m.measurement.note,
        "caveat": m.caveat,
        "milestone": milestone.id,
        "sources": [{"url": s.url, "outlet": s.outlet} for s in milestone.sources],
    }


def _milestone(m: Any, key: str, days: int) -> dict[str, Any]:
    return {"id": m.id, "date": str(m.date), "kind": str(m.kind), "title": m.title, key: days}
