"""The query language as documented, from a real shell: words that start
with '-', AND, English stems with exact phrases, and speakers named as
people write them (given name + a spelling of the surname, titles)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.cli.quotes_cmd import query_words_last
from jcpoa_tracker.search import index as search_index
from tests.conftest import DATA, WriteRounds
from tests.test_cli import _console_script, _cron_env

runner = CliRunner()


def shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``command`` as a user types it, through bash and the console script."""
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=_cron_env(PATH=f"{Path(_console_script()).parent}:/usr/bin:/bin", **env),
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def json_ids(stdout: str) -> list[str]:
    return [quote["id"] for quote in json.loads(stdout)["quotes"]]


def run(*args: str):
    return runner.invoke(app, ["--data-dir", str(DATA), *args])


# -- words that start with '-' ------------------------------------------------


class _Option:
    param_type_name = "option"

    def __init__(self, *opts: str, flag: bool = False) -> None:
        self.opts, self.secondary_opts, self.is_flag, self.count = opts, (), flag, False


PARAMS = [
    _Option("--output", "-o"),
    _Option("--format", "-f"),
    _Option("--help", "-h", flag=True),
    _Option("--speaker"),
    _Option("--cite", flag=True),
]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["sanctions", "-oil"], ["--", "sanctions", "-oil"]),
        (["sanctions", "-oil.md"], ["--", "sanctions", "-oil.md"]),
        (["talks", "-fail"], ["--", "talks", "-fail"]),
        (["--speaker", "marotto", "-battery"], ["--speaker", "marotto", "--", "-battery"]),
        (["-oil", "sanctions"], ["--", "-oil", "sanctions"]),
        (["a", "-o", "x.md", "-b"], ["-o", "x.md", "--", "a", "-b"]),
        (["a", "-f", "json", "--cite", "-h"], ["-f", "json", "--cite", "-h", "--", "a"]),
        (["a", "--output=x.md"], ["--output=x.md", "--", "a"]),
        (["a", "--", "-o", "--cite"], ["--", "a", "-o", "--cite"]),
        (["--cite"], ["--cite"]),
        # An unknown long option stays an option, for the usual error.
        (["a", "--speakr", "x"], ["--speakr", "--", "a", "x"]),
    ],
)
def test_the_rule_for_words_that_start_with_a_dash(args, expected):
    assert query_words_last(PARAMS, args) == expected


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("shell-cache"))


@pytest.mark.parametrize(
    ("command", "query"),
    [
        ("quotes sanctions -oil -f json", "sanctions -oil"),
        ("quotes sanctions -oil.md -f json", "sanctions -oil.md"),
        ("quotes talks -fail -f json", "talks -fail"),
        ("quotes --speaker marotto -battery -f json", "-battery"),
        ("quotes -f json -- -battery", "-battery"),
    ],
)
def test_exclusions_typed_in_a_real_shell(command, query, tmp_path, cache):
    completed = shell(
        f"jcpoa-tracker --data-dir {DATA} {command}", tmp_path, JCPOA_TRACKER_CACHE_DIR=cache
    )
    assert completed.returncode == 0, completed.stderr
    found = json.loads(completed.stdout)
    assert found["query"] == query and found["total"] > 0
    assert list(tmp_path.iterdir()) == []  # nothing written to './il.md' or the like


def test_minus_o_alone_is_still_the_output_option(tmp_path, cache):
    completed = shell(
        f"jcpoa-tracker quotes sanctions -o out.md -oil --data-dir {DATA}",
        tmp_path,
        JCPOA_TRACKER_CACHE_DIR=cache,
    )
    assert completed.returncode == 0, completed.stderr
    written = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "sanctions -oil" in written and "oil" not in written.replace("sanctions -oil", "")


def test_an_exclusion_removes_what_it_names():
    every = json_ids(run("quotes", "sanctions", "-f", "json", "--limit", "0").stdout)
    without = json_ids(run("quotes", "sanctions", "-lifted", "-f", "json", "--limit", "0").stdout)
    lifted = json_ids(run("quotes", "sanctions lifted", "-f", "json", "--limit", "0").stdout)
    assert lifted and set(without) == set(every) - set(lifted)


# -- AND, stems and exact phrases ---------------------------------------------


def test_and_is_an_operator_not_a_word():
    spelled = run("quotes", "sanctions AND guarantees", "-f", "json")
    implicit = run("quotes", "sanctions guarantees", "-f", "json")
    assert spelled.exit_code == 0, spelled.stderr
    assert json_ids(spelled.stdout) == json_ids(implicit.stdout)
    assert json.loads(spelled.stdout)["total"] == 2


def test_singular_finds_the_plural_and_inflections():
    singular = run("quotes", "sanction", "-f", "json", "--limit", "0")
    plural = run("quotes", "sanctions", "-f", "json", "--limit", "0")
    assert singular.exit_code == 0, singular.stderr
    assert json_ids(singular.stdout) == json_ids(plural.stdout)
    negotiate = json.loads(run("quotes", "negotiate", "-f", "json", "--limit", "0").stdout)
    assert any("negotiations" in quote["text"] for quote in negotiate["quotes"])


def test_exact_phrases_stay_exact():
    assert run("quotes", '"serious differences"').exit_code == 0
    assert run("quotes", '"serious difference"').exit_code == 1  # no stemming inside quotes
    assert run("quotes", '"sanction"').exit_code == 1  # the data says "sanctions"


def test_highlights_follow_the_stem():
    from jcpoa_tracker.search.quotes import highlights
    from jcpoa_tracker.search.syntax import parse_query

    text = "Sanctions and a sanction, sanctioned; sanctimonious"
    spans = highlights(text, parse_query("sanction").terms)
    assert [text[a:b] for a, b in spans] == ["Sanctions", "sanction", "sanctioned"]
    exact = highlights(text, parse_query('"sanction"').terms)
    assert [text[a:b] for a, b in exact] == ["sanction"]


def test_persian_and_arabic_folding_with_stemming(write_rounds: WriteRounds):
    root = write_rounds(
        {
            "statements/2021/2021-06-20-blinken.yaml": """
                statements:
                  - id: fa
                    speaker: blinken
                    date: 2021-06-20
                    text: Sanctions were discussed.
                    original:
                      lang: fa
                      text: "تحریم‌ها باید لغو شوند؛ علي گفت ۲۰۲۱"
                    sources:
                      - url: https://example.org/fa
            """
        }
    )
    for query in ("تحریمها", "تحریم‌ها", "علی", "علي", "2021", "sanction"):
        result = runner.invoke(app, ["quotes", query, "--data-dir", str(root), "-f", "json"])
        assert result.exit_code == 0, (query, result.stderr)
        assert json_ids(result.stdout) == ["fa"]


def test_the_index_format_changed_with_stemming():
    # Indexes written before stems were stored must be rebuilt, not misread.
    assert search_index.FORMAT >= 6  # main had 5 without stems
    assert "text_stem" in search_index.STEMMED_COLUMNS


def test_an_index_of_the_previous_format_is_rebuilt(tmp_path):
    import sqlite3

    environ = {"JCPOA_TRACKER_CACHE_DIR": str(tmp_path)}
    index = search_index.open_index(DATA, environ)
    location = index.location
    index.close()
    assert location is not None
    with sqlite3.connect(location) as old:
        old.execute(f"PRAGMA user_version = {search_index.FORMAT - 1}")
    old.close()
    index = search_index.open_index(DATA, environ)
    try:
        assert len(index.reread) > 100  # every file read again
        version = index.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == search_index.FORMAT
    finally:
        index.close()


# -- speakers named as people write them ---------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Abbas Araqchi", "abbas araqchi", "Foreign Minister Araghchi", "Dr Araqchi", "Araqchi"],
)
def test_given_name_with_an_alias_of_the_surname_and_titles(typed):
    result = run("quotes", "--speaker", typed, "-f", "json", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    speakers = {quote["speaker"]["id"] for quote in json.loads(result.stdout)["quotes"]}
    assert speakers == {"araghchi"}


def test_dr_tedros(write_rounds: WriteRounds):
    root = write_rounds(
        {
            "actors/tedros.yaml": """
                actors:
                  - id: tedros
                    kind: person
                    name: Tedros Adhanom Ghebreyesus
                    aliases: [Dr Tedros]
                    sources:
                      - url: https://example.org/tedros
            """,
            "statements/2021/2021-06-20-tedros.yaml": """
                statements:
                  - id: tedros-1
                    speaker: tedros
                    date: 2021-06-20
                    text: Health first.
                    sources:
                      - url: https://example.org/t
            """,
        }
    )
    for typed in ("Dr Tedros", "Tedros", "Dr. Tedros", "Director General Tedros"):
        result = runner.invoke(app, ["quotes", "--speaker", typed, "--data-dir", str(root)])
        assert result.exit_code == 0, (typed, result.stderr)
    missed = runner.invoke(app, ["quotes", "--speaker", "Dr Tedross", "--data-dir", str(root)])
    assert missed.exit_code == 1
    assert "Did you mean Tedros Adhanom Ghebreyesus (tedros)?" in missed.stderr


def test_did_you_mean_for_a_full_name_misspelled():
    result = run("quotes", "--speaker", "Abbas Araqchy")
    assert result.exit_code == 1
    assert "Did you mean Abbas Araghchi (araghchi)?" in result.stderr


def test_words_of_two_people_do_not_combine():
    result = run("quotes", "--speaker", "Abbas Blinken")
    assert result.exit_code == 1
