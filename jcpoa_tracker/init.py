"""A new data repository, ready for analysts: ``jcpoa-tracker init DIR``.

The directory becomes a data directory (``dataset.yaml`` at its root) and a
repository around it: an analysts' README, editor schemas, pre-commit hooks,
a CI workflow for data pull requests and a ``.gitignore``.  Nothing is
overwritten: a directory that already holds a dataset is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from jcpoa_tracker.datadir import CONFIG_NAME, DATA_SUFFIXES

__all__ = ["InitError", "Party", "Plan", "create_dataset", "plan_dataset"]

FOLDERS = ("actors", "tracks", "statements", "milestones", "documents")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class InitError(Exception):
    """The dataset cannot be created as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Party:
    """A party `init` writes an actor file for."""

    id: str
    name: str
    kind: str = "state"  # state, bloc, organization or person


@dataclass(slots=True)
class Plan:
    """What ``init`` writes: relative path -> text."""

    root: Path
    files: dict[str, str] = field(default_factory=dict)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escaping is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _check_id(ident: str, what: str) -> None:
    if not _ID.fullmatch(ident):
        raise InitError(f"{what} id '{ident}' must be lower-case words joined by hyphens")


def plan_dataset(
    root: Path,
    *,
    title: str,
    short_name: str | None = None,
    description: str | None = None,
    parties: tuple[Party, ...] = (),
    track: tuple[str, str] | None = None,
    source: str | None = None,
    example: bool = False,
    today: str = "2026-01-01",
) -> Plan:
    """The files of a new dataset, without writing them."""
    if not title.strip():
        raise InitError("the dataset needs a title")
    if (parties or track) and not source:
        raise InitError(
            "parties and a track are records, and every record cites a source: "
            "give --source URL (a page that names them)"
        )
    if source and not re.match(r"https?://\S+$", source):
        raise InitError(f"--source '{source}' is not an http(s) URL")
    for party in parties:
        _check_id(party.id, "party")
        if party.kind not in ("state", "bloc", "organization", "person"):
            raise InitError(f"party '{party.id}': kind must be state, bloc, organization or person")
    if track is not None:
        _check_id(track[0], "track")
    plan = Plan(root)
    plan.files[CONFIG_NAME] = _config(title, short_name, description, track)
    plan.files["README.md"] = _readme(title)
    plan.files[".gitignore"] = _GITIGNORE
    plan.files[".pre-commit-config.yaml"] = _PRE_COMMIT
    plan.files[".github/workflows/data-pull-request.yml"] = _WORKFLOW
    plan.files[".vscode/settings.json"] = _VSCODE
    for folder in FOLDERS:
        plan.files[f"{folder}/.gitkeep"] = ""
    sourced = f"    sources:\n      - url: {source}\n        accessed: {today}\n" if source else ""
    for party in parties:
        plan.files[f"actors/{party.id}.yaml"] = (
            f"{_MODELINE}actors:\n  - id: {party.id}\n    kind: {party.kind}\n"
            f"    name: {_quoted(party.name)}\n{sourced}"
        )
    if track is not None:
        ident, track_title = track
        members = "".join(f"      - {p.id}\n" for p in parties)
        plan.files[f"tracks/{ident}/track.yaml"] = (
            f"{_MODELINE}tracks:\n  - id: {ident}\n    title: {_quoted(track_title)}\n"
            + (f"    parties:\n{members}" if members else "")
            + sourced
        )
    if example:
        plan.files.update(_examples(today))
    return plan


def create_dataset(plan: Plan) -> list[Path]:
    """Write the plan; refuses a directory that already holds a dataset (a
    dataset.yaml or any data file) or any of the files it would write."""
    root = plan.root
    if root.exists() and not root.is_dir():
        raise InitError(f"'{root}' exists and is not a directory")
    if (root / CONFIG_NAME).exists():
        raise InitError(f"'{root}' already holds a dataset ({CONFIG_NAME}); nothing was written")
    if root.is_dir():
        data = [
            p
            for p in root.rglob("*")
            if p.suffix in DATA_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ]
        if data:
            raise InitError(
                f"'{root}' already holds data files ({data[0].relative_to(root)}...); "
                "nothing was written"
            )
    clashes = [name for name in plan.files if (root / name).exists()]
    if clashes:
        raise InitError(f"'{root / clashes[0]}' already exists; nothing was written")
    from jcpoa_tracker.edit.fmt import canonical
    from jcpoa_tracker.output import write_atomic
    from jcpoa_tracker.schema import config_json_schema, json_schema

    written = []
    files = _with_modelines(plan.files)
    for name, text in files.items():  # data files in the form `fmt --check` wants
        if name.endswith(DATA_SUFFIXES) and "/" in name and not name.startswith("."):
            files[name] = canonical(text)
    files[".schema/data.schema.json"] = json.dumps(json_schema(), indent=2) + "\n"
    files[".schema/dataset.schema.json"] = json.dumps(config_json_schema(), indent=2) + "\n"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
        written.append(path)
    return written


_MODELINE = "# yaml-language-server: $schema={up}.schema/data.schema.json\n"


def _with_modelines(files: dict[str, str]) -> dict[str, str]:
    """Each data file's modeline points at the schema from its own folder."""
    return {
        name: text.replace(_MODELINE, _MODELINE.format(up="../" * name.count("/")))
        for name, text in files.items()
    }


def _config(
    title: str, short_name: str | None, description: str | None, track: tuple[str, str] | None
) -> str:
    main_track = f"  main_track: {track[0]}\n" if track else "  # main_track: the-track-id\n"
    about = (
        f"description: {_quoted(description)}"
        if description
        else "# description: one line on what the dataset covers"
    )
    return f"""# yaml-language-server: $schema=.schema/dataset.schema.json
# The dataset's configuration: what the negotiation is called, its words
# and its defaults. Every section but the title may be left out; run
# `jcpoa-tracker schema --config` for the full format.
title: {_quoted(title)}
short_name: {_quoted(short_name or title)}
{about}
defaults:
{main_track}  recent_days: 90 # status: milestones of the last N days
  briefing_days: 7 # briefing: the default window
  stale_days: 14 # briefing: alert when the data has not moved for this long
  deadline_days: 14 # briefing: alert when a deadline is this close
  measurement_stale_days: 180 # a measured value older than this is shown as stale
  timezone: UTC # whose calendar day is 'today'
# Each vocabulary given replaces the generic one (agreement, vote, deadline...
# for milestone kinds; consult, agree, demand, warn... for categories).
# vocabularies:
#   milestone_kinds:
#     - id: vote
#       label: Vote
#     - id: deadline
#       label: Deadline
#       deadline: true
# Measured series: what a milestone's measurements are.
# series:
#   - id: signatories
#     label: Signatories
#     unit: states
#     kind: count
#     caveat: as reported by the depositary
# Source domains by how far they can be trusted on their own.
source_tiers:
  primary: []
  wire: []
  outlet: []
  aggregator: []
"""


def _readme(title: str) -> str:
    return f"""# {title}: the data

This repository holds the data of a [jcpoa-tracker](https://pypi.org/project/jcpoa-tracker/)
dataset: plain YAML files, reviewed like code. Every record cites at least
one source; uncertainty is recorded (`confidence`, `verified`, notes), never
hidden.

## Layout

- `dataset.yaml`: the dataset's title, vocabularies and defaults.
- `actors/`: one file per party or person (`actors/<id>.yaml`).
- `tracks/<track>/`: the track (`track.yaml`) and one file per round.
- `statements/<year>/`: one file per speaker and day.
- `milestones/<year>/`: one file per event outside the rounds.
- `documents/`: drafts, negotiating texts and agreements other records cite.

## Adding records

From this folder (the tool finds `dataset.yaml` in the working directory):

```sh
jcpoa-tracker add actor --id example-state --kind state --name "Example State" --source https://example.org/page
jcpoa-tracker add statement --speaker ID --date 2026-01-15 --text "..." --source URL --verified
jcpoa-tracker set round ROUND-ID --end 2026-01-20
```

`add` and `set` check the whole dataset with the change before writing and
keep every comment. Or edit the YAML by hand; editors that understand
`yaml-language-server` modelines validate as you type (`.schema/`).

## Checking and reviewing

```sh
jcpoa-tracker validate --strict   # errors and warnings, with file:line
jcpoa-tracker fmt --check         # the canonical format (fix: jcpoa-tracker fmt)
jcpoa-tracker diff main           # what your change does, record by record
jcpoa-tracker status              # where things stand
```

`pre-commit install` runs the first two before every commit
(`.pre-commit-config.yaml`); `.github/workflows/data-pull-request.yml` runs
them on every pull request and posts the diff as a comment.
"""


_GITIGNORE = """# Temporary files of an interrupted write (jcpoa-tracker add, set, fmt)
.*.tmp
# Exports and briefings written here
*.db
"""

_PRE_COMMIT = """# pre-commit hooks for this data repository (https://pre-commit.com):
# `pre-commit install` once, then every commit is checked.
repos:
  - repo: local
    hooks:
      - id: jcpoa-tracker-validate
        name: jcpoa-tracker validate
        entry: jcpoa-tracker validate --strict
        language: system
        files: '\\.ya?ml$'
        exclude: '^\\.|/\\.'
        require_serial: true
      - id: jcpoa-tracker-fmt
        name: jcpoa-tracker fmt --check
        entry: jcpoa-tracker fmt --check
        language: system
        files: '\\.ya?ml$'
        exclude: '^(\\.|dataset\\.yaml$)|/\\.'
"""

_WORKFLOW = """# Checks every pull request that changes the data: validation problems as
# annotations, the canonical format, and the semantic diff as a comment.
name: Data pull request

on:
  pull_request:

permissions:
  contents: read
  pull-requests: write

concurrency:
  group: data-pr-${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      # Pin the release (or commit) of the tool you trust.
      - name: Install jcpoa-tracker
        run: pip install jcpoa-tracker
      - name: Validate
        run: jcpoa-tracker validate --strict --format github
      - name: Check the format
        if: ${{ !cancelled() }}
        run: jcpoa-tracker fmt --check
      - name: Semantic diff
        id: diff
        if: ${{ !cancelled() }}
        env:
          BASE_REF: ${{ github.base_ref }}
        run: |
          jcpoa-tracker diff "origin/$BASE_REF" HEAD --format markdown -o diff.md
          cat diff.md >> "$GITHUB_STEP_SUMMARY"
      - name: Post or update the comment
        if: ${{ !cancelled() && steps.diff.outcome == 'success' }}
        continue-on-error: true
        env:
          GH_TOKEN: ${{ github.token }}
          PR: ${{ github.event.pull_request.number }}
        run: |
          marker='<!-- jcpoa-tracker-diff -->'
          { echo "$marker"; cat diff.md; } > comment.md
          comment=$(gh api "repos/$GITHUB_REPOSITORY/issues/$PR/comments" --paginate \\
            --jq ".[] | select(.body | startswith(\\"$marker\\")) | .id" | tail -n 1)
          if [ -n "$comment" ]; then
            gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$comment" \\
              -F body=@comment.md > /dev/null
          else
            gh pr comment "$PR" --repo "$GITHUB_REPOSITORY" --body-file comment.md
          fi
"""

_VSCODE = """{
  "yaml.schemas": {
    "./.schema/dataset.schema.json": "dataset.yaml",
    "./.schema/data.schema.json": [
      "actors/**/*.yaml", "tracks/**/*.yaml", "statements/**/*.yaml",
      "milestones/**/*.yaml", "documents/**/*.yaml"
    ]
  }
}
"""


def _examples(today: str) -> dict[str, str]:
    """Example records, clearly marked: ids start with ``example-`` and each
    says to delete it; their sources are example.org placeholders."""
    marker = "EXAMPLE record, to delete before publishing"
    source = (
        f"    sources:\n      - url: https://example.org/replace-me\n        accessed: {today}\n"
    )
    return {
        "actors/example-state.yaml": f"{_MODELINE}actors:\n  - id: example-state\n"
        f"    kind: state\n    name: Example State\n    note: {marker}\n{source}",
        "actors/example-envoy.yaml": f"{_MODELINE}actors:\n  - id: example-envoy\n"
        "    kind: person\n    name: Example Envoy\n    party: example-state\n"
        f"    note: {marker}\n{source}",
        "tracks/example-talks/track.yaml": f"{_MODELINE}tracks:\n  - id: example-talks\n"
        "    title: Example talks\n    parties:\n      - example-state\n"
        f"    note: {marker}\n{source}",
        "tracks/example-talks/example-r1.yaml": f"{_MODELINE}rounds:\n  - id: example-r1\n"
        "    track: example-talks\n    title: First round of the example talks\n"
        "    start: 2026-01-12\n    number: 1\n    end: 2026-01-14\n"
        "    location: Geneva\n    delegations:\n      example-state: example-envoy\n"
        f"    note: {marker}\n{source}",
        "statements/2026/2026-01-14-example-envoy.yaml": f"{_MODELINE}statements:\n"
        "  - id: example-envoy-2026-01-14-progress\n    speaker: example-envoy\n"
        "    date: 2026-01-14\n    text: We made progress, and we will meet again.\n"
        "    round: example-r1\n    category: assess\n    tone: 1\n    verified: false\n"
        f"    note: {marker}\n{source}",
        "milestones/2026/2026-02-01-example-deadline.yaml": f"{_MODELINE}milestones:\n"
        "  - id: example-deadline\n    date: 2026-02-01\n    kind: deadline\n"
        "    title: Example deadline for a reply\n    announced: 2026-01-14\n"
        f"    note: {marker}\n{source}",
    }
