"""Frozen dataclasses whose methods are written once, here, instead of generated per class.

``@dataclass(frozen=True)`` compiles six methods from source text with ``exec`` each time
its module is imported (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__``, ``__delattr__``): about 0.5 ms a class, every run, for every command that
reads a meeting. A class that derives from :class:`Record` and is declared with
:data:`record` (``dataclass(init=False, repr=False, eq=False)``: fields, defaults and
``field(compare=False)`` as usual, nothing compiled) gets the same methods from
:class:`Record`, which reads each class's fields once. It stays a dataclass:
``dataclasses.replace``, ``fields`` and ``asdict`` work on it as before, instances pickle
the same way, and ``==``, ``hash`` and ``repr`` are those ``@dataclass(frozen=True)``
writes (the fields with ``compare=True``, the fields with ``repr=True``, in order).

A class whose instances are made by the thousand (a build of many meetings) gets an
``__init__`` of its own once :data:`COMPILE_AFTER` have been made: compiled, as a dataclass's,
but only then, so that a command that makes a few pays nothing for it. It takes the fields
by position, the call that makes most records, in half the time of :class:`Record`'s; any
other call (by name, or wrong) it hands to :class:`Record`'s, which behaves as before."""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter

record = dataclass(init=False, repr=False, eq=False)


class _Layout:
    """What :class:`Record`'s methods need to know of one class's fields."""

    __slots__ = ("names", "count", "defaults", "factories", "tails", "compared", "shown", "post_init", "made")

    def __init__(self, cls: type):
        found = fields(cls)
        self.names = tuple(f.name for f in found)
        self.count = len(self.names)
        self.defaults = {f.name: f.default for f in found if f.default is not MISSING}
        self.factories = {f.name: f.default_factory for f in found if f.default_factory is not MISSING}
        # By the number of positional arguments that leave only plain defaults to fill in
        # (no default_factory, called per instance on the general path), those defaults in order.
        self.tails = {}
        for given in range(self.count - 1, -1, -1):
            if self.names[given] not in self.defaults:
                break
            self.tails[given] = {name: self.defaults[name] for name in self.names[given:]}
        compared = tuple(f.name for f in found if f.compare)
        # A tuple of the compared values, as the generated __eq__ and __hash__ compare them.
        self.compared = (attrgetter(*compared) if len(compared) > 1
                         else (lambda obj, getter=attrgetter(*compared): (getter(obj),)) if compared
                         else (lambda obj: ()))
        self.shown = tuple(f.name for f in found if f.repr)
        self.post_init = getattr(cls, "__post_init__", None)
        self.made = 0  # instances made by Record.__init__


_LAYOUTS: dict[type, _Layout] = {}


def _layout(cls: type) -> _Layout:
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = _Layout(cls)
    return layout


_set_attribute = object.__setattr__


def _completed(cls: type, layout: _Layout, args: tuple, kwargs: dict) -> dict:
    """The fields' values, in field order, from arguments given partly by position, partly by
    name, the others' defaults and factories; the TypeError a dataclass's __init__ raises."""
    names = layout.names
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
    values = dict(zip(names, args))
    for name in names[len(args):]:
        if name in kwargs:
            values[name] = kwargs.pop(name)
        elif name in layout.defaults:
            values[name] = layout.defaults[name]
        elif name in layout.factories:
            values[name] = layout.factories[name]()
        else:
            raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
    if kwargs:
        name = next(iter(kwargs))
        if name in values:
            raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
        raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
    return values


COMPILE_AFTER = 256
_GIVEN_BY_NAME = object()  # the compiled __init__'s default: the argument was not given by position


def _compiled_init(cls: type, layout: _Layout):
    """An ``__init__`` for ``cls`` alone, compiled: its parameters are positional-only (named
    ``_0``, ``_1``... so that no field name can clash), each defaulting to a marker, so that
    it tells which were given by position; a call with the fields in order, all by position
    (defaults for the last ones) or all by name, makes the instance's dict at once. By position
    it fills the dict the instance has (setting ``__dict__`` to a new one cost a third more)."""
    parameters = ", ".join(f"_{n}=_given_by_name" for n in range(layout.count))
    given = "".join(f"_{n}, " for n in range(layout.count))
    namespace = {"_given_by_name": _GIVEN_BY_NAME, "_set_attribute": _set_attribute, "_cls": cls,
                 "_names": layout.names, "_generic": Record.__init__, "_post_init": layout.post_init}
    values = []
    for n, name in enumerate(layout.names):
        if name in layout.defaults:
            namespace[f"_default{n}"] = layout.defaults[name]
            values.append(f"stored[{name!r}] = _default{n} if _{n} is _given_by_name else _{n}")
        elif name in layout.factories:
            namespace[f"_factory{n}"] = layout.factories[name]
            values.append(f"stored[{name!r}] = _factory{n}() if _{n} is _given_by_name else _{n}")
        else:
            values.append(f"stored[{name!r}] = _{n}")
    # Parameters by position fill from the first: the fields are all given when the last
    # field without a default is.
    required = [n for n, name in enumerate(layout.names) if name not in layout.defaults and name not in layout.factories]
    missing = f" or _{required[-1]} is _given_by_name" if required else ""
    after = "; _post_init(self)" if layout.post_init is not None else ""
    source = f"""def __init__(self, {parameters}, /, *args, **kwargs):
    if args or kwargs or self.__class__ is not _cls{missing}:
        if kwargs and _0 is _given_by_name and not args and tuple(kwargs) == _names and self.__class__ is _cls:
            _set_attribute(self, "__dict__", kwargs){after}
            return
        return _generic(self, *(value for value in ({given}) if value is not _given_by_name), *args, **kwargs)
    stored = self.__dict__
    {"; ".join(values)}{after}
"""
    exec(compile(source, f"<{cls.__module__}.{cls.__qualname__}.__init__>", "exec"), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


class Record:
    """The methods of a frozen dataclass, for classes declared with :data:`record`."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        layout = _LAYOUTS.get(self.__class__) or _layout(self.__class__)
        layout.made += 1
        if layout.made == COMPILE_AFTER and layout.count and "__init__" not in vars(self.__class__):
            self.__class__.__init__ = _compiled_init(self.__class__, layout)
        if kwargs:
            if args or len(kwargs) != layout.count or tuple(kwargs) != layout.names:
                kwargs = _completed(self.__class__, layout, args, kwargs)
            # else every field by name, in the order of the fields (as the loader builds its
            # records): the keywords are the instance's fields as they are.
            _set_attribute(self, "__dict__", kwargs)
        elif len(args) == layout.count:
            _set_attribute(self, "__dict__", dict(zip(layout.names, args)))
        elif len(args) in layout.tails:
            values = dict(zip(layout.names, args))  # the first fields, then the others' defaults
            values.update(layout.tails[len(args)])
            _set_attribute(self, "__dict__", values)
        else:
            _set_attribute(self, "__dict__", _completed(self.__class__, layout, args, kwargs))
        if layout.post_init is not None:
            layout.post_init(self)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _layout(self.__class__).shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _layout(self.__class__).compared
        return compared(self) == compared(other)

    def __hash__(self) -> int:
        return hash(_layout(self.__class__).compared(self))

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")
