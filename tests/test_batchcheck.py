"""validate checks a data directory in batches: exactly the problems of
checking it whole, whatever the batch size."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jcpoa_tracker import batchcheck
from jcpoa_tracker.batchcheck import check_in_batches
from jcpoa_tracker.checks import validate
from tests.conftest import DATA, REPO

WHO = REPO / "examples" / "who-pandemic-agreement"
BROKEN = {
    # a speaker nobody knows, a round that is an actor, an id an actor has
    "statements/2021/2021-06-27-broken.yaml": """\
statements:
  - id: broken-1
    speaker: nobody-at-all
    date: 2021-06-27
    text: A statement with a dangling speaker.
    verified: true
    sources:
      - url: https://example.org/broken-1
  - id: araghchi
    speaker: blinken
    date: 2021-06-27
    round: araghchi
    text: An id an actor has, and a round that is an actor.
    sources:
      - url: https://example.org/broken-2
""",
    # the same statement id in two more files, one of them in another year
    "statements/2021/2021-06-28-again.yaml": """\
statements:
  - id: broken-1
    speaker: blinken
    date: 2021-06-28
    text: The id again.
    verified: true
    sources:
      - url: https://example.org/again
""",
    "statements/2022/2022-01-01-again.yaml": """\
statements:
  - id: broken-1
    speaker: blinken
    date: 2022-01-01
    text: And again, in another year.
    confidence: high
    sources:
      - url: https://example.org/again-2
""",
    "statements/2022/2022-01-02-unparsable.yaml": "statements:\n  - id: [broken\n",
    "actors/stray.yaml": """\
statements:
  - id: stray-statement
    speaker: nobody-either
    date: 2021-01-01
    text: A statement outside statements/.
    sources:
      - url: https://example.org/stray
""",
}


def _same(root: Path, workers: int = 1) -> None:
    whole, files = validate(root)
    batched = check_in_batches(root, workers=workers)
    assert batched is not None
    assert batched.problems == whole.problems
    assert (batched.files, batched.records) == (files, len(whole.dataset))


# In this process, and by two forked workers (whatever the machine's cores).
WORKERS = [1, 2]


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("size", [1, 7, 500])
def test_the_bundled_data_and_the_example(
    size: int, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batchcheck, "BATCH", size)
    _same(DATA, workers)
    _same(WHO, workers)


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("size", [1, 3, 500])
def test_broken_data_gives_the_same_problems(
    size: int, workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batchcheck, "BATCH", size)
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    for name, text in BROKEN.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "actors" / "blinken.yaml").unlink()  # many statements now dangle
    whole, _ = validate(root)
    rules = {p.rule for p in whole.problems}
    assert {"duplicate-id", "dangling-ref", "wrong-ref-kind", "yaml-syntax"} <= rules
    _same(root, workers)


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("size", [1, 3, 500])
def test_references_to_a_statement_in_another_batch(
    size: int, workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the actor araghchi gone, the statement with that id (BROKEN)
    is what every reference to araghchi finds first, in whichever batch:
    each is of the wrong kind, not dangling."""
    monkeypatch.setattr(batchcheck, "BATCH", size)
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    for name, text in BROKEN.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "actors" / "araghchi.yaml").write_text("actors: []\n", encoding="utf-8")
    whole, _ = validate(root)
    wrong = [p for p in whole.problems if p.rule == "wrong-ref-kind"]
    assert len({p.path for p in wrong}) > 20  # statements and rounds of every year
    assert not any("'araghchi'" in p.message for p in whole.problems if p.rule == "dangling-ref")
    _same(root, workers)


def test_an_empty_folder_has_no_data(tmp_path: Path) -> None:
    _same(tmp_path)


def test_other_records_among_statements_are_checked_whole(tmp_path: Path) -> None:
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    (root / "statements" / "2021" / "stray-actor.yaml").write_text(
        "actors:\n  - id: stray\n    kind: person\n    name: Stray\n"
        "    sources:\n      - url: https://example.org/stray\n",
        encoding="utf-8",
    )
    assert check_in_batches(root) is None
    assert check_in_batches(root, workers=2) is None


@pytest.mark.parametrize("workers", WORKERS)
def test_versions_checked_in_one_pass_are_each_checked_alone(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What add and set compare: the directory as it is and as an edit would
    leave it (a context file replaced, a statement file new), each file
    on disk read once for both."""
    monkeypatch.setattr(batchcheck, "BATCH", 7)
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    actor = root / "actors" / "araghchi.yaml"
    new = root / "statements" / "2030" / "2030-01-01-new.yaml"
    edit = {actor: "actors: []\n", new: BROKEN["statements/2021/2021-06-28-again.yaml"]}
    alone = [check_in_batches(root), *(batchcheck.check_versions(root, [edit]) or [])]
    assert batchcheck.check_versions(root, [{}, edit], workers=workers) == alone
    read: list[Path] = []
    real = batchcheck.load_file

    def counted(path: Path, shown: str | None = None) -> object:
        read.append(path)
        return real(path, shown)

    monkeypatch.setattr(batchcheck, "load_file", counted)
    assert batchcheck.check_versions(root, [{}, edit], workers=1) == alone
    assert alone[0] is not None and alone[1] is not None
    assert alone[1].files == alone[0].files + 1
    assert {p.rule for p in alone[1].problems} - {p.rule for p in alone[0].problems}
    assert len(read) == len(set(read)) == alone[0].files


def _broken_copy(tmp_path: Path) -> Path:
    root = tmp_path / "rounds"
    shutil.copytree(DATA, root)
    for name, text in BROKEN.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "actors" / "blinken.yaml").unlink()  # many statements now dangle
    return root


def _given_paths(root: Path, outside: Path) -> list[list[Path]]:
    """Paths as pre-commit and people give them: files and folders inside
    the data directory (relative and absolute), a context file, a file
    whose id another file has first, a folder outside, and a mix."""
    statements = root / "statements"
    return [
        [root / "statements/2021/2021-06-28-again.yaml"],
        [statements / "2021/2021-06-27-broken.yaml", root / "actors/stray.yaml"],
        [statements / "2022"],
        [root / "actors" / "araghchi.yaml", root / "statements/2022/2022-01-02-unparsable.yaml"],
        [root],
        [outside],
        [outside / "statements"],
        [outside / "actors" / "araghchi.yaml"],
        [root / "statements/2021/2021-06-28-again.yaml", outside],
    ]


@pytest.mark.parametrize("workers", WORKERS)
def test_given_paths_report_what_checking_them_whole_reports(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``validate PATHS`` (pre-commit's) finds in batches exactly the
    problems, files and records of reading everything at once."""
    monkeypatch.setattr(batchcheck, "BATCH", 3)
    monkeypatch.setattr(batchcheck, "available_cores", lambda: workers)
    root = _broken_copy(tmp_path)
    outside = tmp_path / "elsewhere"
    shutil.copytree(DATA, outside)
    reported = set()
    for paths in _given_paths(root, outside):
        whole, files = validate(root, paths)
        batched = batchcheck.check_paths(root, paths)
        assert batched.problems == whole.problems, paths
        assert (batched.files, batched.records) == (files, len(whole.dataset)), paths
        reported.add(len(batched.problems))
    assert len(reported) > 3  # the paths chosen report different problems
    again = batchcheck.check_paths(root, _given_paths(root, outside)[0]).problems
    assert "duplicate-id" in {p.rule for p in again}


def test_paths_inside_the_data_directory_never_hold_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading every record at once is what made pre-commit's check of one
    file cost the memory of the whole archive: only what is not one
    dataset (several paths outside the data directory, a statement folder
    holding other records) is read whole."""
    root = _broken_copy(tmp_path)
    expected = validate(root, [root / "statements" / "2021"])[0].problems

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("read whole")

    monkeypatch.setattr("jcpoa_tracker.loader.load", whole)
    assert batchcheck.check_paths(root, [root / "statements" / "2021"]).problems == expected
    assert batchcheck.check_paths(root).problems
    with pytest.raises(AssertionError, match="read whole"):
        batchcheck.check_paths(root, [DATA / "actors", DATA / "rounds"])
