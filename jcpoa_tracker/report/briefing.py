"""The briefing: what a newsletter editor needs from one run, as plain data.

Built from the other engines (``build_status`` for the headline and the
sticking points, ``build_timeline`` for what happened, ``build_trends`` for
the trend in brief) over a *window*: the days from a start date to the
as-of day, or the records added or changed since a git revision.  Nothing
here reads files, runs git or looks at the clock; the CLI passes in the
quotes of the window, the record changes of a revision window and the
data's origin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from jcpoa_tracker.config import GENERIC, DatasetConfig
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import (
    Actor,
    Confidence,
    Dataset,
    Milestone,
    Record,
    Round,
    Statement,
    Track,
)
from jcpoa_tracker.provenance import DataOrigin
from jcpoa_tracker.query import Scope, happened_by
from jcpoa_tracker.report.about import About
from jcpoa_tracker.report.changes import Change, FieldChange, RecordChange
from jcpoa_tracker.report.status import (
    RECENT_DAYS,
    Status,
    TrackPhase,
    TrackStatus,
    build_status,
    sticking_statuses,
)
from jcpoa_tracker.report.timeline import EventKind, build_timeline
from jcpoa_tracker.report.trends import Period, Trends, build_trends, period_start
from jcpoa_tracker.search.index import Index
from jcpoa_tracker.search.quotes import Filters, NoMatch, Quote, Vocabulary, find_quote, search

__all__ = [
    "Alert",
    "AlertKind",
    "Briefing",
    "BriefingOptions",
    "NewsItem",
    "NewsKind",
    "NotableQuote",
    "StatementCount",
    "StickingChange",
    "Upcoming",
    "Window",
    "WindowKind",
    "build_briefing",
    "notable_quotes",
    "notable_window_quotes",
    "window_quotes",
    "window_statement_ids",
    "window_statements",
]

DEFAULT_DAYS = 7


class WindowKind(StrEnum):
    DEFAULT = "default"  # no option: DEFAULT_DAYS back from the as-of day
    SINCE = "since"  # --since DATE|DURATION
    SINCE_LAST = "since-last"  # --since-last: the day after the previous briefing
    SINCE_REF = "since-ref"  # --since-ref REV: records added or changed since a commit


@dataclass(frozen=True, slots=True)
class Window:
    """The days (or the revision) a briefing covers."""

    kind: WindowKind
    end: date  # the as-of day
    start: date | None = None  # first day, for every kind but SINCE_REF
    typed: str | None = None  # what was typed: "7d", "2021-12", "HEAD~1"
    commit: str | None = None  # SINCE_REF: the commit the window starts from
    previous_as_of: date | None = None  # SINCE_LAST: the previous briefing's as-of day
    note: str | None = None  # why the window is not what was asked (first run ...)

    @property
    def dated(self) -> bool:
        return self.kind is not WindowKind.SINCE_REF

    def covers(self, when: FuzzyDate) -> bool:
        """A dated record belongs to the window when it was known by the
        as-of day and its period reaches into the window."""
        return (
            self.start is not None
            and happened_by(when, self.end)
            and when.last_day >= self.start
            and when.first_day <= self.end
        )


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    """What a briefing shows and when it alerts."""

    # alert when the data has not moved for this long, or talks are in
    # session and nothing was said (dataset.yaml: defaults.stale_days)
    stale_days: int = 14
    deadline_days: int = 14  # alert for a deadline this close
    quotes: int = 5  # notable quotes shown
    trend_weeks: int = 12  # weeks in the trend in brief


class NewsKind(StrEnum):
    ROUND_ANNOUNCED = "round announced"
    ROUND_STARTED = "round started"
    ROUND_HELD = "round held"  # started and ended within the window
    ROUND_ENDED = "round ended"
    ROUND_CANCELLED = "round cancelled"
    MILESTONE = "milestone"
    PHASE = "phase"
    # revision windows: a record added, changed or removed, whatever its dates
    ROUND = "round"
    TRACK = "track"
    ACTOR = "actor"


@dataclass(frozen=True, slots=True)
class NewsItem:
    """Something that happened in a briefing's window."""

    kind: NewsKind
    date: FuzzyDate | None
    title: str
    record: str
    track: str | None = None
    subkind: str | None = None  # the milestone kind, or the phase declared
    change: Change | None = None  # revision windows only
    fields: tuple[FieldChange, ...] = ()  # revision windows: what changed
    uncertain: bool = False  # low confidence
    end: FuzzyDate | None = None  # a round held within the window: its last day


@dataclass(frozen=True, slots=True)
class StickingChange:
    """A sticking point whose status changed in the window."""

    track: str
    id: str
    title: str
    before: str | None  # None: new to the status report
    after: str
    round: str


@dataclass(frozen=True, slots=True)
class StatementCount:
    """The window's statements, counted."""

    total: int
    by_party: tuple[tuple[str, int], ...]  # most first, then by party id
    unverified: int
    low_confidence: int


@dataclass(frozen=True, slots=True)
class NotableQuote:
    """A quote a briefing shows, and how notable it is."""

    quote: Quote
    score: int


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A date ahead: a round or a deadline."""

    date: FuzzyDate
    days: int  # from the as-of day
    kind: str  # "round", or the milestone kind
    title: str
    record: str
    track: str | None = None


class AlertKind(StrEnum):
    DATA_ERRORS = "data-errors"
    STALE = "stale"  # talks in session, nothing said for a while
    STALE_DATA = "stale-data"  # the data itself has not moved for a while
    DEADLINE = "deadline"
    LOW_CONFIDENCE = "low-confidence"


@dataclass(frozen=True, slots=True)
class Alert:
    """Something a briefing's reader should check."""

    kind: AlertKind
    count: int = 0  # errors, days, or records, depending on the kind
    subject: str | None = None  # the round or deadline concerned
    date: FuzzyDate | None = None
    records: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing:
    """A briefing, as plain data for the renderers."""

    as_of: date
    track: Track | None
    window: Window
    options: BriefingOptions
    status: Status
    headline: tuple[TrackStatus, ...]  # tracks worth a paragraph
    other_tracks: tuple[TrackStatus, ...]  # the rest, in a line each
    news: tuple[NewsItem, ...]
    sticking_points: tuple[StickingChange, ...]
    statements: StatementCount
    quotes: tuple[NotableQuote, ...]
    trends: Trends
    upcoming: tuple[Upcoming, ...]
    alerts: tuple[Alert, ...]
    origin: DataOrigin
    errors: int
    tracks: tuple[Track, ...] = ()  # every track in scope, for names
    subject: str = ""  # the dataset's short name, for the title
    citation_style: str = "outlet"  # the dataset's defaults.citation_style
    about: About | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the window (alerts and upcoming dates are not news)."""
        return not self.news and not self.sticking_points and self.statements.total == 0

    @property
    def next_date(self) -> Upcoming | None:
        return self.upcoming[0] if self.upcoming else None


def build_briefing(
    scope: Scope,
    window: Window,
    *,
    quotes: Sequence[Quote],
    origin: DataOrigin,
    errors: int = 0,
    changes: Sequence[RecordChange] = (),
    before: Scope | None = None,
    options: BriefingOptions | None = None,
    about: About | None = None,
    statements: Sequence[Statement] | None = None,
) -> Briefing:
    """The briefing as of ``window.end``.

    ``quotes`` are candidates from the quote index: those of the window's
    statements (``window_quotes``), or of its most notable ones
    (``notable_window_quotes``); any other is left out.  A revision window
    needs ``changes`` (records added, changed or removed since the
    revision) and ``before`` (the data at the revision, any track).
    ``statements``: the window's statements (``window_statements``), when
    the caller has them already.
    """
    options = options or BriefingOptions()
    as_of = window.end
    status = build_status(scope, as_of)
    if statements is None:
        statements = window_statements(scope, window, changes)
    in_window = {s.id for s in statements}
    if window.dated:
        news = _dated_news(scope, window)
        # Compared with the report of the day before the window ("since the
        # beginning" has nothing before it).
        start = window.start
        earlier = (
            sticking_statuses(scope, start - timedelta(days=1))
            if start is not None and start > date.min
            else {}
        )
    else:
        news = _revision_news(scope, changes)
        earlier = sticking_statuses((before or Scope(Dataset())).of_track(scope.track), as_of)
    headline, others = _headline(status, as_of)
    upcoming = _upcoming(status)
    briefing_alerts = _alerts(scope, status, upcoming, statements, news, errors, options)
    briefing_alerts += _stale_data(about, options.stale_days)
    weeks_back = as_of - timedelta(weeks=options.trend_weeks - 1)
    return Briefing(
        as_of=as_of,
        track=scope.track,
        window=window,
        options=options,
        status=status,
        headline=headline,
        other_tracks=others,
        news=tuple(news),
        sticking_points=_sticking_changes(earlier, status),
        statements=_count(scope, statements),
        quotes=notable_quotes(
            [q for q in quotes if q.id in in_window], options.quotes, scope.dataset.config
        ),
        trends=build_trends(
            scope, as_of, Period.WEEK, period_start(weeks_back, Period.WEEK), as_of
        ),
        upcoming=upcoming,
        alerts=briefing_alerts,
        origin=origin,
        errors=errors,
        tracks=tuple(scope.tracks()),
        subject=scope.dataset.config.short_name,
        citation_style=str(scope.dataset.config.defaults.citation_style),
        about=about,
    )


def window_statements(
    scope: Scope, window: Window, changes: Sequence[RecordChange] = ()
) -> list[Statement]:
    """The statements a window holds: dated ones in its days, or those
    added or changed since the revision (whatever their dates)."""
    if window.dated:
        if window.start is None:
            return []
        return scope.said.select(scope, window.end, since=window.start)
    touched = {
        c.id for c in changes if c.kind == Statement.record_kind and c.change is not Change.REMOVED
    }
    return scope.said.select(scope, None, ids=touched)


def window_statement_ids(
    scope: Scope, window: Window, changes: Sequence[RecordChange] = ()
) -> set[str]:
    """The ids of the statements a window holds (``window_statements``)."""
    return {s.id for s in window_statements(scope, window, changes)}


def window_quotes(
    index: Index, vocabulary: Vocabulary, window: Window, wanted: set[str]
) -> list[Quote]:
    """The statements ``wanted`` as quotes with citations, from an open
    quote index: one search for a dated window, one lookup per id for a
    revision window (whose statements may be dated anywhere)."""
    if window.dated:
        filters = Filters(
            since=window.start, until=window.end, as_of=window.end, ids=frozenset(wanted)
        )
        return list(search(index, vocabulary, None, filters, limit=None).quotes)
    quotes = []
    for ident in sorted(wanted):
        try:
            quotes.append(find_quote(index, vocabulary, ident))
        except NoMatch:
            continue  # not in the index (its file has errors): counted, not quoted
    return quotes


def notable_window_quotes(
    index: Index,
    vocabulary: Vocabulary,
    window: Window,
    statements: Sequence[Statement],
    limit: int,
    config: DatasetConfig = GENERIC,
) -> list[Quote]:
    """The quotes ``notable_quotes`` needs of the window's ``statements``
    (``window_statements``) to choose its ``limit`` best: those of the most
    notable statements, looked up best first until ``limit`` are found (a
    statement in a file with errors is not in the index), not every one of
    the window's.  A statement's quote is ranked by the same fields as the
    statement.  Were an id given twice (an error ``validate`` reports), the
    statements could not stand for their quotes: all are looked up."""
    wanted = {s.id for s in statements}
    if len(wanted) < len(statements):
        return window_quotes(index, vocabulary, window, wanted)
    ranked = [s.id for s in _most_notable(statements, config)]
    quotes: list[Quote] = []
    start, batch = 0, max(limit, 1)
    while start < len(ranked) and len(quotes) < limit:
        quotes += window_quotes(index, vocabulary, window, set(ranked[start : start + batch]))
        start, batch = start + batch, batch * 2
    return quotes


class Notable(Protocol):
    """What ranks a quote, or the statement it quotes."""

    @property
    def id(self) -> str: ...
    @property
    def date(self) -> FuzzyDate: ...
    @property
    def category(self) -> str | None: ...
    @property
    def tone(self) -> int | None: ...
    @property
    def verified(self) -> bool: ...
    @property
    def confidence(self) -> Confidence: ...


NotableT = TypeVar("NotableT", bound=Notable)


def _most_notable(items: Iterable[NotableT], config: DatasetConfig) -> list[NotableT]:
    """``items`` most notable first (``notable_quotes`` says how)."""
    by_id = sorted(items, key=lambda n: n.id)
    return sorted(by_id, key=lambda n: (_score(n, config), n.date.sort_key), reverse=True)


def notable_quotes(
    quotes: Iterable[Quote], limit: int, config: DatasetConfig = GENERIC
) -> tuple[NotableQuote, ...]:
    """The ``limit`` most notable quotes.

    Score: the category's weight (from the dataset's codebook in
    dataset.yaml: threats and actions first, then refusals and deals, then
    pressure, then process talk; uncoded counts 0) plus
    the strength of the tone (|tone|, 0 to 2), minus 1 for unverified
    wording and minus 1 for low confidence, so a quote an editor cannot
    safely repeat needs more to rank.  Ties: the newer first, then by id.
    Speaker seniority is not in the data and plays no part.
    """
    best = _most_notable(quotes, config)[:limit]
    return tuple(NotableQuote(q, _score(q, config)) for q in best)


def _score(q: Notable, config: DatasetConfig) -> int:
    category = config.category(q.category) if q.category else None
    weight = category.weight if category is not None else 0
    score = weight + (abs(q.tone) if q.tone is not None else 0)
    if not q.verified:
        score -= 1
    if q.confidence is Confidence.LOW:
        score -= 1
    return score


# --- what happened ----------------------------------------------------------


def _dated_news(scope: Scope, window: Window) -> list[NewsItem]:
    as_of = window.end
    items: list[NewsItem] = []
    for event in build_timeline(scope, as_of, until=as_of, reaching=window.start).events:
        uncertain = event.uncertain
        if event.kind is EventKind.ROUND:
            started = window.covers(event.date)
            ended = event.end is not None and window.covers(event.end)
            kind = (
                NewsKind.ROUND_HELD
                if started and ended
                else NewsKind.ROUND_STARTED
                if started
                else NewsKind.ROUND_ENDED
            )
            if started or ended:
                items.append(
                    NewsItem(
                        kind,
                        event.date if started else event.end,
                        event.title,
                        event.record,
                        event.track,
                        uncertain=uncertain,
                        end=event.end if kind is NewsKind.ROUND_HELD else None,
                    )
                )
        elif not window.covers(event.date):
            continue
        elif event.kind is EventKind.CANCELLED:
            items.append(
                NewsItem(
                    NewsKind.ROUND_CANCELLED,
                    event.date,
                    event.title,
                    event.record,
                    event.track,
                    uncertain=uncertain,
                )
            )
        elif event.kind is EventKind.PHASE:
            items.append(
                NewsItem(
                    NewsKind.PHASE,
                    event.date,
                    event.title,
                    event.record,
                    event.track,
                    event.subkind,
                )
            )
        elif event.kind is EventKind.MILESTONE:
            items.append(
                NewsItem(
                    NewsKind.MILESTONE,
                    event.date,
                    event.title,
                    event.record,
                    subkind=event.subkind,
                    uncertain=uncertain,
                )
            )
    for rnd in scope.rounds():
        if rnd.announced is not None and window.covers(rnd.announced):
            items.append(
                NewsItem(
                    NewsKind.ROUND_ANNOUNCED,
                    rnd.announced,
                    rnd.title,
                    rnd.id,
                    rnd.track,
                    uncertain=rnd.confidence is Confidence.LOW,
                )
            )
    order = {kind: n for n, kind in enumerate(NewsKind)}
    items.sort(key=lambda i: (_sort_date(i.date), order[i.kind], i.record))
    return items


def _sort_date(when: FuzzyDate | None) -> tuple[date, int, str]:
    return when.sort_key if when is not None else (date.max, 0, "")


def _revision_news(scope: Scope, changes: Sequence[RecordChange]) -> list[NewsItem]:
    """Every round, milestone, track and actor added, changed or removed
    since the revision; statements are counted and quoted instead."""
    in_scope = {r.id for r in (*scope.rounds(), *scope.milestones(), *scope.tracks())}
    in_scope.update(a.id for a in scope.dataset.actors)
    items: list[NewsItem] = []
    for change in changes:
        record = change.record
        if change.change is not Change.REMOVED and record.id not in in_scope:
            continue
        item = _record_item(record)
        if item is None:
            continue  # statements
        items.append(
            NewsItem(
                item.kind,
                item.date,
                item.title,
                item.record,
                item.track,
                item.subkind,
                change.change,
                change.fields,
                record.confidence is Confidence.LOW,
            )
        )
    order = {kind: n for n, kind in enumerate(NewsKind)}
    items.sort(key=lambda i: (order[i.kind], _sort_date(i.date), i.record))
    return items


def _record_item(record: Record) -> NewsItem | None:
    if isinstance(record, Round):
        return NewsItem(NewsKind.ROUND, record.start, record.title, record.id, record.track)
    if isinstance(record, Milestone):
        return NewsItem(
            NewsKind.MILESTONE, record.date, record.title, record.id, subkind=str(record.kind)
        )
    if isinstance(record, Track):
        return NewsItem(NewsKind.TRACK, None, record.title, record.id, record.id)
    if isinstance(record, Actor):
        return NewsItem(NewsKind.ACTOR, None, record.name, record.id)
    return None


def _sticking_changes(
    before: Mapping[tuple[str, str], str], now: Status
) -> tuple[StickingChange, ...]:
    """Sticking points whose status in the status report differs from what
    it was before the window or at the revision (``before``, by track and
    point)."""
    changed = [
        StickingChange(
            track.track.id,
            point.id,
            point.title,
            before.get((track.track.id, point.id)),
            point.status,
            point.round,
        )
        for track in now.tracks
        for point in track.sticking_points
        if before.get((track.track.id, point.id)) != point.status
    ]
    return tuple(changed)


def _count(scope: Scope, statements: Sequence[Statement]) -> StatementCount:
    party_of = scope.party_of
    parties = Counter(party_of.get(s.speaker, s.speaker) for s in statements)
    return StatementCount(
        total=len(statements),
        by_party=tuple(sorted(parties.items(), key=lambda item: (-item[1], item[0]))),
        unverified=sum(1 for s in statements if not s.verified),
        low_confidence=sum(1 for s in statements if s.confidence is Confidence.LOW),
    )


# --- where things stand and what comes next -----------------------------------


def _headline(
    status: Status, as_of: date
) -> tuple[tuple[TrackStatus, ...], tuple[TrackStatus, ...]]:
    """The most recently active track, and any other in session, with a
    round announced or active in the last RECENT_DAYS days, get a paragraph."""
    headline: list[TrackStatus] = []
    others: list[TrackStatus] = []
    for n, track in enumerate(status.tracks):
        recent = (track.days_since_last is not None and track.days_since_last <= RECENT_DAYS) or (
            track.declared is not None
            and (as_of - track.declared.date.last_day).days <= RECENT_DAYS
        )
        live = track.phase in (TrackPhase.IN_SESSION, TrackPhase.PAUSED)
        if n == 0 or live or recent or track.next_round is not None:
            headline.append(track)
        else:
            others.append(track)
    return tuple(headline), tuple(others)


def _upcoming(status: Status) -> tuple[Upcoming, ...]:
    """Announced rounds and announced dated events after the as-of day."""
    items = [
        Upcoming(
            track.next_round.start,
            track.days_to_next,
            "round",
            track.next_round.title,
            track.next_round.id,
            track.track.id,
        )
        for track in status.tracks
        if track.next_round is not None and track.days_to_next is not None
    ]
    items += [
        Upcoming(d.milestone.date, d.days, str(d.milestone.kind), d.milestone.title, d.milestone.id)
        for d in status.upcoming
    ]
    return tuple(sorted(items, key=lambda u: (u.date.sort_key, u.record)))


# --- alerts -------------------------------------------------------------------


def _alerts(
    scope: Scope,
    status: Status,
    upcoming: tuple[Upcoming, ...],
    statements: Sequence[Statement],
    news: list[NewsItem],
    errors: int,
    options: BriefingOptions,
) -> tuple[Alert, ...]:
    alerts: list[Alert] = []
    if errors:
        alerts.append(Alert(AlertKind.DATA_ERRORS, errors))
    alerts.extend(_stale(scope, status, options.stale_days))
    deadline_kinds = scope.dataset.config.deadline_kinds()
    alerts.extend(
        Alert(AlertKind.DEADLINE, u.days, u.title, u.date, (u.record,))
        for u in upcoming
        if u.kind in deadline_kinds and u.days <= options.deadline_days
    )
    low = sorted(
        {s.id for s in statements if s.confidence is Confidence.LOW}
        | {i.record for i in news if i.uncertain and i.change is not Change.REMOVED}
    )
    if low:
        alerts.append(Alert(AlertKind.LOW_CONFIDENCE, len(low), records=tuple(low)))
    return tuple(alerts)


def _stale_data(about: About | None, stale_days: int) -> tuple[Alert, ...]:
    """The data itself looks behind: its newest record, or (for a git
    checkout) its last commit before the as-of date, is older than
    ``stale_days``.  An editor must not mail a quiet briefing without
    knowing that the quiet may be the data's."""
    if about is None:
        return ()
    ages = []
    if about.newest is not None:
        ages.append(((about.as_of - about.newest.last_day).days, "newest record", about.newest))
    if about.last_commit is not None and about.last_commit <= about.as_of:
        committed = FuzzyDate.from_date(about.last_commit)
        ages.append(((about.as_of - about.last_commit).days, "last data commit", committed))
    stale = [age for age in ages if age[0] > stale_days]
    if not stale and ages:
        return ()
    if not ages:
        return (Alert(AlertKind.STALE_DATA, 0, "no dated record"),)
    days, what, when = min(stale, key=lambda age: age[0])
    return (Alert(AlertKind.STALE_DATA, days, what, when),)


def _stale(scope: Scope, status: Status, stale_days: int) -> list[Alert]:
    """Talks in session (or paused) for ``stale_days`` with no statement
    recorded in that time: the data has probably fallen behind."""
    alerts = []
    for track in status.tracks:
        if track.current is None:
            continue
        rnd = track.current.round
        said = scope.of_track(track.track)
        last_said = said.said.last_day(said, status.as_of)
        quiet_since = max(rnd.start.first_day, last_said or date.min)
        days = (status.as_of - quiet_since).days
        if days >= stale_days:
            alerts.append(Alert(AlertKind.STALE, days, rnd.title, rnd.start, (rnd.id,)))
    return alerts
