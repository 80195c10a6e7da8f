"""Markdown exporter: GitHub Flavored Markdown, no raw HTML (template ``agenda.md.j2``)."""

from __future__ import annotations

import re

# Three newlines or more. Written out rather than as "\n{3,}": a pattern that starts with
# a literal string is searched for that string, in C, where a repetition is tried at every
# character (about nine times slower on an agenda).
_BLANK_LINES = re.compile("\n\n\n+")


def render(view, *, templates: tuple[str, ...] = ()) -> str:
    """The annotated provisional agenda as Markdown."""
    from egmplan.render.templates import render as render_template

    return _tidy(render_template("agenda.md.j2", templates, view=view))


def render_orgwork(view, *, templates: tuple[str, ...] = ()) -> str:
    """The organization-of-work table alone, as Markdown."""
    from egmplan.render.templates import render as render_template

    return _tidy(render_template("orgwork.md.j2", templates, view=view))


def _tidy(text: str) -> str:
    """One final newline, no run of blank lines (templates stay readable without
    whitespace gymnastics)."""
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
