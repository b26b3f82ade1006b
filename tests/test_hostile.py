"""A hostile pull request's files: symbolic links, special files, huge and
unreadable files.  Never followed, never read, never echoed; each is an
error located at its own path, in every command (docs/data-format.md,
"Links and special files")."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.datadir import MAX_FILE_BYTES
from tests.conftest import BASE as BASE_FILES
from tests.test_add import add_statement

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()

SECRET = "AWS_SECRET_ACCESS_KEY=hunter2-never-print-me"
STATEMENT = """
    statements:
      - id: blinken-2021-06-25-differences
        speaker: blinken
        date: 2021-06-25
        text: Serious differences remain.
        tone: -1
        verified: true
        sources:
          - url: https://example.org/remarks
"""
STATEMENT_FILE = "statements/2021/2021-06-25-blinken.yaml"

# Every command that reads the data, as a user would run it.
READERS = [
    ["validate"],
    ["validate", "--format", "json"],
    ["validate", "--format", "github"],
    ["fmt", "--check"],
    ["status", "--as-of", "2021-06-28"],
    ["status", "--as-of", "2021-06-28", "--no-cache"],
    ["quotes", "differences"],
    ["quotes", "differences", "--no-cache"],
    ["quote", "blinken-2021-06-25-differences"],
    ["speakers"],
    ["timeline", "--statements"],
    ["trends", "--since", "2021"],
    ["briefing", "--as-of", "2021-06-28", "--since", "7d"],
]


# Searches answer from the readable files, warning about the others (exit 0).
SEARCHES = {"quotes", "quote", "speakers"}


def expected_code(args: list[str]) -> int:
    return 0 if args[0] in SEARCHES else 1


def run(root: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command in its own process (a hang or a memory blow-up must fail
    the test, not the test run)."""
    return subprocess.run(
        [sys.executable, "-m", "jcpoa_tracker", *args, "--data-dir", str(root)],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO), "JCPOA_TRACKER_TODAY": "2021-06-28"},
        cwd=root.parent,
        check=False,
    )


def invoke(root: Path, *args: str):
    return runner.invoke(app, [*args, "--data-dir", str(root)], env={"NO_COLOR": "1"})


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    outside = tmp_path / "vault"
    outside.mkdir()
    path = outside / "credentials.yaml"
    path.write_text(f"{SECRET}\nstatements: []\n", encoding="utf-8")
    return path


def assert_located(result, shown: str, rule: str) -> None:
    output = result.stdout + result.stderr
    assert f"{shown}:1:1: error:" in output, output
    assert f"[{rule}]" in output, output


def test_a_link_to_a_file_outside_is_an_error_and_never_read(write_rounds, secret) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    link = root / "statements/2021/2021-06-26-leak.yaml"
    link.symlink_to(secret)
    for args in READERS:
        result = run(root, *args)
        output = result.stdout + result.stderr
        assert "hunter2" not in output, args
        assert "credentials" not in output and "vault" not in output, args
        assert "Traceback" not in output, args
        assert result.returncode == expected_code(args), (args, output)
        if args[0] in ("validate", "fmt", "quotes"):
            assert "2021-06-26-leak.yaml" in output, args
    result = run(root, "validate")
    assert_located(result, "rounds/statements/2021/2021-06-26-leak.yaml", "symlink")
    assert "symbolic link" in result.stdout


def test_proc_self_environ_never_reaches_a_log(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    (root / "statements/2021/x.yaml").symlink_to("/proc/self/environ")
    for args in (["validate"], ["fmt", "--check"], ["validate", "--format", "github"]):
        result = run(root, *args)
        assert "PYTHONPATH" not in result.stdout + result.stderr, args
        assert result.returncode == 1


def test_a_link_inside_the_data_dir_is_refused_too(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    (root / "statements/2021/copy.yaml").symlink_to(root / STATEMENT_FILE)
    (root / "statements/linked").symlink_to(root / "statements/2021", target_is_directory=True)
    result = run(root, "validate")
    assert_located(result, "rounds/statements/2021/copy.yaml", "symlink")
    assert_located(result, "rounds/statements/linked", "symlink")
    assert "duplicate-id" not in result.stdout  # neither link was read


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/stdin", "/dev/urandom"])
def test_a_link_to_a_device_is_not_read(write_rounds, target: str) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    (root / "statements/2021/dev.yaml").symlink_to(target)
    for args in (["validate"], ["status"], ["quotes", "differences"], ["fmt", "--check"]):
        result = run(root, *args, timeout=30)
        assert result.returncode == expected_code(args), (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_fifo_named_like_a_data_file_never_blocks(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    os.mkfifo(root / "statements/2021/pipe.yaml")
    for args in (["validate"], ["status"], ["quotes", "differences"], ["briefing"], ["fmt"]):
        result = run(root, *args, timeout=30)
        assert result.returncode == expected_code(args), (args, result.stderr)
    result = run(root, "validate")
    assert_located(result, "rounds/statements/2021/pipe.yaml", "special-file")
    assert "FIFO" in result.stdout


def test_a_link_loop_and_a_dangling_link_are_located(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    folder = root / "statements/2021"
    (folder / "a.yaml").symlink_to(folder / "b.yaml")
    (folder / "b.yaml").symlink_to(folder / "a.yaml")
    (folder / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    for args in READERS:
        result = run(root, *args)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode == expected_code(args), (args, result.stderr)
    result = run(root, "validate")
    for name in ("a", "b", "gone"):
        assert_located(result, f"rounds/statements/2021/{name}.yaml", "symlink")


def test_an_oversized_file_is_an_error_naming_the_limit(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    big = root / "statements/2021/big.yaml"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    result = invoke(root, "validate")
    assert result.exit_code == 1
    assert "larger than the limit of 8 MiB" in result.stdout
    assert "[file-too-large]" in result.stdout


def test_add_refuses_a_planted_link_and_reads_nothing(write_rounds, secret) -> None:
    root = write_rounds({})
    target = root / STATEMENT_FILE
    target.parent.mkdir(parents=True)
    target.symlink_to(secret)
    before = secret.read_bytes()
    result = add_statement(root)
    assert result.exit_code == 1
    assert "hunter2" not in result.stdout + result.stderr
    assert "symbolic link" in result.stderr
    assert "credentials" not in result.stdout + result.stderr
    assert target.is_symlink() and secret.read_bytes() == before


def test_add_never_writes_into_a_linked_folder(write_rounds, tmp_path: Path) -> None:
    root = write_rounds({})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "statements").mkdir()
    (root / "statements/2021").symlink_to(elsewhere, target_is_directory=True)
    result = add_statement(root)
    assert result.exit_code != 0
    assert "link" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_fmt_leaves_a_link_alone(write_rounds, secret) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    link = root / "statements/2021/leak.yaml"
    link.symlink_to(secret)
    before = secret.read_bytes()
    result = invoke(root, "fmt")
    assert result.exit_code == 1
    assert "[symlink]" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr
    assert link.is_symlink() and secret.read_bytes() == before


def test_set_refuses_a_file_swapped_for_a_link(write_rounds, secret, monkeypatch) -> None:
    from jcpoa_tracker.edit import update

    root = write_rounds({STATEMENT_FILE: STATEMENT})
    real = update.plan_update

    def swap_then_plan(*args, **kwargs):  # the file becomes a link after loading
        path = root / STATEMENT_FILE
        path.unlink()
        path.symlink_to(secret)
        return real(*args, **kwargs)

    monkeypatch.setattr(update, "plan_update", swap_then_plan)
    result = runner.invoke(
        app,
        [
            "set",
            "statement",
            "blinken-2021-06-25-differences",
            "--tone",
            "1",
            "--data-dir",
            str(root),
        ],
    )
    assert result.exit_code == 1, result.stderr
    assert "symbolic link" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr
    assert (root / STATEMENT_FILE).is_symlink()


# --- concurrent writers -------------------------------------------------------


ADDER = """
import sys
import time
from typer.testing import CliRunner
from jcpoa_tracker.cli import app

root, worker = sys.argv[1], sys.argv[2]
for n in range(int(sys.argv[3])):
    result = CliRunner().invoke(app, [
        "add", "statement", "--data-dir", root, "--speaker", "blinken",
        "--date", "2021-06-25", "--id", f"blinken-2021-06-25-w{worker}-{n}",
        "--text", f"Remark {n} of writer {worker}.",
        "--source", "https://example.org/remarks", "--verified",
    ])
    if result.exit_code != 0:
        sys.exit(f"writer {worker}, add {n}: {result.exit_code} {result.stderr}")
"""


def test_parallel_writers_never_lose_a_record(write_rounds) -> None:
    """Two scripts adding to the same speaker-day file at once: every add
    that says it wrote its record did, because writers take turns."""
    root = write_rounds({})
    env = {**os.environ, "PYTHONPATH": str(REPO), "JCPOA_TRACKER_TODAY": "2021-06-28"}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", ADDER, str(root), str(worker), "6"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(3)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    text = (root / STATEMENT_FILE).read_text(encoding="utf-8")
    ids = [line for line in text.splitlines() if line.startswith("  - id: ")]
    assert len(ids) == 18, text
    assert invoke(root, "validate").exit_code == 0


def test_a_writer_gives_up_after_the_lock_timeout(write_rounds) -> None:
    from jcpoa_tracker.edit.lock import data_lock

    root = write_rounds({})
    with data_lock(root, timeout=0):  # another writer, mid-edit
        result = runner.invoke(
            app,
            [
                "fmt",
                "--data-dir",
                str(root),
            ],
            env={"JCPOA_TRACKER_LOCK_TIMEOUT": "0.3"},
        )
        added = runner.invoke(
            app,
            ["add", "track", "--data-dir", str(root), "--id", "geneva", "--title", "Geneva"],
            env={"JCPOA_TRACKER_LOCK_TIMEOUT": "0.3"},
        )
    for outcome in (result, added):
        assert outcome.exit_code == 2, outcome.stderr
        assert "another jcpoa-tracker command" in outcome.stderr
        assert "waited 0.3 s" in outcome.stderr
        assert "changed nothing" in outcome.stderr
    assert not (root / "tracks/geneva").exists()


def test_a_bad_lock_timeout_is_a_usage_error(write_rounds) -> None:
    root = write_rounds({})
    result = runner.invoke(
        app, ["fmt", "--data-dir", str(root)], env={"JCPOA_TRACKER_LOCK_TIMEOUT": "soon"}
    )
    assert result.exit_code == 2
    assert "JCPOA_TRACKER_LOCK_TIMEOUT" in result.stderr


# --- temporary files a killed writer left ------------------------------------


def test_the_next_write_removes_stale_temporaries(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    folder = root / "statements/2021"
    left = [
        folder / ".2021-06-25-blinken.yaml.k1ll3d_x.tmp",
        folder / ".2021-06-24-zarif.yaml.abcdefgh.tmp",
    ]
    for path in left:
        path.write_text("statements:\n  - id: half", encoding="utf-8")
    unrelated = folder / ".notes.tmp"
    unrelated.write_text("mine", encoding="utf-8")
    assert invoke(root, "validate").exit_code == 0  # never read as data
    result = add_statement(root)
    assert result.exit_code == 0, result.stderr
    assert not any(path.exists() for path in left)
    assert unrelated.exists()


def test_a_report_write_removes_its_own_old_temporaries(tmp_path: Path) -> None:
    from jcpoa_tracker.output import STALE_AFTER, write_atomic

    target = tmp_path / "status.md"
    old = tmp_path / ".status.md.abcd1234.tmp"
    new = tmp_path / ".status.md.efgh5678.tmp"  # a live writer's, perhaps
    for path in (old, new):
        path.write_text("half", encoding="utf-8")
    past = time.time() - STALE_AFTER - 1
    os.utime(old, (past, past))
    write_atomic(target, "report")
    assert not old.exists() and new.exists()
    assert target.read_text(encoding="utf-8") == "report"


def test_the_gitignore_ignores_temporaries() -> None:
    lines = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".*.tmp" in lines


# --- validate PATH: every problem the changed files take part in --------------


def _round(ident: str, number: int, start: str, end: str | None) -> str:
    return f"""
        rounds:
          - id: {ident}
            track: vienna
            number: {number}
            title: Round {number}
            start: {start}
            {f"end: {end}" if end else ""}
            sources:
              - url: https://example.org/{ident}
    """


PARTIAL_CASES = {
    "a round moved to overlap another": (
        {"tracks/vienna/a-first.yaml": _round("a-first", 1, "2021-04-06", "2021-04-20")},
        ("tracks/vienna/b-second.yaml", _round("b-second", 2, "2021-04-10", "2021-04-25")),
        "overlap",
    ),
    "the moved round sorts first": (
        {"tracks/vienna/b-first.yaml": _round("b-first", 1, "2021-04-06", "2021-04-20")},
        ("tracks/vienna/a-second.yaml", _round("a-second", 2, "2021-04-01", "2021-04-08")),
        "overlap",
    ),
    "an open round that is not last": (
        {"tracks/vienna/z-later.yaml": _round("z-later", 2, "2021-05-01", "2021-05-10")},
        ("tracks/vienna/a-open.yaml", _round("a-open", 1, "2021-04-06", None)),
        "overlap",
    ),
    "a duplicate round number": (
        {"tracks/vienna/z-round.yaml": _round("z-round", 1, "2021-05-01", "2021-05-10")},
        ("tracks/vienna/a-round.yaml", _round("a-round", 1, "2021-04-01", "2021-04-10")),
        "duplicate-number",
    ),
    "a duplicate id in a file that sorts first": (
        {"statements/2021/2021-06-25-blinken.yaml": STATEMENT},
        ("statements/2021/2021-06-24-blinken.yaml", STATEMENT.replace("06-25\n", "06-24\n")),
        "duplicate-id",
    ),
}


@pytest.mark.parametrize("case", PARTIAL_CASES)
def test_validate_path_reports_what_the_changed_file_takes_part_in(
    write_rounds, monkeypatch, case: str
) -> None:
    unchanged, (changed, text), rule = PARTIAL_CASES[case]
    root = write_rounds({**unchanged, changed: text})
    monkeypatch.chdir(root.parent)
    result = runner.invoke(
        app, ["validate", "--data-dir", "rounds", f"rounds/{changed}"], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 1, result.stdout
    assert f"rounds/{changed}:" in result.stdout and f"[{rule}]" in result.stdout
    other = next(iter(unchanged))
    assert f"rounds/{other}:" in result.stdout  # the message names the other location
    whole = runner.invoke(app, ["validate", "--data-dir", "rounds"], env={"NO_COLOR": "1"})
    for name in (changed, other):  # and the whole check reports it at both
        assert any(
            line.startswith(f"rounds/{name}:") and f"[{rule}]" in line
            for line in whole.stdout.splitlines()
        ), whole.stdout


# --- the last tracebacks ------------------------------------------------------


MILESTONE = """
    milestones:
      - id: iran-step-2
        date: 2019-07-07
        kind: nuclear-step
        title: Enrichment above the cap
        measurements:
          - metric: enrichment-level
            value: {value}
            unit: percent
        sources:
          - url: https://example.org/step-2
"""


@pytest.mark.parametrize("value", ["1e999", "-1e999", "9" * 400])
def test_a_number_too_large_to_store_is_a_located_error(problems_of, value: str) -> None:
    files = {"milestones/2019/2019-07-07-iran-step-2.yaml": MILESTONE.format(value=value)}
    assert problems_of(files) == [("milestones/2019/2019-07-07-iran-step-2.yaml", 8, 16, "type")]


def test_a_whole_number_of_5000_digits_is_a_located_error(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT.replace("tone: -1", "tone: " + "9" * 5000)})
    result = invoke(root, "validate")
    assert result.exit_code == 1
    assert f"{STATEMENT_FILE}:6:11: error: the number 9999" in result.stdout
    for args in (["status", "--as-of", "2021-06-28"], ["quotes", "differences"], ["export"]):
        outcome = invoke(root, *args)
        assert outcome.exception is None or isinstance(outcome.exception, SystemExit), args
        assert "Infinity" not in outcome.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotes", "(" * 5000 + "iran" + ")" * 5000], "nested parentheses"),
        (["quotes", "NOT (" * 3000 + "iran" + ")" * 3000], "nested parentheses or NOTs"),
        (["quotes", "iran", "--limit", "9" * 20], "--limit"),
        (["briefing", "--as-of", "9999-12-31"], "outside the years a report can cover"),
        (["status", "--as-of", "9999-12-31"], "outside the years a report can cover"),
        (["trends", "--as-of", "0001-01-01"], "outside the years a report can cover"),
        (["trends", "--until", "0001-01-01"], "outside the years a report can cover"),
        (["timeline", "--until", "9999-12-31"], "outside the years a report can cover"),
    ],
)
def test_extreme_options_are_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--data-dir", str(REPO / "rounds")])
    assert result.exit_code == 2, (result.stdout, result.stderr, result.exception)
    assert message in result.stderr


def test_fmt_escapes_what_yaml_cannot_hold(write_rounds) -> None:
    text = STATEMENT.replace("Serious differences remain.", '"odd \\uffff and \\ufffe here"')
    root = write_rounds({STATEMENT_FILE: text.replace("        text:", "        text:")})
    result = invoke(root, "fmt")
    assert result.exit_code == 0, result.stderr
    written = (root / STATEMENT_FILE).read_text(encoding="utf-8")
    assert "\\uffff" in written and "\uffff" not in written
    assert invoke(root, "validate").exit_code == 0
    assert invoke(root, "fmt", "--check").exit_code == 0


@pytest.mark.parametrize("content", ["~\n", "null\n", "just words\n"])
def test_fmt_reports_a_file_of_one_value(write_rounds, content: str) -> None:
    root = write_rounds({STATEMENT_FILE: STATEMENT})
    lone = root / "statements/2021/lone.yaml"
    lone.write_text(content, encoding="utf-8")
    result = invoke(root, "fmt")
    assert result.exit_code == 1, result.stderr
    assert "lone.yaml:1:1: error: cannot be reformatted" in result.stderr
    assert lone.read_text(encoding="utf-8") == content


# --- escaping what is echoed --------------------------------------------------

RLO = "\u202e"


def test_github_annotations_show_escape_bytes_of_an_id(write_rounds) -> None:
    text = STATEMENT.replace("id: blinken-2021-06-25-differences", 'id: "bad\\e[31mred\\x07"')
    root = write_rounds({STATEMENT_FILE: text})
    result = invoke(root, "validate", "--format", "github")
    assert result.exit_code == 1
    assert "::error file=" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[31m" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "\x1b[2Jwiped"],
        ["quotes", f"{RLO}desrever"],  # no stem of it in the data
        ["quotes", "iran", "--speaker", "\x1b]0;title\x07"],
        ["quotes", "iran", "--party", f"x{RLO}y"],
        ["quote", "\x1b[31mno-such-id"],
        ["quotes", "iran", "--topic", "\x1b[31m"],
        ["status", "--track", "\x1b[31mvienna"],
    ],
)
def test_what_was_typed_is_never_echoed_raw(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--data-dir", str(REPO / "rounds")])
    assert result.exit_code in (1, 2), (result.stdout, result.stderr)
    output = result.stdout + result.stderr
    assert "\x1b" not in output and "\x07" not in output and RLO not in output
    assert "\\x1b" in output or "\\u202e" in output


def test_bidi_overrides_in_data_are_shown_not_obeyed(write_rounds) -> None:
    text = STATEMENT.replace("Serious differences remain.", f"Serious {RLO}secnereffid remain.")
    root = write_rounds({STATEMENT_FILE: text})
    for args in (
        ["quotes", "serious"],
        ["quotes", "serious", "--format", "markdown"],
        ["quote", "blinken-2021-06-25-differences"],
        ["status", "--as-of", "2021-06-28"],
        ["status", "--as-of", "2021-06-28", "--format", "markdown"],
        ["timeline", "--statements"],
        ["briefing", "--as-of", "2021-06-28", "--format", "text"],
        ["briefing", "--as-of", "2021-06-28", "--format", "markdown"],
        ["briefing", "--as-of", "2021-06-28", "--format", "html"],
    ):
        result = invoke(root, *args)
        assert RLO not in result.stdout, args
    shown = invoke(root, "quote", "blinken-2021-06-25-differences").stdout
    assert "Serious \\u202esecnereffid remain." in shown


# --- the checks the docs promise ----------------------------------------------


def test_an_anchor_without_an_alias_is_refused(problems_of) -> None:
    text = STATEMENT.replace("text: Serious", "text: &quote Serious")
    assert problems_of({STATEMENT_FILE: text}) == [(STATEMENT_FILE, 5, 11, "yaml-alias")]


def test_an_alias_as_a_mapping_key_is_refused(problems_of) -> None:
    text = STATEMENT.replace("text: Serious", "text: &t Serious").replace(
        "        verified: true", "        verified: true\n        *t : extra"
    )
    found = problems_of({STATEMENT_FILE: text})
    assert (STATEMENT_FILE, 5, 11, "yaml-alias") in found  # the anchor
    assert (STATEMENT_FILE, 8, 5, "yaml-alias") in found  # the alias used as a key


def test_an_anchor_and_alias_in_flow_style_right_after_a_colon_are_refused(
    problems_of,
) -> None:
    # libyaml reads {"a":&x 1} as an anchor: no space is needed after ':'
    text = STATEMENT.replace(
        "        sources:\n          - url: https://example.org/remarks",
        '        sources: [{"url":&u "https://example.org/remarks"}, {"url":*u}]',
    )
    found = problems_of({STATEMENT_FILE: text})
    assert (STATEMENT_FILE, 8, 22, "yaml-alias") in found  # the anchor
    assert (STATEMENT_FILE, 8, 58, "yaml-alias") in found  # the alias


def test_text_with_ampersands_and_stars_is_not_an_anchor(problems_of) -> None:
    text = STATEMENT.replace("Serious differences remain.", "Q&A, R & D, a *very* big *gap")
    assert problems_of({STATEMENT_FILE: text}) == []


PERSON = """
    actors:
      - id: {ident}
        kind: {kind}
        name: {ident}
        party: {party}
        sources:
          - url: https://example.org/{ident}
"""


def test_a_person_whose_party_is_a_person_is_refused(problems_of) -> None:
    files = {"actors/aide.yaml": PERSON.format(ident="aide", kind="person", party="blinken")}
    assert problems_of(files) == [("actors/aide.yaml", 5, 12, "wrong-ref-kind")]


def test_a_cycle_of_parties_is_refused(problems_of) -> None:
    files = {
        "actors/bloc-a.yaml": PERSON.format(ident="bloc-a", kind="bloc", party="bloc-b"),
        "actors/bloc-b.yaml": PERSON.format(ident="bloc-b", kind="bloc", party="bloc-a"),
        "actors/alone.yaml": PERSON.format(ident="alone", kind="organization", party="alone"),
    }
    assert problems_of(files) == [
        ("actors/alone.yaml", 5, 12, "party-cycle"),
        ("actors/bloc-a.yaml", 5, 12, "party-cycle"),
        ("actors/bloc-b.yaml", 5, 12, "party-cycle"),
    ]


def test_a_sticking_point_twice_in_one_round_is_refused(problems_of) -> None:
    point = """
              - id: basis-of-talks
                title: {title}
                status: open"""
    text = (
        _round("r1", 1, "2021-04-06", "2021-04-20").rstrip()
        + "\n            sticking_points:"
        + point.format(title="First")
        + point.format(title="Again")
        + "\n"
    )
    assert problems_of({"tracks/vienna/r1.yaml": text}) == [
        ("tracks/vienna/r1.yaml", 11, 7, "duplicate-id")
    ]


# --- unreadable files and folders ---------------------------------------------


@pytest.fixture
def make_unreadable(monkeypatch: pytest.MonkeyPatch):
    """Make a file or folder unreadable: by its mode for an ordinary user;
    as root (who may read anything; CI runs as root) by the operating
    system's answer to any process that may not, EACCES, for that path."""
    import errno
    import stat as stat_module

    denied: set[str] = set()
    restore: list[tuple[Path, int]] = []
    real_open, real_scandir = os.open, os.scandir

    def guarded_open(path, *args, **kwargs):
        if os.path.abspath(path) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    def guarded_scandir(path="."):
        # a descriptor was opened through guarded_open, which checked it
        if not isinstance(path, int) and os.path.abspath(path) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            restore.append((path, stat_module.S_IMODE(path.stat().st_mode)))
            path.chmod(0)
        else:
            denied.add(str(path))
            monkeypatch.setattr(os, "open", guarded_open)
            monkeypatch.setattr(os, "scandir", guarded_scandir)

    yield make
    for path, mode in restore:
        path.chmod(mode)


UNREADABLE_READERS = [
    ["validate"],
    ["fmt", "--check"],
    ["status", "--as-of", "2021-06-28"],
    ["status", "--as-of", "2021-06-28", "--no-cache"],
    ["quotes", "differences"],
    ["speakers"],
    ["timeline", "--statements"],
    ["trends", "--since", "2021"],
    ["briefing", "--as-of", "2021-06-28", "--format", "text"],
    ["export", "--to", "jsonl", "-o", "-"],
]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_unreadable_data_is_a_located_error_in_every_command(
    write_rounds, make_unreadable, monkeypatch, what: str
) -> None:
    later = STATEMENT.replace("2021-06-25", "2022-01-01")
    root = write_rounds(
        {STATEMENT_FILE: STATEMENT, "statements/2022/2022-01-01-blinken.yaml": later}
    )
    monkeypatch.chdir(root.parent)
    target = root / ("statements/2022" if what == "folder" else STATEMENT_FILE)
    make_unreadable(target)
    shown = f"rounds/{target.relative_to(root)}"
    for args in UNREADABLE_READERS:
        result = runner.invoke(app, [*args, "--data-dir", "rounds"], env={"NO_COLOR": "1"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            result.exception,
        )
        assert result.exit_code == expected_code(args), (args, result.stdout, result.stderr)
        if args[0] in ("validate", "fmt", "quotes"):
            assert shown in result.stdout + result.stderr, args
    result = runner.invoke(app, ["validate", "--data-dir", "rounds"], env={"NO_COLOR": "1"})
    assert f"{shown}:1:1: error: cannot " in result.stdout
    assert "[unreadable]" in result.stdout


# --- property: nothing outside the data directory is ever printed -------------

# What a secret outside the data directory holds: YAML that, if it were
# read, would be echoed in an excerpt, a quote or a report.
OUTSIDE_SECRET = (
    "statements:\n"
    "  - id: zz-secret-9f3b\n"
    "    speaker: blinken\n"
    "    date: 2021-06-25\n"
    "    text: TOPSECRET-9f3b differences\n"
    "    sources:\n"
    "      - url: https://example.org/TOPSECRET-9f3b\n"
    "broken: [TOPSECRET-9f3b\n"
)
PLANTS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "statements/2021/leak.yaml",
                "statements/2021/2021-06-25-blinken.yaml",
                "statements/leak.yml",
                "actors/leak.yaml",
                "tracks/vienna/leak.yaml",
                "leak.yaml",
                "statements/2099",
                "statements/2021/.hidden.yaml",
            ]
        ),
        st.sampled_from(["secret file", "secret folder", "secret, relative", "dangling"]),
    ),
    min_size=1,
    max_size=3,
    unique_by=lambda plant: plant[0],
)
COMMANDS = st.sampled_from(
    [
        ["validate"],
        ["validate", "--format", "json"],
        ["validate", "--format", "github"],
        ["fmt", "--check"],
        ["status", "--as-of", "2021-06-28"],
        ["status", "--as-of", "2021-06-28", "--format", "markdown"],
        ["quotes", "topsecret"],
        ["quotes", "differences", "--format", "json"],
        ["quote", "zz-secret-9f3b"],
        ["speakers"],
        ["timeline", "--statements", "--format", "json"],
        ["trends", "--since", "2021"],
        ["briefing", "--as-of", "2021-06-28", "--format", "text"],
        ["export", "--to", "jsonl", "-o", "-"],
        ["export", "--to", "csv", "-o", "-"],
    ]
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(plants=PLANTS, command=COMMANDS)
def test_no_command_prints_a_byte_of_a_file_outside_the_data_dir(
    tmp_path_factory: pytest.TempPathFactory, plants, command: list[str]
) -> None:
    base = tmp_path_factory.mktemp("case")
    vault = base / "vault"
    vault.mkdir()
    (vault / "secret.yaml").write_text(OUTSIDE_SECRET, encoding="utf-8")
    (vault / "inner").mkdir()
    (vault / "inner" / "secret.yaml").write_text(OUTSIDE_SECRET, encoding="utf-8")
    root = base / "rounds"
    for name, content in {**BASE_FILES, STATEMENT_FILE: STATEMENT}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    for where, kind in plants:
        link = root / where
        link.parent.mkdir(parents=True, exist_ok=True)
        if link.exists() or link.is_symlink():
            link.unlink()
        target = {
            "secret file": vault / "secret.yaml",
            "secret folder": vault / "inner",
            "secret, relative": Path(os.path.relpath(vault / "secret.yaml", link.parent)),
            "dangling": vault / "nothing.yaml",
        }[kind]
        link.symlink_to(target)
    result = runner.invoke(app, [*command, "--data-dir", str(root)], env={"NO_COLOR": "1"})
    output = result.stdout + result.stderr
    assert "TOPSECRET" not in output, (plants, command)
    assert str(vault) not in output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
