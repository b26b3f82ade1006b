"""`site`: the static website, checked without a browser (see
test_site_browser.py for the browser): bytes, links, escaping, feeds,
calendars, snapshots, the command line."""

from __future__ import annotations

import hashlib
import random
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.loader import load
from jcpoa_tracker.query import Scope
from jcpoa_tracker.report.status import build_status
from jcpoa_tracker.site.snapshots import change_days, snapshot_for, snapshot_status
from tests.conftest import git
from tests.sitekit import AS_OF, DATA, HOSTILE, build, write_dataset


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(DATA, tmp_path_factory.mktemp("site") / "public")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = write_dataset(tmp_path_factory.mktemp("hostile") / "rounds", HOSTILE)
    return data, build(data, tmp_path_factory.mktemp("hostile-site") / "public")


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_data_same_bytes(site: Path, tmp_path: Path) -> None:
    again = build(DATA, tmp_path / "again")
    assert _digest(again) == _digest(site)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src", "action"):
            if values.get(name):
                self.links.append(str(values[name]))


def _crawl(root: Path) -> tuple[set[Path], list[str]]:
    """Every page reachable from index.html, and the links that do not resolve."""
    seen: set[Path] = set()
    broken: list[str] = []
    queue = [root / "index.html"]
    while queue:
        page = queue.pop()
        if page in seen:
            continue
        seen.add(page)
        if page.suffix != ".html":
            continue
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue  # a source cited by a record: the site never loads it
            if not parts.path:
                assert not parts.fragment or parts.fragment in parser.ids, (page, href)
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file() or root.resolve() not in target.parents:
                broken.append(f"{page.relative_to(root)} -> {href}")
            else:
                queue.append(target)
    return seen, broken


def test_every_internal_link_resolves(site: Path) -> None:
    seen, broken = _crawl(site)
    assert broken == []
    pages = {p.resolve() for p in site.rglob("*.html")}
    unreachable = sorted(str(p.relative_to(site.resolve())) for p in pages - seen)
    assert unreachable == []  # every page is linked from somewhere
    assert len(pages) > 400


def test_no_external_requests_in_markup(site: Path) -> None:
    """Only <a href> may point outside (to the sources); nothing is loaded
    from elsewhere: no script, stylesheet, image, font or frame."""
    loaded = re.compile(
        r'<(script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?//', re.I
    )
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not loaded.search(text), page
        assert "<script>" not in text and 'type="module"' not in text, page
    css = (site / "site.css").read_text()
    assert "url(" not in css and "@import" not in css


def test_another_negotiation_gets_its_own_names(tmp_path: Path) -> None:
    from tests.conftest import REPO

    out = build(REPO / "examples" / "who-pandemic-agreement", tmp_path / "who")
    index = (out / "index.html").read_text()
    assert "<title>Where things stand · WHO pandemic agreement</title>" in index
    for page in out.rglob("*.html"):
        assert "Iran nuclear" not in page.read_text(encoding="utf-8"), page


def test_data_text_is_escaped(hostile: tuple[Path, Path]) -> None:
    _, site = hostile
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for raw in ("<script>alert", "<b>one</b>", "<i>of steps</i>", "<Outlet>", "<Talks>"):
            assert raw not in text, (page, raw)
    statement = (site / "statement/araghchi-2021-04-07-script.html").read_text()
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in statement
    assert 'lang="fa" dir="rtl"' in statement
    assert 'href="https://example.org/a?x=1&amp;y=&#34;2&#34;"' in statement
    # the dataset's own title, escaped, in every page; nothing else's
    index = (site / "index.html").read_text()
    assert "Test &lt;Talks&gt; &amp; &#34;Co&#34;" in index
    assert "Iran nuclear" not in index


def test_atom_feed_parses(site: Path, hostile: tuple[Path, Path]) -> None:
    feedparser = pytest.importorskip("feedparser")
    for folder in (site, hostile[1]):
        feed = feedparser.parse((folder / "feed.atom").read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert feed.entries
        for entry in feed.entries:
            target = folder / entry.link
            assert target.is_file(), entry.link
    titles = [e.title for e in feedparser.parse((hostile[1] / "feed.atom").read_bytes()).entries]
    assert any("<script>" in t for t in titles)  # markup is text in the feed


def test_feed_follows_git_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    for stamp, part in (
        ("2024-01-01T10:00:00+02:00", {k: v for k, v in HOSTILE.items() if "statements" not in k}),
        ("2024-03-05T12:00:00+00:00", {k: v for k, v in HOSTILE.items() if "statements" in k}),
    ):
        write_dataset(tmp_path / "rounds", part)
        monkeypatch.setenv("GIT_COMMITTER_DATE", stamp)
        git(tmp_path, "add", "--all")
        git(tmp_path, "commit", "--quiet", "-m", "data")
    out = build(tmp_path / "rounds", tmp_path / "public")
    feedparser = pytest.importorskip("feedparser")
    feed = feedparser.parse((out / "feed.atom").read_bytes())
    newest = feed.entries[0]
    assert "statement" in newest.link
    dates = {e.updated for e in feed.entries}
    # the two commits (in UTC), not the records' own dates
    assert dates == {"2024-03-05T12:00:00Z", "2024-01-01T08:00:00Z"}
    assert "commit that last changed" in (out / "about.html").read_text()


def test_calendars_parse(site: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    whole = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes())
    events = whole.walk("VEVENT")
    assert len(events) >= 25
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any("sixth" in s.lower() or "Round 6" in s for s in summaries)
    per_track = sorted((site / "calendar").glob("*.ics"))
    assert len(per_track) == len(load([DATA], DATA).dataset.tracks)
    total = 0
    for path in per_track:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        total += len([e for e in cal.walk("VEVENT") if "round" in str(e.get("URL", "round"))])
        for event in cal.walk("VEVENT"):
            assert event.decoded("DTEND") > event.decoded("DTSTART")
    for line in (site / "calendar.ics").read_bytes().split(b"\r\n"):
        assert len(line) <= 75


def test_snapshots_equal_the_status_of_any_day() -> None:
    """The page shown for a day is the status of that day, up to the day
    counts the script updates."""
    dataset = load([DATA], DATA).dataset
    scope = Scope(dataset)
    days = change_days(dataset, AS_OF)
    rng = random.Random(7)
    first = days[0]
    for _ in range(60):
        day = first + timedelta(days=rng.randrange((AS_OF - first).days))
        shown = snapshot_for(days, day)
        assert shown is not None
        assert _shape(snapshot_status(scope, shown)) == _shape(snapshot_status(scope, day)), day


def _shape(status: object) -> list[tuple[object, ...]]:
    tracks = status.tracks  # type: ignore[attr-defined]
    return [
        (
            t.track.id,
            t.phase,
            t.current.round.id if t.current else None,
            t.last_round.id if t.last_round else None,
            t.next_round.id if t.next_round else None,
            t.cancelled.id if t.cancelled else None,
            tuple((p.id, p.status, p.since) for p in t.sticking_points),
        )
        for t in tracks
    ] + [
        tuple(m.milestone.id for m in status.recent_milestones),  # type: ignore[attr-defined]
        tuple(m.milestone.id for m in status.upcoming),  # type: ignore[attr-defined]
    ]


def test_status_page_of_2021_06_28(site: Path) -> None:
    days = change_days(load([DATA], DATA).dataset, AS_OF)
    shown = snapshot_for(days, date(2021, 6, 28))
    assert shown is not None
    page = (site / f"status/{shown.isoformat()}.html").read_text()
    assert "between rounds" in page
    assert 'data-ref="2021-06-20" data-mode="since"' in page
    assert build_status(Scope(load([DATA], DATA).dataset), date(2021, 6, 28)).tracks


def test_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(app, ["site", "-o", str(target), "--data-dir", str(DATA)])
    assert result.exit_code == 2
    assert "not written by `site`" in result.output
    assert (target / "notes.txt").read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]  # no staging left behind


def test_replaces_its_own_earlier_site(site: Path, tmp_path: Path) -> None:
    out = build(DATA, tmp_path / "public")
    (out / "statement" / "stale.html").write_text("old")
    build(DATA, out, date(2021, 6, 28))
    assert not (out / "statement" / "stale.html").exists()
    assert not (out / "statement" / "blinken-2022-09-12-step-backward.html").exists()
    assert (out / "statement" / "blinken-2021-06-25-cant-put-date.html").exists()


def test_base_url_makes_feed_links_absolute(tmp_path: Path) -> None:
    out = build(DATA, tmp_path / "public", AS_OF, "--base-url", "https://example.org/talks/")
    feed = (out / "feed.atom").read_text()
    assert 'href="https://example.org/talks/statement/' in feed
    assert "URL:https://example.org/talks/round/" in (out / "calendar.ics").read_text()
    result = CliRunner().invoke(
        app, ["site", "-o", str(tmp_path / "x"), "--base-url", "ftp://x", "--data-dir", str(DATA)]
    )
    assert result.exit_code == 2


def test_site_through_the_console_script(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "jcpoa_tracker",
            "site",
            "-o",
            str(tmp_path / "public"),
            "--as-of",
            "2021-06-28",
            "--data-dir",
            str(DATA),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert re.match(r"wrote \d+ files", done.stderr)
