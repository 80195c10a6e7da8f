"""JSON text that is readable, diffable and fast.

Containers are indented down to ``expanded_depth`` and written on one line below it, so
each row of a table or zone of a schedule is one line. The leaves go through ``json``'s C
encoder: ``json.dumps`` with ``indent`` runs in pure Python, about five times slower.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from json.encoder import encode_basestring as _encode_text
from operator import attrgetter


def _record_fields(value):
    """What the encoder writes for a dataclass (the view's records): the object of its
    fields, as :func:`plain` converts it; the encoder's C loop converts what is inside."""
    count = _STORED_FIELDS.get(type(value))
    if count is not None:
        stored = value.__dict__
        if len(stored) == count:  # nothing else kept there (a cached_property would be)
            return stored
    try:
        found = _FIELDS[type(value)]
    except KeyError:
        found = _known_fields(value)
    if found is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    names, values_of = found
    return dict(zip(names, values_of(value)))


def _encoder(default):
    """An encoder for leaves, with ``ensure_ascii=False``, that writes what it cannot convert
    as ``default`` converts it: dataclasses go through its C loop too (plain() first walked
    them in Python, node by node). Every value written is a tree (records hold tuples, built
    anew): no cycle to look for. ``JSONEncoder.encode`` makes a new C encoder on each call,
    which cost more than most leaves: the C encoder is made once here, with the arguments
    ``encode`` gives it (the same text)."""
    from json.encoder import c_make_encoder

    python_encoder = json.JSONEncoder(ensure_ascii=False, default=default, check_circular=False)
    if c_make_encoder is None:  # a Python built without the _json accelerator
        return python_encoder.encode
    chunks = c_make_encoder(None, default, _encode_text, None, python_encoder.key_separator,
                            python_encoder.item_separator, False, False, True)
    return lambda value: "".join(chunks(value, 0))


_encode = encode = _encoder(_record_fields)
# For trees whose every object is a record that keeps its fields alone in its __dict__ (the
# view's records: no cached_property; a Record refuses any other attribute): each is written
# as its __dict__, read in C. The Python call for each record was a third of agenda.json's time.
_encode_stored_records = encode_stored_records = _encoder(attrgetter("__dict__"))
encode_text = _encode_text  # a str as JSON text, as the encoders write it


class EncodedValues(dict):
    """A JSON object whose values are JSON text already (each written by :data:`encode`, as
    :func:`dumps` writes a value below its expanded depth): :func:`dumps` lays the object out
    as any other and puts the values in place as they are."""

    __slots__ = ()


def dumps(value, expanded_depth: int = 3, *, stored_records: bool = False) -> str:
    """``value`` as JSON text ending in a newline; keys keep their order. ``stored_records``:
    every object in ``value`` is a record that keeps only its fields in its ``__dict__``
    (the view's records), written as that dict."""
    return _dump(value, expanded_depth, "", _encode_stored_records if stored_records else _encode) + "\n"


def _dump(value, depth: int, pad: str, encode_leaf) -> str:
    if type(value) is str:
        return _encode_text(value)
    if depth <= 0 or not isinstance(value, (dict, list)) or not value:
        return encode_leaf(value)
    inner = pad + "  "
    if type(value) is EncodedValues:
        items = [f"{inner}{_encode_text(k) if type(k) is str else encode_leaf(k)}: {v}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if depth == 1:  # what is inside is written on one line: as _dump(v, 0) writes it
        if isinstance(value, dict):
            items = [f"{inner}{_encode_text(k) if type(k) is str else encode_leaf(k)}: {encode_leaf(v)}"
                     for k, v in value.items()]
            return "{\n" + ",\n".join(items) + f"\n{pad}}}"
        return "[\n" + ",\n".join([inner + encode_leaf(v) for v in value]) + f"\n{pad}]"
    if isinstance(value, dict):
        items = [f"{inner}{_encode_text(k) if type(k) is str else encode_leaf(k)}: "
                 f"{_dump(v, depth - 1, inner, encode_leaf)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    items = [f"{inner}{_dump(v, depth - 1, inner, encode_leaf)}" for v in value]
    return "[\n" + ",\n".join(items) + f"\n{pad}]"


def visible(json_text: str) -> str:
    """JSON text whose invisible characters are written as ``\\uXXXX`` escapes.

    ``ensure_ascii=False`` keeps accents and scripts readable but lets through what a
    terminal acts on or hides (C1 controls, bidi overrides, zero-width characters); every
    character that is not printable is escaped, so the bytes are safe to show and a JSON
    reader still gets the real text. Line breaks between values are kept: inside strings
    the encoder has already escaped them."""
    if json_text.replace("\n", "").isprintable():
        return json_text
    return "".join(
        ch if ch == "\n" or ch.isprintable() else _json_escape(ch) for ch in json_text
    )


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code > 0xFFFF:  # as a UTF-16 surrogate pair, as JSON spells it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


_LEAVES = frozenset((str, int, float, bool, type(None)))
_FIELDS: dict[type, tuple[tuple[str, ...], object] | None] = {}
# Records (egmplan.record) keep their fields, and only them, in their __dict__, in order:
# the number of their fields, by class.
_STORED_FIELDS: dict[type, int] = {}


def plain(value):
    """Dataclasses, tuples and dicts as JSON-ready data; like ``dataclasses.asdict`` but
    without its deep copies (the view is frozen, nothing needs copying)."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is list or kind is tuple:
        return [v if type(v) in _LEAVES else plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _LEAVES else plain(v) for k, v in value.items()}
    try:
        found = _FIELDS[kind]
    except KeyError:
        found = _known_fields(value)
    if found is None:
        return value
    names, values_of = found
    return {name: v if type(v) in _LEAVES else plain(v) for name, v in zip(names, values_of(value))}


def shallow(value):
    """:func:`plain` one level deep: a dataclass as the dict of its fields, a tuple as a
    list, with what is inside as it is. :func:`dumps` writes ``shallow(x)`` as ``plain(x)``
    at every depth it does not expand: its encoder converts dataclasses and tuples alike."""
    kind = type(value)
    if kind in _LEAVES or kind is list or kind is dict:
        return value
    if kind is tuple:
        return list(value)
    try:
        found = _FIELDS[kind]
    except KeyError:
        found = _known_fields(value)
    if found is None:
        return value
    names, values_of = found
    return dict(zip(names, values_of(value)))


def _known_fields(value) -> tuple[tuple[str, ...], object] | None:
    """:func:`_fields_of` for the class of ``value``, remembered (and whether it is a Record)."""
    from egmplan.record import Record

    kind = type(value)
    found = _FIELDS[kind] = _fields_of(value)
    if found is not None and isinstance(value, Record) and "__dict__" not in getattr(kind, "__slots__", ()):
        _STORED_FIELDS[kind] = len(found[0])
    return found


def _fields_of(value) -> tuple[tuple[str, ...], object] | None:
    """A dataclass's field names and a function that reads their values, in order, at once."""
    from operator import attrgetter

    names = tuple(f.name for f in fields(value)) if is_dataclass(value) else ()
    if not names:
        return None
    if len(names) == 1:
        one = attrgetter(names[0])
        return names, lambda v: (one(v),)
    return names, attrgetter(*names)
