"""The data format: every field of every record, in one place.

The loader reads files with these specs, ``jcpoa-tracker schema`` prints them
as JSON Schema for editors, and docs/data-format.md describes them (a test
keeps the three in step).  To add a field: add it to the dataclass in
model.py and one ``Field`` line here.
"""

from __future__ import annotations

from typing import Any, Final

from jcpoa_tracker import model
from jcpoa_tracker.config import DatasetConfig
from jcpoa_tracker.fields import (
    Bool,
    Choice,
    DateField,
    Field,
    FieldType,
    Id,
    Int,
    ListOf,
    MapOf,
    Number,
    Obj,
    Ref,
    Spec,
    Text,
    Url,
    Word,
)

__all__ = ["KINDS", "RECORD_SPECS", "config_json_schema", "json_schema"]

SOURCE = Spec(
    "source",
    model.Source,
    (
        Field("url", Url(), "the address of the page that supports the record", required=True),
        Field("outlet", Text(), "who published it (Reuters, IRNA, State Department...)"),
        Field("title", Text(), "the headline or document title"),
        Field("published", DateField(), "when the page was published"),
        Field("accessed", DateField(), "when an analyst read it"),
        Field("note", Text(), "what exactly the page supports, or its limits"),
        Field(
            "tier",
            Choice(model.SourceTier),
            "overrides the tier its domain gives: primary, wire, outlet, aggregator, unknown",
        ),
    ),
    "A page that supports a record.",
)
_SOURCES = Field(
    "sources",
    ListOf(Obj(SOURCE)),
    "one or more pages that support the record (required)",
)
# Provenance comes last in every record, sources at the very end: a reader
# sees what happened first, then how sure we are and why.
_COMMON = (
    Field("confidence", Choice(model.Confidence), "high, medium or low (default high)"),
    Field("confidence_note", Text(), "why confidence is not high; conflicting sources"),
    Field("note", Text(), "anything else a reader should know"),
    _SOURCES,
)


def _record(name: str, build: Any, doc: str, *fields: Field) -> Spec:
    identity = Field("id", Id(), "a stable kebab-case id, unique in the data dir", required=True)
    return Spec(name, build, (identity, *fields, *_COMMON), doc)


ROLE = Spec(
    "role",
    model.Role,
    (
        Field("title", Text(), "the office, as sources give it", required=True),
        Field("start", DateField(), "first day in office, if known"),
        Field("end", DateField(), "last day in office, if known"),
        Field("note", Text(), "caveats"),
    ),
    "An office a person held, with its dates where sources give them.",
)
PHASE_CHANGE = Spec(
    "phase change",
    model.PhaseChange,
    (
        Field("date", DateField(), "when the track entered this phase", required=True),
        Field("phase", Choice(model.Phase), "the phase entered", required=True),
        Field("note", Text(), "what happened"),
        _SOURCES,
    ),
    "A declared change in the state of a whole track.",
)
PAUSE = Spec(
    "pause",
    model.Pause,
    (
        Field("start", DateField(), "first day of the pause", required=True),
        Field("end", DateField(), "the day talks resumed"),
        Field("note", Text(), "why"),
    ),
    "A break within a round.",
)
STICKING_POINT = Spec(
    "sticking point",
    model.StickingPoint,
    (
        Field("id", Id(), "the same id in every round of a track that discusses it", required=True),
        Field("title", Text(), "a short name for the issue", required=True),
        Field(
            "status",
            Word("sticking_point_statuses"),
            "its state in this round: open, narrowed, resolved, deadlocked...",
            required=True,
        ),
        Field("note", Text(), "each side's position, as sources give it"),
        Field("raised_by", ListOf(Ref("actor")), "the parties pressing the issue"),
    ),
    "An issue on the table in a round.",
)
DISPOSITION = Spec(
    "disposition",
    model.PointDisposition,
    (
        Field("id", Id(), "the id of a sticking point of an earlier round", required=True),
        Field(
            "disposition",
            Choice(model.StickingDisposition),
            "carried (still open), dropped, or superseded (by superseded_by)",
            required=True,
        ),
        Field("superseded_by", Id(), "for superseded: the id of the point that replaces it"),
        Field("note", Text(), "what happened, as sources give it"),
    ),
    "What happened to an open sticking point that a round does not list.",
)
PART = Spec(
    "part",
    model.Part,
    (
        Field("start", DateField(), "first day of this part", required=True),
        Field("end", DateField(), "last day of this part"),
        Field("label", Text(), "e.g. 'resumed session', 'second part'"),
        Field("note", Text(), "caveats"),
    ),
    "One part of a session held in parts; the days between parts are a break.",
)
VOTE = Spec(
    "vote",
    model.Vote,
    (
        Field("yes", Int(0, 100000), "votes in favour"),
        Field("no", Int(0, 100000), "votes against"),
        Field("abstain", Int(0, 100000), "abstentions"),
        Field("absent", Int(0, 100000), "members absent or not voting"),
        Field("body", Text(), "who voted: 'Committee A', 'Board of Governors'"),
        Field("method", Text(), "recorded vote, show of hands, consensus, without objection..."),
        Field("note", Text(), "who voted how, as sources give it"),
    ),
    "A formal vote and its counts.",
)
ORIGINAL = Spec(
    "original",
    model.Original,
    (
        Field("lang", Text(), "language code: fa, ar, ru, fr, de, zh...", required=True),
        Field("text", Text(), "the original wording", required=True),
    ),
    "The statement in its original language.",
)
MEASUREMENT = Spec(
    "measurement",
    model.Measurement,
    (
        Field("metric", Id(), "the id of a series in dataset.yaml", required=True),
        Field("value", Number(), "the number as reported", required=True),
        Field("unit", Text(), "the series' unit: percent, kg, centrifuges...", required=True),
        Field("low", Number(), "for an estimate: the low end of the range reported"),
        Field("high", Number(), "for an estimate: the high end of the range reported"),
        Field("note", Text(), "as of when, by whom, and what the number is not"),
    ),
    "A measured value reported with a milestone.",
)

ACTOR = _record(
    "actor",
    model.Actor,
    "A party (state, bloc, organization) or a person.",
    Field("kind", Choice(model.ActorKind), "state, bloc, organization or person", required=True),
    Field("name", Text(), "the name most sources use", required=True),
    Field("aliases", ListOf(Text()), "other names and spellings seen in sources"),
    Field("party", Ref("actor"), "for a person: the party they speak for"),
    Field("roles", ListOf(Obj(ROLE)), "offices held, with dates"),
    Field("members", ListOf(Ref("actor")), "for a bloc or group: the actors in it"),
)
TRACK = _record(
    "track",
    model.Track,
    "A negotiation track: a series of rounds between the same parties.",
    Field("title", Text(), "what the track is, in a few words", required=True),
    Field("parties", ListOf(Ref("actor")), "the parties at the table"),
    Field("mediator", Ref("actor"), "the usual mediator or coordinator"),
    Field("phases", ListOf(Obj(PHASE_CHANGE)), "declared phase changes (suspended, collapsed...)"),
)
ROUND = _record(
    "round",
    model.Round,
    "One session of talks.",
    Field("track", Ref("track"), "the track the round belongs to", required=True),
    Field("title", Text(), "e.g. Seventh round of talks in Geneva", required=True),
    Field("start", DateField(), "first day (or planned day, for a cancelled round)", required=True),
    Field("number", Int(1, 999), "its number within the track, if sources number it"),
    Field("end", DateField(), "last day; absent while the round is in session"),
    Field("announced", DateField(), "when the round was announced"),
    Field("cancelled", DateField(), "when a planned round was called off"),
    Field("location", Text(), "city, country"),
    Field("venue", Text(), "building or hotel"),
    Field("format", Choice(model.RoundFormat), "direct, indirect, mediated or mixed"),
    Field("mediator", Ref("actor"), "who carried messages or chaired"),
    Field(
        "delegations",
        MapOf(Ref("actor"), ListOf(Ref("actor"), one_or_many=True)),
        "party id -> lead negotiator id (or a list of ids)",
    ),
    Field("pauses", ListOf(Obj(PAUSE)), "breaks within the round"),
    Field("sticking_points", ListOf(Obj(STICKING_POINT)), "issues on the table and their status"),
    Field(
        "dispositions",
        ListOf(Obj(DISPOSITION)),
        "open points of earlier rounds this round does not list: carried, dropped, superseded",
    ),
    Field("parts", ListOf(Obj(PART)), "for a session held in parts: each part's dates"),
    Field("documents", ListOf(Ref("document")), "the texts on the table (document ids)"),
    Field("outcome", Text(), "how the round ended"),
    Field("date_note", Text(), "caveats about the dates"),
)
STATEMENT = _record(
    "statement",
    model.Statement,
    "An attributed, sourced quote.",
    Field("speaker", Ref("actor"), "the actor id of whoever said it", required=True),
    Field("date", DateField(), "when it was said or posted", required=True),
    Field("role", Text(), "the speaker's office at the time, as the source gives it"),
    Field("on_behalf_of", Ref("actor"), "the group or party the speaker spoke for"),
    Field("text", Text(), "the words exactly as quoted by the source", required=True),
    Field("original", Obj(ORIGINAL), "the original-language wording, if published"),
    Field("occasion", Word("occasions"), "press-conference, interview, social-media..."),
    Field("context", Text(), "where and to whom, e.g. 'joint press conference in Paris'"),
    Field("round", Ref("round"), "the round the statement concerns, if any"),
    Field(
        "round_relation",
        Choice(model.RoundRelation),
        "during (default), before or after: a statement outside its round's dates says which",
    ),
    Field("topics", ListOf(Word("topics")), "kebab-case topics: security, trade, guarantees..."),
    Field("category", Word("categories"), "what the statement does (jcpoa-tracker docs codebook)"),
    Field("tone", Int(-2, 2, rule="tone-range"), "-2 hostile .. 0 neutral .. +2 cooperative"),
    Field("verified", Bool(), "true only if the wording was read in a source (default false)"),
    Field("documents", ListOf(Ref("document")), "the texts it speaks about (document ids)"),
    Field("date_note", Text(), "caveats about the date (time zones, inferred weekdays)"),
)
MILESTONE = _record(
    "milestone",
    model.Milestone,
    "A dated event outside the rounds.",
    Field("date", DateField(), "when it happened (or falls due, for a deadline)", required=True),
    Field("kind", Word("milestone_kinds"), "agreement, vote, deadline...", required=True),
    Field("title", Text(), "one line saying what happened", required=True),
    Field("end", DateField(), "last day, for an event that lasted"),
    Field("announced", DateField(), "when it became known, for scheduled events and deadlines"),
    Field("parties", ListOf(Ref("actor")), "the actors involved"),
    Field("location", Text(), "city, country"),
    Field("summary", Text(), "a few sentences of context"),
    Field("measurements", ListOf(Obj(MEASUREMENT)), "measured values reported with the event"),
    Field("vote", Obj(VOTE), "for a vote: its counts and how it was taken"),
    Field("documents", ListOf(Ref("document")), "the texts it concerns (document ids)"),
    Field("date_note", Text(), "caveats about the date"),
)
DOCUMENT = _record(
    "document",
    model.Document,
    "A text other records refer to: a draft, a negotiating text, an agreement.",
    Field("title", Text(), "its title, as published", required=True),
    Field("date", DateField(), "when it was issued or circulated", required=True),
    Field("kind", Word("document_kinds"), "draft, negotiating-text, agreement...", required=True),
    Field("symbol", Text(), "its official symbol, e.g. A/INB/7/3"),
    Field("track", Ref("track"), "the track it belongs to"),
    Field("authors", ListOf(Ref("actor")), "who tabled or issued it"),
    Field("url", Url(), "where the text itself is published"),
    Field("supersedes", Ref("document"), "the earlier document this one replaces"),
    Field("summary", Text(), "what it says, in a few sentences"),
    Field("date_note", Text(), "caveats about the date"),
)

# top-level key of a data file -> the records it holds
RECORD_SPECS: Final[dict[str, Spec]] = {
    "actors": ACTOR,
    "tracks": TRACK,
    "rounds": ROUND,
    "statements": STATEMENT,
    "milestones": MILESTONE,
    "documents": DOCUMENT,
}
KINDS: Final = tuple(spec.name for spec in RECORD_SPECS.values())

_NESTED = (
    SOURCE,
    ROLE,
    PHASE_CHANGE,
    PAUSE,
    PART,
    STICKING_POINT,
    DISPOSITION,
    ORIGINAL,
    MEASUREMENT,
    VOTE,
)


def _spec_schema(spec: Spec, config: DatasetConfig | None = None) -> dict[str, Any]:
    properties = {}
    for spec_field in spec.fields:
        prop = _field_schema(spec_field.type, config)
        if "$ref" in prop:
            prop = {"allOf": [prop]}
        prop["description"] = spec_field.doc
        properties[spec_field.name] = prop
    schema: dict[str, Any] = {
        "type": "object",
        "description": spec.doc,
        "properties": properties,
        "additionalProperties": False,
    }
    required = [f.name for f in spec.required]
    if required:
        schema["required"] = required
    return schema


def _field_schema(field_type: FieldType, config: DatasetConfig | None) -> dict[str, Any]:
    """A field's schema; a dataset's words become an enum when its
    configuration is known (editors then complete them)."""
    if config is not None and isinstance(field_type, Word):
        words = [t.id for t in getattr(config.vocabulary, field_type.vocabulary)]
        if words:
            return {"type": "string", "enum": words}
    if config is not None and isinstance(field_type, ListOf) and isinstance(field_type.item, Word):
        return {"type": "array", "items": _field_schema(field_type.item, config)}
    return field_type.json_schema()


def json_schema(config: DatasetConfig | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one data file; with a dataset's
    configuration, its vocabularies are enums."""
    defs = {spec.key: _spec_schema(spec, config) for spec in (*_NESTED, *RECORD_SPECS.values())}
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "jcpoa-tracker data file",
        "description": "A file under rounds/: lists of records by kind. See docs/data-format.md.",
        "type": "object",
        "properties": {
            key: {"type": "array", "items": {"$ref": f"#/$defs/{spec.key}"}}
            for key, spec in RECORD_SPECS.items()
        },
        "additionalProperties": False,
        "minProperties": 1,
        "$defs": defs,
    }
    return schema


def config_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset's ``dataset.yaml``."""
    from jcpoa_tracker.config_file import CONFIG_SPEC, NESTED_SPECS

    schema = _spec_schema(CONFIG_SPEC)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "jcpoa-tracker dataset configuration",
        **schema,
        "$defs": {spec.key: _spec_schema(spec) for spec in NESTED_SPECS},
    }
