"""Quote search, `quote ID` and `speakers`: ranking, filters, formats and
goldens on the bundled data, and hostile or foreign-script text in fixtures."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.render import quotes as render
from jcpoa_tracker.search.index import open_index
from jcpoa_tracker.search.quotes import Filters, Vocabulary, search, speaker_summaries
from jcpoa_tracker.search.syntax import parse_query
from tests.conftest import DATA, REPO, statement_count

GOLDEN = Path(__file__).parent / "golden" / "quotes"
runner = CliRunner()


def run(*args: str, data: Path = DATA):
    return runner.invoke(
        app, ["--data-dir", str(data), *args], env={"JCPOA_TRACKER_TODAY": "2026-11-23"}
    )


def ids(result) -> list[str]:
    return [quote["id"] for quote in json.loads(result.stdout)["quotes"]]


# -- finding the June 2021 remarks ------------------------------------------


def test_found_by_their_words():
    result = run("quotes", "closer than ever agreement", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert ids(result)[0] == "araghchi-2021-06-20-closer-than-ever"


def test_found_by_the_speaker_surname_as_option_or_word():
    by_option = run(
        "quotes", "--speaker", "Araghchi", "--since", "2021-06", "--until", "2021-06", "-f", "json"
    )
    assert ids(by_option) == ["araghchi-2021-06-20-closer-than-ever"]
    by_word = run("quotes", "araghchi progress", "-f", "json")
    assert "araghchi-2021-06-20-closer-than-ever" in ids(by_word)


def test_found_by_a_misspelled_name_from_press_reports():
    expected = {
        "marotto-2021-06-28-attacked-multiple-rockets",
        "marotto-2021-06-28-counter-battery-fire",
    }
    for typed in ("Wayne Moratto", "moratto", "MORATTO", "Col. Wayne Marotto"):
        result = run("quotes", "--speaker", typed, "-f", "json")
        assert result.exit_code == 0, (typed, result.stderr)
        assert set(ids(result)) == expected
    assert set(ids(run("quotes", "moratto syria", "-f", "json"))) == expected


def test_an_unknown_speaker_exits_1_with_did_you_mean():
    result = run("quotes", "--speaker", "blinkin")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no speaker matches 'blinkin'" in result.stderr
    assert "Antony Blinken (blinken)" in result.stderr


def test_no_match_exits_1_and_suggests_words_in_the_data():
    result = run("quotes", "gaurantees")
    assert result.exit_code == 1
    assert "no quote matches 'gaurantees'" in result.stderr
    assert "'guarantees'" in result.stderr


def test_no_match_under_filters_says_what_the_filters_hid():
    result = run("quotes", "closer than ever", "--speaker", "blinken")
    assert result.exit_code == 1
    assert "with these filters (without them: 1)" in result.stderr


def test_no_match_in_json_still_prints_an_empty_document():
    result = run("quotes", "zzzyzx", "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["total"] == 0


@pytest.mark.parametrize("typed", ['"closer', "a OR", "(x", "en*rich"])
def test_bad_query_syntax_is_a_usage_error(typed: str):
    result = run("quotes", typed)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: query: ")


# -- the query language on real text -----------------------------------------


def test_a_phrase_keeps_word_order_and_words_do_not():
    assert run("quotes", '"ever than closer"').exit_code == 1
    assert ids(run("quotes", "ever than closer", "-f", "json")) == [
        "araghchi-2021-06-20-closer-than-ever"
    ]


def test_or_exclusion_and_prefix():
    either = set(ids(run("quotes", '"closer than ever" OR moratto', "-f", "json")))
    assert either == {
        "araghchi-2021-06-20-closer-than-ever",
        "marotto-2021-06-28-attacked-multiple-rockets",
        "marotto-2021-06-28-counter-battery-fire",
    }
    without = ids(run("quotes", "rockets -counter", "--speaker", "marotto", "-f", "json"))
    assert without == ["marotto-2021-06-28-attacked-multiple-rockets"]
    only_exclusion = ids(run("quotes", "--speaker", "marotto", "-f", "json", "--", "-battery"))
    assert only_exclusion == ["marotto-2021-06-28-attacked-multiple-rockets"]
    prefixed = json.loads(run("quotes", "enrich*", "--limit", "0", "-f", "json").stdout)
    assert prefixed["total"] >= 3
    for quote in prefixed["quotes"]:
        searchable = " ".join([quote["text"], quote["context"] or "", *quote["topics"]]).lower()
        assert "enrich" in searchable


def test_relevance_ranks_the_closer_match_first_and_recency_breaks_ties():
    result = json.loads(run("quotes", "sanctions", "--limit", "0", "-f", "json").stdout)
    scores = [q["score"] for q in result["quotes"]]
    assert scores == sorted(scores, reverse=True)
    for earlier, later in zip(result["quotes"], result["quotes"][1:], strict=False):
        if earlier["score"] == later["score"]:
            assert earlier["date"] >= later["date"]


def test_sort_by_date_both_ways():
    oldest = json.loads(
        run("quotes", "sanctions", "--sort", "date", "-f", "json", "--limit", "0").stdout
    )
    dates = [q["date"] for q in oldest["quotes"]]
    assert dates == sorted(dates)
    newest = json.loads(
        run("quotes", "sanctions", "--sort", "-date", "-f", "json", "--limit", "0").stdout
    )
    assert [q["date"] for q in newest["quotes"]] == sorted(dates, reverse=True)
    assert run("quotes", "x", "--sort", "loudest").exit_code == 2


# -- filters -------------------------------------------------------------------


def test_party_filter_takes_every_speaker_of_the_party():
    result = json.loads(run("quotes", "--party", "Iran", "--limit", "0", "-f", "json").stdout)
    assert result["total"] > 10
    assert {q["party"]["id"] for q in result["quotes"]} == {"iran"}


def test_round_and_track_filters():
    in_round = json.loads(
        run("quotes", "--round", "vienna-r7", "--limit", "0", "-f", "json").stdout
    )
    assert in_round["total"] > 0
    assert {q["round"]["id"] for q in in_round["quotes"]} == {"vienna-r7"}
    in_track = json.loads(
        run("quotes", "--track", "oman-2025", "--limit", "0", "-f", "json").stdout
    )
    assert in_track["total"] > 0
    assert {q["track"]["id"] for q in in_track["quotes"]} == {"oman-2025"}
    unknown = run("quotes", "--round", "vienna-r77")
    assert unknown.exit_code == 2 and "no round 'vienna-r77'" in unknown.stderr
    assert run("quotes", "--track", "geneva").exit_code == 2


def test_topic_and_category_filters():
    typed = json.loads(run("quotes", "--topic", "IAEA access", "--limit", "0", "-f", "json").stdout)
    assert typed["total"] > 0
    assert all("iaea-access" in q["topics"] for q in typed["quotes"])
    warn = json.loads(run("quotes", "--category", "warn", "--limit", "0", "-f", "json").stdout)
    assert warn["total"] > 0 and {q["category"] for q in warn["quotes"]} == {"warn"}
    assert run("quotes", "--category", "shout").exit_code == 2
    missing = run("quotes", "--topic", "verificaton")
    assert missing.exit_code == 1 and "'verification'" in missing.stderr


def test_date_filters_as_of_and_verified_only():
    window = json.loads(
        run(
            "quotes", "--since", "2021-06-01", "--until", "2021-06-30", "--limit", "0", "-f", "json"
        ).stdout
    )
    assert window["total"] > 0
    assert all(q["date"].startswith("2021-06") for q in window["quotes"])
    as_of = json.loads(run("quotes", "--as-of", "2021-06-27", "--limit", "0", "-f", "json").stdout)
    # Known by 27 June: nothing later, and "2021-06" (the whole month) not yet.
    assert all(q["date"] <= "2021-06-27" and q["date"] != "2021-06" for q in as_of["quotes"])
    everyone = json.loads(run("quotes", "--speaker", "blinken", "-f", "json").stdout)
    verified = json.loads(
        run("quotes", "--speaker", "blinken", "--verified-only", "-f", "json").stdout
    )
    assert everyone["total"] == verified["total"] + 1  # one unverified Blinken quote
    assert verified["quotes"][0]["verified"] is True
    assert run("quotes", "--since", "2022", "--until", "2021").exit_code == 2
    assert run("quotes", "--since", "soonish").exit_code == 2


def test_limit_counts_and_zero_means_all():
    limited = json.loads(run("quotes", "--limit", "3", "-f", "json").stdout)
    everything = json.loads(run("quotes", "--limit", "0", "-f", "json").stdout)
    assert limited["shown"] == 3 and limited["total"] == everything["total"] == everything["shown"]
    assert everything["total"] == statement_count()


# -- formats -------------------------------------------------------------------


def test_unverified_and_low_confidence_are_marked_in_every_format():
    query = ("quotes", "spin advanced centrifuges")
    text = run(*query).stdout
    assert "[unverified wording; low confidence]" in text
    assert "**unverified wording; low confidence**" in run(*query, "-f", "markdown").stdout
    found = json.loads(run(*query, "-f", "json").stdout)["quotes"]
    document = next(q for q in found if q["id"] == "blinken-2021-06-26-nyt-getting-closer")
    assert document["flags"] == ["unverified wording", "low confidence"]
    rows = csv.DictReader(io.StringIO(run(*query, "-f", "csv").stdout))
    row = next(r for r in rows if r["id"] == "blinken-2021-06-26-nyt-getting-closer")
    assert row["flags"] == "unverified wording; low confidence" and row["verified"] == "false"
    assert "[unverified wording; low confidence]" in run(*query, "--cite").stdout


def test_cite_prints_ready_to_paste_citations():
    result = run("quotes", "closer than ever", "--cite")
    assert result.exit_code == 0
    assert result.stdout == (
        "\u201cIn every round of talks we have made progress. Even in this round I think we made "
        "good progress. And today, we are closer than ever to an agreement. But gaps still remain "
        "and closing those gaps will not be easy.\u201d \u2014 Abbas Araghchi, Iranian Deputy FM, "
        "chief negotiator (Iran), remarks, 20 June 2021. Argus Media [outlet]: "
        "https://argusmedia.com/en/news/2226604-iran-jcpoa-talks-adjourn-ahead-of-final-push-for-deal"
        "\n\n"
    )
    assert run("quotes", "x", "--cite", "-f", "json").exit_code == 2


def test_context_shows_occasion_and_round():
    plain = run("quotes", "prioritising sanctions").stdout
    assert "Round:" not in plain
    shown = run("quotes", "prioritising sanctions", "--context").stdout
    assert "Occasion: remarks; Remarks after Joint Commission" in shown
    assert "Round: Eighth round of the Vienna talks" in shown


def test_output_file_and_format_from_its_extension(tmp_path: Path):
    target = tmp_path / "found.csv"
    result = run("quotes", "moratto", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("id,date,speaker,")
    assert run("quotes", "moratto", "-o", str(tmp_path / "found.docx")).exit_code == 2


HOSTILE = {
    "actors/zarif.yaml": """
        actors:
          - id: zarif
            kind: person
            name: Mohammad Javad Zarif
            aliases: [محمد جواد ظریف]
            sources:
              - url: https://example.org/zarif
    """,
    "statements/2021/2021-06-01-zarif.yaml": """
        statements:
          - id: zarif-formula
            speaker: zarif
            date: 2021-06-01
            text: "=HYPERLINK(\\"http://x.example\\") [bold]shout[/bold] *stars* <b>tag</b> \\e[31m"
            verified: true
            sources:
              - url: https://example.org/a
          - id: zarif-persian
            speaker: zarif
            date: 2021-06-02
            text: We are ready for a deal at the Café de la Paix.
            original:
              lang: fa
              text: ما آماده توافق هستيم و آمريكا بايد تحريم‌ها را لغو كند
            verified: true
            sources:
              - url: https://example.org/b
    """,
}


@pytest.fixture
def hostile(write_rounds) -> Path:
    return write_rounds(HOSTILE)


def test_persian_text_is_found_typed_with_persian_or_arabic_letters(hostile: Path):
    # Original typed with Arabic yeh and kaf; searched with Persian ones, and
    # with the compound written without its zero-width non-joiner.
    for typed in ("آمریکا", "امریکا", "تحریمها", "هستیم", "آمريكا"):
        result = run("quotes", typed, "-f", "json", data=hostile)
        assert result.exit_code == 0, typed
        assert ids(result) == ["zarif-persian"]
    assert ids(run("quotes", "cafe", "-f", "json", data=hostile)) == ["zarif-persian"]
    assert ids(run("quotes", "CAFÉ", "-f", "json", data=hostile)) == ["zarif-persian"]
    by_alias = run("quotes", "--speaker", "محمد جواد ظريف", "-f", "json", data=hostile)
    assert len(ids(by_alias)) == 2


def test_csv_neutralises_formulas(hostile: Path):
    rows = list(
        csv.DictReader(io.StringIO(run("quotes", "hyperlink", "-f", "csv", data=hostile).stdout))
    )
    assert rows[0]["text"].startswith("'=HYPERLINK(")
    speakers = list(csv.reader(io.StringIO(run("speakers", "-f", "csv", data=hostile).stdout)))
    assert speakers[1][0] == "zarif"


def test_data_text_is_shown_literally_everywhere(hostile: Path):
    text = run("quotes", "hyperlink", data=hostile).stdout
    assert "[bold]shout[/bold]" in text and "\x1b" not in text and "\\x1b[31m" in text
    markdown = run("quotes", "hyperlink", "-f", "markdown", data=hostile).stdout
    assert "\\[bold\\]shout\\[/bold\\]" in markdown and "\\*stars\\*" in markdown
    assert "\\<b\\>tag\\</b\\>" in markdown and "<b>" not in markdown
    assert "\x1b" not in run("quote", "zarif-formula", data=hostile).stdout
    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=200)
    index = open_index(hostile, {}, persistent=False)
    result = search(
        index, Vocabulary.of(index), parse_query("shout"), Filters(), query_text="shout"
    )
    for renderable in render.iter_quotes_rich(result):
        console.print(renderable)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "[bold]" in shown and "\x1b[31m" not in shown and "\\x1b[31m" in shown


def test_matched_words_are_highlighted_on_a_terminal():
    index = open_index(DATA, {}, persistent=False)
    query = parse_query("closer ever")
    result = search(index, Vocabulary.of(index), query, Filters(), query_text="closer ever")
    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=300)
    for renderable in render.iter_quotes_rich(result):
        console.print(renderable)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;33mcloser\x1b[0m" in shown and "\x1b[1;33mever\x1b[0m" in shown
    assert "\x1b[1;33mprogress" not in shown
    markdown = "".join(render.iter_quotes_markdown(result))
    assert "we are **closer** than **ever** to" in markdown


# -- quote ID and speakers -------------------------------------------------------


def test_quote_shows_one_statement_in_full():
    shown = {
        # verified on a primary page: no flags, each source with its tier
        "biden-2021-06-28-directed-airstrikes": (
            "Joe Biden (biden)",
            "Wording:    verified",
            "Confidence: high",
            "rounds/statements/2021/2021-06-28-biden.yaml:2",
            "https://embassies.gov.il/eu/",
            "(Mother Jones, tier: outlet, accessed 2026-11-29",
        ),
        # a back-translated interview: flagged
        "blinken-2021-06-26-nyt-getting-closer": (
            "[unverified wording; low confidence]",
            "Antony Blinken (blinken)",
            "Confidence: low",
            "rounds/statements/2021/2021-06-26-blinken.yaml:2",
        ),
    }
    for statement_id, expected in shown.items():
        result = run("quote", statement_id)
        assert result.exit_code == 0
        missing = [text for text in expected if text not in result.stdout]
        assert not missing, (statement_id, missing)
    biden = run("quote", "biden-2021-06-28-directed-airstrikes").stdout
    assert "[unverified wording" not in biden
    document = json.loads(run("quote", "biden-2021-06-28-directed-airstrikes", "-f", "json").stdout)
    assert document["speaker"] == {"id": "biden", "name": "Joe Biden"}
    assert [s["tier"] for s in document["sources"]] == ["primary", "outlet", "outlet"]


def test_quote_with_an_unknown_id_suggests_close_ones():
    result = run("quote", "marotto-2021-06-28")
    assert result.exit_code == 1
    assert "marotto-2021-06-28-attacked-multiple-rockets" in result.stderr
    assert run("quote", "x", "-f", "csv").exit_code == 2


def test_close_ids_come_from_the_ids_sharing_a_prefix_when_there_are_many(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With more ids than can be compared quickly, the similar ones are
    looked for among those sharing enough of the typed id's beginning to
    leave few."""
    from jcpoa_tracker.search import quotes

    typo = "araghchi-2021-06-20-closer-than-evr"
    assert "araghchi-2021-06-20-closer-than-ever" in run("quote", typo).stderr
    monkeypatch.setattr(quotes, "_CANDIDATES", 3)  # "araghchi-2021-06-2" leaves few
    assert "araghchi-2021-06-20-closer-than-ever" in run("quote", typo).stderr
    monkeypatch.setattr(quotes, "_CANDIDATES", 0)  # no candidate at all: no suggestion
    assert "closer-than-ever" not in run("quote", typo).stderr


def test_speakers_counts_dates_and_aliases():
    document = json.loads(run("speakers", "-f", "json").stdout)
    marotto = next(s for s in document if s["id"] == "marotto")
    assert marotto == {
        "id": "marotto",
        "name": "Wayne Marotto",
        "party": {"id": "us", "name": "United States"},
        "statements": 2,
        "unverified": 0,
        "first": "2021-06-28",
        "last": "2021-06-28",
        "aliases": ["Wayne Moratto", "Col. Wayne Marotto"],
    }
    assert sum(s["statements"] for s in document) == statement_count()
    counts = [s["statements"] for s in document]
    assert counts == sorted(counts, reverse=True)
    iran = json.loads(run("speakers", "--party", "iran", "-f", "json").stdout)
    assert iran and all(s["party"]["id"] == "iran" for s in iran)
    assert run("speakers", "--since", "2030").exit_code == 1


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(speakers=("araghchi", "zarif")),
        Filters(since=date(2021, 4, 1), until=date(2021, 6, 30)),
        Filters(as_of=date(2021, 6, 1)),
    ],
    ids=["all", "party", "window", "as-of"],
)
def test_speakers_never_read_the_statements_rows(filters: Filters) -> None:
    """Counting a million statements by speaker must not read their rows
    (their documents: 900 MB of pages at 1M): the counts come from the
    totals by speaker and period, and every step on the statements table
    walks an index that holds every column it needs (but the few look-ups
    of a first or last statement's date)."""
    index = open_index(DATA, os.environ, persistent=False)
    executed: list[str] = []
    index.connection.set_trace_callback(executed.append)
    assert speaker_summaries(index, Vocabulary.of(index), filters)
    index.connection.set_trace_callback(None)
    assert any("FROM spoken" in sql for sql in executed)
    on_rows = [sql for sql in executed if "FROM statements s" in sql]
    assert on_rows
    for sql in on_rows:
        plan = [row[3] for row in index.connection.execute("EXPLAIN QUERY PLAN " + sql)]
        steps = [step for step in plan if step.startswith(("SCAN s ", "SEARCH s "))]
        assert steps and all("COVERING INDEX" in step for step in steps), (sql, plan)


# -- goldens ---------------------------------------------------------------------

GOLDEN_RUNS = {
    "sanctions-2021.txt": (
        "quotes",
        "sanctions",
        "--since",
        "2021",
        "--until",
        "2021",
        "--context",
    ),
    "sanctions-2021.md": (
        "quotes",
        "sanctions",
        "--since",
        "2021",
        "--until",
        "2021",
        "-f",
        "markdown",
    ),
    "sanctions-2021.json": (
        "quotes",
        "sanctions",
        "--since",
        "2021",
        "--until",
        "2021",
        "-f",
        "json",
    ),
    "sanctions-2021.csv": (
        "quotes",
        "sanctions",
        "--since",
        "2021",
        "--until",
        "2021",
        "-f",
        "csv",
    ),
    "sanctions-2021.cite.txt": (
        "quotes",
        "sanctions",
        "--since",
        "2021",
        "--until",
        "2021",
        "--cite",
    ),
    "quote-marotto.txt": ("quote", "marotto-2021-06-28-counter-battery-fire"),
    "quote-marotto.md": ("quote", "marotto-2021-06-28-counter-battery-fire", "-f", "markdown"),
    "speakers.txt": ("speakers",),
    "speakers.md": ("speakers", "-f", "markdown"),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_RUNS))
def test_golden(name: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(REPO)  # file paths in the output are relative to here
    result = run(*GOLDEN_RUNS[name], data=Path("rounds"))
    assert result.exit_code == 0, result.stderr
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDENS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(result.stdout, encoding="utf-8", newline="")
    assert result.stdout == path.read_bytes().decode("utf-8")


def test_console_script_in_a_cron_like_environment(tmp_path: Path):
    """No TTY, a minimal environment: plain text, and exit codes 0, 1, 2."""
    from tests.test_cli import _console_script, _cron_env

    env = _cron_env(JCPOA_TRACKER_CACHE_DIR=str(tmp_path / "cache"))

    def script(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [_console_script(), "quotes", *args, "--data-dir", str(DATA)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )

    found = script("closer than ever")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("1 quote matching 'closer than ever'")
    assert "\x1b[" not in found.stdout
    assert list((tmp_path / "cache").glob("*.quotes.sqlite"))
    missing = script("gaurantees")
    assert missing.returncode == 1 and "Did you mean 'guarantees'" in missing.stderr
    assert script('"unclosed').returncode == 2


def test_a_dataset_without_source_tiers_leaves_sources_ungraded(write_rounds) -> None:
    """No ``source_tiers``: no source is graded (docs/data-format.md), in
    quotes as in reports; with them, each source has its domain's tier."""
    from tests.conftest import BUNDLED_CONFIG

    said = {
        "statements/2021.yaml": """
            statements:
              - id: blinken-2021-06-25
                speaker: blinken
                date: 2021-06-25
                text: There will come a point.
                verified: true
                sources:
                  - url: https://example.org/news/1
                  - url: https://news.example.org/2
                    tier: primary
        """
    }
    root = write_rounds(said)
    document = json.loads(run("quote", "blinken-2021-06-25", "-f", "json", data=root).stdout)
    assert [s["tier"] for s in document["sources"]] == [None, "primary"]  # as written
    tiers = BUNDLED_CONFIG + "source_tiers:\n  wire: [example.org]\n"
    root = write_rounds({**said, "dataset.yaml": tiers})
    document = json.loads(run("quote", "blinken-2021-06-25", "-f", "json", data=root).stdout)
    # the domain's tier (a subdomain's too), unless the source gives its own
    assert [s["tier"] for s in document["sources"]] == ["wire", "primary"]


def test_a_result_names_its_speakers_without_reading_every_actor(write_rounds) -> None:
    """Naming the speakers of a result reads only theirs; each is named as
    the whole list names it, the first of an id given twice (in file
    order) included."""
    root = write_rounds(
        {
            "actors/malley.yaml": """
                actors:
                  - id: malley
                    kind: person
                    name: Robert Malley
                    party: us
            """,
            "actors/zz-again.yaml": """
                actors:
                  - id: blinken
                    kind: person
                    name: Somebody Else
            """,
            "statements/2021.yaml": """
                statements:
                  - id: blinken-2021-06-25
                    speaker: blinken
                    date: 2021-06-25
                    text: Sanctions relief is on the table.
                    verified: true
                    sources:
                      - url: https://example.org/news/1
            """,
        }
    )
    index = open_index(root, {}, persistent=False)
    try:
        every = Vocabulary.of(index).speakers
        assert every["blinken"].name == "Antony Blinken"  # the first file's
        one_by_one = Vocabulary.of(index)
        for ident in [*every, "nobody"]:
            assert one_by_one.speaker(ident) == every.get(ident)
        assert one_by_one.every_speaker is None
        shown = Vocabulary.of(index)
        result = search(index, shown, parse_query("sanctions"), Filters(), limit=5)
        assert [(q.speaker_name, q.party_name) for q in result.quotes] == [
            ("Antony Blinken", "United States")
        ]
        assert shown.every_speaker is None  # only the results' speakers were read
        assert set(shown.looked_up) == {"blinken", "us"}
    finally:
        index.close()


@pytest.mark.parametrize("which", ["bundled", "generated"])
def test_the_known_topics_and_categories_are_every_distinct_one_in_order(
    which: str, generated_corpus: Path, tmp_path: Path
) -> None:
    import re
    import shutil

    from jcpoa_tracker.search.quotes import known_categories, known_topics

    root = tmp_path / "data"
    shutil.copytree(DATA if which == "bundled" else generated_corpus, root)
    for file in sorted((root / "statements").rglob("*.yaml"))[::3]:  # some uncoded
        text = file.read_text(encoding="utf-8")
        file.write_text(re.sub(r"\n +category: [\w-]+", "", text), encoding="utf-8")
    index = open_index(root, {}, persistent=False)
    try:
        db = index.connection
        topics = [t for (t,) in db.execute("SELECT DISTINCT topic FROM topics ORDER BY topic")]
        categories = [
            c
            for (c,) in db.execute(
                "SELECT DISTINCT category FROM statements WHERE category IS NOT NULL "
                "ORDER BY category"
            )
        ]
        assert len(topics) > 5 and len(categories) > 3
        assert db.execute("SELECT count(*) FROM statements WHERE category IS NULL").fetchone()[0]
        assert known_topics(index) == topics
        assert known_categories(index) == categories
    finally:
        index.close()


def test_a_typed_name_resolves_exact_spellings_first_then_words_then_words_combined():
    """An id, name or alias spelled out beats a speaker whose name holds the
    words, which beats one whose spellings hold them between them."""
    from jcpoa_tracker.search.quotes import NoMatch, SpeakerInfo, Vocabulary

    def person(ident: str, name: str, *aliases: str) -> SpeakerInfo:
        return SpeakerInfo(ident, name, "person", None, aliases, ())

    speakers = [
        person("reza", "Reza Najafi"),
        person("ali-reza", "Ali Reza Tangsiri", "Reza"),
        person("pahlavi", "Reza Pahlavi"),
        person("najafi-k", "Kazem Najafi", "Dr Gharibabadi", "Reza"),
        person("mix", "Kazem Sajjadpour", "Gharibabadi"),
    ]
    vocabulary = Vocabulary(every_speaker={s.id: s for s in speakers})
    # "Reza" is one speaker's id and another's alias: both exact; a third
    # speaker's name only holds the word
    assert vocabulary.resolve_actors("Réza", what="speaker") == ["reza", "ali-reza", "najafi-k"]
    assert vocabulary.resolve_actors("najafi", what="speaker") == ["reza", "najafi-k"]
    # one speaker's name holds both words, another's name and alias between them
    assert vocabulary.resolve_actors("Najafi Reza", what="speaker") == ["reza"]
    # no spelling is "kazem gharibabadi": a name and an alias combined
    assert vocabulary.resolve_actors("Kazem Gharibabadi", what="speaker") == ["najafi-k", "mix"]
    assert vocabulary.resolve_actors("Dr Kazem Sajjadpour", what="speaker") == ["mix"]
    with pytest.raises(NoMatch):
        vocabulary.resolve_actors("Zarif", what="speaker")
