"""Every example the documentation shows, run as a user would type it: from
bash, through the installed console script, on the bundled data, in a
scratch folder.  Each must exit 0 and produce something (output or the file
it names).  A few are skipped, each for a stated reason (they need a git
history, a file the reader writes first, or they change the data)."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from tests.conftest import REPO
from tests.test_cli import _console_script, _cron_env

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

# Examples not run here, and why (a regular expression on the command's
# arguments).  The scratch folder's ./rounds is the checkout's own data (a
# link, so that git revisions resolve): nothing may write to it.
SKIPPED = {
    r"^diff\b": "compares git revisions; tests/test_diff.py runs it in scratch repositories",
    r"^(add|set)\b(?!.*--dry-run)": "writes to the data (the README's --dry-run forms are run)",
    r"^fmt( rounds\S*)?$": "rewrites data files in place (fmt --check is run)",
    r"--install-completion": "changes the user's shell start-up files",
    r"^watch\b": "starts, asks or stops a background watcher; tests/test_watch.py runs each",
    r"--template weekly": "needs a template the reader writes first",
    r"\bURL\b|\.\.\.\"|\bNAME\b": "has a placeholder (URL, NAME, ...) for the reader to fill in",
}


def _commands(text: str) -> list[str]:
    """The jcpoa-tracker commands of a page's shell blocks, continuation
    lines joined, comments and what follows a pipe left out."""
    found = []
    for block in re.findall(r"```(?:sh|bash|console)\n(.*?)```", text, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip()
            if not line.startswith("jcpoa-tracker "):
                continue
            line = re.sub(r"\s+#.*$", "", line.split(" | ", 1)[0]).strip()
            line = line.split(" > ", 1)[0].strip()
            found.append(line)
    return found


def _documented() -> list[tuple[str, str]]:
    examples = []
    for page in PAGES:
        for command in _commands(page.read_text(encoding="utf-8")):
            examples.append((page.name, command))
    return list(dict.fromkeys(examples))


def _help_examples() -> list[tuple[str, str]]:
    """The 'Example(s):' lines of every command's help."""
    runner = CliRunner()
    examples = []
    for command in app.registered_commands:
        page = " ".join(runner.invoke(app, [command.name or "", "--help"]).stdout.split())
        for found in re.findall(r"Examples?: (.*?)(?:$| {2}|Arguments:|Options:)", page):
            for example in found.split("; "):
                examples.append((f"{command.name} --help", f"jcpoa-tracker {example.strip()}"))
    return examples


def _query_table() -> list[tuple[str, str]]:
    """Each query of docs/search.md's table, and of its prose ("quotes ...")."""
    page = (REPO / "docs" / "search.md").read_text(encoding="utf-8")
    table = page.split("## The query", 1)[1].split("\n\n", 2)[1]
    queries = [
        query
        for row in table.splitlines()[2:]
        for query in re.findall(r"`([^`]+)`", row.split(" | ")[0])
    ]
    examples = [("search.md table", f"jcpoa-tracker quotes {shlex.quote(q)}") for q in queries]
    prose = re.findall(r"`(quotes [^`]+)`", page)
    examples += [("search.md prose", f"jcpoa-tracker {example}") for example in prose]
    return examples


def _skip_reason(command: str) -> str | None:
    rest = command.removeprefix("jcpoa-tracker ")
    return next((why for pattern, why in SKIPPED.items() if re.search(pattern, rest)), None)


# Each command once, under the first page that shows it.
EXAMPLES = list(
    {
        command: (source, command)
        for source, command in reversed(_documented() + _help_examples() + _query_table())
    }.values()
)[::-1]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder with ./rounds (the bundled data), a private cache and a
    pinned today, where examples may write their files."""
    folder = tmp_path_factory.mktemp("examples")
    (folder / "rounds").symlink_to(REPO / "rounds", target_is_directory=True)
    if (REPO / "examples").is_dir():  # other datasets the docs show
        (folder / "examples").symlink_to(REPO / "examples", target_is_directory=True)
    (folder / "briefings").mkdir()
    env = _cron_env(
        JCPOA_TRACKER_CACHE_DIR=str(tmp_path_factory.mktemp("examples-cache")),
        JCPOA_TRACKER_TODAY="2026-06-24",  # two days after a round: every report has news
        PATH=f"{Path(_console_script()).parent}:/usr/bin:/bin",
        GITHUB_ACTIONS="",
    )
    return folder, env


def test_examples_were_found() -> None:
    sources = {source for source, _ in EXAMPLES}
    assert {"README.md", "search.md table", "reports.md", "quotes --help"} <= sources
    assert sum(1 for source, _ in EXAMPLES if source == "search.md table") >= 8
    assert len(EXAMPLES) > 60


@pytest.mark.parametrize(("source", "command"), EXAMPLES, ids=lambda v: str(v)[:70])
def test_documented_example_runs_and_finds_something(source: str, command: str, scratch) -> None:
    reason = _skip_reason(command)
    if reason:
        pytest.skip(reason)
    folder, env = scratch
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert done.returncode == 0, f"{source}: {command}\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
    args = shlex.split(command)
    if args[1] == "init":  # a new dataset folder, with its files
        assert any((folder / args[2]).rglob("*.yaml")), f"{source}: {command} made nothing"
        return
    written = [
        args[i + 1] for i, arg in enumerate(args[:-1]) if arg in ("-o", "--output", "--plot")
    ]
    for name in written:
        if name != "-":
            path = folder / re.sub(r"\$\(date \+%F\)", "*", name)
            matches = list(folder.glob(str(path.relative_to(folder))))
            assert matches and all(m.stat().st_size > 0 or m.is_dir() for m in matches), (
                f"{source}: {command} wrote nothing to {name}"
            )
    if not written or "-" in written:
        produced = done.stdout.strip() or "validate" in command or "fmt --check" in command
        assert produced, f"{source}: {command} printed nothing"
