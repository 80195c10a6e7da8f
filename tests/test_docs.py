"""Documents generated from the code cannot drift; the schema and the loader agree."""

import datetime
from pathlib import Path

import jsonschema
import pytest
import yaml

from egmplan.loader import load_meeting
from egmplan.loader.describe import (
    SERIES_SCHEMA_ID, json_schema, json_schema_text, markdown, schema_records, series_json_schema_text,
    series_markdown,
)
from egmplan.loader.meeting_schema import MEETING_FILE
from egmplan.loader.series_schema import SERIES_FILE

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def test_meeting_format_doc_is_fresh():
    assert (ROOT / "docs" / "meeting-format.md").read_text(encoding="utf-8") == markdown(), (
        "docs/meeting-format.md is stale: run python tools/gen_docs.py"
    )


def test_schema_file_is_fresh():
    assert (ROOT / "docs" / "meeting.schema.json").read_text(encoding="utf-8") == json_schema_text()


def test_series_format_doc_and_schema_are_fresh():
    assert (ROOT / "docs" / "series.md").read_text(encoding="utf-8") == series_markdown(), (
        "docs/series.md is stale: run python tools/gen_docs.py"
    )
    assert (ROOT / "docs" / "series.schema.json").read_text(encoding="utf-8") == series_json_schema_text()


@pytest.mark.parametrize("file_record", [MEETING_FILE, SERIES_FILE], ids=["meeting", "series"])
def test_every_key_has_a_description_and_an_example(file_record):
    missing = [
        f"{path}.{field.name}"
        for path, record in schema_records(file_record)
        for field in record.fields
        if field.example is None or not (field.description or field.spec.description)
    ]
    assert missing == []


def _as_yaml_12(value):
    """What an editor's YAML 1.2 language server sees: dates are strings."""
    if isinstance(value, dict):
        return {str(k) if isinstance(k, datetime.date) else k: _as_yaml_12(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_yaml_12(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _schema_errors(path: Path) -> list[str]:
    document = _as_yaml_12(yaml.safe_load(path.read_text(encoding="utf-8")))
    schema = json_schema(SERIES_FILE, SERIES_SCHEMA_ID) if path.name.endswith(".series.yaml") else json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    return [e.message for e in validator.iter_errors(document)]


@pytest.mark.parametrize("path", sorted((ROOT / "meetings").glob("*.yaml")), ids=lambda p: p.stem)
def test_bundled_meetings_and_series_validate_against_their_schema(path):
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.Draft202012Validator.check_schema(json_schema(SERIES_FILE, SERIES_SCHEMA_ID))
    assert _schema_errors(path) == []


def test_series_examples_validate_against_the_series_schema():
    validator = jsonschema.Draft202012Validator(json_schema(SERIES_FILE, SERIES_SCHEMA_ID))
    top = {field.name: field.example for field in SERIES_FILE.fields}
    assert [e.message for e in validator.iter_errors(top)] == []


@pytest.mark.parametrize(
    "name",
    ["unknown-key", "unknown-top-key", "bad-enum", "missing-keys", "wrong-types", "timezone-not-a-string"],
)
def test_schema_and_loader_both_refuse_broken_files(name, tmp_path):
    path = CORPUS / f"{name}.yaml"
    if not path.exists():  # a case made here: a list where a zone name belongs
        path = tmp_path / f"{name}.yaml"
        path.write_text((CORPUS / "valid-minimal.yaml").read_text().replace("timezone: Europe/Vienna", "timezone: [Europe/Vienna]"))
    assert load_meeting(path).errors != []
    assert _schema_errors(path) != []


def test_schema_and_loader_both_accept_the_minimal_file():
    path = CORPUS / "valid-minimal.yaml"
    assert (load_meeting(path).diagnostics, _schema_errors(path)) == ([], [])
