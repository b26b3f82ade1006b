"""Trends as inline SVG charts (render/charts.py, as `trends --plot`
draws them), each with the n it rests on and its coverage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from jcpoa_tracker.dates import Period
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render.charts import Series, svg_chart
from jcpoa_tracker.report.trends import Trends, build_trends
from jcpoa_tracker.site.data import SiteData

__all__ = ["Chart", "trend_charts"]

TOP_PARTIES = 6  # more series than this do not read in one chart


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart of the site's trends page, with its data as a table."""

    title: str
    svg: Markup
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


def _inline(svg: str, title: str) -> Markup:
    """The chart document as an element of the page, with its title as the
    text alternative."""
    body = svg.split("\n", 1)[1] if svg.startswith("<?xml") else svg
    body = body.replace(
        "<svg ", '<svg class="chart" role="img" aria-label="' + _attr(title) + '" ', 1
    )
    return Markup(body)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "n/a"


def trend_charts(scope: Scope, data: SiteData) -> tuple[list[Chart], int, int]:
    oldest = data.said.first_day()
    days = [] if oldest is None else [oldest]
    days += [r.start.first_day for r in data.rounds.values()]
    days += [m.date.first_day for m in data.milestones.values()]
    first = min(days) if days else data.as_of
    trends = build_trends(scope, data.as_of, Period.YEAR, date(first.year, 1, 1), data.as_of)
    labels = [p.label for p in trends.periods]
    charts = [_statements(trends, data, labels), _tone(trends, data, labels)]
    charts.append(_sessions(trends, labels))
    for metric in trends.metrics:
        charts.append(_metric(trends, metric, labels))
    return charts, first.year, data.as_of.year


def _top(trends: Trends) -> list[str]:
    totals = {p: sum(s.statements[p] for s in trends.periods) for p in trends.parties}
    return sorted(totals, key=lambda p: (-totals[p], p))[:TOP_PARTIES]


def _statements(trends: Trends, data: SiteData, labels: list[str]) -> Chart:
    top = _top(trends)
    series = [
        Series(data.name(p), tuple(float(s.statements[p]) for s in trends.periods)) for p in top
    ]
    total = sum(sum(s.statements.values()) for s in trends.periods)
    shown = sum(sum(s.statements[p] for p in top) for s in trends.periods)
    imprecise = sum(s.imprecise for s in trends.periods)
    title = "Statements by party"
    svg = svg_chart(title, labels, series, kind="bar", y_label="statements", y_min=0)
    caption = (
        f"n = {total} statements; the {len(top)} parties shown account for {shown} "
        f"({_pct(shown, total)}). {imprecise} records are dated only to a month or a year."
    )
    rows = tuple(
        (
            s.label,
            (str(sum(s.statements.values())), *(str(s.statements[p]) for p in top)),
        )
        for s in trends.periods
    )
    return Chart(title, _inline(svg, title), caption, ("n", *(data.name(p) for p in top)), rows)


def _tone(trends: Trends, data: SiteData, labels: list[str]) -> Chart:
    top = _top(trends)
    series = [Series(data.name(p), tuple(s.tone(p) for s in trends.periods)) for p in top]
    total = sum(sum(s.statements.values()) for s in trends.periods)
    coded = sum(sum(s.coded.values()) for s in trends.periods)
    title = "Mean tone by party"
    svg = svg_chart(title, labels, series, y_label="tone (-2 to +2)", y_min=-2, y_max=2)
    caption = (
        f"Tone from −2 (hostile) to +2 (conciliatory). n = {coded} statements coded for tone "
        f"out of {total} (coverage {_pct(coded, total)})."
    )
    rows = tuple(
        (
            s.label,
            (
                str(sum(s.coded.values())),
                _pct(sum(s.coded.values()), sum(s.statements.values())),
                *("" if s.tone(p) is None else f"{s.tone(p):+.2f}" for p in top),
            ),
        )
        for s in trends.periods
    )
    headers = ("n coded", "coverage", *(data.name(p) for p in top))
    return Chart(title, _inline(svg, title), caption, headers, rows)


def _sessions(trends: Trends, labels: list[str]) -> Chart:
    title = "Days in session"
    values = tuple(float(s.session_days) for s in trends.periods)
    svg = svg_chart(title, labels, [Series(title, values)], kind="bar", y_label="days", y_min=0)
    rounds = sum(s.rounds for s in trends.periods)
    caption = (
        f"Days with a round in session, pauses excluded; n = {rounds} round-years "
        "(a round spanning two years counts in both)."
    )
    rows = tuple((s.label, (str(s.rounds), str(s.session_days))) for s in trends.periods)
    return Chart(title, _inline(svg, title), caption, ("rounds", "days in session"), rows)


def _metric(trends: Trends, metric: str, labels: list[str]) -> Chart:
    values = tuple(s.measurements.get(metric) for s in trends.periods)
    unit = trends.units.get(metric, "")
    svg = svg_chart(metric, labels, [Series(metric, values)], y_label=unit)
    known = sum(1 for v in values if v is not None)
    caption = (
        f"The last value reported in each year ({unit}); n = {known} of "
        f"{len(values)} years have a measurement (coverage {_pct(known, len(values))})."
    )
    rows = tuple(
        (s.label, ("" if s.measurements.get(metric) is None else f"{s.measurements[metric]:g}",))
        for s in trends.periods
    )
    return Chart(metric, _inline(svg, metric), caption, (unit or "value",), rows)
