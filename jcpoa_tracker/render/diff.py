"""The data diff as plain text, Markdown (a pull-request comment), JSON or
Rich renderables.

Text and Rich share one list of lines; Markdown groups the same content
under headings, with new statements as quotes and long lists folded in
``<details>``.  Every piece of text from the data passes through ``escape``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import Actor, Confidence, Milestone, Record, Round, Statement, Track
from jcpoa_tracker.render.escape import markdown, markdown_url, one_line
from jcpoa_tracker.report.changes import Change, FieldChange, Op, RecordChange, field_json
from jcpoa_tracker.report.diff import DataDiff, Side, StatusChange

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = [
    "diff_json",
    "diff_markdown",
    "diff_rich",
    "diff_text",
    "headline",
    "summary",
]

Names = dict[str, Actor]
Line = tuple[str, str]  # (style, text)

NONE: Final = "(none)"
# A section longer than this is folded in the Markdown comment.
FOLD_AFTER: Final = 15
_MARKS: Final = {Change.ADDED: "+", Change.REMOVED: "-", Change.CHANGED: "~"}
_COUNT_ORDER: Final = (Change.ADDED, Change.REMOVED, Change.CHANGED)
_SECTIONS: Final = (
    (Change.CHANGED, "Changed"),
    (Change.ADDED, "Added"),
    (Change.REMOVED, "Removed"),
)


# --- shared wording -----------------------------------------------------


def _side(side: Side) -> str:
    """'HEAD~1 (1a2b3c4)', or just the hash when that is what was typed."""
    if side.commit is None or side.commit.startswith(side.label):
        return side.label if side.commit is None else side.commit[:12]
    return f"{side.label} ({side.commit[:12]})"


def _counts(diff: DataDiff) -> str:
    line = ", ".join(f"{diff.count(change)} {change}" for change in _COUNT_ORDER)
    if diff.moves:
        line += f"; {len(diff.moves)} moved to another file unchanged"
    return line


def _by_kind(diff: DataDiff) -> str:
    kinds = []
    for kind in diff.kinds():
        counts = [f"{n} {change}" for change, _ in _SECTIONS if (n := diff.count(change, kind)) > 0]
        kinds.append(f"{kind}: {', '.join(counts)}")
    return "; ".join(kinds)


def summary(diff: DataDiff) -> str:
    """One line for standard error: what was compared and how much changed."""
    return f"{one_line(_side(diff.before))} -> {one_line(_side(diff.after))}: {_counts(diff)}"


def _warnings(diff: DataDiff) -> Iterator[str]:
    for side in (diff.before, diff.after):
        if side.files == 0:
            yield f"no data files in {_side(side)}: every record there counts as absent"
        elif side.errors:
            errors = "1 data error" if side.errors == 1 else f"{side.errors} data errors"
            yield (
                f"{_side(side)} has {errors}: records they affect may be missing from this "
                "diff; run 'jcpoa-tracker validate' there for details"
            )


def _name(actors: Names, ident: str) -> str:
    actor = actors.get(ident)
    return actor.name if actor else ident


def headline(record: Record, actors: Names) -> str:
    """One line saying what a record is (for records added or removed)."""
    if isinstance(record, Round):
        if record.end is None:
            span = f"from {record.start}"
        else:
            span = (
                str(record.start)
                if record.end == record.start
                else f"{record.start} to {record.end}"
            )
        parts = [record.title, span, record.location or ""]
        if record.cancelled is not None:
            parts.append(f"cancelled {record.cancelled}")
        return ", ".join(p for p in parts if p)
    if isinstance(record, Milestone):
        return f"{record.date} [{record.kind}] {record.title}"
    if isinstance(record, Statement):
        return f"{_name(actors, record.speaker)}, {record.date}: {record.text}"
    if isinstance(record, Track):
        return record.title
    if isinstance(record, Actor):
        party = f", {_name(actors, record.party)}" if record.party else ""
        return f"{record.name} ({record.kind}{party})"
    return record.id


def _attribution(statement: Statement, actors: Names) -> str:
    """'Jane Doe, Deputy Foreign Minister, 20 June 2021 [wording unverified]'."""
    parts = [_name(actors, statement.speaker)]
    if statement.role:
        parts.append(statement.role)
    parts.append(statement.date.human())
    flags = []
    if not statement.verified:
        flags.append("wording unverified")
    if statement.confidence is Confidence.LOW:
        flags.append("low confidence")
    return ", ".join(parts) + (f" [{', '.join(flags)}]" if flags else "")


def _field_text(change: FieldChange, esc: Callable[[str], str], arrow: str) -> str:
    label = esc(change.label)
    if change.op is Op.ADDED:
        return f"{label} + {esc(change.after or '')}"
    if change.op is Op.REMOVED:
        return f"{label} - {esc(change.before or '')}"
    before = esc(change.before) if change.before is not None else NONE
    after = esc(change.after) if change.after is not None else NONE
    return f"{label} {before} {arrow} {after}"


def _status_text(change: StatusChange, esc: Callable[[str], str], arrow: str) -> str:
    before = esc(change.before) if change.before is not None else NONE
    after = esc(change.after) if change.after is not None else NONE
    return f"{esc(change.section)}: {esc(change.item)} {before} {arrow} {after}"


def _as_of(diff: DataDiff) -> str:
    return FuzzyDate.from_date(diff.as_of).human()


# --- text and rich ------------------------------------------------------


def _lines(diff: DataDiff, actors: Names) -> Iterator[Line]:
    esc = one_line
    yield "heading", f"Data diff: {esc(_side(diff.before))} -> {esc(_side(diff.after))}"
    for warning in _warnings(diff):
        yield "warning", f"warning: {esc(warning)}"
    if not diff.records and not diff.moves:
        yield "", "No changes to the data."
        return
    yield "", _counts(diff) + (f" ({_by_kind(diff)})" if diff.records else "")
    for change, title in _SECTIONS:
        entries = [r for r in diff.records if r.change is change]
        if not entries:
            continue
        yield "", ""
        yield "heading", title
        for entry in entries:
            yield from _record_lines(entry, actors)
    if diff.moves:
        yield "", ""
        yield "heading", "Moved to another file (unchanged)"
        for move in diff.moves:
            yield "dim", f"  {move.kind} {move.id}: {esc(move.old_path)} -> {esc(move.new_path)}"
    yield "", ""
    yield "heading", f"Status report as of {_as_of(diff)}"
    if not diff.status:
        yield "", "  No difference."
    for status in diff.status:
        yield "changed", "  " + _status_text(status, esc, "->")


def _record_lines(entry: RecordChange, actors: Names) -> Iterator[Line]:
    esc = one_line
    mark = _MARKS[entry.change]
    style = str(entry.change)
    name = f"{entry.kind} {entry.id}"
    if entry.change is Change.CHANGED:
        if entry.old_path is not None:
            yield style, f"  {mark} {name}: file {esc(entry.old_path)} -> {esc(entry.path)}"
        for field in entry.fields:
            yield style, f"  {mark} {name}: {_field_text(field, esc, '->')}"
        return
    record = entry.record
    if isinstance(record, Statement):
        yield style, f"  {mark} {name} ({esc(entry.path)})"
        yield "quote", f'      "{esc(record.text)}"'
        yield "", f"      -- {esc(_attribution(record, actors))}"
        for source in record.sources:
            outlet = f" ({esc(source.outlet)})" if source.outlet else ""
            yield "dim", f"      source: {esc(source.url)}{outlet}"
        return
    yield style, f"  {mark} {name}: {esc(headline(record, actors))} ({esc(entry.path)})"


def diff_text(diff: DataDiff, actors: Names) -> str:
    """Plain text: one line per change, no colour (for pipes and logs)."""
    return "\n".join(text for _, text in _lines(diff, actors)) + "\n"


_RICH_STYLES: Final = {
    "heading": "bold",
    "warning": "bold yellow",
    "added": "green",
    "removed": "red",
    "changed": "yellow",
    "quote": "italic",
    "dim": "dim",
}


def diff_rich(diff: DataDiff, actors: Names) -> RenderableType:
    """The terminal view: the text lines, coloured like a diff.  Data text
    goes into ``Text`` objects, which never interpret markup."""
    from rich.console import Group
    from rich.text import Text

    return Group(
        *(Text(text, style=_RICH_STYLES.get(style, "")) for style, text in _lines(diff, actors))
    )


# --- markdown -----------------------------------------------------------


def diff_markdown(diff: DataDiff, actors: Names) -> str:
    """A pull-request comment: headings, counts, quotes for new statements,
    long sections folded."""
    return "\n".join(_markdown_lines(diff, actors)) + "\n"


def _markdown_lines(diff: DataDiff, actors: Names) -> Iterator[str]:
    esc = markdown
    yield "## Data changes"
    yield ""
    yield f"From **{esc(_side(diff.before))}** to **{esc(_side(diff.after))}**."
    for warning in _warnings(diff):
        yield ""
        yield f"> **Warning:** {esc(warning)}"
    yield ""
    if not diff.records and not diff.moves:
        yield "No changes to the data."
        return
    summary = f"**{_counts(diff)}**"
    if diff.records:
        summary += f" ({esc(_by_kind(diff))})"
    yield summary
    for change, title in _SECTIONS:
        entries = [r for r in diff.records if r.change is change]
        if entries:
            blocks = [list(_markdown_record(entry, actors)) for entry in entries]
            yield from _section(f"{title} ({len(entries)})", blocks)
    if diff.moves:
        blocks = [
            [
                f"- {move.kind} `{move.id}`: {esc(move.old_path)} → {esc(move.new_path)}",
            ]
            for move in diff.moves
        ]
        yield from _section(f"Moved to another file, unchanged ({len(diff.moves)})", blocks)
    yield ""
    yield f"### Status report as of {_as_of(diff)}"
    yield ""
    if not diff.status:
        yield "No difference."
        return
    rows = ["| section | item | before | after |", "| --- | --- | --- | --- |"]
    rows += [
        f"| {esc(s.section)} | {esc(s.item)} | {_cell(s.before)} | {_cell(s.after)} |"
        for s in diff.status
    ]
    if len(diff.status) > FOLD_AFTER:
        yield f"<details><summary>{len(diff.status)} differences</summary>"
        yield ""
        yield from rows
        yield ""
        yield "</details>"
    else:
        yield from rows


def _cell(value: str | None) -> str:
    return markdown(value) if value is not None else "—"


def _section(title: str, blocks: list[list[str]]) -> Iterator[str]:
    yield ""
    yield f"### {title}"
    yield ""
    folded = len(blocks) > FOLD_AFTER
    if folded:
        yield f"<details><summary>Show all {len(blocks)}</summary>"
        yield ""
    for block in blocks:
        yield from block
    if folded:
        yield ""
        yield "</details>"


def _markdown_record(entry: RecordChange, actors: Names) -> Iterator[str]:
    esc = markdown
    name = f"{entry.kind} `{entry.id}`"
    if entry.change is Change.CHANGED:
        yield f"- {name} · {esc(entry.path)}"
        if entry.old_path is not None:
            yield f"  - file: {esc(entry.old_path)} → {esc(entry.path)}"
        for field in entry.fields:
            yield f"  - {_markdown_field(field)}"
        return
    record = entry.record
    if isinstance(record, Statement) and entry.change is Change.ADDED:
        yield f"- {name} · {esc(entry.path)}"
        yield ""
        yield f"  > {esc(record.text)}"
        yield "  >"
        yield f"  > — {esc(_attribution(record, actors))}"
        for source in record.sources:
            outlet = f" ({esc(source.outlet)})" if source.outlet else ""
            yield f"  > source: {markdown_url(source.url)}{outlet}"
        yield ""
        return
    yield f"- {name}: {esc(headline(record, actors))} · {esc(entry.path)}"


def _markdown_field(change: FieldChange) -> str:
    label = markdown(change.label)
    if change.op is Op.ADDED:
        return f"{label}: added {markdown(change.after or '')}"
    if change.op is Op.REMOVED:
        return f"{label}: removed ~~{markdown(change.before or '')}~~"
    before = markdown(change.before) if change.before is not None else "*(none)*"
    after = markdown(change.after) if change.after is not None else "*(none)*"
    return f"{label}: {before} → {after}"


# --- json ---------------------------------------------------------------


def diff_json(diff: DataDiff, actors: Names) -> str:
    """The documented JSON shape (docs/review.md), version 1."""
    document = {
        "version": 1,
        "report": "diff",
        "from": _side_json(diff.before),
        "to": _side_json(diff.after),
        "as_of": diff.as_of.isoformat(),
        "summary": {
            "added": diff.count(Change.ADDED),
            "removed": diff.count(Change.REMOVED),
            "changed": diff.count(Change.CHANGED),
            "moved": len(diff.moves),
            "by_kind": {
                kind: {str(change): diff.count(change, kind) for change, _ in _SECTIONS}
                for kind in diff.kinds()
            },
        },
        "records": [_record_json(entry, actors) for entry in diff.records],
        "moves": [
            {"kind": m.kind, "id": m.id, "from": m.old_path, "to": m.new_path} for m in diff.moves
        ],
        "status": [
            {"section": s.section, "item": s.item, "before": s.before, "after": s.after}
            for s in diff.status
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _side_json(side: Side) -> dict[str, Any]:
    return {
        "label": side.label,
        "commit": side.commit,
        "files": side.files,
        "records": side.records,
        "errors": side.errors,
    }


def _record_json(entry: RecordChange, actors: Names) -> dict[str, Any]:
    item: dict[str, Any] = {
        "change": str(entry.change),
        "kind": entry.kind,
        "id": entry.id,
        "path": entry.path,
        "old_path": entry.old_path,
        "fields": [field_json(f) for f in entry.fields],
    }
    if entry.change is not Change.CHANGED:
        record = entry.record
        item["headline"] = headline(record, actors)
        item["sources"] = [{"url": s.url, "outlet": s.outlet} for s in record.sources]
        if isinstance(record, Statement):
            item["statement"] = {
                "speaker": record.speaker,
                "speaker_name": _name(actors, record.speaker),
                "role": record.role,
                "date": str(record.date),
                "text": record.text,
                "verified": record.verified,
                "confidence": str(record.confidence),
            }
    return item
