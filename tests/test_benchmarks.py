"""The benchmark scripts keep working: the corpus generator writes a
realistic, deterministic corpus that validates clean (also after its
edits), the timing helper measures what it says, and every script runs end
to end on a tiny corpus (--quick).  No timing is asserted."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from tests.conftest import REPO

BENCH = REPO / "benchmarks"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import timing  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpora")
    generate.generate(root / "400", 400)
    return root / "400"


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _validate_strict(folder: Path) -> str:
    result = CliRunner().invoke(app, ["validate", "--strict", "--data-dir", str(folder)])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_corpus_validates_clean_and_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    assert "0 errors, 0 warnings" in _validate_strict(corpus)
    generate.generate(tmp_path / "again", 400)
    assert _digest(tmp_path / "again") == _digest(corpus)
    generate.generate(tmp_path / "other", 400, seed=7)
    assert _digest(tmp_path / "other") != _digest(corpus)


def test_the_generator_replaces_only_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(SystemExit, match="not a generated corpus"):
        generate.generate(tmp_path / "mine", 10)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def _texts(folder: Path, pattern: str) -> Iterator[str]:
    for path in sorted(folder.glob(pattern)):
        yield path.read_text(encoding="utf-8")


def test_the_corpus_has_what_the_real_data_has(corpus: Path) -> None:
    facts = generate.manifest(corpus)
    assert facts["statements"] == 400
    statements = "".join(_texts(corpus, "statements/*/*.yaml"))
    assert statements.count("\n  - id: ") == 400
    assert "lang: fa" in statements and "lang: ar" in statements
    assert "‌" in statements  # Persian's zero-width non-joiner
    assert "négociations" in statements or "sécurité" in statements
    assert "round_relation: " in statements and "verified: false" in statements
    rounds = "".join(_texts(corpus, "tracks/*/*-r*.yaml"))
    assert "sticking_points:" in rounds and "disposition: carried" in rounds
    assert "status: resolved" in rounds
    milestones = "".join(_texts(corpus, "milestones/*/*.yaml"))
    assert "metric: uranium-stockpile" in milestones and "vote:" in milestones
    assert "series:" in (corpus / "dataset.yaml").read_text(encoding="utf-8")
    assert f"- id: {facts['sample_statement']}\n" in statements
    words = generate.vocabulary(generate.VOCABULARY, facts["seed"])
    assert len(set(words)) == generate.VOCABULARY
    assert facts["rare_word"] == words[generate.RARE_RANK - 1]


def test_word_frequencies_follow_a_zipf_law() -> None:
    import random

    zipf = generate.Zipf(generate.vocabulary(generate.VOCABULARY, 1))
    drawn = zipf.draw(random.Random(1), 200_000)
    first, tenth = drawn.count(zipf.words[0]), drawn.count(zipf.words[9])
    assert 8 < first / tenth < 12  # 1/rank
    assert len(set(drawn)) > 2500  # the long tail is there


def test_edits_rename_delete_and_add_and_still_validate(corpus: Path, tmp_path: Path) -> None:
    copy = tmp_path / "edited"
    shutil.copytree(corpus, copy)
    done = generate.apply_edits(copy, seed=3)
    assert [line.split()[0] for line in done] == [
        "edited",
        "renamed",
        "deleted",
        "changed",
        "added",
    ]
    before, after = _digest(corpus), _digest(copy)
    assert len(set(before) - set(after)) == 2  # the renamed and the deleted file
    assert len(set(after) - set(before)) == 2  # the renamed and the added file
    changed = [name for name in set(before) & set(after) if before[name] != after[name]]
    assert len(changed) == 2  # a statement's text and a measurement
    _validate_strict(copy)


def test_edit_text_changes_bytes_every_time(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    shutil.copy(generate.sample_file(corpus), path)
    seen = set()
    for n in range(1, 5):
        generate.edit_text(path, n)
        seen.add(path.read_bytes())
    assert len(seen) == 4


def test_timing_pipes_and_terminals_and_own_peak_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # as a shell or a test runner may set it
    code, output, _ = timing.run_piped(
        [sys.executable, "-c", "import sys; print(sys.stdout.isatty())"], None
    )
    assert (code, output.strip()) == (0, b"False")
    code, output, _ = timing.run_tty(
        [
            sys.executable,
            "-c",
            "import shutil, sys; "
            "print(sys.stdout.isatty(), shutil.get_terminal_size().columns); sys.exit(3)",
        ],
        None,
    )
    assert (code, output.split()) == (3, [b"True", b"120"])
    _, _, big = timing.run_piped([sys.executable, "-c", "x = bytearray(150_000_000)"], None)
    assert big.rss_mb > 150
    if timing.GNU_TIME is not None:  # the command's own peak, not this process's
        _, _, small = timing.run_piped(["true"], None)
        assert small.rss_mb < 20


def test_runs_are_interleaved_and_tabled() -> None:
    order: list[str] = []
    cases = [
        timing.Case("floor: a", [sys.executable, "-c", "pass"], before=lambda n: order.append("a")),
        timing.Case(
            "b",
            [sys.executable, "-c", "pass"],
            before=lambda n: order.append("b"),
            floors=("floor: a",),
        ),
    ]
    timing.measure(cases, runs=3, warmup=1, progress=False)
    assert order == ["a", "b"] * 4
    assert all(len(case.samples) == 3 for case in cases)
    text = timing.table(cases)
    assert text.splitlines()[0].startswith("| case | best | median | spread |")
    assert re.search(r"\| \d+\.\d\dx / \d+\.\d\dx a \|$", text.splitlines()[3])
    failing = timing.Case("fails", [sys.executable, "-c", "raise SystemExit(4)"])
    with pytest.raises(timing.CommandFailed, match="exited 4"):
        timing.measure([failing], runs=1, warmup=0, progress=False)


@pytest.mark.parametrize("mode", ["load", "load-nogc", "compose", "parse"])
def test_floors_run(corpus: Path, mode: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "floors.py"), mode, str(corpus)], check=False
    )
    assert done.returncode == 0


def _script(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False, cwd=REPO
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_every_script_runs_end_to_end(tmp_path: Path) -> None:
    root = tmp_path / "corpora"
    generate.generate(root / "300", 300)  # the size --quick uses: the scripts reuse it
    pristine = _digest(root / "300")
    results = tmp_path / "results.json"
    out = _script(
        str(BENCH / "run.py"), "--quick", "--corpus-root", str(root), "--json", str(results)
    )
    for heading in (
        "Start-up on the bundled data",
        "Warm reports, 300",
        "After editing one file",
        "Adding and changing records, 300",
        "Cold work",
    ):
        assert heading in out
    assert "| warm `quote ID` |" in out and "x floor" in out
    assert "| warm `speakers` |" in out
    assert _digest(root / "300") == pristine  # the edited file was restored; nothing added
    loaded = json.loads(results.read_text(encoding="utf-8"))
    assert set(loaded["sections"]) == {"startup", "warm", "edit", "write", "bulk", "cold"}
    assert "| `set round --note --dry-run` |" in out  # the round the manifest names exists

    out = _script(
        str(BENCH / "quotes.py"), "--quick", "--corpus-root", str(root), "--watch",
        "--sections", "shapes,first,export",
    )  # fmt: skip
    assert "| prefix + `--speaker" in out and "The SQLite export from other tools" in out
    assert "Warm quote queries, 300 statements, with the file watcher" in out
    assert "The first search for a common phrase, 300 statements, with the file watcher" in out
    assert "| first search for the prefix: `" in out and "| the next search for the phrase |" in out

    # another checkout's package beside this one's (here: this one again)
    baseline = BENCH.parent
    out = _script(
        str(BENCH / "run.py"), "--quick", "--sections", "warm", "--corpus-root", str(root),
        "--watch", "--baseline", str(baseline),
    )  # fmt: skip
    assert "| warm `status` |" in out and "| warm `status` (baseline) |" in out
    assert "with the file watcher" in out
    out = _script(
        str(BENCH / "run.py"), "--quick", "--sections", "cold", "--corpus-root", str(root),
        "--only", "validate", "--baseline", str(baseline),
    )  # fmt: skip
    assert "| cold `validate` |" in out and "| cold `validate` (baseline) |" in out
    assert "| cold `validate FILE` (pre-commit's check of one file) |" in out
    assert "first `status`" not in out  # --only

    svg = tmp_path / "scaling.svg"
    out = _script(str(BENCH / "scaling.py"), "--from", str(results), "--svg", str(svg))
    assert "| warm `status` |" in out
    assert svg.read_text(encoding="utf-8").startswith("<?xml")


def test_start_up_is_measured_with_bytecode_written(monkeypatch):
    """With PYTHONDONTWRITEBYTECODE set in the shell, a module changed since
    its .pyc would be compiled on every timed run: the cases run without it
    (and without forced colour either way)."""
    sys.path.insert(0, str(BENCH))
    try:
        import startup
    finally:
        sys.path.remove(str(BENCH))
    for name, value in (("PYTHONDONTWRITEBYTECODE", "1"), ("FORCE_COLOR", "1"), ("NO_COLOR", "1")):
        monkeypatch.setenv(name, value)
    env = startup.environment("/tmp/cache")
    assert not {"PYTHONDONTWRITEBYTECODE", "FORCE_COLOR", "NO_COLOR"} & set(env)
    assert env["JCPOA_TRACKER_CACHE_DIR"] == "/tmp/cache"


def test_the_first_builds_parts_are_measured_with_its_workers(tmp_path: Path) -> None:
    """build.py reports where a first build's CPU goes: its writing process
    and its workers (a corpus of 200 statement files or more is prepared by
    workers), and the workers' steps one by one."""
    root = tmp_path / "corpora"
    generate.generate(root / "4000", 4000)  # 200 statement files of 20
    out = _script(str(BENCH / "build.py"), "--sizes", "4000", "--runs", "1",
                  "--corpus-root", str(root))  # fmt: skip
    assert "### The first build, 4k statements" in out
    parts = dict(re.findall(r"^\| ([^|]+?) \| (\d+\.\d+) s \|$", out, re.M))
    assert float(parts["the workers, in all"]) > 0
    assert float(parts["of which making groups of files ready"]) > 0
    assert float(parts["of which checking them against the context"]) > 0
    assert float(parts["stemming the search texts"]) > 0
    assert "| first build (the store, from an empty cache) |" in out
