"""JSON exporters: the whole view model (``agenda.json``) and the orgwork contract."""

from __future__ import annotations

from egmplan.jsontext import dumps, encode_stored_records, encode_text
from egmplan.record import Record


def render(view) -> str:
    """The whole view model as JSON: the text ``dumps(view.to_dict(), expanded_depth=2)``
    writes (one line per agenda entry, annotation section and footnote), laid out here.

    The object and each of its values are expanded; below, the records and tuples as they
    are, which the encoder writes in C as ``to_dict`` would have converted them (the same
    text). The view's records keep their fields, in order, and nothing else in their
    ``__dict__`` (:func:`egmplan.jsontext.encode_stored_records`)."""
    lines = []
    for name, value in view.__dict__.items():
        kind = type(value)
        if kind is str:
            text = encode_text(value)
        elif kind is tuple:
            if not value:
                text = "[]"
            else:
                if name == "annotations":
                    value = [{**section.__dict__, "has_documentation": section.has_documentation}
                             for section in value]
                text = "[\n    " + ",\n    ".join(map(encode_stored_records, value)) + "\n  ]"
        elif name == "table":
            text = _members({"layout": value.layout, "columns": value.columns, "lanes": value.lanes,
                             "lane_headings": value.lane_headings, "days": value.days, "rows": value.rows})
        elif isinstance(value, Record):
            text = _members(value.__dict__)
        else:
            text = encode_stored_records(value)
        lines.append(f"  {encode_text(name)}: {text}")
    lines.append(f'  "annotated": {"true" if view.annotated else "false"}')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _members(members: dict) -> str:
    """An object of the view expanded: a member a line, each value on that line."""
    if not members:
        return "{}"
    return "{\n" + ",\n".join([
        f"    {encode_text(key)}: {encode_text(value) if type(value) is str else encode_stored_records(value)}"
        for key, value in members.items()]) + "\n  }"


def render_orgwork(view) -> str:
    """``{"meeting", "timezone", "rows": [...]}``: the contract other tools read."""
    return dumps(view.orgwork_dict(), expanded_depth=2)  # one line per row
