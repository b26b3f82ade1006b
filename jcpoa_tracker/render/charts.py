"""Charts: block-character sparklines and bars for the terminal, and a
self-contained SVG chart (optionally converted to PNG) for briefings.

Everything here is pure text in, text out, except ``write_plot``.  Text
from data files (titles, labels, series names) is untrusted: it is stripped
of control characters and XML-escaped before it reaches the SVG.  Values
that are ``None``, NaN or infinite are gaps, never zero.  The SVG is
deterministic: the same input gives byte-identical output.
"""

from __future__ import annotations

import importlib
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PlotError", "Series", "bar", "sparkline", "svg_chart", "write_plot"]


class PlotError(Exception):
    """A plot file could not be written; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Series:
    """One named line (or set of bars): one value per period, ``None`` for a gap."""

    name: str
    values: tuple[float | None, ...]


# --- terminal -------------------------------------------------------------

_SPARKS = "▁▂▃▄▅▆▇█"
_FLAT = "▄"
_PARTIALS = "▏▎▍▌▋▊▉"  # 1/8 .. 7/8 of a cell


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _fraction(value: float, low: float, high: float) -> float:
    """Where ``value`` lies in ``low..high`` (low < high), clamped to 0..1.

    Works for any finite floats: when ``high - low`` overflows, both are
    halved first."""
    value = min(max(value, low), high)
    span = high - low
    if math.isfinite(span):
        return (value - low) / span
    return (value / 2 - low / 2) / (high / 2 - low / 2)


def _half_up(x: float) -> int:
    return math.floor(x + 0.5)


def sparkline(
    values: Sequence[float | None], *, low: float | None = None, high: float | None = None
) -> str:
    """One character per value from ``▁`` (low) to ``█`` (high); a space for
    a gap (``None``, NaN or infinity).

    The scale runs from ``low`` to ``high``, by default the smallest and the
    largest value; values outside it are drawn at the nearest end.  A flat
    series is drawn as ``▄``.
    """
    present = [v for v in (_finite(v) for v in values) if v is not None]
    for bound in (low, high):
        if bound is not None and not math.isfinite(bound):
            raise ValueError(f"sparkline scale must be finite, got {bound!r}")
    if low is not None and high is not None and low > high:
        raise ValueError(f"sparkline scale is upside down: low={low!r} > high={high!r}")
    lo = low if low is not None else min(present, default=0.0)
    hi = high if high is not None else max(present, default=0.0)
    if high is None:  # one end given, the other from data that lies beyond it
        hi = max(hi, lo)
    elif low is None:
        lo = min(lo, hi)
    out = []
    for raw in values:
        v = _finite(raw)
        if v is None:
            out.append(" ")
        elif lo == hi:  # no scale: only below, at, or above
            out.append(_SPARKS[0] if v < lo else _SPARKS[-1] if v > hi else _FLAT)
        else:
            out.append(_SPARKS[_half_up(_fraction(v, lo, hi) * (len(_SPARKS) - 1))])
    return "".join(out)


def bar(value: float, maximum: float, width: int = 20) -> str:
    """A horizontal bar ``width`` cells long at ``value == maximum``, in
    eighths of a cell (``█`` full, ``▉``..``▏`` partial).

    Zero, negative or missing (NaN) values, and a non-positive maximum, give
    ``""``; a value above the maximum gives the full width.
    """
    if width < 0:
        raise ValueError(f"bar width must not be negative, got {width}")
    if not (value > 0 and maximum > 0):  # also false for NaN
        return ""
    ratio = 1.0 if value >= maximum else value / maximum
    eighths = _half_up(ratio * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + (_PARTIALS[rest - 1] if rest else "")


# --- SVG ------------------------------------------------------------------

# Okabe-Ito colours (safe for colour-blind readers), without the pale yellow,
# ordered so that neighbours differ most; the two blues are far apart.
_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#000000", "#56b4e9")
# Lines also cycle through dash patterns and markers, with periods prime to
# the palette's: two lines of one chart never share colour, dash and marker
# (up to 7 x 4 = 28 series), and the blues differ in dash too.
_DASHES = ("", "7 3", "2 3", "9 3 2 3")
_MARKERS = ("circle", "square", "triangle", "diamond")
# Bars past the palette get a hatch of their colour over white.
_HATCHES = ("M0 8 L8 0", "M0 0 L8 8", "M0 4 L8 4 M4 0 L4 8")
_FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
_INK = "#222222"
_GRID = "#dddddd"
_AXIS = "#555555"

_TITLE_SIZE = 16
_TEXT_SIZE = 12
_TICK_SIZE = 11
_CHAR_WIDTH = 0.62  # of the font size: a generous average glyph width

_LARGEST = 1.7976931348623157e308  # the largest float
_MAX_LABEL = 16  # characters of an x label
_MAX_NAME = 40  # characters of a series name in the legend
_MIN_WIDTH = 300
_MIN_HEIGHT = 200
_MIN_PLOT_HEIGHT = 60

# Characters XML 1.0 does not allow, plus the C1 controls and DEL; tab and
# line breaks are kept here and folded into spaces afterwards.  Listed as
# they are, not as the complement of what XML allows: the complement's
# class took the regular expression compiler 3 ms on every briefing (a
# test holds the two equal on every code point).
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ATTR_QUOTES = {'"': "&quot;", "'": "&apos;"}


def escape(text: str, entities: Mapping[str, str] | None = None) -> str:
    """``text`` for XML: ``&``, ``<``, ``>`` (and ``entities``) replaced, as
    xml.sax.saxutils.escape does; importing that costs a report ~10 ms
    (it imports urllib.request)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text


def _clean(text: str, limit: int | None = None) -> str:
    """Untrusted text made plain: controls removed, whitespace folded, cut
    to ``limit`` characters (with an ellipsis)."""
    text = " ".join(_NOT_TEXT.sub("", text).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _xml(text: str, limit: int | None = None) -> str:
    """Untrusted text ready for an XML text node or a quoted attribute."""
    return escape(_clean(text, limit), _ATTR_QUOTES)


def _n(x: float) -> str:
    """A coordinate with fixed precision (and never ``-0.00``)."""
    s = f"{x:.2f}"
    return "0.00" if s == "-0.00" else s


def _text_width(text: str, size: float) -> float:
    return len(text) * size * _CHAR_WIDTH


def _value_label(v: float) -> str:
    return f"{v:.6g}"


def _spread(v: float) -> tuple[float, float]:
    """A finite range with ``v`` inside, for a flat series."""
    d = max(abs(v) * 0.1, 1.0)
    below, above = v - d, v + d
    if not math.isfinite(above):
        return below, v
    if not math.isfinite(below):
        return v, above
    return below, above


def _y_range(
    values: Sequence[float], kind: str, y_min: float | None, y_max: float | None
) -> tuple[float, float]:
    lo = y_min if y_min is not None else min(values, default=0.0)
    hi = y_max if y_max is not None else max(values, default=1.0)
    if kind == "bar":  # bars grow from zero, so zero is on the axis
        lo = lo if y_min is not None else min(lo, 0.0)
        hi = hi if y_max is not None else max(hi, 0.0)
    if not lo < hi:
        below, above = _spread(lo if y_min is not None else hi)
        if y_min is not None and above > lo:
            hi = above
        elif y_max is not None and below < hi:
            lo = below
        else:
            lo, hi = below, above
    return lo, hi


def _nice_step(lo: float, hi: float, count: int = 5) -> float | None:
    raw = (hi / 2 - lo / 2) * 2 / count
    if not (math.isfinite(raw) and raw > 0):
        return None
    exponent = math.floor(math.log10(raw))
    base = 10.0**exponent
    if not base > 0:
        return None
    for nice in (1.0, 2.0, 5.0, 10.0):
        if raw <= nice * base * (1 + 1e-9):
            step = nice * base
            return step if math.isfinite(step) and step > 0 else None
    return None


def _ticks(
    lo: float, hi: float, fixed_lo: bool, fixed_hi: bool
) -> tuple[float, float, list[float], float | None]:
    """The axis range (widened to whole steps unless fixed) and its ticks."""
    step = _nice_step(lo, hi)
    if step is None:
        return lo, hi, [lo, hi], None
    if not fixed_lo:
        nice_lo = math.floor(lo / step) * step
        lo = nice_lo if math.isfinite(nice_lo) else lo
    if not fixed_hi:
        nice_hi = math.ceil(hi / step) * step
        hi = nice_hi if math.isfinite(nice_hi) else hi
    first, last = math.ceil(lo / step), math.floor(hi / step)
    if not 0 <= last - first <= 20:
        return lo, hi, [lo, hi], None
    ticks = [k * step for k in range(first, last + 1)]
    return lo, hi, [t for t in ticks if lo <= t <= hi] or [lo, hi], step


def _tick_label(v: float, step: float | None) -> str:
    if v == 0:
        return "0"
    if step is None:
        return _value_label(v)
    magnitude = max(abs(v), step)
    if step >= 1e-4 and magnitude < 1e7:
        decimals = max(0, -math.floor(math.log10(step) + 1e-9))
        s = f"{v:.{decimals}f}"
        return "0" if float(s) == 0 else s
    digits = math.floor(math.log10(magnitude)) - math.floor(math.log10(step)) + 1
    return f"{v:.{min(max(digits, 1), 10) - 1}e}"


def _style(index: int) -> tuple[str, str]:
    """The colour and dash pattern of the series at ``index``."""
    return _PALETTE[index % len(_PALETTE)], _DASHES[index % len(_DASHES)]


def _fill(index: int) -> str:
    """A bar's fill: a palette colour, then hatches of the palette's colours."""
    if index < len(_PALETTE):
        return _PALETTE[index]
    return f"url(#hatch{index})"


def _hatch_defs(count: int) -> list[str]:
    """The hatch patterns of bar series past the palette."""
    out = []
    for index in range(len(_PALETTE), count):
        colour = _PALETTE[index % len(_PALETTE)]
        path = _HATCHES[(index // len(_PALETTE) - 1) % len(_HATCHES)]
        out.append(
            f'<pattern id="hatch{index}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f'<rect width="8" height="8" fill="#ffffff"/>'
            f'<path d="{path}" stroke="{colour}" stroke-width="2.5"/></pattern>'
        )
    return ["<defs>", *out, "</defs>"] if out else []


def _marker(index: int, x: float, y: float, r: float, title: str = "") -> str:
    """A point marker whose shape depends on the series."""
    shape = _MARKERS[index % len(_MARKERS)]
    if shape == "circle":
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}">{title}</circle>'
    if shape == "square":
        return (
            f'<rect x="{_n(x - r)}" y="{_n(y - r)}" width="{_n(2 * r)}" height="{_n(2 * r)}">'
            f"{title}</rect>"
        )
    if shape == "triangle":
        points = f"{_n(x)},{_n(y - r * 1.2)} {_n(x - r * 1.1)},{_n(y + r * 0.8)} "
        points += f"{_n(x + r * 1.1)},{_n(y + r * 0.8)}"
    else:
        points = f"{_n(x)},{_n(y - r * 1.3)} {_n(x + r * 1.3)},{_n(y)} "
        points += f"{_n(x)},{_n(y + r * 1.3)} {_n(x - r * 1.3)},{_n(y)}"
    return f'<polygon points="{points}">{title}</polygon>'


@dataclass(frozen=True, slots=True)
class _Frame:
    """The plot area in SVG coordinates and the value range it shows."""

    x0: float
    x1: float
    y0: float
    y1: float
    lo: float
    hi: float
    periods: int

    @property
    def band(self) -> float:
        """The width given to one period."""
        return (self.x1 - self.x0) / max(self.periods, 1)

    def x(self, i: int) -> float:
        return self.x0 + self.band * (i + 0.5)

    def y(self, v: float) -> float:
        return self.y1 - _fraction(v, self.lo, self.hi) * (self.y1 - self.y0)


@dataclass(frozen=True, slots=True)
class _LegendItem:
    """A legend entry's place in a chart."""

    index: int
    name: str
    x: float
    row: int


def _legend_layout(series: Sequence[Series], left: float, right: float) -> list[_LegendItem]:
    """Legend entries left to right, wrapped into rows that fit."""
    items: list[_LegendItem] = []
    x, row = left, 0
    for i, s in enumerate(series):
        name = _clean(s.name, _MAX_NAME)
        item_width = 26 + _text_width(name, _TEXT_SIZE) + 18
        if x > left and x + item_width > right:
            x, row = left, row + 1
        items.append(_LegendItem(i, name, x, row))
        x += item_width
    return items


def svg_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    kind: str = "line",
    y_label: str = "",
    y_min: float | None = None,
    y_max: float | None = None,
    width: int = 800,
    height: int = 400,
) -> str:
    """A complete SVG 1.1 document: title, y gridlines with tick labels,
    x labels (every k-th when they would overlap), a legend, and one line
    per series (``kind="line"``, broken at gaps, with point markers whose
    shape and dash differ by series), grouped bars (``kind="bar"``) or one
    stacked bar per period (``kind="stacked"``).

    Each series has one value per label.  Values outside ``y_min..y_max``
    are drawn at the edge.  The document grows taller than ``height`` only
    when the legend needs the room.
    """
    _check_arguments(labels, series, kind, y_min, y_max, width, height)
    rows = [[_finite(v) for v in s.values] for s in series]
    present = [v for row in rows for v in row if v is not None]
    if kind == "stacked":  # the scale is that of the stacks' totals
        present = [v for v in _stack_totals(rows) if v is not None]
    lo, hi = _y_range(present, "bar" if kind == "stacked" else kind, y_min, y_max)
    lo, hi, ticks, step = _ticks(lo, hi, y_min is not None, y_max is not None)
    tick_labels = [_tick_label(t, step) for t in ticks]
    has_y_label = bool(_clean(y_label))

    # Layout, outside in: title on top, tick labels left, x labels and legend below.
    left = 14.0 + (22.0 if has_y_label else 0.0)
    left += max(_text_width(t, _TICK_SIZE) for t in tick_labels) + 8.0
    legend = _legend_layout(series, left, width - 14.0)
    bottom = 38.0 + 20.0 * (legend[-1].row + 1 if legend else 0)
    top = 44.0
    full_height = max(float(height), top + _MIN_PLOT_HEIGHT + bottom)
    frame = _Frame(left, width - 24.0, top, full_height - bottom, lo, hi, len(labels))

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width}" '
        f'height="{_n(full_height)}" viewBox="0 0 {width} {_n(full_height)}">',
        f"<title>{_xml(title)}</title>",
        f'<g font-family="{_FONT}" fill="{_INK}">',
        f'<rect x="0" y="0" width="{width}" height="{_n(full_height)}" fill="#ffffff"/>',
        f'<text x="{_n(width / 2)}" y="26" font-size="{_TITLE_SIZE}" font-weight="bold" '
        f'text-anchor="middle">{_xml(title, int(width / (_TITLE_SIZE * _CHAR_WIDTH)))}</text>',
    ]
    out += _hatch_defs(len(series) if kind != "line" else 0)
    out += _y_axis(frame, ticks, tick_labels, y_label if has_y_label else None)
    out += _x_labels(frame, labels)
    if kind == "bar":
        out += _bars(frame, rows, series, labels)
    elif kind == "stacked":
        out += _stacks(frame, rows, series, labels)
    else:
        out += _lines(frame, rows, series, labels)
    out.append(  # axes over the data
        f'<path d="M {_n(frame.x0)} {_n(frame.y0)} L {_n(frame.x0)} {_n(frame.y1)} '
        f'L {_n(frame.x1)} {_n(frame.y1)}" fill="none" stroke="{_AXIS}" stroke-width="1"/>'
    )
    out += _legend(frame, legend, kind)
    out += ["</g>", "</svg>"]
    return "\n".join(out) + "\n"


def _check_arguments(
    labels: Sequence[str],
    series: Sequence[Series],
    kind: str,
    y_min: float | None,
    y_max: float | None,
    width: int,
    height: int,
) -> None:
    """Mistakes of the calling code (not of the data) raise ValueError."""
    if kind not in ("line", "bar", "stacked"):
        raise ValueError(f"unknown chart kind {kind!r}: use 'line', 'bar' or 'stacked'")
    if width < _MIN_WIDTH or height < _MIN_HEIGHT:
        raise ValueError(f"chart must be at least {_MIN_WIDTH}x{_MIN_HEIGHT}, got {width}x{height}")
    for bound in (y_min, y_max):
        if bound is not None and not math.isfinite(bound):
            raise ValueError(f"y_min and y_max must be finite, got {bound!r}")
    if y_min is not None and y_max is not None and not y_min < y_max:
        raise ValueError(f"y_min ({y_min!r}) must be below y_max ({y_max!r})")
    for s in series:
        if len(s.values) != len(labels):
            raise ValueError(
                f"series {_clean(s.name)!r} has {len(s.values)} values for {len(labels)} labels"
            )


def _y_axis(
    frame: _Frame, ticks: Sequence[float], tick_labels: Sequence[str], y_label: str | None
) -> list[str]:
    out = [f'<g font-size="{_TICK_SIZE}" text-anchor="end">']
    for tick, text in zip(ticks, tick_labels, strict=True):
        y = frame.y(tick)
        out.append(
            f'<line x1="{_n(frame.x0)}" y1="{_n(y)}" x2="{_n(frame.x1)}" y2="{_n(y)}" '
            f'stroke="{_GRID}" stroke-width="1"/>'
        )
        out.append(f'<text x="{_n(frame.x0 - 6)}" y="{_n(y + 4)}">{escape(text)}</text>')
    out.append("</g>")
    if y_label is not None:
        cx, cy = 18.0, (frame.y0 + frame.y1) / 2
        fits = int((frame.y1 - frame.y0) / (_TEXT_SIZE * _CHAR_WIDTH))
        out.append(
            f'<text x="{_n(cx)}" y="{_n(cy)}" font-size="{_TEXT_SIZE}" text-anchor="middle" '
            f'transform="rotate(-90 {_n(cx)} {_n(cy)})">{_xml(y_label, fits)}</text>'
        )
    return out


def _x_labels(frame: _Frame, labels: Sequence[str]) -> list[str]:
    """A tick and a label under every k-th period, k chosen so none overlap."""
    shown = [_clean(label, _MAX_LABEL) for label in labels]
    widest = max((_text_width(t, _TICK_SIZE) for t in shown), default=0.0)
    every = max(1, math.ceil((widest + 8.0) / frame.band))
    out = [f'<g font-size="{_TICK_SIZE}" text-anchor="middle">']
    for i in range(0, len(shown), every):
        x = frame.x(i)
        out.append(
            f'<line x1="{_n(x)}" y1="{_n(frame.y1)}" x2="{_n(x)}" y2="{_n(frame.y1 + 4)}" '
            f'stroke="{_AXIS}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{_n(x)}" y="{_n(frame.y1 + 17)}">{escape(shown[i], _ATTR_QUOTES)}</text>'
        )
    out.append("</g>")
    return out


def _point_title(series: Series, labels: Sequence[str], i: int, v: float) -> str:
    """A tooltip for one value: series, period, value."""
    return f"<title>{_xml(series.name)}, {_xml(labels[i])}: {_value_label(v)}</title>"


def _lines(
    frame: _Frame, rows: list[list[float | None]], series: Sequence[Series], labels: Sequence[str]
) -> list[str]:
    """One polyline per unbroken run of values, and a marker on every value."""
    out: list[str] = []
    radius = min(3.0, max(1.5, frame.band / 4))
    for index, (row, s) in enumerate(zip(rows, series, strict=True)):
        colour, dash = _style(index)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<g class="series" fill="{colour}">')
        runs: list[list[str]] = [[]]
        for i, v in enumerate(row):
            if v is None:
                runs.append([])
            else:
                runs[-1].append(f"{_n(frame.x(i))},{_n(frame.y(v))}")
        out += [
            f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" '
            f'stroke-width="2" stroke-linejoin="round"{dash_attr}/>'
            for run in runs
            if len(run) >= 2
        ]
        out += [
            _marker(index, frame.x(i), frame.y(v), radius, _point_title(s, labels, i, v))
            for i, v in enumerate(row)
            if v is not None
        ]
        out.append("</g>")
    return out


def _bars(
    frame: _Frame, rows: list[list[float | None]], series: Sequence[Series], labels: Sequence[str]
) -> list[str]:
    """Bars from zero (or the nearest edge), grouped by period."""
    out: list[str] = []
    baseline = frame.y(min(max(0.0, frame.lo), frame.hi))
    group = frame.band * 0.8
    each = group / max(len(rows), 1)
    for index, (row, s) in enumerate(zip(rows, series, strict=True)):
        out.append(f'<g class="series" fill="{_fill(index)}">')
        for i, v in enumerate(row):
            if v is None:
                continue
            x = frame.x0 + frame.band * i + (frame.band - group) / 2 + each * index
            top, bottom = sorted((frame.y(v), baseline))
            out.append(
                f'<rect x="{_n(x)}" y="{_n(top)}" width="{_n(each)}" height="{_n(bottom - top)}">'
                f"{_point_title(s, labels, i, v)}</rect>"
            )
        out.append("</g>")
    out.append(_baseline(frame, baseline))
    return out


def _baseline(frame: _Frame, y: float) -> str:
    """The line bars grow from."""
    return (
        f'<line x1="{_n(frame.x0)}" y1="{_n(y)}" x2="{_n(frame.x1)}" y2="{_n(y)}" '
        f'stroke="{_AXIS}" stroke-width="1"/>'
    )


def _stack_totals(rows: list[list[float | None]]) -> list[float | None]:
    """Per period, the top of the stack (positive values) and its bottom
    (negative ones), as the values the scale must show."""
    out: list[float | None] = []
    for column in zip(*rows, strict=True):
        values = [v for v in column if v is not None]
        if values:
            totals = (sum(v for v in values if v > 0), sum(v for v in values if v < 0))
            out += [min(max(t, -_LARGEST), _LARGEST) for t in totals]  # sums may overflow
    return out


def _stacks(
    frame: _Frame, rows: list[list[float | None]], series: Sequence[Series], labels: Sequence[str]
) -> list[str]:
    """One bar per period, each series a segment stacked on the ones before
    (positive values upwards from zero, negative ones downwards)."""
    out: list[str] = []
    baseline = frame.y(min(max(0.0, frame.lo), frame.hi))
    width = frame.band * 0.7
    up = [0.0] * frame.periods
    down = [0.0] * frame.periods
    for index, (row, s) in enumerate(zip(rows, series, strict=True)):
        out.append(f'<g class="series" fill="{_fill(index)}" stroke="#ffffff" stroke-width="0.5">')
        for i, v in enumerate(row):
            if v is None or v == 0:
                continue
            heights = up if v > 0 else down
            start = heights[i]
            heights[i] = start + v
            top, bottom = sorted((frame.y(start + v), frame.y(start)))
            x = frame.x0 + frame.band * i + (frame.band - width) / 2
            out.append(
                f'<rect x="{_n(x)}" y="{_n(top)}" width="{_n(width)}" height="{_n(bottom - top)}">'
                f"{_point_title(s, labels, i, v)}</rect>"
            )
        out.append("</g>")
    out.append(_baseline(frame, baseline))
    return out


def _legend(frame: _Frame, items: Sequence[_LegendItem], kind: str) -> list[str]:
    out = [f'<g font-size="{_TEXT_SIZE}">']
    for item in items:
        colour, dash = _style(item.index)
        y = frame.y1 + 34.0 + 20.0 * item.row
        if kind in ("bar", "stacked"):
            out.append(
                f'<rect x="{_n(item.x)}" y="{_n(y - 9)}" width="18" height="10" '
                f'fill="{_fill(item.index)}" stroke="{colour}" stroke-width="1"/>'
            )
        else:
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(
                f'<line x1="{_n(item.x)}" y1="{_n(y - 4)}" x2="{_n(item.x + 20)}" '
                f'y2="{_n(y - 4)}" stroke="{colour}" stroke-width="2"{dash_attr}/>'
            )
            out.append(f'<g fill="{colour}">{_marker(item.index, item.x + 10, y - 4, 3)}</g>')
        out.append(
            f'<text x="{_n(item.x + 26)}" y="{_n(y)}">{escape(item.name, _ATTR_QUOTES)}</text>'
        )
    out.append("</g>")
    return out


# --- files ----------------------------------------------------------------

_SUFFIXES = (".svg", ".png")
_PNG_EXTRA = "PNG output needs the optional extra: pip install 'jcpoa-tracker[png]'"


def write_plot(path: Path, svg: str) -> None:
    """Write ``svg`` to ``path`` as SVG or, by the suffix, as PNG.

    The file is replaced atomically: a reader sees the old file or the new
    one, never half of one, and a failure leaves no temporary file behind.
    """
    suffix = path.suffix.lower()
    if suffix == ".svg":
        data = svg.encode("utf-8")
    elif suffix == ".png":
        data = _png(svg)
    else:
        raise PlotError(
            f"cannot write a plot to {path}: the file name must end in "
            f"{' or '.join(_SUFFIXES)} (got {suffix or 'no suffix'!r})"
        )
    _write_atomic(path, data)


def _png(svg: str) -> bytes:
    """The chart as PNG, drawn by resvg (a Rust SVG renderer whose Python
    wheels bundle everything: no system library, unlike cairo)."""
    try:
        resvg = importlib.import_module("resvg_py")
    except ImportError as e:
        raise PlotError(_PNG_EXTRA) from e
    try:
        png = resvg.svg_to_bytes(svg_string=svg, background="#ffffff")
    except Exception as e:  # the renderer's own failure, in its words
        raise PlotError(f"cannot draw the PNG ({e}); write an .svg file instead") from e
    return bytes(png)


def _write_atomic(path: Path, data: bytes) -> None:
    import secrets

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    temp: Path | None = None
    try:
        for _ in range(100):
            candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(candidate, flags, 0o666)  # the umask decides, as for open()
            except FileExistsError:
                continue
            temp = candidate
            break
        else:
            raise FileExistsError(f"no free temporary name beside {path}")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        temp.replace(path)  # os.replace: atomic on POSIX and Windows
        temp = None
    except OSError as e:
        raise PlotError(f"cannot write the plot to {path}: {e.strerror or e}") from e
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def sparkline_svg(
    values: Sequence[float | None],
    *,
    label: str,
    low: float | None = None,
    high: float | None = None,
    width: int = 120,
    height: int = 24,
) -> str:
    """A small inline SVG line (a dot for a lone value, a break for a gap)
    that reads as a chart in mail and on the web, where block characters
    render as underscores in many fonts.  ``label`` becomes its accessible
    name (``role="img"`` with ``aria-label`` and ``<title>``)."""
    present = [v for v in (_finite(v) for v in values) if v is not None]
    lo = low if low is not None else min(present, default=0.0)
    hi = high if high is not None else max(present, default=0.0)
    pad = 3.0
    step = (width - 2 * pad) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        span = hi - lo
        fraction = 0.5 if span <= 0 else (min(max(v, lo), hi) - lo) / span
        return height - pad - fraction * (height - 2 * pad)

    runs: list[list[tuple[float, float]]] = [[]]
    for i, raw in enumerate(values):
        v = _finite(raw)
        if v is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((pad + i * step, y(v)))
    shapes = []
    for run in (r for r in runs if r):
        if len(run) == 1:
            x0, y0 = run[0]
            shapes.append(f'<circle cx="{_n(x0)}" cy="{_n(y0)}" r="1.8" fill="#0072b2"/>')
        else:
            points = " ".join(f"{_n(x0)},{_n(y0)}" for x0, y0 in run)
            shapes.append(
                f'<polyline points="{points}" fill="none" stroke="#0072b2" stroke-width="1.5"/>'
            )
    name = _xml(label)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{name}"><title>{name}</title>'
        f'<line x1="{_n(pad)}" y1="{_n(height - pad)}" x2="{_n(width - pad)}" '
        f'y2="{_n(height - pad)}" stroke="#cccccc" stroke-width="1"/>' + "".join(shapes) + "</svg>"
    )
