"""agenda.json is written from the view's records by the JSON encoder's C loop
(jsontext's encoder converts dataclasses, jsonout lays out only the two levels it expands,
the view's own layout written out);
the text must be what ``dumps(view.to_dict(), expanded_depth=2)`` writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egmplan.app.check import load_and_check
from egmplan.jsontext import dumps, encode, plain, shallow
from egmplan.loader import load_meeting_text
from egmplan.record import Record, record
from egmplan.render import jsonout
from egmplan.render.view import build_view

from bundled import MEETINGS, STANDALONE
from test_property import _dump
from test_view_table import varied_meetings


@record
class Pair(Record):
    name: str
    inner: tuple = ()


@pytest.mark.parametrize("path", [*sorted(MEETINGS.glob("egm-*-20*.yaml")), STANDALONE], ids=lambda p: p.name)
def test_agenda_json_is_the_view_to_dict_dumped(path):
    view = build_view(load_and_check(path, path.name).meeting)
    assert view.table.rows and (view.annotations or path.name == "egm-cybercrime-2020.yaml")
    assert jsonout.render(view) == dumps(view.to_dict(), expanded_depth=2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(varied_meetings())
def test_agenda_json_of_generated_meetings_is_the_view_to_dict_dumped(document):
    result = load_meeting_text(_dump(document), "generated.yaml")
    if result.meeting is not None:
        view = build_view(result.meeting)
        assert jsonout.render(view) == dumps(view.to_dict(), expanded_depth=2)


def test_the_encoder_writes_a_record_as_plain_converts_it():
    value = [Pair("a", (Pair("b"), {"k": Pair("c", (1, None, 2.5, True))}))]
    assert encode(value) == json.dumps(plain(value), ensure_ascii=False)
    assert shallow(value[0]) == {"name": "a", "inner": value[0].inner}
    assert shallow((1, 2)) == [1, 2]
    # Keywords in another order: the fields are still written in their order.
    assert encode(Pair(inner=(1,), name="a")) == '{"name": "a", "inner": [1]}'


def test_the_encoder_writes_only_the_fields_of_a_record():
    pair = Pair("a")
    encode(pair)  # the class is known
    object.__setattr__(pair, "cached", 1)  # what a cached_property would keep beside the fields
    assert encode(pair) == '{"name": "a", "inner": []}'


def test_the_encoder_still_refuses_what_is_not_json():
    with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
        encode(object())


def _view_record_classes():
    from egmplan.render import annotation, view as view_module

    return [c for module in (view_module, annotation) for c in vars(module).values()
            if isinstance(c, type) and issubclass(c, Record) and c.__module__ == module.__name__]


def test_the_view_records_keep_only_their_fields():
    """agenda.json writes each record of the view as its ``__dict__`` (``stored_records``): no
    record class of the view may keep anything else there, as a cached_property would."""
    from functools import cached_property

    classes = _view_record_classes()
    assert {c.__name__ for c in classes} >= {"DocumentView", "OrgTable", "Cell", "Span", "Block", "Footnote"}
    for cls in classes:
        cached = [name for klass in cls.__mro__ for name, value in vars(klass).items()
                  if isinstance(value, cached_property)]
        assert cached == [], f"{cls.__name__} keeps {cached} in its __dict__"


def test_stored_records_are_written_as_the_encoder_writes_them():
    value = {"pairs": [Pair("a", (Pair("b"), {"k": Pair("c", (1, None, 2.5, True))}))], "one": Pair("d")}
    assert dumps(value, expanded_depth=2, stored_records=True) == dumps(value, expanded_depth=2)
    assert dumps(value, expanded_depth=1, stored_records=True) == dumps(plain(value), expanded_depth=1)


@pytest.mark.parametrize("path", [*sorted(MEETINGS.glob("egm-*-20*.yaml")), STANDALONE], ids=lambda p: p.name)
def test_agenda_json_after_every_format_read_the_view(path):
    """The templates and exporters read every property of the view first: agenda.json is the same."""
    from egmplan.render import registry
    from egmplan.render.build import BUILD_KINDS

    view = build_view(load_and_check(path, path.name).meeting)
    expected = dumps(view.to_dict(), expanded_depth=2)
    for name in ("md", "html", "txt", "csv", "docx"):
        registry.find(BUILD_KINDS, name).render(view)
    assert jsonout.render(view) == expected


def _reference_dumps(value, depth: int, pad: str = "") -> str:
    """jsontext.dumps as first written: every leaf by a JSONEncoder's encode, records as plain() writes them."""
    encode_once = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=plain).encode
    if depth <= 0 or not isinstance(value, (dict, list)) or not value:
        return encode_once(value)
    inner = pad + "  "
    if isinstance(value, dict):
        items = [f"{inner}{encode_once(k)}: {_reference_dumps(v, depth - 1, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    items = [f"{inner}{_reference_dumps(v, depth - 1, inner)}" for v in value]
    return "[\n" + ",\n".join(items) + f"\n{pad}]"


_LEAVES = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
           | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6))
_TREES = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=3), inner, max_size=3)
                      | st.builds(Pair, st.text(max_size=3), st.tuples(inner)), max_leaves=12)


@settings(max_examples=500, deadline=None)
@given(_TREES, st.integers(0, 3))
def test_dumps_writes_what_the_first_dumps_wrote(value, depth):
    expected = _reference_dumps(value, depth) + "\n"
    assert dumps(value, depth) == expected
    assert dumps(value, depth, stored_records=True) == expected
