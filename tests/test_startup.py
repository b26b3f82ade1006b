"""Start-up: what `--version`, `--help` and a report import, the top-level
help built from the command table, and option values converted without
pydantic exactly as Typer converts them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer
from typer._coercion import build_runtime_param
from typer.main import get_command
from typer.testing import CliRunner

from jcpoa_tracker.cli import build_app
from jcpoa_tracker.cli.coerce import light
from jcpoa_tracker.cli.commands import COMMANDS, SUMMARIES
from tests.conftest import REPO

runner = CliRunner()

# Libraries a run that only answers --version or --help has no use for.
HEAVY = ("yaml", "dateutil", "sqlite3", "jinja2", "pydantic", "jcpoa_tracker.loader")


def _imported(*args: str, cwd: Path = REPO, **env: str) -> set[str]:
    """Every module a run of the command line has imported when it ends."""
    script = (
        "import sys\n"
        "from jcpoa_tracker.cli import main\n"
        "sys.argv[0] = 'jcpoa-tracker'\n"
        "try:\n    main()\n"
        "except SystemExit as done:\n    code = done.code\n"
        "sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)) + '\\n')\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        check=False,
    )
    assert done.returncode == (0 if args else 2), done.stderr[-2000:]
    modules = done.stderr.rsplit("\nMODULES ", 1)[1].split()
    assert "typer" in modules  # the listing is there to read
    return set(modules)


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.mark.parametrize(
    "args",
    [["--version"], ["--help"], [], ["status", "--help"], ["quotes", "--help"], ["set", "--help"]],
    ids=" ".join,
)
def test_version_and_help_import_no_heavy_library(args: list[str]) -> None:
    modules = _imported(*args)
    assert _heavy(modules) == []
    # Only the command named is built: its module, none of the others.
    named = {f"jcpoa_tracker.cli.{COMMANDS[a]}" for a in args if a in COMMANDS}
    built = {m for m in modules if m.startswith("jcpoa_tracker.cli.") and m.endswith("_cmd")}
    assert built == named


def test_the_help_of_another_data_dir_imports_no_yaml_either() -> None:
    who = REPO / "examples" / "who-pandemic-agreement"
    assert _heavy(_imported("--data-dir", str(who), "--help")) == []


def test_a_report_never_imports_pydantic(tmp_path: Path) -> None:
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path), "JCPOA_TRACKER_TODAY": "2021-06-28"}
    _imported("status", **env)  # builds the cache
    assert "pydantic" not in _imported("status", "--width", "100", **env)
    assert "pydantic" not in _imported("quotes", "sanctions", "--limit", "3", **env)


@pytest.mark.parametrize("columns", ["50", "80", "200"])
def test_the_top_level_help_from_the_table_is_the_commands_own(columns: str) -> None:
    """The help lists commands from SUMMARIES, building none: it must read
    exactly as when every command is built, at any width."""
    eager = runner.invoke(build_app(), ["--help"], env={"COLUMNS": columns})
    lazy = runner.invoke(build_app(()), ["--help"], env={"COLUMNS": columns})
    assert eager.exit_code == lazy.exit_code == 0
    assert lazy.stdout == eager.stdout
    assert "status" in lazy.stdout and "set" in lazy.stdout


def test_the_summaries_are_the_first_paragraphs_of_the_commands_help() -> None:
    group: Any = get_command(build_app())
    assert list(SUMMARIES) == list(group.commands)  # the order --help lists them
    for name, command in group.commands.items():
        first = " ".join(command.help.split("\n\n")[0].split())
        assert SUMMARIES[name] == first, f"update SUMMARIES[{name!r}] in cli/commands.py"
        assert not (command.short_help or command.hidden or command.deprecated), name


# -- option values without pydantic ------------------------------------------------

# Values typed on a command line (and the defaults and lists Typer passes).
SAMPLES: tuple[Any, ...] = (
    "x",
    "",
    "-",
    "é غنی",
    "\udcff",  # a byte that is not UTF-8, as Python reads it from argv
    "5",
    "05",
    "+5",
    "-1",
    "0",
    "7_0",
    " 9",
    "1e3",
    "99999999999999999999",
    "100001",
    "abc",
    "a//b/./c",
    "/nonexistent/dir/x",
    str(REPO / "rounds"),
    "TEXT",
    "markdown",
    "json",
    "year",
    "Quarter",
    5,
    0,
    True,
    False,
    ("x", "05"),
    [],
)


def _parameters() -> Iterator[tuple[str, Any, Any]]:
    """Every parameter of every command, with a context of its command."""
    root: Any = get_command(build_app())

    def walk(command: Any, path: str, parent: typer.Context | None) -> Iterator[Any]:
        ctx = typer.Context(command, info_name=path, parent=parent)
        for param in [*command.params, command.get_help_option(ctx)]:
            if param is not None and hasattr(param, "type_descriptor"):
                yield path, param, ctx
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}", ctx)

    yield from walk(root, "jcpoa-tracker", None)


def _outcome(convert: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        got = convert(value, param, ctx)
    except Exception as error:
        return "error", f"{type(error).__name__}: {error}"
    return type(got).__name__, [(type(v), v) for v in got] if isinstance(got, list) else got


def test_light_converters_agree_with_typers_on_every_option() -> None:
    checked = kinds = 0
    seen: set[str] = set()
    for path, param, ctx in _parameters():
        param._runtime_param = None
        light(param)
        fast = param._runtime_param
        if fast is None:
            continue  # Typer converts this one itself
        kinds += 1
        seen.add(repr(param.type_descriptor.annotation))
        typers = build_runtime_param(param.type_descriptor)
        values = list(SAMPLES)
        annotation = param.type_descriptor.annotation
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            values += [*annotation, *(m.value.upper() for m in annotation)]
        for value in values:
            ours = _outcome(fast._coerce_value, value, param, ctx)
            theirs = _outcome(typers._coerce_value, value, param, ctx)
            assert ours == theirs, (path, param.name, value)
            checked += 1
    assert kinds > 300 and checked > 9000
    assert {"<class 'str'>", "<class 'int'>", "<class 'pathlib.Path'>", "list[str]"} <= seen
    assert any(kind.startswith("<enum") for kind in seen)


def test_typer_still_words_the_errors() -> None:
    result = runner.invoke(build_app(()), ["quotes", "x", "--limit", "-1"])
    assert result.exit_code == 2
    assert "Invalid value for '--limit': Input should be greater than or equal to 0" in (
        result.stderr
    )
    result = runner.invoke(build_app(()), ["trends", "--period", "decade"])
    assert result.exit_code == 2 and "Invalid value for '--period'" in result.stderr


# -- the title and time zone without the YAML stack ----------------------------------

TITLE_LINES = (
    "title: Plastics treaty talks",
    "title: Plastics treaty talks   # what the reports call it",
    "title: 'Iran''s talks'",
    'title: "Iran \\"nuclear\\" talks"  # quoted',
    "title: Ünïcode ترجمه talks",
    "title: C# talks #1",
    'title: "A\\tB"',
    "title: talks: round two",
    "title: yes",
    "title: 2015",
    "title: ~",
    "title:",
    'title: ""',
    "title: >-\n  Folded\n  title",
    "title: Two\n  lines",
    "title:\n  Indented",
    "title: [a, b]",
    "title: &name anchored",
    "title: !!str tagged",
    "title: One\ntitle: Two",
    "title: bell \x07",
    "---\ntitle: After a marker",
)


@pytest.mark.parametrize("line", TITLE_LINES)
def test_the_cheap_reader_finds_the_title_the_parser_finds(tmp_path: Path, line: str) -> None:
    """On a file with nothing else wrong, the title by the line (or, when the
    line has any other shape, by the parser) is the configuration's."""
    from jcpoa_tracker.cli.dataset_yaml import _UNSURE, _title, dataset_timezone, dataset_title
    from jcpoa_tracker.config_file import load_config

    (tmp_path / "dataset.yaml").write_text(
        f"# a dataset\n{line}\ndefaults:\n  timezone: Europe/Zurich\n", encoding="utf-8"
    )
    config, problems = load_config(tmp_path)
    assert dataset_title(tmp_path) == (None if problems else config.title)
    assert dataset_timezone(tmp_path) == "Europe/Zurich"
    # The common shapes are read from the line, without the parser.
    by_line = _title((tmp_path / "dataset.yaml").read_text(encoding="utf-8")) != _UNSURE
    assert by_line == (TITLE_LINES.index(line) < 6), line


def test_a_data_dir_without_dataset_yaml_has_no_title(tmp_path: Path) -> None:
    from jcpoa_tracker.cli.dataset_yaml import dataset_timezone, dataset_title

    assert dataset_title(tmp_path) is None and dataset_timezone(tmp_path) is None


# -- smaller costs off the warm paths ------------------------------------------------


def test_the_version_is_the_installed_metadata_without_importlib_metadata() -> None:
    from importlib.metadata import version

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, jcpoa_tracker as j; print(j.__version__, "
            "'importlib.metadata' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.stdout.split() == [version("jcpoa-tracker"), "False"]


def test_the_version_comes_from_the_first_dist_info_on_the_path(tmp_path, monkeypatch) -> None:
    import jcpoa_tracker

    info = tmp_path / "jcpoa_tracker-9.8.7.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: jcpoa-tracker\nVersion: 9.8.7\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path), *sys.path])
    assert jcpoa_tracker.__version__ == "9.8.7"


def test_the_charts_escape_text_as_the_xml_library_does() -> None:
    from xml.sax.saxutils import escape as xml_escape

    from jcpoa_tracker.render.charts import _ATTR_QUOTES, escape

    for text in ("a < b & c > d", "\"quoted\" 'single'", "&amp; already", "ایران", ""):
        assert escape(text) == xml_escape(text)
        assert escape(text, _ATTR_QUOTES) == xml_escape(text, _ATTR_QUOTES)


@pytest.mark.parametrize("args", [["status"], ["trends"], ["timeline", "--since", "2025"]])
def test_a_warm_report_given_no_written_date_imports_no_dateutil(args, tmp_path) -> None:
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path), "JCPOA_TRACKER_TODAY": "2021-06-28"}
    _imported(*args, **env)
    modules = _imported(*args, **env)
    assert not {"dateutil", "pydantic", "importlib.metadata", "urllib.request"} & modules
    # The bundled data's time zone is UTC: no time zone database to read.
    assert "zoneinfo" not in modules
    # Nor what costs a warm run more than it gives: OpenSSL (hashlib; the
    # small digests use CPython's own), statistics (decimal, fractions),
    # calendar and pickle.py (the store uses the C unpickler).
    assert not {"hashlib", "_hashlib", "statistics", "calendar", "pickle"} & modules


def test_a_warm_briefing_imports_neither_the_comparison_nor_the_schema(tmp_path) -> None:
    """A briefing shows changes (``report.changes``) but compares nothing
    unless its window is a revision range: ``report.diff``, the schema and
    the YAML reader stay off its start-up."""
    env = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path), "JCPOA_TRACKER_TODAY": "2021-06-28"}
    _imported("briefing", **env)
    modules = _imported("briefing", **env)
    assert "jcpoa_tracker.report.changes" in modules  # the listing holds the briefing's
    comparing = {"jcpoa_tracker.report.diff", "jcpoa_tracker.render.diff"}
    reading = {"yaml", "jcpoa_tracker.schema", "jcpoa_tracker.fields"}
    assert not (comparing | reading) & modules
