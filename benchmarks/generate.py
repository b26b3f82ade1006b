"""Write a synthetic corpus in the real data format, for benchmarks.

    python benchmarks/generate.py --statements 100000 --out benchmarks/corpus

The records are fake but shaped like the real ones (field mix, text length,
one file per speaker and day, ~20 statements per file), and the corpus
validates clean, so a benchmark measures the normal path.  Deterministic:
the same arguments write the same bytes.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

WORDS = [
    "sanctions",
    "enrichment",
    "verification",
    "guarantees",
    "talks",
    "round",
    "progress",
    "differences",
    "agreement",
    "compliance",
    "inspectors",
    "stockpile",
    "centrifuges",
    "diplomacy",
    "pressure",
    "relief",
    "deadline",
    "proposal",
    "text",
    "capitals",
    "delegation",
    "mediator",
    "serious",
    "constructive",
]
TOPICS = ["sanctions", "enrichment", "verification", "guarantees", "timeline", "iaea-access"]
CATEGORIES = ["consult", "agree", "assess", "demand", "warn", "reject", "accuse", "appeal"]
OCCASIONS = ["press-conference", "interview", "social-media", "remarks", "statement"]
PARTIES = ["iran", "us", "e3", "eu", "russia", "china", "iaea", "israel", "oman"]


def _text(rng: random.Random, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return body[0].upper() + body[1:] + "."


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(out: Path, statements: int, per_file: int = 20, seed: int = 2015) -> int:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "actors").mkdir(parents=True)
    speakers = [f"speaker-{n:03d}" for n in range(200)]
    for party in PARTIES:
        (out / "actors" / f"{party}.yaml").write_text(
            f"actors:\n  - id: {party}\n    kind: state\n    name: {party.upper()}\n"
            f"    sources:\n      - url: https://example.org/actors/{party}\n"
        )
    for n, speaker in enumerate(speakers):
        (out / "actors" / f"{speaker}.yaml").write_text(
            f"actors:\n  - id: {speaker}\n    kind: person\n    name: Speaker {n}\n"
            f"    aliases: [S. {n}, Spkr {n}]\n    party: {PARTIES[n % len(PARTIES)]}\n"
            f"    sources:\n      - url: https://example.org/actors/{speaker}\n"
        )
    track = out / "tracks" / "synthetic"
    track.mkdir(parents=True)
    (track / "track.yaml").write_text(
        "tracks:\n  - id: synthetic\n    title: Synthetic talks\n    parties: [iran, us]\n"
        "    sources:\n      - url: https://example.org/tracks/synthetic\n"
    )
    rounds = []
    day = date(2000, 1, 3)
    for number in range(1, 201):
        end = day + timedelta(days=rng.randint(0, 6))
        rid = f"synthetic-r{number}"
        rounds.append(rid)
        (track / f"{rid}.yaml").write_text(
            f"rounds:\n  - id: {rid}\n    track: synthetic\n    number: {number}\n"
            f"    title: Round {number}\n    start: {day}\n    end: {end}\n"
            f"    location: Vienna\n    format: indirect\n    delegations:\n"
            f"      iran: speaker-000\n      us: speaker-001\n"
            f"    sticking_points:\n      - id: sequencing\n        title: Sequencing\n"
            f"        status: open\n    sources:\n      - url: https://example.org/{rid}\n"
        )
        day = end + timedelta(days=rng.randint(3, 60))
    files = 0
    written = 0
    start = date(2000, 1, 1)
    while written < statements:
        speaker = rng.choice(speakers)
        when = start + timedelta(days=rng.randint(0, 9000))
        folder = out / "statements" / str(when.year)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{when}-{speaker}.yaml"
        if path.exists():
            continue
        count = min(per_file, statements - written)
        lines = ["statements:"]
        for k in range(count):
            lines += [
                f"  - id: {speaker}-{when}-{k}",
                f"    speaker: {speaker}",
                f"    date: {when}",
                "    role: Deputy Foreign Minister",
                f"    text: {_quote(_text(rng, rng.randint(15, 45)))}",
                f"    occasion: {rng.choice(OCCASIONS)}",
                f"    context: {_text(rng, 6)}",
            ]
            if rng.random() < 0.3:
                lines.append(f"    round: {rng.choice(rounds)}")
            lines += [
                f"    topics: [{', '.join(rng.sample(TOPICS, 2))}]",
                f"    category: {rng.choice(CATEGORIES)}",
                f"    tone: {rng.randint(-2, 2)}",
                "    verified: true",
                "    sources:",
                f"      - url: https://example.org/news/{when}/{speaker}/{k}",
                "        outlet: Example Wire",
                "        accessed: 2026-11-23",
            ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files += 1
        written += count
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    args = parser.parse_args()
    files = generate(args.out, args.statements, args.per_file)
    print(f"wrote {args.statements} statements in {files} statement files to {args.out}")


if __name__ == "__main__":
    main()
