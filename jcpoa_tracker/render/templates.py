"""Briefing templates: the Jinja2 environment each format renders with.

Data text is escaped for the format by the environment, not by each
template: HTML is autoescaped, and in Markdown and text templates a
finalizer passes every ``{{ ... }}`` through ``render.escape`` (Markdown
escaping; control characters made visible and line breaks folded), so a
template cannot forget.  Filters that produce markup of their own
(``md_url``, ``code``, ``wrap``) return text marked as already safe.
"""

from __future__ import annotations

import hashlib
import importlib
import textwrap
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from jcpoa_tracker.render.escape import markdown, markdown_url, one_line, terminal

__all__ = [
    "TEMPLATES",
    "TEMPLATE_DIR",
    "TEXT_WIDTH",
    "TemplateProblem",
    "environment",
    "render_template",
]

TEXT_WIDTH: Final = 72
TEMPLATE_DIR: Final = Path(__file__).resolve().parent.parent / "templates"
TEMPLATES: Final = {  # format -> shipped template
    "markdown": "briefing.md.j2",
    "html": "briefing.html.j2",
    "text": "briefing.txt.j2",
}


class TemplateProblem(Exception):
    """A user's template cannot be read or rendered; the message names the
    file and line."""


class Raw(str):
    """Text a filter has already made safe for its format."""

    __slots__ = ()


def _plain(value: Any) -> str | None:
    """Numbers print as numbers; None prints as nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    return None


def _finalizer(escape: Callable[[str], str]) -> Callable[[Any], Any]:
    def finalize(value: Any) -> Any:
        if isinstance(value, Raw | Markup):
            return value
        plain = _plain(value)
        if plain is not None:
            return plain
        text = str(value)
        # Escaping folds whitespace; a space at either end is the template's
        # own separator ("{{ ', ' }}") and is kept.
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and text.strip() else ""
        return lead + escape(text) + trail

    return finalize


def _wrap(text: str, first: str = "", rest: str | None = None, width: int = TEXT_WIDTH) -> Raw:
    """Fill ``text`` to ``width`` columns; a word longer than the width (a
    URL) gets a line of its own rather than being cut."""
    filled = textwrap.fill(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return Raw(filled or first.rstrip())


def _ljust(text: str, width: int) -> Raw:
    """Text padded to ``width`` columns, for aligned plain-text lists."""
    return Raw(one_line(text).ljust(width))


def _md_url(url: str) -> Raw:
    return Raw(markdown_url(url))


def _md_link(text: str, url: str | None) -> Raw:
    """A Markdown link with ``text`` (escaped) shown and ``url`` behind it;
    the escaped text alone when there is no safe URL."""
    if not url:
        return Raw(markdown(text))
    target = markdown_url(url).strip("<>")
    return Raw(f"[{markdown(text)}](<{target}>)")


def _code(text: str) -> Raw:
    """A Markdown code span (backticks inside become quotes)."""
    return Raw("`" + one_line(text).replace("`", "'") + "`")


def environment(fmt: str, user_dir: Path | None = None) -> SandboxedEnvironment:
    """A Jinja2 environment for ``fmt`` (markdown, html or text).

    Sandboxed, so a template shared between teams cannot reach Python
    internals; StrictUndefined, so a misspelt key is an error, not a blank.
    """
    search = [str(user_dir)] if user_dir is not None else []
    options: dict[str, Any] = {
        "loader": jinja2.FileSystemLoader([*search, str(TEMPLATE_DIR)]),
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "autoescape": fmt == "html",
    }
    if fmt == "html":
        # Autoescaping makes text safe for HTML; control characters are made
        # visible first (they are not allowed in HTML text).
        options["finalize"] = _finalizer(terminal)
    elif fmt == "markdown":
        options["finalize"] = _finalizer(markdown)
    else:
        options["finalize"] = _finalizer(one_line)
    env = SandboxedEnvironment(**options)
    env.filters.update(wrap=_wrap, ljust=_ljust, md_url=_md_url, md_link=_md_link, code=_code)
    return env


def render_template(ctx: dict[str, Any], fmt: str, template: Path | None = None) -> str:
    """The briefing through the shipped template for ``fmt`` or the user's
    ``template`` (TemplateProblem, with file and line, when it is broken)."""
    if template is None:
        return shipped(fmt).render(ctx)
    folder = template.resolve().parent
    try:
        compiled = environment(fmt, folder).get_template(template.name)
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or str(template)
        raise TemplateProblem(f"{where}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"template not found: {error.name}") from None
    except OSError as error:
        raise TemplateProblem(f"cannot read '{template}': {error.strerror}") from None
    except UnicodeDecodeError:
        raise TemplateProblem(f"'{template}' is not UTF-8 text") from None
    try:
        return compiled.render(ctx)
    except Exception as error:  # a user's template: any failure is the template's
        where = _template_line(error, (folder, TEMPLATE_DIR)) or str(template)
        message = error.message if isinstance(error, jinja2.TemplateError) else str(error)
        raise TemplateProblem(f"{where}: {message or type(error).__name__}") from None


# The shipped templates as Python, made in advance: Jinja2 takes longer to
# compile a template than the rest of a briefing takes to render it.
COMPILED_PACKAGE: Final = "jcpoa_tracker.templates.compiled"
COMPILED_DIR: Final = TEMPLATE_DIR / "compiled"
# What the code Jinja2 makes of a template depends on: the template, this
# module (the environment's options) and the escaping its finalizer applies
# to constant text while compiling.
_MADE_FROM: Final = (Path(__file__).resolve(), Path(__file__).resolve().parent / "escape.py")


def shipped(fmt: str) -> jinja2.Template:
    """The shipped template for ``fmt``: loaded from its Python module when
    that was made from this template, this module, this escaping and this
    version of Jinja2; else compiled from the template, as any other."""
    env = environment(fmt)
    try:
        module = importlib.import_module(f"{COMPILED_PACKAGE}.{compiled_name(fmt)}")
        current = getattr(module, "MADE_FROM", None) == fingerprint(fmt)
    except (ImportError, OSError):  # not shipped, or installed without sources
        current = False
    if current:
        # The module's code reads ``environment`` from the module's globals,
        # which take the environment of the latest load: every load of one
        # format makes the same environment, so any of them will do.
        return env.template_class.from_module_dict(env, vars(module), env.make_globals(None))
    return env.get_template(TEMPLATES[fmt])


def compiled_name(fmt: str) -> str:
    """The module of the shipped template for ``fmt``: ``briefing_md``."""
    return TEMPLATES[fmt].removesuffix(".j2").replace(".", "_")


def fingerprint(fmt: str) -> str:
    """What the compiled template of ``fmt`` depends on, as a hash."""
    digest = hashlib.sha256(jinja2.__version__.encode())
    for path in (TEMPLATE_DIR / TEMPLATES[fmt], *_MADE_FROM):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def compiled_source(fmt: str) -> str:
    """The Python module of the shipped template for ``fmt``, as
    ``python -m jcpoa_tracker.render.templates`` writes it."""
    name = TEMPLATES[fmt]
    source = (TEMPLATE_DIR / name).read_text(encoding="utf-8")
    # deferred: the module takes its environment when it is loaded
    code = environment(fmt).compile(source, name, name, raw=True, defer_init=True)
    return (
        f'"""{name} compiled by Jinja2 {jinja2.__version__}: made by\n'
        '`python -m jcpoa_tracker.render.templates`, never edited."""\n\n'
        f"MADE_FROM = {fingerprint(fmt)!r}\n" + code + "\n"
    )


def write_compiled() -> list[Path]:
    """Write the module of every shipped template (after editing one, this
    module or the escaping); a test fails while one is out of date."""
    written = []
    for fmt in TEMPLATES:
        path = COMPILED_DIR / f"{compiled_name(fmt)}.py"
        path.write_text(compiled_source(fmt), encoding="utf-8")
        written.append(path)
    return written


def _template_line(error: BaseException, folders: tuple[Path, ...]) -> str | None:
    """file:line of the innermost template frame (Jinja2 rewrites
    tracebacks so that template code shows its own file and line)."""
    found = None
    for frame in traceback.extract_tb(error.__traceback__):
        path = Path(frame.filename)
        if path.suffix != ".py" and any(f in path.parents for f in folders):
            found = f"{frame.filename}:{frame.lineno}"
    return found


if __name__ == "__main__":
    for written in write_compiled():
        print(f"wrote {written}")
