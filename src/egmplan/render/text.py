"""Plain-text exporter: wrapped at 80 columns, for e-mail (template ``agenda.txt.j2``)."""

from __future__ import annotations

import re

# Four newlines or more: written out, it is searched for as a string (see markdown.py).
_BLANK_LINES = re.compile("\n\n\n\n+")


def render(view, *, templates: tuple[str, ...] = ()) -> str:
    """The annotated provisional agenda as plain text."""
    from egmplan.render.templates import render as render_template

    text = render_template("agenda.txt.j2", templates, view=view)
    text = "\n".join(map(str.rstrip, text.splitlines()))
    return _BLANK_LINES.sub("\n\n\n", text).strip("\n") + "\n"
