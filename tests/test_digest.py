"""The data's digest as the store keeps it (search/digest.py): always the
one ``provenance.data_hash`` takes of the files, through edits, additions,
removals and renames, with only the changed files' parts read again."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcpoa_tracker.provenance import data_hash
from jcpoa_tracker.search import digest
from jcpoa_tracker.search.index import Index, open_index

# Names whose order is easy to get wrong: a file beside a folder of the
# same name ("2013.yaml", "2013/"), "-" and "." sorting before "/", and
# non-ASCII.
TRICKY = [
    "top.yaml",
    "actors/a.yaml",
    "statements/2013.yaml",
    "statements/2013-old/b.yaml",
    "statements/2013/c.yaml",
    "statements/2013/deep/d.yaml",
    "statements/2013/deep/e.yaml",
    "statements/2013.d/f.yaml",
    "statements/é/g.yaml",
    "statements/z.yaml",
]


def _write(root: Path, relative: str, text: str = "statements: []\n") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _digest(root: Path) -> str | None:
    index = open_index(root, {"JCPOA_TRACKER_CACHE_DIR": str(_cache_of(root))})
    try:
        return index.data_hash()
    finally:
        index.close()


def _cache_of(root: Path) -> Path:
    return root.parent / f"{root.name}-cache"


def _parts(index: Index) -> dict[str, str | None]:
    rows = index.connection.execute(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key",
        (digest.PART_KEY, digest.PART_KEY[:-1] + ";"),
    )
    return {key[len(digest.PART_KEY) :]: value for key, value in rows}


@pytest.fixture
def tricky(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    for number, relative in enumerate(TRICKY):
        _write(root, relative, f"statements: []\n# {number}\n")
    return root


def test_the_digest_is_the_files_own_through_every_kind_of_change(tricky: Path) -> None:
    root = tricky
    assert _digest(root) == _digest(root) == data_hash(root)  # worked out, then kept
    changes = [
        lambda: _write(root, "statements/2013/deep/d.yaml", "statements: []\n# edited\n"),
        lambda: _write(root, "statements/2013/new.yaml"),  # a new file in a kept part
        lambda: _write(root, "statements/2014/h.yaml"),  # a new part
        lambda: _write(root, "new-top.yaml"),  # a new file-part
        lambda: (root / "statements" / "2013.yaml").unlink(),  # a file-part gone
        lambda: shutil.rmtree(root / "statements" / "2013-old"),  # a folder part gone
        lambda: (root / "statements" / "é").rename(root / "statements" / "a"),  # renamed
        lambda: _write(root, "dataset.yaml", "name: x\n"),  # not part of the digest
    ]
    seen = {data_hash(root)}
    for change in changes:
        change()
        expected = data_hash(root)
        assert _digest(root) == expected
        seen.add(expected)
    assert len(seen) == len(changes)  # each change but the configuration moved it


def test_an_edit_reads_only_its_part_again(tricky: Path) -> None:
    root = tricky
    env = {"JCPOA_TRACKER_CACHE_DIR": str(_cache_of(root))}
    index = open_index(root, env)
    index.data_hash()
    kept = _parts(index)
    index.close()
    assert set(kept) == {
        "actors/a.yaml",
        "statements/2013-old/",
        "statements/2013.d/",
        "statements/2013.yaml",
        "statements/2013/",
        "statements/z.yaml",
        "statements/é/",
        "top.yaml",
    }
    _write(root, "statements/2013/deep/e.yaml", "statements: []\n# edited\n")
    index = open_index(root, env)
    try:
        pending = _parts(index)
        assert [part for part, text in pending.items() if text is None] == ["statements/2013/"]
        assert {p: t for p, t in pending.items() if t is not None} == {
            p: t for p, t in kept.items() if p != "statements/2013/"
        }
        statements: list[str] = []
        index.connection.set_trace_callback(statements.append)
        assert index.data_hash() == data_hash(root)
        index.connection.set_trace_callback(None)
        read = [sql for sql in statements if "FROM files" in sql]
        assert read == [
            "SELECT path, content FROM files WHERE path >= 'statements/2013/' "
            "AND path < 'statements/20130' ORDER BY path"
        ]
        assert None not in _parts(index).values()
    finally:
        index.close()


def test_a_store_it_cannot_write_works_it_out_without_keeping_it(
    tricky: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tricky
    index = open_index(root, {"JCPOA_TRACKER_CACHE_DIR": str(_cache_of(root))})
    try:

        @contextmanager
        def busy(_: Index) -> Iterator[None]:
            raise sqlite3.OperationalError("database is locked")
            yield

        monkeypatch.setattr(Index, "_write", busy)
        assert index.data_hash() == data_hash(root)
        assert digest.kept_digest(index.connection) is None
    finally:
        index.close()


_segment = st.sampled_from(["a", "b", "a.b", "a-b", "é", "2013", "2013.d"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_segment, max_size=3), min_size=1, max_size=8), st.data())
def test_any_tree_and_any_change(folders: list[list[str]], data: st.DataObject) -> None:
    work = Path(tempfile.mkdtemp(prefix="jcpoa-digest-"))
    try:
        root = work / "data"
        files = sorted({"/".join([*folder, f"f{n}.yaml"]) for n, folder in enumerate(folders)})
        for relative in files:
            _write(root, relative, f"statements: []\n# {relative}\n")
        assert _digest(root) == data_hash(root)
        for relative in data.draw(st.lists(st.sampled_from(files), max_size=3, unique=True)):
            action = data.draw(st.sampled_from(["edit", "remove", "add beside"]))
            if action == "edit":
                _write(root, relative, f"statements: []\n# {relative} edited\n")
            elif action == "remove":
                (root / relative).unlink()
            else:
                _write(root, relative.replace(".yaml", "x.yaml"))
        assert _digest(root) == data_hash(root)
    finally:
        shutil.rmtree(work, ignore_errors=True)
