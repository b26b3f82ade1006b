"""Problems found in data, as values with a location, and the exit codes.

A check never raises for bad data: it returns :class:`Problem` values, each
naming a file, a line, a column, a stable rule id and, where it helps, what
to do about it.  ``RULES`` is the catalogue shown in docs/validation.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

__all__ = ["RULES", "ExitCode", "Problem", "Severity"]


class ExitCode(IntEnum):
    """What a run of the tool means to a script (documented in README)."""

    OK = 0
    DATA_ERRORS = 1
    NOT_FOUND = 1  # a search or lookup found nothing (same code, like grep's 1)
    USAGE = 2
    INTERNAL = 3
    NOTHING_NEW = 4  # `briefing --fail-if-empty`: nothing happened in the window


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a data file, located by file, line and column."""

    path: str
    line: int
    column: int
    severity: Severity
    rule: str
    message: str
    hint: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message} [{self.rule}]"
        )


# rule id -> (severity, what it catches).  Every rule the code emits is here,
# and tests/test_docs.py keeps docs/validation.md in step with it.
RULES: dict[str, tuple[Severity, str]] = {
    "encoding": (Severity.ERROR, "the file is not valid UTF-8 text"),
    "yaml-syntax": (Severity.ERROR, "the file is not well-formed YAML"),
    "yaml-tag": (Severity.ERROR, "an explicit YAML tag (`!!python/...`, `!foo`); never executed"),
    "yaml-alias": (Severity.ERROR, "an anchor/alias (`&a`, `*a`); write the value out instead"),
    "yaml11-bool": (
        Severity.WARNING,
        "unquoted yes/no/on/off/y/n, which YAML 1.1 tools read as a boolean",
    ),
    "yaml11-number": (
        Severity.WARNING,
        "unquoted 1:20 or 0755, which YAML 1.1 tools read as a number "
        "(a warning in text fields, an error in number fields)",
    ),
    "duplicate-key": (Severity.ERROR, "the same key twice in one mapping"),
    "file-structure": (Severity.ERROR, "the file is not a mapping of record lists"),
    "unknown-key": (Severity.ERROR, "a key the format does not define (with a did-you-mean)"),
    "missing-field": (Severity.ERROR, "a required field is absent or empty"),
    "missing-source": (Severity.ERROR, "a record without any source URL"),
    "type": (Severity.ERROR, "a value of the wrong type"),
    "enum": (Severity.ERROR, "a value outside its closed vocabulary"),
    "vocabulary": (
        Severity.ERROR,
        "a milestone kind, category, occasion or sticking-point status that the "
        "dataset's vocabulary (dataset.yaml) does not define",
    ),
    "unknown-topic": (
        Severity.WARNING,
        "a topic outside the dataset's declared topics (when dataset.yaml lists topics)",
    ),
    "config": (Severity.ERROR, "a mistake in the dataset's configuration (dataset.yaml)"),
    "measurement": (
        Severity.ERROR,
        "a measurement of a series dataset.yaml does not declare, in another unit than its "
        "series', or outside its own low-high range",
    ),
    "tone-unexpected": (
        Severity.WARNING,
        "a statement's tone outside the range its category's codebook entry expects",
    ),
    "id-format": (Severity.ERROR, "an id that is not lower-case kebab-case"),
    "url": (Severity.ERROR, "a source URL that is not http(s)"),
    "date": (Severity.ERROR, "a malformed or impossible date"),
    "date-order": (Severity.ERROR, "an end before its start, or a pause outside its round"),
    "duplicate-id": (
        Severity.ERROR,
        "an id used twice in the data directory (or a sticking point twice in one round)",
    ),
    "duplicate-number": (Severity.ERROR, "two rounds of one track with the same number"),
    "dangling-ref": (Severity.ERROR, "a reference to an id that does not exist"),
    "wrong-ref-kind": (
        Severity.ERROR,
        "a reference to a record of the wrong kind (a person as a party, too)",
    ),
    "overlap": (Severity.ERROR, "two rounds of one track that overlap in time"),
    "party-cycle": (Severity.ERROR, "actors whose parties lead back to themselves"),
    "tone-range": (Severity.ERROR, "a tone outside -2..+2"),
    "unverified-note": (
        Severity.WARNING,
        "unverified wording or low confidence without a note saying why",
    ),
    "weak-sources": (
        Severity.WARNING,
        "confidence high without a primary or wire source or two independent ones",
    ),
    "role-dates": (Severity.WARNING, "a statement dated outside every dated role of its speaker"),
    "round-relation": (
        Severity.WARNING,
        "a statement outside its round's dates without a fitting `round_relation`",
    ),
    "sticking-point-gap": (
        Severity.WARNING,
        "an open sticking point a later round drops silently (no `dispositions` entry)",
    ),
    "sticking-disposition": (
        Severity.WARNING,
        "a `dispositions` entry that names no open earlier point, or a bad `superseded_by`",
    ),
    "layout": (Severity.WARNING, "a record outside the folder the layout gives its kind"),
    "no-data": (Severity.ERROR, "no data files were found"),
    "symlink": (
        Severity.ERROR,
        "a symbolic link in the data directory (to a file or a folder); never followed or read",
    ),
    "special-file": (
        Severity.ERROR,
        "a FIFO, device or socket named like a data file; never opened for reading",
    ),
    "file-too-large": (Severity.ERROR, "a data file over the size limit (8 MiB); not read"),
    "unreadable": (Severity.ERROR, "a data file or folder the user may not read"),
}
