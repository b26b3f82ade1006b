"""`diff` on temporary git repositories with real commits, the engine on
datasets, and the reading of git objects."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import subprocess
import tempfile
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from jcpoa_tracker import readings
from jcpoa_tracker.cli import app
from jcpoa_tracker.gitdata import (
    GitError,
    Repository,
    _read_blobs,
    extract_revision,
    locate,
    read_revision,
    resolve_revision,
)
from jcpoa_tracker.loader import load
from jcpoa_tracker.model import Dataset
from jcpoa_tracker.provenance import file_hash
from jcpoa_tracker.render.diff import diff_rich
from jcpoa_tracker.report.diff import (
    Change,
    DataDiff,
    Side,
    diff_data,
    diff_records,
)
from tests.conftest import DATA, GIT_ENV, GitRepo, git

runner = CliRunner()


ROUND_R7 = """
    rounds:
      - id: vienna-r7
        track: vienna
        title: Seventh round
        start: 2021-11-29
        end: {end}
        location: Vienna, Austria
        sticking_points:
          - id: basis-of-talks
            title: Basis of talks
            status: {status}
        sources:
          - url: https://example.org/r7
"""
STATEMENT = """
    statements:
      - id: blinken-2021-06-25-cant-put-a-date
        speaker: blinken
        date: 2021-06-25
        role: US Secretary of State
        text: {text}
        verified: true
        topics: [timeline]
        sources:
          - url: https://example.org/news/blinken
            outlet: {outlet}
"""
MILESTONE = """
    milestones:
      - id: enrich-60pct
        date: 2021-04-13
        kind: nuclear-step
        title: Iran announces 60% enrichment
        sources:
          - url: https://example.org/60
"""


def round_r7(end: str = "2021-12-03", status: str = "open") -> str:
    return ROUND_R7.format(end=end, status=status)


def statement(text: str = "There will come a point.", outlet: str = "The National") -> str:
    return STATEMENT.format(text=text, outlet=outlet)


@pytest.fixture
def repo(tmp_path: Path, write_rounds) -> GitRepo:
    repo = GitRepo(tmp_path, write_rounds)
    repo.commit({"tracks/vienna/vienna-r7.yaml": round_r7()}, "first")
    return repo


def diff(*args: str, data: Path | None = None, today: str = "2021-12-10"):
    extra = ["--data-dir", str(data)] if data is not None else []
    return runner.invoke(
        app,
        ["diff", *args, *extra],
        env={"JCPOA_TRACKER_TODAY": today, "GITHUB_ACTIONS": ""},
    )


# --- records, field by field ------------------------------------------------


def test_a_changed_round_is_shown_field_by_field(repo: GitRepo) -> None:
    repo.commit(
        {"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17", status="narrowed")}, "r7"
    )
    result = diff("HEAD~1", "HEAD", data=repo.data)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  ~ round vienna-r7: end 2021-12-03 -> 2021-12-17" in lines
    assert "  ~ round vienna-r7: sticking point basis-of-talks: status open -> narrowed" in lines
    assert "0 added, 0 removed, 1 changed (round: 1 changed)" in lines
    assert "HEAD~1" in lines[0] and "-> HEAD (" in lines[0]
    assert "0 added, 0 removed, 1 changed" in result.stderr


def test_list_items_are_added_and_removed_and_keyed_items_matched(write_rounds) -> None:
    before = write_rounds({"tracks/vienna/vienna-r7.yaml": round_r7()})
    old = load([before]).dataset
    changed = (
        round_r7().replace(
            "            status: open\n",
            "            status: open\n            raised_by: [us]\n"
            "          - id: sanctions\n            title: Sanctions\n            status: open\n",
        )
        + "        delegations:\n          us: blinken\n"
    )
    after = write_rounds({"tracks/vienna/vienna-r7.yaml": changed})
    changes, moves = diff_records(old, load([after]).dataset)
    assert moves == ()
    (entry,) = changes
    shown = [(f.label, str(f.op), f.before, f.after) for f in entry.fields]
    assert shown == [
        ("delegations", "added", None, "us: blinken"),
        ("sticking point basis-of-talks: raised_by", "added", None, "us"),
        ("sticking_points", "added", None, "sanctions: Sanctions [open]"),
    ]
    assert entry.fields[1].field == "sticking_points[basis-of-talks].raised_by"


def test_a_removed_record_and_a_changed_id(repo: GitRepo) -> None:
    repo.commit({"milestones/2021/2021-04-13-enrich-60pct.yaml": MILESTONE}, "m")
    (repo.data / "milestones/2021/2021-04-13-enrich-60pct.yaml").unlink()
    renamed = round_r7().replace("id: vienna-r7", "id: vienna-round-7")
    repo.write({"tracks/vienna/vienna-r7.yaml": renamed})
    result = diff("HEAD", data=repo.data)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "1 added, 2 removed, 0 changed (round: 1 added, 1 removed; milestone: 1 removed)" in lines
    )
    assert any(line.startswith("  + round vienna-round-7: Seventh round") for line in lines)
    assert any(line.startswith("  - round vienna-r7: Seventh round") for line in lines)
    assert (
        "  - milestone enrich-60pct: 2021-04-13 [nuclear-step] Iran announces 60% enrichment "
        "(rounds/milestones/2021/2021-04-13-enrich-60pct.yaml)"
    ) in lines


def test_a_moved_file_is_not_a_change(repo: GitRepo) -> None:
    repo.git("mv", "rounds/tracks/vienna/vienna-r7.yaml", "rounds/tracks/vienna/r7.yaml")
    repo.git("commit", "--quiet", "-m", "rename")
    result = diff("HEAD~1", "HEAD", "--exit-code", data=repo.data)
    assert result.exit_code == 0, result.stdout
    assert "0 added, 0 removed, 0 changed; 1 moved to another file unchanged" in result.stdout
    assert (
        "  round vienna-r7: rounds/tracks/vienna/vienna-r7.yaml -> rounds/tracks/vienna/r7.yaml"
    ) in result.stdout.splitlines()


def test_a_record_moved_and_changed_says_both(repo: GitRepo) -> None:
    (repo.data / "tracks/vienna/vienna-r7.yaml").unlink()
    repo.write({"tracks/vienna/r7.yaml": round_r7(end="2021-12-17")})
    lines = diff("HEAD", data=repo.data).stdout.splitlines()
    assert (
        "  ~ round vienna-r7: file rounds/tracks/vienna/vienna-r7.yaml -> "
        "rounds/tracks/vienna/r7.yaml"
    ) in lines
    assert "  ~ round vienna-r7: end 2021-12-03 -> 2021-12-17" in lines


# --- new statements ---------------------------------------------------------------


def test_a_new_statement_is_a_quote_with_its_citation(repo: GitRepo) -> None:
    repo.commit({"statements/2021/2021-06-25-blinken.yaml": statement()}, "statement")
    text = diff("HEAD~1", "HEAD", data=repo.data).stdout.splitlines()
    start = text.index(
        "  + statement blinken-2021-06-25-cant-put-a-date "
        "(rounds/statements/2021/2021-06-25-blinken.yaml)"
    )
    assert text[start + 1 : start + 4] == [
        '      "There will come a point."',
        "      -- Antony Blinken, US Secretary of State, 25 June 2021",
        "      source: https://example.org/news/blinken (The National)",
    ]
    markdown = diff("HEAD~1", "HEAD", "--format", "markdown", data=repo.data).stdout
    assert "### Added (1)" in markdown
    assert (
        "  > There will come a point.\n"
        "  >\n"
        "  > — Antony Blinken, US Secretary of State, 25 June 2021\n"
        "  > source: <https://example.org/news/blinken> (The National)\n"
    ) in markdown


def test_markdown_escapes_hostile_data_text(repo: GitRepo) -> None:
    hostile = (
        '"<script>alert(1)</script> **bold** [click](javascript:alert(1)) | cell `code` \\e[31mred"'
    )
    repo.commit(
        {"statements/2021/2021-06-25-blinken.yaml": statement(hostile, outlet='"<img src=x>"')}
    )
    markdown = diff("HEAD~1", "HEAD", "--format", "markdown", data=repo.data).stdout
    for raw in ("<script", "</script", "<img", "**bold", "[click", "| cell", "`code"):
        # each markup character of the data is backslash-escaped, never raw
        assert re.search(r"(?<!\\)" + re.escape(raw), markdown) is None, raw
    assert "\x1b" not in markdown
    assert (
        "  > \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[click\\](javascript:alert(1)) "
        "\\| cell \\`code\\` \\\\x1b\\[31mred"
    ) in markdown
    assert "(\\<img src=x\\>)" in markdown
    text = diff("HEAD~1", "HEAD", data=repo.data).stdout
    assert "\x1b" not in text and "\\x1b[31mred" in text


def test_markdown_folds_long_sections(repo: GitRepo) -> None:
    files = {
        f"milestones/2021/2021-04-{day:02d}-m{day}.yaml": MILESTONE.replace(
            "enrich-60pct", f"m{day}"
        ).replace("2021-04-13", f"2021-04-{day:02d}")
        for day in range(1, 21)
    }
    repo.commit(files)
    markdown = diff("HEAD~1", "HEAD", "--format", "markdown", data=repo.data).stdout
    assert "### Added (20)\n\n<details><summary>Show all 20</summary>\n" in markdown
    assert markdown.count("</details>") == 1


# --- revisions ------------------------------------------------------------------------


def test_default_compares_the_merge_base_with_main_to_the_working_tree(repo: GitRepo) -> None:
    repo.git("checkout", "--quiet", "-b", "new-statement")
    repo.commit({"statements/2021/2021-06-25-blinken.yaml": statement()}, "on the branch")
    repo.git("checkout", "--quiet", "main")
    repo.commit({"milestones/2021/2021-04-13-enrich-60pct.yaml": MILESTONE}, "on main")
    repo.git("checkout", "--quiet", "new-statement")
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})  # not committed
    result = diff(data=repo.data)
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[0]
    assert header.startswith("Data diff: merge base of main and HEAD (")
    assert header.endswith(") -> working tree")
    assert "+ statement blinken-2021-06-25-cant-put-a-date" in result.stdout
    assert "~ round vienna-r7: end 2021-12-03 -> 2021-12-17" in result.stdout
    assert "enrich-60pct" not in result.stdout  # main moved on; the branch did not add it


def test_the_working_tree_includes_new_untracked_files(repo: GitRepo) -> None:
    repo.write({"statements/2021/2021-06-25-blinken.yaml": statement()})
    result = diff("HEAD", data=repo.data)
    assert "+ statement blinken-2021-06-25-cant-put-a-date" in result.stdout
    assert diff("HEAD", "HEAD", data=repo.data).stdout.splitlines()[1] == "No changes to the data."


def test_hidden_and_non_data_files_are_skipped_on_both_sides(repo: GitRepo) -> None:
    hidden = {
        ".drafts/2021-06-25-blinken.yaml": statement(),
        "statements/.2021-06-25-blinken.yaml": statement(),
        "statements/notes.txt": "not data",
    }
    repo.commit(hidden)
    result = diff("HEAD~1", "HEAD", "--exit-code", data=repo.data)
    assert result.exit_code == 0, result.stdout
    assert diff("HEAD~1", data=repo.data).exit_code == 0


def test_a_data_dir_reached_through_a_symbolic_link(repo: GitRepo, tmp_path_factory) -> None:
    link = tmp_path_factory.mktemp("elsewhere") / "rounds"
    link.symlink_to(repo.data, target_is_directory=True)
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})
    result = diff("HEAD", data=link)
    assert result.exit_code == 0, result.stderr
    assert "~ round vienna-r7: end 2021-12-03 -> 2021-12-17" in result.stdout


def test_a_data_dir_at_the_top_of_its_repository(tmp_path: Path, write_rounds) -> None:
    data = write_rounds({})
    repo = GitRepo(data, write_rounds)  # the repository is the data dir itself
    repo.git("add", "--all")
    repo.git("commit", "--quiet", "-m", "data")
    (data / "tracks/vienna/vienna-r7.yaml").write_text(textwrap.dedent(round_r7()))
    result = diff("HEAD", data=data)
    assert result.exit_code == 0, result.stderr
    assert "+ round vienna-r7: Seventh round, 2021-11-29 to 2021-12-03" in result.stdout
    assert "(tracks/vienna/vienna-r7.yaml)" in result.stdout


def test_outside_a_git_repository_is_a_usage_error(write_rounds) -> None:
    data = write_rounds({})
    result = diff(data=data)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"Error: the data dir '{data}' is not inside a git repository" in result.stderr
    assert "Traceback" not in result.stderr
    assert isinstance(result.exception, SystemExit)


def test_an_unknown_revision_is_a_usage_error(repo: GitRepo) -> None:
    result = diff("no-such-branch", data=repo.data)
    assert result.exit_code == 2
    assert "Error: unknown revision 'no-such-branch'" in result.stderr
    assert "fetch-depth: 0" in result.stderr
    assert diff("HEAD", "nope~3", data=repo.data).exit_code == 2


def test_no_main_branch_asks_for_a_revision(repo: GitRepo) -> None:
    repo.git("branch", "--move", "main", "trunk")
    result = diff(data=repo.data)
    assert result.exit_code == 2
    assert "no main branch found (tried main, master, origin/HEAD" in result.stderr
    assert "jcpoa-tracker diff REV_A" in result.stderr
    assert diff("trunk", data=repo.data).exit_code == 0


# --- status impact, formats, exit codes ------------------------------------------


def test_the_status_impact_is_listed(repo: GitRepo) -> None:
    repo.commit({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17", status="narrowed")})
    lines = diff("HEAD~1", "HEAD", data=repo.data, today="2021-12-10").stdout.splitlines()
    start = lines.index("Status report as of 10 December 2021")
    assert lines[start + 1 :] == [
        "  vienna: phase between rounds -> in session (vienna-r7, day 12)",
        "  vienna: last round vienna-r7 (ended 2021-12-03) -> (none)",
        "  vienna: sticking point basis-of-talks open since 2021-12-03 (vienna-r7) -> "
        "open since 2021-11-29 (vienna-r7, on the table)",
    ]
    later = diff("HEAD~1", "HEAD", "--as-of", "2022-01-01", data=repo.data).stdout
    assert (
        "  vienna: sticking point basis-of-talks open since 2021-12-03 (vienna-r7) -> "
        "narrowed since 2021-12-17 (vienna-r7)"
    ) in later.splitlines()


def test_json_shape(repo: GitRepo) -> None:
    repo.commit(
        {
            "tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17"),
            "statements/2021/2021-06-25-blinken.yaml": statement(),
        }
    )
    result = diff("HEAD~1", "HEAD", "--format", "json", data=repo.data)
    document = json.loads(result.stdout)
    assert set(document) == {
        "version",
        "report",
        "from",
        "to",
        "as_of",
        "summary",
        "records",
        "moves",
        "status",
    }
    assert (document["version"], document["report"], document["as_of"]) == (1, "diff", "2021-12-10")
    head = repo.git("rev-parse", "HEAD").strip()
    assert document["to"] == {
        "label": "HEAD",
        "commit": head,
        "files": 5,
        "records": 5,
        "errors": 0,
    }
    assert document["summary"] == {
        "added": 1,
        "removed": 0,
        "changed": 1,
        "moved": 0,
        "by_kind": {
            "round": {"changed": 1, "added": 0, "removed": 0},
            "statement": {"changed": 0, "added": 1, "removed": 0},
        },
    }
    changed, added = document["records"]
    assert changed["fields"] == [
        {
            "field": "end",
            "label": "end",
            "op": "changed",
            "before": "2021-12-03",
            "after": "2021-12-17",
        }
    ]
    assert added["statement"]["speaker_name"] == "Antony Blinken"
    assert added["sources"] == [
        {"url": "https://example.org/news/blinken", "outlet": "The National"}
    ]
    assert {
        "section": "vienna",
        "item": "phase",
        "before": "between rounds",
        "after": "in session (vienna-r7, day 12)",
    } in document["status"]


def test_exit_code_flag(repo: GitRepo) -> None:
    assert diff("HEAD", "--exit-code", data=repo.data).exit_code == 0
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})
    assert diff("HEAD", data=repo.data).exit_code == 0
    assert diff("HEAD", "--exit-code", data=repo.data).exit_code == 1


def test_output_file_is_written_in_the_format_of_its_extension(repo: GitRepo, tmp_path) -> None:
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})
    target = tmp_path / "diff.md"
    result = diff("HEAD", "-o", str(target), data=repo.data)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("## Data changes\n")
    assert diff("HEAD", "-o", str(tmp_path / "diff.xyz"), data=repo.data).exit_code == 2


def test_data_errors_on_one_side_are_a_warning(repo: GitRepo) -> None:
    broken = statement().replace("speaker: blinken", "speaker: blinkn")
    repo.commit({"statements/2021/2021-06-25-blinken.yaml": broken})
    result = diff("HEAD~1", "HEAD", data=repo.data)
    assert result.exit_code == 0
    assert "warning: the data at HEAD has 1 error(s)" in result.stderr
    assert "warning: HEAD (" in result.stdout  # said in the report too
    assert "+ statement blinken-2021-06-25-cant-put-a-date" in result.stdout


def test_help_names_the_arguments_and_exit_code() -> None:
    result = runner.invoke(app, ["diff", "--help"])
    assert result.exit_code == 0
    assert "[REV_A]" in result.stdout and "--exit-code" in result.stdout


# --- properties ---------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load([DATA]).dataset


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_removing_records_is_seen_exactly_both_ways(bundled: Dataset, data) -> None:
    ids = sorted(r.id for r in bundled.records())
    gone = set(data.draw(st.lists(st.sampled_from(ids), max_size=15)))
    smaller = Dataset(
        *(
            [r for r in getattr(bundled, kind) if r.id not in gone]
            for kind in ("actors", "tracks", "rounds", "statements", "milestones")
        )
    )
    removed, moves = diff_records(bundled, smaller)
    assert moves == ()
    assert {(c.change, c.id) for c in removed} == {(Change.REMOVED, i) for i in gone}
    added, _ = diff_records(smaller, bundled)
    assert {(c.change, c.id) for c in added} == {(Change.ADDED, i) for i in gone}
    assert diff_records(bundled, bundled) == ((), ())


@pytest.fixture(scope="module")
def object_store(tmp_path_factory) -> Repository:
    root = tmp_path_factory.mktemp("objects")
    subprocess.run(["git", "init", "--quiet"], cwd=root, env={**os.environ, **GIT_ENV}, check=True)
    return Repository(root=root, prefix="", data_dir=root)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=6))
def test_git_objects_are_read_back_byte_for_byte(object_store: Repository, blobs) -> None:
    ids = []
    for blob in blobs:  # newlines, NULs and "missing"-like text must not confuse the reader
        done = subprocess.run(
            ["git", "hash-object", "-w", "--stdin"],
            cwd=object_store.root,
            input=blob,
            capture_output=True,
            check=True,
        )
        ids.append(done.stdout.decode().strip())
    contents = _read_blobs(object_store, sorted(set(ids)))
    assert [contents[i] for i in ids] == blobs


def test_the_terminal_view_colours_changes_and_shows_markup_literally(repo: GitRepo) -> None:
    repo.commit({"statements/2021/2021-06-25-blinken.yaml": statement('"[bold red]x[/]"')})
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})
    repo.git("add", "--all")
    repo.git("commit", "--quiet", "-m", "r7")
    result = diff_data_between(repo, "HEAD~2", "HEAD")
    plain = io.StringIO()
    Console(file=plain, width=200, color_system=None).print(diff_rich(result, {}))
    assert '      "[bold red]x[/]"' in plain.getvalue().splitlines()
    coloured = io.StringIO()
    Console(file=coloured, width=200, color_system="standard", force_terminal=True).print(
        diff_rich(result, {})
    )
    assert "\x1b[32m  + statement blinken-2021-06-25-cant-put-a-date" in coloured.getvalue()
    assert "\x1b[33m  ~ round vienna-r7: end 2021-12-03 -> 2021-12-17" in coloured.getvalue()


def diff_data_between(repo: GitRepo, rev_a: str, rev_b: str) -> DataDiff:
    """The engine called as a library, without the command line."""
    location = locate(repo.data)
    sides = []
    for typed in (rev_a, rev_b):
        revision = resolve_revision(location, typed)
        loaded = read_revision(location, revision)
        sides.append((loaded.dataset, Side(typed, revision.commit, 0, len(loaded.dataset), 0)))
    (before, before_side), (after, after_side) = sides
    return diff_data(before, after, before_side, after_side, date(2021, 12, 20))


# --- writing a revision out ---------------------------------------------------


def test_a_crafted_tree_cannot_write_outside_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")

    def run(*args: str, stdin: str) -> str:
        done = subprocess.run(
            ["git", *args],
            cwd=root,
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **GIT_ENV},
        )
        return done.stdout.strip()

    blob = run("hash-object", "-w", "--stdin", stdin=STATEMENT.format(text="x", outlet="y"))
    inner = run("mktree", stdin=f"100644 blob {blob}\tevil.yaml\n")
    tree = run("mktree", stdin=f"040000 tree {inner}\t..\n100644 blob {blob}\tok.yaml\n")
    commit = run("commit-tree", tree, "-m", "crafted", stdin="")
    git(root, "update-ref", "refs/heads/main", commit)
    repo = locate(root)
    into = tmp_path / "a" / "b"
    into.mkdir(parents=True)
    assert extract_revision(repo, resolve_revision(repo, "main"), into) == {
        "ok.yaml": file_hash(STATEMENT.format(text="x", outlet="y").encode())
    }
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.yaml")) == [
        "a/b/ok.yaml"
    ]


def test_a_revision_is_written_to_a_temporary_folder_that_is_removed(
    repo: GitRepo, tmp_path: Path, monkeypatch
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    repo.write({"statements/2021/2021-06-25-blinken.yaml": statement()})
    repo.write({"tracks/vienna/vienna-r7.yaml": round_r7(end="2021-12-17")})
    written: list[tuple[Path, list[str]]] = []

    def extract(repo: Repository, revision, into: Path, known) -> dict[str, str]:
        hashes = extract_revision(repo, revision, into, known)
        files = sorted(p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file())
        written.append((into, files))
        return hashes

    monkeypatch.setattr(readings, "extract_revision", extract)
    done = diff("HEAD", data=repo.data)
    assert done.exit_code == 0 and "blinken-2021-06-25-cant-put-a-date" in done.stdout
    assert "round vienna-r7: end 2021-12-03 -> 2021-12-17" in done.stdout
    # only the file whose content differs from the working tree's is written
    ((into, files),) = written
    assert files == ["tracks/vienna/vienna-r7.yaml"]
    assert into.parent == temporary and not into.exists()
    assert list(temporary.iterdir()) == []

    def fail(repo: Repository, revision, into: Path, known) -> dict[str, str]:
        extract(repo, revision, into, known)
        raise GitError("git cannot read the data files: (a test)")

    monkeypatch.setattr(readings, "extract_revision", fail)
    failed = diff("HEAD", data=repo.data)
    assert failed.exit_code == 2 and "(a test)" in failed.stderr
    assert written[-1][1] == ["tracks/vienna/vienna-r7.yaml"]
    assert list(temporary.iterdir()) == []


def test_two_names_a_file_system_cannot_tell_apart_are_a_clear_error(
    repo: GitRepo, tmp_path: Path
) -> None:
    # On a case-insensitive file system, "A.yaml" exists once "a.yaml" is
    # written; a file already in the folder stands for it here.
    location = locate(repo.data)
    into = tmp_path / "into"
    (into / "tracks" / "vienna").mkdir(parents=True)
    (into / "tracks" / "vienna" / "vienna-r7.yaml").write_text("first\n")
    with pytest.raises(GitError, match="upper and lower case"):
        extract_revision(location, resolve_revision(location, "HEAD"), into)
    assert (into / "tracks" / "vienna" / "vienna-r7.yaml").read_text() == "first\n"


def test_no_room_for_the_revision_is_a_clear_error(repo: GitRepo, tmp_path: Path, monkeypatch):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    refused = diff("HEAD", data=repo.data)
    assert refused.exit_code == 2, refused.stderr
    assert f"cannot write the data at HEAD to the temporary folder {not_a_folder}" in refused.stderr
    assert "set TMPDIR to a folder with room" in refused.stderr

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))

    def full(repo: Repository, revision, into: Path, known) -> dict[str, str]:
        extract_revision(repo, revision, into, known)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(readings, "extract_revision", full)
    for command in (["diff", "HEAD"], ["briefing", "--since-ref", "HEAD"]):
        done = runner.invoke(
            app,
            [*command, "--data-dir", str(repo.data)],
            env={"JCPOA_TRACKER_TODAY": "2021-12-10", "GITHUB_ACTIONS": ""},
        )
        assert done.exit_code == 2, done.stderr
        assert "(No space left on device); free some space there" in done.stderr
        assert "Traceback" not in done.stderr
        assert list(temporary.iterdir()) == []
