"""Write a synthetic corpus in the real data format, for benchmarks.

    python benchmarks/generate.py --statements 100000 --out benchmarks/corpus/100000
    python benchmarks/generate.py --edit benchmarks/corpus/100000   # edit, rename, delete, add

The records are fake but shaped like the real ones, and the corpus
validates clean (`jcpoa-tracker validate --strict`), so a benchmark
measures the normal path:

- a `dataset.yaml` with topics, measured series and source tiers;
- parties and speakers with aliases (accented Latin and Persian script);
- three tracks of rounds with delegations, pauses and sticking points that
  keep their ids across rounds, change status, get renamed, and are
  carried or dropped with `dispositions` as the real data does;
- milestones of every generic kind, reports with measurements of the
  declared series (some with a low-high range), votes with counts and
  deadlines with their announcement;
- statements, one file per speaker and day (`--per-file` on average), in
  date order from 2001 to mid-2026, whose words follow a Zipf law over a
  vocabulary of a few thousand words (so there are common words, rare words
  and recurring phrases), with accented Latin words, Persian and Arabic
  originals, unverified wording with its note, and round links with their
  `round_relation`.

Deterministic: the same arguments write the same bytes.  Streamed: files
are written one at a time and memory stays flat up to 1,000,000
statements.  `.corpus.json` at the corpus root records the arguments and
the ids, words and windows benchmarks query (its name is not a data file's).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_DAY = date(2001, 1, 1)
LAST_DAY = date(2026, 6, 30)  # benchmarks pin "today" here (JCPOA_TRACKER_TODAY)
MANIFEST = ".corpus.json"
VERSION = 3  # of what generate() writes: a corpus of another version is written anew
VOCABULARY = 3000  # distinct words
RARE_RANK = 2000  # the benchmarks' rare word: about 1 word in 17,000

# The most frequent words, in Zipf rank order, then generated ones
# ("sanctions" second: in about 85% of statements, the worst case of a search).
CORE_WORDS = (  # noqa: SIM905 - a list of words reads best as words
    "the sanctions of and to in we that is on a for will with this not are be it have as "
    "they our talks agreement enrichment iran nuclear side united states negotiations "
    "verification guarantees round progress text delegation compliance inspectors stockpile "
    "centrifuges diplomacy pressure relief deadline proposal capitals mediator serious "
    "constructive differences issues remaining parties european vienna oman agency access "
    "sites uranium level percent commitments steps sequencing implementation return full "
    "obligations violation escalation window time weeks days months ready political decision "
    "reasonable unacceptable demands position table draft paper framework understanding "
    "interim arrangement lifting removal waivers oil banking exports assets release prisoners "
    "exchange talks dialogue indirect direct meeting envoy minister foreign deputy spokesman "
    "president government parliament council resolution board governors report safeguards "
    "cooperation transparency monitoring cameras data verification breakout capability weapon "
    "peaceful program rights security region stability allies partners partner bloc snapback "
    "mechanism dispute resolution consultations expert level working groups technical "
    "coordination"
).split()
# Accented Latin words, drawn like any other word.
ACCENTED = (  # noqa: SIM905 - a list of words reads best as words
    "négociations sécurité accès délégation réunion médiateur garanties étape levée contrôle "
    "déclaration président ministère énergie atomique vérification Genève Zürich Muscat "
    "München Bruxelles São Göteborg café façade naïve rôle Ziyā Ẓarīf Rūḥānī Qāsem Esmāʿīl "
    "Tūrkiye"
).split()
PHRASES = (
    "serious differences",
    "closer than ever",
    "maximum pressure",
    "red lines",
    "snap back",
    "good faith",
    "window of opportunity",
    "final text",
    "ball is in their court",
    "step for step",
    "zero enrichment",
    "full compliance",
)
PERSIAN = (  # noqa: SIM905 - a list of words reads best as words
    "مذاکرات تحریم‌ها غنی‌سازی توافق هسته‌ای آژانس بازرسی ایران آمریکا اروپا وین مسقط تضمین "
    "راستی‌آزمایی دیپلماسی گفتگو دور پیشرفت اختلافات جدی فشار حداکثری برجام شورای امنیت "
    "قطعنامه اورانیوم سانتریفیوژ ذخایر درصد ۲۰۲۱ ۶۰"
).split()
ARABIC = (  # noqa: SIM905 - a list of words reads best as words
    "المفاوضات العقوبات التخصيب الاتفاق النووي الوكالة الدولية للطاقة الذرية التفتيش سلطنة "
    "عمان مسقط الوساطة الضمانات الولايات المتحدة إيران جولة تقدم خلافات جدية الضغط المرحلة "
    "القادمة"
).split()
TOPICS = (
    "sanctions",
    "enrichment",
    "verification",
    "guarantees",
    "timeline",
    "iaea-access",
    "prisoners",
    "stockpile",
    "snapback",
    "sequencing",
    "hostilities",
)
# Generic categories with the tones they usually have (docs/configuration.md).
CATEGORIES = {
    "consult": (-1, 2),
    "agree": (0, 2),
    "concede": (0, 2),
    "appeal": (-1, 2),
    "assess": (-2, 2),
    "demand": (-2, 1),
    "warn": (-2, 0),
    "reject": (-2, 0),
    "accuse": (-2, 0),
    "threaten": (-2, -1),
    "act": (-2, 2),
}
ROLES = ("Foreign Minister", "Deputy Foreign Minister", "Envoy", "Spokesperson")
LOCATIONS = ("Vienna, Austria", "Muscat, Oman", "Genève, Suisse", "Doha, Qatar")
OCCASIONS = ("press-conference", "interview", "social-media", "remarks", "statement", "briefing")
PARTIES = {
    "iran": ("state", "Iran"),
    "us": ("state", "United States"),
    "e3": ("bloc", "E3"),
    "eu": ("bloc", "European Union"),
    "russia": ("state", "Russia"),
    "china": ("state", "China"),
    "iaea": ("organization", "IAEA"),
    "israel": ("state", "Israel"),
    "oman": ("state", "Oman"),
}
TRACKS = {  # id: title, parties, mediator ("synthetic" is the main track, as tests expect)
    "synthetic": ("Synthetic talks", ["iran", "e3", "eu", "russia", "china", "us"], "eu"),
    "synthetic-oman": ("Synthetic Oman-mediated talks", ["iran", "us"], "oman"),
    "synthetic-e3": ("Synthetic E3-Iran talks", ["iran", "e3"], "eu"),
}
POINT_TITLES = (
    "Sequencing of steps",
    "Sanctions relief",
    "Verification of past activities",
    "Guarantees against withdrawal",
    "Enrichment cap",
    "Fate of the stockpile",
    "Prisoner exchange",
    "IAEA access to sites",
    "Advanced centrifuges",
    "Timeline of implementation",
    "Oil exports",
    "Frozen assets",
)
STATUSES = ("open", "narrowed", "resolved", "deadlocked")
SERIES = {  # id: label, unit, kind, caveat
    "enrichment-level": ("Enrichment level", "percent", "level", "the highest level reported"),
    "uranium-stockpile": ("Enriched uranium stockpile", "kg", "amount", "IAEA estimate"),
    "stockpile-60pct": ("Uranium enriched up to 60%", "kg", "amount", "IAEA estimate"),
}
MILESTONE_KINDS = (
    "agreement",
    "implementation",
    "withdrawal",
    "proposal",
    "vote",
    "resolution",
    "report",
    "sanctions",
    "strike",
    "ceasefire",
    "election",
    "leadership",
    "talks",
    "deadline",
    "other",
)
TIERS = {
    "primary": "example.gov",
    "wire": "example.org",
    "outlet": "example.net",
    "aggregator": "example.com",
}
SYLLABLES = (  # noqa: SIM905 - a list of words reads best as words
    "ka ve ro min da sa lo ri ta na be go hu zi mo pa le du ne fa ra si to va ke mi so ba ga"
).split()
PERSIAN_LETTERS = {
    "k": "ک",
    "v": "و",
    "r": "ر",
    "m": "م",
    "n": "ن",
    "d": "د",
    "s": "س",
    "l": "ل",
    "t": "ت",
    "b": "ب",
    "g": "گ",
    "h": "ه",
    "z": "ز",
    "p": "پ",
    "f": "ف",
    "a": "ا",
    "i": "ی",
    "o": "و",
    "u": "و",
}
ACCENT = str.maketrans("aeiou", "āéīōū")


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (every field that may hold ': ' or '#')."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def vocabulary(size: int, seed: int) -> list[str]:
    """``size`` distinct words: the core ones first (the most frequent),
    accented ones spread through the ranks, then made-up words of two to
    four syllables (some long enough for the stemmer and prefixes)."""
    rng = random.Random(seed)
    words = list(dict.fromkeys(CORE_WORDS))
    seen = set(words) | set(ACCENTED)
    while len(words) < size - len(ACCENTED):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.2:
            word += rng.choice(("tion", "ment", "ing", "ed", "s"))
        if word not in seen:
            seen.add(word)
            words.append(word)
    for n, word in enumerate(ACCENTED):  # ranks 200, 300, ... and beyond
        words.insert(min(len(words), 200 + 97 * n), word)
    return words


class Zipf:
    """Draws words with probability proportional to 1 / rank."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / rank for rank in range(1, len(words) + 1)))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=count)


def _person_name(rng: random.Random) -> tuple[str, str]:
    given = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return given, family


def _persian(name: str) -> str:
    return "".join(PERSIAN_LETTERS.get(c, "") for c in name.lower() if c != "e")


@dataclass
class Plan:
    """What the generator decided, kept small (no statement is kept)."""

    speakers: list[tuple[str, str]] = field(default_factory=list)  # id, party
    rounds: list[tuple[date, date, str]] = field(default_factory=list)  # sorted by start
    statement_files: int = 0
    sample_statement: str = ""
    sample_speaker: str = ""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _dataset_yaml(main_track: str) -> str:
    lines = [
        "# The configuration of a synthetic benchmark corpus (benchmarks/generate.py).",
        "title: Synthetic negotiation (benchmark corpus)",
        "short_name: Synthetic talks",
        "description: Generated records shaped like the real ones; no record is true.",
        "defaults:",
        f"  main_track: {main_track}",
        "  timezone: UTC",
        "  context_topics:",
        "    - hostilities",
        "vocabularies:",
        "  topics:",
    ]
    lines += [f"    - id: {topic}" for topic in TOPICS]
    lines.append("series:")
    for ident, (label, unit, kind, caveat) in SERIES.items():
        lines += [
            f"  - id: {ident}",
            f"    label: {label}",
            f"    unit: {unit}",
            f"    kind: {kind}",
            f"    caveat: {caveat}",
        ]
    lines.append("source_tiers:")
    lines += [f"  {tier}: [{domain}]" for tier, domain in TIERS.items()]
    return "\n".join(lines) + "\n"


def _actors(out: Path, rng: random.Random, speakers: int, plan: Plan) -> None:
    for party, (kind, name) in PARTIES.items():
        _write(
            out / "actors" / f"{party}.yaml",
            f"actors:\n  - id: {party}\n    kind: {kind}\n    name: {name}\n"
            f"    sources:\n      - url: https://{TIERS['primary']}/actors/{party}\n",
        )
    parties = list(PARTIES)
    for n in range(speakers):
        given, family = _person_name(rng)
        ident = f"{given}-{family}-{n}".lower()
        party = parties[n % len(parties)]
        aliases = [f"{given[0]}. {family}", f"{given} {family}".translate(ACCENT)]
        if party == "iran":
            aliases.append(f"{_persian(given)} {_persian(family)}")
        _write(
            out / "actors" / f"{ident}.yaml",
            f"actors:\n  - id: {ident}\n    kind: person\n    name: {given} {family}\n"
            f"    aliases: [{', '.join(_quote(a) for a in aliases)}]\n    party: {party}\n"
            f"    roles:\n      - title: {rng.choice(ROLES)}\n"
            f"    sources:\n      - url: https://{TIERS['wire']}/people/{ident}\n",
        )
        plan.speakers.append((ident, party))


def _tracks(out: Path, rng: random.Random, per_track: int, plan: Plan) -> None:
    """Rounds of each track, evenly spread with some jitter, never
    overlapping; sticking points keep their ids, change status, are renamed,
    carried and dropped, and every open point that a round does not list
    is disposed of in that round."""
    span = (LAST_DAY - FIRST_DAY).days - 30
    gap = span // per_track
    by_party = {party: [s for s, p in plan.speakers if p == party] for party in PARTIES}
    for t, (track, (title, parties, mediator)) in enumerate(TRACKS.items()):
        folder = out / "tracks" / track
        first = FIRST_DAY + timedelta(days=10 + 3 * t)
        _write(
            folder / "track.yaml",
            f"tracks:\n  - id: {track}\n    title: {title}\n    parties: [{', '.join(parties)}]\n"
            f"    mediator: {mediator}\n    phases:\n      - date: {first}\n        phase: active\n"
            f"        note: First round opens.\n        sources:\n"
            f"          - url: https://{TIERS['wire']}/tracks/{track}/opens\n"
            f"    sources:\n      - url: https://{TIERS['wire']}/tracks/{track}\n",
        )
        points: dict[str, list[str]] = {}  # open point id -> [status, title]
        carried: set[str] = set()
        fresh = itertools.count(1)
        for number in range(1, per_track + 1):
            rid = f"{track}-r{number}"
            start = first + timedelta(days=(number - 1) * gap + rng.randint(0, max(0, gap // 3)))
            end = start + timedelta(days=rng.randint(0, min(6, gap // 3)))
            lines = [
                "rounds:",
                f"  - id: {rid}",
                f"    track: {track}",
                f"    number: {number}",
                f"    title: Round {number} of the {title}",
                f"    start: {start}",
                f"    end: {end}",
                f"    announced: {start - timedelta(days=rng.randint(3, 20))}",
                f"    location: {rng.choice(LOCATIONS)}",
                f"    format: {rng.choice(('direct', 'indirect', 'mediated', 'mixed'))}",
                f"    mediator: {mediator}",
                "    delegations:",
            ]
            lines += [f"      {p}: {rng.choice(by_party[p])}" for p in parties if by_party[p]]
            if (end - start).days >= 4 and rng.random() < 0.3:
                lines += [
                    "    pauses:",
                    f"      - start: {start + timedelta(days=1)}",
                    f"        end: {start + timedelta(days=2)}",
                    "        note: Delegations return to capitals.",
                ]
            # this round's agenda
            back = sorted(carried)[0] if carried and rng.random() < 0.2 else None
            dispositions: list[str] = []
            for ident in sorted(points):
                roll = rng.random()
                if roll < 0.08:
                    del points[ident]
                    dispositions += [f"      - id: {ident}", "        disposition: dropped"]
                elif roll < 0.16:
                    del points[ident]
                    carried.add(ident)
                    dispositions += [
                        f"      - id: {ident}",
                        "        disposition: carried",
                        "        note: Not reported as discussed this round.",
                    ]
            if back is not None:  # a point carried in an earlier round comes back
                carried.discard(back)
                points[back] = ["open", rng.choice(POINT_TITLES)]
            while len(points) < 3 or (len(points) < 6 and rng.random() < 0.3):
                points[f"{track}-point-{next(fresh)}"] = ["open", rng.choice(POINT_TITLES)]
            lines.append("    sticking_points:")
            for ident in sorted(points):
                status, point_title = points[ident]
                roll = rng.random()
                if status in ("open", "deadlocked") and roll < 0.3:
                    status = "narrowed"
                elif status == "narrowed" and roll < 0.3:
                    status = "resolved"
                elif status == "open" and roll > 0.92:
                    status = "deadlocked"
                elif status == "deadlocked" and roll > 0.8:
                    status = "open"
                if rng.random() < 0.05:
                    point_title = rng.choice(POINT_TITLES) + " (renamed)"
                lines += [
                    f"      - id: {ident}",
                    f"        title: {point_title}",
                    f"        status: {status}",
                ]
                if status == "resolved":
                    del points[ident]
                else:
                    points[ident] = [status, point_title]
            if dispositions:
                lines += ["    dispositions:", *dispositions]
            lines += [
                f"    outcome: Round {number} closed; delegations to meet again.",
                "    sources:",
                f"      - url: https://{TIERS['wire']}/rounds/{rid}",
            ]
            _write(folder / f"{rid}.yaml", "\n".join(lines) + "\n")
            plan.rounds.append((start, end, rid))
    plan.rounds.sort()


def _milestones(out: Path, rng: random.Random, count: int) -> None:
    span = (LAST_DAY - FIRST_DAY).days
    stockpile = 100.0
    level = 3.67
    for n in range(count):
        when = FIRST_DAY + timedelta(days=n * span // count + rng.randint(0, 3))
        kind = MILESTONE_KINDS[rng.randrange(len(MILESTONE_KINDS))]
        if n % 5 == 0:
            kind = "report"
        ident = f"{kind}-{when}-{n}"
        lines = [
            "milestones:",
            f"  - id: {ident}",
            f"    date: {when}",
            f"    kind: {kind}",
            f"    title: {_quote(f'Synthetic {kind} milestone {n}: délégations à Genève')}",
            f"    parties: [{', '.join(rng.sample(list(PARTIES), 2))}]",
            f"    summary: {_quote(f'A generated {kind} event, number {n}.')}",
        ]
        if kind == "report":
            stockpile = max(50.0, stockpile * rng.uniform(0.9, 1.25))
            level = min(60.0, level * rng.uniform(1.0, 1.1))
            spread = round(stockpile * 0.05, 1)
            lines += [
                "    measurements:",
                "      - metric: uranium-stockpile",
                f"        value: {stockpile:.1f}",
                "        unit: kg",
                f"        low: {stockpile - spread:.1f}",
                f"        high: {stockpile + spread:.1f}",
                "        note: Estimated on the report date.",
                "      - metric: enrichment-level",
                f"        value: {level:.2f}",
                "        unit: percent",
            ]
            if level > 20:
                lines += [
                    "      - metric: stockpile-60pct",
                    f"        value: {stockpile * 0.1:.1f}",
                    "        unit: kg",
                ]
        elif kind == "vote":
            yes = rng.randint(10, 35)
            lines += [
                "    vote:",
                f"      yes: {yes}",
                f"      no: {rng.randint(0, 5)}",
                f"      abstain: {rng.randint(0, 10)}",
                "      body: Board of Governors",
                "      method: recorded vote",
            ]
        elif kind == "deadline":
            lines.append(f"    announced: {when - timedelta(days=rng.randint(20, 90))}")
        if rng.random() < 0.1:
            lines += [
                "    confidence: medium",
                "    confidence_note: One outlet reports it; the date is from a weekday.",
            ]
        lines += ["    sources:", f"      - url: https://{TIERS['primary']}/milestones/{ident}"]
        _write(
            out / "milestones" / str(when.year) / f"{when}-{ident}.yaml", "\n".join(lines) + "\n"
        )


def _sentence(rng: random.Random, zipf: Zipf, words: int) -> str:
    body = zipf.draw(rng, words)
    if rng.random() < 0.25:
        body.insert(rng.randrange(len(body)), PHRASES[min(int(rng.paretovariate(1.2)) - 1, 11)])
    text = " ".join(body)
    return text[0].upper() + text[1:] + "."


def _statement(
    rng: random.Random, zipf: Zipf, plan: Plan, speaker: str, when: date, k: int
) -> list[str]:
    category = rng.choice(list(CATEGORIES))
    low, high = CATEGORIES[category]
    lines = [
        f"  - id: {speaker}-{when}-{k}",
        f"    speaker: {speaker}",
        f"    date: {when}",
        f"    text: {_quote(_sentence(rng, zipf, rng.randint(12, 45)))}",
    ]
    roll = rng.random()
    if roll < 0.04:
        lines += [
            "    original:",
            "      lang: fa",
            f"      text: {' '.join(rng.sample(PERSIAN, 9))}",
        ]
    elif roll < 0.06:
        lines += [
            "    original:",
            "      lang: ar",
            f"      text: {' '.join(rng.sample(ARABIC, 8))}",
        ]
    lines += [
        f"    occasion: {rng.choice(OCCASIONS)}",
        f"    context: {_quote(_sentence(rng, zipf, 6))}",
    ]
    if rng.random() < 0.3:
        lines += _round_link(when, plan, rng)
    lines += [
        f"    topics: [{', '.join(rng.sample(TOPICS, rng.randint(1, 3)))}]",
        f"    category: {category}",
        f"    tone: {rng.randint(low, high)}",
    ]
    if rng.random() < 0.03:
        lines += [
            "    verified: false",
            "    confidence: low",
            "    confidence_note: Wording from a paraphrase; the original was not found.",
        ]
    else:
        lines.append("    verified: true")
    lines += [
        "    sources:",
        f"      - url: https://{TIERS['wire']}/news/{when}/{speaker}/{k}",
        "        outlet: Example Wire",
        "        accessed: 2026-07-01",
    ]
    return lines


def _round_link(when: date, plan: Plan, rng: random.Random) -> list[str]:
    """The round nearest in time among the few around the day, with the
    relation the dates say."""
    at = bisect.bisect_right(plan.rounds, (when, date.max, ""))
    choices = plan.rounds[max(0, at - 2) : at + 1]
    start, end, rid = rng.choice(choices)
    link = [f"    round: {rid}"]
    if when < start:
        link.append("    round_relation: before")
    elif when > end:
        link.append("    round_relation: after")
    return link


def _statements(
    out: Path, rng: random.Random, statements: int, per_file: int, seed: int, plan: Plan
) -> None:
    zipf = Zipf(vocabulary(VOCABULARY, seed))
    span = (LAST_DAY - FIRST_DAY).days
    ids = [s for s, _ in plan.speakers]
    written = 0
    day: date | None = None
    used: set[str] = set()
    while written < statements:
        when = FIRST_DAY + timedelta(days=written * span // statements)
        if when != day:
            day, used = when, set()
        if len(used) == len(ids):  # every speaker spoke that day: the next day
            written_day = (when - FIRST_DAY).days + 1
            when = FIRST_DAY + timedelta(days=min(span, written_day))
            day, used = when, set()
        speaker = rng.choice(ids)
        while speaker in used:
            speaker = rng.choice(ids)
        used.add(speaker)
        count = min(statements - written, rng.randint(max(1, per_file // 2), per_file * 3 // 2))
        lines = ["statements:"]
        for k in range(count):
            lines += _statement(rng, zipf, plan, speaker, when, k)
        path = out / "statements" / str(when.year) / f"{when}-{speaker}.yaml"
        if path.exists():  # a skipped-ahead day may meet a speaker again: add a suffix
            path = path.with_name(f"{when}-{speaker}-{written}.yaml")
            lines = [
                line.replace(f"{speaker}-{when}-", f"{speaker}-{when}-{written}-", 1)
                for line in lines
            ]
        _write(path, "\n".join(lines) + "\n")
        plan.statement_files += 1
        if written <= statements // 2 < written + count:
            plan.sample_statement = lines[1].removeprefix("  - id: ")
            plan.sample_speaker = speaker
        written += count


def generate(out: Path, statements: int, per_file: int = 20, seed: int = 2015) -> int:
    """Write the corpus (replacing ``out`` if it is an earlier generated
    corpus, refusing any other non-empty folder); the number of statement files."""
    rng = random.Random(seed)
    if out.exists():
        if any(out.iterdir()) and not (out / MANIFEST).exists():
            raise SystemExit(f"{out} is not empty and is not a generated corpus: not replacing it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = Plan()
    speakers = 200 + statements // 2000
    _write(out / "dataset.yaml", _dataset_yaml(next(iter(TRACKS))))
    _actors(out, rng, speakers, plan)
    _tracks(out, rng, 60 + statements // 5000, plan)
    _milestones(out, rng, 200 + statements // 500)
    _statements(out, rng, statements, per_file, seed, plan)
    mid = plan.rounds[len(plan.rounds) // 2]
    manifest = {
        "version": VERSION,
        "statements": statements,
        "per_file": per_file,
        "seed": seed,
        "statement_files": plan.statement_files,
        "today": str(LAST_DAY),
        "sample_statement": plan.sample_statement,
        "sample_speaker": plan.sample_speaker,
        "sample_party": dict(plan.speakers)[plan.sample_speaker],
        "sample_round": mid[2],
        "sample_topic": "guarantees",
        "window": ["2020-01-01", "2020-01-31"],
        "common_word": "sanctions",
        "rare_word": vocabulary(VOCABULARY, seed)[RARE_RANK - 1],
        "phrase": "serious differences",
        "prefix": "enrich*",
        "accented_word": "négociations",
        "persian_word": "تحریمها",
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return plan.statement_files


# --- edits: "after editing one file" figures and cache-equivalence tests ---


def statement_files(corpus: Path) -> list[Path]:
    """Every statement file, sorted (os.scandir: fast at 50,000 files)."""
    found: list[Path] = []
    for year in sorted(os.scandir(corpus / "statements"), key=lambda e: e.name):
        found += sorted(Path(e.path) for e in os.scandir(year.path) if e.name.endswith(".yaml"))
    return found


def manifest(corpus: Path) -> dict[str, Any]:
    """What generate() recorded in the corpus's .corpus.json."""
    loaded: dict[str, Any] = json.loads((corpus / MANIFEST).read_text(encoding="utf-8"))
    return loaded


def sample_file(corpus: Path) -> Path:
    """The file that holds the manifest's sample statement."""
    ident = str(manifest(corpus)["sample_statement"])
    for path in statement_files(corpus):
        if f"- id: {ident}\n" in path.read_text(encoding="utf-8"):
            return path
    raise LookupError(f"no statement {ident} in {corpus}")


def edit_text(path: Path, n: int) -> None:
    """Change the wording of the file's first statement (edit number ``n``:
    each n gives different bytes of a different length)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("    text: "))
    lines[at] = f'    text: "Revised wording, version {n}{" again" * (n % 3)}: the talks go on."'
    path.write_text("\n".join(lines), encoding="utf-8")


def apply_edits(corpus: Path, seed: int = 1) -> list[str]:
    """Edit, rename, delete and add files as analysts do; what was done.

    The corpus still validates clean afterwards.  Deterministic for a given
    corpus and seed.
    """
    rng = random.Random(seed)
    files = statement_files(corpus)
    done: list[str] = []
    edited, renamed, deleted = rng.sample(files, 3)
    edit_text(edited, seed)
    done.append(f"edited {edited.relative_to(corpus)}")
    target = renamed.with_name(renamed.stem + "-moved.yaml")
    renamed.rename(target)
    done.append(f"renamed {renamed.relative_to(corpus)} to {target.name}")
    deleted.unlink()
    done.append(f"deleted {deleted.relative_to(corpus)}")
    milestones = sorted((corpus / "milestones").rglob("*report-*.yaml"))
    measured = rng.choice(milestones)
    text = measured.read_text(encoding="utf-8")
    head, _, rest = text.partition("metric: enrichment-level\n        value: ")
    value, _, tail = rest.partition("\n")
    new_value = f"{float(value) + 0.5:.2f}"
    measured.write_text(
        f"{head}metric: enrichment-level\n        value: {new_value}\n{tail}", "utf-8"
    )
    done.append(f"changed a measurement in {measured.relative_to(corpus)}")
    speaker = str(manifest(corpus)["sample_speaker"])
    added = corpus / "statements" / "2026" / f"{LAST_DAY}-{speaker}-added-{seed}.yaml"
    when = LAST_DAY
    lines = ["statements:"]
    lines += _statement(
        random.Random(seed), Zipf(vocabulary(VOCABULARY, seed)), Plan(), speaker, when, 0
    )
    lines = [
        line.replace(f"{speaker}-{when}-0", f"{speaker}-{when}-added-{seed}") for line in lines
    ]
    _write(added, "\n".join(line for line in lines if not line.startswith("    round")) + "\n")
    done.append(f"added {added.relative_to(corpus)}")
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=20, help="statements per file, on average")
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--out", type=Path, help="default: benchmarks/corpus/STATEMENTS")
    parser.add_argument("--edit", type=Path, metavar="CORPUS", help="edit a generated corpus")
    parser.add_argument("--edit-seed", type=int, default=1)
    args = parser.parse_args()
    if args.edit is not None:
        for line in apply_edits(args.edit, args.edit_seed):
            print(line)
        return
    out = args.out or Path(__file__).parent / "corpus" / str(args.statements)
    files = generate(out, args.statements, args.per_file, args.seed)
    print(f"wrote {args.statements:,} statements in {files:,} statement files to {out}")


if __name__ == "__main__":
    main()
