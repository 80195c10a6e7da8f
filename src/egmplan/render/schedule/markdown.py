"""The schedule as Markdown: title, table, legend and notes."""

from __future__ import annotations

from egmplan.render.schedule.view import WIDE, build_view


def _escape(text: str) -> str:
    # A pipe would end the cell; line breaks would end the row.
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def render(schedule, *, layout: str | None = None) -> str:
    view = build_view(schedule, layout=layout)
    lines = [f"# {_escape(view.title)}", "", _escape(view.subtitle), ""]
    lines.append("| " + " | ".join(_escape(c) for c in view.columns) + " |")
    lines.append("|" + "|".join("---" for _ in view.columns) + "|")
    for row in view.rows:
        cells = [cell.joined() if view.layout == WIDE else cell.text for cell in row]
        lines.append("| " + " | ".join(_escape(c) for c in cells) + " |")
    lines += ["", _escape(view.legend)]
    if view.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {_escape(note)}" for note in view.notes]
    return "\n".join(lines) + "\n"
