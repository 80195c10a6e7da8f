"""JSON exporters: the whole view model (``agenda.json``) and the orgwork contract."""

from __future__ import annotations

from egmplan.jsontext import dumps
from egmplan.record import Record


def render(view) -> str:
    """The whole view model as JSON (``DocumentView.to_dict``)."""
    return dumps(_outline(view), expanded_depth=2, stored_records=True)  # one line per annotation section


def _outline(view) -> dict:
    """``view.to_dict()`` as deep as :func:`dumps` lays it out with ``expanded_depth=2`` (the
    object and each of its values); below, the records and tuples as they are, which the
    encoder writes in C as ``to_dict`` would have converted them (the same text). The view's
    records keep their fields, in order, and nothing else in their ``__dict__``
    (``stored_records``)."""
    data = {}
    for name, value in view.__dict__.items():
        if type(value) is tuple:
            if name == "annotations":
                value = [{**section.__dict__, "has_documentation": section.has_documentation} for section in value]
            else:
                value = list(value)
        elif name == "table":
            value = {"layout": value.layout, "columns": value.columns, "lanes": value.lanes,
                     "lane_headings": value.lane_headings, "days": value.days, "rows": value.rows}
        elif isinstance(value, Record):
            value = value.__dict__
        data[name] = value
    data["annotated"] = view.annotated
    return data


def render_orgwork(view) -> str:
    """``{"meeting", "timezone", "rows": [...]}``: the contract other tools read."""
    return dumps(view.orgwork_dict(), expanded_depth=2)  # one line per row
