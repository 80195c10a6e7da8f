"""egmplan.record: a Record behaves as the frozen dataclass with the same fields would."""

import dataclasses
import pickle
from dataclasses import field

import pytest

from egmplan.record import Record, record


@dataclasses.dataclass(frozen=True)
class Generated:
    number: str
    title: str
    items: tuple = ()
    line: int = field(default=0, compare=False)
    path: str = field(default="", compare=False, repr=False)
    seen: list = field(default_factory=list, compare=False)


@record
class Written(Record):
    number: str
    title: str
    items: tuple = ()
    line: int = field(default=0, compare=False)
    path: str = field(default="", compare=False, repr=False)
    seen: list = field(default_factory=list, compare=False)


CASES = [(("1", "Opening"), {}), (("1",), {"title": "Opening", "line": 3}), ((), {"number": "2", "title": "x", "items": (1,)}),
         (("1", "Opening", (), 7, "m.yaml"), {}), (("1", "Opening", (2,), 7, "m.yaml", [3]), {}),
         ((), {"number": "1", "title": "Opening", "items": (2,), "line": 7, "path": "m.yaml", "seen": [3]}),
         ((), {"seen": [3], "path": "m.yaml", "line": 7, "items": (2,), "title": "Opening", "number": "1"})]


@pytest.mark.parametrize("args, kwargs", CASES)
def test_the_same_fields_equality_hash_and_repr(args, kwargs):
    generated, written = Generated(*args, **kwargs), Written(*args, **kwargs)
    assert repr(written) == repr(generated).replace("Generated", "Written")
    assert dataclasses.asdict(written) == dataclasses.asdict(generated)
    moved = dataclasses.replace(written, line=99, path="elsewhere.yaml")
    assert moved == written and hash(moved) == hash(written)  # positions are not compared
    assert dataclasses.replace(written, title="Other") != written
    assert written != generated and written != (written.number, written.title)
    assert pickle.loads(pickle.dumps(written)) == written
    assert pickle.loads(pickle.dumps(written)).__dict__ == written.__dict__


def test_defaults_and_factories_are_per_instance():
    first, second = Written("1", "a"), Written("1", "a")
    assert first.seen == [] and first.seen is not second.seen
    assert [f.name for f in dataclasses.fields(Written)] == [f.name for f in dataclasses.fields(Generated)]


def test_frozen():
    written = Written("1", "a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        written.title = "b"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del written.title
    assert written.title == "a"


@pytest.mark.parametrize("args, kwargs, message", [
    ((), {"number": "1"}, "missing required argument: 'title'"),
    (("1", "a", (), 0, "", [], "extra"), {}, "takes 6 arguments but 7 were given"),
    (("1", "a"), {"number": "2"}, "got multiple values for argument 'number'"),
    (("1", "a"), {"colour": "red"}, "got an unexpected keyword argument 'colour'"),
    (("1", "a", (), 0, "", []), {"colour": "red"}, "got an unexpected keyword argument 'colour'"),
    ((), {"number": "1", "title": "a", "items": (), "line": 0, "path": "", "colour": "red"},
     "got an unexpected keyword argument 'colour'"),
])
def test_wrong_arguments_are_type_errors(args, kwargs, message):
    with pytest.raises(TypeError) as raised:
        Written(*args, **kwargs)
    assert str(raised.value) == f"Written() {message}"


def test_post_init_runs():
    from egmplan.planning.comfort import ComfortBounds
    from datetime import time

    with pytest.raises(ValueError):
        ComfortBounds(time(9), time(8))
