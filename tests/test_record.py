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


def _classes():
    """A fresh Written and a subclass of it, whose __init__ is Record's until COMPILE_AFTER are made."""
    from egmplan.record import COMPILE_AFTER

    @record
    class Compiled(Record):
        number: str
        title: str
        items: tuple = ()
        line: int = field(default=0, compare=False)
        path: str = field(default="", compare=False, repr=False)
        seen: list = field(default_factory=list, compare=False)

    @record
    class Wider(Compiled):
        extra: int = 5

    assert "__init__" not in vars(Compiled)
    for _ in range(COMPILE_AFTER):
        Compiled("1", "a")
    assert "__init__" in vars(Compiled)  # compiled for it now
    return Compiled, Wider


@pytest.mark.parametrize("args, kwargs", CASES)
def test_the_compiled_init_makes_what_record_makes(args, kwargs):
    compiled, wider = _classes()
    made, expected = compiled(*args, **kwargs), Written(*args, **kwargs)
    assert made.__dict__ == expected.__dict__ and list(made.__dict__) == list(expected.__dict__)
    assert repr(made).partition("(")[2] == repr(expected).partition("(")[2]
    assert dataclasses.replace(made, title="b").title == "b"
    # A subclass with another field inherits the compiled __init__: it hands the call to Record's.
    assert wider(*args, **kwargs).__dict__ == {**expected.__dict__, "extra": 5}


def test_the_compiled_init_gives_each_instance_its_factory_default():
    compiled, _ = _classes()
    first, second = compiled("1", "a"), compiled("1", "a", (), 0, "")
    assert first.seen == [] and first.seen is not second.seen


@pytest.mark.parametrize("args, kwargs, message", [
    ((), {"number": "1"}, "missing required argument: 'title'"),
    (("1",), {}, "missing required argument: 'title'"),
    (("1", "a", (), 0, "", [], "extra"), {}, "takes 6 arguments but 7 were given"),
    (("1", "a"), {"number": "2"}, "got multiple values for argument 'number'"),
    (("1", "a"), {"colour": "red"}, "got an unexpected keyword argument 'colour'"),
    ((), {"number": "1", "title": "a", "items": (), "line": 0, "path": "", "colour": "red"},
     "got an unexpected keyword argument 'colour'"),
])
def test_the_compiled_init_refuses_wrong_arguments_as_record_does(args, kwargs, message):
    compiled, _ = _classes()
    with pytest.raises(TypeError) as raised:
        compiled(*args, **kwargs)
    assert str(raised.value) == f"Compiled() {message}"


def test_the_compiled_init_runs_post_init():
    from egmplan.record import COMPILE_AFTER

    @record
    class Ordered(Record):
        low: int = 0
        high: int = 1

        def __post_init__(self):
            if self.low > self.high:
                raise ValueError("low above high")

    for _ in range(COMPILE_AFTER):
        Ordered(0, 1)
    assert "__init__" in vars(Ordered)
    assert Ordered(2, 3).__dict__ == {"low": 2, "high": 3} and Ordered().__dict__ == {"low": 0, "high": 1}
    with pytest.raises(ValueError, match="low above high"):
        Ordered(2)
    with pytest.raises(ValueError, match="low above high"):
        Ordered(low=2, high=1)


def test_the_compiled_init_finds_a_missing_field_after_a_default():
    """Arguments by position fill from the first, so the compiled __init__ looks only at the
    last field without a default; one may follow a field with a default (no __init__ is
    generated to refuse it)."""
    from egmplan.record import COMPILE_AFTER

    @record
    class Loose(Record):
        first: int = 0
        second: int
        third: int = 3

    for _ in range(COMPILE_AFTER):
        Loose(1, 2)
    assert "__init__" in vars(Loose)
    assert Loose(1, 2).__dict__ == {"first": 1, "second": 2, "third": 3}
    assert Loose(second=5).__dict__ == {"first": 0, "second": 5, "third": 3}
    for args in ((), (1,)):
        with pytest.raises(TypeError) as raised:
            Loose(*args)
        assert str(raised.value) == "Loose() missing required argument: 'second'"
