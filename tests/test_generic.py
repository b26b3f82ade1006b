"""The tool knows no negotiation: no word of the Iran deal, and no id or
name from the bundled dataset, in the package's code, templates or help."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.conftest import DATA, REPO

PACKAGE = REPO / "jcpoa_tracker"
# Words of the Iran negotiations that no engine, renderer, template or help
# text may use (the tool's own name, jcpoa-tracker, aside).
WORDS = {
    "jcpoa", "iran", "iranian", "iaea", "nuclear", "vienna", "tehran", "enrichment",
    "enrich", "snapback", "uranium", "centrifuge", "natanz", "fordow", "khamenei",
    "p5+1", "e3",
}  # fmt: skip
_TOOL_NAME = re.compile(r"jcpoa[-_]tracker", re.IGNORECASE)


def _dataset_words() -> set[str]:
    """Every actor and track id, and every person's name, of the bundled data
    (the names of states and bodies are ordinary words: "United States")."""
    words: set[str] = set()
    for path in (DATA / "actors").glob("*.yaml"):
        for actor in yaml.safe_load(path.read_text(encoding="utf-8"))["actors"]:
            words.add(actor["id"])
            if actor["kind"] == "person":
                words.add(actor["name"].lower())
    for path in (DATA / "tracks").glob("*/track.yaml"):
        for track in yaml.safe_load(path.read_text(encoding="utf-8"))["tracks"]:
            words.add(track["id"])
    return {w for w in words if len(w) > 2}


def _package_files() -> list[Path]:
    return [
        p
        for p in PACKAGE.rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".j2", ".css", ".js", ".html", ".md", ".txt")
        and "data" not in p.relative_to(PACKAGE).parts[:1]
    ]


def test_no_negotiation_specific_word_in_the_package() -> None:
    forbidden = WORDS | _dataset_words()
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(w) for w in sorted(forbidden, key=len, reverse=True))
        + r")(?![\w])",
        re.IGNORECASE,
    )
    found = []
    for path in _package_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = pattern.search(_TOOL_NAME.sub("", line))
            if match:
                found.append(
                    f"{path.relative_to(REPO)}:{number}: {match.group(0)!r}: {line.strip()}"
                )
    assert found == [], "\n".join(found)


def test_the_word_list_catches_what_it_should() -> None:
    """The test above cannot pass vacuously: the bundled data is full of them."""
    words = _dataset_words()
    assert {"araghchi", "blinken", "vienna-talks", "iran"} <= words
    assert len(_package_files()) > 50


def test_the_help_names_the_negotiation_of_the_data_dir() -> None:
    import subprocess
    import sys

    def helps(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "jcpoa_tracker", *args, "--help"],
            capture_output=True,
            text=True,
            check=True,
            env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "HOME": str(REPO)},
            cwd=REPO,
        )
        return " ".join(done.stdout.split())

    who = REPO / "examples" / "who-pandemic-agreement"
    assert "WHO pandemic agreement negotiations: where the negotiation stands" in helps(
        "--data-dir", str(who)
    )
    assert "Iran nuclear negotiations: where" in helps()
    assert "Iran" not in helps("status")  # a command's own help names no negotiation
