"""The terminal views as a person sees them: through the installed console
script in a real pseudo-terminal at 80 and 120 columns (goldens), the width
taken from the terminal or $COLUMNS even under TERM=dumb, plain metavars
and one error style in help, "wrote FILE" on a terminal, and failed or
closed standard output in every command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from tests.conftest import DATA
from tests.terminal import in_terminal, plain
from tests.test_cli import _console_script, _cron_env

GOLDEN = Path(__file__).parent / "golden" / "terminal"
SCRIPT = _console_script()

VIEWS = {
    "status": ["status", "--as-of", "2021-12-05"],
    "timeline": ["timeline", "--since", "2021-11", "--until", "2022-09"],
    "trends": ["trends", "--period", "quarter", "--since", "2021", "--until", "2022"],
    "speakers": ["speakers", "--until", "2022"],
    "quotes": ["quotes", "sanctions", "--limit", "3"],
}


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The bundled data copied out of git into ./rounds of a scratch folder
    (the views' data footer then names no commit, so the goldens hold)."""
    folder = tmp_path_factory.mktemp("terminal")
    shutil.copytree(DATA, folder / "rounds")
    return _cron_env(
        TERM="xterm-256color",
        JCPOA_TRACKER_TODAY="2026-11-23",
        JCPOA_TRACKER_CACHE_DIR=str(tmp_path_factory.mktemp("terminal-cache")),
        SCRATCH=str(folder),
    )


def shown(args: list[str], columns: int, env: dict[str, str]) -> str:
    code, out = in_terminal(
        [SCRIPT, *args], columns=columns, env=env, cwd=Path(env["SCRATCH"]), stderr_tty=False
    )
    assert code == 0, out
    return plain(out)


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("view", list(VIEWS))
def test_views_in_a_real_terminal(view: str, columns: int, environment) -> None:
    text = shown(VIEWS[view], columns, environment)
    # Nothing wider than the terminal, but a source URL, printed whole so that
    # it can be copied or clicked (the terminal folds it).
    lines = [line for line in text.splitlines() if not line.strip().startswith("http")]
    assert max(len(line) for line in lines) <= columns
    assert "…" not in text  # nothing cut with an ellipsis: ids and statuses wrap
    path = GOLDEN / f"{view}.{columns}.txt"
    if os.environ.get("UPDATE_GOLDENS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_status_lines_wrap_under_their_own_text(environment) -> None:
    lines = shown(VIEWS["status"], 80, environment).splitlines()
    # Every line under a track heading is indented: nothing wraps to column 0.
    body = [line for line in lines if line and not line.startswith(("Status", "Based on"))]
    headings = {line for line in body if not line.startswith(" ")}
    assert all(not h.endswith((",", ";")) for h in headings)
    assert len(headings) < 10 and "Vienna talks on restoring the JCPOA (2021-22)" in headings


def test_timeline_years_share_one_set_of_columns(environment) -> None:
    lines = shown(VIEWS["timeline"], 80, environment).splitlines()
    starts = {
        re.search(r"\S+\s+\S+\s+", line).end()  # type: ignore[union-attr]
        for line in lines
        if re.match(r"\d{4}-\d\d-\d\d(\.\.\S+)? {2,}", line)
    }
    assert len(starts) == 1  # the text column starts at one place in 2021 and 2022


def test_speaker_ids_are_whole_at_80_columns(environment) -> None:
    text = shown(VIEWS["speakers"], 80, environment)
    for ident in ("araghchi", "bagheri-kani", "amir-abdollahian", "ulyanov"):
        # On its own line under the name, whole.
        assert re.search(rf"^ \S.*\n {re.escape(ident)} ", text, re.M), ident


def test_term_dumb_takes_the_width_of_the_window(environment) -> None:
    dumb = {**environment, "TERM": "dumb"}
    dumb.pop("COLUMNS", None)
    wide = shown(VIEWS["trends"], 120, dumb)
    assert max(len(line) for line in wide.splitlines()) > 80
    assert "coded" in wide  # the column kept when there is room
    narrow = shown(VIEWS["trends"], 120, {**dumb, "COLUMNS": "80"})
    assert max(len(line) for line in narrow.splitlines()) <= 80


# -- help and errors -----------------------------------------------------------


def _all_help() -> dict[str, str]:
    runner = CliRunner()
    pages = {"": runner.invoke(app, ["--help"]).stdout}
    for command in app.registered_commands:
        pages[command.name or ""] = runner.invoke(app, [command.name or "", "--help"]).stdout
    for group in app.registered_groups:
        name = group.name or ""
        pages[name] = runner.invoke(app, [name, "--help"]).stdout
        for command in group.typer_instance.registered_commands:
            args = [name, command.name or "", "--help"]
            pages[" ".join(args[:2])] = runner.invoke(app, args).stdout
    return pages


def test_help_shows_ordinary_metavars_and_none_for_flags() -> None:
    pages = _all_help()
    assert len(pages) > 15
    for name, page in pages.items():
        assert not re.search(r"<(bool|str|int|float|list|path|text|choice)\b", page), name
        assert "[[" not in page and "{" not in page.splitlines()[0], name
        flags = r"--(verified-only|cite|no-cache|strict|statements|dry-run|check|force)"
        assert not re.search(flags + r" [A-Z<\[]", page), name
    quotes = pages["quotes"]
    for shown_option in ("--since DATE", "-o, --output FILE", "--limit N", "--round ID"):
        assert shown_option in quotes
    assert "-f, --format text|markdown|json|csv" in quotes
    assert "Usage: root quotes [OPTIONS] [QUERY]..." in quotes or "[QUERY]..." in quotes
    assert "[REV_A] [REV_B]" in pages["diff"]


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--bogus"],
        ["status", "--width", "10"],
        ["status", "--as-of", "nope"],
        ["quotes", "--limit", "x"],
        ["set", "round"],
        ["trends", "--period", "decade"],
    ],
)
def test_one_error_style_for_every_user_error(args: list[str], tmp_path: Path) -> None:
    completed = subprocess.run(
        [SCRIPT, *args],
        cwd=tmp_path,
        env=_cron_env(JCPOA_TRACKER_DATA=str(DATA)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    last = completed.stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith("Error: ")
    assert not re.search("[╭╰│─]", completed.stderr)  # no boxes


def test_plot_series_unknown_lists_what_exists(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "trends",
            "--data-dir",
            str(DATA),
            "--plot",
            str(tmp_path / "x.svg"),
            "--plot-series",
            "x",
        ],
    )
    assert result.exit_code == 2
    assert "tone, statements, session-days, rounds, enrichment-level" in result.stderr


def test_wrote_file_on_a_terminal_and_quiet_otherwise(environment, tmp_path: Path) -> None:
    target = tmp_path / "s.md"
    code, out = in_terminal([SCRIPT, "status", "-o", str(target)], columns=80, env=environment)
    assert code == 0 and f"wrote {target}" in plain(out)
    completed = subprocess.run(
        [SCRIPT, "status", "-o", str(tmp_path / "t.md")],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0 and "wrote" not in completed.stderr
    plot = tmp_path / "p.svg"
    code, out = in_terminal(
        [SCRIPT, "trends", "--plot", str(plot), "-o", str(tmp_path / "t.json")],
        columns=80,
        env=environment,
    )
    assert code == 0 and f"wrote {plot}" in plain(out) and "t.json" in plain(out)


# -- standard output that fails or closes --------------------------------------

COMMANDS = [
    "status",
    "quotes sanctions",
    "quote araghchi-2021-06-20-closer-than-ever",
    "speakers",
    "timeline",
    "trends",
    "briefing",
    "schema",
    "validate --format json",
    "export --to jsonl -o -",
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_disk_is_one_line_and_exit_2(command: str, environment) -> None:
    done = subprocess.run(
        ["bash", "-c", f"{SCRIPT} {command} > /dev/full"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    errors = [
        line
        for line in done.stderr.splitlines()
        if line.startswith(("Error", "Traceback", "Exception", "jcpoa-tracker:"))
    ]
    assert errors == ["Error: cannot write to standard output: No space left on device"]


@pytest.mark.parametrize("command", ["quotes --limit 0 -f json", "export --to jsonl -o -"])
def test_a_closed_pipe_ends_quietly(command: str, environment) -> None:
    done = subprocess.run(
        ["bash", "-c", f"{SCRIPT} {command} | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "0"
    assert [line for line in done.stderr.splitlines() if not line.startswith("warning:")] == []
