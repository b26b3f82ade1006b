"""Pieces of HTML that many pages repeat, written in Python rather than as
template macros: a statement in a list appears on its year's page, its
speaker's and its round's, and a site of 100,000 statements renders
hundreds of thousands of them (a Jinja2 macro call costs several times
more). Every text from the data goes through ``escape``."""

from __future__ import annotations

from markupsafe import Markup, escape

from jcpoa_tracker.model import Confidence, Record, Statement
from jcpoa_tracker.site.data import SiteData
from jcpoa_tracker.site.render import link

__all__ = ["Fragments"]


class Fragments:
    def __init__(self, data: SiteData) -> None:
        self.data = data

    def flags(self, s: Statement) -> Markup:
        out = []
        if not s.verified:
            out.append('<span class="flag">wording unverified</span>')
        if s.confidence is Confidence.LOW:
            out.append('<span class="flag">low confidence</span>')
        return Markup(" ".join(out))

    def statement_item(self, s: Statement, root: str, with_speaker: bool = True) -> Markup:
        """A statement as an item of a list: the quote, who and when, a
        permalink and its flags (made again on each page that lists it:
        kept, they would hold the whole archive)."""
        name = escape(self.data.name(s.speaker))
        day = escape(s.date.human())
        href = escape(root + link("statement", s.id))
        who = (
            f'<a href="{escape(root + link("actor", s.speaker))}">{name}</a>, '
            if with_speaker
            else ""
        )
        return Markup(
            f'<li class="statement">\n<blockquote><p>{escape(s.text)}</p></blockquote>\n'
            f'<p class="meta">{who}<time datetime="{escape(s.date.isoformat())}">{day}</time>\n'
            f'· <a href="{href}">permalink<span class="visually-hidden"> to the statement of '
            f"{name}, {day}</span></a>\n{self.flags(s)}</p>\n</li>"
        )

    def sources(self, record: Record) -> Markup:
        if not record.sources:
            return Markup("<p>No source recorded.</p>")
        items = []
        for src in record.sources:
            text = escape(src.title or src.outlet or src.url)
            extra = f" ({escape(src.outlet)})" if src.outlet and src.title else ""
            if src.published:
                extra += f", published {escape(src.published.human())}"
            if src.accessed:
                extra += f", read {escape(src.accessed.human())}"
            if src.note:
                extra += f": {escape(src.note)}"
            items.append(
                f'<li><a href="{escape(src.url)}" rel="external noopener">{text}</a>{extra}</li>'
            )
        return Markup('<ul class="sources">\n' + "\n".join(items) + "\n</ul>")
