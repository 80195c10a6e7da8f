"""HTML exporter: one standalone file (inline CSS, print styles), template ``agenda.html.j2``."""

from __future__ import annotations


def render(view, *, templates: tuple[str, ...] = ()) -> str:
    """The annotated provisional agenda as a standalone HTML document."""
    from egmplan.render.templates import render as render_template

    return render_template("agenda.html.j2", templates, view=view)


def render_orgwork(view, *, templates: tuple[str, ...] = ()) -> str:
    """The organization-of-work table alone, as a standalone HTML document."""
    from egmplan.render.templates import render as render_template

    return render_template("orgwork.html.j2", templates, view=view)
