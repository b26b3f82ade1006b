"""`site`: the whole static site, from a data directory to a folder.

Pages are rendered from the same engines as the terminal commands (the
status and timeline reports, the trends, the exports, the quote citation)
through autoescaped Jinja2 templates; nothing depends on the clock, so the
same data and options give the same bytes.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from jcpoa_tracker.export import ExportFormat
from jcpoa_tracker.export.run import export_info, manifest
from jcpoa_tracker.export.tables import Row, Rows, Table
from jcpoa_tracker.export.target import MANIFEST_NAME
from jcpoa_tracker.model import Actor, ActorKind, Confidence, Statement
from jcpoa_tracker.provenance import data_origin
from jcpoa_tracker.query import Scope
from jcpoa_tracker.render.status import phase_summary
from jcpoa_tracker.report.status import Status, build_status
from jcpoa_tracker.report.timeline import build_timeline
from jcpoa_tracker.search.quotes import Quote
from jcpoa_tracker.site.badges import badge_svg, track_badges
from jcpoa_tracker.site.data import SiteData, file_name
from jcpoa_tracker.site.feeds import atom_feed, calendar, calendar_events, feed_entries, git_times
from jcpoa_tracker.site.fragments import Fragments
from jcpoa_tracker.site.lanes import lanes_svg
from jcpoa_tracker.site.render import environment, link
from jcpoa_tracker.site.searchindex import index_scripts
from jcpoa_tracker.site.snapshots import change_days, snapshot_status
from jcpoa_tracker.site.trends import trend_charts
from jcpoa_tracker.site.writer import SiteWriter
from jcpoa_tracker.store import Stored

__all__ = ["SiteResult", "build_site"]

NAV = (
    ("index.html", "Status"),
    ("timeline.html", "Timeline"),
    ("tracks.html", "Tracks"),
    ("actors.html", "Actors"),
    ("milestones.html", "Milestones"),
    ("statements.html", "Statements"),
    ("search.html", "Search"),
    ("trends.html", "Trends"),
    ("about.html", "About"),
)
SQLITE_NAME = "data.sqlite"
# the downloads written as a folder of files, a table each
_FOLDER_FORMATS = (ExportFormat.CSV, ExportFormat.JSONL)


@dataclass(frozen=True, slots=True)
class SiteResult:
    """What a site build wrote."""

    path: Path
    files: int
    bytes: int
    errors: int  # data errors: the records they affect are left out
    statements: int
    snapshots: int


def build_site(
    data_dir: Path,
    out: Path,
    as_of: date,
    *,
    base_url: str | None = None,
    environ: Mapping[str, str] | None = None,
    persistent: bool = True,
) -> SiteResult:
    """Write the site of ``data_dir`` as known on ``as_of`` into ``out``
    (SiteTargetError when ``out`` holds something else).

    The data comes from the store every report reads, brought up to date
    first (with ``persistent`` false, a store built for this run only):
    records but statements in memory, statements a page at a time.
    """
    from jcpoa_tracker.store import open_store

    environ = dict(os.environ) if environ is None else environ
    writer = SiteWriter(out)  # first: a wrong target is refused before any work
    try:
        stored = open_store(data_dir, environ, persistent=persistent)
        try:
            # Read, not mapped (pages touched by a whole-store scan would
            # count against this process); one read transaction, so that
            # every page comes from the same snapshot whatever another run
            # writes meanwhile.
            stored.source.db.execute("PRAGMA mmap_size = 0")
            stored.source.db.execute("BEGIN")
            data = SiteData.of(stored, as_of)
            site = _Site(data, stored, data_dir, writer, base_url, environ)
            site.write_all()
        finally:
            stored.source.close()
        writer.finish({"generator": "jcpoa-tracker site", "as_of": as_of.isoformat()})
    except BaseException:
        writer.abandon()
        raise
    return SiteResult(
        out, writer.files, writer.bytes, stored.errors, site.statements_written, site.snapshots
    )


def _provenance(data_dir: Path, environ: Mapping[str, str]) -> str:
    origin = data_origin(data_dir, environ)
    text = f"data hash {origin.short_hash}"
    if origin.short_commit:
        text += f", commit {origin.short_commit}"
        if origin.dirty:
            text += " with uncommitted changes"
    return text


class _Site:
    def __init__(
        self,
        data: SiteData,
        stored: Stored,
        data_dir: Path,
        writer: SiteWriter,
        base_url: str | None,
        environ: Mapping[str, str],
    ) -> None:
        self.data = data
        self.stored = stored
        self.data_dir = data_dir
        self.writer = writer
        self.base_url = base_url
        self.environ = environ
        self.env: Environment = environment()
        self.env.globals.update(
            name=data.name,
            point_key=data.point_key,
            milestone_tracks=data.milestone_tracks,
            word=self.word,
        )
        # statements from the store, as the status report reads them
        self.scope = Scope(data.dataset, source=stored.source)
        self.provenance = _provenance(data_dir, environ)
        self.namespace = "jcpoa-tracker-site/" + file_name(data.identity.short_name)
        self.snapshots = 0
        self.statements_written = 0
        self.nav_pages = {href for href, _ in NAV}
        self._chrome: dict[tuple[str, str], dict[str, Markup]] = {}
        self.fragments = Fragments(data)
        self.status: Status = build_status(self.scope, data.as_of)
        self.days = change_days(data.dataset, data.as_of)

    # -- plumbing -------------------------------------------------------

    def word(self, section: str, ident: str) -> str:
        """A word of the dataset's vocabularies as the dataset labels it."""
        config = self.data.identity
        look_up = {
            "kind": config.kind,
            "category": config.category,
            "occasion": config.occasion,
            "status": config.status,
        }[section]
        term = look_up(ident)
        return term.shown if term is not None else ident.replace("-", " ")

    def chrome(self, root: str, current: str) -> dict[str, Markup]:
        """The head links, header and footer every page shares: rendered
        once per folder depth (and per page of the navigation)."""
        key = (root, current if current in self.nav_pages else "")
        found = self._chrome.get(key)
        if found is None:
            macros = self.env.get_template("chrome.html.j2").module
            identity = self.data.identity
            found = self._chrome[key] = {
                "head": macros.head(root, identity),  # type: ignore[attr-defined]
                "header": macros.header(root, key[1], NAV, identity),  # type: ignore[attr-defined]
                "footer": macros.footer(root, identity, self.provenance),  # type: ignore[attr-defined]
            }
        return found

    def page(self, path: str, template: str, title: str, **context: Any) -> None:
        root = "../" * path.count("/")
        base = {
            "identity": self.data.identity,
            "chrome": self.chrome(root, path),
            "root": root,
            "page_title": title,
            "page_kind": template.split(".")[0],
            "description": "",
            "provenance": self.provenance,
            "fragments": self.fragments,
        }
        base.update(context)
        self.writer.write(path, self.env.get_template(template).render(base))

    def write_all(self) -> None:
        self.static()
        self.home()
        self.snapshot_pages()
        self.timeline()
        self.tracks()
        self.rounds()
        self.actors()
        self.points()
        self.milestones()
        self.statements()
        self.search()
        self.trends()
        badges = self.embeds_and_badges()
        self.feeds()
        exports = self.exports()
        self.about(badges, exports)

    def static(self) -> None:
        folder = resources.files("jcpoa_tracker.site") / "static"
        for name in ("site.js", "site.css", "favicon.svg"):
            self.writer.write(name, (folder / name).read_bytes())

    # -- the status -----------------------------------------------------

    def _asof_context(self) -> dict[str, Any]:
        days = self.days
        return {
            "change_days_attr": " ".join(d.isoformat() for d in days),
            "first_day": days[0].isoformat() if days else self.data.as_of.isoformat(),
            "last_day": self.data.as_of.isoformat(),
        }

    def home(self) -> None:
        self.page(
            "index.html",
            "status.html.j2",
            "Where things stand",
            status=self.status,
            snapshot=False,
            next_change=None,
            newest=self.data.newest_record(),
            description=self.data.identity.description,
            **self._asof_context(),
        )

    def snapshot_pages(self) -> None:
        days = self.days
        context = self._asof_context()
        for i, day in enumerate(days):
            self.page(
                f"status/{day.isoformat()}.html",
                "status.html.j2",
                f"Status as of {day.isoformat()}",
                status=snapshot_status(self.scope, day),
                snapshot=True,
                next_change=days[i + 1] if i + 1 < len(days) else None,
                newest=None,
                **context,
            )
        years: dict[int, list[date]] = defaultdict(list)
        for day in days:
            years[day.year].append(day)
        self.page(
            "status/index.html",
            "status_index.html.j2",
            "The status on any date",
            years=sorted(years.items(), reverse=True),
            status=self.status,
            **context,
        )
        self.snapshots = len(days)

    # -- timeline and records ------------------------------------------

    def timeline(self) -> None:
        timeline = build_timeline(self.scope, self.data.as_of)
        events = list(timeline.events)
        round_parties = {e.record: " ".join(e.parties) for e in events if e.kind == "round"}
        svg, caption = lanes_svg(self.data, round_parties)
        kinds = sorted(
            {str(e.kind) for e in events} | {e.subkind for e in events if e.kind == "milestone"}
        )
        parties = sorted(
            {
                p
                for e in events
                for p in e.parties
                if (a := self.data.actors.get(p)) is None or a.kind is not ActorKind.PERSON
            },
            key=lambda p: self.data.name(p).casefold(),
        )
        self.page(
            "timeline.html",
            "timeline.html.j2",
            "Timeline",
            events=events,
            tracks=list(self.data.tracks.values()),
            kinds=kinds,
            parties=[(p, self.data.name(p)) for p in parties],
            years=sorted({e.date.year for e in events}),
            lanes_svg=Markup(svg),
            lanes_caption=caption,
            event_link=_event_link,
        )

    def _phase_line(self, track: str) -> str:
        for status in self.status.tracks:
            if status.track.id == track:
                return phase_summary(status)
        return "not started"

    def tracks(self) -> None:
        data = self.data
        self.page(
            "tracks.html",
            "tracks.html.j2",
            "Tracks",
            tracks=list(data.tracks.values()),
            rounds_of=data.rounds_of,
        )
        for track in data.tracks.values():
            self.page(
                link("track", track.id),
                "track.html.j2",
                track.title,
                track=track,
                rounds=data.rounds_of.get(track.id, []),
                points=data.points_of(track.id),
                phase_line=self._phase_line(track.id),
            )

    def rounds(self) -> None:
        data = self.data
        for track, rounds in data.rounds_of.items():
            title = data.tracks[track].title if track in data.tracks else track
            for i, rnd in enumerate(rounds):
                self.page(
                    link("round", rnd.id),
                    "round.html.j2",
                    rnd.title,
                    rnd=rnd,
                    track_title=title,
                    previous=rounds[i - 1] if i > 0 else None,
                    following=rounds[i + 1] if i + 1 < len(rounds) else None,
                    statements=data.said.in_round(rnd.id),
                )

    def actors(self) -> None:
        data = self.data
        counts = data.said.speaker_counts()
        groups: dict[str, list[Actor]] = defaultdict(list)
        members: dict[str, list[Actor]] = defaultdict(list)
        for actor in sorted(data.actors.values(), key=lambda a: (a.name.casefold(), a.id)):
            groups["People" if actor.kind is ActorKind.PERSON else "Parties"].append(actor)
            if actor.party:
                members[actor.party].append(actor)
        self.page(
            "actors.html",
            "actors.html.j2",
            "Actors",
            groups=[(k, groups[k]) for k in ("Parties", "People") if groups.get(k)],
            counts=counts,
        )
        for actor in data.actors.values():
            self.page(
                link("actor", actor.id),
                "actor.html.j2",
                actor.name,
                actor=actor,
                members=members.get(actor.id, []),
                rounds=data.delegate_in.get(actor.id, []),
                statements=data.said.by_speaker(actor.id),
            )

    def points(self) -> None:
        data = self.data
        for history in data.points.values():
            track = data.tracks.get(history.track)
            self.page(
                link("point", history.key),
                "point.html.j2",
                history.title,
                point=history,
                track_title=track.title if track else history.track,
            )

    def milestones(self) -> None:
        data = self.data
        ordered = sorted(data.milestones.values(), key=lambda m: (m.date.sort_key, m.id))
        years: dict[int, list[Any]] = defaultdict(list)
        for m in reversed(ordered):
            years[m.date.year].append(m)
        self.page("milestones.html", "milestones.html.j2", "Milestones", years=list(years.items()))
        for m in ordered:
            self.page(link("milestone", m.id), "milestone.html.j2", m.title, m=m)

    def statements(self) -> None:
        data = self.data
        years = data.said.year_counts()
        self.page(
            "statements.html",
            "statements.html.j2",
            "Statements",
            year=None,
            statements=[],
            years=years,
        )
        for year, _ in years:
            self.page(
                f"statements/{year}.html",
                "statements.html.j2",
                f"Statements of {year}",
                year=year,
                statements=data.said.of_year(year),
                years=[],
            )
        from jcpoa_tracker.render.quotes import citation

        template = "statement.html.j2"
        for s in data.said.newest_first():
            self.statements_written += 1
            q = self.quote(s)
            self.page(
                link("statement", s.id),
                template,
                f"{q.speaker_name}, {s.date.human()}",
                s=s,
                q=q,
                citation=f"\u201c{s.text}\u201d \u2014 {citation(q)}",
            )

    def quote(self, s: Statement) -> Quote:
        """The statement as the quote search shows it (for its citation)."""
        data = self.data
        speaker = data.actors.get(s.speaker)
        party = (
            speaker.party
            if speaker and speaker.party
            else (s.speaker if speaker and speaker.kind is not ActorKind.PERSON else None)
        )
        rnd = data.rounds.get(s.round) if s.round else None
        track = data.tracks.get(rnd.track) if rnd else None
        return Quote(
            id=s.id,
            speaker=s.speaker,
            speaker_name=data.name(s.speaker),
            party=party,
            party_name=data.name(party) if party else None,
            role=s.role or data.role_on(s.speaker, s.date),
            on_behalf_of=data.name(s.on_behalf_of) if s.on_behalf_of else None,
            date=s.date,
            text=s.text,
            original=s.original,
            occasion=str(s.occasion) if s.occasion else None,
            context=s.context,
            round=s.round,
            round_title=rnd.title if rnd else None,
            track=rnd.track if rnd else None,
            track_title=track.title if track else None,
            topics=s.topics,
            category=str(s.category) if s.category else None,
            tone=s.tone,
            verified=s.verified,
            confidence=s.confidence,
            confidence_note=s.confidence_note,
            date_note=s.date_note,
            note=s.note,
            sources=s.sources,
            path=s.path,
            line=s.line,
            column=s.column,
        )

    # -- search, trends -------------------------------------------------

    def search(self) -> None:
        years = []
        for path, script in index_scripts(self.data):
            self.writer.write(path, script)
            stem = path.rsplit("/", 1)[1].removesuffix(".js")
            if stem.isdigit():
                years.append(stem)
        self.page("search.html", "search.html.j2", "Search statements", years=years)

    def trends(self) -> None:
        charts, first, last = trend_charts(self.scope, self.data)
        self.page("trends.html", "trends.html.j2", "Trends", charts=charts, first=first, last=last)

    # -- embeds, badges, feeds, downloads -----------------------------

    def embeds_and_badges(self) -> list[Any]:
        context = {
            "identity": self.data.identity,
            "as_of": self.data.as_of,
            "phase_line": phase_summary,
        }
        template = self.env.get_template("embed.html.j2")
        tracks = list(self.status.tracks)
        self.writer.write(
            "embed/status.html",
            template.render(
                context, cards=tracks, page_title=f"{self.data.identity.short_name}: status"
            ),
        )
        badges = []
        for status in tracks:
            self.writer.write(
                f"embed/{file_name(status.track.id)}.html",
                template.render(context, cards=[status], page_title=status.track.title),
            )
            for badge in track_badges(status):
                self.writer.write(badge.path, badge_svg(badge))
                badges.append(badge)
        for track in self.data.tracks.values():  # tracks not started yet get a card too
            if all(s.track.id != track.id for s in tracks):
                self.writer.write(
                    f"embed/{file_name(track.id)}.html",
                    template.render(context, cards=[], page_title=track.title),
                )
        return badges

    def feeds(self) -> None:
        data = self.data
        times = git_times(self.data_dir, self.environ)
        self.feed_basis = (
            "by the commit that last changed each record's file"
            if times is not None
            else "by each record's date: the data has no git history here"
        )
        entries = feed_entries(data, times, self.data_dir)
        self.writer.write("feed.atom", atom_feed(data, entries, self.base_url, self.namespace))
        name = data.identity.short_name
        self.writer.write(
            "calendar.ics",
            calendar(calendar_events(data, None, self.namespace), name, data.as_of, self.base_url),
        )
        for track in data.tracks.values():
            self.writer.write(
                f"calendar/{file_name(track.id)}.ics",
                calendar(
                    calendar_events(data, track.id, self.namespace),
                    f"{name}: {track.title}",
                    data.as_of,
                    self.base_url,
                ),
            )

    def exports(self) -> dict[str, list[str]]:
        """What `export --as-of` writes, in the three formats at once: each
        table is streamed from the store once, and each row goes to the
        SQLite database, the CSV file and the JSON Lines file together."""
        from jcpoa_tracker.export.sqlite_out import write_sqlite
        from jcpoa_tracker.export.stored import stored_records
        from jcpoa_tracker.export.tables import table_streams

        as_of = self.data.as_of
        records, _ = stored_records(self.stored, self.data_dir, as_of)
        streams = table_streams(records)
        counts: dict[str, int] = {}
        path = self.writer.path(f"downloads/{SQLITE_NAME}")
        fanned = [self._fanned(table, counts) for table in streams]
        write_sqlite(fanned, path, export_info(ExportFormat.SQLITE, as_of))
        self.writer.added(f"downloads/{SQLITE_NAME}")
        written: dict[str, list[str]] = {}
        for fmt in _FOLDER_FORMATS:
            folder = str(fmt)
            written[folder] = [fmt.file_of(t.name) for t in streams]
            for name in written[folder]:
                self.writer.added(f"downloads/{folder}/{name}")
            self.writer.write(
                f"downloads/{folder}/{MANIFEST_NAME}", manifest(fmt, as_of, streams, counts)
            )
            written[folder].append(MANIFEST_NAME)
        return written

    def _fanned(self, table: Table, counts: dict[str, int]) -> Table:
        """``table`` whose rows, as they are read, are also written to its
        CSV and JSON Lines files and counted."""
        from jcpoa_tracker.export.csv_out import csv_rows
        from jcpoa_tracker.export.jsonl_out import row_line

        def rows() -> Iterator[Row]:
            counts[table.name] = 0
            names = table.spec.names
            csv_path, jsonl_path = (
                self.writer.path(f"downloads/{fmt}/{fmt.file_of(table.name)}")
                for fmt in _FOLDER_FORMATS
            )
            with (
                csv_path.open("w", encoding="utf-8", newline="") as csv_file,
                jsonl_path.open("w", encoding="utf-8", newline="") as jsonl_file,
            ):
                write_csv = csv_rows(csv_file, table.spec)
                for row in table.rows:
                    write_csv((row,))
                    jsonl_file.write(row_line(names, row))
                    counts[table.name] += 1
                    yield row

        return Table(table.spec, Rows(rows))

    def about(self, badges: list[Any], exports: dict[str, list[str]]) -> None:
        data = self.data
        outlets: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        low_confidence = statements = 0
        for s in data.said.every():
            statements += 1
            if s.category:
                categories[s.category] += 1
            low_confidence += s.confidence is Confidence.LOW
            outlets.update({src.outlet or _domain(src.url) for src in s.sources})
        for record in data.dataset.records():
            outlets.update({src.outlet or _domain(src.url) for src in record.sources})
        vocabulary = data.identity.vocabulary
        self.page(
            "about.html",
            "about.html.j2",
            "About the data",
            counts={
                "statements": statements,
                "rounds": len(data.rounds),
                "tracks": len(data.tracks),
                "milestones": len(data.milestones),
                "actors": len(data.actors),
            },
            as_of=data.as_of,
            sqlite_name=SQLITE_NAME,
            csv_files=exports["csv"],
            jsonl_files=exports["jsonl"],
            feed_basis=self.feed_basis,
            tracks=list(data.tracks.values()),
            badges=badges,
            outlets=sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0].casefold())),
            categories=[(c, categories.get(c.id, 0)) for c in vocabulary.categories],
            milestone_kinds=vocabulary.milestone_kinds,
            low_confidence=low_confidence,
        )


def _domain(url: str) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _event_link(event: Any) -> str:
    kind = str(event.kind)
    if kind in ("round", "cancelled"):
        return link("round", event.record)
    if kind == "phase":
        return link("track", event.record)
    return link(kind, event.record)
