"""The timeline as lanes in inline SVG: one lane per track (declared phases
as bands, rounds as spans) and one for milestones (marks).

The chart is a picture (``role="img"`` with a text alternative); the
ordered list beside it carries the same events as links.  Each shape has
the same ``data-`` attributes as its list item, so one filter hides both.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from jcpoa_tracker.model import Milestone, Round, Track
from jcpoa_tracker.site.data import SiteData

__all__ = ["lanes_svg"]

_WIDTH = 1000.0
_LABEL = 150.0
_LANE = 30.0
_TOP = 24.0
_PHASE_FILL = {
    "active": "#dbeafe",
    "suspended": "#fde68a",
    "collapsed": "#fecaca",
    "concluded": "#d1d5db",
}


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


class _Scale:
    def __init__(self, first: date, last: date) -> None:
        self.first = date(first.year, 1, 1)
        self.last = date(last.year, 12, 31)
        self.days = max((self.last - self.first).days, 1)

    def x(self, day: date) -> float:
        return _LABEL + (_WIDTH - _LABEL - 10) * (day - self.first).days / self.days


def _round_shape(scale: _Scale, rnd: Round, y: float, parties: str) -> str:
    start = rnd.start.first_day
    end = (rnd.end or rnd.start).last_day
    x0, x1 = scale.x(start), scale.x(end + timedelta(days=1))
    label = f"{rnd.title}: {rnd.start.human()}"
    if rnd.end is not None and rnd.end != rnd.start:
        label += f" to {rnd.end.human()}"
    fill = "#9ca3af" if rnd.cancelled else "#1d4ed8"
    kind = "cancelled" if rnd.cancelled else f"round {rnd.format or 'round'}"
    return (
        f'<rect class="ev" data-track="{_attr(rnd.track)}" data-kind="{_attr(kind)}" '
        f'data-parties="{_attr(parties)}" data-year="{start.year}" data-end-year="{end.year}" '
        f'x="{_n(x0)}" y="{_n(y + 6)}" width="{_n(max(x1 - x0, 2.0))}" height="{_n(_LANE - 12)}" '
        f'fill="{fill}"><title>{_attr(label)}</title></rect>'
    )


def _milestone_shape(scale: _Scale, m: Milestone, y: float, tracks: str) -> str:
    x = scale.x(m.date.first_day)
    return (
        f'<path class="ev" data-track="{_attr(tracks)}" data-kind="milestone {_attr(str(m.kind))}" '
        f'data-parties="{_attr(" ".join(m.parties))}" data-year="{m.date.year}" '
        f'data-end-year="{(m.end or m.date).year}" '
        f'd="M {_n(x)} {_n(y + 5)} l 5 10 l -5 10 l -5 -10 z" fill="#b45309">'
        f"<title>{_attr(m.date.human() + ': ' + m.title)}</title></path>"
    )


def _phase_bands(scale: _Scale, track: Track, y: float, until: date) -> list[str]:
    out = []
    changes = sorted(track.phases, key=lambda c: c.date.sort_key)
    for i, change in enumerate(changes):
        start = change.date.first_day
        end = changes[i + 1].date.first_day if i + 1 < len(changes) else until
        if end < start:
            continue
        label = f"{track.title}: {change.phase} from {change.date.human()}"
        out.append(
            f'<rect x="{_n(scale.x(start))}" y="{_n(y + 2)}" '
            f'width="{_n(max(scale.x(end) - scale.x(start), 1.0))}" height="{_n(_LANE - 4)}" '
            f'fill="{_PHASE_FILL.get(str(change.phase), "#e5e7eb")}">'
            f"<title>{_attr(label)}</title></rect>"
        )
    return out


def lanes_svg(data: SiteData, parties_of_round: dict[str, str]) -> tuple[str, str]:
    """The SVG and its text alternative."""
    tracks = list(data.tracks.values())
    days = [r.start.first_day for r in data.rounds.values()]
    days += [m.date.first_day for m in data.milestones.values()]
    days += [c.date.first_day for t in tracks for c in t.phases]
    if not days:
        return "", "No event is recorded."
    last = max([*days, *((r.end or r.start).last_day for r in data.rounds.values())])
    scale = _Scale(min(days), max(last, min(data.as_of, last)))
    height = _TOP + _LANE * (len(tracks) + 1) + 8
    out = [
        f'<svg class="lanes-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-labelledby="lanes-title" viewBox="0 0 {_n(_WIDTH)} {_n(height)}" '
        f'width="{_n(_WIDTH)}" height="{_n(height)}" font-family="sans-serif" font-size="11">',
        '<title id="lanes-title">Timeline: tracks as lanes with their rounds and declared '
        "phases, and a lane of milestones</title>",
    ]
    years = range(scale.first.year, scale.last.year + 1)
    step = 1 if len(years) <= 14 else 2
    for year in years:
        x = scale.x(date(year, 1, 1))
        out.append(
            f'<line x1="{_n(x)}" y1="{_n(_TOP - 4)}" x2="{_n(x)}" y2="{_n(height - 4)}" '
            'stroke="#d1d5db" stroke-width="1"/>'
        )
        if (year - scale.first.year) % step == 0:
            out.append(f'<text x="{_n(x + 2)}" y="{_n(_TOP - 8)}" fill="#374151">{year}</text>')
    for i, track in enumerate(tracks):
        y = _TOP + i * _LANE
        label = track.title if len(track.title) <= 24 else track.title[:23] + "…"
        out.append(f'<text x="4" y="{_n(y + _LANE / 2 + 4)}" fill="#111827">{_attr(label)}</text>')
        out += _phase_bands(scale, track, y, scale.last)
        for rnd in data.rounds_of.get(track.id, []):
            out.append(_round_shape(scale, rnd, y, parties_of_round.get(rnd.id, "")))
    y = _TOP + len(tracks) * _LANE
    out.append(f'<text x="4" y="{_n(y + _LANE / 2 + 4)}" fill="#111827">Milestones</text>')
    for m in sorted(data.milestones.values(), key=lambda m: (m.date.sort_key, m.id)):
        out.append(_milestone_shape(scale, m, y, data.milestone_tracks(m.parties)))
    out.append("</svg>")
    caption = (
        f"{len(data.rounds)} rounds in {len(tracks)} tracks and {len(data.milestones)} "
        f"milestones from {scale.first.year} to {scale.last.year}; the list below holds "
        "each of them with a link."
    )
    return "\n".join(out), caption
