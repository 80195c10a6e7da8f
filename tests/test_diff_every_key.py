"""`egmplan diff` reports a change of every key of the meeting format, with its key path.

The keys come from the format's own definition (loader/meeting_schema.py, which also makes
docs/meeting-format.md and the JSON Schema): a key added there fails this test until
tests/diff/every-key.yaml gives it and diff reports it.
"""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from egmplan.loader.load import load_meeting_text
from egmplan.loader.meeting_schema import MEETING_FILE
from egmplan.loader.schema import Bool, Code, Custom, DateValue, Either, Enum, Int, ListOf, MapOf, Record, Text, TimeValue
from egmplan.planning.diff import diff_meetings
from egmplan.render.changes import render_changes
from egmplan.style import get_style

EVERY_KEY = Path(__file__).resolve().parent / "diff" / "every-key.yaml"
# Keys with a single possible value: nothing to change (style.language has had more than one since fr and es).
UNCHANGEABLE: set[str] = set()


def _schema_leaves(spec, pattern: str):
    """(pattern, spec) of every key that holds a value: "agenda[].items[].title"."""
    if isinstance(spec, Record):
        for field in spec.fields:
            yield from _schema_leaves(field.spec, f"{pattern}.{field.name}" if pattern else field.name)
    elif isinstance(spec, ListOf):
        yield from _schema_leaves(spec.item, pattern + "[]")
    elif isinstance(spec, MapOf):
        yield from _schema_leaves(spec.value, pattern + ".DATE")
    elif isinstance(spec, Either):
        for alternative in (spec.scalar, spec.mapping, spec.sequence):
            if alternative is not None:
                yield from _schema_leaves(alternative, pattern)
    else:
        yield pattern, spec


def _file_leaves(spec, value, keys: tuple, pattern: str):
    """(keys to the value, pattern, spec, value) of every value the file gives."""
    if isinstance(spec, Either):
        chosen = spec.mapping if isinstance(value, dict) else spec.sequence if isinstance(value, list) else spec.scalar
        yield from _file_leaves(chosen, value, keys, pattern)
    elif isinstance(spec, Record):
        for field in spec.fields:
            if field.name in value:
                name = f"{pattern}.{field.name}" if pattern else field.name
                yield from _file_leaves(field.spec, value[field.name], (*keys, field.name), name)
    elif isinstance(spec, ListOf):
        for index, entry in enumerate(value):
            yield from _file_leaves(spec.item, entry, (*keys, index), pattern + "[]")
    elif isinstance(spec, MapOf):
        for key, entry in value.items():
            yield from _file_leaves(spec.value, entry, (*keys, key), pattern + ".DATE")
    else:
        yield keys, pattern, spec, value


def _path(keys: tuple) -> str:
    text = ""
    for key in keys:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            key = key.isoformat() if isinstance(key, date) else key
            text += f".{key}" if text else key
    return text


def _candidates(spec, value):
    """Other values a key could take, most likely valid first."""
    if isinstance(spec, Enum):
        return [c for c in spec.choices if c != value]
    if isinstance(spec, Bool):
        return [not value]
    if isinstance(spec, Int):
        return [value + 1, value - 1]
    if isinstance(spec, DateValue):
        return [value + timedelta(days=d) for d in (-1, 1, -2, 2)]
    if isinstance(spec, TimeValue):
        clock = datetime.strptime(value, "%H:%M")
        return [(clock + timedelta(minutes=m)).strftime("%H:%M") for m in (-30, 30)]
    if isinstance(spec, Custom):
        return ["Europe/Berlin", "Asia/Tokyo", "FR", "-6d COB", "2024-09-01", "-4w"]
    if isinstance(spec, Code) and spec.pattern:
        return [value + "-x"]
    if isinstance(spec, Code):
        return [value + "/Rev.1", "1", "2", "3", "4", "1 (a)", "1 (b)", "2 (a)"]
    assert isinstance(spec, Text), spec
    return [value.rstrip("\n") + " Revised.\n" if spec.multiline else value + " (revised)"]


def _set(data, keys: tuple, value):
    """Change one key; a renamed item key is renamed in the rows that use it too."""
    here = data
    for key in keys[:-1]:
        here = here[key]
    before, here[keys[-1]] = here[keys[-1]], value
    if keys[-1] == "key":
        _rename_rows(data, before, value)


def _rename_rows(node, before: str, after: str):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "organization_of_work":
                node[key] = yaml.safe_load(yaml.safe_dump(value).replace(f" {before}\n", f" {after}\n"))
            else:
                _rename_rows(value, before, after)
    elif isinstance(node, list):
        for value in node:
            _rename_rows(value, before, after)


def _reported_at(keys: tuple) -> set[str]:
    """Where a change of the key may be reported: at its path; for a row of the organization
    of work, at its sitting (the rows that print differently, as a revised table says)."""
    path = _path(keys)
    places = {path}
    if "organization_of_work" in keys:
        sitting = keys[: keys.index("organization_of_work") + 3]
        places.add(_path(sitting))
    return places


BASE = yaml.safe_load(EVERY_KEY.read_text(encoding="utf-8"))
LEAVES = list(_file_leaves(MEETING_FILE, BASE, (), ""))


def test_the_file_gives_every_key_of_the_format():
    assert {pattern for pattern, _spec in _schema_leaves(MEETING_FILE, "")} - {p for _k, p, _s, _v in LEAVES} == set()


def test_unchangeable_keys_are_those_with_one_value():
    single = {pattern for pattern, spec in _schema_leaves(MEETING_FILE, "")
              if isinstance(spec, Enum) and len(spec.choices) == 1}
    assert single == UNCHANGEABLE


@pytest.mark.parametrize("keys", [keys for keys, pattern, _s, _v in LEAVES if pattern not in UNCHANGEABLE], ids=_path)
def test_diff_reports_a_change_of_every_key_at_its_path(keys):
    base = load_meeting_text(EVERY_KEY.read_text(encoding="utf-8"), "every-key.yaml", "every-key")
    assert base.meeting is not None, base.errors
    spec, value = next((s, v) for k, _p, s, v in LEAVES if k == keys)
    tried = []
    for candidate in [c for c in _candidates(spec, value) if c != value]:
        data = yaml.safe_load(EVERY_KEY.read_text(encoding="utf-8"))
        _set(data, keys, candidate)
        changed = load_meeting_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "changed.yaml", "every-key")
        if changed.meeting is not None:
            break
        tried.append((candidate, [str(e) for e in changed.errors]))
    else:
        pytest.fail(f"no valid change found for {_path(keys)}: {tried}")
    changes = diff_meetings(base.meeting, changed.meeting, base.data, changed.data)
    assert {c.path for c in changes} & _reported_at(keys), (_path(keys), candidate, changes)
    assert [c for c in changes if c.warning] == []  # no row of the base file changed its item
    text = render_changes(changes, "every-key.yaml", "changed.yaml", "text", get_style("en"), "24h")
    assert any(f"({place})" in text for place in _reported_at(keys)), text
