"""Plain-text exporter: wrapped at 80 columns, for e-mail (template ``agenda.txt.j2``)."""

from __future__ import annotations

import re


def render(view, *, templates: tuple[str, ...] = ()) -> str:
    """The annotated provisional agenda as plain text."""
    from egmplan.render.templates import render as render_template

    text = render_template("agenda.txt.j2", templates, view=view)
    text = "\n".join(map(str.rstrip, text.splitlines()))
    return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n") + "\n"
