"""`add`: a new record where the layout puts it, the file's other bytes kept,
refused (with nothing written) when it would bring an error."""

from __future__ import annotations

import difflib
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker.cli import add_cmd, app
from jcpoa_tracker.edit import typed
from jcpoa_tracker.edit.layout import slug, unique
from jcpoa_tracker.fields import KEBAB, ListOf, MapOf, Obj
from jcpoa_tracker.schema import RECORD_SPECS

runner = CliRunner()
TODAY = "2021-06-28"
STATEMENT_FILE = "statements/2021/2021-06-25-blinken.yaml"

# A file an analyst wrote by hand, comments and all.
COMMENTED = """\
# Blinken in Paris, 25 June 2021.
statements:
  - id: blinken-2021-06-25-serious-differences  # the press conference
    speaker: blinken
    date: 2021-06-25
    text: We still have serious differences.
    # confirmed by two outlets
    verified: true
    sources:
      - url: https://example.org/paris  # read 28 June
  # more to come from the same day
"""


def invoke(*args: str, input: str | None = None):
    return runner.invoke(
        app, list(args), input=input, env={"GITHUB_ACTIONS": "", "JCPOA_TRACKER_TODAY": TODAY}
    )


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def add_statement(root: Path, *extra: str):
    return invoke(
        "add",
        "statement",
        "--data-dir",
        str(root),
        "--speaker",
        "blinken",
        "--date",
        "2021-06-25",
        "--text",
        "Time is running out: no date yet.",
        "--source",
        "https://example.org/national",
        "--outlet",
        "The National",
        "--verified",
        *extra,
    )


def test_add_to_a_commented_file_keeps_every_byte(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: COMMENTED})
    result = add_statement(root, "--topic", "timeline")
    assert result.exit_code == 0, result.stderr
    ident = "blinken-2021-06-25-time-running-out-no"
    assert result.stdout.endswith(
        f"added statement {ident} to {root / STATEMENT_FILE} (appended)\n"
    )
    after = (root / STATEMENT_FILE).read_text(encoding="utf-8")
    # Only insertions: every original line, comments included, is still there, in order.
    diff = list(difflib.ndiff(COMMENTED.splitlines(), after.splitlines()))
    assert not [line for line in diff if line.startswith("- ")]
    inserted = [line[2:] for line in diff if line.startswith("+ ")]
    assert inserted == [
        f"  - id: {ident}",
        "    speaker: blinken",
        "    date: 2021-06-25",
        '    text: "Time is running out: no date yet."',
        "    topics:",
        "      - timeline",
        "    verified: true",
        "    sources:",
        "      - url: https://example.org/national",
        "        outlet: The National",
        f"        accessed: {TODAY}",
    ]
    # The new record follows the last one's lines, before the trailing comment.
    assert after.endswith("        accessed: 2021-06-28\n  # more to come from the same day\n")


def test_a_new_file_is_made_where_the_layout_says_and_is_canonical(write_rounds) -> None:
    root = write_rounds({})
    result = add_statement(root)
    assert result.exit_code == 0, result.stderr
    assert "(new file)" in result.stdout
    assert (root / STATEMENT_FILE).is_file()
    assert invoke("validate", "--strict", "--data-dir", str(root)).exit_code == 0
    check = invoke("fmt", "--check", str(root / "statements"))
    assert check.exit_code == 0, check.stdout


def test_a_clashing_id_writes_nothing_and_says_why(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: COMMENTED})
    before = files_of(root)
    result = add_statement(root, "--id", "blinken-2021-06-25-serious-differences")
    assert result.exit_code == 1
    assert f"{root / STATEMENT_FILE}:11:9: error: id 'blinken-2021-06-25-serious-differences'" in (
        result.stderr
    )
    assert "[duplicate-id]" in result.stderr
    assert "   11 |   - id: blinken-2021-06-25-serious-differences" in result.stderr
    assert "nothing was written" in result.stderr
    assert files_of(root) == before


def test_a_dangling_reference_writes_nothing_and_says_why(write_rounds) -> None:
    root = write_rounds({})
    before = files_of(root)
    result = invoke(
        "add", "statement", "--data-dir", str(root), "--speaker", "blinkn", "--date",
        "2021-06-25", "--text", "Hello.", "--source", "https://example.org/a", "--verified",
        "--round", "vienna-r9",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "error: no actor has the id 'blinkn' [dangling-ref]" in result.stderr
    assert "hint: did you mean 'blinken'?" in result.stderr
    assert "error: no round has the id 'vienna-r9' [dangling-ref]" in result.stderr
    assert files_of(root) == before


def test_derived_ids_are_made_unique(write_rounds) -> None:
    root = write_rounds({})
    assert add_statement(root).exit_code == 0
    again = add_statement(root)
    assert again.exit_code == 0, again.stderr
    assert "added statement blinken-2021-06-25-time-running-out-no-2 " in again.stdout


def test_dry_run_shows_the_record_and_its_file_and_writes_nothing(write_rounds) -> None:
    root = write_rounds({})
    before = files_of(root)
    result = add_statement(root, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("statements:\n  - id: blinken-2021-06-25-time-running-out-no\n")
    assert (
        f"would add statement blinken-2021-06-25-time-running-out-no to {root / STATEMENT_FILE} "
        "(new file); nothing was written"
    ) in result.stderr
    assert files_of(root) == before


def test_missing_fields_without_a_terminal_exit_2_naming_them(write_rounds) -> None:
    root = write_rounds({})
    result = invoke("add", "statement", "--data-dir", str(root), "--speaker", "blinken")
    assert result.exit_code == 2
    assert "missing --date, --text, --source" in result.stderr
    assert result.stdout == ""  # nothing was asked


def test_on_a_terminal_missing_fields_are_asked_with_defaults(write_rounds, monkeypatch) -> None:
    root = write_rounds(
        {
            "actors/blinken.yaml": """
                actors:
                  - id: blinken
                    kind: person
                    name: Antony Blinken
                    party: us
                    roles:
                      - title: US Secretary of State
                    sources:
                      - url: https://example.org/blinken
            """
        }
    )
    monkeypatch.setattr(add_cmd, "_stdin_is_terminal", lambda: True)
    answers = "\n".join(
        [
            "blinken",  # speaker
            "",  # date: today
            "We are not there yet.",
            "https://example.org/a",
            "Reuters",
            "",  # role: the speaker's office
            "",  # round: none in session
            "timeline, compliance",
            "",
        ]
    )
    result = invoke("add", "statement", "--data-dir", str(root), "--unverified", input=answers)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Date [2021-06-28]:" in result.stdout
    assert "Role (speaker's office) [US Secretary of State]:" in result.stdout
    written = (root / "statements/2021/2021-06-28-blinken.yaml").read_text(encoding="utf-8")
    assert (
        "    date: 2021-06-28\n    role: US Secretary of State\n    text: We are not there yet.\n"
        in written
    )
    assert "    topics:\n      - timeline\n      - compliance\n" in written
    assert "      - url: https://example.org/a\n        outlet: Reuters\n" in written


def test_written_dates_are_stored_in_iso_and_bad_ones_name_the_option(write_rounds) -> None:
    root = write_rounds({})
    result = invoke(
        "add", "milestone", "--data-dir", str(root), "--date", "13 April 2021", "--kind",
        "nuclear-step", "--title", "Iran announces 60% enrichment", "--party", "us",
        "--measurement", "enrichment-level=60 percent", "--source", "https://example.org/m",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    path = root / "milestones/2021/2021-04-13-iran-announces-60-enrichment.yaml"
    assert "    date: 2021-04-13\n" in path.read_text(encoding="utf-8")
    assert "        value: 60\n        unit: percent\n" in path.read_text(encoding="utf-8")
    bad = invoke("add", "milestone", "--data-dir", str(root), "--date", "2021-02-30")
    assert bad.exit_code == 2
    assert "--date: '2021-02-30' is not a real date" in bad.stderr


def test_a_numbered_round_gets_the_tracks_id_pattern(write_rounds) -> None:
    root = write_rounds(
        {
            "tracks/vienna/vienna-r1.yaml": """
                rounds:
                  - id: vienna-r1
                    track: vienna
                    title: First round
                    start: 2021-04-06
                    number: 1
                    end: 2021-04-09
                    sources:
                      - url: https://example.org/r1
            """
        }
    )
    result = invoke(
        "add", "round", "--data-dir", str(root), "--track", "vienna", "--title", "Second round",
        "--start", "2021-04-15", "--number", "2", "--delegation", "us=blinken",
        "--pause", "2021-04-16..2021-04-17", "--sticking-point", "sanctions=Which sanctions",
        "--source", "https://example.org/r2",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    written = (root / "tracks/vienna/vienna-r2.yaml").read_text(encoding="utf-8")
    assert written.startswith("rounds:\n  - id: vienna-r2\n    track: vienna\n")
    assert "    delegations:\n      us: blinken\n" in written
    assert "    pauses:\n      - start: 2021-04-16\n        end: 2021-04-17\n" in written
    assert (
        "      - id: sanctions\n        title: Which sanctions\n        status: open\n" in written
    )


def test_a_round_overlapping_the_last_one_is_refused(write_rounds) -> None:
    root = write_rounds(
        {
            "tracks/vienna/vienna-r1.yaml": """
                rounds:
                  - id: vienna-r1
                    track: vienna
                    title: First round
                    start: 2021-04-06
                    sources:
                      - url: https://example.org/r1
            """
        }
    )
    result = invoke(
        "add", "round", "--data-dir", str(root), "--track", "vienna", "--title", "Second",
        "--start", "2021-04-15", "--source", "https://example.org/r2",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "[overlap]" in result.stderr
    assert not (root / "tracks/vienna/vienna-2021-04-15.yaml").exists()


def test_an_interrupted_write_leaves_the_original_intact(write_rounds, monkeypatch) -> None:
    root = write_rounds({STATEMENT_FILE: COMMENTED})
    folder = root / "statements/2021"

    def interrupted(self: Path, target: Path) -> Path:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "replace", interrupted)
    result = add_statement(root)
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "nothing was changed" in result.stderr
    assert (root / STATEMENT_FILE).read_text(encoding="utf-8") == COMMENTED
    assert os.listdir(folder) == ["2021-06-25-blinken.yaml"]  # no temporary file left


def test_the_installed_copy_is_never_written(write_rounds, monkeypatch) -> None:
    from jcpoa_tracker.edit import files

    root = write_rounds({})
    monkeypatch.setattr(files, "installed_copy", lambda path: True)
    result = add_statement(root)
    assert result.exit_code == 2
    assert "installed with the package" in result.stderr
    assert not (root / STATEMENT_FILE).exists()


# --- what people type -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed_text", "stored"),
    [
        ("2021-06-20", "2021-06-20"),
        ("2021-06", "2021-06"),
        ("2025-09-27T20:00-04:00", "2025-09-27T20:00-04:00"),
        ("20 June 2021", "2021-06-20"),
        ("June 2021", "2021-06"),
        ("yesterday", "2021-06-27"),
    ],
)
def test_typed_dates_keep_their_precision(typed_text: str, stored: str) -> None:
    from datetime import date

    assert typed.data_date(typed_text, date(2021, 6, 28)) == stored


def test_periods_are_not_dates() -> None:
    from datetime import date

    with pytest.raises(ValueError, match="is a period"):
        typed.data_date("2021-Q2", date(2021, 6, 28))


def test_option_mini_languages() -> None:
    assert typed.delegations(["iran=araghchi", "us=malley", "us=blinken"]) == {
        "iran": "araghchi",
        "us": ["malley", "blinken"],
    }
    assert typed.sticking_point("sanctions:narrowed=Which sanctions: all?") == {
        "id": "sanctions",
        "title": "Which sanctions: all?",
        "status": "narrowed",
    }
    with pytest.raises(ValueError, match="PARTY=PERSON"):
        typed.delegations(["iran"])
    with pytest.raises(ValueError, match="not a number"):
        typed.measurement("enrichment-level=sixty percent")


@given(st.text(max_size=60))
def test_slugs_are_always_valid_ids_or_empty(text: str) -> None:
    made = slug(text, 4)
    assert made == "" or KEBAB.fullmatch(made)


def test_unique_adds_the_first_free_number() -> None:
    assert unique("a", {"b"}) == "a"
    assert unique("a", {"a", "a-2"}) == "a-3"
    assert slug("Bürgenstock round ('Lake Lucerne Summit')", 3) == "burgenstock-round-lake"


def test_a_word_outside_a_closed_vocabulary_exits_2_listing_the_words(write_rounds) -> None:
    root = write_rounds({})
    result = add_statement(root, "--occasion", "presser")
    assert result.exit_code == 2
    assert "--occasion: 'presser' is not one of press-conference, interview," in result.stderr
    assert not (root / STATEMENT_FILE).exists()


def test_the_shell_completes_known_ids_from_file_names(write_rounds, monkeypatch) -> None:
    root = write_rounds({})
    monkeypatch.chdir(root.parent)  # ./rounds is the data dir
    words = "jcpoa-tracker add statement --speaker bl"
    result = runner.invoke(
        app,
        [],
        prog_name="jcpoa-tracker",
        env={"_JCPOA_TRACKER_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "4"},
    )
    assert result.exit_code == 0
    assert result.stdout.split() == ["blinken"]


def test_an_id_that_would_name_another_path_is_refused(write_rounds) -> None:
    root = write_rounds({})
    before = files_of(root)
    result = invoke(
        "add", "statement", "--data-dir", str(root), "--speaker", "../../outside", "--date",
        "2021-06-25", "--text", "Hello.", "--source", "https://example.org/a",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "speaker '../../outside' is not an id" in result.stderr
    assert files_of(root) == before


def test_an_unknown_answer_is_asked_again(write_rounds, monkeypatch) -> None:
    root = write_rounds({})
    monkeypatch.setattr(add_cmd, "_stdin_is_terminal", lambda: True)
    answers = "blinkn\nblinken\n2021-06-25\nHello.\nhttps://example.org/a\n\n\n\n\n"
    result = invoke("add", "statement", "--data-dir", str(root), "--verified", input=answers)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "'blinkn' is not known; did you mean 'blinken'?" in result.stderr
    assert (root / STATEMENT_FILE).is_file()


def test_a_file_of_comments_only_gets_the_record_after_them(write_rounds) -> None:
    root = write_rounds({STATEMENT_FILE: "# Statements of 25 June go here.\n"})
    assert add_statement(root).exit_code == 0
    text = (root / STATEMENT_FILE).read_text(encoding="utf-8")
    assert text.startswith("# Statements of 25 June go here.\nstatements:\n  - id: blinken-")


# --- the options come from the data format --------------------------------------


@pytest.mark.parametrize("kind", [spec.name for spec in RECORD_SPECS.values()])
def test_every_field_of_every_kind_is_an_add_option(kind: str) -> None:
    """A field added to schema.py is an option of `add` with its doc as help."""
    spec = next(s for s in RECORD_SPECS.values() if s.name == kind)
    result = runner.invoke(app, ["add", kind, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    for field in spec.fields:
        if field.name == "sources" or (kind, field.name) == ("track", "phases"):
            continue
        if isinstance(field.type, Obj):
            names = [f"{field.name}_{inner.name}" for inner in field.type.spec.fields]
        elif isinstance(field.type, ListOf | MapOf):  # repeatable, in the singular
            irregular = {"aliases": "alias", "parties": "party"}
            names = [irregular.get(field.name, field.name.removesuffix("s"))]
        else:
            names = [field.name]
        for name in names:
            option = "--" + name.replace("_", "-")
            assert f" {option} " in result.stdout, f"{kind}: {option}"
    assert "--source" in result.stdout and "--dry-run" in result.stdout


def test_a_list_of_objects_without_a_language_takes_key_value_pairs() -> None:
    from jcpoa_tracker.cli.derived import _generic_item
    from jcpoa_tracker.schema import PHASE_CHANGE

    parse = _generic_item(PHASE_CHANGE)
    today = date(2021, 6, 28)
    assert parse("date=20 June 2021; phase=suspended; note=Talks paused", today) == {
        "date": "2021-06-20",
        "phase": "suspended",
        "note": "Talks paused",
    }
    with pytest.raises(ValueError, match="KEY one of date, phase, note"):
        parse("date=2021-06-20;colour=red", today)
    with pytest.raises(ValueError, match="has no phase"):
        parse("date=2021-06-20", today)


def test_the_newer_concepts_are_options_too(tmp_path: Path) -> None:
    """A vote (a nested object), cited documents (a list of ids) and the
    document kind itself come to `add` and `set` from schema.py alone."""
    import shutil

    from tests.conftest import REPO

    root = tmp_path / "who"
    shutil.copytree(REPO / "examples" / "who-pandemic-agreement", root)
    result = invoke(
        "add", "milestone", "--data-dir", str(root), "--date", "2025-05-19", "--kind", "vote",
        "--title", "Committee vote on the agreement", "--vote-yes", "124", "--vote-no", "0",
        "--vote-abstain", "11", "--document", "a-inb-7-3", "--source", "https://example.org/v",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    path = root / "milestones/2025/2025-05-19-committee-vote-on-agreement.yaml"
    text = path.read_text(encoding="utf-8")
    assert '    vote:\n      "yes": 124\n      "no": 0\n      abstain: 11\n' in text
    assert "    documents:\n      - a-inb-7-3\n" in text
    result = invoke(
        "set", "milestone", "committee-vote-on-agreement", "--data-dir", str(root),
        "--vote-method", "recorded vote",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "      abstain: 11\n      method: recorded vote\n" in path.read_text(encoding="utf-8")
    result = invoke(
        "add", "document", "--data-dir", str(root), "--title", "Revised draft", "--date",
        "2024-03-01", "--kind", "draft", "--author", "who", "--source", "https://example.org/d",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert (root / "documents" / "revised-draft.yaml").is_file()
