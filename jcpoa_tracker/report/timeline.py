"""A chronological view merging rounds, milestones, declared phases and
(optionally) statements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import Confidence, Milestone, Round
from jcpoa_tracker.query import Scope, happened_by
from jcpoa_tracker.report.about import About

__all__ = ["Event", "EventKind", "Timeline", "build_timeline"]


class EventKind(StrEnum):
    ROUND = "round"
    CANCELLED = "cancelled"
    MILESTONE = "milestone"
    PHASE = "phase"
    STATEMENT = "statement"


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of the timeline."""

    date: FuzzyDate
    end: FuzzyDate | None
    kind: EventKind
    subkind: str  # milestone kind, round format, phase, or the speaker's party
    title: str
    record: str  # the id of the record it comes from
    track: str | None
    parties: tuple[str, ...]
    uncertain: bool  # low confidence, or unverified wording


@dataclass(frozen=True, slots=True)
class Timeline:
    """The events of a period, in order."""

    as_of: date
    since: date | None
    until: date
    events: tuple[Event, ...]
    statements_included: bool
    about: About | None = None


def build_timeline(
    scope: Scope,
    as_of: date,
    *,
    since: date | None = None,
    until: date | None = None,
    kinds: Iterable[str] = (),
    party: str | None = None,
    statements: bool = False,
    about: About | None = None,
    reaching: date | None = None,
) -> Timeline:
    """Events known by ``as_of``, between ``since`` and ``until`` inclusive.
    ``kinds`` filters by event kind or milestone kind; ``party`` keeps events
    that involve that party (or a person speaking for it).  ``reaching``
    leaves out, before their events are made, the records whose every date
    (a round's start, end and cancellation; a milestone's date and end; a
    phase's date) ends before that day: a caller that wants what touched a
    window from that day on (``briefing``) makes a few events, not one per
    record of the archive."""
    last = min(until, as_of) if until is not None else as_of
    party_of = scope.party_of
    events: list[Event] = []

    def reaches(*dates: FuzzyDate | None) -> bool:
        return reaching is None or any(d is not None and d.last_day >= reaching for d in dates)

    for rnd in scope.rounds():
        if reaches(rnd.start, rnd.end, rnd.cancelled):
            events.extend(_round_events(rnd, as_of, party_of))
    for track in scope.tracks():
        for change in track.phases:
            if not reaches(change.date):
                continue
            events.append(
                Event(
                    change.date,
                    None,
                    EventKind.PHASE,
                    str(change.phase),
                    f"{track.title}: {change.phase}" + (f" ({change.note})" if change.note else ""),
                    track.id,
                    track.id,
                    tuple(track.parties),
                    False,
                )
            )
    for m in scope.milestones():
        if not reaches(m.date, m.end):
            continue
        events.append(
            Event(
                m.date,
                m.end,
                EventKind.MILESTONE,
                str(m.kind),
                _with_vote(m),
                m.id,
                None,
                m.parties,
                m.confidence is Confidence.LOW,
            )
        )
    if statements:
        for s in scope.said.select(scope, as_of, since=since, until=last):
            s = scope.full(s)  # the wording, for the few in the window
            speaker_party = party_of.get(s.speaker, s.speaker)
            events.append(
                Event(
                    s.date,
                    None,
                    EventKind.STATEMENT,
                    speaker_party,
                    s.text,
                    s.id,
                    None,
                    (s.speaker, speaker_party),
                    not s.verified or s.confidence is Confidence.LOW,
                )
            )
    wanted = set(kinds)
    chosen = [
        e
        for e in events
        if happened_by(e.date, as_of)
        and e.date.first_day <= last
        and (since is None or e.date.last_day >= since)
        and (not wanted or e.kind in wanted or e.subkind in wanted)
        and (party is None or party in e.parties or party_of.get(party) in e.parties)
    ]
    chosen.sort(key=lambda e: (e.date.sort_key, _ORDER[e.kind], e.record))
    return Timeline(as_of, since, last, tuple(chosen), statements, about)


_ORDER = {
    EventKind.PHASE: 0,
    EventKind.ROUND: 1,
    EventKind.CANCELLED: 1,
    EventKind.MILESTONE: 2,
    EventKind.STATEMENT: 3,
}


def _with_vote(milestone: Milestone) -> str:
    """A milestone's title, with its vote counts when the title lacks them."""
    vote = milestone.vote
    if vote is None:
        return milestone.title
    counts = vote.counts
    if counts is not None and counts not in milestone.title:
        return f"{milestone.title} (vote {counts}, yes-no-abstain)"
    if counts is None and vote.method and vote.method not in milestone.title:
        return f"{milestone.title} ({vote.method})"
    return milestone.title


def _round_events(rnd: Round, as_of: date, party_of: dict[str, str]) -> list[Event]:
    parties = tuple(
        sorted({*rnd.delegations, *(p for people in rnd.delegations.values() for p in people)})
    )
    parties = tuple(sorted({*parties, *(party_of.get(p, p) for p in parties)}))
    uncertain = rnd.confidence is Confidence.LOW
    if rnd.cancelled is not None:
        return [
            Event(
                rnd.cancelled,
                None,
                EventKind.CANCELLED,
                "cancelled",
                f"{rnd.title} (planned for {rnd.start.human()}) cancelled",
                rnd.id,
                rnd.track,
                parties,
                uncertain,
            )
        ]
    end = rnd.end if rnd.end is not None and happened_by(rnd.end, as_of) else None
    where = f", {rnd.location}" if rnd.location else ""
    return [
        Event(
            rnd.start,
            end,
            EventKind.ROUND,
            str(rnd.format or "round"),
            f"{rnd.title}{where}",
            rnd.id,
            rnd.track,
            parties,
            uncertain,
        )
    ]
