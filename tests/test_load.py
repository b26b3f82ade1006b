"""Each problem kind, shown beside the data that causes it, with the exact
file, line, column and rule the loader must report."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcpoa_tracker.checks import validate
from jcpoa_tracker.datadir import display_path, display_paths, walk, walk_order
from jcpoa_tracker.loader import load, parse_bytes
from jcpoa_tracker.model import Statement

STATEMENT = textwrap.dedent(
    """
    statements:
      - id: blinken-2021-06-25
        speaker: blinken
        date: 2021-06-25
        text: We still have serious differences.
        verified: true
        sources:
          - url: https://example.org/paris
    """
)


def test_clean_data_has_no_problems(problems_of) -> None:
    assert problems_of({"statements/2021/2021-06-25-blinken.yaml": STATEMENT}) == []


def test_yaml_syntax_error_points_at_the_line(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": """
            statements:
              - id: a
                text: [unclosed
                date: 2021-06-25
        """
    }
    assert problems_of(files) == [("statements/2021/a.yaml", 4, 9, "yaml-syntax")]


def test_one_broken_file_does_not_hide_problems_in_another(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": "statements: [\n",
        "statements/2021/b.yaml": STATEMENT.replace("speaker: blinken", "speaker: blinkn"),
    }
    found = problems_of(files)
    assert ("statements/2021/a.yaml", 2, 1, "yaml-syntax") in found
    assert ("statements/2021/b.yaml", 3, 14, "dangling-ref") in found


def test_unknown_key_suggests_the_right_one(problems_of, write_rounds, tmp_path) -> None:
    files = {"statements/2021/a.yaml": STATEMENT.replace("speaker:", "speeker:")}
    found = problems_of(files)
    assert ("statements/2021/a.yaml", 3, 5, "unknown-key") in found
    assert ("statements/2021/a.yaml", 2, 5, "missing-field") in found  # no speaker left
    result = parse_bytes((tmp_path / "rounds/statements/2021/a.yaml").read_bytes(), "a.yaml")
    unknown = next(p for p in result.problems if p.rule == "unknown-key")
    assert unknown.hint == "did you mean 'speaker'?"


def test_wrong_types(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": """
            statements:
              - id: a
                speaker: blinken
                date: [2021, 6]
                text: hi
                tone: high
                topics: sanctions
                verified: maybe
                sources:
                  - url: https://example.org/x
        """
    }
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 4, 11, "type"),
        ("statements/2021/a.yaml", 6, 11, "type"),
        ("statements/2021/a.yaml", 7, 13, "type"),
        ("statements/2021/a.yaml", 8, 15, "type"),
    ]


def test_yaml11_booleans_never_change_data(problems_of, tmp_path) -> None:
    files = {
        "actors/norway.yaml": """
            actors:
              - id: "no"
                kind: state
                name: no
                aliases: [on, off, yes]
                sources:
                  - url: https://example.org/no
        """
    }
    found = problems_of(files)
    assert found == [
        ("actors/norway.yaml", 4, 11, "yaml11-bool"),
        ("actors/norway.yaml", 5, 15, "yaml11-bool"),
        ("actors/norway.yaml", 5, 19, "yaml11-bool"),
        ("actors/norway.yaml", 5, 24, "yaml11-bool"),
    ]
    loaded = load([tmp_path / "rounds"])
    norway = next(a for a in loaded.dataset.actors if a.id == "no")
    assert norway.name == "no" and norway.aliases == ("on", "off", "yes")


def test_yaml11_bool_in_a_boolean_field_is_read_and_flagged(problems_of, tmp_path) -> None:
    files = {"statements/2021/a.yaml": STATEMENT.replace("verified: true", "verified: yes")}
    assert problems_of(files) == [("statements/2021/a.yaml", 6, 15, "yaml11-bool")]
    statement = load([tmp_path / "rounds"]).dataset.statements[0]
    assert statement.verified is True


def test_sexagesimal_numbers(problems_of, tmp_path) -> None:
    files = {
        "statements/2021/a.yaml": STATEMENT.replace(
            "verified: true", "verified: true\n    tone: 1:20\n    context: 7:44"
        )
    }
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 7, 11, "yaml11-number"),
        ("statements/2021/a.yaml", 8, 14, "yaml11-number"),
    ]
    statement = load([tmp_path / "rounds"]).dataset.statements[0]
    assert statement.context == "7:44" and statement.tone is None


def test_impossible_dates_and_end_before_start(problems_of) -> None:
    files = {
        "tracks/vienna/r1.yaml": """
            rounds:
              - id: r1
                track: vienna
                title: Round 1
                start: 2021-04-09
                end: 2021-04-06
                sources:
                  - url: https://example.org/r1
              - id: r2
                track: vienna
                title: Round 2
                start: 2021-02-30
                sources:
                  - url: https://example.org/r2
        """
    }
    assert problems_of(files) == [
        ("tracks/vienna/r1.yaml", 6, 10, "date-order"),
        ("tracks/vienna/r1.yaml", 12, 12, "date"),
    ]


def test_duplicate_ids_across_files(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": STATEMENT,
        "statements/2021/b.yaml": STATEMENT,
    }
    # at both records: a check of either file alone (validate PATH) sees it
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 2, 9, "duplicate-id"),
        ("statements/2021/b.yaml", 2, 9, "duplicate-id"),
    ]


def test_duplicate_keys(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": STATEMENT.replace("    text:", "    date: 2021-06-26\n    text:")
    }
    assert problems_of(files) == [("statements/2021/a.yaml", 5, 5, "duplicate-key")]


def test_dangling_and_wrong_kind_references(problems_of) -> None:
    files = {
        "statements/2021/a.yaml": STATEMENT.replace(
            "verified: true", "verified: true\n    round: vienna"
        ).replace("speaker: blinken", "speaker: blinkin")
    }
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 3, 14, "dangling-ref"),
        ("statements/2021/a.yaml", 7, 12, "wrong-ref-kind"),
        ("tracks/vienna/track.yaml", 2, 9, "wrong-ref-kind"),  # and at the record referred to
    ]


def test_statement_without_source(problems_of) -> None:
    no_source = STATEMENT.split("    sources:")[0]
    empty = STATEMENT.replace(
        "    sources:\n      - url: https://example.org/paris", "    sources: []"
    ).replace("blinken-2021-06-25", "other")
    assert problems_of({"statements/2021/a.yaml": no_source, "statements/2021/b.yaml": empty}) == [
        ("statements/2021/a.yaml", 2, 9, "missing-source"),
        ("statements/2021/b.yaml", 2, 9, "missing-source"),
    ]


def test_overlapping_rounds_of_one_track(problems_of) -> None:
    files = {
        "tracks/vienna/rounds.yaml": """
            rounds:
              - id: r1
                track: vienna
                title: Round 1
                start: 2021-04-06
                end: 2021-04-20
                sources: [{url: "https://example.org/1"}]
              - id: r2
                track: vienna
                title: Round 2
                start: 2021-04-15
                end: 2021-04-25
                sources: [{url: "https://example.org/2"}]
              - id: r3
                track: vienna
                title: Round 3 (still open)
                start: 2021-05-01
                sources: [{url: "https://example.org/3"}]
              - id: r4
                track: vienna
                title: Round 4
                start: 2021-06-01
                sources: [{url: "https://example.org/4"}]
        """
    }
    assert problems_of(files) == [  # each at both rounds
        ("tracks/vienna/rounds.yaml", 6, 10, "overlap"),
        ("tracks/vienna/rounds.yaml", 11, 12, "overlap"),
        ("tracks/vienna/rounds.yaml", 17, 12, "overlap"),
        ("tracks/vienna/rounds.yaml", 22, 12, "overlap"),
    ]


def test_unsafe_tags_are_reported_and_never_constructed(problems_of, tmp_path) -> None:
    marker = tmp_path / "pwned"
    files = {
        "statements/2021/a.yaml": STATEMENT.replace(
            "text: We still have serious differences.",
            f"text: !!python/object/apply:os.system ['touch {marker}']",
        ).replace("verified: true", "verified: true\n    context: !custom x")
    }
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 5, 11, "yaml-tag"),
        ("statements/2021/a.yaml", 7, 14, "yaml-tag"),
    ]
    assert not marker.exists()


def test_aliases_are_refused_so_no_billion_laughs(problems_of) -> None:
    files = {
        "actors/x.yaml": """
            actors:
              - id: x
                kind: person
                name: X
                aliases: &a [A, B]
                roles: *a
                sources:
                  - url: https://example.org/x
        """
    }
    assert ("actors/x.yaml", 6, 5, "yaml-alias") in problems_of(files)


def test_not_utf8(problems_of, write_rounds) -> None:
    root = write_rounds({})
    (root / "statements").mkdir()
    (root / "statements/latin1.yaml").write_bytes(b"statements:\n  - id: a\n    text: caf\xe9\n")
    assert problems_of({}) == [("statements/latin1.yaml", 3, 14, "encoding")]


def test_control_character_is_a_clear_error() -> None:
    result = parse_bytes(b"actors:\n  - id: a\x07\n", "x.yaml")
    assert [(p.line, p.column, p.rule) for p in result.problems] == [(2, 10, "yaml-syntax")]


def test_structure_errors(problems_of) -> None:
    files = {
        "misc/list.yaml": "- a\n- b\n",
        "misc/unknown.yaml": "statement:\n  - id: a\n",
        "misc/empty.yaml": "",
        "misc/two.yaml": "actors: []\n---\nactors: []\n",
    }
    found = {(path, rule) for path, _, _, rule in problems_of(files)}
    assert found == {
        ("misc/list.yaml", "file-structure"),
        ("misc/unknown.yaml", "unknown-key"),
        ("misc/empty.yaml", "file-structure"),
        ("misc/two.yaml", "yaml-syntax"),
    }


def test_layout_warning(problems_of) -> None:
    assert problems_of({"milestones/2021/a.yaml": STATEMENT}) == [
        ("milestones/2021/a.yaml", 2, 5, "layout")
    ]


def test_unverified_statement_needs_a_note(problems_of) -> None:
    files = {"statements/2021/a.yaml": STATEMENT.replace("verified: true", "verified: false")}
    assert problems_of(files) == [("statements/2021/a.yaml", 2, 9, "unverified-note")]


def test_record_remembers_field_positions(write_rounds) -> None:
    root = write_rounds({"statements/2021/a.yaml": STATEMENT})
    statement = load([root]).dataset.statements[0]
    assert isinstance(statement, Statement)
    assert statement.position("date")[1:] == (4, 11)
    assert statement.line == 2


SCALARS = st.sampled_from(
    [
        "a",
        "no",
        "yes",
        "1:20",
        "2021-06-28",
        "2021-02-30",
        "~",
        "",
        "'q'",
        "!!python/object x",
        "*x",
        "&x y",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "-",
        "https://x.org",
        "\t",
        "\x1b[31m",
        "é",
        "ی",
    ]
)
KEYS = st.sampled_from(
    [
        "actors",
        "statements",
        "rounds",
        "id",
        "speaker",
        "date",
        "text",
        "sources",
        "url",
        "kind",
        "name",
        "track",
        "start",
        "end",
        "title",
        "tone",
        "x",
    ]
)


@st.composite
def yamlish(draw: st.DrawFn) -> bytes:
    """Text that looks like our YAML: most inputs get past the parser."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        indent = "  " * draw(st.integers(0, 3))
        dash = draw(st.sampled_from(["", "- "]))
        lines.append(f"{indent}{dash}{draw(KEYS)}: {draw(SCALARS)}")
    return "\n".join(lines).encode()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=200), yamlish()))
def test_any_bytes_give_problems_or_records_never_an_exception(data: bytes) -> None:
    result = parse_bytes(data, "fuzz.yaml")
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert problem.path == "fuzz.yaml"


@pytest.mark.parametrize("name", ["a.yml", "b.yaml"])
def test_both_suffixes_are_read(write_rounds, name: str) -> None:
    root = write_rounds({f"statements/{name}": STATEMENT})
    # editor backups and hidden folders are not data: a copy there is skipped
    (Path(root) / "statements" / f".{name}").write_text(STATEMENT)
    (Path(root) / ".git").mkdir()
    (Path(root) / ".git" / "x.yaml").write_text(STATEMENT)
    assert len(load([root]).dataset.statements) == 1


def test_closed_vocabularies_ids_urls_and_ranges(problems_of, tmp_path) -> None:
    files = {
        "statements/2021/a.yaml": """
            statements:
              - id: a
                speaker: blinken
                date: 2021-06-25
                text: hi
                occasion: presser
                category: threat
                tone: -3
                topics: [Sanctions Relief]
                verified: true
                sources:
                  - url: www.example.org/no-scheme
                  - url: https://example.org/ok
        """
    }
    assert problems_of(files) == [
        ("statements/2021/a.yaml", 6, 15, "vocabulary"),
        ("statements/2021/a.yaml", 7, 15, "vocabulary"),
        ("statements/2021/a.yaml", 8, 11, "tone-range"),
        ("statements/2021/a.yaml", 9, 14, "id-format"),
        ("statements/2021/a.yaml", 12, 14, "url"),
    ]
    checked, _ = validate(tmp_path / "rounds")
    vocabulary = [p for p in checked.problems if p.rule == "vocabulary"]
    assert str(vocabulary[1].hint).startswith("did you mean 'threaten', or add 'threat'")
    assert "is not one of the dataset's categories: consult, agree" in vocabulary[1].message
    result = parse_bytes((tmp_path / "rounds/statements/2021/a.yaml").read_bytes(), "a.yaml")
    hints = {p.rule: p.hint for p in result.problems}
    assert (
        hints["id-format"] == "ids are lower-case words joined by hyphens, e.g. 'sanctions-relief'"
    )


def test_round_numbers_pauses_and_cancelled_rounds(problems_of) -> None:
    files = {
        "tracks/vienna/rounds.yaml": """
            rounds:
              - id: r1
                track: vienna
                number: 1
                title: Round 1
                start: 2021-04-06
                end: 2021-04-09
                pauses:
                  - start: 2021-04-10
                    end: 2021-04-08
                sources: [{url: "https://example.org/1"}]
              - id: r1-again
                track: vienna
                number: 1
                title: Round 1 again
                start: 2021-05-01
                end: 2021-05-02
                sources: [{url: "https://example.org/2"}]
              - id: r-cancelled
                track: vienna
                title: Cancelled, never overlaps
                start: 2021-05-01
                cancelled: 2021-04-30
                sources: [{url: "https://example.org/3"}]
        """
    }
    assert problems_of(files) == [
        ("tracks/vienna/rounds.yaml", 4, 13, "duplicate-number"),  # at both rounds
        ("tracks/vienna/rounds.yaml", 9, 7, "date-order"),  # pause ends before it starts
        ("tracks/vienna/rounds.yaml", 9, 7, "date-order"),  # and lies outside the round
        ("tracks/vienna/rounds.yaml", 14, 13, "duplicate-number"),
    ]


def test_delegations_map_parties_to_people(problems_of, tmp_path) -> None:
    files = {
        "tracks/vienna/r1.yaml": """
            rounds:
              - id: r1
                track: vienna
                title: Round 1
                start: 2021-04-06
                delegations:
                  us: blinken
                  iran: araghchi
                  eu: [blinken, nobody]
                sources: [{url: "https://example.org/1"}]
        """
    }
    assert problems_of(files) == [
        ("tracks/vienna/r1.yaml", 8, 7, "dangling-ref"),  # iran: no such party here
        ("tracks/vienna/r1.yaml", 8, 13, "dangling-ref"),  # araghchi
        ("tracks/vienna/r1.yaml", 9, 7, "dangling-ref"),  # eu
        ("tracks/vienna/r1.yaml", 9, 21, "dangling-ref"),  # nobody
    ]
    rnd = load([tmp_path / "rounds"]).dataset.rounds[0]
    assert rnd.delegations == {
        "us": ("blinken",),
        "iran": ("araghchi",),
        "eu": ("blinken", "nobody"),
    }


def test_missing_required_fields_are_each_reported(problems_of) -> None:
    files = {"milestones/2021/a.yaml": "milestones:\n  - id: m\n    date:\n"}
    assert problems_of(files) == [
        ("milestones/2021/a.yaml", 2, 5, "missing-field"),  # no kind
        ("milestones/2021/a.yaml", 2, 5, "missing-field"),  # no title
        ("milestones/2021/a.yaml", 3, 10, "missing-field"),  # empty date
    ]


def test_pure_python_parser_gives_the_same_records_and_problems(tmp_path) -> None:
    """Without libyaml the loader falls back to PyYAML's Python parser; both
    must read the bundled data identically, and report the same problems."""
    from jcpoa_tracker.loader import DEFAULT_COMPOSER, PythonComposer, discover
    from tests.conftest import DATA

    for path in discover(DATA)[::7]:
        data = path.read_bytes()
        fast = parse_bytes(data, "x.yaml", DEFAULT_COMPOSER)
        slow = parse_bytes(data, "x.yaml", PythonComposer)
        assert fast.records == slow.records and fast.problems == slow.problems == []
    broken = STATEMENT.replace("speaker: blinken", "speaker: [blinken").encode()
    fast = parse_bytes(broken, "x.yaml", DEFAULT_COMPOSER)
    slow = parse_bytes(broken, "x.yaml", PythonComposer)
    assert [p.rule for p in fast.problems] == [p.rule for p in slow.problems] == ["yaml-syntax"]
    assert fast.problems[0].line == slow.problems[0].line


_NAME = st.text(alphabet=st.sampled_from("abzAZ09-_.éسا"), min_size=1, max_size=6).filter(
    lambda name: not name.startswith(".")
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.lists(_NAME, max_size=3), _NAME, st.sampled_from([".yaml", ".yml"])),
        min_size=1,
        max_size=12,
    )
)
def test_walk_order_sorts_paths_as_the_walk_lists_them(tmp_path_factory, entries) -> None:
    root = tmp_path_factory.mktemp("walk")
    made = set()
    for folders, name, suffix in entries:
        relative = "/".join([*folders, name + suffix])
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("statements: []\n")
        made.add(relative)
    listed = [relative for relative, _ in walk(root)]
    assert sorted(listed) == sorted(made)
    assert listed == sorted(made, key=walk_order)


def test_many_files_are_shown_as_display_path_shows_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolving each folder once gives every path the name display_path
    gives it: below the working directory or not, through linked folders
    either way, with dots, and in the working directory itself."""
    work, outside = tmp_path / "work", tmp_path / "outside"
    (work / "data" / "statements").mkdir(parents=True)
    outside.mkdir()
    for file in (work / "data" / "statements" / "a.yaml", work / "top.yaml", outside / "x.yaml"):
        file.write_text("statements: []\n")
    (work / "out").symlink_to(outside)  # below the working directory, leading out of it
    (outside / "back").symlink_to(work / "data")  # outside it, leading in
    (work / "data" / "linked.yaml").symlink_to(outside / "x.yaml")  # a link is shown as itself
    monkeypatch.chdir(work)
    paths = [
        Path("data/statements/a.yaml"),
        Path("./data/../data/statements/a.yaml"),
        work / "data" / "statements" / "a.yaml",
        Path("top.yaml"),
        work / "top.yaml",
        Path("out/x.yaml"),
        outside / "x.yaml",
        outside / "back" / "statements" / "a.yaml",
        Path("data/linked.yaml"),
        Path("."),
        Path("data/.."),
        tmp_path / "absent" / "file.yaml",
    ]
    shown = display_paths()
    assert [shown(path) for path in paths] == [display_path(path) for path in paths]
    assert [shown(path) for path in paths] == [display_path(path) for path in paths]  # memoised
    assert shown(Path("./data/../data/statements/a.yaml")) == "data/statements/a.yaml"
    assert shown(outside / "back" / "statements" / "a.yaml") == "data/statements/a.yaml"
