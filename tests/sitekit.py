"""What the site tests share: building a site once per session, a small
multilingual and hostile dataset, and `quotes` ids to compare with."""

from __future__ import annotations

import json
import os
import textwrap
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from jcpoa_tracker.cli import app

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "rounds"
AS_OF = date(2026, 11, 29)
ARTIFACTS = Path(os.environ.get("SITE_TEST_ARTIFACTS", REPO / "test-artifacts" / "site"))

# Queries whose results on the page must equal `quotes`, on the bundled data.
BUNDLED_QUERIES = (
    '"put a date"',
    "Wayne Moratto",
    'Moratto -"counter battery"',
    "blinken conscious",
    'blinken "serious differences"',
    "serious differences -seventh",
    'snapback OR "snap back"',
    "enrich*",
    "sanctions",
    "-sanctions",
    "(oil OR gas) -sanctions",
    "Blinken -Iran",
    "centrifug*",
    "Araqchi",
    "ARAGHCHI talks",
    "rockets OR rocket",
    '"closer than ever"',
    "press conference",
    "Grossi AND IAEA",
)

# A small dataset with Persian and Arabic text, accents and markup.
HOSTILE = {
    "dataset.yaml": """
        title: Test <Talks> & "Co"
        short_name: Test talks
        description: A <b>test</b> dataset.
    """,
    "actors/iran.yaml": """
        actors:
          - id: iran
            kind: state
            name: Iran
            sources:
              - url: https://example.org/iran
    """,
    "actors/araghchi.yaml": """
        actors:
          - id: araghchi
            kind: person
            name: Abbas Araghchi
            aliases:
              - Araqchi
              - عباس عراقچی
            party: iran
            sources:
              - url: https://example.org/araghchi
    """,
    "tracks/vienna/track.yaml": """
        tracks:
          - id: vienna
            title: Vienna <talks>
            parties:
              - iran
            sources:
              - url: https://example.org/vienna
    """,
    "tracks/vienna/r1.yaml": """
        rounds:
          - id: vienna-r1
            track: vienna
            number: 1
            title: Round <b>one</b> & "first"
            start: 2021-04-06
            end: 2021-04-09
            sticking_points:
              - id: sequencing
                title: Sequencing <i>of steps</i>
                status: open
            sources:
              - url: https://example.org/r1?a=1&b=<2>
    """,
    "statements/2021/2021-04-07-araghchi.yaml": """
        statements:
          - id: araghchi-2021-04-07-script
            speaker: araghchi
            date: 2021-04-07
            text: "<script>alert('x')</script> The sanctions are unjust & must go."
            original:
              lang: fa
              text: تحریم‌ها ظالمانه است و باید برداشته شود
            round: vienna-r1
            verified: true
            sources:
              - url: https://example.org/a?x=1&y="2"
                outlet: <Outlet>
          - id: araghchi-2021-04-08-arabic
            speaker: araghchi
            date: 2021-04-08
            text: Talks in Genève were constructive, a café conversation.
            original:
              lang: ar
              text: كانت المحادثات بنّاءة في جنيف
            verified: false
            confidence: low
            note: Wording from one <unverified> report.
            sources:
              - url: https://example.org/b
    """,
}
HOSTILE_QUERIES = (
    "script",
    "sanctions unjust",
    "تحریمها",  # typed without the zero-width non-joiner
    "عراقچي",  # Arabic yeh for the Persian one
    "geneve cafe",
    "GENÈVE",
    "كانت",
    "كانت OR script",
    "Araqchi -script",
)


def write_dataset(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


def build(data_dir: Path, out: Path, as_of: date = AS_OF, *extra: str) -> Path:
    result = CliRunner().invoke(
        app,
        ["site", "-o", str(out), "--as-of", as_of.isoformat(), "--data-dir", str(data_dir), *extra],
    )
    assert result.exit_code == 0, result.output
    return out


def quotes_ids(data_dir: Path, query: str, as_of: date = AS_OF) -> list[str]:
    """The ids `quotes` gives, newest first, every match."""
    result = CliRunner().invoke(
        app,
        [
            "quotes",
            "--sort",
            "-date",
            "--limit",
            "0",
            "--format",
            "json",
            "--as-of",
            as_of.isoformat(),
            "--data-dir",
            str(data_dir),
            "--no-cache",
            "--",
            query,
        ],
    )
    assert result.exit_code in (0, 1), result.output
    return [q["id"] for q in json.loads(result.stdout)["quotes"]] if result.stdout.strip() else []
