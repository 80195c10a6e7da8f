"""The schedule as plain aligned text: what ``egmplan schedule`` prints when its output is not
a terminal (a pipe, a file). The layout is a contract that scripts read (docs/plain-text.md):
title, subtitle, a blank line, the table (a header, a dashed rule, a line per row, columns two
spaces apart, never wrapped), a blank line, the legend, then the notes ("Notes:" and a line
"- note" each). Wide layout: a cell is ``time (day shift; detail; comfort)``; long layout: a
column each. With who is awake (``--participants``): a blank line, its title, a table (Date,
Sitting, then delegations (delegates) per comfort class) and a line per sitting with
participants at night."""

from __future__ import annotations

from egmplan.render.plaintable import table_lines
from egmplan.render.schedule.view import WIDE, build_view


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    view = build_view(document.schedule, layout=document.layout)
    rows = [tuple(view.columns)]
    rows += [tuple(cell.joined() if view.layout == WIDE else cell.text for cell in row) for row in view.rows]
    lines = [view.title, view.subtitle, "", *table_lines(rows)]
    if view.legend:
        lines += ["", view.legend]
    if view.notes:
        from egmplan.style import get_style

        notes_heading = get_style(document.schedule.meeting.style.language).notes_heading()
        lines += ["", notes_heading, *(f"- {note}" for note in view.notes)]
    if document.awake:
        lines += ["", *_awake_lines(document.schedule.meeting, document.awake)]
    return "\n".join(lines) + "\n"


def _awake_lines(meeting, awake) -> list[str]:
    from egmplan.planning.comfort import COMFORT_CLASSES
    from egmplan.style import get_style

    style = get_style(meeting.style.language)
    total = len(awake[0].participants)
    rows = [(*style.awake_columns(), *(style.comfort_word(c) for c in COMFORT_CLASSES))]
    night = []
    for row in awake:
        day = style.format_date(row.sitting.date, weekday=True)
        sitting = style.format_time_range(row.sitting.start, row.sitting.end, meeting.style.time)
        rows.append((day, sitting, *(f"{row.delegations(c)} ({row.delegates(c)})" for c in COMFORT_CLASSES)))
        if row.at_night:
            names = ", ".join(p.name for p in row.at_night)
            night.append(style.awake_night_line(day, sitting, len(row.at_night), names))
    title = style.awake_table_title(total)
    table = table_lines(rows, right=frozenset(range(2, 2 + len(COMFORT_CLASSES))))
    return [title, "", *table, *([""] + night if night else [])]
