"""agenda.json is written from the view's records by the JSON encoder's C loop
(jsontext's encoder converts dataclasses, jsonout lays out only the two levels it expands);
the text must be what ``dumps(view.to_dict(), expanded_depth=2)`` writes."""

from __future__ import annotations

import json

import pytest

from egmplan.app.check import load_and_check
from egmplan.jsontext import dumps, encode, plain, shallow
from egmplan.record import Record, record
from egmplan.render import jsonout
from egmplan.render.view import build_view

from bundled import MEETINGS, STANDALONE


@record
class Pair(Record):
    name: str
    inner: tuple = ()


@pytest.mark.parametrize("path", [*sorted(MEETINGS.glob("egm-*-20*.yaml")), STANDALONE], ids=lambda p: p.name)
def test_agenda_json_is_the_view_to_dict_dumped(path):
    view = build_view(load_and_check(path, path.name).meeting)
    assert view.table.rows and (view.annotations or path.name == "egm-cybercrime-2020.yaml")
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
