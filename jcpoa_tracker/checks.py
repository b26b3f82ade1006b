"""Checks across records and files, what `validate` runs: a function per rule.

Each check takes the loaded data and returns problems; ``CHECKS`` lists
them all.  Adding a rule means writing one function, adding it to ``CHECKS``
and its id to ``problems.RULES``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path, PurePath
from typing import Protocol

from jcpoa_tracker.datadir import display_path, located
from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.fields import did_you_mean
from jcpoa_tracker.loader import FileResult, LoadResult, Ref
from jcpoa_tracker.model import (
    RECORD_KINDS,
    Actor,
    ActorKind,
    Confidence,
    Dataset,
    Record,
    Round,
    RoundRelation,
    StickingDisposition,
    covers,
)
from jcpoa_tracker.problems import RULES, Problem

__all__ = ["CHECKS", "Checked", "PathSelection", "check", "expected_folder", "select", "validate"]


@dataclass(slots=True)
class Checked:
    """The data after every check, with problems sorted for display."""

    dataset: Dataset
    problems: list[Problem]

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


class Identified(Protocol):
    """What the duplicate-id rule needs of a record."""

    @property
    def id(self) -> str: ...
    @property
    def record_kind(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    def position(self, field_name: str | None = None) -> tuple[str, int, int]: ...


def problem(
    record: Identified, field: str | None, rule: str, message: str, hint: str | None = None
) -> Problem:
    path, line, column = record.position(field)
    return Problem(path, line, column, RULES[rule][0], rule, message, hint)


def _id_index(dataset: Dataset) -> dict[str, Record]:
    index: dict[str, Record] = {}
    for record in dataset.records():
        index.setdefault(record.id, record)
    return index


# A problem between two records (a duplicate id, overlapping rounds...) is
# reported at both, each naming the other: `validate PATH` shows the
# problems located in PATH, and a changed file must see every problem it
# takes part in, whichever file sorts first.


def check_duplicate_ids(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    return duplicate_ids(loaded.dataset.records())


def duplicate_ids(records: Iterable[Identified]) -> Iterator[Problem]:
    """Two problems for each record whose id an earlier record has (records
    in ``Dataset.records()`` order): at it and at the first."""
    first: dict[str, Identified] = {}
    for record in records:
        seen = first.setdefault(record.id, record)
        if seen is not record:
            yield problem(
                record,
                "id",
                "duplicate-id",
                f"id '{record.id}' is already used by the {seen.record_kind} at "
                f"{seen.path}:{seen.line}",
                "ids are unique across the data dir; choose another id",
            )
            yield problem(
                seen,
                "id",
                "duplicate-id",
                f"id '{record.id}' is used again by the {record.record_kind} at "
                f"{record.path}:{record.line}",
                "ids are unique across the data dir; choose another id",
            )


def check_refs(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    index = _id_index(loaded.dataset)
    by_kind = ids_by_kind(index.values())
    for ref in loaded.refs:
        yield from ref_problems(ref, index.get(ref[0]), by_kind)


def ids_by_kind(firsts: Iterable[Identified]) -> dict[str, list[str]]:
    """The ids of each kind, from the first record of each id: what a
    dangling reference's "did you mean" chooses from."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for record in firsts:
        by_kind[record.record_kind].append(record.id)
    return by_kind


def ref_problems(
    ref: Ref, target: Identified | None, by_kind: Mapping[str, list[str]]
) -> Iterator[Problem]:
    """What is wrong with a reference whose id the record ``target`` has
    first (None: no record has it)."""
    ident, kinds, path, line, column = ref
    if target is None:
        candidates = [i for kind in kinds for i in by_kind.get(kind, ())]
        yield Problem(
            path,
            line,
            column,
            RULES["dangling-ref"][0],
            "dangling-ref",
            f"no {' or '.join(kinds)} has the id '{ident}'",
            _suggest(ident, candidates),
        )
    elif target.record_kind not in kinds:
        yield Problem(
            path,
            line,
            column,
            RULES["wrong-ref-kind"][0],
            "wrong-ref-kind",
            f"'{ident}' is a {target.record_kind}, not a {' or '.join(kinds)}",
        )
        yield problem(
            target,
            "id",
            "wrong-ref-kind",
            f"{target.record_kind} '{ident}' is referred to as a {' or '.join(kinds)} "
            f"at {path}:{line}",
        )


# The kinds of record that come before statements in Dataset.records()
# order: a reference to an id one of them has is judged the same whatever
# statements are loaded with it.  Any other reference is *loose*: it may
# name a statement, or a milestone or document whose id a statement has
# first, so batchcheck.py and the store judge those once every id is known.
SETTLING_KINDS = frozenset(RECORD_KINDS[: RECORD_KINDS.index("statement")])


def settled_ids(context: Sequence[FileResult]) -> frozenset[str]:
    """The ids of the context's actors, tracks and rounds: a reference to
    one is judged the same whatever statements are loaded with it."""
    return frozenset(
        record.id
        for result in context
        for record in result.records
        if record.record_kind in SETTLING_KINDS
    )


def _suggest(ident: str, candidates: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(ident, candidates, n=3, cutoff=0.5)
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?"
    return "add the record it names, or fix the id"


def check_sources(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    for record in loaded.dataset.records():
        if not record.sources:
            yield problem(
                record,
                "id",
                "missing-source",
                f"{record.record_kind} '{record.id}' has no source",
                "add 'sources:' with at least one '- url: https://...'",
            )


def _before(end: FuzzyDate, start: FuzzyDate) -> bool:
    """True when ``end`` is certainly earlier than ``start``."""
    return end.last_day < start.first_day


def check_date_order(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    data = loaded.dataset
    for rnd in data.rounds:
        if rnd.end is not None and _before(rnd.end, rnd.start):
            yield problem(
                rnd, "end", "date-order", f"round ends ({rnd.end}) before it starts ({rnd.start})"
            )
        if rnd.announced is not None and _before(rnd.start, rnd.announced):
            yield problem(
                rnd,
                "announced",
                "date-order",
                f"round announced ({rnd.announced}) after its start ({rnd.start})",
            )
        for pause in rnd.pauses:
            if pause.end is not None and _before(pause.end, pause.start):
                yield problem(
                    rnd,
                    "pauses",
                    "date-order",
                    f"pause ends ({pause.end}) before it starts ({pause.start})",
                )
            if _before(pause.start, rnd.start) or (
                rnd.end is not None and _before(rnd.end, pause.start)
            ):
                yield problem(
                    rnd,
                    "pauses",
                    "date-order",
                    f"pause starting {pause.start} lies outside the round "
                    f"({rnd.start} to {rnd.end or 'open'})",
                )
        yield from _parts_in_order(rnd)
    for item in data.milestones:
        if item.end is not None and _before(item.end, item.date):
            yield problem(
                item,
                "end",
                "date-order",
                f"milestone ends ({item.end}) before it starts ({item.date})",
            )
    for actor in data.actors:
        for role in actor.roles:
            if role.start and role.end and _before(role.end, role.start):
                yield problem(
                    actor, "roles", "date-order", f"role '{role.title}' ends before it starts"
                )
    for track in data.tracks:
        dates = [change.date for change in track.phases]
        if dates != sorted(dates):
            yield problem(
                track,
                "phases",
                "date-order",
                "phase changes are not in date order",
                "list them oldest first",
            )


def _parts_in_order(rnd: Round) -> Iterator[Problem]:
    """A session's parts lie within the round, in order, without overlap."""
    previous = None
    for part in rnd.parts:
        name = part.label or f"part starting {part.start}"
        if part.end is not None and _before(part.end, part.start):
            yield problem(rnd, "parts", "date-order", f"{name} ends before it starts")
        if _before(part.start, rnd.start) or (rnd.end is not None and _before(rnd.end, part.start)):
            yield problem(
                rnd,
                "parts",
                "date-order",
                f"{name} lies outside the round ({rnd.start} to {rnd.end or 'open'})",
                "a round in parts starts with its first part and ends with its last",
            )
        if previous is not None and (previous.end is None or not _before(previous.end, part.start)):
            yield problem(
                rnd,
                "parts",
                "date-order",
                f"{name} starts before the part before it has ended",
                "list the parts in date order; each ends before the next starts",
            )
        previous = part


def _held_rounds_by_track(dataset: Dataset) -> Iterator[list[Round]]:
    """Each track's rounds that were not cancelled, in date order."""
    by_track: dict[str, list[Round]] = defaultdict(list)
    for rnd in dataset.rounds:
        if rnd.cancelled is None:
            by_track[rnd.track].append(rnd)
    for rounds in by_track.values():
        yield sorted(rounds, key=lambda r: r.start.sort_key)


def check_overlap(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    for rounds in _held_rounds_by_track(loaded.dataset):
        for earlier, later in pairwise(rounds):
            if earlier.end is None:
                hint = f"give '{earlier.id}' an end date, or mark it cancelled"
                yield problem(
                    later,
                    "start",
                    "overlap",
                    f"round '{later.id}' starts {later.start} while '{earlier.id}' "
                    f"({earlier.path}:{earlier.line}) has no end",
                    hint,
                )
                yield problem(
                    earlier,
                    "start",
                    "overlap",
                    f"round '{earlier.id}' has no end, but '{later.id}' "
                    f"({later.path}:{later.line}) starts after it, {later.start}",
                    hint,
                )
            elif later.start.last_day <= earlier.end.first_day:
                hint = "rounds of one track cannot overlap; check both dates"
                yield problem(
                    later,
                    "start",
                    "overlap",
                    f"round '{later.id}' starts {later.start}, before '{earlier.id}' "
                    f"({earlier.path}:{earlier.line}) ends {earlier.end}",
                    hint,
                )
                yield problem(
                    earlier,
                    "end",
                    "overlap",
                    f"round '{earlier.id}' ends {earlier.end}, after '{later.id}' "
                    f"({later.path}:{later.line}) starts {later.start}",
                    hint,
                )


def check_round_numbers(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    seen: dict[tuple[str, int], Round] = {}
    for rnd in loaded.dataset.rounds:
        if rnd.number is None:
            continue
        first = seen.setdefault((rnd.track, rnd.number), rnd)
        if first is not rnd:
            yield problem(
                rnd,
                "number",
                "duplicate-number",
                f"track '{rnd.track}' already has a round {rnd.number}: '{first.id}' "
                f"({first.path}:{first.line})",
            )
            yield problem(
                first,
                "number",
                "duplicate-number",
                f"round {rnd.number} of track '{rnd.track}' is also '{rnd.id}' "
                f"({rnd.path}:{rnd.line})",
            )


def check_unverified_notes(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    for record in loaded.dataset.records():
        if record.note or record.confidence_note:
            continue
        if getattr(record, "verified", True) is False:
            yield problem(
                record,
                "id",
                "unverified-note",
                f"statement '{record.id}' is not verified and says nothing about why",
                "add 'note:' saying what could and could not be checked",
            )
        elif record.confidence is Confidence.LOW:
            yield problem(
                record,
                "confidence",
                "unverified-note",
                f"{record.record_kind} '{record.id}' has low confidence and no note",
                "add 'confidence_note:' naming the conflict or the missing source",
            )


_FOLDERS = {
    "actor": "actors",
    "track": "tracks",
    "round": "tracks",
    "statement": "statements",
    "milestone": "milestones",
    "document": "documents",
}


def expected_folder(record: Record) -> str:
    return _FOLDERS[record.record_kind]


def check_layout(loaded: LoadResult, root: Path | None) -> Iterator[Problem]:
    if root is None or not root.is_dir():
        return
    base = root.resolve()
    # how the loader (the data dir as given) and the store (as shown) name
    # the files below it
    listed = (f"{root}/", f"{display_path(root)}/")
    reported: set[tuple[str, str]] = set()
    parts_of: dict[str, tuple[str, ...]] = {}
    for record in loaded.dataset.records():
        parts = parts_of.get(record.path)
        if parts is None:
            parts = parts_of[record.path] = _parts_below(record.path, listed, base)
        if not parts:
            continue
        folder = expected_folder(record)
        key = (record.path, record.record_kind)
        if (len(parts) < 2 or parts[0] != folder) and key not in reported:
            reported.add(key)
            yield problem(
                record,
                None,
                "layout",
                f"{record.record_kind} records belong under {folder}/ in the data dir",
                "see docs/data-format.md, 'Layout'",
            )


def _parts_below(path: str, listed: tuple[str, ...], base: Path) -> tuple[str, ...]:
    """The folders and name of ``path`` below the data dir (resolved as
    ``base``); none outside it.  A path the walk made (the data dir's name,
    "/", the names of real folders below it: it never enters a link) is
    split as it is; resolving every file's path would cost more than the
    rest of the checks after an edit."""
    for prefix in listed:
        if path.startswith(prefix):
            parts = tuple(path[len(prefix) :].split("/"))
            if all(part not in ("", ".", "..") for part in parts):
                return parts
    try:
        return PurePath(Path(path).resolve().relative_to(base)).parts
    except ValueError:
        return ()


def check_source_confidence(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    """``confidence: high`` (the default) needs one primary or wire source,
    or two independent lower-tier ones; only where the dataset grades its
    sources (``source_tiers`` in its configuration)."""
    from jcpoa_tracker.sources import corroborated, dataset_tiers, source_tier

    table = dataset_tiers(loaded.dataset.config)
    if table is None:
        return
    for record in loaded.dataset.records():
        if isinstance(record, Actor):  # who someone is, not a claim about events
            continue
        if record.confidence is not Confidence.HIGH or not record.sources:
            continue
        if corroborated(record.sources, table):
            continue
        listed = ", ".join(f"{s.url} ({source_tier(s, table)})" for s in record.sources)
        yield problem(
            record,
            "confidence" if "confidence" in record.where else "id",
            "weak-sources",
            f"{record.record_kind} '{record.id}' has confidence high (the default) "
            f"but no primary or wire source, nor two independent ones: {listed}",
            "cite the original outlet's or the official page, or set 'confidence: medium' "
            "with a 'confidence_note:'",
        )


def check_role_dates(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    roles = {a.id: a.roles for a in loaded.dataset.actors}
    for statement in loaded.dataset.statements:
        dated = [r for r in roles.get(statement.speaker, ()) if (r.start or r.end) is not None]
        if not dated or any(covers(role, statement.date) for role in dated):
            continue
        spans = "; ".join(f"{r.title} ({r.start or '?'} to {r.end or 'now'})" for r in dated)
        yield problem(
            statement,
            "date",
            "role-dates",
            f"statement '{statement.id}' of {statement.date} falls outside every dated role "
            f"of '{statement.speaker}': {spans}",
            "check the date, or add the office the speaker held then to their roles",
        )


def check_round_relation(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    rounds = {r.id: r for r in loaded.dataset.rounds}
    for statement in loaded.dataset.statements:
        rnd = rounds.get(statement.round) if statement.round else None
        if rnd is None:
            continue
        # a cancelled round has only its planned day
        last = rnd.end or (rnd.start if rnd.cancelled is not None else None)
        if _before(statement.date, rnd.start):
            actual = RoundRelation.BEFORE
        elif last is not None and _before(last, statement.date):
            actual = RoundRelation.AFTER
        else:
            actual = RoundRelation.DURING
        said = statement.round_relation or RoundRelation.DURING
        if actual is said or (actual is RoundRelation.DURING and statement.round_relation):
            continue
        span = f"{rnd.start} to {rnd.end or 'open'}"
        yield problem(
            statement,
            "round_relation" if statement.round_relation else "round",
            "round-relation",
            f"statement '{statement.id}' of {statement.date} is linked to round '{rnd.id}' "
            f"({span}) but falls {actual} it"
            + (f", not {said}" if statement.round_relation else ""),
            f"if it concerns the round, say so with 'round_relation: {actual}'; "
            "otherwise link the right round",
        )


def check_sticking_continuity(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    """An open point that the next round of its track does not list must say
    what happened (``dispositions``): carried, dropped or superseded.  A
    carried point stays open, off the agenda, until a round lists it again
    or disposes of it; a point is reported once, where it first goes missing."""
    config = loaded.dataset.config

    def settled(status: str) -> bool:
        term = config.status(status)
        return term is not None and term.settled

    for rounds in _held_rounds_by_track(loaded.dataset):
        known = {p.id for r in rounds for p in r.sticking_points}
        live: dict[str, Round] = {}  # listed open point -> the round that last listed it
        carried: set[str] = set()
        for rnd in rounds:
            listed = {p.id for p in rnd.sticking_points}
            told = {d.id for d in rnd.dispositions}
            for ident, last in sorted(live.items()):
                if ident not in listed and ident not in told:
                    del live[ident]
                    yield problem(
                        rnd,
                        "sticking_points" if rnd.sticking_points else "id",
                        "sticking-point-gap",
                        f"open sticking point '{ident}' (last listed in '{last.id}') is "
                        f"not listed in round '{rnd.id}', and nothing says what happened",
                        f"list it, or add under 'dispositions:' '- id: {ident}' with "
                        "'disposition: carried', 'dropped' or 'superseded'",
                    )
            yield from _disposition_problems(rnd, listed, live.keys() | carried, known)
            for item in rnd.dispositions:
                live.pop(item.id, None)
                if item.disposition is StickingDisposition.CARRIED:
                    carried.add(item.id)
                else:
                    carried.discard(item.id)
            for point in rnd.sticking_points:
                carried.discard(point.id)
                if settled(point.status):
                    live.pop(point.id, None)
                else:
                    live[point.id] = rnd


def _disposition_problems(
    rnd: Round, listed: set[str], still_open: set[str], known: set[str]
) -> Iterator[Problem]:
    for item in rnd.dispositions:
        if item.id in listed:
            message = f"sticking point '{item.id}' is listed in this round and also disposed of"
        elif item.id not in still_open:
            message = f"no open sticking point '{item.id}' from an earlier round to dispose of"
        elif item.disposition is StickingDisposition.SUPERSEDED and (
            item.superseded_by is None or item.superseded_by not in known
        ):
            message = (
                f"sticking point '{item.id}' is superseded, but 'superseded_by' names no "
                "sticking point of the track"
            )
        elif item.superseded_by and item.disposition is not StickingDisposition.SUPERSEDED:
            message = f"'superseded_by' on '{item.id}' needs 'disposition: superseded'"
        else:
            continue
        yield problem(
            rnd,
            "dispositions",
            "sticking-disposition",
            message,
            "dispositions name open points of earlier rounds of the track that this "
            "round does not list",
        )


def check_parties(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    """A party is a state, bloc or organization (never a person), and
    following parties never comes back to where it started."""
    actors = {a.id: a for a in loaded.dataset.actors}
    for actor in loaded.dataset.actors:
        party = actors.get(actor.party) if actor.party else None
        if party is not None and party.kind is ActorKind.PERSON:
            yield problem(
                actor,
                "party",
                "wrong-ref-kind",
                f"the party of '{actor.id}' is '{party.id}', a person",
                "a party is a state, bloc or organization: name the one they speak for",
            )
        seen = [actor.id]
        while party is not None and party.id not in seen:
            seen.append(party.id)
            party = actors.get(party.party) if party.party else None
        if party is not None and party.id == actor.id:
            yield problem(
                actor,
                "party",
                "party-cycle",
                "parties form a cycle: " + " -> ".join([*seen, actor.id]),
                "a party speaks for itself: remove 'party' from one of them",
            )


def check_sticking_point_ids(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    for rnd in loaded.dataset.rounds:
        seen: set[str] = set()
        for point in rnd.sticking_points:
            if point.id in seen:
                yield problem(
                    rnd,
                    "sticking_points",
                    "duplicate-id",
                    f"sticking point '{point.id}' appears twice in round '{rnd.id}'",
                    "list each sticking point once per round; merge the two entries",
                )
            seen.add(point.id)


def check_vocabulary(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    """Milestone kinds, statement categories and occasions, sticking-point
    statuses and (when the dataset declares them) topics are words of the
    dataset's vocabulary in dataset.yaml."""
    config = loaded.dataset.config
    vocab = config.vocabulary
    where = f" ({config.path})" if config.path else ""

    def unknown(
        record: Record, field: str, word: str, section: str, words: Iterable[str]
    ) -> Problem:
        choices = list(words)
        add = f"add '{word}' to {section} in dataset.yaml{where}"
        close = did_you_mean(word, choices)
        return problem(
            record,
            field,
            "vocabulary",
            f"'{word}' is not one of the dataset's {section.replace('_', ' ')}: "
            + ", ".join(choices),
            f"{close[:-1]}, or {add}" if close else f"use one of them, or {add}",
        )

    kinds = [t.id for t in vocab.milestone_kinds]
    categories = [t.id for t in vocab.categories]
    occasions = [t.id for t in vocab.occasions]
    statuses = [t.id for t in vocab.sticking_point_statuses]
    topics = {t.id for t in vocab.topics}
    data = loaded.dataset
    for milestone in data.milestones:
        if config.kind(milestone.kind) is None:
            yield unknown(milestone, "kind", milestone.kind, "milestone_kinds", kinds)
    for statement in data.statements:
        if statement.category is not None and config.category(statement.category) is None:
            yield unknown(statement, "category", statement.category, "categories", categories)
        category = config.category(statement.category) if statement.category else None
        tone = statement.tone
        if (
            category is not None
            and tone is not None
            and not category.tone_min <= tone <= category.tone_max
        ):
            yield problem(
                statement,
                "tone",
                "tone-unexpected",
                f"tone {tone:+d} is unusual for '{category.id}', which the codebook "
                f"expects from {category.tone_min:+d} to {category.tone_max:+d}",
                "check the coding against docs/codebook.md (or the dataset's "
                "codebook in dataset.yaml)",
            )
        if statement.occasion is not None and config.occasion(statement.occasion) is None:
            yield unknown(statement, "occasion", statement.occasion, "occasions", occasions)
        if topics:
            for topic in statement.topics:
                if topic not in topics:
                    yield problem(
                        statement,
                        "topics",
                        "unknown-topic",
                        f"topic '{topic}' is not among the dataset's topics",
                        did_you_mean(topic, sorted(topics))
                        or f"add it to topics in dataset.yaml{where}",
                    )
    document_kinds = [t.id for t in vocab.document_kinds]
    for document in data.documents:
        if config.document_kind(document.kind) is None:
            yield unknown(document, "kind", document.kind, "document_kinds", document_kinds)
    for rnd in data.rounds:
        for point in rnd.sticking_points:
            if config.status(point.status) is None:
                yield unknown(
                    rnd, "sticking_points", point.status, "sticking_point_statuses", statuses
                )


def check_measurements(loaded: LoadResult, _root: Path | None) -> Iterator[Problem]:
    """A measurement names a declared series (when dataset.yaml declares
    any), in the series' unit, and a range that contains its value: a chart
    or a "latest" line must never mix two kinds of number."""
    config = loaded.dataset.config
    for milestone in loaded.dataset.milestones:
        for value in milestone.measurements:
            series = config.series_of(value.metric)
            if series is None and config.series:
                known = [s.id for s in config.series]
                yield problem(
                    milestone,
                    "measurements",
                    "measurement",
                    f"'{value.metric}' is not a series of the dataset: " + ", ".join(known),
                    did_you_mean(value.metric, known)
                    or "declare it under series in dataset.yaml (label, unit, kind)",
                )
            elif series is not None and value.unit != series.unit:
                yield problem(
                    milestone,
                    "measurements",
                    "measurement",
                    f"'{value.metric}' is measured in {series.unit}, not {value.unit}",
                    f"convert the value to {series.unit}, or declare another series",
                )
            low = value.low if value.low is not None else value.value
            high = value.high if value.high is not None else value.value
            if not low <= value.value <= high:
                yield problem(
                    milestone,
                    "measurements",
                    "measurement",
                    f"'{value.metric}': {value.value:g} lies outside its range {low:g}-{high:g}",
                    "low and high bound the reported estimate",
                )


Check = Callable[[LoadResult, "Path | None"], Iterable[Problem]]

CHECKS: tuple[Check, ...] = (
    check_duplicate_ids,
    check_refs,
    check_sources,
    check_date_order,
    check_overlap,
    check_round_numbers,
    check_unverified_notes,
    check_layout,
    check_source_confidence,
    check_role_dates,
    check_round_relation,
    check_sticking_continuity,
    check_parties,
    check_sticking_point_ids,
    check_vocabulary,
    check_measurements,
)


def check(loaded: LoadResult, root: Path | None = None, rules: Sequence[Check] = CHECKS) -> Checked:
    """Run every check (or ``rules``); problems come back sorted by file,
    line and column."""
    problems = list(loaded.problems)
    for rule in rules:
        problems.extend(rule(loaded, root))
    problems.sort(key=lambda p: p.sort_key)
    return Checked(loaded.dataset, problems)


@dataclass(frozen=True, slots=True)
class PathSelection:
    """What checking some paths of a data directory reads, and reports.

    With paths inside the data directory (what pre-commit passes), the
    whole directory is read so references resolve, and only problems in
    those paths are reported.  With paths outside it, the paths alone are
    the data.  With none, the directory is.
    """

    roots: list[Path]  # what is read as the data
    layout_root: Path | None  # the folder whose layout is checked
    wanted: list[Path]  # report only problems under these (none: report all)

    def reported(self, problems: list[Problem]) -> list[Problem]:
        if not self.wanted:
            return problems
        return [
            p for p in problems if any(_is_within(located(Path(p.path)), w) for w in self.wanted)
        ]


def select(data_dir: Path, paths: Sequence[Path] = ()) -> PathSelection:
    """What ``validate`` reads of ``data_dir`` and ``paths``, and reports."""
    base = data_dir.resolve()
    inside = [p for p in paths if _is_within(located(p), base)]
    roots: list[Path] = (
        [data_dir, *(p for p in paths if p not in inside)] if inside else list(paths)
    )
    layout_root = data_dir if (inside or not paths) else (paths[0] if len(paths) == 1 else None)
    return PathSelection(roots or [data_dir], layout_root, [located(p) for p in inside])


def validate(data_dir: Path, paths: Sequence[Path] = ()) -> tuple[Checked, int]:
    """Check a data directory, or some files in it (see ``PathSelection``),
    every record in memory.  Returns the checked data and the number of
    files read.  ``batchcheck.check_paths`` finds the same problems with
    its memory bounded."""
    from jcpoa_tracker.loader import load

    chosen = select(data_dir, paths)
    loaded = load(chosen.roots)
    checked = check(loaded, chosen.layout_root)
    if not loaded.dataset.files:
        checked.problems.append(no_data(", ".join(str(r) for r in chosen.roots)))
    checked.problems = chosen.reported(checked.problems)
    return checked, len(loaded.dataset.files)


def no_data(where: str) -> Problem:
    return Problem(
        where,
        1,
        1,
        RULES["no-data"][0],
        "no-data",
        "no data files (*.yaml, *.yml) found",
        "check the path, or set --data-dir",
    )


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
