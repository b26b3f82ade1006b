"""Trends as a plain table, Markdown, JSON, Rich (with sparklines) or an
SVG/PNG chart of one series."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.model import Actor
from jcpoa_tracker.render.charts import Series, sparkline, svg_chart
from jcpoa_tracker.render.escape import markdown, one_line
from jcpoa_tracker.report.trends import PeriodStats, Trends

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = [
    "PLOT_SERIES",
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
        rows.append((f"{metric} ({trends.units[metric]})", sparkline(measured)))
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


def trends_rich(trends: Trends, actors: dict[str, Actor]) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(title=_header(trends), title_justify="left")
    for i, column in enumerate(_COLUMNS):
        table.add_column(column, justify="left" if i in (0, 8) else "right")
    for p in trends.periods:
        table.add_row(*(Text(cell) for cell in _row(trends, p)))
    sparks = Table(show_header=False, box=None)
    sparks.add_column("series")
    sparks.add_column("trend", style="cyan")
    for name, spark in _series(trends, actors):
        sparks.add_row(Text(one_line(name)), Text(spark))
    parts: list[RenderableType] = [table, sparks]
    parts += [Text(line) for line in _totals(trends)]
    note = _footnote(trends)
    if note:
        parts.append(Text(note, style="dim"))
    if trends.about:
        parts.append(Text(trends.about.footer(), style="dim"))
    return Group(*parts)


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


def trends_plot(trends: Trends, actors: dict[str, Actor], series: str) -> str:
    """An SVG chart of one series: tone or statements per party, days in
    session or rounds per period, or a measured metric."""
    labels: Sequence[str] = [p.label for p in trends.periods]
    if series == "tone":
        lines = [
            Series(_name(actors, party), tuple(p.tone(party) for p in trends.periods))
            for party in trends.parties
        ]
        return svg_chart(
            "Mean tone by party", labels, lines, y_label="tone (-2 to +2)", y_min=-2, y_max=2
        )
    if series == "statements":
        bars = [
            Series(_name(actors, party), tuple(float(p.statements[party]) for p in trends.periods))
            for party in trends.parties
        ]
        return svg_chart(
            "Statements by party", labels, bars, kind="bar", y_label="statements", y_min=0
        )
    if series in ("session-days", "rounds"):
        values = tuple(
            float(p.session_days if series == "session-days" else p.rounds) for p in trends.periods
        )
        title = "Days in session" if series == "session-days" else "Rounds in session"
        return svg_chart(title, labels, [Series(title, values)], kind="bar", y_min=0)
    measured = tuple(p.measurements.get(series) for p in trends.periods)
    unit = trends.units.get(series, "")
    label = trends.metric_label(series)
    return svg_chart(label, labels, [Series(label, measured)], y_label=unit)
