"""The command table: which module registers each command, and the line the
top-level help shows for it.

The top-level help and ``--version`` need no command built: building one
imports its module and converts its signature into options, which for all
of them cost more than the rest of a run.  So the root group (``Root``)
builds a command when it is looked up, and the help lists the commands from
``SUMMARIES``; tests/test_startup.py checks that table against the commands
themselves.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["COMMANDS", "SUMMARIES", "TYPER_SETTINGS"]

# Each command's name and the module that registers it, in the order they
# are registered.
COMMANDS: Final = {
    "status": "status_cmd",
    "quotes": "quotes_cmd",
    "quote": "quotes_cmd",
    "speakers": "quotes_cmd",
    "timeline": "timeline_cmd",
    "trends": "trends_cmd",
    "briefing": "briefing_cmd",
    "validate": "validate_cmd",
    "fmt": "fmt_cmd",
    "add": "add_cmd",
    "set": "set_cmd",
    "diff": "diff_cmd",
    "schema": "schema_cmd",
    "init": "init_cmd",
    "export": "export_cmd",
    "docs": "docs_cmd",
    "site": "site_cmd",
    "watch": "watch_cmd",
}

# The first paragraph of each command's help, in the order --help lists
# them (Typer lists commands before groups such as add and set).
SUMMARIES: Final = {
    "status": "Where the talks stand: phase, last round, sticking points, latest statements, "
    "recent and upcoming milestones, tone.",
    "quotes": "Search what was said: ranked quotes with citations.",
    "quote": "One statement in full: text, original, speaker and role, occasion, round, "
    "coding, caveats and every source.",
    "speakers": "Who said how much, and when: statements per speaker, first and last dates, "
    "unverified quotes and the aliases searches match.",
    "timeline": "Rounds, milestones and declared phases in date order (and statements with "
    "--statements): one line per event, or grouped by year on a terminal.",
    "trends": "Per period: rounds and days in session, gaps between rounds, statements and "
    "tone per party, categories, sticking-point changes, milestones, and measured series, "
    "with sparklines and an optional chart image.",
    "briefing": "A briefing for a window of days: where things stand, what is new, notable "
    "quotes, trends, upcoming dates and alerts.",
    "validate": "Check data files: syntax, fields, dates, references, sources.",
    "fmt": "Rewrite data files in the canonical form, keeping every comment and value.",
    "diff": "Records added, removed and changed (field by field) between two git revisions "
    "of the data, and what that changes in the status report.",
    "schema": "Print the JSON Schema of data files, with the data dir's vocabularies (for "
    "editor validation as you type); --config: of its dataset.yaml.",
    "init": "Create a data repository: dataset.yaml, the folders, an analysts' README, "
    "editor schemas, pre-commit hooks and a CI workflow for data pull requests. On a "
    "terminal, asks for what the options do not give.",
    "export": "Export the data as tables: one per record kind plus link tables.",
    "docs": "Show the documentation installed with the tool: a page by its topic, or the "
    "list of topics. Example: docs search",
    "site": "Write the dataset as a static website that works offline: status and status on "
    "any date, timeline, a page per track, round, actor, sticking point, milestone and "
    "statement, search, trends, feed, calendars, downloads, embeds and badges. Example: "
    "site -o public",
    "add": "Add a record where the layout says it belongs, checked against the whole dataset "
    "first: nothing is written (exit 1) if it would bring an error. Required fields missing "
    "from the options are asked for on a terminal.",
    "set": "Change fields of a record in place (end dates, statuses, pauses, phases, sources).",
    "watch": "Watch the data directory for changes, so that reports need not look at every "
    "file (Linux).",
}

# How the app and every command are made (the same for commands built late).
TYPER_SETTINGS: Final[dict[str, Any]] = {
    "pretty_exceptions_enable": False,
    # One plain style for help and for every error ("Error: ..."), as the
    # commands' own usage errors are written.
    "rich_markup_mode": None,
}
