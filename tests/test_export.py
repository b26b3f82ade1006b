"""`export`: every record and field in every format, spreadsheet-safe CSV,
atomic replacement, what may be overwritten; and shell completion."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jcpoa_tracker import model
from jcpoa_tracker.checks import validate
from jcpoa_tracker.cli import app
from jcpoa_tracker.dates import FuzzyDate, parse_iso
from jcpoa_tracker.export import csv_out, jsonl_out, sqlite_out
from jcpoa_tracker.export.columns import RECORD_TABLES, TABLES, ColumnType, table, tables_markdown
from jcpoa_tracker.export.tables import Table, build_tables
from jcpoa_tracker.export.target import MANIFEST_NAME
from jcpoa_tracker.sources import dataset_tiers, graded_dataset
from tests.conftest import DATA, REPO

runner = CliRunner()
Rows = dict[str, list[dict[str, Any]]]


def console_script() -> str:
    found = shutil.which("jcpoa-tracker", path=os.path.dirname(sys.executable))
    found = found or shutil.which("jcpoa-tracker")
    assert found is not None, "the jcpoa-tracker console script is not installed"
    return found


def invoke(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"GITHUB_ACTIONS": "", **(env or {})})


def export_bundled(*args: str):
    result = invoke("export", "--data-dir", str(DATA), *args)
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs in its own empty folder, so relative -o paths land there."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def bundled() -> tuple[dict[str, model.Record], tuple[Table, ...]]:
    """The bundled records (as the export locates them) and their tables."""
    checked, _ = validate(DATA)
    assert checked.errors == 0
    assert len(checked.dataset) > 200  # the real dataset, not an empty folder
    table = dataset_tiers(checked.dataset.config)
    assert table is not None  # the bundled data grades its sources: tiers are exported
    graded = graded_dataset(checked.dataset, table)
    return originals(graded), build_tables(checked.dataset, DATA)


# --- reading an export back ------------------------------------------------


def _typed(value: Any, kind: ColumnType) -> Any:
    if value is None:
        return None
    if kind is ColumnType.BOOLEAN:
        return bool(value)
    return value


def read_sqlite(path: Path) -> Rows:
    connection = sqlite3.connect(path)
    try:
        rows: Rows = {}
        for spec in TABLES:
            order = ", ".join(spec.primary_key)
            cursor = connection.execute(f"SELECT * FROM {spec.name} ORDER BY {order}")
            names = [d[0] for d in cursor.description]
            assert tuple(names) == spec.names
            types = [c.type for c in spec.columns]
            rows[spec.name] = [
                {n: _typed(v, t) for n, v, t in zip(names, row, types, strict=True)}
                for row in cursor
            ]
        return rows
    finally:
        connection.close()


def read_jsonl_folder(folder: Path) -> Rows:
    rows: Rows = {}
    for spec in TABLES:
        lines = (folder / f"{spec.name}.jsonl").read_text(encoding="utf-8").splitlines()
        rows[spec.name] = [json.loads(line) for line in lines]
        assert all(tuple(row) == spec.names for row in rows[spec.name])
    return rows


def read_jsonl_stream(text: str) -> tuple[dict[str, Any], Rows]:
    lines = [json.loads(line) for line in text.splitlines()]
    rows: Rows = {spec.name: [] for spec in TABLES}
    for line in lines[1:]:
        rows[line.pop("table")].append(line)
    return lines[0], rows


def read_csv_folder(folder: Path) -> dict[str, list[list[str]]]:
    found = {}
    for spec in TABLES:
        with (folder / f"{spec.name}.csv").open(encoding="utf-8", newline="") as stream:
            header, *body = list(csv.reader(stream))
        assert tuple(header) == spec.names
        found[spec.name] = body
    return found


def as_dicts(tables: tuple[Table, ...]) -> Rows:
    return {t.name: [dict(zip(t.spec.names, row, strict=True)) for row in t.rows] for t in tables}


# --- rebuilding the records from the rows ----------------------------------


def _date(row: dict[str, Any], prefix: str) -> FuzzyDate | None:
    written = row[prefix]
    if written is None:
        assert row[f"{prefix}_first_day"] is None and row[f"{prefix}_precision"] is None
        return None
    when = parse_iso(written)
    assert row[f"{prefix}_precision"] == when.precision.name.lower()
    assert row[f"{prefix}_first_day"] == when.first_day.isoformat()
    assert row[f"{prefix}_last_day"] == when.last_day.isoformat()
    return when


def _source(row: dict[str, Any]) -> model.Source:
    return model.Source(
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        published=_date(row, "published"),
        accessed=_date(row, "accessed"),
        note=row["note"],
        tier=None if row["tier"] is None else model.SourceTier(row["tier"]),
    )


def rebuild(rows: Rows) -> dict[str, model.Record]:
    """Every record, from the exported rows alone."""

    def children(name: str, key: str) -> dict[Any, list[dict[str, Any]]]:
        grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for row in rows[name]:
            grouped[row[key]].append(row)
        return grouped

    sources = children("sources", "record_id")
    aliases, roles = children("actor_aliases", "actor_id"), children("actor_roles", "actor_id")
    parties, phases = children("track_parties", "track_id"), children("track_phases", "track_id")
    phase_sources: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows["track_phase_sources"]:
        phase_sources[(row["track_id"], row["phase_position"])].append(row)
    delegations = children("round_delegations", "round_id")
    pauses = children("round_pauses", "round_id")
    points = children("round_sticking_points", "round_id")
    dispositions = children("round_dispositions", "round_id")
    raised: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows["round_sticking_point_raised_by"]:
        raised[(row["round_id"], row["sticking_point_position"])].append(row)
    topics = children("statement_topics", "statement_id")
    milestone_parties = children("milestone_parties", "milestone_id")
    measurements = children("milestone_measurements", "milestone_id")
    members = children("actor_members", "actor_id")
    parts = children("round_parts", "round_id")
    authors = children("document_authors", "document_id")
    documents_of = {
        kind: children(f"{kind}_documents", f"{kind}_id")
        for kind in ("round", "statement", "milestone")
    }

    def documents(kind: str, row: dict[str, Any]) -> tuple[str, ...]:
        return tuple(r["document_id"] for r in documents_of[kind][row["id"]])

    def common(row: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": row["id"],
            "sources": tuple(_source(s) for s in sources[row["id"]]),
            "confidence": model.Confidence(row["confidence"]),
            "confidence_note": row["confidence_note"],
            "note": row["note"],
            "path": row["file"],
            "line": row["line"],
        }

    records: list[model.Record] = []
    for row in rows["actors"]:
        records.append(
            model.Actor(
                **common(row),
                kind=model.ActorKind(row["kind"]),
                name=row["name"],
                aliases=tuple(r["alias"] for r in aliases[row["id"]]),
                party=row["party"],
                roles=tuple(
                    model.Role(r["title"], _date(r, "start"), _date(r, "end"), r["note"])
                    for r in roles[row["id"]]
                ),
                members=tuple(r["member_id"] for r in members[row["id"]]),
            )
        )
    for row in rows["tracks"]:
        records.append(
            model.Track(
                **common(row),
                title=row["title"],
                parties=tuple(r["party_id"] for r in parties[row["id"]]),
                mediator=row["mediator"],
                phases=tuple(
                    model.PhaseChange(
                        _date(r, "date"),  # type: ignore[arg-type]
                        model.Phase(r["phase"]),
                        r["note"],
                        tuple(_source(s) for s in phase_sources[(row["id"], r["position"])]),
                    )
                    for r in phases[row["id"]]
                ),
            )
        )
    for row in rows["rounds"]:
        lead: dict[str, list[str]] = defaultdict(list)
        for r in delegations[row["id"]]:
            lead[r["party_id"]].append(r["negotiator_id"])
        records.append(
            model.Round(
                **common(row),
                track=row["track"],
                title=row["title"],
                start=_date(row, "start"),  # type: ignore[arg-type]
                number=row["number"],
                end=_date(row, "end"),
                announced=_date(row, "announced"),
                cancelled=_date(row, "cancelled"),
                location=row["location"],
                venue=row["venue"],
                format=None if row["format"] is None else model.RoundFormat(row["format"]),
                mediator=row["mediator"],
                delegations={party: tuple(ids) for party, ids in lead.items()},
                pauses=tuple(
                    model.Pause(_date(r, "start"), _date(r, "end"), r["note"])  # type: ignore[arg-type]
                    for r in pauses[row["id"]]
                ),
                sticking_points=tuple(
                    model.StickingPoint(
                        r["sticking_point_id"],
                        r["title"],
                        r["status"],
                        r["note"],
                        tuple(a["actor_id"] for a in raised[(row["id"], r["position"])]),
                    )
                    for r in points[row["id"]]
                ),
                dispositions=tuple(
                    model.PointDisposition(
                        r["disposition_id"],
                        model.StickingDisposition(r["disposition"]),
                        r["superseded_by"],
                        r["note"],
                    )
                    for r in dispositions[row["id"]]
                ),
                parts=tuple(
                    model.Part(_date(r, "start"), _date(r, "end"), r["label"], r["note"])  # type: ignore[arg-type]
                    for r in parts[row["id"]]
                ),
                documents=documents("round", row),
                outcome=row["outcome"],
                date_note=row["date_note"],
            )
        )
    for row in rows["statements"]:
        statement_topics = tuple(r["topic"] for r in topics[row["id"]])
        assert row["topics"] == (" ".join(statement_topics) or None)
        original = (
            None
            if row["original_lang"] is None
            else model.Original(row["original_lang"], row["original_text"])
        )
        records.append(
            model.Statement(
                **common(row),
                speaker=row["speaker"],
                date=_date(row, "date"),  # type: ignore[arg-type]
                text=row["text"],
                role=row["role"],
                on_behalf_of=row["on_behalf_of"],
                original=original,
                occasion=row["occasion"],
                context=row["context"],
                round=row["round"],
                round_relation=None
                if row["round_relation"] is None
                else model.RoundRelation(row["round_relation"]),
                topics=statement_topics,
                category=row["category"],
                tone=row["tone"],
                verified=row["verified"],
                documents=documents("statement", row),
                date_note=row["date_note"],
            )
        )
    for row in rows["milestones"]:
        records.append(
            model.Milestone(
                **common(row),
                date=_date(row, "date"),  # type: ignore[arg-type]
                kind=row["kind"],
                title=row["title"],
                end=_date(row, "end"),
                announced=_date(row, "announced"),
                parties=tuple(r["actor_id"] for r in milestone_parties[row["id"]]),
                location=row["location"],
                summary=row["summary"],
                measurements=tuple(
                    model.Measurement(
                        r["metric"], r["value"], r["unit"], r["low"], r["high"], r["note"]
                    )
                    for r in measurements[row["id"]]
                ),
                vote=_vote(row),
                documents=documents("milestone", row),
                date_note=row["date_note"],
            )
        )
    for row in rows["documents"]:
        records.append(
            model.Document(
                **common(row),
                title=row["title"],
                date=_date(row, "date"),  # type: ignore[arg-type]
                kind=row["kind"],
                symbol=row["symbol"],
                track=row["track"],
                authors=tuple(r["actor_id"] for r in authors[row["id"]]),
                url=row["url"],
                supersedes=row["supersedes"],
                summary=row["summary"],
                date_note=row["date_note"],
            )
        )
    return {record.id: record for record in records}


_VOTE_FIELDS = ("yes", "no", "abstain", "absent", "body", "method", "note")


def _vote(row: dict[str, Any]) -> model.Vote | None:
    cells = {name: row[f"vote_{name}"] for name in _VOTE_FIELDS}
    return None if all(v is None for v in cells.values()) else model.Vote(**cells)


def originals(dataset: model.Dataset, root: Path = DATA) -> dict[str, model.Record]:
    """The loaded records with the path as the export writes it (relative to
    the data directory ``root``) and no YAML column (not exported)."""
    return {
        r.id: dataclasses.replace(
            r, path=Path(r.path).resolve().relative_to(root.resolve()).as_posix(), column=0
        )
        for r in dataset.records()
    }


# --- every record, every field, every format -------------------------------


def test_the_rows_rebuild_every_record_of_the_bundled_data(bundled) -> None:
    records, tables = bundled
    assert rebuild(as_dicts(tables)) == records


def test_the_rows_rebuild_every_record_of_the_who_example(tmp_path: Path) -> None:
    # documents, votes, parts of a session, texts named by rounds, statements
    # and milestones, statements on behalf of a group: none in the bundled
    # data; bloc members in neither, so a copy gives the Africa Group two
    root = tmp_path / "who"
    shutil.copytree(REPO / "examples" / "who-pandemic-agreement", root)
    bloc = root / "actors" / "africa-group.yaml"
    text = bloc.read_text(encoding="utf-8")
    bloc.write_text(
        text.replace("    kind: bloc\n", "    kind: bloc\n    members: [ethiopia, eswatini]\n")
    )
    checked, _ = validate(root)
    assert checked.errors == 0
    dataset = checked.dataset
    assert dataset.documents and any(a.members for a in dataset.actors)
    assert any(m.vote for m in dataset.milestones) and any(r.parts for r in dataset.rounds)
    assert any(s.on_behalf_of and s.documents for s in dataset.statements)
    table = dataset_tiers(dataset.config)
    records = originals(graded_dataset(dataset, table) if table else dataset, root)
    tables = build_tables(dataset, root)
    assert rebuild(as_dicts(tables)) == records
    result = invoke("export", "--data-dir", str(root), "-o", str(tmp_path / "who.db"))
    assert result.exit_code == 0, result.stderr
    assert rebuild(read_sqlite(tmp_path / "who.db")) == records


def test_sqlite_export_round_trips(bundled, tmp_path: Path) -> None:
    records, tables = bundled
    export_bundled("-o", str(tmp_path / "jcpoa.db"))
    rows = read_sqlite(tmp_path / "jcpoa.db")
    assert rows == as_dicts(tables)
    assert rebuild(rows) == records


def test_jsonl_folder_and_stream_round_trip(bundled, tmp_path: Path) -> None:
    records, tables = bundled
    export_bundled("--to", "jsonl", "-o", str(tmp_path / "folder"))
    assert read_jsonl_folder(tmp_path / "folder") == as_dicts(tables)
    export_bundled("-o", str(tmp_path / "one.jsonl"))
    header, rows = read_jsonl_stream((tmp_path / "one.jsonl").read_text(encoding="utf-8"))
    assert header == {
        "table": "export_info",
        "generator": "jcpoa-tracker",
        "export_version": 1,
        "format": "jsonl",
        "as_of": None,
    }
    assert rows == as_dicts(tables)
    assert rebuild(rows) == records


def test_csv_export_round_trips(bundled, tmp_path: Path) -> None:
    _, tables = bundled
    export_bundled("--to", "csv", "-o", str(tmp_path / "csv"))
    found = read_csv_folder(tmp_path / "csv")
    for t in tables:
        assert found[t.name] == [[csv_out.cell(v) for v in row] for row in t.rows], t.name
    manifest = json.loads((tmp_path / "csv" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert [(m["name"], m["rows"]) for m in manifest["tables"]] == [
        (t.name, len(t.rows)) for t in tables
    ]


def test_every_model_field_has_a_column_or_a_table() -> None:
    """Walks the data format from each record kind: a field the export
    leaves out fails here."""
    from jcpoa_tracker.fields import ListOf, MapOf, Obj
    from jcpoa_tracker.schema import RECORD_SPECS

    names = {spec.name: spec.names for spec in TABLES}
    missing = []

    def walk(spec: Any, table_name: str, prefix: str, tables_prefix: str) -> None:
        for field in spec.fields:
            field_type = field.type
            if isinstance(field_type, Obj) and not isinstance(field_type, ListOf):
                walk(field_type.spec, table_name, f"{prefix}{field.name}_", tables_prefix)
            elif isinstance(field_type, ListOf | MapOf):
                home = f"{tables_prefix}_{field.name}"
                if field.name == "sources" and not prefix and table_name in RECORD_TABLES_NAMES:
                    home = "sources"
                if home not in names:
                    missing.append(f"{spec.name}.{field.name}: no table {home}")
                elif isinstance(field_type, ListOf) and isinstance(field_type.item, Obj):
                    singular = field.name[:-3] + "y" if field.name.endswith("ies") else field.name
                    walk(field_type.item.spec, home, "", f"{tables_prefix}_{singular.rstrip('s')}")
            else:
                column = prefix + field.name
                if column == "id" and table_name not in RECORD_TABLES_NAMES:
                    column = f"{tables_prefix.rsplit('_', 1)[-1]}_id"
                if column not in names[table_name] and not any(
                    c.startswith(f"{column}_") or c.endswith(f"_{column}")
                    for c in names[table_name]
                ):
                    missing.append(f"{spec.name}.{field.name}: no column {column} in {table_name}")

    RECORD_TABLES_NAMES = {spec.name for spec in RECORD_TABLES.values()}
    for key, spec in RECORD_SPECS.items():
        walk(spec, key, "", spec.name)
    assert missing == []


def test_sqlite_has_keys_indexes_and_clean_foreign_keys(tmp_path: Path) -> None:
    export_bundled("-o", str(tmp_path / "jcpoa.db"))
    connection = sqlite3.connect(tmp_path / "jcpoa.db")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA application_id").fetchone() == (sqlite_out.APPLICATION_ID,)
    columns = {
        row[1]: (row[2], row[5])
        for row in connection.execute("PRAGMA table_info(statements)").fetchall()
    }
    assert columns["id"] == ("TEXT", 1) and columns["tone"] == ("INTEGER", 0)
    tone = connection.execute("SELECT typeof(tone) FROM statements WHERE tone < 0").fetchone()
    assert tone == ("integer",)
    value = connection.execute("SELECT typeof(value) FROM milestone_measurements").fetchone()
    assert value == ("real",)
    indexed = {
        row[0]
        for row in connection.execute("SELECT tbl_name || '.' || sql FROM sqlite_master")
        if row[0] and "CREATE INDEX" in row[0]
    }
    for column in ("speaker", "round", "track"):
        assert any(f'("{column}")' in sql for sql in indexed), column
    fks = connection.execute("PRAGMA foreign_key_list(statements)").fetchall()
    assert {(fk[2], fk[3]) for fk in fks} == {
        ("actors", "speaker"),
        ("actors", "on_behalf_of"),
        ("rounds", "round"),
    }
    info = dict(connection.execute("SELECT key, value FROM export_info").fetchall())
    assert info == {
        "generator": "jcpoa-tracker",
        "export_version": "1",
        "format": "sqlite",
        "as_of": None,
    }


def test_full_text_search_finds_statements_and_datasette_detects_it(tmp_path: Path) -> None:
    export_bundled("-o", str(tmp_path / "jcpoa.db"))
    connection = sqlite3.connect(tmp_path / "jcpoa.db")
    found = connection.execute(
        "SELECT s.id, snippet(statements_fts, -1, '[', ']', '…', 8) FROM statements_fts "
        "JOIN statements AS s ON s.rowid = statements_fts.rowid "
        "WHERE statements_fts MATCH 'SNAPBACK' ORDER BY rank"
    ).fetchall()
    assert found and all("[snapback]" in excerpt.lower() for _, excerpt in found)
    by_topic = connection.execute(
        "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'topics:sanctions'"
    ).fetchone()[0]
    # Topics are kebab-case words: 'sanctions' also finds 'un-sanctions'.
    expected = connection.execute(
        "SELECT count(DISTINCT statement_id) FROM statement_topics "
        "WHERE '-' || topic || '-' LIKE '%-sanctions-%'"
    ).fetchone()[0]
    assert by_topic == expected > 0
    # The query Datasette runs to find a table's full-text index.
    detected = connection.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0 "
        "AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"statements\"%'"
    ).fetchall()
    assert detected == [("statements_fts",)]
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'")
    assert "tokenize='unicode61 remove_diacritics 2'" in sql[0]


def test_full_text_search_ignores_diacritics(write_rounds, tmp_path: Path) -> None:
    root = write_rounds(
        {"statements/2021/2021-06-20-blinken.yaml": _statement("s1", "Talks with Araqchī resumed")}
    )
    assert invoke("export", "--data-dir", str(root), "-o", str(tmp_path / "x.db")).exit_code == 0
    connection = sqlite3.connect(tmp_path / "x.db")
    hits = connection.execute(
        "SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'araqchi'"
    ).fetchall()
    assert len(hits) == 1


def test_exports_are_identical_when_run_twice(tmp_path: Path) -> None:
    for name in ("a", "b"):
        export_bundled("--to", "csv", "-o", str(tmp_path / name / "csv"))
        export_bundled("--to", "jsonl", "-o", str(tmp_path / name / "jsonl"))
        export_bundled("-o", str(tmp_path / name / "x.db"))
    for first in sorted((tmp_path / "a").rglob("*")):
        if first.is_file():
            second = tmp_path / "b" / first.relative_to(tmp_path / "a")
            assert first.read_bytes() == second.read_bytes(), first.name


GOLDEN_DIGESTS = REPO / "tests" / "golden" / "export" / "SHA256SUMS"


def test_the_bundled_export_is_byte_for_byte_the_golden_one(tmp_path: Path) -> None:
    """Exports are a published format (EXPORT_VERSION): every file of every
    format of the bundled data must keep its bytes unless a reviewed change
    regenerates the digests (UPDATE_GOLDENS=1, after a data change)."""
    import hashlib

    export_bundled("--to", "csv", "-o", str(tmp_path / "csv"))
    export_bundled("--to", "jsonl", "-o", str(tmp_path / "jsonl"))
    export_bundled("-o", str(tmp_path / "stream.jsonl"))
    export_bundled("-o", str(tmp_path / "jcpoa.db"))
    digests = "".join(
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(tmp_path)}\n"
        for path in sorted(tmp_path.rglob("*"))
        if path.is_file()
    )
    if os.environ.get("UPDATE_GOLDENS"):
        GOLDEN_DIGESTS.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN_DIGESTS.write_text(digests, encoding="utf-8")
    assert digests == GOLDEN_DIGESTS.read_text(encoding="utf-8")


# --- CSV for spreadsheets --------------------------------------------------


def _statement(ident: str, text: str, **extra: str) -> str:
    lines = [
        "statements:",
        f"  - id: {ident}",
        "    speaker: blinken",
        f"    date: {extra.pop('date', '2021-06-20')}",
        f"    text: {json.dumps(text)}",
        *(f"    {key}: {value}" for key, value in extra.items()),
        "    sources:",
        "      - url: https://example.org/s",
    ]
    return "\n".join(lines) + "\n"


def test_formula_like_quotes_are_neutralised_in_csv_but_exact_elsewhere(
    write_rounds, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("https://evil.example","click")'
    root = write_rounds(
        {
            "statements/2021/2021-06-20-blinken.yaml": _statement(
                "s1", formula, tone="-1", context='"@SUM(A1)"', role='"+1 spokesperson"'
            ),
        }
    )
    assert invoke("export", "--data-dir", str(root), "--to", "csv", "-o", "out").exit_code == 0
    with Path("out/statements.csv").open(encoding="utf-8", newline="") as stream:
        row = next(csv.DictReader(stream))
    assert row["text"] == "'" + formula
    assert row["context"] == "'@SUM(A1)"
    assert row["role"] == "'+1 spokesperson"
    assert row["tone"] == "-1"  # a number, never prefixed
    assert row["verified"] == "false"
    assert invoke("export", "--data-dir", str(root), "-o", "out.db").exit_code == 0
    text, tone = sqlite3.connect("out.db").execute("SELECT text, tone FROM statements").fetchone()
    assert (text, tone) == (formula, -1)


_TOPICS = table("statement_topics")


_STARTS = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "＝", "＠", "'", "'=", "\n"])


@given(st.builds(lambda start, rest: start + rest, _STARTS, st.text()))
def test_any_text_survives_csv_safely_and_jsonl_exactly(text: str) -> None:
    one = Table(_TOPICS, (("s", 1, text),))
    cells = list(csv.reader(io.StringIO("".join(csv_out.table_csv(one)), newline="")))
    assert len(cells) == 2
    cell = cells[1][2]
    risky = text.startswith(("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"))
    assert cell == ("'" + text if risky else text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    lines = list(jsonl_out.table_lines(one))
    assert len(lines) == 1 and len(lines[0].splitlines()) == 1
    assert json.loads(lines[0])["topic"] == text


@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**6), 10**6))
def test_numbers_are_written_as_numbers(value: float) -> None:
    written = csv_out.cell(value)
    assert not written.startswith("'")
    assert float(written) == value


# --- as of a date ------------------------------------------------------------

AS_OF_DATA = {
    "tracks/vienna/track.yaml": """
        tracks:
          - id: vienna
            title: Vienna talks
            parties: [us]
            phases:
              - date: 2021-04-06
                phase: active
              - date: 2021-08-01
                phase: suspended
            sources:
              - url: https://example.org/vienna
    """,
    "tracks/vienna/r1.yaml": """
        rounds:
          - id: r1
            track: vienna
            title: First round
            start: 2021-06-10
            end: 2021-07-20
            pauses:
              - start: 2021-06-15
                end: 2021-06-18
              - start: 2021-07-12
                end: 2021-07-14
            sources:
              - url: https://example.org/r1
          - id: r2
            track: vienna
            title: Second round
            start: 2021-09-01
            sources:
              - url: https://example.org/r2
    """,
    "statements/a.yaml": _statement("said-in-june", "June words", date="2021-06-20")
    + _statement("said-in-july", "July words", date="2021-07").removeprefix("statements:\n"),
    "milestones/m.yaml": """
        milestones:
          - id: deadline
            date: 2021-09-30
            announced: 2021-06-01
            kind: deadline
            title: A deadline announced early
            sources:
              - url: https://example.org/d
          - id: later
            date: 2021-08-15
            kind: other
            title: Not yet
            sources:
              - url: https://example.org/l
    """,
}


def test_as_of_keeps_only_what_was_known(write_rounds) -> None:
    root = write_rounds(AS_OF_DATA)
    result = invoke("export", "--data-dir", str(root), "-o", "x.db", "--as-of", "10 July 2021")
    assert result.exit_code == 0, result.stderr
    assert "as known on 2021-07-10" in result.stderr
    rows = read_sqlite(Path("x.db"))
    assert [r["id"] for r in rows["statements"]] == ["said-in-june"]  # July not over yet
    assert [r["id"] for r in rows["rounds"]] == ["r1"]
    assert [r["start"] for r in rows["round_pauses"]] == ["2021-06-15"]
    assert [r["phase"] for r in rows["track_phases"]] == ["active"]
    assert [r["id"] for r in rows["milestones"]] == ["deadline"]  # announced, ahead
    assert [r["id"] for r in rows["actors"]] == ["blinken", "us"]
    info = dict(sqlite3.connect("x.db").execute("SELECT key, value FROM export_info"))
    assert info["as_of"] == "2021-07-10"
    everything = read_sqlite_after(root, "all.db")
    assert len(everything["statements"]) == 2 and len(everything["rounds"]) == 2


def read_sqlite_after(root: Path, name: str) -> Rows:
    assert invoke("export", "--data-dir", str(root), "-o", name).exit_code == 0
    return read_sqlite(Path(name))


# --- data errors ---------------------------------------------------------------

BROKEN = {
    "statements/2021/2021-06-20-blinken.yaml": _statement("good", "Fine")
    + _statement("bad", "Broken", date="2021-02-30").removeprefix("statements:\n"),
    "statements/2021/2021-06-21-blinken.yaml": _statement("good", "Duplicate id"),
}


def test_data_errors_export_nothing_and_exit_1(write_rounds) -> None:
    root = write_rounds(BROKEN)
    result = invoke("export", "--data-dir", str(root), "--to", "csv", "-o", "out")
    assert result.exit_code == 1
    assert not Path("out").exists()
    assert "2021-06-20-blinken.yaml:10:11: error: '2021-02-30' is not a real date" in result.stderr
    assert "[duplicate-id]" in result.stderr
    assert "nothing exported" in result.stderr and "--allow-errors" in result.stderr
    assert result.stdout == ""


def test_allow_errors_exports_the_valid_records(write_rounds) -> None:
    root = write_rounds(BROKEN)
    result = invoke("export", "--data-dir", str(root), "-o", "x.db", "--allow-errors")
    assert result.exit_code == 0, result.stderr
    assert "warning: the data has 3 error(s)" in result.stderr
    assert "1 record(s) whose id was already used" in result.stderr
    statements = read_sqlite(Path("x.db"))["statements"]
    assert [(s["id"], s["text"]) for s in statements] == [("good", "Fine")]


# --- options and targets ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out"], "cannot tell the format from 'out'; add --to csv"),
        (["-o", "-"], "add --to jsonl to write to standard output"),
        (["--to", "sqlite", "-o", "-"], "a SQLite export cannot go to standard output"),
        (["--to", "csv", "-o", "-"], "standard output takes JSON Lines"),
        (["--to", "csv", "-o", "x.csv"], "a CSV export writes one file per table into a folder"),
        (["-o", "x.db", "--as-of", "next tuesday"], "--as-of: 'next tuesday' is not a date"),
        (["-o", "x.db", "--data-dir", "nowhere"], "--data-dir: 'nowhere' does not exist"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(args: list[str], message: str) -> None:
    result = invoke("export", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not any(Path().iterdir())  # nothing written


def test_output_is_required() -> None:
    result = invoke("export", "--to", "csv")
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_jsonl_to_stdout_for_pipes(write_rounds) -> None:
    root = write_rounds({})
    result = invoke("export", "--data-dir", str(root), "--to", "jsonl", "-o", "-")
    assert result.exit_code == 0
    header, rows = read_jsonl_stream(result.stdout)
    assert header["table"] == "export_info"
    assert [r["id"] for r in rows["actors"]] == ["blinken", "us"]
    assert "exported 3 records" in result.stderr and "standard output" in result.stderr


def test_refuses_a_folder_that_is_not_an_export_unless_forced(write_rounds) -> None:
    root = write_rounds({})
    Path("mine").mkdir()
    Path("mine/notes.txt").write_text("keep me")
    result = invoke("export", "--data-dir", str(root), "--to", "csv", "-o", "mine")
    assert result.exit_code == 2
    assert "is not empty and does not hold an earlier export" in result.stderr
    assert sorted(p.name for p in Path("mine").iterdir()) == ["notes.txt"]
    forced = invoke("export", "--data-dir", str(root), "--to", "csv", "-o", "mine", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert Path("mine/notes.txt").read_text() == "keep me"
    assert Path("mine/actors.csv").is_file() and Path("mine", MANIFEST_NAME).is_file()


def test_an_earlier_export_is_replaced_whole(write_rounds) -> None:
    root = write_rounds({"statements/a.yaml": _statement("s1", "One")})
    args = ("export", "--data-dir", str(root), "--to", "jsonl", "-o", "out")
    assert invoke(*args).exit_code == 0
    (root / "statements/a.yaml").unlink()
    assert invoke(*args).exit_code == 0
    assert Path("out/statements.jsonl").read_text(encoding="utf-8") == ""
    assert sorted(p.name for p in Path().iterdir()) == ["out", "rounds"]  # no leftovers
    Path("out/notes.txt").write_text("mine")  # no longer only an export
    assert invoke(*args).exit_code == 2


def test_refuses_a_file_that_is_not_an_export_unless_forced(write_rounds) -> None:
    root = write_rounds({})
    Path("data.db").write_text("precious")
    result = invoke("export", "--data-dir", str(root), "-o", "data.db")
    assert result.exit_code == 2 and "was not written by an earlier export" in result.stderr
    assert Path("data.db").read_text() == "precious"
    assert invoke("export", "--data-dir", str(root), "-o", "data.db", "--force").exit_code == 0
    assert sqlite_out.is_sqlite_export(Path("data.db"))
    assert invoke("export", "--data-dir", str(root), "-o", "data.db").exit_code == 0  # ours now
    Path("notes.jsonl").write_text('{"table": "mine"}\n')
    assert invoke("export", "--data-dir", str(root), "-o", "notes.jsonl").exit_code == 2


def test_files_get_the_usual_permissions(write_rounds) -> None:
    root = write_rounds({})
    previous = os.umask(0o022)
    try:
        assert invoke("export", "--data-dir", str(root), "-o", "x.db").exit_code == 0
        assert invoke("export", "--data-dir", str(root), "--to", "csv", "-o", "c").exit_code == 0
    finally:
        os.umask(previous)
    assert Path("x.db").stat().st_mode & 0o777 == 0o644
    assert Path("c").stat().st_mode & 0o777 == 0o755
    assert Path("c/actors.csv").stat().st_mode & 0o777 == 0o644


# --- interrupted exports leave the previous one intact ------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _fail_on_call(number: int, error: BaseException) -> Iterator[None]:
    for _ in range(number - 1):
        yield
    raise error


def test_interrupted_folder_export_keeps_the_previous_one(
    write_rounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_rounds({"statements/a.yaml": _statement("s1", "One")})
    args = ("export", "--data-dir", str(root), "--to", "csv", "-o", "out")
    assert invoke(*args).exit_code == 0
    before = _snapshot(Path("out"))
    (root / "statements/a.yaml").write_text(_statement("s2", "Two"))
    real = csv_out.table_csv
    calls = _fail_on_call(5, KeyboardInterrupt())  # Ctrl-C after four tables

    def table_csv(t: Table) -> Iterator[str]:
        next(calls)
        return real(t)

    monkeypatch.setattr(csv_out, "table_csv", table_csv)
    result = invoke(*args)
    assert result.exit_code != 0
    assert _snapshot(Path("out")) == before
    assert sorted(p.name for p in Path().iterdir()) == ["out", "rounds"]  # no temp folder


def test_a_failed_swap_puts_the_previous_export_back(
    write_rounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_rounds({})
    args = ("export", "--data-dir", str(root), "--to", "jsonl", "-o", "out")
    assert invoke(*args).exit_code == 0
    before = _snapshot(Path("out"))
    real_rename = Path.rename
    renames = []

    def rename(self: Path, target: Any) -> Path:
        renames.append(Path(target).name)
        if len(renames) == 2:  # the new folder taking the old one's name
            raise PermissionError(13, "Permission denied")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    result = invoke(*args)
    assert result.exit_code == 2
    assert "cannot write 'out': Permission denied" in result.stderr
    assert renames[1] == "out" and renames[2] == "out"  # moved aside, then back
    assert _snapshot(Path("out")) == before
    assert sorted(p.name for p in Path().iterdir()) == ["out", "rounds"]


def test_interrupted_sqlite_export_keeps_the_previous_file(
    write_rounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_rounds({})
    assert invoke("export", "--data-dir", str(root), "-o", "x.db").exit_code == 0
    before = Path("x.db").read_bytes()

    def broken_fts(connection: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite_out, "_fts", broken_fts)  # after every table is written
    result = invoke("export", "--data-dir", str(root), "-o", "x.db")
    assert result.exit_code == 2
    assert "cannot write 'x.db': disk I/O error" in result.stderr
    assert Path("x.db").read_bytes() == before
    assert sorted(p.name for p in Path().iterdir()) == ["rounds", "x.db"]


def test_interrupted_jsonl_file_keeps_the_previous_file(
    write_rounds, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_rounds({})
    assert invoke("export", "--data-dir", str(root), "-o", "x.jsonl").exit_code == 0
    before = Path("x.jsonl").read_bytes()
    real = jsonl_out.table_lines
    calls = _fail_on_call(3, OSError(28, "No space left on device"))

    def table_lines(t: Table, **kwargs: bool) -> Iterator[str]:
        next(calls)
        return real(t, **kwargs)

    monkeypatch.setattr(jsonl_out, "table_lines", table_lines)
    result = invoke("export", "--data-dir", str(root), "-o", "x.jsonl")
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert Path("x.jsonl").read_bytes() == before
    assert sorted(p.name for p in Path().iterdir()) == ["rounds", "x.jsonl"]


# --- docs ----------------------------------------------------------------------

EXPORT_DOC = (REPO / "docs" / "export.md").read_text(encoding="utf-8")


def test_the_tables_section_is_generated_from_the_tables() -> None:
    """docs/export.md lists the tables as ``tables_markdown`` derives them
    (UPDATE_GOLDENS=1 rewrites the section after a change of the format)."""
    head, marker, _ = EXPORT_DOC.partition("### `actors`")
    assert marker, "docs/export.md lost its tables"
    if os.environ.get("UPDATE_GOLDENS"):
        (REPO / "docs" / "export.md").write_text(head + tables_markdown(), encoding="utf-8")
        return
    assert head + tables_markdown() == EXPORT_DOC


def test_every_table_and_column_is_documented() -> None:
    sections = re.split(r"\n### ", EXPORT_DOC)
    missing = []
    for spec in TABLES:
        section = next((s for s in sections if s.startswith(f"`{spec.name}`\n")), "")
        missing += [f"{spec.name}.{name}" for name in spec.names if f"`{name}`" not in section]
        if not section:
            missing.append(spec.name)
    assert missing == []


def test_every_export_option_is_documented() -> None:
    help_text = invoke("export", "--help").stdout
    for option in ("--output", "--to", "--as-of", "--force", "--allow-errors", "--data-dir"):
        assert option in help_text and f"`{option}" in EXPORT_DOC, option


# --- shell completion (docs/shell-completion.md) ----------------------------


def complete(env: dict[str, str]) -> str:
    result = runner.invoke(app, [], prog_name="jcpoa-tracker", env=env)
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize(
    ("shell", "registers"),
    [
        ("bash", "complete -o default -F _jcpoa_tracker_completion jcpoa-tracker"),
        ("zsh", "compdef _jcpoa_tracker_completion jcpoa-tracker"),
        ("fish", "complete --command jcpoa-tracker"),
        ("powershell", "Register-ArgumentCompleter -Native -CommandName jcpoa-tracker"),
    ],
)
def test_completion_script_for_each_documented_shell(shell: str, registers: str) -> None:
    script = complete({"_JCPOA_TRACKER_COMPLETE": f"source_{shell}"})
    assert registers in script
    assert f"complete_{shell}" in script  # it calls the program back to complete
    assert f"source_{shell}" in (REPO / "docs" / "shell-completion.md").read_text()


def test_show_completion_bash_through_the_console_script() -> None:
    script = console_script()
    # Typer's switch for naming the shell instead of detecting the running one.
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    completed = subprocess.run(
        [script, "--show-completion", "bash"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert completed.returncode == 0, completed.stderr
    assert "complete -o default -F _jcpoa_tracker_completion jcpoa-tracker" in completed.stdout
    assert "_JCPOA_TRACKER_COMPLETE=complete_bash" in completed.stdout


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("jcpoa-tracker ", 1, {"export", "status", "validate"}),
        ("jcpoa-tracker export --to ", 3, {"csv", "jsonl", "sqlite"}),
        ("jcpoa-tracker export --al", 2, {"--allow-errors"}),
    ],
)
def test_bash_completes_commands_options_and_choices(
    words: str, index: int, expected: set[str]
) -> None:
    found = complete(
        {"_JCPOA_TRACKER_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(index)}
    )
    assert expected <= set(found.split())


def test_a_reader_that_stops_early_ends_the_export_quietly(tmp_path: Path) -> None:
    script = console_script()
    # The bundled export is far larger than a pipe's buffer, so the write
    # after `head` has gone fails with a broken pipe.
    with subprocess.Popen(
        [script, "export", "--data-dir", str(DATA), "--to", "jsonl", "-o", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read().decode()
    assert json.loads(first)["table"] == "export_info"
    assert process.returncode == 0
    assert errors == ""


def test_every_source_of_every_kind_carries_its_tier() -> None:
    """The WHO example grades its sources, documents' and phase changes'
    sources too: in the export (from the store) and in the tables a site
    offers (in memory)."""
    root = REPO / "examples" / "who-pandemic-agreement"
    result = invoke("export", "--data-dir", str(root), "-o", "x.db")
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect("x.db") as connection:
        exported = list(connection.execute("SELECT record_kind, tier FROM sources"))
        exported += connection.execute("SELECT 'phase', tier FROM track_phase_sources")
    checked, _ = validate(root)
    held = []
    for made in build_tables(checked.dataset, root):
        names = made.spec.names
        for row in made.rows:
            if made.name == "sources":
                held.append((row[names.index("record_kind")], row[names.index("tier")]))
            elif made.name == "track_phase_sources":
                held.append(("phase", row[names.index("tier")]))
    for rows in (exported, held):
        assert {kind for kind, _ in rows} == {*RECORD_TABLES, "phase"}
        assert [kind for kind, tier in rows if tier is None] == []
