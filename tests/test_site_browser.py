"""The site in a real headless Chromium (Playwright driving the system's
Chromium, never a downloaded one), from file:// and from http.server.

Skipped only when no browser can be had; `.ci/run` installs one and sets
SITE_REQUIRE_BROWSER=1, which turns a missing browser into a failure."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sitekit import (
    ARTIFACTS,
    BUNDLED_QUERIES,
    DATA,
    HOSTILE,
    HOSTILE_QUERIES,
    build,
    quotes_ids,
    write_dataset,
)


def _chromium() -> str | None:
    for candidate in (os.environ.get("SITE_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def _require() -> bool:
    return os.environ.get("SITE_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if _require():
            pytest.fail("Playwright is not installed (pip install '.[test]')")
        pytest.skip("BROWSER TESTS SKIPPED: Playwright is not installed")
    executable = _chromium()
    if executable is None:
        if _require():
            pytest.fail("no Chromium found; install it with 'apt-get install chromium'")
        pytest.skip("BROWSER TESTS SKIPPED: no Chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(DATA, tmp_path_factory.mktemp("site") / "public")


@pytest.fixture(scope="session")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("hostile") / "rounds", HOSTILE)


@pytest.fixture(scope="session")
def hostile_site(hostile_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(hostile_data, tmp_path_factory.mktemp("hostile-site") / "public")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def server(bundled_site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(bundled_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(params=["file", "http"])
def base(request: pytest.FixtureRequest, bundled_site: Path) -> str:
    if request.param == "file":
        return bundled_site.as_uri() + "/"
    return str(request.getfixturevalue("server"))


class Visit:
    """A page with every request, failure and console error recorded."""

    def __init__(self, browser: Any, base: str, width: int = 1280) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("response", self._response)

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def go(self, path: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")
        return self.page

    def check_clean(self) -> None:
        assert self.errors == []
        assert self.failed == []
        outside = [u for u in self.requests if not u.startswith(self.base)]
        assert outside == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any, base: str) -> Iterator[Visit]:
    v = Visit(browser, base)
    yield v
    v.check_clean()
    v.close()


PAGES = (
    "index.html",
    "timeline.html",
    "tracks.html",
    "track/vienna-talks.html",
    "round/vienna-r6.html",
    "actors.html",
    "actor/marotto.html",
    "actor/us.html",
    "milestones.html",
    "statements.html",
    "statements/2021.html",
    "statement/marotto-2021-06-28-counter-battery-fire.html",
    "status/index.html",
    "status/2021-06-21.html",
    "search.html",
    "trends.html",
    "about.html",
    "embed/status.html",
)


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_clean(visit: Visit, path: str) -> None:
    page = visit.go(path)
    assert page.locator("h1").first.inner_text().strip()
    if path == "search.html":
        page.wait_for_selector("#search-form[data-ready]")


def _search(page: Any, query: str) -> list[str]:
    page.fill("#q", query)
    page.press("#q", "Enter")
    page.wait_for_function("q => decodeURIComponent(location.hash.slice(3)) === q", arg=query)
    ids: list[str] = page.evaluate("q => SiteSearch.ids(q)", query)
    shown = page.eval_on_selector_all("#results li", "items => items.map(i => i.dataset.id)")
    assert shown == ids[: len(shown)]
    return ids


def test_search_finds_june_2021_statements(visit: Visit) -> None:
    page = visit.go("search.html")
    page.wait_for_selector("#search-form[data-ready]")
    assert "blinken-2021-06-25-cant-put-date" in _search(page, "blinken conscious")
    assert _search(page, "Wayne Moratto") == [
        "marotto-2021-06-28-attacked-multiple-rockets",
        "marotto-2021-06-28-counter-battery-fire",
    ]
    assert _search(page, 'Moratto -"counter battery"') == [
        "marotto-2021-06-28-attacked-multiple-rockets"
    ]
    assert page.locator("#results li").count() == 1
    page.click("#results li a")
    page.wait_for_url(re.compile(r"statement/marotto-2021-06-28-attacked-multiple-rockets\.html$"))
    assert "Wayne Marotto" in page.locator("h1").inner_text()


def test_search_equals_quotes_on_bundled_data(visit: Visit) -> None:
    page = visit.go("search.html")
    page.wait_for_selector("#search-form[data-ready]")
    for query in BUNDLED_QUERIES:
        assert _search(page, query) == quotes_ids(DATA, query), query


def test_search_equals_quotes_with_scripts_and_markup(
    browser: Any, hostile_site: Path, hostile_data: Path
) -> None:
    v = Visit(browser, hostile_site.as_uri() + "/")
    page = v.go("search.html")
    page.wait_for_selector("#search-form[data-ready]")
    for query in HOSTILE_QUERIES:
        expected = quotes_ids(hostile_data, query)
        assert expected, query  # each query finds something
        assert _search(page, query) == expected, query
    # markup in a quote shows as text, in results and on its page
    assert "<script>" in page.locator("#results").inner_text() or _search(page, "script")
    page = v.go("statement/araghchi-2021-04-07-script.html")
    assert "<script>alert('x')</script>" in page.locator("blockquote.quote").inner_text()
    original = page.locator(".original blockquote")
    assert original.get_attribute("lang") == "fa"
    assert original.get_attribute("dir") == "rtl"
    v.check_clean()
    v.close()


def test_folding_matches_python(visit: Visit) -> None:
    from jcpoa_tracker.search.fold import fold

    page = visit.go("search.html")
    samples = [
        "Genève Café",
        "STRASSE Straße ẞ",
        "ΣΑΣ ς",
        "كيف يمكن",
        "تحریم‌ها",
        "ـعـراقـچي ١٢٣ ۴۵۶",
        "ﬁnal ½ Ⅻ",
        "İstanbul",
        "Ærø Łódź",
    ]
    for text in samples:
        assert page.evaluate("t => SiteSearch.fold(t)", text) == fold(text), text


def test_query_errors_are_shown_not_thrown(visit: Visit) -> None:
    """The page says what `quotes` says of a query it cannot read."""
    from jcpoa_tracker.search.syntax import QuerySyntaxError, parse_query

    page = visit.go("search.html")
    page.wait_for_selector("#search-form[data-ready]")
    for query in ("OR sanctions", '"unterminated', "(sanctions", "a*b", "sanctions OR -oil", "*"):
        with pytest.raises(QuerySyntaxError) as error:
            parse_query(query)
        page.fill("#q", query)
        page.press("#q", "Enter")
        expected = f"Query: {error.value}"
        page.wait_for_function(
            "m => document.getElementById('search-status').textContent === m", arg=expected
        )


def test_timeline_filters_survive_reload(visit: Visit) -> None:
    page = visit.go("timeline.html")
    total = page.locator("ol.events > li").count()
    assert total > 20
    page.check("input[name=track][value=vienna-talks]")
    page.check("input[name=kind][value=round]")
    page.select_option("#filter-from", "2021")
    visible = page.locator("ol.events > li:not([hidden])")
    count = visible.count()
    assert 0 < count < total
    shown = visible.evaluate_all(
        "n => n.map(e => [e.dataset.track, e.dataset.kind, e.dataset.year])"
    )
    assert all("vienna-talks" in t and "round" in k.split() and y >= "2021" for t, k, y in shown)
    assert "track=vienna-talks" in page.url and "kind=round" in page.url
    page.reload()
    page.wait_for_load_state("load")
    assert page.is_checked("input[name=track][value=vienna-talks]")
    assert page.locator("#filter-from").input_value() == "2021"
    assert page.locator("ol.events > li:not([hidden])").count() == count
    assert page.locator("#timeline-count").inner_text() == f"{count} of {total} events shown"


def test_date_control_shows_status_between_rounds(visit: Visit) -> None:
    page = visit.go("index.html")
    page.fill("#asof-date", "2021-06-28")
    page.click("form.asof button")
    page.wait_for_url(re.compile(r"status/2021-06-2\d\.html#on=2021-06-28$"))
    assert "Status as of 28 June 2021" in page.locator("h1").inner_text()
    vienna = page.locator("section.track", has_text="Vienna talks")
    text = vienna.inner_text()
    assert "between rounds" in text
    assert "8 days since the last round" in text
    assert "ended on 20 June 2021" in text
    assert "Round 6" in text or "sixth round" in text.lower()


def test_copy_citation_button(visit: Visit) -> None:
    page = visit.go("statement/blinken-2021-06-25-cant-put-date.html")
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click("button.copy")
    page.wait_for_function("() => document.querySelector('.copy-status').textContent.length > 0")
    assert "Antony Blinken" in page.locator("#citation").inner_text()


def test_embed_posts_its_height(visit: Visit, bundled_site: Path) -> None:
    page = visit.go("about.html")
    page.evaluate(
        """() => { window.got = [];
        window.addEventListener('message', e => window.got.push(e.data));
        const f = document.createElement('iframe');
        f.src = 'embed/status.html?childId=card'; f.title = 'status';
        document.querySelector('main').appendChild(f); }"""
    )
    page.wait_for_function("() => window.got.length >= 2")
    got = page.evaluate("() => window.got")
    pym = next(m for m in got if isinstance(m, str))
    assert re.fullmatch(r"pymxPYMxcardxPYMxheightxPYMx\d+", pym)
    amp = next(m for m in got if isinstance(m, dict))
    assert amp["type"] == "embed-size" and amp["height"] > 50


AXE_PAGES = (
    "index.html",
    "timeline.html",
    "round/vienna-r6.html",
    "actor/blinken.html",
    "statement/marotto-2021-06-28-counter-battery-fire.html",
    "search.html",
    "status/2021-06-21.html",
    "trends.html",
    "about.html",
)


@pytest.mark.parametrize("path", AXE_PAGES)
def test_accessibility(browser: Any, server: str, path: str) -> None:
    # over http: axe reads stylesheets with XMLHttpRequest, which file:// refuses
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    for width in (1280, 360):
        v = Visit(browser, server, width)
        page = v.go(path)
        if path == "search.html":
            page.wait_for_selector("#search-form[data-ready]")
            _search(page, "sanctions")
        results = axe_module.Axe().run(page)
        bad = [
            (x["id"], x["impact"], [n["target"] for n in x["nodes"]][:3])
            for x in results.response["violations"]
            if x["impact"] in ("serious", "critical")
        ]
        assert bad == [], (width, bad)
        v.check_clean()
        v.close()


SHOTS = (
    ("home", "index.html"),
    ("timeline", "timeline.html"),
    ("round", "round/vienna-r6.html"),
    ("statement", "statement/blinken-2021-06-25-cant-put-date.html"),
    ("search", "search.html#q=Wayne%20Moratto"),
    ("trends", "trends.html"),
)


@pytest.mark.parametrize("width", [1280, 360])
def test_screenshots(browser: Any, bundled_site: Path, width: int) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    v = Visit(browser, bundled_site.as_uri() + "/", width)
    for name, path in SHOTS:
        page = v.go(path)
        if name == "search":
            page.wait_for_selector("#results li")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways at {width} px"
        target = ARTIFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(target), full_page=False)
        assert target.stat().st_size > 10_000
    v.check_clean()
    v.close()


def test_pages_read_with_javascript_off(browser: Any, bundled_site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    root = bundled_site.as_uri() + "/"
    page.goto(root + "timeline.html")
    assert page.locator("ol.events > li:visible").count() > 20
    assert not page.locator("#timeline-filters").is_visible()  # filters need the script
    page.goto(root + "index.html")
    assert "between rounds" in page.locator("main").inner_text()
    page.goto(root + "status/index.html")
    page.click("text=21 June 2021")
    assert "Status as of 21 June 2021" in page.locator("h1").inner_text()
    page.goto(root + "search.html")
    assert "statements year by year" in page.locator("main").inner_text()
    page.goto(root + "statement/blinken-2021-06-25-cant-put-date.html")
    assert not page.locator("button.copy").is_visible()
    assert "Antony Blinken" in page.locator("#citation").inner_text()
    context.close()


def test_print_stylesheet(visit: Visit) -> None:
    page = visit.go("round/vienna-r6.html")
    page.emulate_media(media="print")
    assert not page.locator("header.site nav").is_visible()
    assert page.locator("h1").is_visible()
    after = page.evaluate(
        "() => getComputedStyle(document.querySelector('.sources a'), '::after').content"
    )
    assert "http" in after  # printed pages show where each source is


def test_every_link_resolves_over_http(server: str, bundled_site: Path) -> None:
    """The whole site through the web server: every page, script, style,
    image, feed and download it links to answers 200."""
    import urllib.request
    from html.parser import HTMLParser
    from urllib.parse import urljoin, urlsplit

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            for name, value in attrs:
                if name in ("href", "src") and value:
                    self.found.append(value)

    seen: set[str] = set()
    queue = [server + "index.html"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        with urllib.request.urlopen(url) as response:
            assert response.status == 200, url
            body = response.read()
        if not url.endswith(".html"):
            continue
        parser = Links()
        parser.feed(body.decode("utf-8"))
        for href in parser.found:
            target = urljoin(url, href).split("#", 1)[0]
            if target.startswith(server) and urlsplit(target).path:
                queue.append(target)
    files = {p.relative_to(bundled_site).as_posix() for p in bundled_site.rglob("*") if p.is_file()}
    unlinked = sorted(files - {url.removeprefix(server) for url in seen})
    # the search page loads its index by script; the marker is for `site` itself
    assert [f for f in unlinked if not f.startswith("search/")] == ["jcpoa-tracker-site.json"]
