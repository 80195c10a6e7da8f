"""JSON exporters: the whole view model (``agenda.json``) and the orgwork contract."""

from __future__ import annotations

from egmplan.jsontext import dumps


def render(view) -> str:
    """The whole view model as JSON (``DocumentView.to_dict``)."""
    return dumps(view.to_dict(), expanded_depth=2)  # one line per annotation section


def render_orgwork(view) -> str:
    """``{"meeting", "timezone", "rows": [...]}``: the contract other tools read."""
    return dumps(view.orgwork_dict(), expanded_depth=2)  # one line per row
