"""JSON exporters: the whole view model (``agenda.json``) and the orgwork contract."""

from __future__ import annotations

from egmplan.jsontext import dumps, shallow


def render(view) -> str:
    """The whole view model as JSON (``DocumentView.to_dict``)."""
    return dumps(_outline(view), expanded_depth=2)  # one line per annotation section


def _outline(view) -> dict:
    """``view.to_dict()`` as deep as :func:`dumps` lays it out with ``expanded_depth=2`` (the
    object and each of its values); below, the records and tuples as they are, which the
    encoder writes in C as ``to_dict`` would have converted them (the same text)."""
    data = {}
    for name, value in shallow(view).items():
        if name == "table":
            value = {"layout": value.layout, "columns": value.columns, "lanes": value.lanes,
                     "lane_headings": value.lane_headings, "days": value.days, "rows": value.rows}
        elif name == "annotations":
            value = [{**shallow(section), "has_documentation": section.has_documentation} for section in value]
        else:
            value = shallow(value)
        data[name] = value
    data["annotated"] = view.annotated
    return data


def render_orgwork(view) -> str:
    """``{"meeting", "timezone", "rows": [...]}``: the contract other tools read."""
    return dumps(view.orgwork_dict(), expanded_depth=2)  # one line per row
