"""Subscriptions: an Atom feed of records added or changed, and iCalendar
files of rounds, deadlines and announced milestones.

Both are written by hand (a few dozen lines of well-known format) so that
the bytes depend on the data alone: no clock, no library version.
"""

from __future__ import annotations

import heapq
import subprocess
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import chain
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from jcpoa_tracker.dates import FuzzyDate, Precision
from jcpoa_tracker.model import Milestone, Record, Round, Statement
from jcpoa_tracker.site.data import SiteData
from jcpoa_tracker.site.render import link

__all__ = ["FeedEntry", "atom_feed", "calendar", "calendar_events", "git_times"]

FEED_SIZE = 100


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """An entry of the site's Atom feed."""

    kind: str
    ident: str
    title: str
    summary: str
    updated: str  # RFC 3339
    published: str


def git_times(data_dir: Path, environ: Mapping[str, str]) -> dict[str, tuple[str, str]] | None:
    """For each data file (path relative to the data dir): the times of the
    first and last commits that touched it; None when there is no history."""
    env = {**environ, "LC_ALL": "C", "GIT_PAGER": "cat"}
    try:
        done = subprocess.run(
            ["git", "log", "--format=%x00%cI", "--name-only", "--relative", "--", "."],
            cwd=data_dir,
            capture_output=True,
            check=False,
            env=env,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0 or not done.stdout.strip():
        return None
    times: dict[str, tuple[str, str]] = {}
    for chunk in done.stdout.decode("utf-8", errors="replace").split("\0")[1:]:
        lines = [line for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        when = _utc(lines[0].strip())
        for name in lines[1:]:
            first, last = times.get(name, (when, when))
            times[name] = (min(first, when), max(last, when))
    return times


def _utc(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _day_stamp(when: FuzzyDate) -> str:
    return f"{when.first_day.isoformat()}T00:00:00Z"


def _record_date(record: Record) -> FuzzyDate | None:
    if isinstance(record, Statement | Milestone):
        return record.date
    if isinstance(record, Round):
        return record.end if record.end is not None else record.start
    return None


def _title(data: SiteData, record: Record) -> str:
    if isinstance(record, Statement):
        text = record.text if len(record.text) <= 90 else record.text[:89] + "…"
        return f"{data.name(record.speaker)}: \u201c{text}\u201d"
    if isinstance(record, Round | Milestone):
        return record.title
    title = getattr(record, "title", None) or getattr(record, "name", None)
    return str(title) if title else record.id


def _summary(record: Record) -> str:
    if isinstance(record, Statement):
        return f"{record.text} ({record.date.human()})"
    if isinstance(record, Milestone):
        return f"{record.date.human()}: {record.summary or record.title}"
    if isinstance(record, Round):
        end = f" to {record.end.human()}" if record.end else ""
        return f"{record.title}: {record.start.human()}{end}"
    return record.note or ""


def feed_entries(
    data: SiteData, times: dict[str, tuple[str, str]] | None, data_dir: Path
) -> list[FeedEntry]:
    """The newest records: by the commit that last changed their file when
    there is git history, else by their own date."""
    records: Iterable[Record] = chain(
        data.said.every(),
        data.rounds.values(),
        data.milestones.values(),
        data.tracks.values(),
        data.actors.values(),
    )
    relative = _relative_to(data_dir)

    def entries() -> Iterator[FeedEntry]:
        for record in records:
            if times is not None:
                stamp = times.get(relative(record.path))
                if stamp is None:
                    continue  # not committed yet
                published, updated = stamp
            else:
                when = _record_date(record)
                if when is None:
                    continue
                published = updated = _day_stamp(when)
            yield FeedEntry(
                record.record_kind,
                record.id,
                _title(data, record),
                _summary(record),
                updated,
                published,
            )

    # as sorted(..., reverse=True)[:FEED_SIZE] would, without holding them all
    return heapq.nlargest(FEED_SIZE, entries(), key=lambda e: (e.updated, e.kind, e.ident))


def _relative_to(data_dir: Path) -> Callable[[str], str]:
    """A record's file relative to ``data_dir`` (worked out once per file)."""
    root = data_dir.resolve()
    known: dict[str, str] = {}

    def relative(path: str) -> str:
        found = known.get(path)
        if found is None:
            try:
                found = Path(path).resolve().relative_to(root).as_posix()
            except ValueError:
                found = Path(path).as_posix()
            known[path] = found
        return found

    return relative


def _id(namespace: str, kind: str, ident: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{namespace}/{kind}/{ident}"))


def atom_feed(
    data: SiteData, entries: Sequence[FeedEntry], base_url: str | None, namespace: str
) -> str:
    """Atom 1.0; links are relative to the feed unless a base URL is given."""
    base = base_url.rstrip("/") + "/" if base_url else ""
    updated = entries[0].updated if entries else f"{data.as_of.isoformat()}T00:00:00Z"
    title = escape(data.identity.title)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{title}: records added or changed</title>",
        f"<id>{_id(namespace, 'feed', 'atom')}</id>",
        f"<updated>{updated}</updated>",
        f'<link rel="alternate" href={quoteattr(base + "index.html")}/>',
        f'<link rel="self" href={quoteattr(base + "feed.atom")}/>',
        f"<author><name>{title}</name></author>",
        "<generator>jcpoa-tracker site</generator>",
    ]
    for e in entries:
        kind = "statement" if e.kind == "statement" else e.kind
        out += [
            "<entry>",
            f"<title>{escape(e.title)}</title>",
            f"<id>{_id(namespace, kind, e.ident)}</id>",
            f'<link rel="alternate" href={quoteattr(base + link(kind, e.ident))}/>',
            f"<published>{e.published}</published>",
            f"<updated>{e.updated}</updated>",
            f"<category term={quoteattr(kind)}/>",
            f"<summary>{escape(e.summary)}</summary>",
            "</entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """An event of the site's iCalendar file."""

    uid: str
    start: date
    end: date  # exclusive
    summary: str
    description: str
    path: str
    cancelled: bool = False


def calendar_events(data: SiteData, track: str | None, namespace: str) -> list[CalendarEvent]:
    """Rounds (of one track or all), deadlines, and milestones announced
    ahead of the as-of date."""
    events = []
    for rnd in data.rounds.values():
        if track is not None and rnd.track != track:
            continue
        end = rnd.end if rnd.end is not None else rnd.start
        summary = rnd.title + (" (called off)" if rnd.cancelled else "")
        if rnd.start.precision is not Precision.DAY:  # a month or a year: say so
            summary += f" ({rnd.start.human()}, day not known)"
        events.append(
            CalendarEvent(
                _id(namespace, "round", rnd.id).removeprefix("urn:uuid:"),
                rnd.start.first_day,
                end.last_day + timedelta(days=1),
                summary,
                ", ".join(x for x in (rnd.location, str(rnd.format or "")) if x),
                link("round", rnd.id),
                rnd.cancelled is not None,
            )
        )
    parties = set(data.tracks[track].parties) if track in data.tracks else None
    for m in data.milestones.values():
        ahead = m.date.first_day > data.as_of and m.announced is not None
        term = data.identity.kind(m.kind)
        if not (term is not None and term.deadline) and not ahead:
            continue
        if parties is not None and m.parties and not parties & set(m.parties):
            continue
        events.append(
            CalendarEvent(
                _id(namespace, "milestone", m.id).removeprefix("urn:uuid:"),
                m.date.first_day,
                (m.end or m.date).last_day + timedelta(days=1),
                m.title,
                m.summary or str(m.kind),
                link("milestone", m.id),
            )
        )
    events.sort(key=lambda e: (e.start, e.uid))
    return events


def _ics_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> list[str]:
    """RFC 5545 folding: lines of at most 75 octets, continued with a space."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def calendar(events: Sequence[CalendarEvent], name: str, stamp: date, base_url: str | None) -> str:
    base = base_url.rstrip("/") + "/" if base_url else ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//jcpoa-tracker//site//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(name)}",
    ]
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.uid}",
            f"DTSTAMP:{stamp.strftime('%Y%m%d')}T000000Z",
            f"DTSTART;VALUE=DATE:{e.start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{e.end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(e.summary)}",
        ]
        if e.description:
            lines.append(f"DESCRIPTION:{_ics_text(e.description)}")
        if base:
            lines.append(f"URL:{base}{e.path}")
        if e.cancelled:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
