"""Defaults are stated once, in the schema's fields: the loader fills every left-out key from
them, the model states none of its own, and the docs and JSON Schema show the same values."""

import dataclasses
import json
from datetime import time

import pytest

from egmplan.loader import load_meeting_text
from egmplan.loader.meeting_schema import MEETING, MEETING_FILE, STYLE
from egmplan.loader.planning_schema import PARTICIPANT, SPEAKER_COUNTS, SPEAKING
from egmplan.loader.schema import Either, ListOf, MapOf, Record, as_written
from egmplan.model import Meeting, Participant, Speakers, Style

from conftest import ROOT

MINIMAL = (ROOT / "tests" / "corpus" / "valid-minimal.yaml").read_text(encoding="utf-8")

# Which model field each defaulted schema field becomes.
MODEL_FIELDS = [
    (STYLE, Style, {name: name for name in ("time", "table_year", "layout", "language", "deadlines_section")}),
    (MEETING, Meeting, {"kind": "kind", "format": "format", "revision": "revision",
                        "close_of_business": "close_of_business", "languages": "languages"}),
    (SPEAKING, Meeting, {"statement_minutes": "statement_minutes", "presentation_minutes": "presentation_minutes"}),
    (PARTICIPANT, Participant, {"delegates": "delegates"}),
    (SPEAKER_COUNTS, Speakers, {"statements": "statements", "presentations": "presentations"}),
]


def _records(spec, path="", seen=None):
    """(key path, record) for every record of the meeting file, as docs/meeting-format.md titles them."""
    seen = set() if seen is None else seen
    if isinstance(spec, Record):
        if id(spec) in seen:
            return
        seen.add(id(spec))
        yield path, spec
        for field in spec.fields:
            yield from _records(field.spec, f"{path}.{field.name}" if path else field.name, seen)
    elif isinstance(spec, ListOf):
        yield from _records(spec.item, f"{path}[]", seen)
    elif isinstance(spec, MapOf):
        yield from _records(spec.value, f"{path}.<date>", seen)
    elif isinstance(spec, Either):
        yield from _records(spec.mapping, path, seen)


def test_every_defaulted_field_is_mapped_to_the_model():
    defaulted = {(id(record), f.name) for _, record in _records(MEETING_FILE) for f in record.fields
                 if f.default is not None}
    mapped = {(id(record), name) for record, _, names in MODEL_FIELDS for name in names}
    assert defaulted == mapped


@pytest.mark.parametrize("record, model, names", MODEL_FIELDS, ids=[m[1].__name__ for m in MODEL_FIELDS])
def test_the_model_states_no_default_of_its_own(record, model, names):
    if hasattr(model, "_field_defaults"):  # a NamedTuple
        defaults = {name: model._field_defaults.get(name, dataclasses.MISSING) for name in model._fields}
    else:
        defaults = {f.name: f.default for f in dataclasses.fields(model)}
    assert {name: defaults[names[name]] for name in names} == {name: dataclasses.MISSING for name in names}


def test_a_meeting_that_leaves_everything_out_gets_the_schema_defaults():
    meeting = load_meeting_text(MINIMAL, "m.yaml").meeting
    # continued and to_be_announced have no schema default: the language's own words are theirs
    assert meeting.style == Style(**STYLE.values(None))._replace(continued="(continued)",
                                                               to_be_announced="To be announced")
    assert (meeting.kind, meeting.format, meeting.revision, meeting.close_of_business) == (
        "meeting", "in-person", 0, time(18, 0))
    assert (meeting.statement_minutes, meeting.presentation_minutes, meeting.speaking_connections) == (3, 8, None)


def test_an_optional_key_left_empty_gets_its_default():
    """``kind:`` with no value means "not given"; it was a KeyError traceback before."""
    text = MINIMAL.replace("meeting:\n", "meeting:\n  kind:\n  format:\n  revision:\n  close_of_business:\n"
                           "  style: {time: , layout: }\n  speaking: {statement_minutes: }\n", 1)
    text += "participants:\n  - {name: Thailand, country: TH, role: member, delegates: }\n"
    text = text.replace("  - title: Other matters", "  - title: Other matters\n    speakers: {statements: 4, presentations: }")
    result = load_meeting_text(text, "m.yaml")
    assert result.errors == []
    meeting = result.meeting
    assert (meeting.kind, meeting.format, meeting.revision, meeting.close_of_business) == (
        "meeting", "in-person", 0, time(18, 0))
    assert (meeting.style.time, meeting.style.layout, meeting.statement_minutes) == ("12h", "separate", 3)
    assert meeting.participants[0].delegates == 1
    assert (meeting.agenda[1].speakers.statements, meeting.agenda[1].speakers.presentations) == (4, 0)


def test_a_value_given_wins_over_the_default():
    text = MINIMAL.replace("meeting:\n", "meeting:\n  close_of_business: '17:30'\n  style: {time: 24h}\n", 1)
    meeting = load_meeting_text(text, "m.yaml").meeting
    assert (meeting.close_of_business, meeting.style.time, meeting.style.continued) == (time(17, 30), "24h", "(continued)")


def _schema_node(schema: dict, path: str) -> dict:
    """The JSON Schema object a record's key path stands for."""
    node = schema
    for step in path.replace("[]", ".[]").split("."):
        if step == "[]":
            node = node["items"]
        elif step == "<date>":
            node = next(iter(node["patternProperties"].values()))
        else:
            node = node["properties"][step]
        node = next((n for n in node.get("oneOf", ()) if n.get("type") == "object"), node)
    return node


def test_the_json_schema_shows_every_default_as_the_file_writes_it():
    schema = json.loads((ROOT / "docs" / "meeting.schema.json").read_text(encoding="utf-8"))
    shown, stated = {}, {}
    for path, record in _records(MEETING_FILE):
        node = _schema_node(schema, path) if path else schema
        assert set(node["properties"]) == {f.name for f in record.fields}, path
        for field in record.fields:
            key = f"{path}.{field.name}" if path else field.name
            shown[key] = node["properties"][field.name].get("default")
            stated[key] = None if field.default is None else as_written(field.default)
    assert shown == stated
    assert shown["meeting.close_of_business"] == "18:00"


def test_the_meeting_format_doc_shows_every_default():
    text = (ROOT / "docs" / "meeting-format.md").read_text(encoding="utf-8")
    sections = {}
    for block in text.split("\n## ")[1:]:
        title, _, body = block.partition("\n")
        rows = [line.split(" | ") for line in body.splitlines() if line.startswith("| `")]
        sections[title.strip("` ")] = {row[0].strip("|` "): row[3].strip() for row in rows}
    shown, stated = {}, {}
    for path, record in _records(MEETING_FILE):
        for field in record.fields:
            key = f"{path}.{field.name}" if path else field.name
            shown[key] = sections[path or "Top level"][field.name]
            stated[key] = "" if field.default is None else f"`{json.dumps(as_written(field.default))}`"
    assert shown == stated
    assert shown["meeting.style.time"] == '`"12h"`' and shown["meeting.close_of_business"] == '`"18:00"`'