"""The briefing as a template context and as JSON.

``context`` turns a ``Briefing`` into the plain dict (documented in
docs/briefing.md) that ``--format json`` prints and that every template,
shipped or the user's own, receives; ``render/templates.py`` renders it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any, Final

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import Actor, Round
from jcpoa_tracker.render.charts import Series, sparkline, sparkline_svg, svg_chart
from jcpoa_tracker.render.quotes import citation
from jcpoa_tracker.render.status import days, phase_summary
from jcpoa_tracker.render.trends import calendar_label
from jcpoa_tracker.report.briefing import (
    Alert,
    AlertKind,
    Briefing,
    NewsItem,
    NewsKind,
    NotableQuote,
    StickingChange,
    Upcoming,
    Window,
    WindowKind,
)
from jcpoa_tracker.report.changes import field_json
from jcpoa_tracker.report.status import TrackStatus

__all__ = ["CONTEXT_VERSION", "briefing_json", "context"]

CONTEXT_VERSION: Final = 1

Names = dict[str, Actor]


# --- the context ---------------------------------------------------------------


def _name(actors: Names, ident: str) -> str:
    actor = actors.get(ident)
    return actor.name if actor else ident


def _day(value: date) -> dict[str, str]:
    return {"iso": value.isoformat(), "human": FuzzyDate.from_date(value).human()}


def _date(value: FuzzyDate | None) -> dict[str, str] | None:
    return None if value is None else {"iso": str(value), "human": value.human()}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _round_dates(rnd: Round, running: bool) -> str:
    if running or rnd.end is None:
        return f"from {rnd.start.human()}"
    if rnd.end == rnd.start:
        return rnd.start.human()
    return f"{rnd.start.human()} to {rnd.end.human()}"


def _track(track: TrackStatus, actors: Names) -> dict[str, Any]:
    running = track.current is not None
    rnd = track.current.round if track.current is not None else track.last_round
    nxt = track.next_round
    return {
        "id": track.track.id,
        "title": track.track.title,
        "phase": str(track.phase),
        "summary": phase_summary(track),
        "round": None
        if rnd is None
        else {
            "id": rnd.id,
            "title": rnd.title,
            "state": "current" if running else "last",
            "dates": _round_dates(rnd, running),
            "day": track.current.day if track.current is not None else None,
            "location": rnd.location,
            "format": None if rnd.format is None else str(rnd.format),
            "mediator": None if rnd.mediator is None else _name(actors, rnd.mediator),
            "outcome": None if running else rnd.outcome,
        },
        "days_since_last_round": track.days_since_last,
        "next_round": None
        if nxt is None
        else {
            "id": nxt.id,
            "title": nxt.title,
            "date": _date(nxt.start),
            "days": track.days_to_next,
        },
        "declared": None
        if track.declared is None
        else {
            "phase": str(track.declared.phase),
            "date": _date(track.declared.date),
            "note": track.declared.note,
        },
        "open_sticking_points": sum(1 for p in track.sticking_points if p.is_open),
    }


_NEWS_LABELS: Final = {
    NewsKind.ROUND_ANNOUNCED: "Round announced",
    NewsKind.ROUND_STARTED: "Round started",
    NewsKind.ROUND_HELD: "Round held",
    NewsKind.ROUND_ENDED: "Round ended",
    NewsKind.ROUND_CANCELLED: "Round cancelled",
    NewsKind.MILESTONE: "Milestone",
    NewsKind.PHASE: "Phase",
    NewsKind.ROUND: "Round",
    NewsKind.TRACK: "Track",
    NewsKind.ACTOR: "Actor",
}


def _news(item: NewsItem, titles: dict[str, str]) -> dict[str, Any]:
    label = _NEWS_LABELS[item.kind]
    if item.change is not None:
        label += f" {item.change}"
    return {
        "kind": str(item.kind),
        "label": label,
        "change": None if item.change is None else str(item.change),
        "date": _date(item.date),
        "end": _date(item.end),
        "when": _when(item.date, item.end),
        "title": item.title,
        "record": item.record,
        "track": _track_ref(item.track, titles),
        "subkind": item.subkind,
        "uncertain": item.uncertain,
        "fields": [
            {**field_json(f), "summary": _field_summary(f.label, str(f.op), f.before, f.after)}
            for f in item.fields
        ],
    }


def _when(start: FuzzyDate | None, end: FuzzyDate | None) -> str | None:
    if start is None:
        return None
    if end is None or end == start:
        return start.human()
    return f"{start.human()} to {end.human()}"


def _field_summary(label: str, op: str, before: str | None, after: str | None) -> str:
    if op == "added":
        return f"{label}: added {after}"
    if op == "removed":
        return f"{label}: removed {before}"
    if before is None:
        return f"{label}: set to {after}"
    if after is None:
        return f"{label}: cleared (was {before})"
    return f"{label}: {before} → {after}"


def _track_ref(ident: str | None, titles: dict[str, str]) -> dict[str, str] | None:
    return None if ident is None else {"id": ident, "title": titles.get(ident, ident)}


def _sticking(change: StickingChange, titles: dict[str, str]) -> dict[str, Any]:
    before = "new" if change.before is None else str(change.before)
    return {
        "track": _track_ref(change.track, titles),
        "id": change.id,
        "title": change.title,
        "before": None if change.before is None else str(change.before),
        "after": str(change.after),
        "round": change.round,
        "summary": f"{before} → {change.after}",
    }


def _quote(rank: int, notable: NotableQuote, by_url: bool = False) -> dict[str, Any]:
    q = notable.quote
    source = q.sources[0] if q.sources else None
    return {
        "rank": rank,
        "score": notable.score,
        "id": q.id,
        "text": q.text,
        "speaker": {"id": q.speaker, "name": q.speaker_name},
        "party": None if q.party is None else {"id": q.party, "name": q.party_name},
        "role": q.role,
        "date": _date(q.date),
        "category": q.category,
        "tone": q.tone,
        "verified": q.verified,
        "confidence": str(q.confidence),
        "flags": q.flags,
        "citation": citation(q),
        # who, in what role, on what occasion and when, without the source
        "attribution": citation(replace(q, sources=())).removesuffix("."),
        "source": None
        if source is None
        else {
            "url": source.url,
            "outlet": source.outlet,
            "tier": None if source.tier is None else str(source.tier),
            "link": _link(source.url),
            # a newspaper's citation: the outlet's name, else the site's
            # (the dataset's citation_style "url" shows the address instead)
            "name": source.url if by_url else source.outlet or _site(source.url),
        },
    }


def _site(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _link(url: str) -> str | None:
    """The URL when it is safe to make a link of (http or https: never a
    ``javascript:`` address from a record with an error)."""
    return url if url.lower().startswith(("http://", "https://")) else None


def _trends(briefing: Briefing) -> dict[str, Any]:
    periods = briefing.trends.periods
    # Calendar words, not ISO week codes: each week by its Monday.
    labels = [f"{p.start.day} {p.start:%b}" for p in periods]
    statements = [sum(p.statements.values()) for p in periods]
    tone = [None if (mean := p.mean_tone()) is None else round(mean, 2) for p in periods]
    session = [p.session_days for p in periods]
    most = max([*statements, 1])
    scales: list[tuple[str, str, list[int] | list[float | None], float, float]] = [
        # from zero, so that a quiet quarter is a low line, not a flat middle one
        ("statements", "Statements", statements, 0, most),
        ("tone", "Mean tone (-2 to +2)", tone, -2, 2),
        ("session_days", "Days in session", session, 0, 7),
    ]
    period = briefing.trends.period
    first = FuzzyDate.from_date(periods[0].start).human() if periods else ""
    svg = svg_chart(
        f"Statements per week (weeks beginning on Monday, from {first})",
        [calendar_label(p, period) for p in periods],
        [Series("Statements", tuple(float(n) for n in statements))],
        kind="bar",
        y_label=f"statements per {period}",
        y_min=0,
        width=560,
        height=220,
    )
    return {
        "period": str(briefing.trends.period),
        "labels": labels,
        "series": [
            {
                "id": ident,
                "name": name,
                "values": values,
                # A week without a value is a gap: shown as "·", which no
                # mail client or Markdown renderer collapses as it does spaces.
                "sparkline": spark.replace(" ", "·"),
                # The same line as a small SVG, for HTML: block characters
                # read as underscores in many mail fonts.
                "sparkline_svg": svg_line,
                "latest": values[-1] if values else None,
                "latest_text": _number(values[-1] if values else None, signed=ident == "tone"),
            }
            for ident, name, values, spark, svg_line in (
                (
                    ident,
                    name,
                    values,
                    sparkline(values, low=low, high=high),
                    sparkline_svg(values, label=f"{name}, weeks from {first}", low=low, high=high),
                )
                for ident, name, values, low, high in scales
            )
        ],
        # The chart for HTML: an SVG element, without the XML declaration
        # a standalone file has, so that it can sit inside the page.
        "chart_svg": svg.split("\n", 1)[1] if svg.startswith("<?xml") else svg,
    }


def _empty_note(briefing: Briefing) -> str | None:
    """Why a window can be empty: how old the newest record is."""
    about = briefing.about
    if not briefing.is_empty or about is None:
        return None
    if about.newest is None:
        return "The data has no dated record by this date."
    age = about.newest_age_days or 0
    return f"The newest record in the data is from {about.newest.human()}, {days(age)} before."


def _number(value: float | None, *, signed: bool) -> str:
    if value is None:
        return "none"
    return f"{value:+.1f}" if signed else f"{value:g}"


def _upcoming(item: Upcoming, titles: dict[str, str]) -> dict[str, Any]:
    return {
        "date": _date(item.date),
        "days": item.days,
        "in": f"in {days(item.days)}",
        "kind": item.kind,
        "title": item.title,
        "record": item.record,
        "track": _track_ref(item.track, titles),
        "deadline": item.kind == "deadline",
    }


def _alert(alert: Alert) -> dict[str, Any]:
    subject = alert.subject or ""
    if alert.kind is AlertKind.DATA_ERRORS:
        severity = "error"
        message = (
            f"The data has {_plural(alert.count, 'error')}: records they affect are left out "
            "of this briefing. Run 'jcpoa-tracker validate' for details."
        )
    elif alert.kind is AlertKind.STALE:
        severity = "warning"
        message = (
            f"No statement recorded for {days(alert.count)} while talks are in session "
            f"({subject}): the data may be behind."
        )
    elif alert.kind is AlertKind.STALE_DATA:
        severity = "warning"
        if alert.date is None:
            message = "The data has no dated record by this date: nothing here can be current."
        else:
            message = (
                f"The data may be behind: its {subject} is from {alert.date.human()}, "
                f"{days(alert.count)} before this briefing. Check for news before sending."
            )
    elif alert.kind is AlertKind.DEADLINE:
        severity = "warning"
        when = alert.date.human() if alert.date else ""
        message = f"Deadline in {days(alert.count)}: {subject} ({when})."
    else:
        severity = "notice"
        message = (
            f"{_plural(alert.count, 'record')} in this window "
            f"{'has' if alert.count == 1 else 'have'} low confidence: "
            + ", ".join(alert.records)
            + "."
        )
    return {
        "kind": str(alert.kind),
        "severity": severity,
        "message": message,
        "count": alert.count,
        "records": list(alert.records),
    }


def describe_window(window: Window) -> str:
    if window.kind is WindowKind.SINCE_REF:
        commit = f" (commit {window.commit[:12]})" if window.commit else ""
        return f"records added or changed since {window.typed}{commit}, whatever their dates"
    start = _day(window.start)["human"] if window.start and window.start > date.min else None
    end = _day(window.end)["human"]
    span = f"{start} to {end}" if start else f"everything up to {end}"
    if window.kind is WindowKind.DEFAULT:
        return f"{span} (the default window)"
    if window.kind is WindowKind.SINCE_LAST:
        if window.previous_as_of is None:
            return f"{span} (no previous briefing recorded)"
        previous = _day(window.previous_as_of)["human"]
        return f"{span} (since the previous briefing, as of {previous})"
    return f"{span} (since {window.typed})"


def _window(window: Window) -> dict[str, Any]:
    dated = window.start is not None and window.start > date.min
    return {
        "kind": str(window.kind),
        "start": _day(window.start) if dated and window.start else None,
        "end": _day(window.end),
        "days": (window.end - window.start).days + 1 if dated and window.start else None,
        "typed": window.typed,
        "commit": window.commit,
        "previous_as_of": None if window.previous_as_of is None else _day(window.previous_as_of),
        "description": describe_window(window),
        "note": window.note,
    }


def _footer(
    briefing: Briefing, version: str, generated_at: str | None, window: str
) -> dict[str, Any]:
    origin = briefing.origin
    parts = [f"As of {_day(briefing.as_of)['human']}", f"window: {window}"]
    if origin.commit:
        dirty = " + uncommitted changes" if origin.dirty else ""
        parts.append(f"data commit {origin.short_commit}{dirty}")
    parts.append(f"data sha256 {origin.short_hash}")
    parts.append(f"jcpoa-tracker {version}")
    if generated_at:
        parts.append(f"generated {generated_at}")
    return {
        "as_of": briefing.as_of.isoformat(),
        "window": window,
        "commit": origin.commit,
        "commit_short": origin.short_commit,
        "dirty": origin.dirty,
        "data_sha256": origin.data_sha256,
        "data_sha256_short": origin.short_hash,
        "tool_version": version,
        "generated_at": generated_at,
        "line": "; ".join(parts) + ".",
    }


def context(
    briefing: Briefing,
    actors: Names,
    *,
    version: str,
    generated_at: str | None = None,
    show_ids: bool = False,
) -> dict[str, Any]:
    """The briefing as plain JSON-ready data: what ``--format json`` prints
    and what templates receive (docs/briefing.md lists every key)."""
    titles = {t.id: t.title for t in briefing.tracks}
    window = _window(briefing.window)
    statements = briefing.statements
    scope = f" ({briefing.track.title})" if briefing.track is not None else ""
    day = _day(briefing.as_of)["human"]
    title = f"{briefing.subject}: briefing, {day}" if briefing.subject else f"Briefing, {day}"
    about = briefing.about
    by_url = briefing.citation_style == "url"
    return {
        "version": CONTEXT_VERSION,
        "report": "briefing",
        "title": title + scope,
        "show_ids": show_ids,
        "projected": about.projected if about else False,
        "as_of": _day(briefing.as_of),
        "track": None
        if briefing.track is None
        else {"id": briefing.track.id, "title": briefing.track.title},
        "window": window,
        "headline": {
            "tracks": [_track(t, actors) for t in briefing.headline],
            "other_tracks": [
                {
                    "id": t.track.id,
                    "title": t.track.title,
                    "phase": str(t.phase),
                    "summary": phase_summary(t),
                }
                for t in briefing.other_tracks
            ],
            "next": None if briefing.next_date is None else _upcoming(briefing.next_date, titles),
        },
        "new": {
            "empty": briefing.is_empty,
            "empty_note": _empty_note(briefing),
            "events": [_news(item, titles) for item in briefing.news],
            "sticking_points": [_sticking(c, titles) for c in briefing.sticking_points],
            "statements": {
                "total": statements.total,
                "by_party": [
                    {"id": party, "name": _name(actors, party), "count": n}
                    for party, n in statements.by_party
                ],
                "unverified": statements.unverified,
                "low_confidence": statements.low_confidence,
            },
        },
        "quotes": [_quote(n, q, by_url) for n, q in enumerate(briefing.quotes, start=1)],
        "trends": _trends(briefing),
        "upcoming": [_upcoming(u, titles) for u in briefing.upcoming],
        "alerts": [_alert(a) for a in briefing.alerts],
        "data": {"errors": briefing.errors, **(about.to_dict() if about else {})},
        "options": {
            "stale_days": briefing.options.stale_days,
            "deadline_days": briefing.options.deadline_days,
            "quotes": briefing.options.quotes,
            "trend_weeks": briefing.options.trend_weeks,
        },
        "footer": _footer(briefing, version, generated_at, window["description"]),
    }


def briefing_json(ctx: dict[str, Any]) -> str:
    return json.dumps(ctx, indent=2, ensure_ascii=False) + "\n"
