"""The file watcher: what it reports lets a client keep the listing a scan
would give, after any change; a report with a watcher running answers as
one without; it never vouches for what it did not see (another data
directory, another user, a restart, lost events); and `watch` starts,
reports and stops it from a shell."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.datadir import FOLDER, Stamp, entry_stamp
from jcpoa_tracker.search import index as index_module
from jcpoa_tracker.search.index import open_index, read_meta, scan, store_location
from jcpoa_tracker.store import stored_from
from jcpoa_tracker.watch import client, server
from jcpoa_tracker.watch import tree as tree_module
from jcpoa_tracker.watch.client import WatchPaths, ask, modified_stamps, request, short_path
from jcpoa_tracker.watch.inotify import Q_OVERFLOW, Event
from jcpoa_tracker.watch.server import CannotWatch, serve
from jcpoa_tracker.watch.tree import Tree
from tests.test_cli import _console_script

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="inotify is Linux's")

runner = CliRunner()


def paths_of(root: Path) -> WatchPaths:
    return WatchPaths(store_location(root, os.environ))


@contextlib.contextmanager
def serving(root: Path) -> Iterator[WatchPaths]:
    """A watcher of ``root`` answering in a thread of this process."""
    paths = paths_of(root)
    thread, _ = in_thread(root, paths)
    try:
        yield paths
    finally:
        request(paths.socket, {"stop": True})
        thread.join(10)
        assert not thread.is_alive()


@contextlib.contextmanager
def watching_process(root: Path) -> Iterator[WatchPaths]:
    """A watcher of ``root`` in a process of its own (``watch start``), for
    a test whose reports fork workers: a process forked while another of
    its threads runs may inherit a lock that thread held, and wait on it
    for ever (Python 3.12 warns of such forks)."""

    def watch(action: str) -> None:
        argv = [sys.executable, "-m", "jcpoa_tracker", "watch", action, "--data-dir", str(root)]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr

    watch("start")
    try:
        yield paths_of(root)
    finally:
        watch("stop")


def in_thread(root: Path, paths: WatchPaths) -> tuple[threading.Thread, list[str]]:
    """``serve`` started in a thread, and where it will say why it ended."""
    Path(paths.socket).parent.mkdir(parents=True, exist_ok=True)
    ready = threading.Event()
    ended: list[str] = []
    thread = threading.Thread(
        target=lambda: ended.append(serve(root, paths, lambda _tree: ready.set())), daemon=True
    )
    thread.start()
    assert ready.wait(10), "the watcher did not start"
    return thread, ended


@pytest.fixture
def data(bundled_copy: Path) -> Path:
    return bundled_copy  # (conftest's: a copy of the bundled data, its own cache)


# --- one name, by the walk's rules -----------------------------------------

NAMES = ["a.yaml", "b.yml", "c.txt", ".h.yaml", "dataset.yaml", "d", "e.yaml"]


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[str, str, str]]:
    """Entries to make: (kind, folder, name)."""
    entries = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.sampled_from(["file", "folder", "link-file", "link-folder", "dangling"]))
        folder = draw(st.sampled_from(["", "d/", ".h/", "d/d/", "e.yaml/"]))
        entries.append((kind, folder, draw(st.sampled_from(NAMES))))
    return entries


def _make(root: Path, entries: list[tuple[str, str, str]]) -> None:
    for kind, folder, name in entries:
        path = root / folder / name
        with contextlib.suppress(OSError):  # a parent missing, or the name taken
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind == "file":
                path.write_text("x: 1\n")
            elif kind == "folder":
                path.mkdir()
            elif kind == "link-file":
                (root / "target.txt").write_text("t")
                path.symlink_to(root / "target.txt")
            elif kind == "link-folder":
                path.symlink_to(root / "d", target_is_directory=True)
            else:
                path.symlink_to(root / "missing")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=trees())
def test_one_names_stamp_is_the_walks(tmp_path_factory: pytest.TempPathFactory, entries) -> None:
    root = tmp_path_factory.mktemp("tree")
    _make(root, entries)
    listed = scan(root)
    every = {
        path.relative_to(root).as_posix()
        for path in [*root.rglob("*"), root / "dataset.yaml", root / "gone.yaml"]
    }
    for relative in every:
        found = entry_stamp(root, relative)
        path = root / relative
        hidden = any(part.startswith(".") for part in relative.split("/"))
        if path.is_dir() and not path.is_symlink() and not hidden:
            assert found == FOLDER, relative
        else:
            assert found == listed.get(relative), relative


# --- the journal keeps a client's listing equal to a scan -------------------

FILES = [
    "a.yaml", "x/b.yaml", "x/y/c.yml", "z/d.yaml", "notes.txt", ".hidden.yaml", "dataset.yaml"
]  # fmt: skip
FOLDERS = ["x", "x/y", "z", ".h", "x/.h"]
OPS = st.one_of(
    st.tuples(st.just("write"), st.sampled_from(FILES), st.text("ab\n", max_size=6)),
    st.tuples(st.just("append"), st.sampled_from(FILES), st.just("")),
    st.tuples(st.just("replace"), st.sampled_from(FILES), st.text("ab", max_size=4)),
    st.tuples(st.just("delete"), st.sampled_from(FILES), st.just("")),
    st.tuples(st.just("rename"), st.sampled_from(FILES), st.sampled_from(FILES)),
    st.tuples(st.just("touch"), st.sampled_from(FILES), st.just("")),
    st.tuples(st.just("mkdir"), st.sampled_from(FOLDERS), st.just("")),
    st.tuples(st.just("rmtree"), st.sampled_from(FOLDERS), st.just("")),
    st.tuples(st.just("move-folder"), st.sampled_from(FOLDERS), st.sampled_from(FOLDERS)),
    st.tuples(st.just("move-out"), st.sampled_from(FOLDERS), st.just("")),
    st.tuples(st.just("move-in"), st.sampled_from(FOLDERS), st.just("")),
    st.tuples(
        st.just("link"), st.sampled_from(["l.yaml", "ldir", "x/m"]), st.sampled_from(FOLDERS)
    ),
)


def _apply(root: Path, outside: Path, op: tuple[str, str, str]) -> None:
    kind, name, other = op
    path = root / name
    with contextlib.suppress(OSError):
        if kind == "write":
            path.write_text(other)
        elif kind == "append":
            with path.open("a") as handle:
                handle.write("more\n")
        elif kind == "replace":  # how editors and `add` save: a new file renamed over
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_text(other)
            temporary.replace(path)
        elif kind == "delete":
            path.unlink()
        elif kind == "rename":
            path.rename(root / other)
        elif kind == "touch":
            os.utime(path, ns=(1, time.time_ns() + 10**9))
        elif kind == "mkdir":
            path.mkdir()
            (path / "new.yaml").write_text("x: 1\n")  # at once: before the watch, maybe
        elif kind == "rmtree":
            shutil.rmtree(path)
        elif kind == "move-folder":
            path.rename(root / other)
        elif kind == "move-out":
            path.rename(outside / name.replace("/", "_"))
        elif kind == "move-in":
            (outside / name.replace("/", "_")).rename(path)
        elif kind == "link":
            path.symlink_to(root / other, target_is_directory=True)


class Client:
    """What Index.refresh does with the watcher's answers, without SQL."""

    def __init__(self, root: Path, tree: Tree) -> None:
        self.root, self.tree = root, tree
        self.token: str | None = None
        self.listing: dict[str, Stamp] = {}
        self.incremental = 0

    def sync(self) -> dict[str, Stamp]:
        self.tree.drain()  # as the watcher does before it answers
        changed = self.tree.changes_since(self.token)
        self.token = self.tree.token()
        if changed is None:
            self.listing = scan(self.root)
        elif changed:
            modified = modified_stamps(self.root, changed, self.listing.get)
            self.incremental += modified is not None
            if modified is None:
                self.listing = scan(self.root)
            else:
                self.listing = {**self.listing, **modified}
        return self.listing


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(OPS, st.booleans()), max_size=25))
def test_the_journal_keeps_the_listing_a_scan_gives(
    tmp_path_factory: pytest.TempPathFactory, steps
) -> None:
    base = tmp_path_factory.mktemp("watched")
    root, outside = base / "data", base / "outside"
    root.mkdir()
    outside.mkdir()
    _apply(root, outside, ("mkdir", "x", ""))
    tree = Tree(str(root))
    try:
        watching = Client(root, tree)
        watching.sync()
        for op, sync_now in steps:
            _apply(root, outside, op)
            if sync_now:
                assert list(watching.sync().items()) == list(scan(root).items()), op
        assert list(watching.sync().items()) == list(scan(root).items())
    finally:
        tree.close()


def test_an_edit_of_a_known_file_needs_no_scan(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "statements" / "2021").mkdir(parents=True)
    edited = root / "statements" / "2021" / "a.yaml"
    edited.write_text("statements: []\n")
    tree = Tree(str(root))
    try:
        watching = Client(root, tree)
        watching.sync()
        edited.write_text("statements: []  # longer\n")
        (root / "statements" / "2021" / "notes.txt").write_text("not data")
        tree.drain()
        assert sorted(tree.changes_since(watching.token) or []) == [
            "statements/2021/a.yaml",
            "statements/2021/notes.txt",
        ]
        assert watching.sync() == scan(root)
        assert watching.incremental == 1
    finally:
        tree.close()


def test_new_folders_are_watched_and_folders_moved_away_are_not(tmp_path: Path) -> None:
    root, outside = tmp_path / "data", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    tree = Tree(str(root))
    try:
        watching = Client(root, tree)
        watching.sync()
        (root / "new" / "deeper").mkdir(parents=True)
        assert watching.sync() == scan(root)  # a folder came: a scan
        (root / "new" / "deeper" / "a.yaml").write_text("")
        (root / "new" / "deeper" / "a.yaml").write_text("statements: []\n")
        tree.drain()
        assert tree.changes_since(watching.token) == ["new/deeper/a.yaml"]
        assert watching.sync() == scan(root)
        (root / "new").rename(outside / "new")
        watching.sync()
        (outside / "new" / "deeper" / "a.yaml").write_text("changed outside")
        tree.drain()
        assert tree.changes_since(watching.token) == []  # no longer ours
        assert set(tree.watched) == {""}
    finally:
        tree.close()


def test_lost_events_or_a_full_journal_vouch_for_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = Tree(str(tmp_path))
    try:
        before = tree.token()
        assert tree.changes_since(before) == []
        tree._handle(Event(-1, Q_OVERFLOW, ""))  # the kernel's queue overflowed
        assert tree.changes_since(before) is None
        assert tree.changes_since(tree.token()) == []
        monkeypatch.setattr(tree_module, "JOURNAL_LIMIT", 3)
        kept = tree.token()
        for number in range(5):
            (tmp_path / f"{number}.yaml").write_text("")
        tree.drain()
        assert tree.changes_since(kept) is None
        assert tree.changes_since(None) is None
        assert tree.changes_since("not a token") is None
    finally:
        tree.close()


# --- the watcher's answers --------------------------------------------------


def test_the_watcher_answers_what_changed_since_a_token(data: Path) -> None:
    with serving(data):
        first = ask(paths_of(data).store, data, None)
        assert first is not None and first.changed is None  # no token: look at every file
        target = data / "statements" / "2021" / "2021-06-20-araghchi.yaml"
        target.write_text(target.read_text(encoding="utf-8") + "\n")
        second = ask(paths_of(data).store, data, first.token)
        assert second is not None and second.changed == ["statements/2021/2021-06-20-araghchi.yaml"]
        third = ask(paths_of(data).store, data, second.token)
        assert third is not None and third.changed == []


def test_a_watcher_of_another_folder_or_user_is_not_trusted(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serving(data) as paths:
        assert ask(paths.store, data, None) is not None
        assert ask(paths.store, tmp_path, None) is None  # its root is not this one
        me = os.getuid()
        monkeypatch.setattr(client.os, "getuid", lambda: me + 1)
        assert ask(paths.store, data, None) is None  # a socket of another user
        monkeypatch.undo()
    Path(paths.socket).write_text("not a socket")
    assert request(paths.socket, {"status": True}) is None


def test_a_deep_cache_folder_is_no_obstacle(data: Path, tmp_path: Path, monkeypatch) -> None:
    deep = tmp_path / ("c" * 100) / ("d" * 100)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(deep))
    assert len(paths_of(data).socket) > 200  # a socket's address holds 107 bytes
    with serving(data) as paths:
        assert ask(paths.store, data, None) is not None
        assert Path(paths.socket).parent == deep


def test_one_watcher_per_data_directory(data: Path) -> None:
    with serving(data) as paths:
        with pytest.raises(CannotWatch, match=rf"already watched \(pid {os.getpid()}\)"):
            serve(data, paths, lambda _tree: None)
        assert request(paths.socket, {"status": True}) is not None  # the first one still runs
    assert not Path(paths.socket).exists()


def test_a_socket_left_by_a_dead_watcher_is_replaced(data: Path) -> None:
    paths = paths_of(data)
    Path(paths.socket).parent.mkdir(parents=True)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with short_path(paths.socket) as reachable:
        left.bind(reachable)
    left.close()  # the file stays, nobody listens
    assert request(paths.socket, {"status": True}) is None
    with serving(data):
        assert request(paths.socket, {"status": True}) is not None


def test_it_stops_when_its_socket_or_data_directory_goes(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "SOCKET_CHECK", 0.05)
    for remove, why in (
        (lambda paths: Path(paths.socket).unlink(), "its socket was deleted"),
        (lambda paths: shutil.rmtree(data), "the data directory was moved, deleted or unmounted"),
    ):
        paths = paths_of(data)
        thread, ended = in_thread(data, paths)
        remove(paths)
        thread.join(10)
        assert ended == [why]


def test_it_stops_when_a_new_folder_cannot_be_watched(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = paths_of(data)
    thread, ended = in_thread(data, paths)

    def no_room(self: Tree, folder: str) -> None:
        raise tree_module.WatchLimit("the system's limit of watched folders is reached")

    monkeypatch.setattr(Tree, "add_tree", no_room)
    (data / "new-folder").mkdir()
    thread.join(10)
    assert ended == ["the system's limit of watched folders is reached"]
    assert not Path(paths.socket).exists()  # reports look at every file again


def test_what_cannot_be_watched_is_refused(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = paths_of(data)
    single = tmp_path / "one.yaml"
    single.write_text("statements: []\n")
    with pytest.raises(CannotWatch, match="is a file, not a folder"):
        serve(single, paths, lambda _tree: None)
    mounts = tmp_path / "mountinfo"
    mounts.write_text(f"36 35 0:42 / {data} rw,relatime shared:1 - nfs4 server:/x rw\n")
    monkeypatch.setattr(server, "MOUNTINFO", str(mounts))
    with pytest.raises(CannotWatch, match="on a nfs4 filesystem"):
        serve(data, paths, lambda _tree: None)


# --- the store with a watcher -----------------------------------------------


def status(data: Path) -> str:
    result = runner.invoke(app, ["status", "--as-of", "2021-06-28", "--data-dir", str(data)])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_a_warm_report_with_a_watcher_looks_at_no_file(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status(data)
    with serving(data):
        first = status(data)  # the watcher's first answer: every file looked at once

        def no_scan(root: Path) -> None:
            raise AssertionError("scanned")

        monkeypatch.setattr(index_module, "scan", no_scan)
        assert status(data) == first
        target = data / "statements" / "2021" / "2021-06-20-araghchi.yaml"
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace("closer than ever", "closer than ever before"))
        edited = status(data)
        assert "closer than ever before" in edited
        monkeypatch.undo()
        assert (
            edited
            == status(data)
            == runner.invoke(
                app, ["status", "--as-of", "2021-06-28", "--data-dir", str(data), "--no-cache"]
            ).stdout
        )


def test_a_scan_after_a_folder_change_is_not_repeated(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(data, os.environ).close()  # the store, built
    scans: list[Path] = []
    real_scan = index_module.scan
    monkeypatch.setattr(index_module, "scan", lambda root: scans.append(root) or real_scan(root))
    with serving(data):
        open_index(data, os.environ).close()
        (data / "empty").mkdir()  # no file comes or goes: nothing is written but the token
        open_index(data, os.environ).close()
        open_index(data, os.environ).close()
    assert len(scans) == 2  # the first answer, then the folder


def test_a_watcher_that_does_not_answer_is_passed_over(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = paths_of(data)
    Path(paths.socket).parent.mkdir(parents=True)
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with short_path(paths.socket) as reachable:
        silent.bind(reachable)
    silent.listen(1)  # accepts, never replies
    monkeypatch.setattr(client, "TIMEOUT", 0.2)
    try:
        target = data / "statements" / "2021" / "2021-06-20-araghchi.yaml"
        status(data)
        target.write_text(
            target.read_text(encoding="utf-8").replace("closer than ever", "closer than ever now")
        )
        assert "closer than ever now" in status(data)
    finally:
        silent.close()


def test_every_report_is_the_same_with_a_watcher(
    generated_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_store import _answers, answers_through_edits

    root = tmp_path / "data"
    shutil.copytree(generated_corpus, root)
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(tmp_path / "cache"))
    with watching_process(root):  # (its reports fork workers: no thread may run meanwhile)
        answers_through_edits(root)
        config = root / "dataset.yaml"
        config.write_text(config.read_text(encoding="utf-8") + "\n")
        _answers(root)
        folder = sorted((root / "statements").iterdir())[0]
        folder.rename(folder.with_name(folder.name + "-moved"))
        _answers(root)
        edited = sorted((root / "statements").rglob("*.yaml"))[3]
        edited.write_text(edited.read_text(encoding="utf-8").replace("tone: 1", "tone: -2"))
        _answers(root)  # an edit: only that file's stamp is written, with its rows
    # The stamps as stored, read by a run without a watcher: a listing's, in its order.
    unrefreshed = index_module._open(root, store_location(root, os.environ))
    try:
        assert read_meta(unrefreshed.connection, "stamps") is None
        assert list(unrefreshed._stored_stamps().items()) == list(scan(root).items())
    finally:
        unrefreshed.close()
    _answers(root)


# --- `watch` from a shell ---------------------------------------------------


def test_watch_start_status_stop_from_a_shell(data: Path, tmp_path: Path) -> None:
    script = _console_script()
    shell = f"""
        set -u
        tool={script}
        "$tool" watch status --data-dir rounds; echo "status-before=$?"
        "$tool" watch start --data-dir rounds; echo "start=$?"
        "$tool" watch start --data-dir rounds; echo "again=$?"
        "$tool" watch status --data-dir rounds; echo "status=$?"
        "$tool" watch run --data-dir rounds; echo "run=$?"
        "$tool" status --as-of 2021-06-28 --data-dir rounds > /dev/null; echo "report=$?"
        "$tool" watch stop --data-dir rounds; echo "stop=$?"
        "$tool" watch stop --data-dir rounds; echo "stop-again=$?"
        "$tool" watch start --data-dir rounds/actors/araghchi.yaml; echo "file=$?"
    """
    done = subprocess.run(
        ["sh", "-c", shell],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "JCPOA_TRACKER_CACHE_DIR": str(tmp_path / "cache")},
        timeout=120,
    )
    out, err = done.stdout, done.stderr
    assert "not watching rounds\nstatus-before=1" in out
    assert "watching rounds (pid " in out and "start=0" in out
    assert "already watching rounds" in out and "again=0" in out
    assert "folders, 0 events seen\nstatus=0" in out
    assert "run=1" in out and "Error: cannot watch rounds: already watched (pid " in err
    assert "report=0" in out
    assert "stopped watching rounds" in out and "stop=0" in out
    assert "not watching rounds\nstop-again=0" in out
    assert "file=2" in out and "is not a directory" in err  # a usage error, as everywhere
    log = Path(paths_of(data).log).read_text(encoding="utf-8")
    assert "stopped watching" in log and "stopped by 'watch stop'" in log


def test_a_reason_naming_a_path_is_shown_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "data\x1b[31m"
    root.mkdir()
    mounts = tmp_path / "mountinfo"
    mounts.write_text(f"36 35 0:42 / {tmp_path} rw,relatime shared:1 - nfs4 server:/x rw\n")
    monkeypatch.setattr(server, "MOUNTINFO", str(mounts))
    handlers = [signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)]
    result = runner.invoke(app, ["watch", "run", "--data-dir", str(root)])
    assert result.exit_code == 1
    assert "on a nfs4 filesystem" in result.stderr
    assert "\x1b" not in result.stderr and "\\x1b[31m" in result.stderr
    # run inside this process, it leaves its handlers as they were (forked
    # workers inherited its SIGTERM handler, which let them outlive terminate())
    assert [signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)] == handlers


def test_watch_status_without_a_watcher_exits_1(data: Path) -> None:
    result = runner.invoke(app, ["watch", "status", "--data-dir", str(data)])
    assert result.exit_code == 1
    assert result.stdout.startswith("not watching ")


def test_the_files_order_is_read_when_asked_for_after_no_change(data: Path) -> None:
    """A watched run that saw no change reads the files' order only when
    something asks for it (a diff's file count, the site), and then the
    order a scan gives."""
    open_index(data, os.environ).close()  # the store, built
    with serving(data):
        open_index(data, os.environ).close()  # the watcher's first answer: a scan
        index = open_index(data, os.environ)
        try:
            assert index.stored_order is None  # not read
            assert index.order == list(scan(data))
            stored = stored_from(index)
            assert stored.files() == [
                str(data / rel) for rel in scan(data) if rel != "dataset.yaml"
            ]
            assert stored.errors == 0 and stored.dataset.files == []
        finally:
            index.close()
