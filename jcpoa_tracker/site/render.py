"""The Jinja2 environment of the site: autoescaped HTML templates shipped
in the package, and the few helpers they call."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from jcpoa_tracker.dates import FuzzyDate
from jcpoa_tracker.model import Round
from jcpoa_tracker.render.status import days
from jcpoa_tracker.site.data import file_name

__all__ = ["FOLDERS", "direction", "environment", "language", "link"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Where each kind of record has its page.
FOLDERS = {
    "track": "track",
    "round": "round",
    "actor": "actor",
    "point": "point",
    "milestone": "milestone",
    "statement": "statement",
}

# Scripts written right to left (ISO 639-1 and common 639-2/3 codes).
_RTL = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi", "prs"}
_LANGUAGES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "he": "Hebrew",
    "ru": "Russian",
    "tr": "Turkish",
    "ur": "Urdu",
    "zh": "Chinese",
}


def link(kind: str, ident: str) -> str:
    """The page of a record, relative to the site's root."""
    if kind == "point":
        return f"point/{ident}.html"  # already a file name (track and id)
    return f"{FOLDERS[kind]}/{file_name(ident)}.html"


def direction(lang: str) -> str:
    primary = lang.split("-")[0].lower()
    return "rtl" if primary in _RTL else "ltr"


def language(lang: str) -> str:
    return _LANGUAGES.get(lang.split("-")[0].lower(), lang)


def human_day(day: date) -> str:
    return FuzzyDate.from_date(day).human()


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def tone(mean: float | None, n: int) -> str:
    return f"{mean:+.1f} (n={n})" if mean is not None else f"none (n={n})"


def end_of(rnd: Round) -> FuzzyDate:
    return rnd.end if rnd.end is not None else rnd.start


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals.update(
        link=link,
        direction=direction,
        language=language,
        human_day=human_day,
        number=number,
        tone=tone,
        days=days,
        end_of=end_of,
        file=file_name,
    )
    return env


def render(template: Template, context: dict[str, Any]) -> str:
    return template.render(context)
