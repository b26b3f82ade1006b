"""The rules that keep the data checkable: source tiers and confidence, the
roles a speaker held, statements about a round outside its dates, and the
continuity of sticking points.  Each with the data inline beside the
problem it must (or must not) give."""

from __future__ import annotations

import json
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker.cli import app
from jcpoa_tracker.model import Source, SourceTier
from jcpoa_tracker.sources import corroborated, domain_of, tier_of, tier_table
from tests.conftest import BUNDLED_CONFIG

runner = CliRunner()

TIERS = BUNDLED_CONFIG + textwrap.dedent(
    """
    source_tiers:
      primary: [state.gov, iaea.org, example.org]
      wire: [reuters.com, apnews.com]
      outlet: [aljazeera.com]
      aggregator: [longform.social, amp.apnews.com]
    """
)
TABLE = tier_table(
    {
        "primary": ["state.gov", "iaea.org"],
        "wire": ["reuters.com", "apnews.com"],
        "outlet": ["aljazeera.com"],
        "aggregator": ["longform.social", "amp.apnews.com"],
    }
)


# --- tiers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "tier"),
    [
        ("https://www.reuters.com/world/x", SourceTier.WIRE),
        ("https://REUTERS.com:443/x", SourceTier.WIRE),
        ("https://2021-2025.state.gov/briefing", SourceTier.PRIMARY),  # a subdomain
        ("https://apnews.com/article/x", SourceTier.WIRE),
        ("https://amp.apnews.com/article/x", SourceTier.AGGREGATOR),  # longest match wins
        ("https://notreuters.com/x", SourceTier.UNKNOWN),  # a suffix is not a subdomain
        ("https://example.net/x", SourceTier.UNKNOWN),
        ("not a url", SourceTier.UNKNOWN),
    ],
)
def test_tier_from_the_domain(url: str, tier: SourceTier) -> None:
    assert tier_of(url, TABLE) is tier


def test_domain_ignores_www_port_and_case() -> None:
    assert domain_of("https://WWW.Example.org:8443/a?b") == "example.org"


def _domain_by_urlsplit(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url.strip()).hostname or "").rstrip(".").lower().removeprefix("www.")


_URL_PIECES = st.sampled_from(
    ["http", "https", "HTTPS", "ftp", ":", "/", "//", "?", "#", "@", "[", "]", "::1", ".", "-",
     "www.", "WWW.", "a", "Z", "9", "é", " ", "\t", "\n", "x.org", ":8080", "%2F", "user:pw"]
)  # fmt: skip


@given(st.lists(_URL_PIECES, max_size=12).map("".join))
def test_the_domain_is_the_one_urlsplit_finds(url: str) -> None:
    # domain_of reads plain hosts itself, and leaves the rest to urlsplit
    try:
        expected = _domain_by_urlsplit(url)
    except ValueError:  # an address urlsplit refuses (a bad IPv6 host)
        with pytest.raises(ValueError):
            domain_of.__wrapped__(url)
        return
    assert domain_of.__wrapped__(url) == expected


@pytest.mark.parametrize(
    "url",
    ["https://x.org", "https://x.org/", "https://x.org?q", "https://x.org#f", "https://",
     "https:///p", "https://x.org./a", "https://x.org\n", "https://x.org\t/", "http://a-b.c9/"],
)  # fmt: skip
def test_plain_hosts_are_read_as_urlsplit_reads_them(url: str) -> None:
    assert domain_of.__wrapped__(url) == _domain_by_urlsplit(url)


def test_confidence_high_needs_a_strong_or_two_independent_sources() -> None:
    wire = Source("https://reuters.com/a")
    outlet = Source("https://aljazeera.com/a", outlet="Al Jazeera")
    other = Source("https://example.net/a", outlet="Example")
    same_outlet = Source("https://example.com/a", outlet="Al Jazeera")
    copy = Source("https://longform.social/post/1", outlet="Reuters")
    assert corroborated([wire], TABLE)
    assert corroborated([outlet, other], TABLE)
    assert not corroborated([outlet], TABLE)
    assert not corroborated([outlet, Source("https://aljazeera.com/b")], TABLE)  # one domain
    assert not corroborated([outlet, same_outlet], TABLE)  # one outlet on two domains
    assert not corroborated([outlet, copy], TABLE)  # aggregators never count
    # an override beats the domain, both ways
    assert corroborated([Source("https://longform.social/x", tier=SourceTier.WIRE)], TABLE)
    assert not corroborated([Source("https://reuters.com/x", tier=SourceTier.AGGREGATOR)], TABLE)


def _milestone(sources: str, extra: str = "") -> dict[str, str]:
    return {
        "milestones/2021/2021-04-13-x.yaml": f"""
            milestones:
              - id: x
                date: 2021-04-13
                kind: nuclear-step
                title: Something happened{extra}
                sources:{sources}
        """
    }


ONE_OUTLET = """
                  - url: https://www.aljazeera.com/news/1
                    outlet: Al Jazeera"""


def test_weak_sources_warn_only_where_tiers_are_configured(problems_of) -> None:
    assert problems_of(_milestone(ONE_OUTLET)) == []  # no dataset.yaml: not graded
    graded = {**_milestone(ONE_OUTLET), "dataset.yaml": TIERS}
    assert problems_of(graded) == [("milestones/2021/2021-04-13-x.yaml", 2, 9, "weak-sources")]


def test_weak_sources_fixed_by_a_wire_source_or_by_lower_confidence(problems_of) -> None:
    wire = ONE_OUTLET + "\n                  - url: https://apnews.com/article/1"
    assert problems_of({**_milestone(wire), "dataset.yaml": TIERS}) == []
    medium = "\n                confidence: medium\n                confidence_note: One outlet."
    files = {**_milestone(ONE_OUTLET, medium), "dataset.yaml": TIERS}
    assert problems_of(files) == []


def test_weak_sources_message_names_each_source_and_its_tier(write_rounds) -> None:
    copy = """
                  - url: https://longform.social/post/1
                    outlet: Reuters (copy)"""
    root = write_rounds({**_milestone(copy), "dataset.yaml": TIERS})
    result = runner.invoke(app, ["validate", "--data-dir", str(root), "--format", "json"])
    problems = json.loads(result.stdout)["problems"]
    assert [p["rule"] for p in problems] == ["weak-sources"]
    assert "milestone 'x'" in problems[0]["message"]
    assert "https://longform.social/post/1 (aggregator)" in problems[0]["message"]
    assert result.exit_code == 0  # a warning; --strict makes it fail


def test_an_unknown_tier_override_is_an_enum_error(problems_of) -> None:
    bad = ONE_OUTLET + "\n                    tier: wires"
    assert problems_of(_milestone(bad)) == [("milestones/2021/2021-04-13-x.yaml", 9, 15, "enum")]


# --- roles --------------------------------------------------------------------

ARAGHCHI = {
    "actors/iran.yaml": """
        actors:
          - id: iran
            kind: state
            name: Iran
            sources: [{url: "https://example.org/iran"}]
    """,
    "actors/araghchi.yaml": """
        actors:
          - id: araghchi
            kind: person
            name: Abbas Araghchi
            party: iran
            roles:
              - title: Deputy Foreign Minister
                start: 2021-01
                end: 2021-08
              - title: Foreign Minister
                start: 2024-08-21
            sources: [{url: "https://example.org/araghchi"}]
    """,
}


def _statement(date: str, extra: str = "") -> dict[str, str]:
    return {
        "statements/x.yaml": f"""
            statements:
              - id: s
                speaker: araghchi
                date: {date}
                text: Words.
                verified: true{extra}
                sources: [{{url: "https://example.org/s"}}]
        """
    }


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2021-06-20", []),
        ("2021-08", []),  # the month the role ended: not certainly outside
        ("2025-05-11", []),  # an open-ended role
        ("2023-03-01", [("statements/x.yaml", 4, 11, "role-dates")]),
        ("2020-12-31", [("statements/x.yaml", 4, 11, "role-dates")]),
    ],
)
def test_statement_outside_every_dated_role(problems_of, date: str, expected) -> None:
    assert problems_of({**ARAGHCHI, **_statement(date)}) == expected


def test_speaker_without_dated_roles_is_not_checked(problems_of) -> None:
    files = _statement("1990-01-01")
    files["statements/x.yaml"] = files["statements/x.yaml"].replace("araghchi", "blinken")
    assert problems_of(files) == []


def test_reports_show_the_role_held_that_day(write_rounds) -> None:
    root = write_rounds({**ARAGHCHI, **_statement("2021-06-20")})
    result = runner.invoke(
        app, ["status", "--data-dir", str(root), "--as-of", "2021-06-30", "--no-cache"]
    )
    assert "Abbas Araghchi, Deputy Foreign Minister, 20 June 2021" in result.stdout
    later = write_rounds({**ARAGHCHI, **_statement("2025-05-11")})
    result = runner.invoke(
        app, ["status", "--data-dir", str(later), "--as-of", "2025-05-30", "--no-cache"]
    )
    assert "Abbas Araghchi, Foreign Minister, 11 May 2025" in result.stdout
    quote = runner.invoke(app, ["quote", "s", "--data-dir", str(later)])
    assert "Foreign Minister" in quote.stdout and "Deputy" not in quote.stdout


# --- statements about a round outside its dates ---------------------------------

ROUND = {
    "tracks/vienna/r1.yaml": """
        rounds:
          - id: r1
            track: vienna
            title: Round 1
            start: 2022-08-04
            end: 2022-08-08
            sources: [{url: "https://example.org/r1"}]
    """,
}


def _about_round(date: str, relation: str = "") -> dict[str, str]:
    extra = "\n                round: r1" + (
        f"\n                round_relation: {relation}" if relation else ""
    )
    files = _statement(date, extra)
    files["statements/x.yaml"] = files["statements/x.yaml"].replace("araghchi", "blinken")
    return {**ROUND, **files}


@pytest.mark.parametrize(
    ("date", "relation", "rule_line"),
    [
        ("2022-08-05", "", None),
        ("2022-08-15", "", 7),  # after the round, silently
        ("2022-08-15", "after", None),
        ("2022-08-01", "before", None),
        ("2022-08-01", "after", 8),  # the relation contradicts the dates
        ("2022-08-15", "before", 8),
        ("2022-08-05", "after", None),  # inside the dates: any stated relation is fine
    ],
)
def test_round_relation(problems_of, date: str, relation: str, rule_line: int | None) -> None:
    expected = (
        []
        if rule_line is None
        else [("statements/x.yaml", rule_line, 21 if relation else 12, "round-relation")]
    )
    assert problems_of(_about_round(date, relation)) == expected


# --- sticking points ------------------------------------------------------------------


def _rounds(second_points: str, second_dispositions: str = "", third: str = "") -> dict[str, str]:
    return {
        "tracks/vienna/rounds.yaml": f"""
            rounds:
              - id: r1
                track: vienna
                title: Round 1
                start: 2021-04-06
                end: 2021-04-09
                sticking_points:
                  - id: sequencing
                    title: Sequencing
                    status: open
                  - id: guarantees
                    title: Guarantees
                    status: open
                  - id: scope
                    title: Scope
                    status: resolved
                sources: [{{url: "https://example.org/1"}}]
              - id: r2
                track: vienna
                title: Round 2
                start: 2021-04-15
                end: 2021-04-20
                sticking_points:{second_points}
                dispositions:{second_dispositions or " []"}
                sources: [{{url: "https://example.org/2"}}]
              - id: r3
                track: vienna
                title: Round 3
                start: 2021-05-01
                end: 2021-05-03
                sticking_points:
                  - id: sequencing
                    title: Sequencing
                    status: narrowed{third}
                sources: [{{url: "https://example.org/3"}}]
        """
    }


SEQUENCING = """
                  - id: sequencing
                    title: Sequencing of steps
                    status: open"""


def test_an_open_point_that_disappears_is_reported_once(problems_of) -> None:
    # guarantees (open in r1) is missing from r2 and r3: one warning, at r2;
    # scope was resolved, so its absence is fine
    assert problems_of(_rounds(SEQUENCING)) == [
        ("tracks/vienna/rounds.yaml", 24, 7, "sticking-point-gap")
    ]


def test_dispositions_say_what_happened(problems_of) -> None:
    carried = """
                  - id: guarantees
                    disposition: carried
                    note: Not discussed this round."""
    # carried: still open, and needs no further word in r3
    assert problems_of(_rounds(SEQUENCING, carried)) == []
    dropped = carried.replace("carried", "dropped")
    assert problems_of(_rounds(SEQUENCING, dropped)) == []


@pytest.mark.parametrize(
    "disposition",
    [
        "\n                  - id: scope\n                    disposition: dropped",  # resolved
        "\n                  - id: nothing\n                    disposition: dropped",  # unknown
        "\n                  - id: sequencing\n                    disposition: dropped",  # listed
        "\n                  - id: guarantees\n                    disposition: superseded",
        "\n                  - id: guarantees\n                    disposition: superseded"
        "\n                    superseded_by: elsewhere",  # no such point in the track
        "\n                  - id: guarantees\n                    disposition: dropped"
        "\n                    superseded_by: sequencing",  # superseded_by needs superseded
    ],
)
def test_bad_dispositions(problems_of, disposition: str) -> None:
    rules = [rule for *_, rule in problems_of(_rounds(SEQUENCING, disposition))]
    assert "sticking-disposition" in rules


def test_superseded_by_another_point_of_the_track(problems_of) -> None:
    superseded = """
                  - id: guarantees
                    disposition: superseded
                    superseded_by: sequencing"""
    assert problems_of(_rounds(SEQUENCING, superseded)) == []


def test_status_reports_dispositions_titles_and_last_change(write_rounds) -> None:
    dropped = """
                  - id: guarantees
                    disposition: dropped
                    note: Taken off the table."""
    root = write_rounds(_rounds(SEQUENCING, dropped))
    result = runner.invoke(
        app,
        ["status", "--data-dir", str(root), "--as-of", "2021-05-10", "--format", "json"],
    )
    points = {p["id"]: p for p in json.loads(result.stdout)["tracks"][0]["sticking_points"]}
    assert points["guarantees"]["state"] == "dropped"
    assert points["guarantees"]["since"] == "2021-04-20"  # the end of the round dropping it
    assert points["guarantees"]["round"] == "r2"
    assert points["sequencing"]["state"] == "narrowed"
    assert points["sequencing"]["since"] == "2021-05-03"
    assert points["sequencing"]["former_titles"] == ["Sequencing", "Sequencing of steps"]
    text = runner.invoke(app, ["status", "--data-dir", str(root), "--as-of", "2021-05-10"])
    assert "Guarantees: dropped (was open) since 20 April 2021 (last round: r2)" in text.stdout
    assert "formerly: Sequencing; Sequencing of steps" in text.stdout


def test_carried_points_keep_their_status_and_date(write_rounds) -> None:
    carried = """
                  - id: guarantees
                    disposition: carried"""
    root = write_rounds(_rounds(SEQUENCING, carried))
    text = runner.invoke(app, ["status", "--data-dir", str(root), "--as-of", "2021-05-10"])
    assert (
        "Guarantees: open since 9 April 2021 (last round: r1, carried: not listed in later rounds)"
        in text.stdout
    )
