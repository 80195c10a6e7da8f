"""The schedule as Markdown: title, table, legend and notes."""

from __future__ import annotations

from egmplan.render.filters import md_cell, md_escape
from egmplan.render.schedule.view import WIDE, build_view


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    view = build_view(document.schedule, layout=document.layout)
    lines = [f"# {md_escape(view.title)}", "", md_escape(view.subtitle), ""]
    lines.append("| " + " | ".join(md_cell(c) for c in view.columns) + " |")
    lines.append("|" + "|".join("---" for _ in view.columns) + "|")
    for row in view.rows:
        cells = [cell.joined() if view.layout == WIDE else cell.text for cell in row]
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    lines += ["", md_escape(view.legend)]
    if view.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {md_escape(note)}" for note in view.notes]
    return "\n".join(lines) + "\n"
