"""`site` reads its statements from the store a page at a time: every list
it writes must hold what ``first_of_each_id`` and ``known_on`` keep of the
records loaded in memory, in the order the pages give, also on data with
errors (duplicate ids, a statement with an actor's id, a milestone with a
statement's id) and on a day in the middle of the archive."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.export.snapshot import first_of_each_id, known_on
from jcpoa_tracker.loader import load
from jcpoa_tracker.model import Statement
from jcpoa_tracker.site.data import file_name
from tests.sitekit import DATA

DAYS = (date(2026, 11, 29), date(2021, 6, 28))
SHOWN = "malley-2021-12-21-jcpoa-no-more"  # duplicated below: the first copy stands

_COPY = """\
statements:
  - id: {ident}
    speaker: {speaker}
    date: {day}
    text: {text}
    verified: true
    sources:
      - url: https://example.org/{slug}
"""


def _with_errors(root: Path) -> Path:
    data = root / "rounds"
    shutil.copytree(DATA, data)
    statements = data / "statements"
    # read before the year folders (a folder's files come first), and after them
    (statements / "aaa-first.yaml").write_text(
        _COPY.format(
            ident=SHOWN, speaker="malley", day="2021-12-21", text="Copy read first.", slug="a"
        )
    )
    (statements / "zzz-last.yaml").write_text(
        _COPY.format(
            ident=SHOWN, speaker="malley", day="2021-12-21", text="Copy read last.", slug="b"
        )
    )
    # a statement with an actor's id, and one said after the middle day
    (statements / "zzz-actor-id.yaml").write_text(
        _COPY.format(
            ident="al-ansari", speaker="malley", day="2020-01-02", text="Actor's id.", slug="c"
        )
    )
    # a milestone with a statement's id is left out; the statement stands
    (data / "milestones" / "zzz-statement-id.yaml").write_text(
        "milestones:\n  - id: grossi-2021-02-21-less-access-monitoring\n    date: 2021-02-22\n"
        "    kind: election\n    title: A milestone with a statement's id\n"
        "    sources:\n      - url: https://example.org/d\n"
    )
    return data


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _with_errors(tmp_path_factory.mktemp("stored-site"))


@pytest.fixture(scope="module", params=DAYS, ids=str)
def built(
    request: pytest.FixtureRequest, data: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[date, Path]:
    day: date = request.param
    out = tmp_path_factory.mktemp("stored-site-out") / "public"
    result = CliRunner().invoke(
        app, ["site", "-o", str(out), "--as-of", day.isoformat(), "--data-dir", str(data)]
    )
    assert result.exit_code == 1, result.output  # the data has errors, and says so
    assert "the site leaves out the records they affect" in result.stderr
    return day, out


def _expected(data: Path, day: date) -> list[Statement]:
    """The statements the site shows, from every record in memory, newest
    first (as the pages list them)."""
    unique, _ = first_of_each_id(load([data], data).dataset)
    kept = known_on(unique, day).statements
    return sorted(kept, key=lambda s: (s.date.sort_key, s.id), reverse=True)


_PERMALINK = re.compile(r'<a href="(?:\.\./)*statement/([^"]+)\.html">permalink')


def _listed(page: Path) -> list[str]:
    return _PERMALINK.findall(page.read_text(encoding="utf-8"))


def _names(statements: list[Statement]) -> list[str]:
    return [file_name(s.id) for s in statements]


def test_every_list_holds_the_statements_in_memory(data: Path, built: tuple[date, Path]) -> None:
    day, site = built
    expected = _expected(data, day)
    assert expected, "the day must show statements"
    pages = {p.stem for p in (site / "statement").glob("*.html")}
    assert pages == set(_names(expected))

    by_year: dict[int, list[Statement]] = defaultdict(list)
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    in_round: dict[str, list[Statement]] = defaultdict(list)
    for s in expected:
        by_year[s.date.year].append(s)
        by_speaker[s.speaker].append(s)
        if s.round:
            in_round[s.round].append(s)
    index = (site / "statements.html").read_text(encoding="utf-8")
    shown_years = re.findall(r'statements/(\d+)\.html">\d+</a> \((\d+)\)', index)
    assert shown_years == [(str(y), str(len(by_year[y]))) for y in sorted(by_year, reverse=True)]
    for year, said in by_year.items():
        assert _listed(site / "statements" / f"{year}.html") == _names(said), year

    actor_pages = list((site / "actor").glob("*.html"))
    assert actor_pages
    for page in actor_pages:
        assert _listed(page) == _names(by_speaker.get(page.stem, [])), page.stem
    round_pages = list((site / "round").glob("*.html"))
    assert round_pages
    for page in round_pages:
        assert _listed(page) == _names(in_round.get(page.stem, [])), page.stem

    counts = Counter(s.speaker for s in expected)
    actors = (site / "actors.html").read_text(encoding="utf-8")
    for ident, n in re.findall(r'actor/([^"]+)\.html">[^<]*</a> \((\d+) statements\)', actors):
        assert counts[ident] == int(n), ident
    about = (site / "about.html").read_text(encoding="utf-8")
    assert f"<p>{len(expected)} statements, " in about


def test_the_search_index_holds_them_oldest_first(data: Path, built: tuple[date, Path]) -> None:
    day, site = built
    oldest_first = list(reversed(_expected(data, day)))
    indexed: list[str] = []
    for script in sorted((site / "search").glob("[0-9]*.js")):
        body = script.read_text(encoding="utf-8")
        year, docs = json.loads("[" + body[len("SiteSearch.add(") : body.rindex(");")] + "]")
        assert {int(doc[2][:4]) for doc in docs} == {year}
        indexed += [doc[0] for doc in docs]
    assert indexed == [s.id for s in oldest_first]
    meta = (site / "search" / "meta.js").read_text(encoding="utf-8")
    years = json.loads(meta[len("SiteSearch.meta(") : meta.rindex(");")])["years"]
    assert sum(n for _, n in years) == len(oldest_first)


def test_a_duplicate_id_shows_the_first_copy(built: tuple[date, Path]) -> None:
    day, site = built
    page = site / "statement" / f"{SHOWN}.html"
    if day < date(2021, 12, 21):
        assert not page.exists()
        return
    text = page.read_text(encoding="utf-8")
    assert "Copy read first." in text
    assert "Copy read last." not in text
    assert not (site / "statement" / "al-ansari.html").exists()  # an actor holds that id
    assert (site / "actor" / "al-ansari.html").exists()


def test_downloads_equal_the_export(data: Path, built: tuple[date, Path], tmp_path: Path) -> None:
    """The site's downloads are what `export --as-of` writes, byte for byte."""
    day, site = built
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"export-{fmt}"
        result = CliRunner().invoke(
            app,
            ["export", "-o", str(out), "--to", fmt, *_allowing_errors(data, day)],
        )
        assert result.exit_code == 0, result.output
        exported = sorted(p.name for p in out.iterdir())
        assert sorted(p.name for p in (site / "downloads" / fmt).iterdir()) == exported
        for name in exported:
            assert (site / "downloads" / fmt / name).read_bytes() == (out / name).read_bytes()
    database = tmp_path / "export.sqlite"
    result = CliRunner().invoke(
        app,
        ["export", "-o", str(database), *_allowing_errors(data, day)],
    )
    assert result.exit_code == 0, result.output
    assert (site / "downloads" / "data.sqlite").read_bytes() == database.read_bytes()


def _allowing_errors(data: Path, day: date) -> list[str]:
    return ["--as-of", day.isoformat(), "--allow-errors", "--data-dir", str(data)]


def test_no_cache_gives_the_same_site_and_writes_no_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("JCPOA_TRACKER_CACHE_DIR", str(cache))
    sites = {}
    for mode in ("--no-cache", None):
        out = tmp_path / f"site-{mode}"
        extra = [mode] if mode else []
        result = CliRunner().invoke(
            app, ["site", "-o", str(out), "--as-of", "2026-11-29", "--data-dir", str(DATA), *extra]
        )
        assert result.exit_code == 0, result.output
        sites[mode] = {
            p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
        }
        if mode:
            assert not cache.exists() or not any(cache.iterdir())
    assert any(cache.iterdir())  # the default keeps the store
    assert sites["--no-cache"] == sites[None]
