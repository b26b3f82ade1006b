"""Quote search results, one quote in full, and the speakers list: as plain
text, Markdown, JSON, CSV, ready-to-paste citations, or Rich with the
matched words highlighted.

Every piece of data text goes through ``render.escape`` for the format at
hand; Rich output is built from ``Text`` objects, which never parse markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jcpoa_tracker.render.escape import (
    csv_cell,
    markdown,
    markdown_marked,
    markdown_url,
    one_line,
    terminal,
)
from jcpoa_tracker.render.jsontext import indented
from jcpoa_tracker.search.quotes import (
    Quote,
    SearchResult,
    Sort,
    SpeakerSummary,
    highlights,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

__all__ = [
    "citation",
    "iter_quotes_citations",
    "iter_quotes_csv",
    "iter_quotes_json",
    "iter_quotes_markdown",
    "iter_quotes_rich",
    "iter_quotes_text",
    "quote_json",
    "quote_markdown",
    "quote_rich",
    "quote_text",
    "speakers_csv",
    "speakers_json",
    "speakers_markdown",
    "speakers_rich",
    "speakers_text",
]

_ORDER = {
    Sort.RELEVANCE: "most relevant first",
    Sort.DATE: "oldest first",
    Sort.NEWEST: "newest first",
}


def _who(q: Quote) -> str:
    who = q.speaker_name
    if q.role:
        who += f", {q.role}"
    if q.party_name and q.party_name != q.speaker_name:
        who += f" ({q.party_name})"
    if q.on_behalf_of and "behalf" not in (q.role or ""):
        who += f", on behalf of {q.on_behalf_of}"
    return who


def _occasion(q: Quote) -> str:
    return q.occasion.replace("-", " ") if q.occasion else ""


def citation(q: Quote) -> str:
    """Who, in what role, on what occasion, when, and where it was reported."""
    parts = [_who(q)]
    if q.occasion:
        parts.append(_occasion(q))
    parts.append(q.date.human())
    text = ", ".join(parts) + "."
    if q.sources:
        source = q.sources[0]
        tier = f" [{source.tier}]" if source.tier else ""
        text += f" {source.outlet}{tier}: {source.url}" if source.outlet else f"{tier} {source.url}"
    return text


def _flags(q: Quote) -> str:
    return f" [{'; '.join(q.flags)}]" if q.flags else ""


def _heading(result: SearchResult) -> str:
    shown, total = len(result.quotes), result.total
    what = f"matching {result.query!r}" if result.query else "selected"
    count = f"{total} quote{'s' if total != 1 else ''} {what}"
    if shown < total:
        count += f", showing {shown}"
    order = _ORDER[result.sort] if result.query or result.sort is not Sort.RELEVANCE else ""
    return count + (f", {order}" if order and total > 1 else "")


def _context_lines(q: Quote) -> list[str]:
    lines = []
    if q.occasion or q.context:
        lines.append("Occasion: " + "; ".join(p for p in (_occasion(q), q.context) if p))
    if q.round:
        round_text = q.round_title or q.round
        if q.track_title:
            round_text += f" ({q.track_title})"
        lines.append(f"Round: {round_text}")
    return lines


def _joined(blocks: Iterable[list[str]]) -> Iterator[str]:
    """The lines of every block joined by line breaks, a block at a time."""
    for number, block in enumerate(blocks):
        text = "\n".join(block)
        yield text if number == 0 else "\n" + text


def iter_quotes_text(result: SearchResult, *, context: bool = False) -> Iterator[str]:
    """Plain text for pipes and mail: each quote, its citation and id; in
    pieces, a quote at a time (``result.quotes`` may be a stream)."""
    return _joined(_text_blocks(result, context))


def _text_blocks(result: SearchResult, context: bool) -> Iterator[list[str]]:
    yield [_heading(result), ""]
    for number, q in enumerate(result.quotes, start=1):
        out = [f'{number}. "{one_line(q.text)}"{_flags(q)}', f"   - {one_line(citation(q))}"]
        if context:
            out.extend(f"   {one_line(line)}" for line in _context_lines(q))
        yield [*out, f"   [{one_line(q.id)}]", ""]
    if result.about is not None:
        yield [one_line(result.about.footer()), ""]


def _markdown_quote(q: Quote, result_terms: Any, context: bool) -> list[str]:
    line = one_line(q.text)
    text = markdown_marked(line, highlights(line, result_terms), lambda s: f"**{s}**")
    lines = [f"> {text}", ""]
    cite = markdown(", ".join([_who(q), *([_occasion(q)] if q.occasion else []), q.date.human()]))
    if q.sources:
        source = q.sources[0]
        tier = f" [{source.tier}]" if source.tier else ""
        outlet = f"{markdown(source.outlet)}{tier}, " if source.outlet else ""
        cite += f". {outlet}{markdown_url(source.url)}"
    flags = f" **{markdown('; '.join(q.flags))}**" if q.flags else ""
    lines.append(f"— {cite} `{q.id}`{flags}")
    if context:
        lines.extend(["", *(f"*{markdown(line)}*  " for line in _context_lines(q))])
    return [*lines, ""]


def iter_quotes_markdown(result: SearchResult, *, context: bool = False) -> Iterator[str]:
    return _joined(_markdown_blocks(result, context))


def _markdown_blocks(result: SearchResult, context: bool) -> Iterator[list[str]]:
    yield [f"## {markdown(_heading(result))}", ""]
    for q in result.quotes:
        yield _markdown_quote(q, result.terms, context)
    if result.about is not None:
        yield [markdown(result.about.footer()), ""]


def _source_json(q: Quote) -> list[dict[str, Any]]:
    return [
        {
            "url": s.url,
            "outlet": s.outlet,
            "title": s.title,
            "published": None if s.published is None else str(s.published),
            "accessed": None if s.accessed is None else str(s.accessed),
            "note": s.note,
            "tier": None if s.tier is None else str(s.tier),
        }
        for s in q.sources
    ]


def _quote_document(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "date": str(q.date),
        "speaker": {"id": q.speaker, "name": q.speaker_name},
        "party": None if q.party is None else {"id": q.party, "name": q.party_name},
        "role": q.role,
        "text": q.text,
        "original": None
        if q.original is None
        else {"lang": q.original.lang, "text": q.original.text},
        "occasion": q.occasion,
        "context": q.context,
        "round": None if q.round is None else {"id": q.round, "title": q.round_title},
        "track": None if q.track is None else {"id": q.track, "title": q.track_title},
        "topics": list(q.topics),
        "category": q.category,
        "tone": q.tone,
        "verified": q.verified,
        "confidence": str(q.confidence),
        "confidence_note": q.confidence_note,
        "date_note": q.date_note,
        "note": q.note,
        "flags": q.flags,
        "sources": _source_json(q),
        "citation": citation(q),
        "file": q.path,
        "line": q.line,
    }


def iter_quotes_json(result: SearchResult, *, context: bool = False) -> Iterator[str]:
    """The JSON document, as ``json.dumps(..., indent=2)`` writes it, in
    pieces: its head, then each quote."""
    head = {
        "query": result.query,
        "sort": str(result.sort),
        "total": result.total,
        "shown": len(result.quotes),
        "data": result.about.to_dict() if result.about is not None else None,
        "quotes": [],
    }
    opening = json.dumps(head, indent=2, ensure_ascii=False).removesuffix("[]\n}")
    empty = True
    for q in result.quotes:
        document = {**_quote_document(q), "score": None if q.score is None else round(-q.score, 6)}
        text = indented(document, depth=2)  # as deep as in the whole document
        yield f"{opening}[\n    {text}" if empty else f",\n    {text}"
        empty = False
    yield f"{opening}[]\n}}\n" if empty else "\n  ]\n}\n"


_CSV_COLUMNS = (
    "id",
    "date",
    "speaker",
    "speaker_name",
    "party",
    "role",
    "text",
    "original_lang",
    "original_text",
    "occasion",
    "context",
    "round",
    "track",
    "topics",
    "category",
    "tone",
    "verified",
    "confidence",
    "flags",
    "outlet",
    "url",
    "citation",
    "file",
    "line",
)


def _csv(rows: Iterable[list[Any]], columns: Sequence[str]) -> Iterator[str]:
    """CSV text of ``rows`` under a header of ``columns``, in pieces of
    ``_CSV_ROWS`` rows."""
    import csv  # only for --format csv: kept off every other search's start

    lines: list[str] = []
    writer = csv.writer(_Lines(lines))
    writer.writerow(columns)
    for number, row in enumerate(rows, start=1):
        # Text cells cannot start a spreadsheet formula; numbers stay numbers.
        writer.writerow(
            [
                csv_cell(cell) if isinstance(cell, str) else ("" if cell is None else cell)
                for cell in row
            ]
        )
        if number % _CSV_ROWS == 0:
            yield "".join(lines)
            lines.clear()
    yield "".join(lines)


_CSV_ROWS = 64


class _Lines:
    """What ``csv.writer`` writes to: each row's text kept in a list."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


def _csv_row(q: Quote) -> list[Any]:
    source = q.sources[0] if q.sources else None
    return [
        q.id,
        str(q.date),
        q.speaker,
        q.speaker_name,
        q.party,
        q.role,
        q.text,
        q.original.lang if q.original else None,
        q.original.text if q.original else None,
        q.occasion,
        q.context,
        q.round,
        q.track,
        ";".join(q.topics),
        q.category,
        q.tone,
        "true" if q.verified else "false",
        str(q.confidence),
        "; ".join(q.flags),
        source.outlet if source else None,
        source.url if source else None,
        citation(q),
        q.path,
        q.line,
    ]


def iter_quotes_csv(result: SearchResult, *, context: bool = False) -> Iterator[str]:
    return _csv(map(_csv_row, result.quotes), _CSV_COLUMNS)


def iter_quotes_citations(result: SearchResult, *, context: bool = False) -> Iterator[str]:
    """One ready-to-paste citation per quote, with its caveats."""
    for q in result.quotes:
        yield f"\u201c{one_line(q.text)}\u201d \u2014 {one_line(citation(q))}{_flags(q)}\n\n"


def _rich_quote(q: Quote, terms: Any, context: bool) -> RenderableType:
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    body = Text("\u201c")
    at = 0
    for start, end in highlights(q.text, terms):
        body.append(terminal(q.text[at:start]))
        body.append(terminal(q.text[start:end]), style="bold yellow")
        at = end
    body.append(terminal(q.text[at:]) + "\u201d")
    source = q.sources[0] if q.sources else None
    plain = replace(q, sources=(replace(source, url=""),)) if source else q
    cite = Text("\u2014 " + terminal(citation(plain)).rstrip(": ."), style="dim")
    # The URL and the id stand outside the padding, which would cut them.
    url = [url_text(source.url, indent="  ")] if source is not None else []
    lines: list[RenderableType] = []
    if q.flags:
        lines.append(Text("\u26a0 " + "; ".join(q.flags), style="bold red"))
    if context:
        lines.extend(Text(terminal(line), style="cyan") for line in _context_lines(q))
    ident = Text("  " + terminal(q.id), style="dim italic", no_wrap=True, overflow="ignore")
    return Group(
        Padding(Group(body, cite), (0, 0, 0, 2)),
        *url,
        *(Padding(line, (0, 0, 0, 2)) for line in lines),
        ident,
        Text(""),
    )


def iter_quotes_rich(result: SearchResult, *, context: bool = False) -> Iterator[RenderableType]:
    """The terminal view, a renderable at a time: the heading, each quote,
    the footer."""
    from rich.text import Text

    yield Text(terminal(_heading(result)), style="bold")
    yield Text("")
    for q in result.quotes:
        yield _rich_quote(q, result.terms, context)
    if result.about is not None:
        yield Text(terminal(result.about.footer()), style="dim")


def _full_lines(q: Quote) -> list[tuple[str, str]]:
    """Every fact about one quote, as label/value pairs."""
    rows = [
        ("Speaker", f"{q.speaker_name} ({q.speaker})"),
        ("Role", q.role or ""),
        ("Party", q.party_name or ""),
        ("Date", q.date.human() + (f" ({q.date_note})" if q.date_note else "")),
        ("Occasion", _occasion(q)),
        ("Context", q.context or ""),
        ("Round", (q.round_title or q.round or "") + (f" [{q.round}]" if q.round_title else "")),
        ("Track", q.track_title or q.track or ""),
        ("Topics", ", ".join(q.topics)),
        ("Category", q.category or ""),
        ("Tone", "" if q.tone is None else f"{q.tone:+d}"),
        ("Wording", "verified" if q.verified else "unverified"),
        ("Confidence", str(q.confidence) + (f": {q.confidence_note}" if q.confidence_note else "")),
        ("Note", q.note or ""),
        ("File", f"{q.path}:{q.line}"),
    ]
    return [(label, value) for label, value in rows if value]


def _source_lines(q: Quote) -> list[str]:
    lines = []
    for s in q.sources:
        about = ", ".join(
            part
            for part in (
                s.outlet,
                s.tier and f"tier: {s.tier}",
                s.title,
                s.published and f"published {s.published}",
                s.accessed and f"accessed {s.accessed}",
                s.note,
            )
            if part
        )
        lines.append(f"{s.url}" + (f" ({about})" if about else ""))
    return lines


def quote_text(q: Quote) -> str:
    out = [f'"{one_line(q.text)}"{_flags(q)}']
    if q.original:
        out.append(f"Original ({one_line(q.original.lang)}): {one_line(q.original.text)}")
    out.append(f"- {one_line(citation(q))}")
    out.append("")
    out.extend(f"{label + ':':<12}{one_line(value)}" for label, value in _full_lines(q))
    out.append("Sources:")
    out.extend(f"  - {one_line(line)}" for line in _source_lines(q))
    return "\n".join(out) + "\n"


def quote_markdown(q: Quote) -> str:
    out = [f"> {markdown(q.text)}", ""]
    if q.original:
        out += [f"> *{markdown(q.original.lang)}:* {markdown(q.original.text)}", ""]
    if q.flags:
        out += [f"**{markdown('; '.join(q.flags))}**", ""]
    out += ["| | |", "| --- | --- |", f"| Id | `{q.id}` |"]
    out.extend(f"| {label} | {markdown(value)} |" for label, value in _full_lines(q))
    out += ["", "Sources:", ""]
    for s, line in zip(q.sources, _source_lines(q), strict=True):
        rest = markdown(line[len(s.url) :].strip())
        out.append(f"- {markdown_url(s.url)}" + (f" {rest}" if rest else ""))
    return "\n".join(out) + "\n"


def quote_json(q: Quote) -> str:
    return indented(_quote_document(q)) + "\n"


def quote_rich(q: Quote) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    items: list[RenderableType] = [Text("\u201c" + terminal(q.text) + "\u201d", style="bold")]
    if q.original:
        items.append(Text(f"{terminal(q.original.lang)}: {terminal(q.original.text)}"))
    if q.flags:
        items.append(Text("\u26a0 " + "; ".join(q.flags), style="bold red"))
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    where = ""
    for label, value in _full_lines(q):
        if label == "File":  # a path people copy: on its own line, never cut
            where = value
        else:
            table.add_row(label, Text(terminal(value)))
    file_line = Text.assemble(("File ", "bold"), terminal(where), no_wrap=True, overflow="ignore")
    sources: list[RenderableType] = [file_line, Text("Sources", style="bold")]
    for s, line in zip(q.sources, _source_lines(q), strict=True):
        sources.append(url_text(s.url, indent="  "))
        rest = line[len(s.url) :].strip()
        if rest:
            sources.append(Text("    " + terminal(rest), style="dim"))
    return Group(*items, Text(""), table, *sources)


def url_text(url: str, indent: str = "") -> Text:
    """A URL on a line of its own that is never cut or wrapped by Rich (the
    terminal shows it whole), and a clickable OSC 8 hyperlink on terminals
    that support them; a URL with anything but plain URL characters is
    shown escaped and not linked."""
    from rich.style import Style
    from rich.text import Text

    shown = terminal(url)
    safe = shown == url and url.lower().startswith(("http://", "https://")) and " " not in url
    style = Style(link=url, underline=True) if safe else Style()
    return Text.assemble(indent, (shown, style), no_wrap=True, overflow="ignore")


_SPEAKER_COLUMNS = ("id", "name", "party", "statements", "unverified", "first", "last", "aliases")


def _speaker_row(s: SpeakerSummary) -> list[Any]:
    return [
        s.id,
        s.name,
        s.party_name or "",
        s.statements,
        s.unverified,
        str(s.first),
        str(s.last),
        "; ".join(s.aliases),
    ]


def speakers_text(speakers: list[SpeakerSummary]) -> str:
    """An aligned plain table: columns as wide as their widest cell."""
    header = ["speaker", "party", "said", "unverified", "first", "last", "aliases"]
    rows = [
        [
            one_line(f"{s.name} ({s.id})"),
            one_line(s.party_name or ""),
            str(s.statements),
            str(s.unverified),
            str(s.first),
            str(s.last),
            one_line("; ".join(s.aliases)),
        ]
        for s in speakers
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = {2, 3}
    lines = [
        "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines) + "\n"


def speakers_markdown(speakers: list[SpeakerSummary]) -> str:
    lines = [
        "| Speaker | Party | Statements | Unverified | First | Last | Aliases |",
        "| --- | --- | ---: | ---: | --- | --- | --- |",
    ]
    for s in speakers:
        lines.append(
            f"| {markdown(s.name)} (`{s.id}`) | {markdown(s.party_name or '')} | {s.statements} "
            f"| {s.unverified} | {s.first} | {s.last} | {markdown('; '.join(s.aliases))} |"
        )
    return "\n".join(lines) + "\n"


def speakers_json(speakers: list[SpeakerSummary]) -> str:
    document = [
        {
            "id": s.id,
            "name": s.name,
            "party": None if s.party is None else {"id": s.party, "name": s.party_name},
            "statements": s.statements,
            "unverified": s.unverified,
            "first": str(s.first),
            "last": str(s.last),
            "aliases": list(s.aliases),
        }
        for s in speakers
    ]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def speakers_csv(speakers: list[SpeakerSummary]) -> str:
    return "".join(_csv(map(_speaker_row, speakers), _SPEAKER_COLUMNS))


def speakers_rich(speakers: list[SpeakerSummary]) -> RenderableType:
    """The terminal view, laid out for the width it is drawn at: the id
    people copy on its own line under the name, never cut; the aliases
    only when there is room (120 columns), else in the text and JSON."""
    return _SpeakersView(speakers)


class _SpeakersView:
    def __init__(self, speakers: list[SpeakerSummary]) -> None:
        self.speakers = speakers

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        wide = options.max_width >= 110
        table = Table(
            title=f"{len(self.speakers)} speakers",
            title_justify="left",
            title_style="bold",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            padding=(0, 1, 0, 0),
            expand=False,
        )
        id_width = max((len(s.id) for s in self.speakers), default=8)
        table.add_column("Speaker (id)", min_width=id_width, ratio=3, overflow="fold")
        table.add_column("Party", ratio=2, overflow="fold")
        table.add_column("Said", justify="right", no_wrap=True)
        table.add_column("Unver-\nified", justify="right", no_wrap=True)
        table.add_column("First", no_wrap=True)
        table.add_column("Last", no_wrap=True)
        if wide:
            table.add_column("Aliases", ratio=3, overflow="fold")
        for s in self.speakers:
            who = Text(terminal(s.name))
            who.append("\n" + terminal(s.id), style="cyan")
            row: list[Text | str] = [
                who,
                Text(terminal(s.party_name or "")),
                str(s.statements),
                str(s.unverified) if s.unverified else "",
                str(s.first),
                str(s.last),
            ]
            if wide:
                row.append(Text(terminal("; ".join(s.aliases)), style="dim"))
            table.add_row(*row)
        yield table
