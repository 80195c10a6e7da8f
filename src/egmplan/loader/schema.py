"""A small declarative schema: each spec converts positioned YAML nodes, reports
problems with their key path, and describes itself as JSON Schema and docs.

The loader, ``egmplan schema`` and ``docs/meeting-format.md`` all come from the same
definitions (see :mod:`egmplan.loader.meeting_schema`), so they cannot disagree.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache
from typing import Any, Callable, NamedTuple

from egmplan.clock import CLOCK_PATTERN, ClockError, parse_clock, time_of_day
from egmplan.errors import DiagnosticSink
from egmplan.loader import limits
from egmplan.loader.yamltree import Node
from egmplan.spelling import did_you_mean

INVALID = object()  # a value that failed to convert; its problem has been reported

_KIND_WORDS = {"scalar": "a single value", "map": "a mapping", "seq": "a list"}
_NULLS = ("", "~", "null", "Null", "NULL")


def as_written(value: Any) -> Any:
    """A value as a file writes it (a default in the JSON Schema and the docs): a time
    "18:00", a date "2021-04-06"; anything else as it is."""
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return value


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def join_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


class Rec(dict):
    """A converted mapping that remembers where each value stood in the file."""

    def __init__(self, node: Node, path: str):
        self.line, self.column, self.path = node.line, node.column, path
        self.marks: dict[Any, tuple[int, int]] = {}
        self.key_marks: dict[Any, tuple[int, int]] = {}
        self.invalid: set = set()  # keys given but unusable (already reported)

    def at(self, key) -> tuple[int, int]:
        return self.marks.get(key, (self.line, self.column))

    def path_of(self, key) -> str:
        return join_path(self.path, key if not isinstance(key, (date, time)) else key.isoformat())


class Seq(list):
    """A converted list that remembers where each element stood in the file."""

    def __init__(self, node: Node, path: str):
        self.line, self.column, self.path = node.line, node.column, path
        self.marks: list[tuple[int, int]] = []

    def at(self, index: int) -> tuple[int, int]:
        return self.marks[index] if index < len(self.marks) else (self.line, self.column)

    def path_of(self, index: int) -> str:
        return join_path(self.path, index)


class Spec:
    """Base of every spec: convert a node, describe the type.

    Options are keyword arguments overriding the class's annotated defaults (plain
    classes, not dataclasses: the many specs are built at import, on every start-up)."""

    description: str = ""
    type_name: str = "value"

    def __init__(self, **options: Any):
        for name, value in options.items():
            if not hasattr(type(self), name):
                raise TypeError(f"{type(self).__name__} has no option {name!r}")
            setattr(self, name, value)

    def convert(self, node: Node, path: str, sink: DiagnosticSink) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict:
        raise NotImplementedError

    def _wrong_kind(self, node: Node, path: str, sink: DiagnosticSink, expected: str) -> object:
        sink.error(node.line, node.column, path, f"expected {expected}, got {_KIND_WORDS[node.kind]}")
        return INVALID


def _scalar_text(spec: Spec, node: Node, path: str, sink: DiagnosticSink, expected: str) -> str | object:
    if node.kind != "scalar":
        return spec._wrong_kind(node, path, sink, expected)
    return node.text


def _shown(node: Node) -> str:
    """How a user's value is quoted back in a message: plain values as written."""
    return node.text if node.plain else repr(node.text)


class Text(Spec):
    """Free text a reader sees (titles, annotations). Kept as written: ``NO`` stays ``NO``.

    All translatable text goes through this one spec, so adding the official
    languages (a mapping ``{en: ..., fr: ...}``) is a change here and in the model.
    Its length and characters are held to :mod:`egmplan.loader.limits`.
    """

    description: str = ""
    multiline: bool = False
    length: str = ""  # a key of limits.TEXT; default "paragraph" when multiline, else "line"
    type_name: str = "text"

    def _length_limit(self):
        return limits.TEXT[self.length or ("paragraph" if self.multiline else "line")]

    def convert(self, node, path, sink):
        if node.kind != "scalar":
            return self._wrong_kind(node, path, sink, "text")
        text = node.text
        if node.plain and text in _NULLS:
            sink.error(node.line, node.column, path, "is empty")
            return INVALID
        multiline = self.multiline
        if not multiline:
            stripped = text.strip()
            if "\n" in stripped:
                sink.error(node.line, node.column, path, "must be a single line")
                return INVALID
        bad = limits.FORBIDDEN.search(text)
        if bad:
            sink.error(node.line, node.column, path, limits.forbidden_character_message(bad.group()))
            return INVALID
        text = text.rstrip("\n") if multiline else stripped
        if not text or text.isspace():
            sink.error(node.line, node.column, path, "is empty")
            return INVALID
        # Text in ASCII without a forbidden character has a visible one once it is not all spaces,
        # and no bidirectional control: the two searches below are for other text only.
        ascii = text.isascii()
        if not ascii and limits.looks_empty(text):
            sink.error(node.line, node.column, path, "is empty (only invisible characters)")
            return INVALID
        limit = self._length_limit()
        if len(text) > limit.high:
            sink.error(node.line, node.column, path,
                       f"is {len(text):,} characters long; {limit.what} has at most {limit.high:,}")
            return INVALID
        warning = None if ascii else limits.bidi_warning(text)
        if warning:
            sink.warning(node.line, node.column, path, warning)
        return text

    def json_schema(self):
        return {"type": "string", "minLength": 1, "maxLength": self._length_limit().high}


class Code(Text):
    """A short identifier-like string (symbol, key) with an optional pattern."""

    length: str = "key"
    pattern: str | None = None
    pattern_help: str = ""
    type_name: str = "string"

    def convert(self, node, path, sink):
        text = super().convert(node, path, sink)
        if text is INVALID or self.pattern is None:
            return text
        if not _compiled(self.pattern).fullmatch(text):
            sink.error(node.line, node.column, path, f"{text!r} is not {self.pattern_help}")
            return INVALID
        return text

    def json_schema(self):
        schema = {"type": "string", "minLength": 1, "maxLength": self._length_limit().high}
        if self.pattern:
            schema["pattern"] = f"^{self.pattern}$"
        return schema


class Int(Spec):
    """A whole number from ``minimum`` up to the bound ``limit`` names in :mod:`egmplan.loader.limits`."""

    minimum: int = 0
    limit: str = ""
    description: str = ""
    type_name: str = "integer"

    def __init__(self, **options):
        super().__init__(**options)
        self.maximum = limits.INTEGER[self.limit].high  # KeyError at import: every integer has a bound

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, "a whole number")
        if text is INVALID:
            return INVALID
        match = re.fullmatch(r"([+-]?)0*(\d+)", text.strip())
        if not match:
            sink.error(node.line, node.column, path, f"expected a whole number, got {_shown(node)}")
            return INVALID
        if len(match.group(2)) > 20:  # before int(): Python refuses more than 4,300 digits
            bound = f"at least {self.minimum}" if match.group(1) == "-" else f"at most {self.maximum}"
            sink.error(node.line, node.column, path, f"must be {bound}, got a number of {len(match.group(2)):,} digits")
            return INVALID
        value = int(match.group(1) + match.group(2))
        if value < self.minimum:
            sink.error(node.line, node.column, path, f"must be at least {self.minimum}, got {value}")
            return INVALID
        if value > self.maximum:
            sink.error(node.line, node.column, path, f"must be at most {self.maximum}, got {value}")
            return INVALID
        return value

    def json_schema(self):
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


class Bool(Spec):
    description: str = ""
    type_name: str = "boolean"

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, "true or false")
        if text is INVALID:
            return INVALID
        if node.plain and text in ("true", "True", "TRUE"):
            return True
        if node.plain and text in ("false", "False", "FALSE"):
            return False
        sink.error(node.line, node.column, path, f"expected true or false, got {_shown(node)}")
        return INVALID

    def json_schema(self):
        return {"type": "boolean"}


class Enum(Spec):
    choices: tuple[str, ...] = ()
    description: str = ""
    type_name: str = "one of"

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, "one of " + ", ".join(self.choices))
        if text is INVALID:
            return INVALID
        if text in self.choices:
            return text
        hint = did_you_mean(text, self.choices)
        message = f"expected one of {', '.join(self.choices)}, got {_shown(node)}"
        if hint:
            message += f"; did you mean {hint!r}?"
        sink.error(node.line, node.column, path, message, hint)
        return INVALID

    def json_schema(self):
        return {"type": "string", "enum": list(self.choices)}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_PATTERN = r"^(19\d\d|2[01]\d\d)-\d{2}-\d{2}$"  # the years of limits.DATES, for editors


class DateValue(Spec):
    description: str = ""
    type_name: str = "date"

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, "a date like 2021-04-06")
        if text is INVALID:
            return INVALID
        if not _DATE.fullmatch(text.strip()):
            sink.error(node.line, node.column, path, f"expected a date like 2021-04-06, got {_shown(node)}")
            return INVALID
        try:
            return limits.parse_date(text.strip())
        except ValueError as exc:
            sink.error(node.line, node.column, path, str(exc))
            return INVALID

    def json_schema(self):
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}


class TimeValue(Spec):
    """A wall-clock time ``HH:MM``. Unquoted ``10:30`` (YAML 1.1's integer 630) still means 10:30."""

    description: str = ""
    type_name: str = "time"

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, 'a time like "10:00"')
        if text is INVALID:
            return INVALID
        try:
            return time_of_day(parse_clock(text))
        except ClockError as exc:
            message = str(exc)
            if exc.problem == ClockError.FORM:
                message = f'expected a time like "10:00", got {_shown(node)}'
            sink.error(node.line, node.column, path, message)
            return INVALID

    def json_schema(self):
        return {"type": "string", "pattern": f"^{CLOCK_PATTERN}$"}


class Custom(Spec):
    """A scalar checked by a function ``(text) -> (value, error, warning, suggestion)``."""

    check: Callable[[str], tuple[Any, str | None, str | None, str | None]] = None  # type: ignore[assignment]
    schema: dict | None = None  # JSON Schema of the value; default {"type": "string"}
    description: str = ""
    type_name: str = "string"

    def convert(self, node, path, sink):
        text = _scalar_text(self, node, path, sink, "a single value")
        if text is INVALID:
            return INVALID
        value, error, warning, suggestion = self.check(text)
        if error:
            if suggestion:
                error += f"; did you mean {suggestion!r}?"
            sink.error(node.line, node.column, path, error, suggestion)
            return INVALID
        if warning:
            sink.warning(node.line, node.column, path, warning)
        return value

    def json_schema(self):
        return dict(self.schema or {"type": "string"})


class Field(NamedTuple):
    name: str
    spec: Spec
    required: bool = False
    default: Any = None
    description: str = ""
    example: Any = None


class Record(Spec):
    fields: list[Field] = ()
    description: str = ""
    type_name: str = "mapping"
    title: str = ""

    def field_named(self, name: str) -> Field | None:
        return self._by_name().get(name)

    def _by_name(self) -> dict[str, Field]:
        """The fields by name, listed once (a meeting of 10,000 items converts 23,000 records);
        the first of a name, as a scan finds it."""
        found = self.__dict__.get("_fields_by_name")
        if found is None:
            found = {}
            for spec_field in self.fields:
                found.setdefault(spec_field.name, spec_field)
            self.__dict__["_fields_by_name"] = found
            self.__dict__["_left_out"] = [(f.name, f.required, f.default) for f in self.fields
                                          if f.required or f.default is not None]
        return found

    def values(self, rec) -> dict[str, Any]:
        """Every field's value: as ``rec`` (this record converted, or None when the file leaves
        the whole record out) has it, else the field's default (None when it has none). The
        defaults are stated once, in the fields; the model states none of its own."""
        given = rec if isinstance(rec, dict) else {}
        return {f.name: given.get(f.name, f.default) for f in self.fields}

    def convert(self, node, path, sink):
        if node.kind != "map":
            return self._wrong_kind(node, path, sink, "a mapping of keys")
        if node.duplicates:
            _report_duplicates(node, path, sink)
        rec = Rec(node, path)
        key_marks, marks = rec.key_marks, rec.marks
        by_name = self._by_name()
        seen = set()  # the fields' keys given, once a map repeats a key: the first one counts
        repeats = bool(node.duplicates)
        suggested = set()
        for key, value in node.value:
            name = key.text
            spec_field = by_name.get(name)
            if spec_field is None:
                names = [f.name for f in self.fields]
                hint = did_you_mean(name, names)
                suggested.add(hint)
                if hint:
                    message = f"unknown key {name!r}, did you mean {hint!r}?"
                else:
                    message = f"unknown key {name!r}; expected one of: {', '.join(names)}"
                sink.error(key.line, key.column, join_path(path, name), message, hint)
                continue
            if repeats:
                if name in seen:
                    continue
                seen.add(name)
            if value.plain and value.text in _NULLS and not spec_field.required and value.kind == "scalar":
                continue  # an optional key left empty means "not given": its default applies
            converted = spec_field.spec.convert(value, f"{path}.{name}" if path else name, sink)
            key_marks[name] = (key.line, key.column)
            marks[name] = (value.line, value.column)
            if converted is not INVALID:
                rec[name] = converted
            else:
                rec.invalid.add(name)
        # What the file leaves out: a required key is missing (unless given under a misspelt name
        # suggested above); an optional one takes its default. A key given has its marks.
        for name, required, default in self.__dict__["_left_out"]:
            if name in key_marks:
                continue
            if required:
                if name not in suggested:
                    sink.error(node.line, node.column, path, f"missing required key {name!r}")
            elif name not in rec:
                rec[name] = default
        return rec

    def json_schema(self):
        props = {}
        for f in self.fields:
            sub = f.spec.json_schema()
            text = f.description or f.spec.description
            if text:
                sub = {**sub, "description": text}
            if f.default is not None:
                sub["default"] = as_written(f.default)
            if f.example is not None:
                sub["examples"] = [f.example]
            props[f.name] = sub
        schema = {"type": "object", "properties": props, "additionalProperties": False}
        required = [f.name for f in self.fields if f.required]
        if required:
            schema["required"] = required
        if self.description:
            schema["description"] = self.description
        return schema


class ListOf(Spec):
    item: Spec = None  # type: ignore[assignment]
    min_items: int = 0
    description: str = ""
    type_name: str = "list"

    def convert(self, node, path, sink):
        if node.kind != "seq":
            return self._wrong_kind(node, path, sink, "a list")
        seq = Seq(node, path)
        if len(node.value) < self.min_items:
            sink.error(node.line, node.column, path, f"needs at least {self.min_items} entr{'y' if self.min_items == 1 else 'ies'}")
        convert, append, mark = self.item.convert, seq.append, seq.marks.append
        for index, child in enumerate(node.value):
            append(convert(child, f"{path}[{index}]", sink))  # join_path(path, index)
            mark((child.line, child.column))
        return seq

    def json_schema(self):
        schema = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        return schema


class MapOf(Spec):
    key: Spec = None    # type: ignore[assignment]
    value: Spec = None  # type: ignore[assignment]
    description: str = ""
    type_name: str = "mapping"
    key_pattern: str = DATE_PATTERN

    def convert(self, node, path, sink):
        if node.kind != "map":
            return self._wrong_kind(node, path, sink, "a mapping")
        if node.duplicates:
            _report_duplicates(node, path, sink)
        rec = Rec(node, path)
        for key_node, value_node in node.value:
            key_path = f"{path}.{key_node.text}" if path else key_node.text  # join_path(path, key_node.text)
            key = self.key.convert(key_node, key_path, sink)
            value = self.value.convert(value_node, key_path, sink)
            if key is INVALID or key in rec:
                continue
            rec.key_marks[key] = (key_node.line, key_node.column)
            rec.marks[key] = (value_node.line, value_node.column)
            rec[key] = value
        return rec

    def json_schema(self):
        return {
            "type": "object",
            "patternProperties": {self.key_pattern: self.value.json_schema()},
            "additionalProperties": False,
        }


class Either(Spec):
    """A single value or a mapping (e.g. an agenda row written as "2" or {item: "2", ...})."""

    scalar: Spec = None   # type: ignore[assignment]
    mapping: Spec = None  # type: ignore[assignment]
    description: str = ""
    type_name: str = "value or mapping"
    sequence: Spec | None = None  # a list form (e.g. speakers by name); scalar may then be None

    def convert(self, node, path, sink):
        if node.kind == "scalar" and self.scalar is not None:
            return self.scalar.convert(node, path, sink)
        if node.kind == "map":
            return self.mapping.convert(node, path, sink)
        if node.kind == "seq" and self.sequence is not None:
            return self.sequence.convert(node, path, sink)
        if self.sequence is None:
            return self._wrong_kind(node, path, sink, "a single value or a mapping")
        kinds = [word for spec, word in ((self.scalar, "a single value"), (self.mapping, "a mapping"),
                                         (self.sequence, "a list")) if spec is not None]
        return self._wrong_kind(node, path, sink, " or ".join(kinds))

    def json_schema(self):
        return {"oneOf": [s.json_schema() for s in (self.scalar, self.mapping, self.sequence) if s is not None]}


def _report_duplicates(node: Node, path: str, sink: DiagnosticSink) -> None:
    for repeated, first in node.duplicates:
        sink.error(
            repeated.line, repeated.column, join_path(path, repeated.text),
            f"duplicate key {repeated.text!r} (first defined at line {first.line})",
        )
