"""Trends as a plain table, Markdown, JSON, Rich (with sparklines) or an
SVG/PNG chart of one series."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.dates import Period
from jcpoa_tracker.model import Actor
from jcpoa_tracker.render.charts import Series, sparkline, svg_chart
from jcpoa_tracker.render.escape import markdown, one_line
from jcpoa_tracker.report.trends import PeriodStats, Trends

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = [
    "PLOT_SERIES",
    "SeriesLabel",
    "calendar_label",
    "series_label",
    "trends_json",
    "trends_markdown",
    "trends_plot",
    "trends_rich",
    "trends_text",
]

PLOT_SERIES = ("tone", "statements", "session-days", "rounds")
_COLUMNS = (
    "period",
    "rounds",
    "days in session",
    "mean gap (days)",
    "statements",
    "mean tone (n)",
    "coded",
    "milestones",
    "sticking points changed",
)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:+.{digits}f}" if digits else f"{value:.0f}"


def _row(trends: Trends, p: PeriodStats) -> list[str]:
    statements = sum(p.statements.values())
    coded = sum(p.coded.values())
    changes = ", ".join(f"{n} {status}" for status, n in sorted(p.sticking.items())) or "-"
    gap = trends.mean_gap(p)
    return [
        p.label + ("*" if p.imprecise else ""),
        str(p.rounds),
        str(p.session_days),
        "-" if gap is None else f"{gap:.0f}",
        str(statements),
        f"{_fmt(p.mean_tone())} ({coded})",
        f"{coded / statements:.0%}" if statements else "-",
        str(sum(p.milestones.values())),
        changes,
    ]


def _name(actors: dict[str, Actor], ident: str) -> str:
    actor = actors.get(ident)
    return actor.name if actor else ident


def _series(trends: Trends, actors: dict[str, Actor]) -> list[tuple[str, str]]:
    """Sparklines: per-party tone on the fixed -2..+2 scale, per-party counts
    from zero to the busiest party's peak (so parties compare), then each
    measured series on its own scale."""
    rows: list[tuple[str, str]] = []
    for party in trends.parties:
        tones = [p.tone(party) for p in trends.periods]
        rows.append((f"tone, {_name(actors, party)}", sparkline(tones, low=-2, high=2)))
    peak = max((p.statements[party] for p in trends.periods for party in trends.parties), default=0)
    for party in trends.parties:
        counts: list[float | None] = [float(p.statements[party]) for p in trends.periods]
        name = f"statements, {_name(actors, party)}"
        rows.append((name, sparkline(counts, low=0, high=max(peak, 1))))
    for metric in trends.metrics:
        measured = [p.measurements.get(metric) for p in trends.periods]
        label = series_label(metric, trends)
        rows.append(
            (f"{label.title} ({label.unit})" if label.unit else label.title, sparkline(measured))
        )
    return rows


def _totals(trends: Trends) -> list[str]:
    categories: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for p in trends.periods:
        for key, n in p.categories.items():
            categories[key] = categories.get(key, 0) + n
        for key, n in p.milestones.items():
            kinds[key] = kinds.get(key, 0) + n
    lines = []
    if categories:
        lines.append(
            "Statement categories: "
            + ", ".join(
                f"{k} {n}" for k, n in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        )
    if kinds:
        lines.append(
            "Milestones by kind: "
            + ", ".join(
                f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        )
    return lines


def _header(trends: Trends) -> str:
    first, last = trends.periods[0], trends.periods[-1]
    subject = f"{one_line(trends.about.title)}: trends" if trends.about else "Trends"
    return (
        f"{subject} by {trends.period}, {first.label} to {last.label}, as known on {trends.as_of}"
    )


def _footnote(trends: Trends) -> str | None:
    imprecise = sum(p.imprecise for p in trends.periods)
    if not imprecise:
        return None
    return (
        f"* {imprecise} record(s) are dated less precisely than a {trends.period} "
        "and were counted in the period of their first day."
    )


def trends_text(trends: Trends, actors: dict[str, Actor]) -> str:
    rows = [list(_COLUMNS)] + [_row(trends, p) for p in trends.periods]
    widths = [max(len(r[i]) for r in rows) for i in range(len(_COLUMNS))]
    lines = [_header(trends), ""]
    lines += [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.append("")
    lines.append("Sparklines: tone on the -2..+2 scale; statement counts on a shared scale.")
    series = _series(trends, actors)
    width = max((len(name) for name, _ in series), default=0)
    lines += [f"{one_line(name):<{width}}  {spark}" for name, spark in series]
    lines += ["", *_totals(trends)]
    note = _footnote(trends)
    if note:
        lines += ["", note]
    if trends.about:
        lines += ["", one_line(trends.about.footer())]
    return "\n".join(lines).rstrip() + "\n"


def trends_markdown(trends: Trends, actors: dict[str, Actor]) -> str:
    lines = [
        f"# {_header(trends)}",
        "",
        "| " + " | ".join(_COLUMNS) + " |",
        "|" + "---|" * len(_COLUMNS),
    ]
    lines += [
        "| " + " | ".join(markdown(c) for c in _row(trends, p)) + " |" for p in trends.periods
    ]
    lines += ["", "| series | trend |", "|---|---|"]
    lines += [f"| {markdown(name)} | `{spark}` |" for name, spark in _series(trends, actors)]
    totals = _totals(trends)
    if totals:
        lines += ["", *[f"- {markdown(t)}" for t in totals]]
    note = _footnote(trends)
    if note:
        lines += ["", markdown(note)]
    if trends.about:
        lines += ["", markdown(trends.about.footer())]
    return "\n".join(lines) + "\n"


# The table's headers for a terminal, on two lines so that the columns
# stay narrow; "coded" is left out below 100 columns (it is in every other
# format).
_RICH_HEADERS = (
    "period",
    "rounds",
    "days in\nsession",
    "mean gap\n(days)",
    "state-\nments",
    "mean tone\n(n coded)",
    "coded",
    "mile-\nstones",
    "sticking points\nchanged",
)
_NARROW_DROPS = (6,)


def trends_rich(trends: Trends, actors: dict[str, Actor]) -> RenderableType:
    """The terminal view, laid out for the width it is drawn at: periods,
    numbers and statuses are never cut; long cells wrap."""
    return _TrendsView(trends, actors)


class _TrendsView:
    def __init__(self, trends: Trends, actors: dict[str, Actor]) -> None:
        self.trends = trends
        self.actors = actors

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        from jcpoa_tracker.render.layout import Hanging

        trends = self.trends
        keep = [
            i
            for i in range(len(_RICH_HEADERS))
            if options.max_width >= 100 or i not in _NARROW_DROPS
        ]
        table = Table(
            title=_header(trends),
            title_justify="left",
            title_style="bold",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            padding=(0, 1, 0, 0),
        )
        for i in keep:
            last = i == len(_RICH_HEADERS) - 1
            table.add_column(
                _RICH_HEADERS[i],
                justify="left" if i in (0, 8) else "right",
                no_wrap=not last,
                overflow="fold",
            )
        for p in trends.periods:
            cells = _row(trends, p)
            table.add_row(*(Text(cells[i]) for i in keep))
        yield table
        sparks = Table(show_header=False, box=None, pad_edge=False, padding=(0, 2, 0, 0))
        sparks.add_column("series", overflow="fold")
        sparks.add_column("trend", style="cyan", no_wrap=True)
        for name, spark in _series(trends, self.actors):
            sparks.add_row(Text(one_line(name)), Text(spark))
        yield sparks
        for line in _totals(trends):
            yield Hanging(Text(line), 0, 2)
        note = _footnote(trends)
        if note:
            yield Hanging(Text(note, style="dim"), 0, 2)
        if trends.about:
            yield Hanging(Text(trends.about.footer(), style="dim"), 0, 2)


def trends_json(trends: Trends, actors: dict[str, Actor]) -> str:
    periods: list[dict[str, Any]] = []
    for p in trends.periods:
        periods.append(
            {
                "period": p.label,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "rounds": p.rounds,
                "session_days": p.session_days,
                "gaps_days": p.gaps,
                "statements": dict(sorted(p.statements.items())),
                "tone": {
                    party: {
                        "mean": p.tone(party),
                        "n": p.coded[party],
                        "share_coded": p.coded[party] / p.statements[party],
                    }
                    for party in sorted(p.statements)
                },
                "categories": dict(sorted(p.categories.items())),
                "sticking_point_changes": dict(sorted(p.sticking.items())),
                "milestones": dict(sorted(p.milestones.items())),
                "measurements": dict(sorted(p.measurements.items())),
                "imprecise_records": p.imprecise,
            }
        )
    document = {
        "version": 1,
        "report": "trends",
        "as_of": trends.as_of.isoformat(),
        "title": trends.about.title if trends.about else None,
        "projected": trends.about.projected if trends.about else False,
        "data": trends.about.to_dict() if trends.about else None,
        "period": str(trends.period),
        "parties": {party: _name(actors, party) for party in trends.parties},
        "units": trends.units,
        "series": {
            metric: {
                "label": trends.series[metric].label if metric in trends.series else metric,
                "unit": trends.units[metric],
                "kind": str(trends.series[metric].kind) if metric in trends.series else None,
                "caveat": trends.series[metric].caveat if metric in trends.series else None,
            }
            for metric in trends.metrics
        },
        "periods": periods,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class SeriesLabel:
    """How a series is named for people: a title and the unit of its axis."""

    title: str
    unit: str


def series_label(series: str, trends: Trends) -> SeriesLabel:
    """The human label and unit of a series of the trends report: the one
    place that names them (charts, sparklines).  Measured series take the
    unit recorded with their values."""
    per = f"per {trends.period}"
    built_in = {
        "tone": SeriesLabel("Mean tone by party (-2 hostile to +2 cooperative)", "tone (-2 to +2)"),
        "statements": SeriesLabel("Statements by party", f"statements {per}"),
        "session-days": SeriesLabel("Days in session", f"days {per}"),
        "rounds": SeriesLabel("Rounds in session", f"rounds {per}"),
    }
    if series in built_in:
        return built_in[series]
    declared = trends.series.get(series)  # the dataset's own words (dataset.yaml)
    if declared is not None:
        return SeriesLabel(declared.label, declared.unit or trends.units.get(series, ""))
    return SeriesLabel(series.replace("-", " ").capitalize(), trends.units.get(series, ""))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def calendar_label(p: PeriodStats, period: Period) -> str:
    """A period as a calendar reads: Jun 2021, Q2 2021, 2021, or the week's
    Monday (7 Jun 2021)."""
    start = p.start
    if period is Period.MONTH:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if period is Period.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if period is Period.YEAR:
        return str(start.year)
    return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"


def trends_plot(trends: Trends, actors: dict[str, Actor], series: str) -> str:
    """An SVG chart of one series: tone per party (lines), statements per
    party (stacked bars), days in session or rounds per period (bars), or a
    measured metric (a line), with calendar labels and units."""
    labels: Sequence[str] = [calendar_label(p, trends.period) for p in trends.periods]
    label = series_label(series, trends)
    if series == "tone":
        lines = [
            Series(_name(actors, party), tuple(p.tone(party) for p in trends.periods))
            for party in trends.parties
        ]
        return svg_chart(label.title, labels, lines, y_label=label.unit, y_min=-2, y_max=2)
    if series == "statements":
        bars = [
            Series(_name(actors, party), tuple(float(p.statements[party]) for p in trends.periods))
            for party in trends.parties
        ]
        return svg_chart(label.title, labels, bars, kind="stacked", y_label=label.unit, y_min=0)
    if series in ("session-days", "rounds"):
        values = tuple(
            float(p.session_days if series == "session-days" else p.rounds) for p in trends.periods
        )
        return svg_chart(
            label.title,
            labels,
            [Series(label.title, values)],
            kind="bar",
            y_label=label.unit,
            y_min=0,
        )
    measured = tuple(p.measurements.get(series) for p in trends.periods)
    named = f"{label.title} ({label.unit})" if label.unit else label.title
    return svg_chart(label.title, labels, [Series(named, measured)], y_label=label.unit)
