"""`fmt`: one canonical form, every comment and every value kept, never a
file it cannot read rewritten, and the bundled data canonical already."""

from __future__ import annotations

import dataclasses
import os
import textwrap
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner
from yaml.nodes import CollectionNode, MappingNode, ScalarNode, SequenceNode

from jcpoa_tracker.cli import app
from jcpoa_tracker.datadir import discover
from jcpoa_tracker.edit import fmt as fmt_engine
from jcpoa_tracker.edit.document import compose, find_comments
from jcpoa_tracker.edit.fmt import canonical, format_bytes
from jcpoa_tracker.edit.scalars import Style, render
from jcpoa_tracker.loader import parse_bytes
from tests.conftest import DATA

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"GITHUB_ACTIONS": ""})


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def records(text: str) -> list[object]:
    result = parse_bytes(text.encode("utf-8"), "file.yaml")
    ordered = sorted(result.records, key=lambda record: record.record_kind)
    return [dataclasses.replace(record, line=0, column=0) for record in ordered]


def problems(text: str) -> Counter[tuple[str, str]]:
    result = parse_bytes(text.encode("utf-8"), "file.yaml")
    return Counter((p.rule, p.message) for p in result.problems if not p.rule.startswith("yaml11-"))


def comments(text: str) -> Counter[str]:
    return Counter(comment.text for comment in find_comments(text))


def assert_same_meaning(before: str, after: str) -> None:
    assert records(after) == records(before)
    assert problems(after) == problems(before)
    assert comments(after) == comments(before)
    assert after.endswith("\n") and not after.endswith("\n\n")
    assert all(line == line.rstrip() for line in after.splitlines())
    assert canonical(after) == after  # running it twice changes nothing


def anchors(text: str) -> dict[str, tuple[str, str]]:
    """Each comment of ``with_comments`` and what it sits beside: ("end",
    key) at the end of a key's line; ("above", key) above a key, or
    ("item", first key) above a list item's ``- key: ...`` line."""
    found: dict[str, tuple[str, str]] = {}
    lines = text.splitlines()
    for number, line in enumerate(lines):
        code, _, comment = line.partition("  # ")
        if comment.startswith("end of line"):
            found["#" + comment] = ("end", _key_of(code))
        elif line.lstrip().startswith("# above line"):
            following = next(rest for rest in lines[number + 1 :] if "# above" not in rest)
            item = following.lstrip().startswith("- ")
            found[line.strip()] = ("item" if item else "above", _key_of(following))
    return found


def assert_comments_stay_beside_their_keys(before: str, after: str) -> None:
    was, now = anchors(before), anchors(after)
    assert was.keys() == now.keys()
    for comment, (kind, key) in was.items():
        if kind == "item":  # it belongs to the item, whichever key comes first
            assert now[comment][0] == "item", comment
        else:  # above a key that became an item's first key, it sits above the dash
            assert now[comment][1] == key, comment


def _key_of(line: str) -> str:
    return line.strip().lstrip("- ").split(":")[0].strip("\"'")


def with_comments(text: str) -> str:
    """The text with a comment above every key and list item and at the end
    of every line whose value is a one-line scalar: the places an analyst
    puts them."""
    root = compose(text)
    above: set[int] = set()
    line_end: set[int] = set()

    def visit(node: yaml.Node) -> None:
        if not isinstance(node, CollectionNode) or node.flow_style:
            return
        entries = node.value if isinstance(node, MappingNode) else [(i, i) for i in node.value]
        for key, value in entries:
            above.add(key.start_mark.line)
            one_line = value.start_mark.line == value.end_mark.line == key.start_mark.line
            if isinstance(value, ScalarNode) and one_line:
                line_end.add(value.end_mark.line)
            visit(value)

    if root is not None:
        visit(root)
    out = []
    for number, line in enumerate(text.splitlines()):
        indent = len(line) - len(line.lstrip(" "))
        if number in above:
            out.append(" " * indent + f"# above line {number}")
        out.append(line + (f"  # end of line {number}" if number in line_end else ""))
    return "\n".join(out) + "\n"


# --- the bundled data -----------------------------------------------------------


def test_fmt_check_passes_on_the_bundled_data() -> None:
    # CI runs this: the data in the repository is in canonical form.
    result = invoke("fmt", "--check", "--data-dir", str(DATA))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert " 0 would be reformatted" in result.stderr


@pytest.mark.parametrize("path", discover(DATA), ids=lambda p: str(p.relative_to(DATA)))
def test_every_bundled_file_keeps_values_and_comments_and_settles(path: Path) -> None:
    commented = with_comments(path.read_text(encoding="utf-8"))
    assert comments(commented)  # the test really adds comments
    after = canonical(commented)
    assert_same_meaning(commented, after)
    # Every comment stays beside the line it was written beside.
    assert [line.strip() for line in after.splitlines()] == [
        line.strip() for line in commented.splitlines()
    ]


# --- generated records ------------------------------------------------------------

# fmt: off
TRICKY = st.sampled_from(
    [
        "no", "yes", "On", "y", "N", "true", "null", "~", "", " ", "1:20", "0755", "60", "1e3",
        ".inf", "2021-06-20", "2021-06", "=", "<<", "@x", "`x", "%x", "!x", "&x", "*x", "|", ">",
        "? x", "- x", "[x]", "{x}", "a: b", "a:b", "x:", "a #b", "a#b", "#x", "'q'", '"q"',
        " lead", "trail ", "tab\there", "line\nbreak", "\u2028", "\ufeff x", "\x85", "\x1b[31m",
        "é… «»", "back\\slash", "a,b", "quote's", "Trump authorizes \"Epic Fury\"",
    ]
)
# fmt: on
TEXT = st.one_of(TRICKY, st.text(min_size=1, max_size=30), TRICKY.map(lambda t: "x " + t))
KEBAB = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)
DATE = st.sampled_from(["2021-06-20", "2021-06", "2021", "2025-09-27T20:00-04:00", "2021-02-30"])


@st.composite
def statement(draw: st.DrawFn) -> dict[str, object]:
    record: dict[str, object] = {
        "id": draw(KEBAB),
        "speaker": draw(KEBAB),
        "date": draw(DATE),
        "text": draw(TEXT),
        "sources": [
            {"url": "https://example.org/" + draw(KEBAB), "outlet": draw(TEXT)}
            for _ in range(draw(st.integers(1, 2)))
        ],
    }
    optional = {
        "role": TEXT,
        "topics": st.lists(KEBAB, max_size=3),
        "tone": st.integers(-3, 3),
        "verified": st.booleans(),
        "note": TEXT,
        "unknown_key": TEXT,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            record[key] = draw(strategy)
    keys = draw(st.permutations(list(record)))
    return {key: record[key] for key in keys}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(statement(), min_size=1, max_size=3),
    st.sampled_from([None, '"', "'"]),
    st.sampled_from([False, None]),
    st.booleans(),
)
def test_generated_files_keep_every_value_and_comment(
    items: list[dict[str, object]], style: str | None, flow: bool | None, commented: bool
) -> None:
    text = yaml.dump(
        {"statements": items},
        sort_keys=False,
        allow_unicode=True,
        default_style=style,
        default_flow_style=flow,
        width=float("inf"),
    )
    if commented:
        text = with_comments(text)
    after = canonical(text)
    assert_same_meaning(text, after)
    assert_comments_stay_beside_their_keys(text, after)
    assert format_bytes(text.encode("utf-8"), "file.yaml")[0] == after  # its own check agrees


@given(TEXT)
def test_a_text_reads_back_as_itself_whatever_it_holds(value: str) -> None:
    text = "statements:\n  - note: " + render(value, Style.TEXT) + "\n"
    node = compose(text)
    assert isinstance(node, MappingNode) and isinstance(node.value[0][1], SequenceNode)
    assert node.value[0][1].value[0].value[0][1].value == value
    assert not [p for p in parse_bytes(text.encode(), "f").problems if "yaml11" in p.rule]


# --- the canonical form -------------------------------------------------------------


def test_keys_in_spec_order_and_comments_move_with_their_keys() -> None:
    before = dedent(
        """
        # yaml-language-server: $schema=../../schema/jcpoa-tracker.schema.json
        milestones:
          - title: Iran announces 60% enrichment   # shown in reports
            # sources first? no: after the other keys
            sources:
              - url: https://example.org/a
            kind: nuclear-step
            # the announcement, not the start
            date: 2021-04-13
            id: enrich-60pct
            mystery: kept
        # the end
        """
    )
    assert canonical(before) == dedent(
        """
        # yaml-language-server: $schema=../../schema/jcpoa-tracker.schema.json
        milestones:
          - id: enrich-60pct
            # the announcement, not the start
            date: 2021-04-13
            kind: nuclear-step
            title: Iran announces 60% enrichment  # shown in reports
            # sources first? no: after the other keys
            sources:
              - url: https://example.org/a
            mystery: kept
        # the end
        """
    )


def test_kinds_in_order_lists_in_block_style_and_quotes_only_where_needed() -> None:
    before = dedent(
        """
        statements:
          - {id: s, speaker: us, date: "2021-06-20", text: 'no', topics: [a, b],
             context: "plain enough", note: 'Kanani: received', role: "60"}
        actors:
          - id: us
            kind: state
            name: United States
            aliases: []
            note:
        """
    )
    assert canonical(before) == dedent(
        """
        actors:
          - id: us
            kind: state
            name: United States
            aliases: []
            note:
        statements:
          - id: s
            speaker: us
            date: 2021-06-20
            role: "60"
            text: "no"
            context: plain enough
            topics:
              - a
              - b
            note: "Kanani: received"
        """
    )


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Vienna, Austria", "Vienna, Austria"),
        ("no", '"no"'),
        ("Off", '"Off"'),
        ("1:20", '"1:20"'),
        ("2021-06-20", '"2021-06-20"'),
        ("60", '"60"'),
        ("@witkoff", '"@witkoff"'),
        ("`x`", '"`x`"'),
        ("Note: this", '"Note: this"'),
        ("see #ViennaTalks", '"see #ViennaTalks"'),
        ("C#", "C#"),
        ("- a dash", '"- a dash"'),
        (" padded ", '" padded "'),
        ("two\nlines", '"two\\nlines"'),
        ('say "hi"', 'say "hi"'),
        ('"hi"', '"\\"hi\\""'),
        ("\x1b[31m", '"\\e[31m"'),
        ("", '""'),
        ("null", '"null"'),
    ],
)
def test_text_is_plain_unless_another_reading_is_possible(value: str, written: str) -> None:
    assert render(value, Style.TEXT) == written


def test_dates_and_numbers_keep_their_meaning() -> None:
    assert render("2021-06-20", Style.DATE) == "2021-06-20"
    assert render("2025-09-27T20:00-04:00", Style.DATE) == "2025-09-27T20:00-04:00"
    assert render("60", Style.VERBATIM) == "60"
    # A quoted number stays quoted: unquoting it would turn an error into data.
    assert render("1", Style.VERBATIM, was_plain=False) == '"1"'


def test_a_byte_order_mark_goes_and_the_comment_after_it_stays() -> None:
    before = "\ufeff# Iran\nactors:\n  - id: iran  # the state\n    kind: state\n    name: Iran\n"
    assert canonical(before) == before.removeprefix("\ufeff")


def test_tags_are_kept_so_a_refused_tag_stays_refused() -> None:
    before = "--- !!map\nactors:\n  - id: us\n    kind: state\n    name: !custom US\n"
    after = canonical(before)
    assert after == "!!map\nactors:\n  - id: us\n    kind: state\n    name: !custom US\n"
    assert_same_meaning(before, after)
    assert [p.rule for p in parse_bytes(after.encode(), "f").problems] == ["yaml-tag"]


def test_crlf_and_missing_final_newline_are_normalised() -> None:
    before = "actors:\r\n  - id: us\r\n    kind: state\r\n    name: US"
    assert canonical(before) == "actors:\n  - id: us\n    kind: state\n    name: US\n"


# --- the command ---------------------------------------------------------------------

MESSY = """\
statements:
  - text: Hello   # said twice
    id: blinken-2021-06-25-hello
    speaker: blinken
    date: "2021-06-25"
    verified: true
    sources: [{url: "https://example.org/a"}]
"""


def test_check_prints_a_unified_diff_and_changes_nothing(write_rounds, monkeypatch) -> None:
    root = write_rounds({"statements/2021/2021-06-25-blinken.yaml": MESSY}, base=False)
    monkeypatch.chdir(root.parent)
    path = root / "statements/2021/2021-06-25-blinken.yaml"
    result = invoke("fmt", "--check", "--data-dir", "rounds")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "--- a/rounds/statements/2021/2021-06-25-blinken.yaml\n"
        "+++ b/rounds/statements/2021/2021-06-25-blinken.yaml\n"
    )
    assert "-  - text: Hello   # said twice\n" in result.stdout
    assert "+    text: Hello  # said twice\n" in result.stdout
    assert "1 would be reformatted" in result.stderr
    assert path.read_text(encoding="utf-8") == MESSY


def test_fmt_rewrites_reports_and_settles(write_rounds, monkeypatch) -> None:
    root = write_rounds({"statements/2021/2021-06-25-blinken.yaml": MESSY}, base=False)
    monkeypatch.chdir(root.parent)
    path = root / "statements/2021/2021-06-25-blinken.yaml"
    result = invoke("fmt", "rounds/statements")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "reformatted rounds/statements/2021/2021-06-25-blinken.yaml\n" in result.stderr
    assert path.read_text(encoding="utf-8") == dedent(
        """
        statements:
          - id: blinken-2021-06-25-hello
            speaker: blinken
            date: 2021-06-25
            text: Hello  # said twice
            verified: true
            sources:
              - url: https://example.org/a
        """
    )
    again = invoke("fmt", "--check", "rounds/statements")
    assert again.exit_code == 0 and again.stdout == ""


def test_a_file_that_does_not_parse_is_reported_and_left_alone(write_rounds, monkeypatch) -> None:
    broken = "statements:\n  - id: a\n    text: [unclosed\n    date: 2021-06-25\n"
    root = write_rounds(
        {"statements/a.yaml": broken, "statements/2021/2021-06-25-blinken.yaml": MESSY},
        base=False,
    )
    monkeypatch.chdir(root.parent)
    result = invoke("fmt", "--data-dir", "rounds")
    assert result.exit_code == 1
    assert "rounds/statements/a.yaml:4:9: error: " in result.stderr
    assert "[yaml-syntax]" in result.stderr
    assert "1 left untouched" in result.stderr
    assert (root / "statements/a.yaml").read_bytes() == broken.encode()
    assert "reformatted rounds/statements/2021/2021-06-25-blinken.yaml" in result.stderr


def test_aliases_are_reported_not_expanded(write_rounds, monkeypatch) -> None:
    text = "actors:\n  - &u {id: us, kind: state, name: US}\n  - *u\n"
    root = write_rounds({"actors/us.yaml": text}, base=False)
    monkeypatch.chdir(root.parent)
    result = invoke("fmt", "--data-dir", "rounds")
    assert result.exit_code == 1
    assert "rounds/actors/us.yaml:2:5: error: anchor '&u' is not allowed" in result.stderr
    assert "[yaml-alias]" in result.stderr
    assert (root / "actors/us.yaml").read_text() == text


def test_an_unsafe_result_is_never_written(write_rounds, monkeypatch) -> None:
    """The last line of defence: if the canonical text read back differently
    (a bug), nothing is written and the run fails as an internal error."""
    root = write_rounds({"statements/2021/2021-06-25-blinken.yaml": MESSY}, base=False)
    monkeypatch.setattr(fmt_engine, "canonical", lambda text: text.replace("Hello", "Hullo"))
    result = invoke("fmt", "--data-dir", str(root))
    assert result.exit_code == 3
    assert "the records would change" in result.stderr
    assert (root / "statements/2021/2021-06-25-blinken.yaml").read_text() == MESSY


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_an_interrupted_write_leaves_the_original_intact(
    write_rounds, monkeypatch, failure: BaseException
) -> None:
    root = write_rounds({"statements/2021/2021-06-25-blinken.yaml": MESSY}, base=False)
    folder = root / "statements/2021"

    def fail_midway(descriptor: int) -> None:  # the temporary file is half done
        raise failure

    monkeypatch.setattr(os, "fsync", fail_midway)
    result = invoke("fmt", "--data-dir", str(root))
    assert result.exit_code != 0
    assert (folder / "2021-06-25-blinken.yaml").read_text(encoding="utf-8") == MESSY
    assert sorted(p.name for p in folder.iterdir()) == ["2021-06-25-blinken.yaml"]
    if isinstance(failure, OSError):
        assert result.exit_code == 2
        assert "No space left on device; it is unchanged" in result.stderr


def test_the_installed_copy_is_never_rewritten(write_rounds, monkeypatch) -> None:
    from jcpoa_tracker.edit import files

    root = write_rounds({"statements/2021/2021-06-25-blinken.yaml": MESSY}, base=False)
    monkeypatch.setattr(files, "installed_copy", lambda path: True)
    result = invoke("fmt", "--data-dir", str(root))
    assert result.exit_code == 2
    assert "installed with the package" in result.stderr
    assert (root / "statements/2021/2021-06-25-blinken.yaml").read_text() == MESSY
    assert invoke("fmt", "--check", "--data-dir", str(root)).exit_code == 1  # checking is fine


def test_a_checkout_is_not_the_installed_copy() -> None:
    from jcpoa_tracker.edit.files import installed_copy

    assert not installed_copy(DATA)


def test_missing_path_is_a_usage_error() -> None:
    result = invoke("fmt", "no/such/folder")
    assert result.exit_code == 2
    assert "'no/such/folder' does not exist" in result.stderr
