"""JSON exporters: the whole view model (``agenda.json``) and the orgwork contract."""

from __future__ import annotations

import json


def _dump(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(view) -> str:
    """The whole view model as JSON (``DocumentView.to_dict``)."""
    return _dump(view.to_dict())


def render_orgwork(meeting) -> str:
    """``{"meeting", "timezone", "rows": [...]}``: the contract other tools read."""
    from egmplan.render.view import orgwork_dict

    return _dump(orgwork_dict(meeting))
