"""Badges as small SVG images: "days since the last round", "days until
the next", per track, in the flat style of common README badges."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from jcpoa_tracker.render.status import days
from jcpoa_tracker.report.status import TrackStatus
from jcpoa_tracker.site.data import file_name

__all__ = ["Badge", "badge_svg", "track_badges"]

_CHAR = 6.5  # mean advance of an 11 px sans-serif character


@dataclass(frozen=True, slots=True)
class Badge:
    """A status badge the site writes."""

    path: str
    label: str
    value: str
    colour: str

    @property
    def width(self) -> int:
        return _width(self.label) + _width(self.value)


def _width(text: str) -> int:
    return int(len(text) * _CHAR + 12)


def track_badges(status: TrackStatus) -> list[Badge]:
    name = file_name(status.track.id)
    badges = []
    if status.current is not None:
        badges.append(
            Badge(f"badges/{name}-since.svg", status.track.title, "in session", "#15803d")
        )
    elif status.days_since_last is not None:
        badges.append(
            Badge(
                f"badges/{name}-since.svg",
                status.track.title,
                f"{days(status.days_since_last)} since the last round",
                "#1d4ed8",
            )
        )
    if status.days_to_next is not None:
        badges.append(
            Badge(
                f"badges/{name}-until.svg",
                status.track.title,
                f"next round in {days(status.days_to_next)}",
                "#b45309",
            )
        )
    return badges


def badge_svg(badge: Badge) -> str:
    left, right = _width(badge.label), _width(badge.value)
    total = left + right
    label, value = escape(badge.label), escape(badge.value)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" '
        f'aria-label="{label}: {value}">'
        f"<title>{label}: {value}</title>"
        f'<rect width="{left}" height="20" fill="#374151"/>'
        f'<rect x="{left}" width="{right}" height="20" fill="{badge.colour}"/>'
        '<g fill="#ffffff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
        f'<text x="6" y="14">{label}</text>'
        f'<text x="{left + 6}" y="14">{value}</text>'
        "</g></svg>\n"
    )
