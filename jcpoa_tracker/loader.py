"""Files -> records + problems, keeping every line number.

Each file is parsed by libyaml into nodes (never into Python objects, so no
tag is ever constructed) and converted field by field by the specs in
schema.py.  A broken file yields problems, not an exception, and never hides
the problems of another file.  Cross-file checks live in checks.py.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from jcpoa_tracker.datadir import (
    DATA_SUFFIXES,
    UnsafeFile,
    discover,
    display_path,
    display_paths,
    read_data,
)
from jcpoa_tracker.fields import IMPLICIT, Context, check_tag, did_you_mean, is_null, read_mapping
from jcpoa_tracker.model import Dataset, Record
from jcpoa_tracker.problems import Problem, Severity
from jcpoa_tracker.schema import RECORD_SPECS

__all__ = [
    "DATA_SUFFIXES",
    "FileResult",
    "LoadResult",
    "discover",
    "display_path",
    "load",
    "load_file",
    "parse_bytes",
    "parse_node",
    "unread_problem",
]


class _Untyped:
    """Leaves every untagged node untyped (tag IMPLICIT): each field decides
    what its text means, so YAML's implicit typing never changes data."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return IMPLICIT

    def descend_resolver(self, parent: Any, index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


class PythonComposer(_Untyped, Reader, Scanner, Parser, Composer):
    """PyYAML's pure-Python parser, used when libyaml is not installed."""

    def __init__(self, stream: bytes) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)

    def dispose(self) -> None:
        pass


# A class taking a file's bytes, with get_single_node() and dispose().
ComposerType = Callable[[bytes], Any]
try:  # libyaml: an order of magnitude faster than the pure-Python parser
    from yaml._yaml import CParser

    class _CComposer(_Untyped, CParser):
        pass

    DEFAULT_COMPOSER: ComposerType = _CComposer
    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - only on machines without libyaml
    DEFAULT_COMPOSER = PythonComposer
    HAVE_LIBYAML = False


Ref = tuple[str, tuple[str, ...], str, int, int]  # id, allowed kinds, path, line, column


@dataclass(slots=True)
class FileResult:
    """What one file holds: its records, its problems, its references."""

    path: str
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)


@dataclass(slots=True)
class LoadResult:
    """The records read, the problems found while reading them, and their references."""

    dataset: Dataset
    problems: list[Problem]
    refs: list[Ref]


def load_file(path: Path, shown: str | None = None) -> FileResult:
    shown = shown if shown is not None else display_path(path)
    try:
        data = read_data(path)
    except (OSError, UnsafeFile) as error:
        result = FileResult(shown)
        result.problems.append(unread_problem(error, shown))
        return result
    return parse_bytes(data, shown)


def unread_problem(error: OSError | UnsafeFile, shown: str) -> Problem:
    """Why a file was not read, located at the file itself (a link's own
    path, never its target's)."""
    if isinstance(error, UnsafeFile):
        return Problem(shown, 1, 1, Severity.ERROR, error.rule, error.message, error.hint)
    return Problem(
        shown,
        1,
        1,
        Severity.ERROR,
        "unreadable",
        f"cannot read the file: {(error.strerror or 'error').lower()}",
        "check that it exists and that the user may read it",
    )


def parse_node(
    data: bytes, shown: str, composer: ComposerType = DEFAULT_COMPOSER
) -> tuple[Node | None, list[Problem]]:
    """A file's bytes as one untyped YAML node, or the problems that stop
    it from being read (None and no problem: the file is empty)."""
    problem = _encoding_problem(data, shown)
    if problem is not None:
        return None, [problem]
    parser = composer(data)
    try:
        return parser.get_single_node(), []
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, shown)]
    except yaml.YAMLError as error:  # ReaderError: a character YAML forbids
        return None, [_reader_problem(error, data, shown)]
    finally:
        parser.dispose()


def parse_bytes(data: bytes, shown: str, composer: ComposerType = DEFAULT_COMPOSER) -> FileResult:
    """Parse one file's bytes.  Never raises for bad input."""
    result = FileResult(shown)
    root, problems = parse_node(data, shown, composer)
    if problems:
        result.problems.extend(problems)
        return result
    ctx = Context(shown, aliases=_may_have_anchor(data))
    if root is None:
        ctx.problems.append(
            Problem(
                shown,
                1,
                1,
                Severity.ERROR,
                "file-structure",
                "the file is empty",
                "add records, or delete the file",
            )
        )
    else:
        _read_root(root, ctx, result.records)
        if ctx.aliases:
            ctx.problems.extend(_anchor_problems(data, shown))
    result.problems.extend(ctx.problems)
    result.refs.extend((ident, kinds, shown, line, col) for ident, kinds, line, col in ctx.refs)
    return result


def _read_root(root: Node, ctx: Context, records: list[Record]) -> None:
    if not isinstance(root, MappingNode) or not check_tag(root, ctx):
        if isinstance(root, MappingNode):
            return
        ctx.report(
            root,
            "file-structure",
            "a data file is a mapping of record lists",
            "start the file with one of: " + ", ".join(f"'{k}:'" for k in RECORD_SPECS),
        )
        return
    seen: set[str] = set()
    for key_node, list_node in root.value:
        key = key_node.value
        spec = RECORD_SPECS.get(key) if isinstance(key, str) else None
        if spec is None:
            ctx.report(
                key_node,
                "unknown-key",
                f"unknown top-level key '{key}'",
                did_you_mean(str(key), list(RECORD_SPECS))
                or "use one of: " + ", ".join(RECORD_SPECS),
            )
            continue
        if key in seen:
            ctx.report(
                key_node,
                "duplicate-key",
                f"'{key}' appears twice in this file",
                "merge the two lists",
            )
            continue
        seen.add(key)
        if list_node.start_mark.index < key_node.start_mark.index:
            ctx.report(key_node, "yaml-alias", "aliases are not allowed in data files")
            continue
        if is_null(list_node):
            continue
        if not isinstance(list_node, SequenceNode) or (
            list_node.tag != IMPLICIT and not check_tag(list_node, ctx)
        ):
            if isinstance(list_node, SequenceNode):
                continue
            ctx.report(
                list_node,
                "file-structure",
                f"'{key}' must be a list of {spec.name} records",
                "start each record with '- id: ...'",
            )
            continue
        build = spec.build
        last = list_node.start_mark.index
        for item in list_node.value:
            if item.start_mark.index < last:
                ctx.report(list_node, "yaml-alias", "aliases are not allowed in data files")
                break
            last = item.end_mark.index
            where: dict[str, tuple[int, int]] = {}
            values = read_mapping(item, spec, ctx, where)
            if values is None:
                continue
            mark = item.start_mark
            records.append(
                build(
                    **values, path=ctx.path, line=mark.line + 1, column=mark.column + 1, where=where
                )
            )


def _may_have_anchor(data: bytes) -> bool:
    """'&' or '*' where a YAML anchor or alias can start (after a space, a
    line break, '[', '{' or ',', and before a non-space): a cheap test before
    the exact one.  Most files have neither character; "Q&A" or "a*b" pass."""
    if b"&" not in data and b"*" not in data:
        return False
    for match in _MARKER.finditer(data):
        at = match.start()
        if (at == 0 or data[at - 1] in _BEFORE_ANCHOR) and data[at + 1 : at + 2].strip():
            return True
    return False


_MARKER = re.compile(rb"[&*]")
_BEFORE_ANCHOR = frozenset(b" \t\r\n[{,:")  # ':' for a flow value: {"a":&x 1}


def _anchor_problems(data: bytes, shown: str) -> list[Problem]:
    """Every anchor, where it is defined (used or not), and every alias
    used as a mapping key: the node tree keeps neither, the events do."""
    problems = []
    keys: list[bool | None] = []  # per open collection: mapping expecting a key?

    def report(mark: Any, message: str) -> None:
        problems.append(
            Problem(
                shown,
                mark.line + 1,
                mark.column + 1,
                Severity.ERROR,
                "yaml-alias",
                message,
                "write the value out in full wherever it is needed",
            )
        )

    try:
        events = list(yaml.parse(data, Loader=_EVENT_LOADER))
    except yaml.YAMLError:  # pragma: no cover - the same parser composed it
        return problems
    for event in events:
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            keys.pop()
        is_key = bool(keys) and keys[-1] is True
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            if isinstance(event, yaml.AliasEvent):
                if is_key:
                    report(
                        event.start_mark,
                        f"an alias ('*{event.anchor}') used as a key is not allowed",
                    )
            else:
                report(event.start_mark, f"anchor '&{event.anchor}' is not allowed in data files")
        if isinstance(event, yaml.MappingStartEvent):
            keys.append(True)
        elif isinstance(event, yaml.SequenceStartEvent):
            keys.append(None)
        elif (
            isinstance(
                event,
                (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingEndEvent, yaml.SequenceEndEvent),
            )
            and keys
            and keys[-1] is not None
        ):
            keys[-1] = not keys[-1]  # a key or a value is complete
    return problems


_EVENT_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _encoding_problem(data: bytes, shown: str) -> Problem | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return Problem(
            shown,
            line,
            column,
            Severity.ERROR,
            "encoding",
            f"byte 0x{data[error.start]:02x} is not UTF-8 text",
            "save the file as UTF-8 (most editors: 'Save with encoding')",
        )
    return None


def _syntax_problem(error: yaml.MarkedYAMLError, shown: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    message = (error.problem or "invalid YAML").strip()
    if error.context:
        message = f"{message} ({error.context.strip()})"
    hint = None
    if "expected a single document" in message:
        hint = "a data file holds one document: remove the extra '---'"
    elif "found character '\\t'" in message:
        hint = "indent with spaces, not tabs"
    return Problem(shown, line, column, Severity.ERROR, "yaml-syntax", message, hint)


def _reader_problem(error: yaml.YAMLError, data: bytes, shown: str) -> Problem:
    position = getattr(error, "position", 0) or 0
    text = data.decode("utf-8", errors="replace")
    prefix = text[:position]
    line = prefix.count("\n") + 1
    column = position - (prefix.rfind("\n") + 1) + 1
    character = getattr(error, "character", None)
    code = f"#x{ord(character):04x}" if isinstance(character, str) else str(character)
    return Problem(
        shown,
        line,
        column,
        Severity.ERROR,
        "yaml-syntax",
        f"character {code} is not allowed in YAML",
        "remove the control character (often pasted in with a quote)",
    )


def load(paths: Sequence[Path] | Iterable[Path], config_root: Path | None = None) -> LoadResult:
    """Read every data file under ``paths`` (files or folders) into one
    dataset, with the configuration of ``config_root`` (default: the first
    folder given).  The caller runs validate.check on the result."""
    from jcpoa_tracker.config_file import load_config

    paths = list(paths)
    if config_root is None:
        config_root = next((p for p in paths if p.is_dir()), None)
    config, problems = load_config(config_root)
    dataset = Dataset(config=config)
    refs: list[Ref] = []
    shown = display_paths()
    with collector_paused():
        for root in paths:
            for path in discover(root):
                result = load_file(path, shown(path))
                add_file(dataset, result)
                problems.extend(result.problems)
                refs.extend(result.refs)
    return LoadResult(dataset, problems, refs)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading allocates millions of short-lived, acyclic nodes; reference
    counting frees them, while the cyclic collector's repeated passes over a
    growing heap would double the load time (see docs/performance.md)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def add_file(dataset: Dataset, result: FileResult) -> None:
    dataset.files.append(result.path)
    dataset.add(result.records)
